"""The "PDF brief" button of a page: an A4 brief of what the page shows with the choices in
force, in the UI language (gnbv.brief), made only when the button is clicked and cached per
view, language and day (gnbv.cache). No control changes anything: the read-only deployment
has it too, and the presentation view (the same pages) as well."""

from __future__ import annotations

from datetime import date

import streamlit as st

from gnbv import cache
from gnbv import url_state as us
from gnbv.brief.frame import view_link
from gnbv.i18n import t
from gnbv.settings import load_config
from ui.allocation import UPLOADED_CRITERIA_KEY
from ui.common import (
    UPLOADED_BASELINE_KEY,
    UPLOADED_PROJECTS_KEY,
    commune_baseline,
    data,
    lang,
    projects,
)
from ui.nav import PAGES

# The page's URL path (ui.nav.PAGES; "" for the home page, the default) by brief.
PATHS = {
    kind: next(p[3] or "" for p in PAGES if p[0] == f"pages/{script}")
    for kind, script in (
        ("home", "home.py"),
        ("funding", "funding.py"),
        ("scenario", "scenarios.py"),
        ("allocation", "allocation.py"),
    )
}
FILE_NAMES = {
    "home": "ban-tin-gnbv-bac-ha-2022.pdf",
    "funding": "ban-tin-kinh-phi-gnbv-bac-ha-2022.pdf",
    "scenario": "ban-tin-kich-ban-gnbv-bac-ha.pdf",
    "allocation": "ban-tin-phan-bo-gnbv-bac-ha.pdf",
}


def _uploaded(key: str) -> bool:
    return st.session_state.get(key) is not None


def _home():
    baseline, illustrative = commune_baseline()
    uploaded = _uploaded(UPLOADED_BASELINE_KEY)
    return {}, lambda link, lg, day: cache.home_brief(
        data(), baseline, illustrative, uploaded, link, lg, day
    )


def _funding():
    table, plan, uploaded = projects(), data(), _uploaded(UPLOADED_PROJECTS_KEY)
    return {}, lambda link, lg, day: cache.funding_brief(table, plan, uploaded, link, lg, day)


def _scenario(params):
    from ui.scenario import presets  # ui.scenario imports ui.common, as this module does

    baseline, illustrative = commune_baseline()
    uploaded = _uploaded(UPLOADED_BASELINE_KEY)
    data_dir = str(load_config().data_dir)
    query = us.params_to_query(params, presets())
    return query, lambda link, lg, day: cache.scenario_brief(
        baseline, params, data_dir, illustrative, uploaded, link, lg, day
    )


def _allocation(shown, params, funds, funds_label, floors, caps):
    _, illustrative = commune_baseline()
    uploaded = _uploaded(UPLOADED_BASELINE_KEY) or _uploaded(UPLOADED_CRITERIA_KEY)
    plan = data()
    query = us.allocation_to_query(params)
    return query, lambda link, lg, day: cache.allocation_brief(
        shown.criteria,
        params,
        funds,
        funds_label,
        floors,
        caps,
        shown.sources,
        plan,
        illustrative,
        uploaded,
        link,
        lg,
        day,
    )


INPUTS = {"home": _home, "funding": _funding, "scenario": _scenario, "allocation": _allocation}


def brief_button(kind: str, *view) -> None:
    """The "PDF brief" download of the page ``kind`` ("home", "funding", "scenario",
    "allocation"); ``view``: what the page's state holds that the brief needs (the scenario:
    its params; the allocation: the page's view, its params, funds, funds' label, floors and
    caps). Everything is taken now: the download runs at click time, outside the session."""
    lg = lang()
    query, make = INPUTS[kind](*view)
    link = view_link(load_config().public_url, PATHS[kind], query, lg)
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
