"""Benchmark of the scenario page's rerun time (app_pages/scenarios.py), through Streamlit's
AppTest: the page is opened once, then a slider is moved N times and each rerun is timed
(script run only: no browser, no network; the figure a user waits for is this plus the
browser's drawing).

Reproduce from the repository root:

    python benchmarks/bench_scenario_page.py [--reruns 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reruns", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault("GNBV_SCENARIO_DB", str(Path(tempfile.mkdtemp()) / "bench.sqlite3"))
    from tests.apptest import run_page

    start = time.perf_counter()
    at = run_page("scenarios.py")
    first = time.perf_counter() - start
    if at.exception:
        print(at.exception)
        return 1
    values = [5.0, 6.0, 7.0, 8.0]
    times, cpu = [], []
    for i in range(args.reruns):
        slider = at.slider(key="scn_other_communes_rate").set_value(values[i % len(values)])
        start, start_cpu = time.perf_counter(), time.process_time()
        slider.run()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        if at.exception:
            print(at.exception)
            return 1
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"scenario page: first run (app + page) {first * 1000:.0f} ms; slider rerun median "
        f"{statistics.median(times):.0f} ms, best {min(times):.0f} ms, median CPU "
        f"{statistics.median(cpu):.0f} ms ({args.reruns} reruns)"
    )
    print(f"(machine: {os.cpu_count()} CPUs, 1-minute load average {load:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
