"""The "PDF brief" button of a page: an A4 brief of what the page shows with the choices in
force, in the UI language (gnbv.brief), made only when the button is clicked and cached per
view, language and day (gnbv.cache). No control changes anything: the read-only deployment
has it too, and the presentation view (the same pages) as well."""

from __future__ import annotations

from datetime import date

import streamlit as st

from gnbv import cache_briefs
from gnbv.brief.frame import view_link
from gnbv.i18n import t
from gnbv.settings import load_config
from ui.common import commune_baseline, data, lang, projects, review_series
from ui.nav import PAGES

# The page's URL path ("" for the home page, the default) and the states it holds in its URL
# (ui.nav.PAGES), by brief.
SCRIPTS = {
    "home": "app_pages/home.py",
    "funding": "app_pages/funding.py",
    "scenario": "app_pages/scenarios.py",
    "allocation": "app_pages/allocation.py",
    "progress": "app_pages/progress.py",
}
ROWS = {kind: next(row for row in PAGES if row[0] == script) for kind, script in SCRIPTS.items()}
FILE_NAMES = {
    "home": "ban-tin-gnbv-bac-ha-2022.pdf",
    "funding": "ban-tin-kinh-phi-gnbv-bac-ha-2022.pdf",
    "scenario": "ban-tin-kich-ban-gnbv-bac-ha.pdf",
    "allocation": "ban-tin-phan-bo-gnbv-bac-ha.pdf",
    "progress": "ban-tin-tien-do-gnbv-bac-ha.pdf",
}


def page_query(kind: str) -> dict[str, str]:
    """The query parameters of the page ``kind``'s states, as ``ui.state.sync_url`` writes
    them (the language apart: ``view_link`` adds it)."""
    query: dict[str, str] = {}
    for state in ROWS[kind][3]:
        query.update(state.codec.to_query(state.params()))
    return query


def _home():
    baseline, illustrative = commune_baseline()
    return lambda link, lg, day: cache_briefs.home_brief(
        data(), baseline, illustrative, link, lg, day
    )


def _funding():
    table, plan = projects(), data()
    return lambda link, lg, day: cache_briefs.funding_brief(table, plan, link, lg, day)


def _scenario(params, start):
    data_dir = str(load_config().data_dir)
    return lambda link, lg, day: cache_briefs.scenario_brief(start, params, data_dir, link, lg, day)


def _allocation(shown, params, funds, funds_label, floors, caps):
    _, illustrative = commune_baseline()
    plan = data()
    return lambda link, lg, day: cache_briefs.allocation_brief(
        shown.criteria,
        params,
        funds,
        funds_label,
        floors,
        caps,
        shown.sources,
        plan,
        illustrative,
        link,
        lg,
        day,
    )


def _progress(params):
    series, illustrative = review_series()
    plan = data()
    return lambda link, lg, day: cache_briefs.progress_brief(
        plan, series, params, illustrative, link, lg, day
    )


INPUTS = {
    "home": _home,
    "funding": _funding,
    "scenario": _scenario,
    "allocation": _allocation,
    "progress": _progress,
}


def brief_button(kind: str, *view) -> None:
    """The "PDF brief" download of the page ``kind`` ("home", "funding", "scenario",
    "allocation", "progress"); ``view``: what the page shows that the brief needs (the
    scenario page: the scenario's params and where it starts, gnbv.scenario_start; the progress
    page: the scenario's params; the allocation: the page's view,
    its params, funds, funds' label, floors and caps). Everything is taken now: the download
    runs at click time, outside the session."""
    lg = lang()
    make = INPUTS[kind](*view)
    link = view_link(load_config().public_url, ROWS[kind][2] or "", page_query(kind), lg)
    day = date.today()
    st.download_button(
        t("brief_button", lg),
        data=lambda: make(link, lg, day),
        file_name=FILE_NAMES[kind],
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        key=f"brief_{kind}",
        help=t("brief_help", lg),
        on_click="ignore",
    )
