"""Scenarios: "if we reduce poverty by X a year, where do we stand at the horizon, commune by
commune, against the plan's targets?" — presets and sliders, the headline, and four sections
(the commune table, the charts, what it takes and the money, saved scenarios), with the
workbook and CSV to take to the meeting. The scenario lives in the URL.

Thin: everything shown is built by gnbv (gnbv.views.scenario, gnbv.scenario_charts,
gnbv.scenario_export) once per (inputs, language) through gnbv.cache. Everything under the
title is a fragment: moving a control reruns only it, and only the open section is drawn."""

from dataclasses import replace

import streamlit as st

from gnbv import cache, fmt, scenario_export
from gnbv import scenario_store as store
from gnbv.errors import PROBLEM_TEXT_KEYS, ScenarioInputError
from gnbv.i18n import TextKeys, t
from gnbv.page_params import SCENARIO_COMPARE_MAX as COMPARE_MAX
from gnbv.page_params import SCENARIO_SECTIONS as SECTIONS
from gnbv.scenario import (
    BASELINE_COLUMNS,
    PARAMETER_TEXT_KEYS,
    PLAN,
    READING_IN_FORCE_TEXT_KEYS,
    ScenarioParams,
)
from gnbv.scenario_controls import fit
from gnbv.scenario_export import COLUMN_TEXT_KEYS
from gnbv.settings import load_config
from gnbv.views import scenario as view
from ui import scenario as ui_scenario
from ui.brief import brief_button
from ui.charts import plotly_chart
from ui.common import (
    bad_name,
    commune_baseline,
    data,
    flash,
    illustrative_notice,
    lang,
    presenting,
    projects,
    read_only,
    show_flash,
    store_failed,
)
from ui.page_states import SCENARIO, SCENARIO_VIEW
from ui.state import fragment

THRESHOLD_KEY = "scn_year_below_threshold"
DEFAULT_THRESHOLD = 10
CURRENT = "\u0000current"
REPLACE_KEY = "scn_confirm_replace"
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
baseline, illustrative = commune_baseline()

st.title(tr("scn_title"))
st.caption(tr("scn_intro"))
illustrative_notice()
ui_scenario.url_notices()


def _input_error(exc: ScenarioInputError) -> str:
    names = dict(zip(plan_data.communes["code"].astype(str), plan_data.communes["name"]))
    commune = tr("scn_input_commune", commune=names.get(exc.code, exc.code)) if exc.code else ""
    problem = tr(PROBLEM_TEXT_KEYS[exc.problem], value=exc.value, limit=exc.limit)
    # a baseline column by its heading in the export, a parameter by its control's label
    if exc.column in BASELINE_COLUMNS:
        column = tr(COLUMN_TEXT_KEYS[exc.column])
    else:
        column = tr(PARAMETER_TEXT_KEYS[exc.column])
    return tr("scn_input_error", column=column, commune=commune, problem=problem)


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
    brief_button("scenario", params)


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


# --- saved scenarios ----------------------------------------------------------------------


def _open(saved: store.SavedScenario) -> None:
    ui_scenario.set_params(ui_scenario.presets().label(saved.params))
    flash("success", tr("scn_opened", name=saved.name))
    if saved.notices:
        fields = "; ".join(ui_scenario.field_notices(saved.notices))
        flash("warning", tr("scn_opened_reset", name=saved.name, fields=fields))


def _write(name: str, replaced: bool) -> None:
    try:
        store.save(config.scenario_db, name, SCENARIO.params())
        flash("success", tr("scn_replaced" if replaced else "scn_saved", name=name))
    except Exception:  # a broken database must not break the page
        flash("error", store_failed("scenarios"))


def _save() -> None:
    if read_only():
        return
    try:
        name = store.clean_name(st.session_state.get("scn_save_name", ""))
    except store.InvalidName as exc:
        flash("error", bad_name(exc))
        return
    if store.exists(config.scenario_db, name):
        st.session_state[REPLACE_KEY] = name  # ask first
        return
    _write(name, replaced=False)


def _replace(name: str) -> None:
    st.session_state.pop(REPLACE_KEY, None)
    if not read_only():
        _write(name, replaced=True)


def _delete(name: str) -> None:
    if read_only():
        return
    store.delete(config.scenario_db, name)
    flash("success", tr("scn_deleted", name=name))


