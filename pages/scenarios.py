"""Scenarios: "if we reduce poverty by X a year, where do we stand at the horizon, commune by
commune?" — sliders, plan against reality, per-commune status, money against outcome, saved
scenarios and an Excel export. The scenario lives in the URL."""

import pandas as pd
import streamlit as st

from gnbv import fmt
from gnbv import scenario_charts as charts
from gnbv import scenario_store as store
from gnbv.scenario import (
    PLAN,
    ScenarioParams,
    livelihood_funds,
    money_per_household,
    project,
    required_other_rate,
    year_below,
)
from gnbv.scenario_export import scenario_workbook
from gnbv.settings import load_config
from ui import scenario as ui_scenario
from ui.charts import plotly_chart
from ui.common import (
    commune_baseline,
    data,
    illustrative_notice,
    lang,
    presenting,
    projects,
    read_only,
    tr,
)

THRESHOLD_KEY = "scn_year_below_threshold"
DEFAULT_THRESHOLD = 10.0
COMPARE_MAX = 3
SAVED_PICK_KEY = "scn_saved_pick"

lg = lang()
plan_data = data()
baseline, illustrative = commune_baseline()
baseline_year = int(baseline["year"].max())
db_path = load_config().scenario_db
names = plan_data.communes.set_index("code")["name"]

st.title(tr("scn_title"))
st.caption(tr("scn_intro"))
illustrative_notice()
ui_scenario.url_notices()

params = ui_scenario.controls(baseline_year)
result = project(baseline, params)
reading = params.reading
reading_text = tr(f"scn_reading_in_force_{reading}")
st.info(reading_text, icon=":material/straighten:")


def rate_text_for(value: float, reading_: str) -> str:
    """A yearly rate in a reading: '7 điểm %' (points) or '7%' (relative)."""
    return fmt.points(value, lg) if reading_ == "points" else fmt.percent(value, lg)


def rate_text(value: float) -> str:
    return rate_text_for(value, reading)


# --- headline -----------------------------------------------------------------------------
district_status = result.district_status().set_index("target")
poor = district_status.loc["poor"]
commune_status = result.commune_status()
short_communes = int((~commune_status["poor_met"].astype(bool)).sum())
leaving_total = float(result.district["households_leaving_poverty"].sum())

m1, m2, m3, m4 = st.columns(4)
m1.metric(
    tr("scn_metric_district_rate", year=result.horizon),
    fmt.percent(poor["rate_end"], lg, 2),
    delta=tr("scn_metric_from", year=baseline_year, value=fmt.percent(poor["rate_start"], lg, 2)),
    delta_color="off",
    delta_arrow="off",
)
m2.metric(
    tr("scn_metric_district_target", year=result.horizon),
    fmt.percent(poor["target_rate_end"], lg, 2),
    delta=tr("scn_met")
    if poor["met"]
    else tr("scn_short_by", gap=fmt.points(poor["gap_pp"], lg, 2)),
    delta_color="blue" if poor["met"] else "red",  # palette: met blue, short red
    delta_arrow="off",
)
m3.metric(
    tr("scn_metric_short_communes"),
    f"{fmt.number(short_communes, lg)} / {fmt.number(len(commune_status), lg)}",
)
m4.metric(
    tr("scn_metric_leaving", start=baseline_year, end=result.horizon),
    fmt.number(leaving_total, lg),
)
st.caption(f"{reading_text} · {tr('scn_targets_note')}")

# --- plan against reality -----------------------------------------------------------------
st.subheader(tr("scn_plan_heading"))
plotly_chart(
    charts.plan_against_reality(
        plan_data.district_poverty, result, PLAN.district_rate, lg, present=presenting()
    ),
    charts.plan_table(plan_data.district_poverty, result, PLAN.district_rate, lg),
    alt=tr("scn_chart_plan_title"),
    key="scn_plan_chart",
)
st.caption(tr("scn_plan_caption"))

