"""A chart or a map and its text alternative, the same on every page: the figure with a short
accessible name, and under it, one click away, a table of what it shows, formatted as on
screen (the table is built in ``gnbv`` next to the figure; drawn when unfolded)."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import streamlit as st

from gnbv import i18n
from ui.common import lang, tr
from ui.state import kept_fold

PLOTLY_CONFIG = {"displaylogo": False}
PLOTLY_WORDS = [key for key in i18n.TEXT if key.startswith("plotly_")]


def plotly_locale(lg: str) -> dict[str, Any]:
    """plotly's ``config`` for the UI language: its toolbar's words from the translation table
    (plotly's own Vietnamese locale has none)."""
    words = {i18n.t(k, "en"): i18n.t(k, lg) for k in PLOTLY_WORDS}
    return {"locale": lg, "locales": {lg: {"dictionary": words}}}


def figure_table(table: pa.Table, label: str, *, key: str) -> None:
    """``table`` in a folded expander (a plain HTML table: read in full by screen readers,
    wrapping on a phone), named ``label``. The table is drawn only while the expander is
    open (:func:`ui.state.kept_fold`): folded, it cost each run a conversion and a message
    for nobody to see, a fifth of a millisecond a table. ``key`` keeps it open across reruns
    and a change of language. The table is Arrow, converted once where its view is built
    (``gnbv.arrow``)."""
    fold = kept_fold(label, key=key, icon=":material/table_view:")
    if fold.open:
        fold.table(table, hide_index=True, alt=label)


def plotly_chart(fig, table: pa.Table, *, alt: str, key: str, **kwargs: Any):
    """``st.plotly_chart`` with an accessible name (``alt``) and the text alternative below.
    ``kwargs`` go to ``st.plotly_chart`` (``config`` is merged with :data:`PLOTLY_CONFIG`);
    returns what it returns (the selection state, with ``on_select``)."""
    config = {**PLOTLY_CONFIG, **plotly_locale(lang()), **kwargs.pop("config", {})}
    state = st.plotly_chart(fig, key=key, alt=alt, config=config, **kwargs)
    figure_table(table, tr("chart_table_of", chart=alt), key=f"{key}_table")
    return state
