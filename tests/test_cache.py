"""gnbv.cache: views are built once per (page, data version, parameters, language), kept in
stores bounded by bytes; views of uploaded data stay with their session."""

import gc
import re
import threading
import weakref
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from gnbv import cache
from gnbv.allocation import NEUTRAL
from gnbv.url_state import DEFAULTS
from gnbv.versioned import Versioned, unchanged


@pytest.fixture(autouse=True)
def _the_apps_session_stores():
    """The provider ui/cache_scope.py set when imported is put back after each test (a later
    AppTest in the same process keeps its uploads' views in its session again)."""
    kept = cache._session_store
    yield
    cache.use_session_stores(kept)


@pytest.fixture
def session_store():
    """A session's own store, as ui/cache_scope.py hands one over in the app."""
    store = cache.ViewStore(cache.session_store_budget())
    cache.use_session_stores(lambda: store)
    yield store
    cache.use_session_stores(None)


def _uploaded(plan_data, total=4000):
    frame = plan_data.projects.copy()
    frame.loc[frame["project_id"] == "DA2", ["recurrent_mvnd", "total_mvnd"]] = total
    return Versioned.of(frame)


# --- keys ---------------------------------------------------------------------------------


def test_keys_are_versions_and_values(plan_data):
    projects = plan_data.versioned("projects")
    assert cache.key_part(projects) == "v:" + plan_data.versions["projects"]
    assert cache.key_part(plan_data) == "p:" + plan_data.version
    assert cache.key_part(("vi", 2025, None, True)) == "('vi',2025,None,True)"
    changed = cache.key_part(replace(DEFAULTS, other_communes_rate=5.0))
    assert changed != cache.key_part(DEFAULTS)
    assert cache.key_part({"b": 1, "a": 2}) == cache.key_part({"a": 2, "b": 1})
    for refused in (object(), plan_data.projects, plan_data.plan):
        with pytest.raises(TypeError):
            cache.key_part(refused)


def test_a_key_says_whether_every_input_is_shipped(plan_data):
    shipped = plan_data.versioned("projects")
    assert cache.view_key("p", (shipped, plan_data, "vi"))[1]
    assert not cache.view_key("p", (shipped, (_uploaded(plan_data),), "vi"))[1]
    # the same content uploaded has the same version, and is still the session's
    same = Versioned.of(plan_data.projects.copy())
    assert cache.view_key("p", (same,))[0] == cache.view_key("p", (shipped,))[0]
    assert not cache.view_key("p", (same,))[1]


def test_no_identity_no_weak_reference_in_the_caches():
    source = Path(cache.__file__).read_text(encoding="utf-8")
    assert not re.search(r"\bid\(", source)
    assert "weakref" not in source
    assert "lru_cache(maxsize=None" not in source


# --- views --------------------------------------------------------------------------------


def test_a_view_is_built_once_per_version_parameters_and_language(plan_data):
    cache.SHARED.clear()
    projects = plan_data.versioned("projects")
    first = cache.funding_page(projects, plan_data, "vi", False)
    again = cache.funding_page(plan_data.versioned("projects"), plan_data, "vi", False)
    assert again is first  # another object, the same version: the same view
    assert cache.funding_page(projects, plan_data, "en", False) is not first
    assert cache.funding_page(projects, plan_data, "vi", True) is not first


def test_views_of_different_pages_do_not_share_entries(plan_data):
    baseline = plan_data.versioned("commune_baseline")
    home = cache.home(plan_data, baseline, "vi", False)
    targets = cache.targets_page(plan_data.versioned("projects"), plan_data, "vi")
    assert type(home).__name__ == "Home" and type(targets).__name__ == "Targets"


def test_the_projection_is_cached_once_for_every_page(plan_data, monkeypatch):
    cache.SHARED.clear()
    calls = []
    real = cache.project
    monkeypatch.setattr(cache, "project", lambda b, p: calls.append(p) or real(b, p))
    baseline = plan_data.versioned("commune_baseline")
    params = replace(DEFAULTS, other_communes_rate=5.0)
    result, _ = cache.scenario_result(baseline, params)
    scenario = cache.map_scenario(baseline, params)
    cache.scenario_charts_view(baseline, params, "data", "vi", False)
    cache.scenario_compare(baseline, (("a", params), ("b", params.targets())), "vi", False)
    assert scenario.result is result
    assert calls == [params, params.targets()]  # the map's run at the targets, once too


def test_uploaded_data_views_go_to_the_session_store(plan_data, session_store):
    cache.SHARED.clear()
    uploaded = _uploaded(plan_data)
    view = cache.funding_page(uploaded, plan_data, "vi", False)
    assert view.total == 81994
    assert cache.funding_page(uploaded, plan_data, "vi", False) is view
    assert len(session_store) == 1 and len(cache.SHARED) == 0
    cache.funding_page(plan_data.versioned("projects"), plan_data, "vi", False)
    assert len(session_store) == 1 and len(cache.SHARED) == 1


