"""Funding (Kinh phí): where the money goes — by capital type, by project, by lead agency."""

import streamlit as st

from gnbv import cache, export, fmt
from gnbv.funding import MEASURE_TEXT_KEYS
from gnbv.i18n import t
from gnbv.page_params import FUNDING_MEASURES
from gnbv.views.common import caption_md
from gnbv.views.funding import Funding
from ui.brief import brief_button
from ui.charts import plotly_chart
from ui.common import (
    UPLOADED_PROJECTS_KEY,
    data,
    lang,
    presenting,
    projects,
    tr,
)
from ui.page_states import FUNDING
from ui.state import fragment, url_notices

plan_data = data()
lg = lang()
view = cache.funding_page(projects(), plan_data, lg, presenting())

st.title(tr("fund_title"))
st.caption(tr("fund_intro"))
if st.session_state.get(UPLOADED_PROJECTS_KEY) is not None:
    st.info(tr("fund_uploaded"), icon=":material/upload_file:")

# Headline: the total and its split by capital type.
headline = st.container(horizontal=True)  # one block, where three columns were four
headline.metric(tr("fund_total"), view.total_text)
for metric in view.capital:
    headline.metric(
        metric.label, metric.value, delta=metric.caption, delta_color="off", delta_arrow="off"
    )

if FUNDING.params().project not in (None, *view.project_labels):
    FUNDING.reject("project", "da")  # a project the data in use does not have
url_notices(FUNDING)
brief_button("funding")
if view.total == 0:
    st.warning(tr("fund_no_data"))
    st.stop()


@fragment
def project_chart(view: Funding) -> None:
    """The bars per project, in amounts or shares: the switch reruns only this."""
    measure = FUNDING.control(
        st.segmented_control,
        "measure",
        tr("fund_measure"),
        options=list(FUNDING_MEASURES),
        format_func=lambda m: t(MEASURE_TEXT_KEYS[m], lg),  # lg bound: AppTest calls it too
        required=True,
        label_visibility="collapsed",
    )
    plotly_chart(
        view.project_bars[measure or "amount"],
        view.shown_table(tr("fund_sheet_projects")),
        alt=tr("fund_by_project"),
        key="fund_projects_chart",
    )
    if not view.all_allocated:
        st.caption(f"{fmt.DASH} {tr('not_allocated_note')}")


@fragment
def project_details(view: Funding) -> None:
    """One project in detail, from the plan's text: the choice reruns only this."""
    st.subheader(tr("fund_details"))
    options = list(view.project_labels)
    chosen = FUNDING.control(
        st.selectbox,
        "project",
        tr("fund_select_project"),
        value=FUNDING.params().project or options[0],
        options=options,
        format_func=view.project_labels.get,
    )
    detail = view.details[chosen]
    if detail.allocated:
        amounts = " · ".join(f"**{m.label}:** {m.value}" for m in detail.amounts)
    else:
        amounts = (
            f"**{tr('fund_total')}:** {fmt.DASH} · **{tr('not_allocated')}**  \n"
            f"{caption_md(tr('not_allocated_note'))}"
        )
    if detail.sub_projects:
        items = "\n".join(f"- {s}" for s in detail.sub_projects)
        sub_projects = f"**{tr('fund_sub_projects')}:**\n{items}"
    else:
        sub_projects = f"**{tr('fund_sub_projects')}:** {tr('fund_no_sub_projects')}"
    # one markdown for the amounts and the plan's text (an element costs about as much as
    # its text: four metrics in their blocks cost as much again as the rest of the fragment)
    st.container(border=True).markdown(
        "\n\n".join(
            (
                amounts,
                f"**{tr('fund_lead')}:** {detail.lead}",
                f"**{tr('fund_coordinating')}:** {detail.coordinating}",
                f"**{tr('fund_objective')}:** {detail.objective}",
                f"**{tr('fund_target_groups')}:** {detail.target_groups}",
                f"**{tr('fund_support')}:** {detail.support}",
                sub_projects,
                caption_md(f"{tr('source')}: {detail.source}"),
            )
        )
    )


left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader(tr("fund_by_project"))
    project_chart(view)
with right:
    st.subheader(tr("fund_by_capital"))
    plotly_chart(
        view.capital_bars,
        view.shown_table(tr("fund_sheet_capital")),
        alt=tr("fund_by_capital"),
        key="fund_capital_chart",
    )

st.subheader(tr("fund_by_agency"))
plotly_chart(
    view.agency_bars,
    view.shown_table(tr("fund_sheet_agency")),
    alt=tr("fund_by_agency"),
    key="fund_agency_chart",
)

st.subheader(tr("fund_breakdown"))
plotly_chart(view.treemap, view.treemap_table, alt=tr("fund_breakdown"), key="fund_treemap")
st.caption(tr("fund_breakdown_note"))

project_details(view)

# The downloads of exactly the tables shown under the charts (each chart's table is one click
# away there; the page showed them a second time here, six elements of the page's cost).
st.subheader(tr("fund_table"))
tables = view.tables
downloads = st.container(horizontal=True)  # one block, where three columns were four
downloads.download_button(
    tr("fund_download_xlsx"),
    data=lambda: export.to_excel_bytes(tables),
    file_name="gnbv-bac-ha-2022-kinh-phi.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    icon=":material/download:",
    on_click="ignore",
)
# Taken now: the download runs at click time, outside the session (no language there).
by_project = tables[tr("fund_sheet_projects")]
downloads.download_button(
    tr("fund_download_csv"),
    data=lambda: export.to_csv_bytes(by_project, lg),
    file_name="gnbv-bac-ha-2022-kinh-phi.csv",
    mime="text/csv",
    icon=":material/download:",
    on_click="ignore",
)
st.caption(f"{tr('fund_table_unit')} {tr('source')}: {view.source}")
