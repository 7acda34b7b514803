"""Scenarios: "if we reduce poverty by X a year, where do we stand at the horizon, commune by
commune, against the plan's targets?" — presets and sliders, the headline, and four sections
(the commune table, the charts, what it takes and the money, saved scenarios), with the
workbook and CSV to take to the meeting. The scenario lives in the URL.

Thin: everything shown is built by gnbv (gnbv.views.scenario, gnbv.scenario_charts,
gnbv.scenario_export) once per (inputs, language) through gnbv.cache. Everything under the
title is a fragment: moving a control reruns only it, and only the open section is drawn."""

import streamlit as st

from gnbv import cache, fmt, scenario_export
from gnbv.errors import ScenarioInputError
from gnbv.i18n import TextKeys, t
from gnbv.page_params import SCENARIO_SECTIONS as SECTIONS
from gnbv.scenario import (
    PLAN,
    READING_IN_FORCE_TEXT_KEYS,
    ScenarioParams,
)
from gnbv.scenario_controls import fit
from gnbv.settings import load_config
from gnbv.views import scenario as view
from ui import scenario as ui_scenario
from ui.brief import brief_button
from ui.charts import plotly_chart
from ui.common import (
    data,
    illustrative_notice,
    lang,
    presenting,
    projects,
    scenario_start,
    show_flash,
)
from ui.page_states import SCENARIO, SCENARIO_VIEW
from ui.scenario_saved import saved_section
from ui.state import fragment

THRESHOLD_KEY = "scn_year_below_threshold"
DEFAULT_THRESHOLD = 10
SECTION_TEXT_KEYS: TextKeys = {
    "communes": "scn_tab_communes",
    "charts": "scn_tab_charts",
    "effort": "scn_tab_effort",
    "saved": "scn_tab_saved",
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

lg = lang()


def tr(key: str, **values: object) -> str:
    """Translate into the page's language (read once a run: the language changes only
    with a full rerun, never in the fragment's)."""
    return t(key, lg, **values)


config = load_config()
data_dir = str(config.data_dir)
plan_data = data()
start = scenario_start()  # the latest year loaded (gnbv.scenario_start), once per data version
baseline, illustrative = start.data, start.illustrative

st.title(tr("scn_title"))
st.caption(f"{tr('scn_intro')}  \n{view.start_sentence(start, len(plan_data.communes), lg)}")
illustrative_notice(illustrative)
ui_scenario.url_notices()


def _headline(params: ScenarioParams, result, h: view.Headline) -> None:
    preset_sentence, target_sentence, metrics = cache.scenario_texts(baseline, params, data_dir, lg)
    st.info(preset_sentence, icon=":material/tune:")
    row = st.container(horizontal=True)  # one block, where four columns were five
    for m in metrics:
        row.metric(m.label, m.value, delta=m.note, delta_color=m.colour, delta_arrow="off")
    reading = tr(READING_IN_FORCE_TEXT_KEYS[params.reading])
    st.caption(f"{target_sentence}  \n{reading} · {tr('scn_targets_note')}")
    presets = ui_scenario.presets()
    st.download_button(
        tr("scn_export"),
        data=lambda: scenario_export.scenario_workbook(
            result, plan_data, baseline.frame, illustrative, lg, presets
        ),
        file_name=f"kich-ban-gnbv-bac-ha-{h.horizon}.xlsx",
        mime=XLSX,
        icon=":material/download:",
        key="scn_export",
        on_click="ignore",
    )
    brief_button("scenario", params, start)


def _communes(params: ScenarioParams, result) -> None:
    threshold = st.slider(
        tr("scn_threshold"),
        min_value=0,
        max_value=100,
        step=1,
        value=DEFAULT_THRESHOLD,
        format="%d%%",
        key=THRESHOLD_KEY,
        help=tr("scn_threshold_help"),
    )
    rows, table, arrow = cache.scenario_communes(baseline, params, float(threshold), data_dir, lg)
    st.dataframe(
        arrow,
        hide_index=True,
        key="scn_table",
        placeholder=fmt.DASH,
        lazy=False,  # 19 rows: no lazy loading (deciding it costs a config lookup under a lock)
        column_config={c: st.column_config.TextColumn(alignment="right") for c in table.numeric},
    )
    st.caption(tr("scn_table_caption"))
    st.download_button(
        tr("scn_export_csv"),
        data=lambda: scenario_export.commune_csv(rows, result, float(threshold), lg),
        file_name=f"kich-ban-cac-xa-{result.horizon}.csv",
        mime="text/csv",
        icon=":material/download:",
        key="scn_export_csv",
        on_click="ignore",
    )


def _charts(params: ScenarioParams, result) -> None:
    view_ = cache.scenario_charts_view(baseline, params, data_dir, lg, presenting())
    plotly_chart(view_.plan, view_.plan_table, alt=tr("scn_chart_plan_title"), key="scn_plan_chart")
    st.caption(f"{view_.context}  \n{tr('scn_plan_caption')}")
    plotly_chart(
        view_.communes,
        view_.communes_table,
        alt=tr("scn_chart_commune_title", year=result.horizon),
        key="scn_commune_chart",
    )


def _effort(params: ScenarioParams, result) -> None:
    table = projects()
    needed, funds, money = cache.scenario_effort(baseline, params, table, lg)
    rate = fmt.rate(params.poor_commune_rate, params.reading, lg)
    st.subheader(tr("scn_solver_heading"))
    if needed is None:
        st.warning(tr("scn_solver_none", year=result.horizon))
    else:
        st.metric(
            tr("scn_solver_metric", year=result.horizon, rate=rate),
            fmt.rate(needed, params.reading, lg),
            help=tr("scn_solver_help"),
        )
    target = fmt.rate(PLAN.other_communes_rate, params.reading, lg)
    reading = tr(READING_IN_FORCE_TEXT_KEYS[params.reading])
    st.caption(f"{reading} · {tr('scn_solver_caption', target=target)}")
    st.subheader(tr("scn_money_heading"))
    st.dataframe(money, hide_index=True, placeholder=fmt.DASH, lazy=False)
    st.caption(tr("scn_money_caption", funds=fmt.money_mvnd(funds, lg)))


# --- the page -----------------------------------------------------------------------------


@fragment
def scenario() -> None:
    params = SCENARIO.params()
    try:
        result, headline = cache.scenario_result(baseline, params)
        fitted = fit(params, result.baseline_year)
        if fitted != params:  # say a horizon in the URL at or before the start year
            SCENARIO.set(params := fitted)
            result, headline = cache.scenario_result(baseline, params)
    except ScenarioInputError as exc:
        st.error(view.input_error(exc, plan_data.communes, lg), icon=":material/error:")
        return
    labels = cache.scenario_labels(params, headline.poor_communes, headline.communes, lg)
    ui_scenario.controls(params, result.baseline_year, labels)
    show_flash()
    _headline(params, result, headline)
    draw = {
        "communes": lambda: _communes(params, result),
        "charts": lambda: _charts(params, result),
        "effort": lambda: _effort(params, result),
        "saved": lambda: saved_section(params, baseline),
    }
    tabs = SCENARIO_VIEW.tabs(SECTIONS, [tr(SECTION_TEXT_KEYS[s]) for s in SECTIONS])
    for section, tab in tabs.items():
        if tab.open:  # only the open section is drawn
            with tab:
                draw[section]()


scenario()
