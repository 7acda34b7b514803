"""The caches of what the pages show, every one bounded and shared by all sessions. Plain
Python (``functools.lru_cache``): none of gnbv imports streamlit, these caches included.

Two kinds:

* loaders of the shipped files (the data, the boundaries), once per process;
* views (:mod:`gnbv.views`): what a page shows, built once per (inputs, language) and shared
  by every session that asks for the same. A view's inputs include the data in use, which a
  planner may have uploaded in their session: DataFrames are keyed by their content
  (:func:`fingerprint`), hashed once per object, so a page's run pays a dictionary lookup,
  not a hash of its tables.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import pickle
import threading
import weakref
from datetime import date, datetime

import pandas as pd
import pyarrow as pa

from gnbv import allocation as _allocation
from gnbv import allocation_view as _allocation_view
from gnbv import maps, scenario_charts, scenario_view, views
from gnbv.allocation import Coefficients
from gnbv.brief import allocation as _allocation_brief
from gnbv.brief import funding as _funding_brief
from gnbv.brief import home as _home_brief
from gnbv.brief import scenario as _scenario_brief
from gnbv.data import PlanData, load_plan_data
from gnbv.errors import BoundaryUnavailable
from gnbv.geo import read_boundaries, read_district_outline
from gnbv.scenario import (
    PLAN,
    ScenarioParams,
    livelihood_funds,
    money_per_household,
    project,
    required_other_rate,
    year_below,
)
from gnbv.scenario_presets import Presets, published_trend
from gnbv.settings import load_config

# The settings as the server process started with them (app.py reports their errors). The
# loaders below take their path from the caller, read per run, so a test can change it. They
# load once per process and path (functools.lru_cache: a hit is a dictionary lookup, where
# st.cache_resource cost about 0.1 ms a call, several calls a run).
CONFIG = load_config()


@functools.lru_cache(maxsize=4)
def plan_data(data_dir: str) -> PlanData:
    """The shipped data, validated once per process (it does not change while running)."""
    return load_plan_data(data_dir)


@functools.lru_cache(maxsize=4)
def boundaries(path: str):
    """The boundary layer, or the :class:`BoundaryUnavailable` message as text."""
    try:
        return read_boundaries(path)
    except BoundaryUnavailable as exc:
        return str(exc)


@functools.lru_cache(maxsize=4)
def district_outline(path: str):
    """The district outline layer, or the :class:`BoundaryUnavailable` message as text."""
    try:
        return read_district_outline(path)
    except BoundaryUnavailable as exc:
        return str(exc)


# --- keys of the views -----------------------------------------------------------------------

_FINGERPRINTS: dict[int, tuple[weakref.ref, str]] = {}
_MEMO_LOCK = threading.Lock()  # guards every store of _once_per_object


def _content_hash(obj) -> str:
    if isinstance(obj, PlanData):
        parts = [fingerprint(getattr(obj, name)) for name in obj.__dataclass_fields__]
        return hashlib.blake2b("|".join(parts).encode(), digest_size=16).hexdigest()
    frame = obj.to_frame() if isinstance(obj, pd.Series) else obj
    h = hashlib.blake2b(digest_size=16)
    h.update(
        pickle.dumps((type(obj).__name__, list(frame.columns), [str(d) for d in frame.dtypes]))
    )
    try:
        h.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    except TypeError:  # unhashable cells (lists): fall back to the pickled object
        h.update(pickle.dumps(obj))
    return h.hexdigest()


def _once_per_object(store: dict, obj, compute):
    """``compute(obj)``, kept in ``store`` while ``obj`` lives (by its id, checked against a
    weak reference: an id is reused once its object is gone)."""
    key = id(obj)
    entry = store.get(key)
    if entry is not None and entry[0]() is obj:
        return entry[1]
    value = compute(obj)

    def forget(_ref, key=key, lock=_MEMO_LOCK):  # bound now: at interpreter exit
        with lock:  # the module's globals are gone before the last objects are
            if store.get(key, (None,))[0] is _ref:
                del store[key]

    with _MEMO_LOCK:
        store[key] = (weakref.ref(obj, forget), value)
    return value


def fingerprint(obj) -> str:
    """A digest of a DataFrame's, Series' or PlanData's content, computed once per object
    (the data in use is never changed in place: an upload makes a new object)."""
    return _once_per_object(_FINGERPRINTS, obj, _content_hash)


_ARROW: dict[int, tuple[weakref.ref, pa.Table]] = {}


def arrow(frame: pd.DataFrame) -> pa.Table:
    """``frame`` as an Arrow table (without its index), converted once per object:
    ``st.table`` and ``st.dataframe`` convert a DataFrame to Arrow on every run, most of their
    cost; the views' tables are built once and never changed in place."""
    return _once_per_object(_ARROW, frame, lambda f: pa.Table.from_pandas(f, preserve_index=False))


