"""The one module of gnbv that imports streamlit: cached, bounded loaders for the pages."""

from __future__ import annotations

import streamlit as st

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