def test_without_a_session_views_of_uploads_are_built_not_kept(plan_data):
    cache.use_session_stores(None)  # no session
    cache.SHARED.clear()
    uploaded = _uploaded(plan_data)
    first = cache.funding_page(uploaded, plan_data, "vi", False)
    assert cache.funding_page(uploaded, plan_data, "vi", False) is not first
    assert len(cache.SHARED) == 0


def test_an_uploads_views_and_frames_go_with_its_session(plan_data):
    """The session's state holds its store; once the state is dropped, nothing keeps the
    upload's frames or views alive (weak references here only, to see it)."""
    state = {"store": cache.ViewStore(cache.session_store_budget())}
    cache.use_session_stores(lambda: state.get("store"))
    try:
        cache.SHARED.clear()
        state["baseline"] = Versioned.of(plan_data.commune_baseline.assign(is_illustrative=False))
        state["projects"] = _uploaded(plan_data)
        baseline, projects = state["baseline"], state["projects"]
        views = [
            cache.home(plan_data, baseline, "vi", False),
            cache.funding_page(projects, plan_data, "vi", False),
            cache.map_table(plan_data, baseline, DEFAULTS, "poor_rate", 2025, "fixed", "vi"),
            cache.scenario_effort(baseline, DEFAULTS, projects, "vi"),
            cache.allocation_page(plan_data, baseline, False, None, projects, "vi"),
        ]
        assert len(cache.SHARED) == 0 and len(state["store"]) >= len(views)
        frames = [weakref.ref(baseline.frame), weakref.ref(projects.frame)]
        watched = [weakref.ref(v) for v in views if not isinstance(v, tuple)]
        del baseline, projects, views
        state.clear()  # the session goes
        gc.collect()
        assert all(ref() is None for ref in frames + watched)
    finally:
        cache.use_session_stores(None)


def test_derived_criteria_are_versioned_and_keep_their_scope(plan_data, session_store):
    baseline = plan_data.versioned("commune_baseline")
    projects = plan_data.versioned("projects")
    page = cache.allocation_page(plan_data, baseline, True, None, projects, "vi")
    assert isinstance(page.criteria, Versioned) and page.criteria.shipped
    uploaded = Versioned.of(plan_data.commune_baseline.assign(is_illustrative=False))
    other = cache.allocation_page(plan_data, uploaded, False, None, projects, "vi")
    assert not other.criteria.shipped
    assert other.criteria.version != page.criteria.version  # derived from another baseline


def test_the_data_in_use_is_not_changed_by_building_views(plan_data):
    baseline = plan_data.versioned("commune_baseline")
    projects = plan_data.versioned("projects")
    cache.home(plan_data, baseline, "en", True)
    cache.funding_page(projects, plan_data, "en", True)
    cache.targets_page(projects, plan_data, "en")
    cache.data_page(plan_data, baseline, True, projects, datetime(2026, 1, 1), {}, "en")
    for year in (2022, 2025):
        cache.commune_panel(plan_data, baseline, DEFAULTS, year, "en", False, "02839")
    cache.scenario_communes(baseline, DEFAULTS, 50.0, "data", "en")
    page = cache.allocation_page(plan_data, baseline, True, None, projects, "en")
    cache.allocation_view(page.criteria, NEUTRAL, 1000, None, None, "en", False, None, ("x", "y"))
    for name in plan_data.versions:
        assert unchanged(plan_data.versioned(name)), name


# --- the store ----------------------------------------------------------------------------


def test_the_store_is_bounded_by_bytes_least_recently_used_out_first():
    store = cache.ViewStore(budget_bytes=10_000)
    each = 3000 - cache.ENTRY_OVERHEAD - 1
    for key in "abc":
        store.put(key, key.upper(), each)
    assert len(store) == 3 and store.bytes <= store.budget_bytes
    assert store.get("a") == "A"  # a is now the most recently used
    store.put("d", "D", each)  # past the budget: b, the least recently used, goes
    assert "b" not in store and {"a", "c", "d"} <= {k for k in "abcd" if k in store}
    assert store.bytes <= store.budget_bytes
    store.put("huge", "H", 20_000)  # larger than the whole budget: not kept
    assert "huge" not in store and len(store) == 3
    store.put("a", "A2", each)  # replaced, counted once
    assert store.get("a") == "A2" and store.bytes == 3 * (each + 1 + cache.ENTRY_OVERHEAD)
    store.clear()
    assert len(store) == 0 and store.bytes == 0


