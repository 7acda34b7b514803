"""Map pieces the pages share: the legend and the small tile map of the home page."""

from __future__ import annotations

import html

import streamlit as st

from gnbv import maps
from ui.charts import plotly_chart
from ui.common import commune_baseline, data, illustrative_notice, lang, presenting, tr


def legend(classes: maps.Classes, title: str, note: str) -> None:
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


def tile_map(
    table,
    classes: maps.Classes,
    metric: str,
    height: int,
    key: str,
    map_table=None,
    year: int | None = None,
    selected: str | None = None,
    **kwargs,
):
    """The equal-area tile map coloured like the true-shape map, named, with its table (the
    map's text alternative: ``map_table``, else built here). ``kwargs`` go to
    ``st.plotly_chart`` (``on_select``…); returns what it returns."""
    lg = lang()
    return plotly_chart(
        maps.tile_grid_figure(
            maps.read_tile_grid(),
            table,
            classes,
            lg,
            year,
            height=height,
            selected=selected,
            present=presenting(),
            metric=metric,
        ),
        maps.commune_table(table, metric, classes, lg) if map_table is None else map_table,
        alt=tr("map_tiles_alt", metric=tr(f"map_metric_{metric}")),
        key=key,
        config={"displayModeBar": False},
        **kwargs,
    )


def small_tile_map() -> None:
    """The home page's small map: the tile grid by baseline poor rate, linking to the map."""
    lg = lang()
    baseline, _ = commune_baseline()
    table = maps.baseline_table(data().communes, baseline)
    metric = "poor_rate"
    classes = maps.classes_for(table, metric, lg)
    st.subheader(tr("map_home"))
    tiles, side = st.columns([1, 1])
    with side:
        illustrative_notice()
        legend(classes, tr("map_metric_poor_rate"), tr("map_legend_note"))
        st.caption(tr("map_tiles_help"))
        st.page_link("pages/map.py", label=tr("map_home_link"), icon=":material/map:")
    with tiles:
        tile_map(table, classes, metric, height=420, key="home_tiles")
