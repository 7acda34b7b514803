"""The Data page's planners' workbooks: a commune review and a project allocation, each with
its template (in the UI language), the upload (checked whole: the data in use changes only when
the file passes) and the way back to the shipped data. Absent in the public edition."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from gnbv import workbook
from gnbv.i18n import TextKeys
from gnbv.versioned import Versioned
from ui import uploads
from ui.common import UPLOADED_BASELINE_KEY, UPLOADED_PROJECTS_KEY, read_only, tr

UPLOADED_AT_KEY = "uploaded_at"  # {"commune_baseline" | "projects": datetime}
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# By the kind of planners' workbook (workbook.COMMUNE_REVIEW, workbook.ALLOCATIONS).
UPLOAD_TEXT_KEYS: TextKeys = {
    "commune_review": "data_upload_commune_review",
    "allocations": "data_upload_allocations",
}
SECTION_TEXT_KEYS: TextKeys = {
    "commune_review": "data_section_commune_review",
    "allocations": "data_section_allocations",
}
SECTION_HELP_TEXT_KEYS: TextKeys = {
    "commune_review": "data_section_commune_review_help",
    "allocations": "data_section_allocations_help",
}
TEMPLATE_FILE_TEXT_KEYS: TextKeys = {
    "commune_review": "data_template_file_commune_review",
    "allocations": "data_template_file_allocations",
}


def _read(kind: str, plan_data):
    """How a workbook of ``kind`` is checked (content, file name → UploadResult)."""
    if kind == workbook.COMMUNE_REVIEW:
        return lambda content, name: workbook.read_commune_review(content, name, plan_data.communes)
    return lambda content, name: workbook.read_allocations(
        content, name, plan_data.projects, plan_data.sub_projects, plan_data.plan
    )


def _upload(plan_data, kind: str, state_key: str, dataset_key: str, uploaded_at: dict) -> None:
    """The uploader of one kind of workbook; the data in use changes only when the whole
    file passes."""

    def accept(result: workbook.UploadResult) -> None:
        st.session_state[state_key] = Versioned.of(result.frame)  # its version, once
        st.session_state[UPLOADED_AT_KEY] = {**uploaded_at, dataset_key: datetime.now()}

    uploads.upload(kind, tr(UPLOAD_TEXT_KEYS[kind]), _read(kind, plan_data), accept)


def _reset(state_key: str, dataset_key: str, kind: str) -> None:
    st.session_state.pop(state_key, None)
    st.session_state[UPLOADED_AT_KEY] = {
        k: v for k, v in st.session_state.get(UPLOADED_AT_KEY, {}).items() if k != dataset_key
    }
    uploads.forget(kind)


def planners_section(plan_data, uploaded_at: dict[str, datetime]) -> None:
    """The planners' workbooks: for each kind its template, the one in use (and how to go
    back to the shipped data) and its upload. None of it in the public edition."""
    # The public (read-only) edition has no upload: none of its words, nor its templates.
    planners = (
        ()
        if read_only()
        else (
            (
                workbook.COMMUNE_REVIEW,
                UPLOADED_BASELINE_KEY,
                "commune_baseline",
                lambda: workbook.commune_review_template(plan_data.communes),
            ),
            (
                workbook.ALLOCATIONS,
                UPLOADED_PROJECTS_KEY,
                "projects",
                lambda: workbook.allocation_template(plan_data.projects, plan_data.sub_projects),
            ),
        )
    )
    if planners:
        st.subheader(tr("data_planners"))
        st.markdown(tr("data_planners_intro"))
    for kind, state_key, dataset_key, template in planners:
        with st.container(border=True):
            st.markdown(f"#### {tr(SECTION_TEXT_KEYS[kind])}")
            st.caption(tr(SECTION_HELP_TEXT_KEYS[kind]))
            st.download_button(
                tr("data_template"),
                data=template,
                file_name=tr(TEMPLATE_FILE_TEXT_KEYS[kind]),
                mime=XLSX_MIME,
                key=f"template_{kind}",
                icon=":material/table_view:",
                on_click="ignore",
            )
            if st.session_state.get(state_key) is not None:
                st.success(
                    tr("data_in_use_uploaded", when=f"{uploaded_at[dataset_key]:%d/%m/%Y %H:%M}")
                    if dataset_key in uploaded_at
                    else tr("data_in_use_uploaded_plain"),
                    icon=":material/upload_file:",
                )
                st.button(
                    tr("data_reset"),
                    key=f"reset_{kind}",
                    icon=":material/undo:",
                    on_click=_reset,
                    args=(state_key, dataset_key, kind),
                )
            _upload(plan_data, kind, state_key, dataset_key, uploaded_at)
