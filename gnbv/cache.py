"""The one module of gnbv that imports streamlit: the caches, every one bounded.

Two kinds:

* loaders of the shipped files (the data, the boundaries), once per process;
* views (:mod:`gnbv.views`): what a page shows, built once per (inputs, language) and shared
  by every session that asks for the same. A view's inputs include the data in use, which a
  planner may have uploaded in their session: DataFrames are keyed by their content
  (:func:`fingerprint`), hashed once per object, so a page's run pays a dictionary lookup,
  not a hash of its tables.
"""

from __future__ import annotations

import hashlib
import pickle
import threading
import weakref

import pandas as pd
import streamlit as st

from gnbv import views
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


# --- keys of the views -----------------------------------------------------------------------

_FINGERPRINTS: dict[int, tuple[weakref.ref, str]] = {}
_FINGERPRINTS_LOCK = threading.Lock()


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


def fingerprint(obj) -> str:
    """A digest of a DataFrame's, Series' or PlanData's content, computed once per object
    (the data in use is never changed in place: an upload makes a new object)."""
    key = id(obj)
    entry = _FINGERPRINTS.get(key)
    if entry is not None and entry[0]() is obj:
        return entry[1]
    digest = _content_hash(obj)

    def forget(_ref, key=key):
        with _FINGERPRINTS_LOCK:
            if _FINGERPRINTS.get(key, (None,))[0] is _ref:
                del _FINGERPRINTS[key]

    with _FINGERPRINTS_LOCK:
        _FINGERPRINTS[key] = (weakref.ref(obj, forget), digest)
    return digest


HASH_FUNCS = {pd.DataFrame: fingerprint, pd.Series: fingerprint, PlanData: fingerprint}


def _view_cache(max_entries: int):
    return st.cache_resource(max_entries=max_entries, show_spinner=False, hash_funcs=HASH_FUNCS)


# --- the views -------------------------------------------------------------------------------


@_view_cache(max_entries=8)
def home(plan: PlanData, baseline: pd.DataFrame, lang: str) -> views.Home:
    """The home page (per language and commune baseline in use)."""
    return views.home(plan, baseline, lang)


@_view_cache(max_entries=16)
def funding_page(projects: pd.DataFrame, plan: PlanData, lang: str, present: bool):
    """The Funding page (per project table in use, language and presentation view)."""
    return views.funding_page(projects, plan, lang, present)
