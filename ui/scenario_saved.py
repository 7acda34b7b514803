"""The scenario page's saved scenarios: save (asking before replacing), open, delete, and
compare up to three side by side. The store is the server's (``GNBV_SCENARIO_DB``); in the
public edition nothing is saved or deleted."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from gnbv import cache, fmt
from gnbv import scenario_store as store
from gnbv.i18n import t
from gnbv.page_params import SCENARIO_COMPARE_MAX as COMPARE_MAX
from gnbv.scenario import ScenarioParams
from gnbv.settings import load_config
from gnbv.versioned import Versioned
from ui import scenario as ui_scenario
from ui.charts import plotly_chart
from ui.common import bad_name, flash, lang, presenting, read_only, saved_picker, store_failed, tr
from ui.page_states import SCENARIO, SCENARIO_VIEW

CURRENT = "\u0000current"  # the scenario in force, among the compared
REPLACE_KEY = "scn_confirm_replace"


def _open(saved: store.SavedScenario) -> None:
    ui_scenario.set_params(ui_scenario.presets().label(saved.params))
    flash("success", tr("scn_opened", name=saved.name))
    if saved.notices:
        fields = "; ".join(ui_scenario.field_notices(saved.notices))
        flash("warning", tr("scn_opened_reset", name=saved.name, fields=fields))


def _write(name: str, replaced: bool) -> None:
    try:
        store.save(load_config().scenario_db, name, SCENARIO.params())
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
    if store.exists(load_config().scenario_db, name):
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
    store.delete(load_config().scenario_db, name)
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
    labels = (tr("scn_saved_pick"), tr("scn_open"), tr("scn_delete"))
    saved_picker(saved, "scn", labels, _open, None if read_only() else _delete)


def _compare(params: ScenarioParams, saved: list[store.SavedScenario], baseline: Versioned) -> None:
    lg = lang()
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


def saved_section(params: ScenarioParams, baseline: Versioned) -> None:
    """The saved scenarios and the comparison (the page's last section)."""
    try:
        saved = store.list_scenarios(load_config().scenario_db)
    except Exception:  # a broken database must not break the page
        saved = []
        st.error(store_failed("scenarios"))
    if not read_only():
        _save_form()
    _saved_list(saved)
    _compare(params, saved, baseline)
