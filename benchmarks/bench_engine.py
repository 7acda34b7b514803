"""Benchmark of the scenario engine (gnbv.scenario.project) on a synthetic input.

10.000 communes × 10 years (baseline 2023, horizon 2033), random but seeded. Target: under
50 ms a projection. Prints the median and the best of the repeats.

Reproduce from the repository root:

    python benchmarks/bench_engine.py [--communes 10000] [--years 10] [--repeats 21]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gnbv.scenario import ScenarioParams, project
from gnbv.scenario_effort import required_other_rate

TARGET_MS = 50.0


def synthetic_baseline(communes: int, seed: int = 2022) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    households = rng.integers(200, 3000, communes)
    poor = (households * rng.uniform(0.0, 0.7, communes)).astype(int)
    em = (households * rng.uniform(0.5, 1.0, communes)).astype(int)
    return pd.DataFrame(
        {
            "code": [f"{i:06d}" for i in range(communes)],
            "year": 2023,
            "households": households,
            "poor_households": poor,
            "near_poor_households": ((households - poor) * 0.2).astype(int),
            "ethnic_minority_households": em,
            "ethnic_minority_poor_households": np.minimum(poor, em),
            "is_poor_commune": rng.random(communes) < 0.3,
        }
    )


def timed(fn, repeats: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (this process) milliseconds of each repeat. On a busy machine the
    wall clock includes waiting for a CPU; the CPU time is the engine's own work."""
    fn()  # warm-up
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args()
    baseline = synthetic_baseline(args.communes)
    params = ScenarioParams(horizon=2023 + args.years, household_growth_pct=1.0)
    for label, fn in (
        ("project (points)", lambda: project(baseline, params)),
        (
            "project (relative)",
            lambda: project(baseline, ScenarioParams(reading="relative", horizon=params.horizon)),
        ),
        ("required_other_rate (bisection)", lambda: required_other_rate(baseline, params)),
    ):
        ms, cpu = timed(fn, args.repeats)
        print(
            f"{label}: {args.communes} communes × {args.years} years: "
            f"median {statistics.median(ms):.1f} ms, best {min(ms):.1f} ms, "
            f"median CPU {statistics.median(cpu):.1f} ms "
            f"({args.repeats} repeats; target {TARGET_MS:.0f} ms)"
        )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(machine: {os.cpu_count()} CPUs, 1-minute load average {load:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
