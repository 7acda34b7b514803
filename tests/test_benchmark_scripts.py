"""Every benchmark script in benchmarks/ answers ``--help`` (it imports and parses its
arguments): a helper one of them imports cannot move or vanish unnoticed, as load_test's
``_free_port`` once did under bench_scenario_cpu.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(
    p.name for p in BENCHMARKS.glob("*.py") if 'if __name__ == "__main__"' in p.read_text()
)


def test_the_benchmarks_are_found():
    assert {"load_test.py", "public_crowd.py", "bench_scenario_cpu.py"} <= set(SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS)
def test_each_benchmark_answers_help(script):
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCHMARKS.parent,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage:" in done.stdout
