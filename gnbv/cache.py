"""The one module of gnbv that imports streamlit: cached, bounded loaders for the pages."""

from __future__ import annotations

import streamlit as st

from gnbv.data import PlanData, load_plan_data
from gnbv.errors import BoundaryUnavailable
from gnbv.geo import read_boundaries, read_district_outline
from gnbv.settings import load_config

CONFIG = load_config()
_TTL = CONFIG.cache_ttl_s
_MAX = CONFIG.cache_max_entries


@st.cache_resource(max_entries=4, show_spinner=False)
def plan_data(data_dir: str = str(CONFIG.data_dir)) -> PlanData:
    """The shipped data, validated once per process (it does not change while running)."""
    return load_plan_data(data_dir)


@st.cache_resource(max_entries=4, show_spinner=False)
def boundaries(path: str = str(CONFIG.boundaries)):
    """The boundary layer, or the :class:`BoundaryUnavailable` message as text."""
    try:
        return read_boundaries(path)
    except BoundaryUnavailable as exc:
        return str(exc)


@st.cache_resource(max_entries=4, show_spinner=False)
def district_outline(path: str = str(CONFIG.district_outline)):
    """The district outline layer, or the :class:`BoundaryUnavailable` message as text."""
    try:
        return read_district_outline(path)
    except BoundaryUnavailable as exc:
        return str(exc)


def cached_data(**kwargs):
    """Decorator for pure, hashable computations of the pages, bounded by the settings."""
    return st.cache_data(ttl=_TTL, max_entries=_MAX, show_spinner=False, **kwargs)
