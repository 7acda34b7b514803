"""Map: the 19 communes of 2022 coloured by a metric, as a true-shape map (pydeck, no basemap)
and an equal-area tile grid; a commune's panel under the scenario in force."""

import pandas as pd
import streamlit as st

from gnbv import cache, fmt, maps
from gnbv.geo import join_communes
from gnbv.i18n import t
from gnbv.scenario import TARGETS, project
from gnbv.settings import load_config
from ui.charts import figure_table, plotly_chart
from ui.common import commune_baseline, data, illustrative_notice, lang, presenting, tr
from ui.maps import legend, tile_map
from ui.scenario import current_params
from ui.state import keep

PICK_KEY = "map_commune"
DECK_KEY = "map_deck"
TILES_KEY = "map_tiles"

lg = lang()
present = presenting()
plan_data = data()
communes = plan_data.communes
baseline, _ = commune_baseline()
params = current_params()
result = project(baseline, params)
target_result = project(baseline, params.targets())
names = dict(zip(communes["code"].astype(str), communes["name"]))


def _pick(code) -> None:
    if code in names:
        st.session_state[PICK_KEY] = code


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
illustrative_notice()

rates = {
    k: fmt.compact(getattr(params, k), lg, 2)
    for k in ("district_rate", "poor_commune_rate", "near_poor_rate")
}
summary, change = st.columns([3, 1], vertical_alignment="center")
summary.caption(
    tr(
        f"map_scenario_{params.reading}",
        district=rates["district_rate"],
        poor_commune=rates["poor_commune_rate"],
        near_poor=rates["near_poor_rate"],
        horizon=result.horizon,
        preset=tr(f"scn_preset_{params.preset}"),
    )
)
change.page_link("pages/scenarios.py", label=tr("map_scenario_change"), icon=":material/tune:")

# --- controls ----------------------------------------------------------------------------
metric_col, year_col, class_col = st.columns([3, 2, 2])
metric = keep(
    metric_col.selectbox,
    tr("map_metric"),
    options=list(maps.METRICS),
    format_func=lambda m: t(f"map_metric_{m}", lg),  # lg bound: AppTest calls it too
    key="map_metric",
)
spec = maps.METRICS[metric]
years = list(range(result.baseline_year, result.horizon + 1))
year = result.horizon
if metric in ("projected_poor_rate", "households_to_lift") and len(years) > 1:
    year = year_col.select_slider(
        tr("map_year"), options=years, value=result.horizon, key="map_year"
    )
method = "fixed"
if spec.unit != "status":
    method = keep(
        class_col.radio,
        tr("map_classes"),
        options=["fixed", "quantile"],
        format_func=lambda m: t(f"map_classes_{m}", lg),
        horizontal=True,
        key="map_classing",
    )
if metric == "households_to_lift":
    st.caption(tr("map_to_lift_help"))

table = maps.scenario_table(maps.baseline_table(communes, baseline), result, target_result, year)
classes = maps.classes_for(table, metric, lg, method)
map_table = maps.commune_table(table, metric, classes, lg)  # both views' text alternative

if spec.unit == "status":
    note = tr("map_legend_status", horizon=result.horizon, met_rule=tr("map_met_rule"))
else:
    note = tr("map_legend_note")
legend(classes, tr(f"map_metric_{metric}"), note)

# --- the two views ------------------------------------------------------------------------
shape_col, tile_col = st.columns([3, 2])
with shape_col:
    st.subheader(tr("map_shape"))
    config = load_config()
    layer = cache.boundaries(str(config.boundaries))
    if isinstance(layer, str):
        st.error(tr("map_boundary_missing", message=layer), icon=":material/map:")
        st.info(tr("map_boundary_needs"))
    else:
        joined, report = join_communes(communes, layer)
        if not report.ok:
            lines = [tr("map_codes_mismatch")]
            if report.only_in_data:
                lines.append(tr("map_codes_only_data", codes=", ".join(report.only_in_data)))
            if report.only_in_boundaries:
                lines.append(
                    tr("map_codes_only_boundaries", codes=", ".join(report.only_in_boundaries))
                )
            st.warning("\n\n".join(lines), icon=":material/warning:")
        outline = cache.district_outline(str(config.district_outline))
        if isinstance(outline, str):
            st.caption(tr("map_outline_missing", message=outline))
            outline_json, bounds = None, joined.total_bounds
        else:
            outline_json, bounds = maps.outline_geojson(outline), outline.total_bounds
        if len(joined):
            width_px, height_px = maps.view_size(present)
            deck = maps.build_deck(
                maps.communes_geojson(joined, table, classes, lg, year, metric),
                maps.label_points(joined, table, present),
                outline_json,
                maps.fit_view(bounds, width_px, height_px),
                present,
            )
            st.pydeck_chart(
                deck,
                height=height_px,
                key=DECK_KEY,
                on_select=_from_deck,
                selection_mode="single-object",
                alt=tr("map_alt", metric=tr(f"map_metric_{metric}")),
            )
            figure_table(map_table, tr("chart_table_of", chart=tr("map_shape")))

