"""The one module of gnbv that imports streamlit: cached, bounded loaders for the pages."""

from __future__ import annotations

import streamlit as st

from gnbv import allocation_view as _allocation_view
from gnbv.allocation import Coefficients
from gnbv.data import PlanData, load_plan_data
from gnbv.errors import BoundaryUnavailable
from gnbv.geo import read_boundaries, read_district_outline
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
