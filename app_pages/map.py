"""Map: the 19 communes of 2022 coloured by a metric, as a true-shape map (pydeck, no basemap)
and an equal-area tile grid; a commune's panel under the scenario in force."""

from dataclasses import replace

import streamlit as st

from gnbv import cache, fmt
from gnbv.errors import BOUNDARY_TEXT_KEYS
from gnbv.i18n import t
from gnbv.maps.classes import CLASS_METHOD_TEXT_KEYS, METRIC_TEXT_KEYS, METRICS
from gnbv.maps.deck import MAP_HEIGHT_PX
from gnbv.page_params import CLASS_METHODS, MapParams
from gnbv.settings import load_config
from gnbv.views import map as map_view
from ui.charts import figure_table, plotly_chart
from ui.common import data, illustrative_notice, lang, presenting, scenario_start, tr
from ui.maps import legend, tile_map
from ui.page_states import MAP, SCENARIO
from ui.state import fragment, url_notices

DECK_KEY = "map_deck"
TILES_KEY = "map_tiles"

lg = lang()
present = presenting()
plan_data = data()
start = scenario_start()  # the scenario page's start: the map shows the same scenario
baseline = start.data
params = SCENARIO.params()
scenario = cache.map_scenario(baseline, params)
names = cache.commune_names(plan_data)


def _pick(code) -> None:
    if code in names:
        MAP.set(replace(MAP.params(), commune=code))


def _from_deck() -> None:
    objects = (st.session_state.get(DECK_KEY) or {}).get("selection", {}).get("objects", {})
    for feature in objects.get("communes", []):
        _pick(str((feature.get("properties") or {}).get("code")))


def _from_tiles() -> None:
    points = (st.session_state.get(TILES_KEY) or {}).get("selection", {}).get("points", [])
    for point in points:
        _pick(str(point.get("customdata")))


st.title(tr("map_title"))
st.caption(tr("map_intro"))
illustrative_notice(start.illustrative)

summary, change = st.columns([3, 1], vertical_alignment="center")
summary.caption(map_view.scenario_caption(params, scenario.result.horizon, lg))
change.page_link("app_pages/scenarios.py", label=tr("map_scenario_change"), icon=":material/tune:")


def _checked() -> MapParams:
    """The map's parameters; a year or commune the data lacks is refused (URL key named)."""
    shown = MAP.params()
    if shown.year is not None and shown.year not in scenario.years:
        shown = MAP.reject("year", "y")
    if shown.commune is not None and shown.commune not in names:
        shown = MAP.reject("commune", "xa")
    return shown


def _controls(shown: MapParams) -> tuple[str, int, str]:
    """The metric, the year and the classing the map is drawn with."""
    metric_col, year_col, class_col = st.columns([3, 2, 2])
    metric = MAP.control(
        metric_col.selectbox,
        "metric",
        tr("map_metric"),
        options=list(METRICS),
        format_func=lambda m: t(METRIC_TEXT_KEYS[m], lg),  # lg bound: AppTest calls it too
    )
    year = scenario.result.horizon
    if metric in ("projected_poor_rate", "households_to_lift") and len(scenario.years) > 1:
        year = MAP.control(
            year_col.select_slider,
            "year",
            tr("map_year"),
            value=shown.year or year,
            options=scenario.years,
        )
    method = "fixed"
    if METRICS[metric].unit != "status":
        method = MAP.control(
            class_col.radio,
            "classing",
            tr("map_classes"),
            options=list(CLASS_METHODS),
            format_func=lambda m: t(CLASS_METHOD_TEXT_KEYS[m], lg),
            horizontal=True,
        )
    if metric == "households_to_lift":
        st.caption(tr("map_to_lift_help"))
    return metric, year, method


def _shape_map(view: tuple, table: map_view.MapTable) -> None:
    config = load_config()
    paths = (str(config.boundaries), str(config.district_outline))
    shapes = cache.map_deck(*view, present, paths)
    if shapes.boundary_error:
        reason = tr(BOUNDARY_TEXT_KEYS[shapes.boundary_error])  # the detail is in the server log
        st.error(tr("map_boundary_missing", message=reason), icon=":material/map:")
        st.info(tr("map_boundary_needs"))
        return
    if shapes.only_in_data or shapes.only_in_boundaries:
        lines = [tr("map_codes_mismatch")]
        if shapes.only_in_data:
            lines.append(tr("map_codes_only_data", codes=", ".join(shapes.only_in_data)))
        if shapes.only_in_boundaries:
            codes = ", ".join(shapes.only_in_boundaries)
            lines.append(tr("map_codes_only_boundaries", codes=codes))
        st.warning("\n\n".join(lines), icon=":material/warning:")
    if shapes.outline_error:
        st.caption(tr("map_outline_missing"))  # why is in the server log
    if shapes.deck is not None:
        st.pydeck_chart(
            shapes.deck,
            height=shapes.height,
            key=DECK_KEY,
            on_select=_from_deck,
            selection_mode="single-object",
            alt=tr("map_alt", metric=tr(METRIC_TEXT_KEYS[table.metric])),
        )
        label = tr("chart_table_of", chart=tr("map_shape"))
        figure_table(table.alternative, label, key=f"{DECK_KEY}_table")


def _panel(year: int, code: str) -> None:
    panel = cache.commune_panel(plan_data, baseline, params, year, lg, present, code)
    st.subheader(panel.heading)
    st.caption(panel.caption)
    for col, metric in zip(st.columns(4), panel.metrics):
        col.metric(metric.label, metric.value, help=metric.caption or None)
    chart_col, status_col = st.columns([2, 3])
    with chart_col:
        st.markdown(f"**{tr('map_panel_trajectory')}**")
        plotly_chart(
            panel.trajectory,
            panel.trajectory_table,
            alt=tr("map_traj_alt", name=panel.name),
            key="map_trajectory",
            config={"displayModeBar": False},
        )
    with status_col:
        st.markdown(f"**{tr('map_panel_targets', horizon=scenario.result.horizon)}**")
        st.dataframe(panel.targets, hide_index=True, placeholder=fmt.DASH, lazy=False)


@fragment
def map_views() -> None:
    """The controls, both maps and the commune panel: a change in here reruns only this."""
    shown = _checked()
    url_notices(MAP)
    metric, year, method = _controls(shown)
    view = (plan_data, baseline, params, metric, year, method, lg)
    table = cache.map_table(*view)
    if METRICS[metric].unit == "status":
        horizon = scenario.result.horizon
        note = tr("map_legend_status", horizon=horizon, met_rule=tr("map_met_rule"))
    else:
        note = tr("map_legend_note")
    legend(table.classes, tr(METRIC_TEXT_KEYS[metric]), note)

    shape_col, tile_col = st.columns([3, 2])
    with shape_col:
        st.subheader(tr("map_shape"))
        _shape_map(view, table)
    with tile_col:
        st.subheader(tr("map_tiles"), help=tr("map_tiles_help"))
        picked = shown.commune
        tile_map(
            cache.map_tiles(*view, present, MAP_HEIGHT_PX - 60, picked),
            table.alternative,
            metric,
            key=TILES_KEY,
            on_select=_from_tiles,
            selection_mode="points",
        )

    code = MAP.control(
        st.selectbox,
        "commune",
        tr("map_pick"),
        options=list(names),
        format_func=lambda c: names[c],
        placeholder=tr("map_pick_placeholder"),
    )
    if code is not None:
        _panel(year, code)


map_views()
