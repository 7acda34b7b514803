"""Data: every dataset in use with its source and status, downloads, Excel templates, and the
upload of planners' workbooks (absent in read-only mode)."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from gnbv import cache, export, fmt, workbook
from gnbv.datasets import DATASET_TEXT_KEYS, STATUS_TEXT_KEYS
from gnbv.i18n import TextKeys
from gnbv.settings import load_config
from gnbv.versioned import Versioned
from ui import uploads
from ui.common import (
    UPLOADED_BASELINE_KEY,
    UPLOADED_PROJECTS_KEY,
    commune_baseline,
    data,
    illustrative_notice,
    lang,
    projects,
    read_only,
    tr,
)
from ui.page_states import DATA
from ui.state import fragment, url_notices

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


@st.cache_resource(show_spinner=False)
def _shipped_loaded_at(data_dir: str) -> datetime:
    """When this server process loaded the shipped data (it is loaded once, then cached)."""
    return datetime.now()


plan_data = data()
lg = lang()
config = load_config()
baseline, is_illustrative = commune_baseline()
uploaded_at: dict[str, datetime] = st.session_state.get(UPLOADED_AT_KEY, {})

st.title(tr("data_title"))
st.caption(tr("data_intro_read_only" if read_only() else "data_intro"))
illustrative_notice()

# ---------------------------------------------------------------- datasets in use
st.subheader(tr("data_in_use"))
view = cache.data_page(
    plan_data,
    baseline,
    is_illustrative,
    projects(),
    _shipped_loaded_at(data_dir=str(config.data_dir)),
    {k: v for k, v in uploaded_at.items() if k in ("commune_baseline", "projects")},
    lg,
)
st.dataframe(view.catalogue, hide_index=True, width="stretch", placeholder=fmt.DASH, lazy=False)
st.caption(tr("data_sources_note"))
with st.expander(tr("data_sources"), icon=":material/menu_book:"):
    st.table(view.sources, hide_index=True, alt=tr("data_sources"))


@fragment
def downloads(datasets: list) -> None:
    """Any dataset in use as CSV or Excel: one picker and two buttons (a row of buttons per
    dataset was 29 elements a run, a third of the page's cost); choosing reruns only this."""
    by_key = {ds.key: ds for ds in datasets}
    labels = {
        ds.key: f"{tr(DATASET_TEXT_KEYS[ds.key])} · {tr(STATUS_TEXT_KEYS[ds.status])}"
        for ds in datasets
    }
    row = st.container(horizontal=True, vertical_alignment="bottom")
    if DATA.params().dataset not in (None, *by_key):
        DATA.reject("dataset", "ds")
    url_notices(DATA)
    key = DATA.control(
        row.selectbox,
        "dataset",
        tr("data_choose"),
        value=DATA.params().dataset or next(iter(by_key)),
        options=list(by_key),
        format_func=labels.get,  # not tr(): AppTest calls it outside the run
        width="stretch",
    )
    frame = by_key[key].frame
    row.download_button(
        tr("data_csv"),
        data=lambda: export.to_csv_bytes(frame, lg),  # as Excel in lg reads it
        file_name=f"gnbv_{key}.csv",
        mime="text/csv",
        key="data_download_csv",
        icon=":material/download:",
        on_click="ignore",
    )
    row.download_button(
        tr("data_excel"),
        data=lambda: export.to_excel_bytes({key: frame}),
        file_name=f"gnbv_{key}.xlsx",
        mime=XLSX_MIME,
        key="data_download_xlsx",
        icon=":material/download:",
        on_click="ignore",
    )


st.subheader(tr("data_downloads"))
downloads(view.datasets)


# ---------------------------------------------------------------- templates and upload
def _read(kind: str):
    """How a workbook of ``kind`` is checked (content, file name → UploadResult)."""
    if kind == workbook.COMMUNE_REVIEW:
        return lambda content, name: workbook.read_commune_review(content, name, plan_data.communes)
    return lambda content, name: workbook.read_allocations(
        content, name, plan_data.projects, plan_data.sub_projects, plan_data.plan
    )


def _upload(kind: str, state_key: str, dataset_key: str) -> None:
    """The uploader of one kind of workbook; the data in use changes only when the whole
    file passes."""

    def accept(result: workbook.UploadResult) -> None:
        st.session_state[state_key] = Versioned.of(result.frame)  # its version, once
        st.session_state[UPLOADED_AT_KEY] = {**uploaded_at, dataset_key: datetime.now()}

    uploads.upload(kind, tr(UPLOAD_TEXT_KEYS[kind]), _read(kind), accept)


def _reset(state_key: str, dataset_key: str, kind: str) -> None:
    st.session_state.pop(state_key, None)
    st.session_state[UPLOADED_AT_KEY] = {
        k: v for k, v in st.session_state.get(UPLOADED_AT_KEY, {}).items() if k != dataset_key
    }
    uploads.forget(kind)


# The public (read-only) edition has no upload: none of its words, nor its templates.
PLANNERS = (
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
if PLANNERS:
    st.subheader(tr("data_planners"))
    st.markdown(tr("data_planners_intro"))
for kind, state_key, dataset_key, template in PLANNERS:
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
        _upload(kind, state_key, dataset_key)

# ---------------------------------------------------------------- what is in use now
st.subheader(tr("data_preview"))
st.dataframe(
    view.baseline_preview, hide_index=True, width="stretch", placeholder=fmt.DASH, lazy=False
)
st.dataframe(
    view.projects_preview, hide_index=True, width="stretch", placeholder=fmt.DASH, lazy=False
)
st.caption(tr("data_funding_totals", **view.funding_totals))