# --- communes ----------------------------------------------------------------------------
st.subheader(tr("scn_communes_heading", year=result.horizon))
st.caption(reading_text)
threshold = st.select_slider(
    tr("scn_threshold"),
    options=ui_scenario.THRESHOLD_OPTIONS,
    value=DEFAULT_THRESHOLD,
    format_func=lambda v: fmt.percent(v, lg, 0),
    key=THRESHOLD_KEY,
    help=tr("scn_threshold_help"),
)
below = year_below(baseline, params, threshold).set_index("code")["year_below"]
c = result.communes
start = c[c["year"] == result.baseline_year].set_index("code")
end = c[c["year"] == result.horizon].set_index("code")
leaving = c.groupby("code")["households_leaving_poverty"].sum()
status = commune_status.set_index("code")
table = pd.DataFrame(
    {
        "code": end.index,
        "name": [names.get(code, code) for code in end.index],
        "poor_commune": end["is_poor_commune"].to_numpy(),
        "poor_rate_start": start["poor_rate"].reindex(end.index).to_numpy(),
        "poor_rate_end": end["poor_rate"].to_numpy(),
        "poor_target_rate_end": status["poor_target_rate_end"].reindex(end.index).to_numpy(),
        "poor_gap_pp": status["poor_gap_pp"].reindex(end.index).to_numpy(),
        "poor_met": status["poor_met"].reindex(end.index).astype(bool).to_numpy(),
        "poor_households_end": end["poor_households"].to_numpy(),
        "leaving": leaving.reindex(end.index).to_numpy(),
        "near_poor_rate_end": end["near_poor_rate"].to_numpy(),
        "near_poor_met": status["near_poor_met"].reindex(end.index).astype(bool).to_numpy(),
        "em_rate_end": end["ethnic_minority_poor_rate"].to_numpy(),
        "em_met": status["ethnic_minority_poor_met"].reindex(end.index).astype(bool).to_numpy(),
        "year_below": below.reindex(end.index).to_numpy(),
    }
)
met_text, short_text = tr("scn_met"), tr("scn_short")
for col in ("poor_met", "near_poor_met", "em_met"):
    table[col] = table[col].map({True: met_text, False: short_text})
table["poor_commune"] = table["poor_commune"].map({True: tr("scn_yes"), False: ""})
headers = {
    "name": tr("scn_col_name"),
    "poor_commune": tr("scn_col_poor_commune"),
    "poor_rate_start": tr("scn_col_rate", year=baseline_year),
    "poor_rate_end": tr("scn_col_rate", year=result.horizon),
    "poor_target_rate_end": tr("scn_col_target", year=result.horizon),
    "poor_gap_pp": tr("scn_col_gap"),
    "poor_met": tr("scn_col_status"),
    "poor_households_end": tr("scn_col_poor_households", year=result.horizon),
    "leaving": tr("scn_col_leaving"),
    "near_poor_rate_end": tr("scn_col_near_poor", year=result.horizon),
    "near_poor_met": tr("scn_col_near_poor_status"),
    "em_rate_end": tr("scn_col_em", year=result.horizon),
    "em_met": tr("scn_col_em_status"),
    "year_below": tr("scn_col_year_below", threshold=fmt.percent(threshold, lg, 0)),
}
shown = table.drop(columns=["code"]).rename(columns=headers)


def _status_style(value: object) -> str:
    if value == met_text:
        return "background-color: #dbe6f3; color: #1d3b5e"
    if value == short_text:
        return "background-color: #fbdde0; color: #7a1622"
    return ""


