"""Benchmark of the allocation engine (gnbv.allocation.allocate) on a synthetic input.

10.000 communes with random but seeded criteria, every coefficient in use, the funds of
Dự án 1 (72.916 million VND). Three cases: no bounds; a uniform floor and cap that bind for
many communes (several re-spreads); and the hardest order for the re-spreading, points in a
geometric progression under one cap (many re-spreads). Target: under 20 ms an allocation,
whole amounts included. Prints the median and the best of the repeats, wall clock and CPU,
and the load average; exits 1 when a median misses the target.

Reproduce from the repository root:

    python benchmarks/bench_allocation.py [--communes 10000] [--repeats 21]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_engine import timed
from gnbv.allocation import CRITERIA, Coefficients, allocate

TARGET_MS = 20.0
FUNDS = 72_916  # Dự án 1, million VND


def synthetic_criteria(communes: int, seed: int = 2022) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    households = rng.integers(200, 3000, communes)
    poor = (households * rng.uniform(0.0, 0.7, communes)).astype(int)
    return pd.DataFrame(
        {
            "code": [f"{i:06d}" for i in range(communes)],
            "name": [f"X{i}" for i in range(communes)],
            "unit_type": np.where(rng.random(communes) < 0.1, "thi_tran", "xa"),
            "households": households.astype(float),
            "poor_households": poor.astype(float),
            "near_poor_households": ((households - poor) * 0.2).astype(int).astype(float),
            "ethnic_minority_poor_households": (poor * rng.uniform(0.5, 1.0, communes)).round(),
            "population": (households * rng.uniform(3.5, 5.5, communes)).round(),
            "zone_iii": (rng.random(communes) < 0.6).astype(float),
            "difficult_villages": rng.integers(0, 12, communes).astype(float),
        }
    )[["code", "name", "unit_type", *CRITERIA]]


COEFFICIENTS = Coefficients(
    households=0.1,
    poor_households=1.0,
    near_poor_households=0.5,
    ethnic_minority_poor_households=0.25,
    population=0.01,
    zone_iii=20.0,
    difficult_villages=2.0,
    per_xa=5.0,
    per_thi_tran=2.0,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args()
    n = args.communes
    table = synthetic_criteria(n)
    mean = FUNDS / n
    floors = np.full(n, float(int(mean * 0.5)))
    caps = np.full(n, float(int(mean * 1.6)) + 1)
    geometric = table.assign(poor_households=np.round(1.001 ** np.arange(n)) + 1.0)
    cases = {
        "no bounds": lambda: allocate(table, COEFFICIENTS, FUNDS),
        "floor and cap": lambda: allocate(table, COEFFICIENTS, FUNDS, floors, caps),
        "geometric points, one cap": lambda: allocate(
            geometric, Coefficients(), FUNDS, caps=np.full(n, float(int(mean * 1.2)) + 1)
        ),
    }
    missed = False
    for label, fn in cases.items():
        result = fn()
        assert int(result.table["amount_mvnd"].sum()) == FUNDS
        ms, cpu = timed(fn, args.repeats)
        median = statistics.median(ms)
        missed |= median >= TARGET_MS
        print(
            f"allocate, {label}: {n} communes, {result.bound_count} bound, "
            f"{result.iterations} spread(s): median {median:.1f} ms, best {min(ms):.1f} ms, "
            f"median CPU {statistics.median(cpu):.1f} ms "
            f"({args.repeats} repeats; target {TARGET_MS:.0f} ms)"
        )
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(
        f"(machine: {os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f})"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
