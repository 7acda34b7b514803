"""The allocation's result as the page draws it: the notice on the coefficients, the headline
figures, the table by commune, the two maps of the amounts, and the comparison with another
coefficient set (each figure with its table, its text alternative, one click away)."""

from __future__ import annotations

import streamlit as st

from gnbv import allocation as al
from gnbv import cache, fmt
from gnbv.errors import BOUNDARY_TEXT_KEYS
from gnbv.maps.deck import view_size
from gnbv.settings import load_config
from ui.charts import figure_table, plotly_chart
from ui.common import presenting, tr
from ui.maps import legend

MAP_CONFIG = {"displayModeBar": False}  # as the map page's tile map


def coefficient_notice(coefficients: al.Coefficients) -> None:
    if coefficients.is_neutral:
        st.info(tr("alc_neutral_notice"), icon=":material/balance:")
    else:
        st.info(tr("alc_custom_notice"), icon=":material/edit_note:")


def metrics(view) -> None:
    figures = view.metrics
    row = st.container(horizontal=True)  # one block, where four columns were five
    row.metric(tr("alc_metric_funds"), figures["funds"])
    row.metric(tr("alc_metric_points"), figures["points"])
    row.metric(
        tr("alc_metric_per_point"), figures["per_point"], help=tr("alc_metric_per_point_help")
    )
    row.metric(tr("alc_metric_bound"), figures["bound"], help=tr("alc_metric_bound_help"))
    if view.result.bound_count:
        st.caption(
            tr(
                "alc_bound_caption",
                value=figures["per_point_free"],
                spreads=view.result.iterations,
            )
        )


def commune_table(table) -> None:
    """A table with a row per commune, named by its index (Arrow, from ``gnbv``). Eight
    columns do not fit a phone: there, a grid whose columns scroll under the pinned names (an
    HTML table would scroll in a region the keyboard cannot reach); in the presentation view
    (a wide screen) an HTML table, whose text grows with the view's (the grid's does not)."""
    if presenting():
        st.table(table)
    else:
        # 19 rows: no lazy loading (deciding it costs a config lookup under a lock)
        st.dataframe(table, height="content", placeholder=fmt.DASH, lazy=False)


def maps(view) -> None:
    """The true-shape map and the tile map of the amounts, as the map page's, each with the
    maps' table (their text alternative) one click away."""
    legend(view.classes, tr("alc_legend"), tr("alc_legend_note"))
    shape_col, tile_col = st.columns([3, 2])
    with shape_col:
        st.subheader(tr("map_shape"))
        if view.deck is None:
            layer = cache.boundaries(str(load_config().boundaries))
            message = (
                tr(BOUNDARY_TEXT_KEYS[layer])
                if isinstance(layer, str)
                else tr("alc_codes_mismatch")
            )
            st.error(tr("map_boundary_missing", message=message), icon=":material/map:")
        else:
            st.pydeck_chart(
                view.deck,
                height=view_size(presenting())[1],
                key="alc_deck",
                alt=tr("alc_map_alt"),
            )
            label = tr("chart_table_of", chart=tr("map_shape"))
            figure_table(view.map_table, label, key="alc_deck_table")
    with tile_col:
        st.subheader(tr("map_tiles"), help=tr("map_tiles_help"))
        plotly_chart(
            view.tiles, view.map_table, alt=tr("alc_tiles_alt"), key="alc_tiles", config=MAP_CONFIG
        )


def compare(view) -> None:
    compared = view.compared
    if compared.error:
        st.warning(tr("alc_compare_error", name=compared.name, error=compared.error))
        st.table(compared.coefficients)
        return
    st.caption(tr("alc_compare_summary", name=compared.name, **compared.summary))
    side, chart = st.columns([2, 3])
    with side:
        st.table(compared.coefficients)
    with chart:
        plotly_chart(
            compared.figure,
            compared.table,
            alt=tr("alc_compare_alt", name=compared.name),
            key="alc_compare_chart",
        )
