"""CPU per meeting brief (issue 21: at most 2 s of CPU per brief, made only when asked).

For each page's brief (home, funding, scenario, allocation) in each language, the CPU time
(``time.process_time``: this process, user + system) of making it through ``gnbv.cache`` as
the page's button does:

* ``cold``: every view cache emptied first (the brief and the page's views it is made from
  are all built: the worst case, a brief asked before anyone opened the page);
* ``brief``: the page's views warm (as when the button is clicked on the page), the brief
  itself built;
* ``cached``: asked again (the same view, language and day): a dictionary lookup.

A floor measured in the same run: a one-line PDF with the same embedded font
(``gnbv.brief.frame.Brief``), what any brief pays for opening and subsetting DejaVu Sans.

Reproduce from the repository root (prints JSON; report the load average beside it):

    python benchmarks/bench_brief.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gnbv import cache
from gnbv.brief.frame import Brief
from tests.brief.briefs import DAY, KINDS, make

LIMIT_S = 2.0  # the limit: CPU seconds per brief


def _cpu(task) -> float:
    start = time.process_time()
    task()
    return time.process_time() - start


def _clear_views() -> None:
    cache.SHARED.clear()  # the shipped data's views, the briefs among them


def _floor() -> None:
    pdf = Brief("vi", "Bản tin", DAY)
    pdf.write_lines("Số liệu minh họa")
    pdf.output_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    make("home", "vi")  # imports and the shipped data, loaded once per process
    floor = statistics.median(_cpu(_floor) for _ in range(args.rounds))
    figures: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        for lang in ("vi", "en"):
            cold, brief, cached = [], [], []
            for i in range(args.rounds):
                _clear_views()
                cold.append(_cpu(lambda: make(kind, lang)))  # noqa: B023
                # another day: the brief is built again (its key holds the day), the views warm
                day = DAY + timedelta(days=i + 1)
                brief.append(_cpu(lambda: make(kind, lang, day=day)))  # noqa: B023
                cached.append(_cpu(lambda: make(kind, lang, day=day)))  # noqa: B023
            figures[f"{kind}-{lang}"] = {
                "cold_median_s": round(statistics.median(cold), 3),
                "cold_max_s": round(max(cold), 3),
                "brief_median_s": round(statistics.median(brief), 3),
                "cached_median_s": round(statistics.median(cached), 5),
                "brief_vs_floor": round(statistics.median(brief) / floor, 1),
            }
    worst = max(f["cold_max_s"] for f in figures.values())
    print(
        json.dumps(
            {
                "rounds": args.rounds,
                "load_average": os.getloadavg(),
                "floor_s": round(floor, 3),
                "limit_s": LIMIT_S,
                "worst_cold_s": worst,
                "within_limit": worst <= LIMIT_S,
                "briefs": figures,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
