"""The one streamlit part of the caches: each session's store of the views of the data it
uploaded (:class:`gnbv.cache.ViewStore`), kept in the session's state, so those views go
when the session goes (the shared store holds views of the shipped data only)."""

from __future__ import annotations

import streamlit as st

from gnbv import cache

STORE_KEY = "_gnbv_view_store"  # the session's ViewStore (never a widget's key)


def session_store() -> cache.ViewStore | None:
    """The running session's store of views, made on its first upload's first view; None
    outside a script run."""
    try:
        store = st.session_state.get(STORE_KEY)
        if store is None:
            store = st.session_state[STORE_KEY] = cache.ViewStore(cache.session_store_budget())
        return store
    except Exception:  # no session (a thread of its own, a bare script): not kept
        return None


cache.use_session_stores(session_store)
