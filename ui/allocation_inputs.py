"""The allocation page's inputs below its result: the saved coefficient sets (save, open,
delete, download and upload a set) and the criteria in use (the criteria workbook's template,
its upload, dropping it, the 19 communes' figures, the sources and rules). In the public
edition nothing is saved, deleted or uploaded, and none of those controls' words show."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from gnbv import allocation as al
from gnbv import scenario_store as store
from gnbv import workbook
from gnbv.settings import load_config
from gnbv.versioned import Versioned
from ui import allocation as ui_alloc
from ui import uploads
from ui.common import bad_name, flash, read_only, saved_picker, show_flash, store_failed, tr
from ui.state import kept_fold

CRITERIA_TABLE_KEY = "alc_criteria_table"  # the fold of the criteria figures
UPLOADED_SET_KEY = "alc_uploaded_set"  # (label, Coefficients) of the last coefficient file
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def saved_sets() -> list[store.SavedScenario]:
    """The saved coefficient sets (an empty list, said, if the store fails)."""
    try:
        return store.list_scenarios(load_config().scenario_db, kind=store.COEFFICIENT_SETS)
    except Exception:  # a broken database must not break the page
        st.error(store_failed("coefficients"))
        return []


# --- coefficient sets ---------------------------------------------------------------------------


def _open(chosen: store.SavedScenario) -> None:
    ui_alloc.set_coefficients(chosen.params)
    flash("success", tr("alc_opened", name=chosen.name))


def _delete(name: str) -> None:
    if read_only():
        return
    store.delete(load_config().scenario_db, name, kind=store.COEFFICIENT_SETS)
    flash("success", tr("alc_deleted", name=name))


def _save() -> None:
    if read_only():
        return
    coefficients = ui_alloc.current().coefficients
    try:
        name = store.save(
            load_config().scenario_db,
            st.session_state.get("alc_save_name", ""),
            coefficients,
            kind=store.COEFFICIENT_SETS,
        )
        flash("success", tr("alc_saved", name=name))
    except store.InvalidName as exc:
        flash("error", bad_name(exc))
    except Exception:  # a broken database must not break the page
        flash("error", store_failed("coefficients"))


def _accept_set(result: workbook.UploadResult) -> None:
    coefficients = workbook.coefficients(result.frame)
    label = tr("alc_uploaded_set", source=str(result.frame["source"].iloc[0]))
    st.session_state[UPLOADED_SET_KEY] = (label, coefficients)
    ui_alloc.queue_coefficients(coefficients)


def coefficient_sets() -> None:
    """The saved coefficient sets, and a set's workbook to download or upload."""
    locked = read_only()
    st.subheader(tr("alc_sets_heading"))
    st.caption(tr("alc_sets_caption_read_only" if locked else "alc_sets_caption"))
    sets = saved_sets()
    show_flash()
    if not locked:
        with st.form("alc_save_form", border=False):
            name_col, button_col = st.columns([3, 1], vertical_alignment="bottom")
            name_col.text_input(
                tr("alc_save_name"), key="alc_save_name", max_chars=store.MAX_NAME_LENGTH
            )
            button_col.form_submit_button(tr("alc_save"), icon=":material/save:", on_click=_save)
    if sets:
        labels = (tr("alc_saved_pick"), tr("alc_open"), tr("alc_delete"))
        saved_picker(sets, "alc", labels, _open, None if locked else _delete)
    else:
        st.caption(tr("alc_saved_none"))
    coefficients = ui_alloc.current().coefficients
    st.download_button(
        tr("alc_set_download"),
        data=lambda: workbook.coefficient_workbook(coefficients),
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


def _accept_criteria(result: workbook.UploadResult) -> None:
    frame = result.frame
    source = str(frame["source"].iloc[0])
    st.session_state[ui_alloc.UPLOADED_CRITERIA_KEY] = Versioned.of(
        al.SuppliedCriteria(frame.drop(columns="source"), source)
    )


def _drop_criteria() -> None:
    st.session_state.pop(ui_alloc.UPLOADED_CRITERIA_KEY, None)
    uploads.forget(workbook.ALLOCATION_CRITERIA)


def _criteria_uploads(plan_data, supplied) -> None:
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


def criteria_section(plan_data, supplied, shown, commune_table: Callable) -> None:
    """The criteria in use: the workbook's controls (not in the public edition), the 19
    communes' figures under a fold (``commune_table`` draws them), the sources and rules."""
    st.subheader(tr("alc_criteria_heading"))
    st.caption(tr("alc_criteria_caption"))
    # The public (read-only) edition has no upload: none of its words, nor its template.
    if not read_only():
        _criteria_uploads(plan_data, supplied)
    # The figures of the 19 communes, drawn when unfolded (a grid costs its conversion each run).
    fold = kept_fold(tr("alc_criteria_table"), key=CRITERIA_TABLE_KEY, icon=":material/table:")
    if fold.open:
        with fold:
            commune_table(shown.criteria_table)
    st.markdown(  # one element
        f"{shown.sources_md}\n\n**{tr('alc_rules_heading')}**\n\n{shown.rules_md}"
    )