def _save_form() -> None:
    with st.form("scn_save_form", border=False):
        name_col, button_col = st.columns([3, 1], vertical_alignment="bottom")
        name_col.text_input(
            tr("scn_save_name"), key="scn_save_name", max_chars=store.MAX_NAME_LENGTH
        )
        button_col.form_submit_button(tr("scn_save"), icon=":material/save:", on_click=_save)
    asking = st.session_state.get(REPLACE_KEY)
    if asking:
        st.warning(tr("scn_replace_ask", name=asking), icon=":material/help:")
        yes, no, _ = st.columns([1, 1, 3])
        yes.button(tr("scn_replace"), key="scn_replace", on_click=_replace, args=(asking,))
        no.button(
            tr("scn_replace_cancel"),
            key="scn_replace_cancel",
            on_click=lambda: st.session_state.pop(REPLACE_KEY, None),
        )


def _saved_list(saved: list[store.SavedScenario]) -> None:
    if not saved:
        st.caption(tr("scn_saved_none"))
        return
    by_name = {s.name: s for s in saved}
    pick_col, open_col, delete_col = st.columns([3, 1, 1], vertical_alignment="bottom")
    pick = pick_col.selectbox(
        tr("scn_saved_pick"),
        options=list(by_name),
        format_func=lambda n: f"{n} · {by_name[n].saved_at.replace('T', ' ')[:16]} UTC",
        key="scn_saved_pick",
    )
    open_col.button(
        tr("scn_open"),
        icon=":material/folder_open:",
        on_click=_open,
        args=(by_name[pick],),
        key="scn_open",
    )
    if not read_only():
        delete_col.button(
            tr("scn_delete"),
            icon=":material/delete:",
            on_click=_delete,
            args=(pick,),
            key="scn_del",
        )


def _compare(params: ScenarioParams, saved: list[store.SavedScenario]) -> None:
    by_name = {s.name: s for s in saved}
    options = [CURRENT, *by_name]
    chosen = SCENARIO_VIEW.control(
        st.multiselect,
        "compare",
        tr("scn_compare"),
        value=[n for n in SCENARIO_VIEW.params().compare if n in options],
        fold=lambda view, names: replace(view, compare=tuple(names)),
        options=options,
        format_func=lambda n: t("scn_current", lg) if n == CURRENT else n,  # lg bound: AppTest
        max_selections=COMPARE_MAX,
        placeholder=tr("scn_compare_placeholder"),
        help=tr("scn_compare_help"),
    )
    if len(chosen) < 2:
        st.caption(tr("scn_compare_hint"))
        return
    named = tuple(
        (tr("scn_current"), params) if n == CURRENT else (n, by_name[n].params) for n in chosen
    )
    summary, chart, chart_table = cache.scenario_compare(baseline, named, lg, presenting())
    st.dataframe(summary, key="scn_compare_table", placeholder=fmt.DASH, lazy=False)
    plotly_chart(chart, chart_table, alt=tr("scn_chart_compare_title"), key="scn_compare_chart")


def _saved(params: ScenarioParams) -> None:
    try:
        saved = store.list_scenarios(config.scenario_db)
    except Exception:  # a broken database must not break the page
        saved = []
        st.error(store_failed("scenarios"))
    if not read_only():
        _save_form()
    _saved_list(saved)
    _compare(params, saved)


# --- the page -----------------------------------------------------------------------------


@fragment
def scenario() -> None:
    params = SCENARIO.params()
    try:
        result, headline = cache.scenario_result(baseline, params)
        fitted = fit(params, result.baseline_year)
        if fitted != params:  # say a horizon in the URL at or before the baseline year
            SCENARIO.set(params := fitted)
            result, headline = cache.scenario_result(baseline, params)
    except ScenarioInputError as exc:
        st.error(_input_error(exc), icon=":material/error:")
        return
    labels = cache.scenario_labels(params, headline.poor_communes, headline.communes, lg)
    ui_scenario.controls(params, result.baseline_year, labels)
    show_flash()
    _headline(params, result, headline)
    tabs = SCENARIO_VIEW.tabs(SECTIONS, [tr(SECTION_TEXT_KEYS[s]) for s in SECTIONS])
    with tabs["communes"]:
        if tabs["communes"].open:
            _communes(params, result)
    with tabs["charts"]:
        if tabs["charts"].open:
            _charts(params, result)
    with tabs["effort"]:
        if tabs["effort"].open:
            _effort(params, result)
    with tabs["saved"]:
        if tabs["saved"].open:
            _saved(params)


scenario()
