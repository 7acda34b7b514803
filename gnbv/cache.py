"""The one module of gnbv that imports streamlit: cached, bounded loaders for the pages, and
the scenario page's results built once per (inputs, language)."""

from __future__ import annotations

import functools
import hashlib
import weakref
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa
import streamlit as st

from gnbv import allocation_view as _allocation_view
from gnbv import scenario_charts, scenario_view
from gnbv.allocation import Coefficients
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
# loaders below take their path from the caller, read per run, so a test can change it.
CONFIG = load_config()


@st.cache_resource(max_entries=4, show_spinner=False)
def plan_data(data_dir: str) -> PlanData:
    """The shipped data, validated once per process (it does not change while running)."""
    return load_plan_data(data_dir)


@st.cache_resource(max_entries=4, show_spinner=False)
def boundaries(path: str):
    """The boundary layer, or the :class:`BoundaryUnavailable` message as text."""
    try:
        return read_boundaries(path)
    except BoundaryUnavailable as exc:
        return str(exc)


@st.cache_resource(max_entries=4, show_spinner=False)
def district_outline(path: str):
    """The district outline layer, or the :class:`BoundaryUnavailable` message as text."""
    try:
        return read_district_outline(path)
    except BoundaryUnavailable as exc:
        return str(exc)


# --- the scenario page -----------------------------------------------------------------
# Everything it shows depends only on its inputs: the baseline and project tables in use
# (named by a fingerprint of their content), the scenario, the language and a setting of
# the page. Each part is built once per such inputs and kept in a bounded LRU cache (the
# setting GNBV_SCENARIO_CACHE_ENTRIES), shared by all sessions: a rerun that changes nothing
# builds nothing, and a slider builds only the part on screen. functools.lru_cache rather
# than st.cache_resource: every key here is a hashable value (ScenarioParams is a frozen
# dataclass), and Streamlit's cache inspects and hashes each argument on every call, which
# cost more than the lookups it saves on this page. Cached objects are never mutated.
SCENARIO_ENTRIES = CONFIG.scenario_cache_entries
_FINGERPRINTS: dict[int, tuple[weakref.ref, str]] = {}
# The tables in use by fingerprint, for the cached functions (which take the fingerprint).
_TABLES: weakref.WeakValueDictionary[str, pd.DataFrame] = weakref.WeakValueDictionary()


def fingerprint(frame: pd.DataFrame) -> str:
    """A short hash of a table's content, computed once per table object (the tables in use
    are never changed in place: an upload makes a new one); the table is then known by it."""
    known = _FINGERPRINTS.get(id(frame))
    if known is not None and known[0]() is frame:
        return known[1]
    digest = hashlib.blake2b(
        pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes(), digest_size=12
    ).hexdigest()
    key = id(frame)
    _FINGERPRINTS[key] = (weakref.ref(frame, lambda _: _FINGERPRINTS.pop(key, None)), digest)
    _TABLES[digest] = frame
    return digest


@functools.lru_cache(maxsize=4)
def scenario_presets(data_dir: str) -> Presets:
    """The presets of the shipped data's published trend (the shipped data do not change
    while the process runs: see :func:`plan_data`)."""
    return Presets(published_trend(plan_data(data_dir).district_poverty))


@functools.lru_cache(maxsize=SCENARIO_ENTRIES)
def scenario_result(baseline_key: str, params: ScenarioParams):
    """The projection of the baseline known by ``baseline_key`` (:func:`fingerprint`) and
    its headline (gnbv.scenario.project, gnbv.scenario_view)."""
    result = project(_TABLES[baseline_key], params)
    return result, scenario_view.headline(result)


@functools.lru_cache(maxsize=SCENARIO_ENTRIES)
def scenario_texts(baseline_key: str, params: ScenarioParams, data_dir: str, lang: str):
    """The sentences of the headline: which preset is shown, and the target, named once."""
    result, _ = scenario_result(baseline_key, params)
    trend = scenario_presets(data_dir).trend
    return (
        scenario_view.preset_sentence(params, trend, lang),
        scenario_view.target_sentence(result, lang),
    )


@functools.lru_cache(maxsize=SCENARIO_ENTRIES)
def scenario_labels(params: ScenarioParams, poor_count: int, communes: int, lang: str):
    """The labels of the scenario's sliders (gnbv.scenario_view.control_labels)."""
    return scenario_view.control_labels(params, poor_count, communes, lang)


def _names(data_dir: str) -> dict[str, str]:
    communes = plan_data(data_dir).communes
    return dict(zip(communes["code"].astype(str), communes["name"]))


@functools.lru_cache(maxsize=SCENARIO_ENTRIES)
def scenario_communes(
    baseline_key: str, params: ScenarioParams, threshold: float, data_dir: str, lang: str
):
    """The commune rows, and the table as shown (and as an Arrow table: st.dataframe would
    convert a pandas frame again on every run)."""
    result, _ = scenario_result(baseline_key, params)
    below = year_below(_TABLES[baseline_key], params, threshold)
    rows = scenario_view.commune_rows(result, _names(data_dir), below)
    table = scenario_view.commune_table(rows, result, threshold, lang)
    return rows, table, pa.Table.from_pandas(table.frame, preserve_index=False)


@dataclass(frozen=True)
class ScenarioCharts:
    """The scenario's charts with their text alternatives (tables), and the context line."""

    plan: object
    plan_table: pd.DataFrame
    context: str
    communes: object
    communes_table: pd.DataFrame


@functools.lru_cache(maxsize=SCENARIO_ENTRIES)
def scenario_charts_view(
    baseline_key: str, params: ScenarioParams, data_dir: str, lang: str, present: bool
) -> ScenarioCharts:
    """The district chart (plan against reality), its context sentence, and the communes'
    status chart, each with its table, for the view (``present``: the presentation view)."""
    result, _ = scenario_result(baseline_key, params)
    district_poverty = plan_data(data_dir).district_poverty
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


@functools.lru_cache(maxsize=SCENARIO_ENTRIES)
def scenario_effort(baseline_key: str, params: ScenarioParams, projects_key: str, lang: str):
    """What it would take (the solver's rate, None if out of reach), the livelihood funds
    and the money table."""
    result, _ = scenario_result(baseline_key, params)
    needed = required_other_rate(_TABLES[baseline_key], params)
    funds = livelihood_funds(_TABLES[projects_key])
    money = scenario_view.money_table(money_per_household(funds, result), lang)
    return needed, funds, money


@functools.lru_cache(maxsize=SCENARIO_ENTRIES)
def scenario_compare(
    baseline_key: str, named: tuple[tuple[str, ScenarioParams], ...], lang: str, present: bool
):
    """Scenarios side by side: the summary table, the trajectories and their table."""
    results = {name: scenario_result(baseline_key, p)[0] for name, p in named}
    return (
        scenario_view.compare_summary(results, lang),
        scenario_charts.compare_chart(results, lang, present=present),
        scenario_charts.compare_table(results, lang),
    )


# One entry per (inputs, language, view): a planner trying coefficients makes a few dozen; the
# public read-only site mostly the default. Each entry holds 19 rows and four small figures.
ALLOCATION_VIEWS = 64


@st.cache_resource(max_entries=ALLOCATION_VIEWS, show_spinner=False)
def allocation_view(
    criteria,
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
        boundaries=boundaries(boundaries_path),
        outline=district_outline(outline_path),
    )
