"""Funding (Kinh phí): where the money goes — by capital type, by project, by lead agency."""

import pandas as pd
import streamlit as st

from gnbv import charts, export, fmt, funding
from gnbv.data import split_ids
from gnbv.i18n import column
from ui.charts import plotly_chart
from ui.common import UPLOADED_PROJECTS_KEY, cite, data, lang, presenting, projects, tr
from ui.state import keep

plan_data = data()
lg = lang()
table = projects()
body_name = plan_data.body_name

st.title(tr("fund_title"))
st.caption(tr("fund_intro"))
if st.session_state.get(UPLOADED_PROJECTS_KEY) is not None:
    st.info(tr("fund_uploaded"), icon=":material/upload_file:")

sums = funding.totals(table)
capital = funding.by_capital_type(table)
per_project = funding.by_project(table, lg)
agencies = funding.by_lead_agency(table, body_name, lg)
# The figures shown, as tables: under each chart (its text alternative) and at the foot of
# the page with their downloads.
tables = funding.shown_tables(table, body_name, lg)
shown = {name: funding.formatted(frame, lg) for name, frame in tables.items()}

# Headline: the total and its split by capital type.
total_col, inv_col, rec_col = st.columns(3)
total_col.metric(tr("fund_total"), fmt.money_mvnd(sums["total"], lg))
for col, row in zip((inv_col, rec_col), capital.itertuples()):
    col.metric(
        tr(f"fund_{row.capital_type}"),
        fmt.money_mvnd(row.amount_mvnd, lg),
        delta=tr("fund_share_of_total", share=fmt.percent(row.share_pct, lg)),
        delta_color="off",
        delta_arrow="off",
    )

if sums["total"] == 0:
    st.warning(tr("fund_no_data"))
    st.stop()

left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader(tr("fund_by_project"))
    measure = keep(
        st.segmented_control,
        tr("fund_measure"),
        options=["amount", "share"],
        format_func=lambda m: tr(f"fund_measure_{m}"),
        default="amount",
        key="fund_measure",
        label_visibility="collapsed",
    )
    plotly_chart(
        charts.project_bars(per_project, lg, measure or "amount", present=presenting()),
        shown[tr("fund_sheet_projects")],
        alt=tr("fund_by_project"),
        key="fund_projects_chart",
    )
    if not per_project["allocated"].all():
        st.caption(f"{fmt.DASH} {tr('not_allocated_note')}")
with right:
    st.subheader(tr("fund_by_capital"))
    plotly_chart(
        charts.capital_type_bars(capital, lg, present=presenting()),
        shown[tr("fund_sheet_capital")],
        alt=tr("fund_by_capital"),
        key="fund_capital_chart",
    )

st.subheader(tr("fund_by_agency"))
plotly_chart(
    charts.agency_bars(agencies, lg, present=presenting()),
    shown[tr("fund_sheet_agency")],
    alt=tr("fund_by_agency"),
    key="fund_agency_chart",
)

st.subheader(tr("fund_breakdown"))
nodes = funding.hierarchy(table, plan_data.sub_projects, lg)
plotly_chart(
    charts.breakdown_treemap(nodes, lg, present=presenting()),
    charts.breakdown_table(nodes, lg),
    alt=tr("fund_breakdown"),
    key="fund_treemap",
)
st.caption(tr("fund_breakdown_note"))

# One project in detail, from the plan's text.
st.subheader(tr("fund_details"))
ids = list(per_project["project_id"])
labels = dict(zip(per_project["project_id"], per_project["label"] + " — " + per_project["name"]))
chosen = keep(
    st.selectbox, tr("fund_select_project"), options=ids, format_func=labels.get, key="fund_project"
)
project = table.loc[table["project_id"] == chosen].iloc[0]
summary = per_project.loc[per_project["project_id"] == chosen].iloc[0]
with st.container(border=True):
    a, b, c = st.columns(3)
    if summary["allocated"]:
        a.metric(tr("fund_total"), fmt.money_mvnd(summary["total_mvnd"], lg))
        b.metric(tr("fund_investment"), fmt.money_mvnd(summary["investment_mvnd"], lg))
        c.metric(tr("fund_recurrent"), fmt.money_mvnd(summary["recurrent_mvnd"], lg))
    else:
        a.metric(tr("fund_total"), fmt.DASH)
        b.markdown(f"**{tr('not_allocated')}**")
        b.caption(tr("not_allocated_note"))
    coordinating = [body_name(b, lg) for b in split_ids(project["coordinating_body_ids"])]
    st.markdown(f"**{tr('fund_lead')}:** {body_name(str(project['lead_body_id']), lg)}")
    st.markdown(f"**{tr('fund_coordinating')}:** {'; '.join(coordinating) or fmt.DASH}")
    st.markdown(f"**{tr('fund_objective')}:** {project[column('objective', lg)]}")
    st.markdown(f"**{tr('fund_target_groups')}:** {project[column('target_groups', lg)]}")
    st.markdown(f"**{tr('fund_support')}:** {project[column('support_content', lg)]}")
    subs = plan_data.sub_projects[plan_data.sub_projects["project_id"] == chosen]
    if len(subs):
        items = "\n".join(
            f"- {tr('fund_sub_project_n', n=funding.sub_project_number(s))}: "
            f"{s[column('name', lg)]}"
            for _, s in subs.iterrows()
        )
        st.markdown(f"**{tr('fund_sub_projects')}:**\n{items}")
    else:
        st.markdown(f"**{tr('fund_sub_projects')}:** {tr('fund_no_sub_projects')}")
    st.caption(f"{tr('source')}: {cite(project['source_ref'])}")

# The figures shown, as tables, with downloads of exactly these tables.
st.subheader(tr("fund_table"))
st.caption(tr("fund_table_unit"))
short = funding.short_headers(lg)
name_col = tr("fund_project_name")
for name, frame in tables.items():
    st.markdown(f"**{name}**")
    st.dataframe(
        shown[name],
        hide_index=True,
        width="stretch",
        height="content",
        placeholder=fmt.DASH,
        column_config={
            c: st.column_config.TextColumn(short.get(c, c), alignment="right", width=95)
            if pd.api.types.is_numeric_dtype(frame[c])
            else st.column_config.TextColumn(c, width=300 if c == name_col else None)
            for c in frame.columns
        },
    )
xlsx_col, csv_col, _ = st.columns([1, 1, 2])
xlsx_col.download_button(
    tr("fund_download_xlsx"),
    data=lambda: export.to_excel_bytes(tables),
    file_name="gnbv-bac-ha-2022-kinh-phi.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    icon=":material/download:",
    on_click="ignore",
)
# Taken now: the download runs at click time, outside the session (no language there).
by_project = tables[tr("fund_sheet_projects")]
csv_col.download_button(
    tr("fund_download_csv"),
    data=lambda: export.to_csv_bytes(by_project, lg),
    file_name="gnbv-bac-ha-2022-kinh-phi.csv",
    mime="text/csv",
    icon=":material/download:",
    on_click="ignore",
)
st.caption(f"{tr('source')}: {cite(plan_data.plan['source_ref'])}")
