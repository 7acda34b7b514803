"""The caches of what the pages show, every one bounded. Plain Python: none of gnbv imports
streamlit, these caches included.

Two kinds:

* loaders of the shipped files (the data, the boundaries), once per process and path
  (``functools.lru_cache``, keyed by the path);
* views: what a page shows, built once per (page, data version, parameters, language) and
  kept in a :class:`ViewStore`, a least-recently-used store bounded by the bytes its views
  hold (their size estimated once, when stored: :func:`gnbv.sizing.size_of`).

A view's data inputs come with their version (:class:`gnbv.versioned.Versioned`, or
:class:`gnbv.data.PlanData`), a digest of their content computed once when the data was
loaded or uploaded: a key is that version, never the object's identity, and a bare
DataFrame is refused as an input. Views of the shipped data are shared by every session
(:data:`SHARED`, ``GNBV_VIEW_CACHE_MB``); views of data a planner uploaded are kept in a
store of their session's own (``GNBV_SESSION_VIEW_CACHE_MB``), handed over by
:func:`use_session_stores` (``ui/cache_scope.py`` keeps it in the session's state), so they
go when the session goes. Outside a session (scripts, tests) such views are built and not
kept.

A view is shared: never change one, nor the data it was built from.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, datetime

import pandas as pd

from gnbv.allocation import Coefficients
from gnbv.data import PlanData, load_plan_data
from gnbv.errors import BoundaryUnavailable
from gnbv.geo import read_boundaries, read_district_outline
from gnbv.maps.tables import baseline_table
from gnbv.scenario import (
    CheckedBaseline,
    ScenarioParams,
    ScenarioResult,
    check_baseline,
    project,
)
from gnbv.scenario_presets import Presets, published_trend
from gnbv.scenario_start import ScenarioStart
from gnbv.scenario_start import scenario_start as _scenario_start
from gnbv.settings import load_config
from gnbv.sizing import size_of
from gnbv.versioned import Versioned, derived_version
from gnbv.views import allocation as _allocation_view
from gnbv.views import data as data_view
from gnbv.views import funding as funding_view
from gnbv.views import home as home_view
from gnbv.views import map as map_view
from gnbv.views import progress as progress_view
from gnbv.views import scenario as scenario_view
from gnbv.views import targets as targets_view

LOG = logging.getLogger(__name__)

# The settings as the server process started with them (app.py reports their errors). The
# loaders below take their path from the caller, read per run, so a test can change it. They
# load once per process and path (functools.lru_cache: a hit is a dictionary lookup, where
# st.cache_resource cost about 0.1 ms a call, several calls a run).
CONFIG = load_config()
MIB = 1024 * 1024


@functools.lru_cache(maxsize=4)
def shipped_loaded_at(data_dir: str) -> datetime:
    """When this server process loaded the shipped data (once, with :func:`plan_data`)."""
    plan_data(data_dir)
    return datetime.now()


@functools.lru_cache(maxsize=4)
def plan_data(data_dir: str) -> PlanData:
    """The shipped data, validated once per process (it does not change while running)."""
    return load_plan_data(data_dir)


@functools.lru_cache(maxsize=4)
def boundaries(path: str):
    """The boundary layer, or the :class:`BoundaryUnavailable` reason as text (for the
    public; the detail goes to the server log)."""
    try:
        return read_boundaries(path)
    except BoundaryUnavailable as exc:
        LOG.warning("the true-shape maps are off: %s", exc)
        return exc.reason


@functools.lru_cache(maxsize=4)
def district_outline(path: str):
    """The district outline layer, or the :class:`BoundaryUnavailable` reason as text (the
    detail goes to the server log)."""
    try:
        return read_district_outline(path)
    except BoundaryUnavailable as exc:
        LOG.warning("the maps are drawn without the district outline: %s", exc)
        return exc.reason


# --- the stores ------------------------------------------------------------------------------

ENTRY_OVERHEAD = 400  # bytes an entry costs beyond its view: key text, dict slot, tuple


class ViewStore:
    """Views by key, least recently used first out once their estimated bytes pass
    ``budget_bytes``. A view larger than the whole budget is not kept.

    Thread-safe: the server runs each session's script in a thread of its own. One plain
    lock guards the dictionary and its byte count; it cannot deadlock: it is held only for
    dictionary operations on keys that are strings, no code run while it is held takes it
    again (no finalizer, weak-reference callback or ``__del__`` of this module takes it,
    and evicted views are released after it is let go), and building or sizing a view
    happens outside it (two sessions asking at once for a missing shared view: one builds
    it, the other waits for it, :func:`_built_once`)."""

    def __init__(self, budget_bytes: int):
        self.budget_bytes = int(budget_bytes)
        self._views: OrderedDict[str, tuple[object, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str, default=None):
        with self._lock:
            entry = self._views.get(key)
            if entry is None:
                return default
            self._views.move_to_end(key)
            return entry[0]

    def put(self, key: str, view, size: int) -> None:
        size = int(size) + len(key) + ENTRY_OVERHEAD
        if size > self.budget_bytes:
            return
        with self._lock:
            old = self._views.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._views[key] = (view, size)
            self._bytes += size
            evicted = [old]
            while self._bytes > self.budget_bytes:
                _, entry = self._views.popitem(last=False)
                self._bytes -= entry[1]
                evicted.append(entry)
        del evicted  # the views go here, the lock let go

    def clear(self) -> None:
        with self._lock:
            views, self._views, self._bytes = self._views, OrderedDict(), 0
        del views

    @property
    def bytes(self) -> int:
        """The estimated bytes held (at most :attr:`budget_bytes`)."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._views)

    def __contains__(self, key: str) -> bool:
        return key in self._views


