"""Data: every dataset in use with its source and status, downloads, Excel templates, and the
upload of planners' workbooks (absent in read-only mode)."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from gnbv import cache, export, fmt
from gnbv.datasets import DATASET_TEXT_KEYS, STATUS_TEXT_KEYS
from gnbv.settings import load_config
from ui.common import (
    commune_baseline,
    data,
    illustrative_notice,
    lang,
    projects,
    read_only,
    tr,
)
from ui.data_uploads import UPLOADED_AT_KEY, planners_section
from ui.page_states import DATA
from ui.state import fragment, url_notices

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
    cache.shipped_loaded_at(str(config.data_dir)),
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


planners_section(plan_data, uploaded_at)

# ---------------------------------------------------------------- what is in use now
st.subheader(tr("data_preview"))
st.dataframe(
    view.baseline_preview, hide_index=True, width="stretch", placeholder=fmt.DASH, lazy=False
)
st.dataframe(
    view.projects_preview, hide_index=True, width="stretch", placeholder=fmt.DASH, lazy=False
)
st.caption(tr("data_funding_totals", **view.funding_totals))
