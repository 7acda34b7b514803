"""Allocation (Phân bổ): divide a project's funds among the 19 communes by the points method —
criteria × coefficients, money per point, whole million VND that add up to the funds — with
floors and caps, two coefficient sets side by side, maps, and an Excel export. The allocation
lives in the URL; the coefficients are the planner's (the rules' own could not be read)."""

import streamlit as st

from gnbv import allocation as al
from gnbv import allocation_export, cache, fmt, workbook
from gnbv import scenario_store as store
from gnbv.allocation_controls import bounds
from gnbv.errors import BOUNDARY_TEXT_KEYS
from gnbv.i18n import TextKeys, t
from gnbv.maps.deck import view_size
from gnbv.page_params import ALLOCATION_SECTIONS as SECTIONS
from gnbv.settings import load_config
from gnbv.url_state import allocation_to_query
from gnbv.versioned import Versioned
from ui import allocation as ui_alloc
from ui import uploads
from ui.brief import brief_button
from ui.charts import figure_table, plotly_chart
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
from ui.maps import legend
from ui.page_states import ALLOCATION_VIEW
from ui.state import fragment, kept_fold

NONE, NEUTRAL = "\u0000none", "\u0000neutral"
SAVED_PICK_KEY = "alc_saved_pick"
CRITERIA_TABLE_KEY = "alc_criteria_table"  # the fold of the criteria figures
SECTION_TEXT_KEYS: TextKeys = {
    "communes": "alc_tab_communes",
    "maps": "alc_tab_maps",
    "shares": "alc_tab_shares",
}
UPLOADED_SET_KEY = "alc_uploaded_set"  # (label, Coefficients) of the last coefficient file
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAP_CONFIG = {"displayModeBar": False}  # as the map page's tile map

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


_fetched: dict[str, list[store.SavedScenario]] = {}  # this run's saved sets: one query a run


def _saved_sets(fresh: bool = False) -> list[store.SavedScenario]:
    """The saved coefficient sets: read again when ``fresh`` (the allocation's part, which
    reruns alone), else as that part last read them in this run."""
    if fresh or "sets" not in _fetched:
        try:
            _fetched["sets"] = store.list_scenarios(config.scenario_db, kind=store.COEFFICIENT_SETS)
        except Exception:  # a broken database must not break the page
            st.error(store_failed("coefficients"))
            _fetched["sets"] = []
    return _fetched["sets"]


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


def _coefficient_notice(coefficients: al.Coefficients) -> None:
    if coefficients.is_neutral:
        st.info(tr("alc_neutral_notice"), icon=":material/balance:")
    else:
        st.info(tr("alc_custom_notice"), icon=":material/edit_note:")


def _metrics(view) -> None:
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


def _commune_table(table) -> None:
    """A table with a row per commune, named by its index (Arrow, from ``gnbv``). Eight
    columns do not fit a phone: there, a grid whose columns scroll under the pinned names (an
    HTML table would scroll in a region the keyboard cannot reach); in the presentation view
    (a wide screen) an HTML table, whose text grows with the view's (the grid's does not)."""
    if present:
        st.table(table)
    else:
        # 19 rows: no lazy loading (deciding it costs a config lookup under a lock)
        st.dataframe(table, height="content", placeholder=fmt.DASH, lazy=False)


