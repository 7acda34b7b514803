"""Benchmark of the progress engine (gnbv.progress.progress) on a synthetic series.

10.000 communes × 10 review years (2016–2025), random but seeded, some commune-years missing.
Target: under 50 ms a computation. Prints the median and the best of the repeats, wall clock
and CPU time of this process.

Reproduce from the repository root:

    python benchmarks/bench_progress.py [--communes 10000] [--years 10] [--repeats 21]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_engine import timed
from gnbv.progress import progress
from gnbv.scenario import ScenarioParams

TARGET_MS = 50.0


def synthetic_series(communes: int, years: int, seed: int = 2022) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    households = rng.integers(200, 3000, communes)
    start = rng.uniform(0.0, 0.7, communes)
    fall = rng.uniform(-0.02, 0.12, communes)
    year = np.arange(2026 - years, 2026)
    rate = np.clip(start[:, None] - fall[:, None] * np.arange(years)[None, :], 0, 1)
    frame = pd.DataFrame(
        {
            "code": np.repeat([f"{i:06d}" for i in range(communes)], years),
            "year": np.tile(year, communes),
            "households": np.repeat(households, years),
            "poor_households": (rate * households[:, None]).astype(int).ravel(),
            "is_poor_commune": np.repeat(start >= 0.4, years),
        }
    )
    keep = rng.random(len(frame)) > 0.05  # a few reviews missing
    return frame[keep].reset_index(drop=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args()
    series = synthetic_series(args.communes, args.years)
    print(f"{args.communes} communes × {args.years} years: {len(series)} rows")
    for name, params in (
        ("points", ScenarioParams()),
        ("relative", ScenarioParams(reading="relative")),
    ):
        wall, cpu = timed(lambda p=params: progress(series, p), args.repeats)
        median = statistics.median(wall)
        verdict = "OK" if median < TARGET_MS else "OVER"
        print(
            f"progress ({name}): median {median:.1f} ms wall (best {min(wall):.1f}), "
            f"CPU median {statistics.median(cpu):.1f} ms; target < {TARGET_MS:.0f} ms: {verdict}"
        )


if __name__ == "__main__":
    main()
