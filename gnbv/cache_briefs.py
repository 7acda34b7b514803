"""The meeting briefs' caches (:mod:`gnbv.brief`): each brief built from the same cached views
as its page (:mod:`gnbv.cache`) and kept like any view, by the same mechanism."""

from __future__ import annotations

from datetime import date

from gnbv import allocation as _allocation
from gnbv.brief import allocation as _allocation_brief
from gnbv.brief import funding as _funding_brief
from gnbv.brief import home as _home_brief
from gnbv.brief import progress as _progress_brief
from gnbv.brief import scenario as _scenario_brief
from gnbv.cache import (
    _view,
    funding_page,
    home,
    map_base,
    plan_data,
    progress_page,
    scenario_charts_view,
    scenario_communes,
    scenario_labels,
    scenario_result,
    scenario_texts,
)
from gnbv.data import PlanData
from gnbv.scenario import ScenarioParams
from gnbv.scenario_start import ScenarioStart
from gnbv.versioned import Versioned
from gnbv.views.scenario import start_sentence

# --- the meeting briefs (gnbv.brief) ----------------------------------------------------
# A PDF (40-80 kB) per (view, language, link, day), made only when a download asks for it, from
# the same cached views as the page, and kept like any view: a meeting's room prints the same
# brief many times. The day is part of the key: the brief says the date it was made. Whether
# the data in use was uploaded is its Versioned's ``shipped``, said in the brief.
BRIEF_THRESHOLD = 10.0  # the scenario's commune table: the year-below column is not printed


@_view
def home_brief(
    plan: PlanData, baseline: Versioned, illustrative: bool, link: str, lang: str, day: date
) -> bytes:
    """The home page's brief (``gnbv.brief.home``)."""
    view = home(plan, baseline, lang, False)
    base = map_base(plan, baseline)
    uploaded = not baseline.shipped
    return _home_brief.build(view, plan, base, illustrative, uploaded, link, lang, day)


@_view
def funding_brief(projects: Versioned, plan: PlanData, link: str, lang: str, day: date) -> bytes:
    """The funding page's brief (``gnbv.brief.funding``)."""
    view = funding_page(projects, plan, lang, False)
    return _funding_brief.build(view, plan, not projects.shipped, link, lang, day)


@_view
def scenario_brief(
    start: ScenarioStart,
    params: ScenarioParams,
    data_dir: str,
    link: str,
    lang: str,
    day: date,
) -> bytes:
    """The scenario page's brief (``gnbv.brief.scenario``), from the page's views of the data
    the scenario starts from (``start``: gnbv.scenario_start)."""
    baseline = start.data
    _, headline = scenario_result(baseline, params)
    texts = scenario_texts(baseline, params, data_dir, lang)
    labels = scenario_labels(params, headline.poor_communes, headline.communes, lang)
    shown = scenario_charts_view(baseline, params, data_dir, lang, False)
    _, table, _ = scenario_communes(baseline, params, BRIEF_THRESHOLD, data_dir, lang)
    plan = plan_data(data_dir=data_dir)
    return _scenario_brief.build(
        params,
        texts,
        labels,
        shown,
        table,
        plan,
        start_sentence(start, len(plan.communes), lang),
        start.illustrative,
        start.uploaded,
        link,
        lang,
        day,
    )


@_view
def allocation_brief(
    criteria: Versioned,
    params: _allocation.AllocationParams,
    funds: int,
    funds_label: str,
    floors: tuple | None,
    caps: tuple | None,
    sources: dict,
    plan: PlanData,
    illustrative: bool,
    link: str,
    lang: str,
    day: date,
) -> bytes:
    """The allocation page's brief (``gnbv.brief.allocation``) of ``criteria`` (the
    allocation page's, :func:`allocation_page`): the allocation its view makes of these
    inputs (``gnbv.allocation.allocate``)."""
    result = _allocation.allocate(criteria.frame, params.coefficients, funds, floors, caps)
    uploaded = not criteria.shipped
    return _allocation_brief.build(
        result, params, funds_label, sources, plan, illustrative, uploaded, link, lang, day
    )


@_view
def progress_brief(
    plan: PlanData,
    series: Versioned,
    params: ScenarioParams,
    illustrative: bool,
    link: str,
    lang: str,
    day: date,
) -> bytes:
    """The progress page's brief (``gnbv.brief.progress``), from the page's view."""
    view = progress_page(plan, series, params, lang, False)
    return _progress_brief.build(view, plan, illustrative, not series.shipped, link, lang, day)
