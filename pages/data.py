"""Data: every dataset in use with its source and status, downloads, Excel templates, and the
upload of planners' workbooks (absent in read-only mode)."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import streamlit as st

from gnbv import export, fmt, workbook
from gnbv.datasets import catalogue, catalogue_table, sources_table
from gnbv.funding import project_label
from gnbv.i18n import column
from gnbv.settings import load_config
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

UPLOADED_AT_KEY = "uploaded_at"  # {"commune_baseline" | "projects": datetime}
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
datasets = catalogue(
    plan_data,
    baseline,
    is_illustrative,
    projects(),
    _shipped_loaded_at(str(config.data_dir)),
    {k: v for k, v in uploaded_at.items() if k in ("commune_baseline", "projects")},
)
st.dataframe(
    catalogue_table(datasets, lg, plan_data.citations),
    hide_index=True,
    width="stretch",
    placeholder=fmt.DASH,
)
st.caption(tr("data_sources_note"))
with st.expander(tr("data_sources"), icon=":material/menu_book:"):
    st.table(
        sources_table(datasets, plan_data.sources, lg, plan_data.citations),
        hide_index=True,
        alt=tr("data_sources"),
    )

st.subheader(tr("data_downloads"))
for ds in datasets:
    name, csv_col, xlsx_col = st.columns([3, 1, 1], vertical_alignment="center")
    name.markdown(f"**{tr('ds_' + ds.key)}** · {tr('ds_status_' + ds.status)}")
    csv_col.download_button(
        tr("data_csv"),
        data=lambda frame=ds.frame: export.to_csv_bytes(frame, lg),  # as Excel in lg reads it
        file_name=f"gnbv_{ds.key}.csv",
        mime="text/csv",
        key=f"csv_{ds.key}",
        icon=":material/download:",
        on_click="ignore",
    )
    xlsx_col.download_button(
        tr("data_excel"),
        data=lambda frame=ds.frame, key=ds.key: export.to_excel_bytes({key: frame}),
        file_name=f"gnbv_{ds.key}.xlsx",
        mime=XLSX_MIME,
        key=f"xlsx_{ds.key}",
        icon=":material/download:",
        on_click="ignore",
    )


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
        st.session_state[state_key] = result.frame
        st.session_state[UPLOADED_AT_KEY] = {**uploaded_at, dataset_key: datetime.now()}

    uploads.upload(kind, tr(f"data_upload_{kind}"), _read(kind), accept)


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
preview = baseline.merge(
    plan_data.communes[["code", "name"]], on="code", how="left", validate="one_to_one"
)
shown = pd.DataFrame(
    {
        tr("pv_code"): preview["code"],
        tr("pv_name"): preview["name"],
        tr("pv_year"): preview["year"].astype(str),
        **{tr(f"pv_{k}"): preview[k].map(lambda v: fmt.number(v, lg)) for k in workbook.COUNT_KEYS},
        tr("pv_status"): preview["is_illustrative"].map(
            lambda v: tr("ds_status_illustrative") if v else tr("ds_status_uploaded")
        ),
    }
)
st.dataframe(shown, hide_index=True, width="stretch", placeholder=fmt.DASH)
funding = projects()
st.dataframe(
    pd.DataFrame(
        {
            tr("pv_project"): [project_label(n, lg) for n in funding["number"]],
            tr("pv_project_name"): funding[column("name", lg)],
            **{
                tr(f"pv_{k}"): funding[k].map(lambda v: fmt.number(v, lg))
                for k in ("investment_mvnd", "recurrent_mvnd", "total_mvnd")
            },
            tr("pv_allocation"): funding["allocation_status"].map(
                lambda v: tr("not_allocated") if v == "not_allocated" else tr("pv_allocated")
            ),
        }
    ),
    hide_index=True,
    width="stretch",
    placeholder=fmt.DASH,
)
st.caption(
    tr(
        "data_funding_totals",
        investment=fmt.money_mvnd(funding["investment_mvnd"].sum(), lg),
        recurrent=fmt.money_mvnd(funding["recurrent_mvnd"].sum(), lg),
        total=fmt.money_mvnd(funding["total_mvnd"].sum(), lg),
    )
)
