"""Targets and responsibilities (Mục tiêu & nhiệm vụ): the plan's targets and key results,
who leads / co-ordinates which project, each body's tasks, and the legal bases."""

import streamlit as st

from gnbv import cache
from ui.common import data, lang, projects, tr

plan_data = data()
view = cache.targets_page(projects(), plan_data, lang())

st.title(tr("tgt_title"))

# Each row of cards is one markdown, laid out as a grid by the app's CSS (gnbv-cards).
for cards_md, heading in (
    (view.targets_md, tr("tgt_targets")),
    (view.key_results_md, tr("tgt_results")),
):
    st.subheader(heading)
    st.markdown(cards_md, unsafe_allow_html=True)

st.subheader(tr("tgt_matrix"))
st.caption(tr("tgt_matrix_intro"))
st.dataframe(
    view.matrix, hide_index=True, width="stretch", height="content", placeholder="", lazy=False
)
if view.ubnd_coordinates_all:
    st.caption(tr("tgt_ubnd_note"))

st.subheader(tr("tgt_tasks"))
for body in view.bodies:
    # keyed: an open expander stays open when a language switch changes its label
    st.expander(body.title, key=f"tgt_{body.body_id}").markdown(body.markdown)

st.subheader(tr("tgt_legal"))
st.markdown(view.legal_md)
st.caption(f"{tr('source')}: {view.legal_source}")
