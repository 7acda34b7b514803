"""Map pieces the pages share: the legend and the small tile map of the home page."""

from __future__ import annotations

import html

import streamlit as st

from gnbv.maps.classes import METRIC_TEXT_KEYS, Classes
from gnbv.views.home import TileMap
from ui.charts import plotly_chart
from ui.common import illustrative_notice, tr


def legend(classes: Classes, title: str, note: str) -> None:
    """The classes with their colours and units, and a note, above the map views."""
    swatches = " ".join(
        '<span style="white-space:nowrap">'
        f'<span style="display:inline-block;width:14px;height:14px;background:{colour};'
        'border:1px solid #777;vertical-align:middle;margin:0 4px 0 12px"></span>'
        f"{html.escape(label)}</span>"
        for colour, label in classes.legend
    )
    st.markdown(
        f"**{html.escape(title)}:** {swatches}<br><small>{html.escape(note)}</small>",
        unsafe_allow_html=True,
    )


def tile_map(figure, table, metric: str, key: str, **kwargs):
    """The equal-area tile map coloured like the true-shape map (``figure``, built once by
    ``gnbv.views.home``), named, with its table (the map's text alternative). ``kwargs`` go to
    ``st.plotly_chart`` (``on_select``…); returns what it returns."""
    return plotly_chart(
        figure,
        table,
        alt=tr("map_tiles_alt", metric=tr(METRIC_TEXT_KEYS[metric])),
        key=key,
        config={"displayModeBar": False},
        **kwargs,
    )


def small_tile_map(tiles: TileMap) -> None:
    """The home page's small map: the tile grid by baseline poor rate, linking to the map."""
    st.subheader(tr("map_home"))
    left, side = st.columns([1, 1])
    with side:
        illustrative_notice()
        # the tile map's note under the legend's: one element (the map page is linked below)
        note = f"{tr('map_legend_note')} {tr('map_tiles_help')}"
        legend(tiles.classes, tr(METRIC_TEXT_KEYS[tiles.metric]), note)
    with left:
        tile_map(tiles.figure, tiles.table, tiles.metric, key="home_tiles")