pct = lambda v: fmt.percent(v, lg, 1)  # noqa: E731
styled = (
    shown.style.format(
        {
            headers["poor_rate_start"]: pct,
            headers["poor_rate_end"]: pct,
            headers["poor_target_rate_end"]: pct,
            headers["poor_gap_pp"]: lambda v: fmt.compact(v, lg, 1),
            headers["poor_households_end"]: lambda v: fmt.number(v, lg),
            headers["leaving"]: lambda v: fmt.number(v, lg),
            headers["near_poor_rate_end"]: pct,
            headers["em_rate_end"]: pct,
            headers["year_below"]: lambda v: fmt.DASH if pd.isna(v) else str(int(v)),
        }
    )
    .map(_status_style, subset=[headers["poor_met"], headers["near_poor_met"], headers["em_met"]])
    .hide(axis="index")
)
st.dataframe(styled, hide_index=True, key="scn_table", placeholder=fmt.DASH)
st.caption(tr("scn_table_caption"))
status_table = table.assign(poor_met=table["poor_met"] == met_text)
plotly_chart(
    charts.commune_status_chart(status_table, result, lg, present=presenting()),
    charts.commune_status_table(status_table, result, lg),
    alt=tr("scn_chart_commune_title", year=result.horizon),
    key="scn_commune_chart",
)

# --- what it would take ---------------------------------------------------------------------
st.subheader(tr("scn_solver_heading"))
needed = required_other_rate(baseline, params)
if needed is None:
    st.warning(tr("scn_solver_none", year=result.horizon))
else:
    st.metric(
        tr("scn_solver_metric", year=result.horizon, rate=rate_text(params.poor_commune_rate)),
        rate_text(needed),
        help=tr("scn_solver_help"),
    )
st.caption(f"{reading_text} · {tr('scn_solver_caption', target=rate_text(PLAN.district_rate))}")

# --- money against outcome ----------------------------------------------------------------
st.subheader(tr("scn_money_heading"))
funds = livelihood_funds(projects())
money = money_per_household(funds, result)
money_table = pd.DataFrame(
    {
        tr("scn_money_group"): [tr(f"scn_money_{g}") for g in money["group"]],
        tr("scn_money_funds"): [fmt.money_mvnd(v, lg) for v in money["funds_mvnd"]],
        tr("scn_money_leaving"): [fmt.number(v, lg) for v in money["households_leaving_per_year"]],
        tr("scn_money_per_household"): [
            tr("scn_money_value", value=fmt.number(v, lg, 1)) if pd.notna(v) else fmt.DASH
            for v in money["funds_per_household_mvnd"]
        ],
    }
)
st.dataframe(money_table, hide_index=True, placeholder=fmt.DASH)
st.caption(f"{reading_text} · {tr('scn_money_caption', funds=fmt.money_mvnd(funds, lg))}")

# --- saved scenarios ----------------------------------------------------------------------
st.subheader(tr("scn_saved_heading"))
try:
    saved = store.list_scenarios(db_path)
    store_error = None
except Exception as exc:  # a broken database must not break the page
    saved, store_error = [], str(exc)
if store_error:
    st.error(tr("scn_store_error", error=store_error))
by_name = {s.name: s for s in saved}


def _open(name: str) -> None:
    chosen = by_name.get(name)
    if chosen is not None:
        ui_scenario.set_params(chosen.params, baseline_year)
        st.session_state["scn_flash"] = ("success", tr("scn_opened", name=name))


def _delete(name: str) -> None:
    if read_only():
        return
    store.delete(db_path, name)
    st.session_state["scn_flash"] = ("success", tr("scn_deleted", name=name))


def _save() -> None:
    if read_only():
        return
    try:
        name = store.save(db_path, st.session_state.get("scn_save_name", ""), params)
        st.session_state["scn_flash"] = ("success", tr("scn_saved", name=name))
    except store.InvalidName as exc:
        st.session_state["scn_flash"] = ("error", tr("scn_bad_name", reason=str(exc)))
    except Exception as exc:
        st.session_state["scn_flash"] = ("error", tr("scn_store_error", error=str(exc)))


flash = st.session_state.pop("scn_flash", None)
if flash:
    getattr(st, flash[0])(flash[1])

