"""The memory the view caches can take, in the worst case: every cache filled with distinct
keys, past its byte budget, and the process's resident memory measured against the bound.

The bound (README, "Memory"): the shared store holds at most ``GNBV_VIEW_CACHE_MB`` of views
as estimated when each is stored (``gnbv.sizing``), each session with an upload at most
``GNBV_SESSION_VIEW_CACHE_MB`` more. What the estimate leaves out (Python objects around the
tables, plotly figures kept as objects beside their JSON, the allocator's slack) is what
this measures: the growth of the resident set (VmRSS) over a warmed-up process whose
stores were then emptied, divided by the bound.

What it does, in one process (no server: the caches are plain Python):

1. builds one view of each kind (imports, fonts, lazily made tables: the baseline), empties
   the stores, and reads VmRSS;
2. fills the shared store: every view function in turn, each call with inputs never seen
   (random scenarios, languages, years, communes, metrics, funds...), until the estimated
   bytes stored reach ``--overfill`` × the budget (so the store has evicted for a while);
3. fills ``--sessions`` session stores the same way, each with an uploaded baseline and
   project table of its own (their views go to the session's store);
4. reads VmRSS again, and prints JSON: the growth, the bound, their ratio, and the stores.

Reproduce from the repository root (a few minutes at the defaults on two shared cores):

    python benchmarks/bench_cache_memory.py [--budget-mb 8] [--session-budget-mb 2]
        [--sessions 3] [--overfill 1.5]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mib() -> float:
    """The resident set of this process (Linux /proc), MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budget-mb", type=float, default=8.0)
    parser.add_argument("--session-budget-mb", type=float, default=2.0)
    parser.add_argument("--sessions", type=int, default=3)
    parser.add_argument("--overfill", type=float, default=1.5)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    os.environ["GNBV_VIEW_CACHE_MB"] = str(args.budget_mb)
    os.environ["GNBV_SESSION_VIEW_CACHE_MB"] = str(args.session_budget_mb)

    from gnbv import cache, maps
    from gnbv.allocation import NEUTRAL, Coefficients
    from gnbv.sizing import size_of
    from gnbv.url_state import DEFAULTS
    from gnbv.versioned import Versioned

    rng = random.Random(args.seed)
    config = cache.CONFIG
    data_dir = str(config.data_dir)
    plan = cache.plan_data(data_dir)
    paths = (str(config.boundaries), str(config.district_outline))
    codes = list(plan.communes["code"].astype(str))
    metrics = list(maps.METRICS)
    loaded_at = datetime(2026, 1, 1)

    def scenario():
        rates = {
            f: round(rng.uniform(0.5, 12), 2) for f in ("other_communes_rate", "near_poor_rate")
        }
        return replace(DEFAULTS, **rates, poor_commune_rate=round(rng.uniform(0.5, 15), 2))

    def coefficients():
        return Coefficients(
            **{k: round(rng.uniform(0, 3), 2) for k in Coefficients.__annotations__}
        )

    def calls(baseline, projects):
        """One call of every view function, each with inputs never seen before."""
        lang, present = rng.choice(("vi", "en")), rng.random() < 0.5
        params = scenario()
        year = rng.randint(2023, params.horizon)
        metric, method = rng.choice(metrics), rng.choice(("fixed", "quantile"))
        page = cache.allocation_page(plan, baseline, True, None, projects, lang)
        funds = rng.randint(100, 100_000)
        yield cache.home(plan, baseline, lang, present)
        yield cache.funding_page(projects, plan, lang, present)
        yield cache.targets_page(projects, plan, lang)
        stamp = {"commune_baseline": datetime(2026, 1, 1, 0, 0, rng.randint(0, 59))}
        yield cache.data_page(plan, baseline, True, projects, loaded_at, stamp, lang)
        yield cache.scenario_texts(baseline, params, data_dir, lang)
        yield cache.scenario_labels(params, 7, 19, lang)
        yield cache.scenario_communes(baseline, params, float(rng.randint(0, 100)), data_dir, lang)
        yield cache.scenario_charts_view(baseline, params, data_dir, lang, present)
        yield cache.scenario_effort(baseline, params, projects, lang)
        yield cache.scenario_compare(baseline, (("a", params), ("b", scenario())), lang, present)
        yield cache.map_table(plan, baseline, params, metric, year, method, lang)
        yield cache.map_deck(plan, baseline, params, metric, year, method, lang, present, paths)
        view = (plan, baseline, params, metric, year, method, lang, present)
        yield cache.map_tiles(*view, 440, rng.choice(codes))
        yield cache.commune_panel(plan, baseline, params, year, lang, present, rng.choice(codes))
        yield page
        yield cache.allocation_view(
            page.criteria, coefficients(), funds, None, None, lang, present, None, paths
        )
        yield cache.allocation_view(
            page.criteria, NEUTRAL, funds, None, None, lang, present, ("b", coefficients()), paths
        )

    def fill(store, baseline, projects, budget):
        stored = views = 0
        while stored < args.overfill * budget:
            for built in calls(baseline, projects):
                stored += size_of(built)
                views += 1
        return {"views_built": views, "estimated_mib_stored": round(stored / 2**20, 2)}

    shipped_baseline, shipped_projects = (
        plan.versioned("commune_baseline"),
        plan.versioned("projects"),
    )
    for _ in calls(shipped_baseline, shipped_projects):  # warm up
        pass
    cache.SHARED.clear()
    gc.collect()
    before = rss_mib()
    started = time.perf_counter()

    shared = fill(cache.SHARED, shipped_baseline, shipped_projects, cache.SHARED.budget_bytes)
    sessions = []
    for n in range(args.sessions):
        store = cache.ViewStore(cache.session_store_budget())
        cache.use_session_stores(lambda store=store: store)
        baseline = Versioned.of(
            plan.commune_baseline.assign(
                is_illustrative=False, households=plan.commune_baseline["households"] + n + 1
            )
        )
        projects = Versioned.of(plan.projects.assign(source_ref=f"upload {n}"))
        sessions.append((store, fill(store, baseline, projects, store.budget_bytes)))
    cache.use_session_stores(None)
    gc.collect()
    after = rss_mib()

    bound_mib = (cache.SHARED.budget_bytes + sum(s.budget_bytes for s, _ in sessions)) / 2**20
    growth = after - before
    print(
        json.dumps(
            {
                "rss_before_mib": round(before, 1),
                "rss_after_mib": round(after, 1),
                "rss_growth_mib": round(growth, 1),
                "bound_mib": round(bound_mib, 1),
                "growth_over_bound": round(growth / bound_mib, 2),
                "shared": {
                    **shared,
                    "budget_mib": round(cache.SHARED.budget_bytes / 2**20, 2),
                    "held_mib": round(cache.SHARED.bytes / 2**20, 2),
                    "entries": len(cache.SHARED),
                },
                "sessions": [
                    {
                        **filled,
                        "budget_mib": round(s.budget_bytes / 2**20, 2),
                        "held_mib": round(s.bytes / 2**20, 2),
                        "entries": len(s),
                    }
                    for s, filled in sessions
                ],
                "seconds": round(time.perf_counter() - started, 1),
                "load_average": os.getloadavg(),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
