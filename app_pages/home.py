"""Home: the plan at a glance — title, issuer, headline figures, targets, published actuals."""

import streamlit as st

from gnbv import cache
from gnbv.i18n import column
from ui.brief import brief_button
from ui.common import cite, commune_baseline, data, lang, metric_row, presenting, review_series, tr
from ui.maps import small_tile_map
from ui.nav import TITLE_TEXT_KEYS

plan_data = data()
lg = lang()
view = cache.home(plan_data, commune_baseline()[0], lg, presenting())
plan = plan_data.plan

st.caption(tr("app_subtitle"))
st.title(tr("app_title"))
st.markdown(  # one element for the plan's title and its issuer
    f"**{plan[column('title', lg)]}**\n\n"
    f"**{tr('home_issuer')}:** {plan[column('issuer', lg)]} · {plan[column('place_date', lg)]} · "
    f"{tr('home_signed')}: {plan[column('signed_by', lg)]}"
)

brief_button("home")
metric_row([*view.amounts, view.projects, view.communes])  # wraps where the room ends

st.subheader(tr("home_targets"))
metric_row(view.targets)

st.subheader(tr("home_actuals"))
metric_row(view.actuals)
since = cache.progress_home(review_series()[0], lg)
if since:
    st.markdown(f"{since} {tr('pg_home_more')}")

small_tile_map(view.tiles)

st.subheader(tr("home_explore"))
links = st.container(horizontal=True, horizontal_alignment="distribute")
for path, icon in (
    ("app_pages/funding.py", ":material/payments:"),
    ("app_pages/targets.py", ":material/flag:"),
    ("app_pages/scenarios.py", ":material/tune:"),
    ("app_pages/progress.py", ":material/timeline:"),
    ("app_pages/map.py", ":material/map:"),
    ("app_pages/allocation.py", ":material/account_tree:"),
    ("app_pages/data.py", ":material/table:"),
):
    links.page_link(path, label=tr(TITLE_TEXT_KEYS[path]), icon=icon)

st.caption(f"{tr('source')}: {cite(plan['source_ref'])}")