if not read_only():
    with st.form("scn_save_form", border=False):
        name_col, button_col = st.columns([3, 1], vertical_alignment="bottom")
        name_col.text_input(
            tr("scn_save_name"), key="scn_save_name", max_chars=store.MAX_NAME_LENGTH
        )
        button_col.form_submit_button(tr("scn_save"), icon=":material/save:", on_click=_save)

if saved:
    pick_col, open_col, delete_col = st.columns([3, 1, 1], vertical_alignment="bottom")
    pick = pick_col.selectbox(
        tr("scn_saved_pick"),
        options=[s.name for s in saved],
        format_func=lambda n: f"{n} · {by_name[n].saved_at.replace('T', ' ')[:16]} UTC",
        key=SAVED_PICK_KEY,
    )
    open_col.button(
        tr("scn_open"), icon=":material/folder_open:", on_click=_open, args=(pick,), key="scn_open"
    )
    if not read_only():
        delete_col.button(
            tr("scn_delete"),
            icon=":material/delete:",
            on_click=_delete,
            args=(pick,),
            key="scn_del",
        )
else:
    st.caption(tr("scn_saved_none"))

# --- compare ------------------------------------------------------------------------------
CURRENT = "\u0000current"
compare = st.multiselect(
    tr("scn_compare"),
    options=[CURRENT] + [s.name for s in saved],
    format_func=lambda n: tr("scn_current") if n == CURRENT else n,
    max_selections=COMPARE_MAX,
    placeholder=tr("scn_compare_placeholder"),
    key="scn_compare",
    help=tr("scn_compare_help"),
)
if len(compare) >= 2:
    chosen = {
        (tr("scn_current") if n == CURRENT else n): (params if n == CURRENT else by_name[n].params)
        for n in compare
        if n == CURRENT or n in by_name
    }
    results = {n: project(baseline, p) for n, p in chosen.items()}

    def _summary(p: ScenarioParams, r) -> dict[str, str]:
        ds = r.district_status().set_index("target")
        cs = r.commune_status()
        return {
            tr("scn_reading"): tr(f"scn_reading_short_{p.reading}"),
            tr("scn_district_rate"): rate_text_for(p.district_rate, p.reading),
            tr("scn_poor_commune_rate"): rate_text_for(p.poor_commune_rate, p.reading),
            tr("scn_near_poor_rate"): rate_text_for(p.near_poor_rate, p.reading),
            tr("scn_ethnic_minority_rate"): rate_text_for(p.ethnic_minority_rate, p.reading),
            tr("scn_household_growth_pct"): fmt.percent(p.household_growth_pct, lg),
            tr("scn_horizon"): str(r.horizon),
            tr("scn_metric_district_rate", year=r.horizon): fmt.percent(
                ds.loc["poor", "rate_end"], lg, 2
            ),
            tr("scn_col_status"): tr("scn_met") if ds.loc["poor", "met"] else tr("scn_short"),
            tr("scn_metric_short_communes"): fmt.number(
                int((~cs["poor_met"].astype(bool)).sum()), lg
            ),
            tr("scn_metric_leaving", start=r.baseline_year, end=r.horizon): fmt.number(
                r.district["households_leaving_poverty"].sum(), lg
            ),
        }

    side = pd.DataFrame({n: _summary(chosen[n], r) for n, r in results.items()})
    st.dataframe(side, key="scn_compare_table", placeholder=fmt.DASH)
    plotly_chart(
        charts.compare_chart(results, lg, present=presenting()),
        charts.compare_table(results, lg),
        alt=tr("scn_chart_compare_title"),
        key="scn_compare_chart",
    )
else:
    st.caption(tr("scn_compare_hint"))

# --- export -------------------------------------------------------------------------------


def _workbook() -> bytes:
    return scenario_workbook(result, plan_data, baseline, illustrative, lg)


st.download_button(
    tr("scn_export"),
    data=_workbook,
    file_name=f"kich-ban-gnbv-bac-ha-{result.horizon}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    icon=":material/download:",
    key="scn_export",
)
