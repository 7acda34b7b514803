"""A chart or a map and its text alternative, the same on every page: the figure with a short
accessible name, and under it, one click away, a table of what it shows, formatted as on
screen (the table is built in ``gnbv`` next to the figure; drawn when unfolded)."""

from __future__ import annotations

import functools
from typing import Any

import pyarrow as pa
import streamlit as st

from gnbv import i18n
from gnbv.i18n import TextKeys, t
from ui.common import lang, tr
from ui.state import kept_fold

PLOTLY_CONFIG = {"displaylogo": False}
# plotly's toolbar words (the catalogue gnbv/i18n/plotly.py), by a name of ours.
PLOTLY_TEXT_KEYS: TextKeys = {
    "download": "plotly_download",
    "download_lower": "plotly_download_lower",
    "zoom": "plotly_zoom",
    "pan": "plotly_pan",
    "zoom_in": "plotly_zoom_in",
    "zoom_out": "plotly_zoom_out",
    "autoscale": "plotly_autoscale",
    "reset_axes": "plotly_reset_axes",
    "reset_view": "plotly_reset_view",
    "box_select": "plotly_box_select",
    "lasso_select": "plotly_lasso_select",
    "zoom_back": "plotly_zoom_back",
}


@functools.lru_cache(maxsize=len(i18n.LANGUAGES))
def plotly_locale(lg: str) -> dict[str, Any]:
    """plotly's ``config`` for the UI language: its toolbar's words from the translation table
    (plotly's own Vietnamese locale has none). Made once per language (a chart asked for it
    on every run); never change the dict returned."""
    words = {t(PLOTLY_TEXT_KEYS[w], "en"): t(PLOTLY_TEXT_KEYS[w], lg) for w in PLOTLY_TEXT_KEYS}
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
