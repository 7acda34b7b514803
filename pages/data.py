"""Data: every dataset in use with its source and status, downloads, Excel templates, and the
upload of planners' workbooks (absent in read-only mode)."""

from __future__ import annotations

import logging
import math
from datetime import datetime

import streamlit as st

from gnbv import cache, export, fmt, workbook
from gnbv.settings import load_config
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

UPLOADED_AT_KEY = "uploaded_at"  # {"commune_baseline" | "projects": datetime}
REPORT_KEY = "upload_report_{kind}"  # (file_id, UploadResult) of the last file checked
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LOG = logging.getLogger(__name__)


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
st.caption(tr("data_intro"))
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
datasets = view.datasets
st.dataframe(view.catalogue, hide_index=True, width="stretch")
st.caption(tr("data_sources_note"))


@st.fragment
def downloads(datasets: list) -> None:
    """Any dataset in use as CSV or Excel: one picker and two buttons (a row of buttons per
    dataset was 29 elements a run, a third of the page's cost); choosing reruns only this."""
    by_key = {ds.key: ds for ds in datasets}
    labels = {ds.key: f"{tr('ds_' + ds.key)} · {tr('ds_status_' + ds.status)}" for ds in datasets}
    row = st.container(horizontal=True, vertical_alignment="bottom")
    key = row.selectbox(
        tr("data_choose"),
        options=list(by_key),
        format_func=labels.get,  # not tr(): AppTest calls it outside the run
        key="data_download_choice",
        width="stretch",
    )
    frame = by_key[key].frame
    row.download_button(
        tr("data_csv"),
        data=lambda: export.to_csv_bytes(frame),
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
downloads(datasets)


# ---------------------------------------------------------------- templates and upload
def _report(result: workbook.UploadResult) -> None:
    if result.ok:
        st.success(tr("data_upload_ok"), icon=":material/check_circle:")
        if result.warnings:
            st.warning(tr("data_upload_warnings", warnings=fmt.number(result.warning_count, lg)))
    else:
        st.error(
            tr(
                "data_upload_failed",
                errors=fmt.number(result.error_count, lg),
                warnings=fmt.number(result.warning_count, lg),
            ),
            icon=":material/error:",
        )
    if result.problems:
        # a table, not a grid: the messages wrap and are read in full
        table = workbook.problems_table(result.problems, lg, result.omitted)
        st.table(table.set_index(tr("report_severity")))


def _check(kind: str, uploaded) -> workbook.UploadResult:
    """Check an uploaded file. The upload boundary: whatever goes wrong here (a bug the
    checks did not foresee), the page says so in the UI language and the data in use stays
    as it was; the details go to the server's log."""
    try:
        content = uploaded.getvalue()
        if kind == workbook.COMMUNE_REVIEW:
            return workbook.read_commune_review(content, uploaded.name, plan_data.communes)
        return workbook.read_allocations(
            content, uploaded.name, plan_data.projects, plan_data.sub_projects, plan_data.plan
        )
    except Exception:
        LOG.exception("checking the uploaded %s workbook failed", kind)
        return workbook.unexpected_failure(kind)


def _upload(kind: str, state_key: str, dataset_key: str) -> None:
    """The uploader of one kind of workbook; the data in use changes only when the whole
    file passes."""
    uploaded = st.file_uploader(
        tr(f"data_upload_{kind}"),
        type=["xlsx"],
        key=f"uploader_{kind}",
        max_upload_size=max(1, math.ceil(config.max_upload_mb)),
        help=tr("data_upload_help", mb=config.max_upload_mb),
    )
    report_key = REPORT_KEY.format(kind=kind)
    if uploaded is None:
        st.session_state.pop(report_key, None)
        return
    previous = st.session_state.get(report_key)
    if previous is None or previous[0] != uploaded.file_id:
        result = _check(kind, uploaded)
        st.session_state[report_key] = (uploaded.file_id, result)
        if result.ok:
            st.session_state[state_key] = result.frame
            st.session_state[UPLOADED_AT_KEY] = {**uploaded_at, dataset_key: datetime.now()}
            st.rerun()  # every part of this page (and the banner) shows the new data
    try:
        _report(st.session_state[report_key][1])
    except Exception:  # the report of a file is drawn at the same boundary
        LOG.exception("drawing the report of the uploaded %s workbook failed", kind)
        st.error(tr("wb_unexpected"), icon=":material/error:")


def _reset(state_key: str, dataset_key: str, kind: str) -> None:
    st.session_state.pop(state_key, None)
    st.session_state[UPLOADED_AT_KEY] = {
        k: v for k, v in st.session_state.get(UPLOADED_AT_KEY, {}).items() if k != dataset_key
    }
    st.session_state.pop(REPORT_KEY.format(kind=kind), None)


st.subheader(tr("data_planners"))
st.markdown(tr("data_planners_intro"))
if read_only():
    st.info(tr("data_read_only"), icon=":material/lock:")

for kind, state_key, dataset_key, template in (
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
):
    with st.container(border=True):
        st.markdown(f"#### {tr(f'data_section_{kind}')}")
        st.caption(tr(f"data_section_{kind}_help"))
        st.download_button(
            tr("data_template"),
            data=template,
            file_name=tr(f"data_template_file_{kind}"),
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
            if not read_only():
                st.button(
                    tr("data_reset"),
                    key=f"reset_{kind}",
                    icon=":material/undo:",
                    on_click=_reset,
                    args=(state_key, dataset_key, kind),
                )
        if not read_only():
            _upload(kind, state_key, dataset_key)

# ---------------------------------------------------------------- what is in use now
st.subheader(tr("data_preview"))
st.dataframe(view.baseline_preview, hide_index=True, width="stretch")
st.dataframe(view.projects_preview, hide_index=True, width="stretch")
st.caption(tr("data_funding_totals", **view.funding_totals))