def test_the_shared_store_holds_at_most_its_budget(plan_data):
    store = cache.ViewStore(budget_bytes=2 * 1024 * 1024)
    baseline = plan_data.versioned("commune_baseline")
    cache.use_session_stores(None)
    original = cache.SHARED
    cache.SHARED = store
    try:
        for year in range(2022, 2026):
            for lang in ("vi", "en"):
                for code in plan_data.communes["code"].astype(str)[:6]:
                    cache.commune_panel(plan_data, baseline, DEFAULTS, year, lang, False, code)
                    assert store.bytes <= store.budget_bytes
        assert len(store) > 4
    finally:
        cache.SHARED = original


def test_the_store_under_threads():
    """Many threads putting and getting at once: the byte count stays exact and bounded."""
    store = cache.ViewStore(budget_bytes=50_000)
    errors = []

    def work(n):
        try:
            for i in range(400):
                key = f"{(n * 7 + i) % 60}"
                if store.get(key) is None:
                    store.put(key, [key], 1000 + (i % 5) * 500)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    sizes = sum(size for _, size in store._views.values())
    assert store.bytes == sizes <= store.budget_bytes


def test_views_under_threads_are_equal(plan_data):
    cache.SHARED.clear()
    baseline = plan_data.versioned("commune_baseline")
    got, errors = [], []

    def work():
        try:
            for lang in ("vi", "en") * 3:
                got.append((lang, cache.home(plan_data, baseline, lang, False).amounts))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len({repr(a) for lang, a in got if lang == "vi"}) == 1


def test_every_cache_is_bounded():
    lru = {n: f for n, f in vars(cache).items() if hasattr(f, "cache_parameters")}
    loaders = {"plan_data", "shipped_loaded_at", "boundaries", "district_outline"}
    assert set(lru) == {*loaders, "scenario_presets"}
    for name, func in lru.items():
        assert func.cache_parameters()["maxsize"] is not None, name
    views = {n for n, f in vars(cache).items() if hasattr(f, "page")}
    assert {"home", "funding_page", "map_table", "projection", "allocation_view"} <= views
    assert cache.SHARED.budget_bytes == cache.CONFIG.view_cache_mb * cache.MIB


def test_gnbv_does_not_import_streamlit():
    """The data layer is plain Python: pages and ui/ draw, gnbv computes (and caches)."""
    import ast

    for path in sorted((Path(cache.__file__).parent).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.split(".")[0] == "streamlit" for n in names), path


def test_views_hold_arrow_tables(plan_data):
    import pyarrow as pa

    baseline = plan_data.versioned("commune_baseline")
    charts = cache.scenario_charts_view(baseline, DEFAULTS, "data", "vi", False)
    assert isinstance(charts.plan_table, pa.Table) and isinstance(charts.communes_table, pa.Table)
    _, _, money = cache.scenario_effort(baseline, DEFAULTS, plan_data.versioned("projects"), "vi")
    summary, _, table = cache.scenario_compare(baseline, (("A", DEFAULTS),), "vi", False)
    assert all(isinstance(t, pa.Table) for t in (money, summary, table))


def test_progress_views_are_keyed_by_the_series_version(plan_data, session_store):
    """The shipped series' views are shared; an uploaded series' stay in its session."""
    from gnbv.scenario import ScenarioParams

    shipped = plan_data.versioned("commune_series")
    page = cache.progress_page(plan_data, shipped, ScenarioParams(), "vi", False)
    assert cache.progress_page(plan_data, shipped, ScenarioParams(), "vi", False) is page
    assert cache.progress_home(shipped, "en").startswith("From 2022 to 2024")
    uploaded = Versioned.of(shipped.frame.assign(is_illustrative=False))
    before = len(session_store)
    cache.progress_map(plan_data, uploaded, ScenarioParams(), "vi", False, 2024, 2022)
    assert len(session_store) == before + 1
    assert not [key for key in cache.SHARED._views if uploaded.version in key]


def test_sessions_asking_at_once_for_a_missing_view_build_it_once(plan_data):
    """Fifty sessions arriving on a cold process: one builds a shared view, the others wait
    for it and get the same object (they used to build it each, and all wait for all)."""
    import time

    calls = []

    @cache._view
    def slow_view(plan, lang: str):
        calls.append(lang)
        time.sleep(0.2)
        return {"lang": lang}

    start = threading.Barrier(8)
    got = []

    def ask():
        start.wait()
        got.append(slow_view(plan_data, "vi-single-flight"))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=30)
    assert calls == ["vi-single-flight"]
    assert len(got) == 8 and all(g is got[0] for g in got)
    assert not cache._BUILDING  # nothing left waiting


def test_a_view_that_fails_to_build_lets_the_waiting_sessions_try(plan_data):
    attempts = []

    @cache._view
    def failing_view(plan, lang: str):
        attempts.append(lang)
        if len(attempts) == 1:
            raise RuntimeError("the first build fails")
        return lang

    with pytest.raises(RuntimeError):
        failing_view(plan_data, "vi-fails-once")
    assert failing_view(plan_data, "vi-fails-once") == "vi-fails-once"
    assert not cache._BUILDING