_NAMES: dict[int, tuple[weakref.ref, dict[str, str]]] = {}


def commune_names(communes: pd.DataFrame) -> dict[str, str]:
    """Commune code (as text) -> name, made once per communes table (a page's run paid a
    string conversion of the column, the costliest line of the map page's run)."""
    return _once_per_object(
        _NAMES, communes, lambda c: dict(zip(c["code"].astype(str), c["name"], strict=True))
    )


TABLES = (pd.DataFrame, pd.Series, PlanData)  # GeoDataFrame is a DataFrame
PLAIN = (str, int, float, bool, type(None), datetime, date)


def key_part(value) -> str:
    """One input of a view as text for its key: a table by its :func:`fingerprint`, a plain
    value by its repr, containers and frozen dataclasses (``ScenarioParams``) part by part.
    Anything else is refused: its repr could hold a memory address (a key never found
    again) or leave out what it holds (a wrong hit)."""
    if isinstance(value, TABLES):
        return fingerprint(value)
    if isinstance(value, PLAIN):
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "(" + ",".join(key_part(v) for v in value) + ")"
    if isinstance(value, dict):
        items = sorted((key_part(k), key_part(v)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if dataclasses.is_dataclass(value) and type(value).__dataclass_params__.frozen:
        fields = [key_part(getattr(value, f.name)) for f in dataclasses.fields(value)]
        return f"{type(value).__qualname__}({','.join(fields)})"
    raise TypeError(f"no cache key for a {type(value).__name__}")


class _Key:
    """A view's key: its inputs as text (:func:`key_part`), which alone is hashed and
    compared, carrying the inputs themselves to the builder."""

    __slots__ = ("inputs", "text")

    def __init__(self, text: str, inputs: tuple):
        self.text, self.inputs = text, inputs

    def __hash__(self) -> int:
        return hash(self.text)

    def __eq__(self, other) -> bool:
        return isinstance(other, _Key) and self.text == other.text


def _view_cache(max_entries: int):
    """A bounded, shared (by all sessions) LRU cache of a view builder, keyed by its inputs
    through :func:`key_part`. ``functools.lru_cache`` rather than ``st.cache_resource``: a hit
    costs a dictionary lookup, where Streamlit's cache costs 40-80 µs for each argument it
    hashes, and still ~0.1 ms a call with the key given as text; the views are pure
    functions of their inputs, so nothing needs Streamlit's cache controls."""

    def decorate(build):
        @functools.lru_cache(maxsize=max_entries)
        def store(key: _Key):
            return build(*key.inputs)

        @functools.wraps(build)
        def view(*inputs):
            return store(_Key(key_part(inputs), inputs))

        view.clear = store.cache_clear
        view.max_entries = max_entries
        return view

    return decorate


# --- the views -------------------------------------------------------------------------------


@_view_cache(max_entries=8)
def home(plan: PlanData, baseline: pd.DataFrame, lang: str, present: bool) -> views.Home:
    """The home page (per commune baseline in use, language and presentation view)."""
    return views.home(plan, baseline, lang, present)


@_view_cache(max_entries=16)
def funding_page(projects: pd.DataFrame, plan: PlanData, lang: str, present: bool):
    """The Funding page (per project table in use, language and presentation view)."""
    return views.funding_page(projects, plan, lang, present)


@_view_cache(max_entries=8)
def targets_page(projects: pd.DataFrame, plan: PlanData, lang: str):
    """The Targets page (per project table in use and language)."""
    return views.targets_page(projects, plan, lang)


@_view_cache(max_entries=16)
def data_page(
    plan: PlanData,
    baseline: pd.DataFrame,
    is_illustrative: bool,
    projects: pd.DataFrame,
    shipped_loaded_at,
    uploaded_at: dict,
    lang: str,
):
    """The Data page's catalogue and previews (per data in use, upload times and language)."""
    return views.data_page(
        plan, baseline, is_illustrative, projects, shipped_loaded_at, uploaded_at, lang
    )


# The map: each part keyed by what it depends on, so a commune picked or a metric changed
# builds only what changes; the parts share the scenario and the table through these caches.


@_view_cache(max_entries=32)
def map_scenario(baseline: pd.DataFrame, params: ScenarioParams):
    """The scenario in force run for the map (per baseline and scenario)."""
    return views.map_scenario(baseline, params)


@_view_cache(max_entries=8)
def map_base(communes: pd.DataFrame, baseline: pd.DataFrame):
    """Every commune's baseline figures (:func:`gnbv.maps.baseline_table`)."""
    return maps.baseline_table(communes, baseline)


@_view_cache(max_entries=64)
def map_rows(communes, baseline, params: ScenarioParams, year: int):
    """Every commune's figures for ``year`` under the scenario (whatever the metric shown)."""
    base = map_base(communes, baseline)
    return views.map_rows(base, map_scenario(baseline, params), year)


@_view_cache(max_entries=64)
def map_table(communes, baseline, params: ScenarioParams, metric, year, method, lang: str):
    """Every commune's figures for ``year`` and their classes."""
    scenario = map_scenario(baseline, params)
    rows = map_rows(communes, baseline, params, year)
    return views.map_table(scenario, rows, metric, year, method, lang)


@_view_cache(max_entries=32)
def map_deck(communes, baseline, params, metric, year, method, lang, present, layer, outline):
    """The true-shape map (``layer``, ``outline``: from :func:`boundaries` and
    :func:`district_outline`)."""
    table = map_table(communes, baseline, params, metric, year, method, lang)
    return views.map_deck(table, communes, layer, outline, lang, present)


@_view_cache(max_entries=256)
def map_tiles(communes, baseline, params, metric, year, method, lang, present, height, selected):
    """The tile map, with the commune ``selected`` outlined."""
    table = map_table(communes, baseline, params, metric, year, method, lang)
    return views.map_tiles(table, lang, height, selected, present)


@_view_cache(max_entries=128)
def commune_panel(communes, baseline, params: ScenarioParams, year: int, lang, present, code):
    """One commune's panel under the scenario, for ``year``."""
    rows = map_rows(communes, baseline, params, year)
    scenario = map_scenario(baseline, params)
    return views.commune_panel(scenario, rows, year, code, lang, present)


# --- the scenario page -----------------------------------------------------------------
# Everything it shows depends only on its inputs: the baseline and project tables in use, the
# scenario, the language and a setting of the page. Each part is a view, built once per such
# inputs (the setting GNBV_SCENARIO_CACHE_ENTRIES bounds each cache) and shared by all
# sessions: a rerun that changes nothing builds nothing, and a slider builds only the part on
# screen. Cached objects are never mutated.
SCENARIO_ENTRIES = CONFIG.scenario_cache_entries


@functools.lru_cache(maxsize=4)
def scenario_presets(data_dir: str) -> Presets:
    """The presets of the shipped data's published trend (the shipped data do not change
    while the process runs: see :func:`plan_data`)."""
    return Presets(published_trend(plan_data(data_dir=data_dir).district_poverty))


@_view_cache(max_entries=SCENARIO_ENTRIES)
def scenario_result(baseline: pd.DataFrame, params: ScenarioParams):
    """The projection of the baseline and its headline (gnbv.scenario.project,
    gnbv.scenario_view)."""
    result = project(baseline, params)
    return result, scenario_view.headline(result)


@_view_cache(max_entries=SCENARIO_ENTRIES)
def scenario_texts(baseline: pd.DataFrame, params: ScenarioParams, data_dir: str, lang: str):
    """The headline as shown: which preset is shown, the target (named once) and the
    headline's figures."""
    result, headline = scenario_result(baseline, params)
    trend = scenario_presets(data_dir=data_dir).trend
    return (
        scenario_view.preset_sentence(params, trend, lang),
        scenario_view.target_sentence(result, lang),
        scenario_view.headline_metrics(headline, lang),
    )


@_view_cache(max_entries=SCENARIO_ENTRIES)
def scenario_labels(params: ScenarioParams, poor_count: int, communes: int, lang: str):
    """The labels of the scenario's sliders (gnbv.scenario_view.control_labels)."""
    return scenario_view.control_labels(params, poor_count, communes, lang)


def _names(data_dir: str) -> dict[str, str]:
    communes = plan_data(data_dir=data_dir).communes
    return dict(zip(communes["code"].astype(str), communes["name"]))


@_view_cache(max_entries=SCENARIO_ENTRIES)
def scenario_communes(
    baseline: pd.DataFrame, params: ScenarioParams, threshold: float, data_dir: str, lang: str
):
    """The commune rows, and the table as shown (and as an Arrow table: st.dataframe would
    convert a pandas frame again on every run)."""
    result, _ = scenario_result(baseline, params)
    below = year_below(baseline, params, threshold)
    rows = scenario_view.commune_rows(result, _names(data_dir), below)
    table = scenario_view.commune_table(rows, result, threshold, lang)
    return rows, table, pa.Table.from_pandas(table.frame, preserve_index=False)


@dataclasses.dataclass(frozen=True)
class ScenarioCharts:
    """The scenario's charts with their text alternatives (tables), and the context line."""

    plan: object
    plan_table: pd.DataFrame
    context: str
    communes: object
    communes_table: pd.DataFrame


@_view_cache(max_entries=SCENARIO_ENTRIES)
def scenario_charts_view(
    baseline: pd.DataFrame, params: ScenarioParams, data_dir: str, lang: str, present: bool
) -> ScenarioCharts:
    """The district chart (plan against reality), its context sentence, and the communes'
    status chart, each with its table, for the view (``present``: the presentation view)."""
    result, _ = scenario_result(baseline, params)
    district_poverty = plan_data(data_dir=data_dir).district_poverty
    no_threshold = pd.DataFrame({"code": [], "year_below": []})
    rows = scenario_view.commune_rows(result, _names(data_dir), no_threshold)
    rate = PLAN.district_rate
    return ScenarioCharts(
        plan=scenario_charts.plan_against_reality(
            district_poverty, result, rate, lang, present=present
        ),
        plan_table=scenario_charts.plan_table(district_poverty, result, rate, lang),
        context=scenario_view.context_sentence(district_poverty, result, lang),
        communes=scenario_charts.commune_status_chart(rows, result, lang, present=present),
        communes_table=scenario_charts.commune_status_table(rows, result, lang),
    )


@_view_cache(max_entries=SCENARIO_ENTRIES)
def scenario_effort(
    baseline: pd.DataFrame, params: ScenarioParams, projects: pd.DataFrame, lang: str
):
    """What it would take (the solver's rate, None if out of reach), the livelihood funds
    and the money table."""
    result, _ = scenario_result(baseline, params)
    needed = required_other_rate(baseline, params)
    funds = livelihood_funds(projects)
    money = scenario_view.money_table(money_per_household(funds, result), lang)
    return needed, funds, money


@_view_cache(max_entries=SCENARIO_ENTRIES)
def scenario_compare(
    baseline: pd.DataFrame,
    named: tuple[tuple[str, ScenarioParams], ...],
    lang: str,
    present: bool,
):
    """Scenarios side by side: the summary table, the trajectories and their table."""
    results = {name: scenario_result(baseline, p)[0] for name, p in named}
    return (
        scenario_view.compare_summary(results, lang),
        scenario_charts.compare_chart(results, lang, present=present),
        scenario_charts.compare_table(results, lang),
    )


# --- the allocation page ---------------------------------------------------------------
# One entry per (inputs, language, view): a planner trying coefficients makes a few dozen; the
# public read-only site mostly the default. Each entry holds 19 rows and four small figures.
ALLOCATION_VIEWS = 64


@_view_cache(max_entries=8)
def allocation_page(
    communes: pd.DataFrame,
    baseline: pd.DataFrame,
    illustrative: bool,
    supplied,
    projects: pd.DataFrame,
    plan: PlanData,
    lang: str,
) -> _allocation_view.AllocationPage:
    """What the allocation page shows whatever its controls say (per data in use, uploaded
    criteria workbook (a ``gnbv.allocation.SuppliedCriteria`` or None) and language)."""
    return _allocation_view.page(
        communes,
        baseline,
        illustrative,
        supplied,
        projects,
        plan.allocation_rules,
        plan.citations,
        lang,
    )


@_view_cache(max_entries=8)
def allocation_shapes(
    criteria: pd.DataFrame, lang: str, present: bool, boundaries_path, outline_path
):
    """What every allocation of ``criteria`` shows alike in ``lang`` and the view
    (``gnbv.allocation_view.shapes``): a new allocation repaints it."""
    return _allocation_view.shapes(
        criteria,
        lang,
        present,
        boundaries(path=boundaries_path),
        district_outline(path=outline_path),
    )


@_view_cache(max_entries=ALLOCATION_VIEWS)
def allocation_view(
    criteria: pd.DataFrame,
    coefficients: Coefficients,
    funds: int,
    floors: tuple | None,
    caps: tuple | None,
    lang: str,
    present: bool,
    other: tuple[str, Coefficients] | None,
    boundaries_path: str,
    outline_path: str,
) -> _allocation_view.AllocationView:
    """The allocation page's results for these inputs in ``lang``, built once
    (``gnbv.allocation_view.build``; the page must not modify what it gets)."""
    return _allocation_view.build(
        criteria,
        coefficients,
        funds,
        floors,
        caps,
        lang=lang,
        present=present,
        other=other,
        boundaries=boundaries(path=boundaries_path),
        outline=district_outline(path=outline_path),
        shapes=allocation_shapes(criteria, lang, present, boundaries_path, outline_path),
    )


# --- the meeting briefs (gnbv.brief) -------------------------------------------------------
# A PDF (40-80 kB) per (view, language, link, day), made only when a download asks for it, from
# the same cached views as the page, and kept: a meeting's room prints the same brief many
# times. The day is part of the key: the brief says the date it was made.
BRIEFS = 16
BRIEF_THRESHOLD = 10.0  # the scenario's commune table: the year-below column is not printed


@_view_cache(max_entries=BRIEFS)
def home_brief(
    plan: PlanData, baseline: pd.DataFrame, illustrative: bool, uploaded: bool, link, lang, day
) -> bytes:
    """The home page's brief (``gnbv.brief.home``)."""
    view = home(plan, baseline, lang, False)
    base = map_base(plan.communes, baseline)
    return _home_brief.build(view, plan, base, illustrative, uploaded, link, lang, day)


@_view_cache(max_entries=BRIEFS)
def funding_brief(projects: pd.DataFrame, plan: PlanData, uploaded: bool, link, lang, day) -> bytes:
    """The funding page's brief (``gnbv.brief.funding``)."""
    view = funding_page(projects, plan, lang, False)
    return _funding_brief.build(view, plan, uploaded, link, lang, day)


@_view_cache(max_entries=BRIEFS)
def scenario_brief(
    baseline: pd.DataFrame,
    params: ScenarioParams,
    data_dir: str,
    illustrative: bool,
    uploaded: bool,
    link: str,
    lang: str,
    day,
) -> bytes:
    """The scenario page's brief (``gnbv.brief.scenario``), from the page's views."""
    _, headline = scenario_result(baseline, params)
    texts = scenario_texts(baseline, params, data_dir, lang)
    labels = scenario_labels(params, headline.poor_communes, headline.communes, lang)
    shown = scenario_charts_view(baseline, params, data_dir, lang, False)
    _, table, _ = scenario_communes(baseline, params, BRIEF_THRESHOLD, data_dir, lang)
    plan = plan_data(data_dir=data_dir)
    return _scenario_brief.build(
        params, texts, labels, shown, table, plan, illustrative, uploaded, link, lang, day
    )


@_view_cache(max_entries=BRIEFS)
def allocation_brief(
    criteria: pd.DataFrame,
    params: _allocation.AllocationParams,
    funds: int,
    funds_label: str,
    floors: tuple | None,
    caps: tuple | None,
    sources: dict,
    plan: PlanData,
    illustrative: bool,
    uploaded: bool,
    link: str,
    lang: str,
    day,
) -> bytes:
    """The allocation page's brief (``gnbv.brief.allocation``): the allocation the page's
    view makes of these inputs (``gnbv.allocation.allocate``)."""
    result = _allocation.allocate(criteria, params.coefficients, funds, floors, caps)
    return _allocation_brief.build(
        result, params, funds_label, sources, plan, illustrative, uploaded, link, lang, day
    )
