"""Home: the plan at a glance — title, issuer, headline figures, targets, published actuals."""

import streamlit as st

from gnbv import fmt
from gnbv.data import headline
from gnbv.i18n import column
from ui.common import cite, data, lang, tr
from ui.maps import small_tile_map

plan_data = data()
lg = lang()
h = headline(plan_data)
plan = plan_data.plan

st.caption(tr("app_subtitle"))
st.title(tr("app_title"))
st.markdown(f"**{plan[column('title', lg)]}**")
st.markdown(
    f"**{tr('home_issuer')}:** {plan[column('issuer', lg)]} · {plan[column('place_date', lg)]} · "
    f"{tr('home_signed')}: {plan[column('signed_by', lg)]}"
)

total, investment, recurrent = st.columns(3)
total.metric(tr("home_total"), fmt.money_mvnd(h["total_mvnd"], lg))
investment.metric(tr("home_investment"), fmt.money_mvnd(h["investment_mvnd"], lg))
recurrent.metric(tr("home_recurrent"), fmt.money_mvnd(h["recurrent_mvnd"], lg))

projects, communes = st.columns(2)
projects.metric(
    tr("home_projects"),
    fmt.number(h["projects"], lg),
    help=tr("home_projects_help", allocated=h["projects_allocated"]),
)
projects.caption(tr("home_projects_help", allocated=h["projects_allocated"]))
communes.metric(tr("home_communes"), fmt.number(h["communes"], lg))
communes.caption(tr("home_communes_help", towns=h["towns"], xa=h["communes"] - h["towns"]))

st.subheader(tr("home_targets"))
cards = st.columns(4)
for card, label, value in zip(
    cards,
    ("home_target_poor", "home_target_poor_commune", "home_target_near_poor", "home_target_em"),
    (
        h["poor_rate_reduction_pp"],
        h["poor_commune_reduction_pp"],
        h["near_poor_reduction_pp"],
        h["ethnic_minority_reduction_pp"],
    ),
):
    card.metric(tr(label), fmt.points(value, lg))
    card.caption(tr("home_per_year"))

st.subheader(tr("home_actuals"))
actual_cols = st.columns(len(plan_data.district_poverty))
for col, (_, row) in zip(actual_cols, plan_data.district_poverty.iterrows()):
    status = "home_actual_derived" if row["status"] == "derived" else "home_actual_published"
    col.metric(
        tr("home_end_of_year", year=int(row["year"])), fmt.percent(row["poor_rate_pct"], lg, 2)
    )
    col.caption(f"{tr(status)} · {tr('source')}: {cite(row['source_id'])}")

small_tile_map()

st.subheader(tr("home_explore"))
links = st.columns(5)
for col, (path, key, icon) in zip(
    links,
    (
        ("pages/funding.py", "nav_funding", ":material/payments:"),
        ("pages/targets.py", "nav_targets", ":material/flag:"),
        ("pages/scenarios.py", "nav_scenarios", ":material/tune:"),
        ("pages/map.py", "nav_map", ":material/map:"),
        ("pages/data.py", "nav_data", ":material/table:"),
    ),
):
    col.page_link(path, label=tr(key), icon=icon)

st.caption(f"{tr('source')}: {cite(plan['source_ref'])}")