with tile_col:
    st.subheader(tr("map_tiles"), help=tr("map_tiles_help"))
    tile_map(
        table,
        classes,
        metric,
        height=maps.MAP_HEIGHT_PX - 60,
        key=TILES_KEY,
        map_table=map_table,
        year=year,
        selected=st.session_state.get(PICK_KEY),
        on_select=_from_tiles,
        selection_mode="points",
    )

# --- one commune --------------------------------------------------------------------------
code = st.selectbox(
    tr("map_pick"),
    options=list(names),
    format_func=lambda c: names[c],
    index=None,
    placeholder=tr("map_pick_placeholder"),
    key=PICK_KEY,
)
if code is not None:
    row = table.set_index("code").loc[code]
    unit = maps.unit_label(row["unit_type"], lg)
    poor_commune = bool(
        result.communes.loc[result.communes["code"] == code, "is_poor_commune"].iloc[0]
    )
    st.subheader(f"{row['name']} · {unit}")
    base_year = result.baseline_year
    st.caption(
        f"{tr('map_panel_poor_commune')}: {tr('map_yes' if poor_commune else 'map_no')} · "
        f"{tr('map_panel_households', year=base_year)}: {fmt.number(row['households'], lg)} · "
        f"{tr('map_panel_leaving', year=year)}: {fmt.number(row['households_leaving'], lg)}"
    )
    figures = st.columns(4)
    figures[0].metric(
        tr("map_tt_poor", year=base_year),
        fmt.percent(row["poor_rate"], lg),
        help=f"{fmt.number(row['poor_households'], lg)} {tr('map_unit_households')}",
    )
    figures[1].metric(tr("map_tt_near_poor"), fmt.percent(row["near_poor_rate"], lg))
    figures[2].metric(
        tr("map_tt_projected", year=year), fmt.percent(row["projected_poor_rate"], lg)
    )
    figures[3].metric(
        tr("map_tt_to_lift", year=year),
        fmt.number(row["households_to_lift"], lg),
        help=tr("map_to_lift_help"),
    )
    chart_col, status_col = st.columns([2, 3])
    with chart_col:
        st.markdown(f"**{tr('map_panel_trajectory')}**")
        plotly_chart(
            maps.trajectory_figure(result, target_result, code, lg, present=present),
            maps.trajectory_table(result, target_result, code, lg),
            alt=tr("map_traj_alt", name=row["name"]),
            key="map_trajectory",
            config={"displayModeBar": False},
        )
    with status_col:
        st.markdown(f"**{tr('map_panel_targets', horizon=result.horizon)}**")
        rows = maps.status_rows(result, code).set_index("target").reindex(list(TARGETS))
        st.dataframe(
            pd.DataFrame(
                {
                    tr("map_col_target"): [tr(f"map_target_{t}") for t in rows.index],
                    tr("map_col_status"): [
                        tr("map_status_met" if m else "map_status_short") for m in rows["met"]
                    ],
                    tr("map_col_start", year=base_year): [
                        fmt.percent(v, lg) for v in rows["rate_start"]
                    ],
                    tr("map_col_end", year=result.horizon): [
                        fmt.percent(v, lg) for v in rows["rate_end"]
                    ],
                    tr("map_col_goal", year=result.horizon): [
                        fmt.percent(v, lg) for v in rows["target_rate_end"]
                    ],
                    tr("map_col_gap"): [
                        fmt.points(max(v, 0), lg) if v > 1e-9 else fmt.DASH for v in rows["gap_pp"]
                    ],
                }
            ),
            hide_index=True,
            placeholder=fmt.DASH,
        )