def _maps(view) -> None:
    """The true-shape map and the tile map of the amounts, as the map page's, each with the
    maps' table (their text alternative) one click away."""
    legend(view.classes, tr("alc_legend"), tr("alc_legend_note"))
    shape_col, tile_col = st.columns([3, 2])
    with shape_col:
        st.subheader(tr("map_shape"))
        if view.deck is None:
            layer = cache.boundaries(str(config.boundaries))
            message = (
                tr(BOUNDARY_TEXT_KEYS[layer])
                if isinstance(layer, str)
                else tr("alc_codes_mismatch")
            )
            st.error(tr("map_boundary_missing", message=message), icon=":material/map:")
        else:
            st.pydeck_chart(
                view.deck,
                height=view_size(present)[1],
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


def _compare(view) -> None:
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


@fragment
def allocation() -> None:
    """Everything the controls change: reruns alone when a control moves."""
    params = ui_alloc.controls(shown.funds_options, shown.source_labels)
    _coefficient_notice(params.coefficients)
    funds, funds_label = _funds(params)
    if funds is None:
        st.info(f"{funds_label}. {tr('not_allocated_note')}", icon=":material/block:")
        st.caption(tr("alc_not_allocated_help"))
        return
    other = _compare_choice(params, _saved_sets(fresh=True))
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
    _metrics(view)
    # The result by commune, on the maps and against the poor households: one section open at
    # a time, the others not drawn (as the scenario page's sections; two maps and a chart
    # drawn on every run were two fifths of the page's cost).
    labels = [tr(SECTION_TEXT_KEYS[s]) for s in SECTIONS]
    tabs = ALLOCATION_VIEW.tabs(SECTIONS, labels)
    with tabs["communes"]:
        if tabs["communes"].open:
            _commune_table(view.table)
            st.caption(tr("alc_table_caption", funds=fmt.money_mvnd(funds, lg)))
    with tabs["maps"]:
        if tabs["maps"].open:
            _maps(view)
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
        _compare(view)
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


# --- coefficient sets ---------------------------------------------------------------------------
st.subheader(tr("alc_sets_heading"))
st.caption(tr("alc_sets_caption_read_only" if locked else "alc_sets_caption"))
saved_sets = _saved_sets()
by_name = {s.name: s for s in saved_sets}


def _open(name: str) -> None:
    chosen = by_name.get(name)
    if chosen is not None:
        ui_alloc.set_coefficients(chosen.params)
        flash("success", tr("alc_opened", name=name))


def _delete(name: str) -> None:
    if read_only():
        return
    store.delete(config.scenario_db, name, kind=store.COEFFICIENT_SETS)
    flash("success", tr("alc_deleted", name=name))


def _save() -> None:
    if read_only():
        return
    coefficients = ui_alloc.current().coefficients
    try:
        name = store.save(
            config.scenario_db,
            st.session_state.get("alc_save_name", ""),
            coefficients,
            kind=store.COEFFICIENT_SETS,
        )
        flash("success", tr("alc_saved", name=name))
    except store.InvalidName as exc:
        flash("error", bad_name(exc))
    except Exception:  # a broken database must not break the page
        flash("error", store_failed("coefficients"))


show_flash()
if not locked:
    with st.form("alc_save_form", border=False):
        name_col, button_col = st.columns([3, 1], vertical_alignment="bottom")
        name_col.text_input(
            tr("alc_save_name"), key="alc_save_name", max_chars=store.MAX_NAME_LENGTH
        )
        button_col.form_submit_button(tr("alc_save"), icon=":material/save:", on_click=_save)
if saved_sets:
    pick_col, open_col, delete_col = st.columns([3, 1, 1], vertical_alignment="bottom")
    pick = pick_col.selectbox(
        tr("alc_saved_pick"),
        options=list(by_name),
        format_func=lambda n: f"{n} · {by_name[n].saved_at.replace('T', ' ')[:16]} UTC",
        key=SAVED_PICK_KEY,
    )
    open_col.button(
        tr("alc_open"), icon=":material/folder_open:", on_click=_open, args=(pick,), key="alc_open"
    )
    if not locked:
        delete_col.button(
            tr("alc_delete"),
            icon=":material/delete:",
            on_click=_delete,
            args=(pick,),
            key="alc_del",
        )
else:
    st.caption(tr("alc_saved_none"))


def _accept_set(result: workbook.UploadResult) -> None:
    coefficients = workbook.coefficients(result.frame)
    label = tr("alc_uploaded_set", source=str(result.frame["source"].iloc[0]))
    st.session_state[UPLOADED_SET_KEY] = (label, coefficients)
    ui_alloc.queue_coefficients(coefficients)


current_coefficients = ui_alloc.current().coefficients
st.download_button(
    tr("alc_set_download"),
    data=lambda: workbook.coefficient_workbook(current_coefficients),
    file_name="he-so-phan-bo.xlsx",
    mime=XLSX_MIME,
    icon=":material/download:",
    key="alc_set_download",
    on_click="ignore",
)
if not locked:
    uploads.upload(
        workbook.ALLOCATION_COEFFICIENTS,
        tr("alc_set_upload"),
        workbook.read_coefficients,
        _accept_set,
    )


# --- the criteria in use ------------------------------------------------------------------------
st.subheader(tr("alc_criteria_heading"))
st.caption(tr("alc_criteria_caption"))


def _accept_criteria(result: workbook.UploadResult) -> None:
    frame = result.frame
    source = str(frame["source"].iloc[0])
    st.session_state[ui_alloc.UPLOADED_CRITERIA_KEY] = Versioned.of(
        al.SuppliedCriteria(frame.drop(columns="source"), source)
    )


def _drop_criteria() -> None:
    st.session_state.pop(ui_alloc.UPLOADED_CRITERIA_KEY, None)
    uploads.forget(workbook.ALLOCATION_CRITERIA)


def _criteria_uploads() -> None:
    """The criteria workbook: its template, the upload, the one in use and how to drop it."""
    with st.container(border=True):
        st.caption(tr("alc_criteria_upload_help"))
        st.download_button(
            tr("data_template"),
            data=lambda: workbook.criteria_template(plan_data.communes),
            file_name=tr("alc_criteria_template_file"),
            mime=XLSX_MIME,
            key="alc_criteria_template",
            icon=":material/table_view:",
            on_click="ignore",
        )
        if supplied is not None:
            st.success(
                tr("alc_criteria_in_use", source=supplied.source), icon=":material/upload_file:"
            )
            st.button(
                tr("alc_criteria_drop"),
                key="alc_criteria_drop",
                icon=":material/undo:",
                on_click=_drop_criteria,
            )
        uploads.upload(
            workbook.ALLOCATION_CRITERIA,
            tr("alc_criteria_upload"),
            lambda content, name: workbook.read_allocation_criteria(
                content, name, plan_data.communes, plan_data.plan
            ),
            _accept_criteria,
        )


# The public (read-only) edition has no upload: none of its words, nor its template.
if not locked:
    _criteria_uploads()
# The figures of the 19 communes, drawn when unfolded (a grid costs its conversion each run).
criteria_fold = kept_fold(tr("alc_criteria_table"), key=CRITERIA_TABLE_KEY, icon=":material/table:")
if criteria_fold.open:
    with criteria_fold:
        _commune_table(shown.criteria_table)
st.markdown(
    f"{shown.sources_md}\n\n**{tr('alc_rules_heading')}**\n\n{shown.rules_md}"
)  # one element
