"""The upload of a planner's workbook, as every page offers it: the uploader, the check of a
new file inside the upload boundary, the report, and the hand-over of an accepted file. The
data in use changes only when the whole file passes; nothing here may raise into the page."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

import streamlit as st

from gnbv import fmt, workbook
from gnbv.settings import load_config
from ui.common import lang, tr

REPORT_KEY = "upload_report_{kind}"  # (file_id, UploadResult) of the last file checked
GENERATION_KEY = "uploader_{kind}_generation"  # bumped to give the uploader a fresh, empty box
LOG = logging.getLogger(__name__)


def report(result: workbook.UploadResult) -> None:
    """Accepted or not, with the counts, then every problem listed with its place."""
    lg = lang()
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


def checked(kind: str, read: Callable[[], workbook.UploadResult]) -> workbook.UploadResult:
    """``read()``, inside the upload boundary: whatever goes wrong there (a bug the checks
    did not foresee), the page says so in the UI language and the data in use stays as it
    was; the details go to the server's log."""
    try:
        return read()
    except Exception:
        LOG.exception("checking the uploaded %s workbook failed", kind)
        return workbook.unexpected_failure(kind)


def forget(kind: str) -> None:
    """Drop the report of the last file of ``kind`` and empty its uploader (when the data it
    gave is dropped: the file still in the box must not be taken again on the next run)."""
    st.session_state.pop(REPORT_KEY.format(kind=kind), None)
    generation = GENERATION_KEY.format(kind=kind)
    st.session_state[generation] = st.session_state.get(generation, 0) + 1


def upload(
    kind: str,
    label: str,
    read: Callable[[bytes, str], workbook.UploadResult],
    accept: Callable[[workbook.UploadResult], None],
) -> None:
    """The uploader of one kind of workbook (key ``uploader_<kind>``, then
    ``uploader_<kind>_<n>`` after :func:`forget`): a new file is checked
    once by ``read(content, filename)``; when it passes, ``accept(result)`` puts its data in
    use and the page reruns so that every part of it shows the new data."""
    config = load_config()
    generation = st.session_state.get(GENERATION_KEY.format(kind=kind), 0)
    uploaded = st.file_uploader(
        label,
        type=["xlsx"],
        key=f"uploader_{kind}" + (f"_{generation}" if generation else ""),
        max_upload_size=max(1, math.ceil(config.max_upload_mb)),
        help=tr("data_upload_help", mb=config.max_upload_mb),
    )
    report_key = REPORT_KEY.format(kind=kind)
    if uploaded is None:
        st.session_state.pop(report_key, None)
        return
    previous = st.session_state.get(report_key)
    if previous is None or previous[0] != uploaded.file_id:
        result = checked(kind, lambda: read(uploaded.getvalue(), uploaded.name))
        st.session_state[report_key] = (uploaded.file_id, result)
        if result.ok:
            accept(result)
            st.rerun()
    try:
        report(st.session_state[report_key][1])
    except Exception:  # the report of a file is drawn at the same boundary
        LOG.exception("drawing the report of the uploaded %s workbook failed", kind)
        st.error(tr("wb_unexpected"), icon=":material/error:")