# Views of the shipped data, shared by every session.
SHARED = ViewStore(CONFIG.view_cache_mb * MIB)


def _no_session() -> ViewStore | None:
    return None


_session_store: Callable[[], ViewStore | None] = _no_session


def use_session_stores(provider: Callable[[], ViewStore | None] | None) -> None:
    """Keep the views of uploaded data in ``provider()``: the store of the session running
    (None outside a session, or ``provider`` None: such views are then built, not kept)."""
    global _session_store
    _session_store = provider or _no_session


def session_store_budget() -> int:
    """The byte budget of a session's own store (``GNBV_SESSION_VIEW_CACHE_MB``)."""
    return int(load_config().session_view_cache_mb * MIB)


# --- keys of the views -----------------------------------------------------------------------

PLAIN = (str, int, float, bool, type(None), datetime, date)


def key_part(value, shipped: list[bool] | None = None) -> str:
    """One input of a view as text for its key: versioned data (:class:`Versioned`,
    :class:`PlanData`) by its version, a plain value by its repr, containers and frozen
    dataclasses (``ScenarioParams``) part by part. Anything else is refused, a bare table
    first (it has no version: wrap it in :class:`Versioned`), and any object whose repr could
    hold a memory address (a key never found again) or leave out what it holds (a wrong
    hit). ``shipped[0]`` is set False when some input is not the shipped data's."""
    if isinstance(value, Versioned):
        if shipped is not None and not value.shipped:
            shipped[0] = False
        return "v:" + value.version
    if isinstance(value, PlanData):  # only ever the shipped data
        return "p:" + value.version
    if isinstance(value, PLAIN):
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "(" + ",".join(key_part(v, shipped) for v in value) + ")"
    if isinstance(value, dict):
        items = sorted((key_part(k, shipped), key_part(v, shipped)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if isinstance(value, (pd.DataFrame, pd.Series)):
        raise TypeError(f"a {type(value).__name__} has no version: pass it as Versioned")
    if dataclasses.is_dataclass(value) and type(value).__dataclass_params__.frozen:
        fields = [key_part(getattr(value, f.name), shipped) for f in dataclasses.fields(value)]
        return f"{type(value).__qualname__}({','.join(fields)})"
    raise TypeError(f"no cache key for a {type(value).__name__}")


def view_key(page: str, inputs: tuple) -> tuple[str, bool]:
    """The key of ``page``'s view of ``inputs``, and whether every input is shipped data."""
    shipped = [True]
    return page + "|" + key_part(inputs, shipped), shipped[0]


_MISSING = object()


# Views of the shipped data being built, by key: a session that asks for one waits for the
# session building it rather than building it again (fifty sessions arriving at once on a cold
# process would each build the same half-second view, and all wait for all). The lock is held
# only for this dictionary's operations; views call only views below them (no cycle), and a
# wait is bounded by BUILD_WAIT_S.
_BUILDING: dict[str, threading.Event] = {}
_BUILDING_LOCK = threading.Lock()
BUILD_WAIT_S = 60.0


def _built_once(key: str, build_and_keep: Callable[[], object], store: ViewStore):
    """``build_and_keep()``'s view of ``key``, built by one session at a time: the others wait
    for it and read it from ``store`` (or build it themselves if it was not kept)."""
    with _BUILDING_LOCK:
        building = _BUILDING.get(key)
        if building is None:
            building = _BUILDING[key] = threading.Event()
            leader = True
        else:
            leader = False
    if not leader:
        building.wait(BUILD_WAIT_S)
        found = store.get(key, _MISSING)
        return found if found is not _MISSING else build_and_keep()
    try:
        return build_and_keep()
    finally:
        with _BUILDING_LOCK:
            _BUILDING.pop(key, None)
        building.set()


def _view(build):
    """A view of ``build``'s inputs, kept once per (page, data version, parameters,
    language) in :data:`SHARED`, or in the session's own store when some input was
    uploaded (see the module's text)."""
    page = build.__name__

    def build_and_keep(store: ViewStore, key: str, inputs: tuple):
        built = build(*inputs)
        store.put(key, built, size_of(built))
        return built

    @functools.wraps(build)
    def view(*inputs):
        key, shipped = view_key(page, inputs)
        store = SHARED if shipped else _session_store()
        if store is None:
            return build(*inputs)
        found = store.get(key, _MISSING)
        if found is not _MISSING:
            return found
        if store is not SHARED:  # a session's own store: no other session asks for its views
            return build_and_keep(store, key, inputs)
        return _built_once(key, lambda: build_and_keep(store, key, inputs), store)

    view.page = page
    return view


def _unwrap(data):
    return data.frame if isinstance(data, Versioned) else data


# --- the views -------------------------------------------------------------------------------
# Data inputs are Versioned (the baseline and project tables in use, an uploaded criteria
# workbook) or the PlanData; the builders get the frames.


@_view
def home(plan: PlanData, baseline: Versioned, lang: str, present: bool) -> home_view.Home:
    """The home page (per commune baseline in use, language and presentation view)."""
    return home_view.home(plan, baseline.frame, lang, present)


@_view
def funding_page(projects: Versioned, plan: PlanData, lang: str, present: bool):
    """The Funding page (per project table in use, language and presentation view)."""
    return funding_view.funding_page(projects.frame, plan, lang, present)


@_view
def targets_page(projects: Versioned, plan: PlanData, lang: str):
    """The Targets page (per project table in use and language)."""
    return targets_view.targets_page(projects.frame, plan, lang)


@_view
def data_page(
    plan: PlanData,
    baseline: Versioned,
    is_illustrative: bool,
    projects: Versioned,
    shipped_loaded_at,
    uploaded_at: dict,
    lang: str,
):
    """The Data page's catalogue and previews (per data in use, upload times and language)."""
    return data_view.data_page(
        plan, baseline.frame, is_illustrative, projects.frame, shipped_loaded_at, uploaded_at, lang
    )


@_view
def commune_names(plan: PlanData) -> dict[str, str]:
    """Commune code (as text) -> name (a page's run paid a string conversion of the column,
    the costliest line of the map page's run)."""
    communes = plan.communes
    return dict(zip(communes["code"].astype(str), communes["name"], strict=True))


# --- the projection: one cache for every page ---------------------------------------------


@_view
def checked_baseline(baseline: Versioned) -> CheckedBaseline:
    """The baseline checked once per data version (gnbv.scenario.check_baseline): every
    projection, effort and year below the threshold of it starts from its arrays (checking
    took ~1.5 ms, twice for each new scenario)."""
    return check_baseline(baseline.frame)


@_view
def projection(baseline: Versioned, params: ScenarioParams) -> ScenarioResult:
    """The baseline projected under ``params`` (gnbv.scenario.project): the one cache of
    projections, for the scenario page and the map alike."""
    return project(checked_baseline(baseline), params)


# The map: each part keyed by what it depends on, so a commune picked or a metric changed
# builds only what changes; the parts share the projection and the table through the caches.


@_view
def map_scenario(baseline: Versioned, params: ScenarioParams) -> map_view.MapScenario:
    """The scenario in force for the map: as set, and at the plan's target rates."""
    return map_view.MapScenario(
        projection(baseline, params), projection(baseline, params.targets())
    )


@_view
def map_base(plan: PlanData, baseline: Versioned):
    """Every commune's baseline figures (:func:`gnbv.maps.tables.baseline_table`)."""
    return baseline_table(plan.communes, baseline.frame)


@_view
def map_rows(plan: PlanData, baseline: Versioned, params: ScenarioParams, year: int):
    """Every commune's figures for ``year`` under the scenario (whatever the metric shown)."""
    base = map_base(plan, baseline)
    return map_view.map_rows(base, map_scenario(baseline, params), year)


@_view
def map_table(plan: PlanData, baseline, params: ScenarioParams, metric, year, method, lang: str):
    """Every commune's figures for ``year`` and their classes."""
    scenario = map_scenario(baseline, params)
    rows = map_rows(plan, baseline, params, year)
    return map_view.map_table(scenario, rows, metric, year, method, lang)


@_view
def map_deck(plan: PlanData, baseline, params, metric, year, method, lang, present, paths):
    """The true-shape map (``paths``: the boundary and district outline files, read by
    :func:`boundaries` and :func:`district_outline`)."""
    table = map_table(plan, baseline, params, metric, year, method, lang)
    layer, outline = boundaries(paths[0]), district_outline(paths[1])
    return map_view.map_deck(table, plan.communes, layer, outline, lang, present)


@_view
def map_tiles(plan: PlanData, baseline, params, metric, year, method, lang, present, height, pick):
    """The tile map, with the commune ``pick`` outlined."""
    table = map_table(plan, baseline, params, metric, year, method, lang)
    return map_view.map_tiles(table, lang, height, pick, present)


@_view
def commune_panel(plan: PlanData, baseline, params: ScenarioParams, year: int, lang, present, code):
    """One commune's panel under the scenario, for ``year``."""
    rows = map_rows(plan, baseline, params, year)
    scenario = map_scenario(baseline, params)
    return map_view.commune_panel(scenario, rows, year, code, lang, present)


# --- the scenario page -----------------------------------------------------------------
# Everything it shows depends only on its inputs: the baseline and project tables in use, the
# scenario, the language and a setting of the page. Each part is a view, built once per such
# inputs: a rerun that changes nothing builds nothing, and a slider builds only the part on
# screen. Cached objects are never mutated.


@functools.lru_cache(maxsize=4)
def scenario_presets(data_dir: str) -> Presets:
    """The presets of the shipped data's published trend (the shipped data do not change
    while the process runs: see :func:`plan_data`)."""
    return Presets(published_trend(plan_data(data_dir=data_dir).district_poverty))


@_view
def scenario_start(baseline: Versioned, series: Versioned) -> ScenarioStart:
    """Where the scenario starts (gnbv.scenario_start): the rows of the latest year of the
    baseline and the series of reviews in use, derived once per pair of data versions."""
    return _scenario_start(baseline, series)


@_view
def scenario_result(baseline: Versioned, params: ScenarioParams):
    """The projection of the baseline (:func:`projection`) and its headline
    (gnbv.scenario_view)."""
    result = projection(baseline, params)
    return result, scenario_view.headline(result)


@_view
def scenario_texts(baseline: Versioned, params: ScenarioParams, data_dir: str, lang: str):
    """The headline as shown: which preset is shown, the target (named once) and the
    headline's figures."""
    return scenario_view.headline_texts(
        scenario_result(baseline, params), params, scenario_presets(data_dir=data_dir).trend, lang
    )


@_view
def scenario_labels(params: ScenarioParams, poor_count: int, communes: int, lang: str):
    """The labels of the scenario's sliders (gnbv.views.scenario.control_labels)."""
    return scenario_view.control_labels(params, poor_count, communes, lang)


@_view
def scenario_communes(
    baseline: Versioned, params: ScenarioParams, threshold: float, data_dir: str, lang: str
):
    """The commune rows, and the table as shown (gnbv.views.scenario.commune_view)."""
    communes = plan_data(data_dir=data_dir).communes
    return scenario_view.commune_view(
        projection(baseline, params), checked_baseline(baseline), params, threshold, communes, lang
    )


@_view
def scenario_charts_view(
    baseline: Versioned, params: ScenarioParams, data_dir: str, lang: str, present: bool
) -> scenario_view.ScenarioCharts:
    """The district chart, its context sentence, and the communes' status chart, each with
    its table (gnbv.views.scenario.charts_view)."""
    data = plan_data(data_dir=data_dir)
    result = projection(baseline, params)
    return scenario_view.charts_view(result, data.district_poverty, data.communes, lang, present)


@_view
def scenario_effort(baseline: Versioned, params: ScenarioParams, projects: Versioned, lang: str):
    """What it would take, the livelihood funds and the money table
    (gnbv.views.scenario.effort)."""
    result = projection(baseline, params)
    return scenario_view.effort(result, checked_baseline(baseline), params, projects.frame, lang)


@_view
def scenario_compare(
    baseline: Versioned,
    named: tuple[tuple[str, ScenarioParams], ...],
    lang: str,
    present: bool,
):
    """Scenarios side by side (gnbv.views.scenario.comparison)."""
    return scenario_view.comparison(
        {name: projection(baseline, p) for name, p in named}, lang, present
    )


# --- the allocation page ---------------------------------------------------------------


@_view
def allocation_page(
    plan: PlanData,
    baseline: Versioned,
    illustrative: bool,
    supplied: Versioned | None,
    projects: Versioned,
    lang: str,
) -> _allocation_view.AllocationPage:
    """What the allocation page shows whatever its controls say (per data in use, uploaded
    criteria workbook (a Versioned ``gnbv.allocation.SuppliedCriteria`` or None) and
    language). Its ``criteria`` come Versioned (derived from the data in use), the input of
    :func:`allocation_view`."""
    page = _allocation_view.page(
        plan.communes,
        baseline.frame,
        illustrative,
        _unwrap(supplied),
        projects.frame,
        plan.allocation_rules,
        plan.citations,
        lang,
    )
    key, shipped = view_key("allocation_criteria", (plan, baseline, supplied))
    criteria = Versioned(page.criteria, derived_version(key), shipped)
    return dataclasses.replace(page, criteria=criteria)


@_view
def allocation_shapes(criteria: Versioned, lang: str, present: bool, paths: tuple[str, str]):
    """What every allocation of ``criteria`` shows alike in ``lang`` and the view
    (``gnbv.views.allocation.shapes``): a new allocation repaints it. ``paths``: the
    boundary and district outline files."""
    return _allocation_view.shapes(
        criteria.frame, lang, present, boundaries(paths[0]), district_outline(paths[1])
    )


@_view
def allocation_view(
    criteria: Versioned,
    coefficients: Coefficients,
    funds: int,
    floors: tuple | None,
    caps: tuple | None,
    lang: str,
    present: bool,
    other: tuple[str, Coefficients] | None,
    paths: tuple[str, str],
) -> _allocation_view.AllocationView:
    """The allocation page's results for these inputs in ``lang``, built once
    (``gnbv.views.allocation.build``; the page must not modify what it gets). ``paths``: the
    boundary and district outline files."""
    return _allocation_view.build(
        criteria.frame,
        coefficients,
        funds,
        floors,
        caps,
        lang=lang,
        present=present,
        other=other,
        boundaries=boundaries(paths[0]),
        outline=district_outline(paths[1]),
        shapes=allocation_shapes(criteria, lang, present, paths),
    )


# --- the progress page (issue 20) ------------------------------------------------------------
# ``series``: the series of yearly reviews in use (the shipped illustrative one,
# ``plan.versioned("commune_series")``, or a planner's upload, ``Versioned.of``).


@_view
def progress_page(plan: PlanData, series: Versioned, params: ScenarioParams, lang, present):
    """The progress page but its map (per series in use, reading, language and view)."""
    return progress_view.progress_page(series.frame, plan.communes, params, lang, present)


@_view
def progress_map(plan: PlanData, series: Versioned, params, lang, present, year: int, compare):
    """The progress page's tile map of a review year, or of the change between two."""
    return progress_view.progress_map(
        series.frame, plan.communes, params, lang, present, year, compare
    )


@_view
def progress_home(series: Versioned, lang: str):
    """The home page's line on the progress since the first review (per series, language)."""
    return progress_view.home_since(series.frame, lang)
