"""ui/cache_scope.py: the views of a session's uploaded data are kept in that session's state,
never in the store every session shares, and go with the session."""

from __future__ import annotations

import gc
import weakref

from streamlit.testing.v1 import AppTest

from gnbv import cache
from gnbv.settings import load_config
from gnbv.versioned import Versioned, unchanged
from tests.apptest import APP, TIMEOUT
from ui.cache_scope import STORE_KEY
from ui.common import UPLOADED_BASELINE_KEY, UPLOADED_PROJECTS_KEY, UPLOADED_SERIES_KEY


def test_an_uploads_views_stay_in_its_session_and_go_with_it(plan_data):
    baseline = Versioned.of(plan_data.commune_baseline.assign(is_illustrative=False))
    projects = Versioned.of(plan_data.projects.assign(source_ref="an upload"))
    # a series of reviews too: its 2024 rows are the latest year loaded, where the scenario and
    # the map start (gnbv.scenario_start; with the baseline alone they would start from the
    # shipped series' 2024 rows, shared views)
    series = Versioned.of(plan_data.commune_series.assign(is_illustrative=False))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state[UPLOADED_BASELINE_KEY] = baseline
    at.session_state[UPLOADED_PROJECTS_KEY] = projects
    at.session_state[UPLOADED_SERIES_KEY] = series
    at.run()
    for page in ("funding.py", "map.py", "scenarios.py", "allocation.py"):
        at.switch_page(f"app_pages/{page}").run()
        assert not at.exception, page
    # the pages changed none of the data in use in place (their versions still say it)
    shipped = cache.plan_data(str(load_config().data_dir))
    for data in (baseline, projects, series, *(shipped.versioned(n) for n in shipped.versions)):
        assert unchanged(data), data
    store = at.session_state[STORE_KEY]
    assert len(store) >= 8 and 0 < store.bytes <= store.budget_bytes
    shared = list(cache.SHARED._views)
    start = cache.scenario_start(baseline, series).data.version  # derived from the series'
    for version in (baseline.version, projects.version, series.version, start):
        assert any(version in key for key in store._views)
        assert not [key for key in shared if version in key]
    # the session goes: its state, hence its store, the uploaded frames and their views
    frames = [weakref.ref(baseline.frame), weakref.ref(projects.frame), weakref.ref(series.frame)]
    kept = weakref.ref(store)
    del at, store, baseline, projects, series
    gc.collect()
    assert kept() is None
    assert all(ref() is None for ref in frames)
