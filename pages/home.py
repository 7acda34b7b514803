"""Home: the plan at a glance — title, issuer, headline figures, targets, published actuals."""

import streamlit as st

from gnbv import cache
from gnbv.i18n import column
from ui.common import cite, commune_baseline, data, lang, presenting, tr
from ui.maps import small_tile_map

plan_data = data()
lg = lang()
view = cache.home(plan_data, commune_baseline()[0], lg, presenting())
plan = plan_data.plan

st.caption(tr("app_subtitle"))
st.title(tr("app_title"))
st.markdown(f"**{plan[column('title', lg)]}**")
st.markdown(
    f"**{tr('home_issuer')}:** {plan[column('issuer', lg)]} · {plan[column('place_date', lg)]} · "
    f"{tr('home_signed')}: {plan[column('signed_by', lg)]}"
)

amounts = st.container(horizontal=True)  # one block, where three columns were four
for metric in view.amounts:
    amounts.metric(metric.label, metric.value)

projects, communes = st.columns(2)
projects.metric(view.projects.label, view.projects.value, help=view.projects.caption)
projects.caption(view.projects.caption)
communes.metric(view.communes.label, view.communes.value)
communes.caption(view.communes.caption)

st.subheader(tr("home_targets"))
for card, metric in zip(st.columns(4), view.targets):
    card.metric(metric.label, metric.value)
    card.caption(metric.caption)

st.subheader(tr("home_actuals"))
for col, metric in zip(st.columns(len(view.actuals)), view.actuals):
    col.metric(metric.label, metric.value)
    col.caption(metric.caption)

small_tile_map(view.tiles)

st.subheader(tr("home_explore"))
links = st.container(horizontal=True, horizontal_alignment="distribute")
for path, key, icon in (
    ("pages/funding.py", "nav_funding", ":material/payments:"),
    ("pages/targets.py", "nav_targets", ":material/flag:"),
    ("pages/scenarios.py", "nav_scenarios", ":material/tune:"),
    ("pages/map.py", "nav_map", ":material/map:"),
    ("pages/data.py", "nav_data", ":material/table:"),
):
    links.page_link(path, label=tr(key), icon=icon)

st.caption(f"{tr('source')}: {cite(plan['source_ref'])}")
