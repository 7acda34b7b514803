"""Allocation (Phân bổ): divide a project's funds among the 19 communes by the points method —
criteria × coefficients, money per point, whole million VND that add up to the funds — with
floors and caps, two coefficient sets side by side, maps, and an Excel export. The allocation
lives in the URL; the coefficients are the planner's (the rules' own could not be read)."""

import streamlit as st

from gnbv import allocation as al
from gnbv import allocation_export, cache, fmt
from gnbv.allocation_controls import bounds
from gnbv.i18n import TextKeys, t
from gnbv.page_params import ALLOCATION_SECTIONS as SECTIONS
from gnbv.settings import load_config
from gnbv.url_state import allocation_to_query
from ui import allocation as ui_alloc
from ui import allocation_result as drawn
from ui.allocation_inputs import UPLOADED_SET_KEY, coefficient_sets, criteria_section, saved_sets
from ui.brief import brief_button
from ui.charts import plotly_chart
from ui.common import (
    commune_baseline,
    data,
    illustrative_notice,
    lang,
    presenting,
    projects,
    read_only,
)
from ui.page_states import ALLOCATION_VIEW
from ui.state import fragment

NONE, NEUTRAL = "\u0000none", "\u0000neutral"
SECTION_TEXT_KEYS: TextKeys = {
    "communes": "alc_tab_communes",
    "maps": "alc_tab_maps",
    "shares": "alc_tab_shares",
}
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

lg = lang()


def tr(key: str, **values: object) -> str:
    """``key`` in the language of this run (read once: the page writes some sixty texts)."""
    return t(key, lg, **values)


present = presenting()
locked = read_only()  # the public edition: nothing saved, deleted or uploaded
plan_data = data()
config = load_config()
baseline, illustrative = commune_baseline()
supplied_in_use = st.session_state.get(ui_alloc.UPLOADED_CRITERIA_KEY)  # Versioned or None
supplied = supplied_in_use.frame if supplied_in_use is not None else None
shown = cache.allocation_page(plan_data, baseline, illustrative, supplied_in_use, projects(), lg)
criteria = shown.criteria  # Versioned: the criteria in use, and their version

st.title(tr("alc_title"))
st.caption(tr("alc_intro"))
illustrative_notice()
ui_alloc.check_source(shown.funds_options)
ui_alloc.url_notices()


def _funds(params: al.AllocationParams) -> tuple[int | None, str]:
    """The funds to allocate (None: the project is not allocated) and their label."""
    if params.source == al.CUSTOM:
        return int(params.amount), tr("alc_source_custom")
    return shown.funds[params.source]


def _compare_choice(params: al.AllocationParams, saved: list) -> tuple[str, al.Coefficients] | None:
    by_name = {s.name: s.params for s in saved}
    uploaded = st.session_state.get(UPLOADED_SET_KEY)
    if uploaded is not None:
        by_name.setdefault(uploaded[0], uploaded[1])
    options = [NONE] + ([NEUTRAL] if not params.coefficients.is_neutral else []) + list(by_name)
    labels = {NONE: t("alc_compare_none", lg), NEUTRAL: t("alc_neutral_name", lg)}
    compared = ALLOCATION_VIEW.params().compare
    choice = ALLOCATION_VIEW.control(
        st.selectbox,
        "compare",
        tr("alc_compare"),
        value=compared if compared in options else NONE,
        options=options,
        format_func=lambda o: labels.get(o, o),
        help=tr("alc_compare_help"),
    )
    if choice == NONE:
        return None
    if choice == NEUTRAL:
        return tr("alc_neutral_name"), al.NEUTRAL
    return choice, by_name[choice]


@fragment
def allocation() -> None:
    """Everything the controls change: reruns alone when a control moves."""
    params = ui_alloc.controls(shown.funds_options, shown.source_labels)
    drawn.coefficient_notice(params.coefficients)
    funds, funds_label = _funds(params)
    if funds is None:
        st.info(f"{funds_label}. {tr('not_allocated_note')}", icon=":material/block:")
        st.caption(tr("alc_not_allocated_help"))
        return
    other = _compare_choice(params, saved_sets())
    floors, caps = bounds(criteria.frame, params, supplied)
    view = cache.allocation_view(
        criteria,
        params.coefficients,
        funds,
        floors,
        caps,
        lg,
        present,
        other,
        (str(config.boundaries), str(config.district_outline)),
    )
    if view.error:
        st.error(view.error, icon=":material/error:")
        return
    result = view.result
    st.subheader(tr("alc_result_heading", funds=funds_label))
    drawn.metrics(view)
    # The result by commune, on the maps and against the poor households: one section open at
    # a time, the others not drawn (as the scenario page's sections; two maps and a chart
    # drawn on every run were two fifths of the page's cost).
    labels = [tr(SECTION_TEXT_KEYS[s]) for s in SECTIONS]
    tabs = ALLOCATION_VIEW.tabs(SECTIONS, labels)
    with tabs["communes"]:
        if tabs["communes"].open:
            drawn.commune_table(view.table)
            st.caption(tr("alc_table_caption", funds=fmt.money_mvnd(funds, lg)))
    with tabs["maps"]:
        if tabs["maps"].open:
            drawn.maps(view)
    with tabs["shares"]:
        if tabs["shares"].open:
            st.caption(tr("alc_share_caption"))
            plotly_chart(
                view.share_figure,
                view.share_table,
                alt=tr("alc_share_heading"),
                key="alc_share_chart",
            )
    if view.compared is not None:
        st.subheader(tr("alc_compare_heading"))
        drawn.compare(view)
    query = "&".join(f"{k}={v}" for k, v in allocation_to_query(params).items())
    st.download_button(
        tr("alc_export"),
        data=lambda: allocation_export.allocation_workbook(
            result,
            criteria.frame,
            shown.sources,
            plan_data.allocation_rules,
            funds_label,
            query,
            illustrative,
            lg,
        ),
        file_name=f"phan-bo-gnbv-bac-ha-{params.source.replace('.', '-')}.xlsx",
        mime=XLSX_MIME,
        icon=":material/download:",
        key="alc_export",
        on_click="ignore",
    )
    brief_button("allocation", shown, params, funds, funds_label, floors, caps)


allocation()


coefficient_sets()
criteria_section(plan_data, supplied, shown, drawn.commune_table)
