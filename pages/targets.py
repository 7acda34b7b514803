"""Targets and responsibilities (Mục tiêu & nhiệm vụ): the plan's targets and key results,
who leads / co-ordinates which project, each body's tasks, and the legal bases."""

import streamlit as st

from gnbv import cache, views
from ui.common import caption_md, data, lang, projects, tr

plan_data = data()
view = cache.targets_page(projects(), plan_data, lang())

st.title(tr("tgt_title"))


def card_markdown(card: views.TargetCard) -> str:
    parts = [
        f"#### {card.value_text}",
        caption_md(card.caption),
        f"**{tr('tgt_plan_wording')}:** “{card.wording}”",
    ]
    if card.badges_html:
        parts += [
            card.badges_html,
            caption_md(tr("tgt_actual_source", source=card.actual_sources)),
        ]
    parts.append(caption_md(f"{tr('source')}: {card.source}"))
    return "\n\n".join(parts)


for cards, heading in ((view.targets, "tgt_targets"), (view.key_results, "tgt_results")):
    st.subheader(tr(heading))
    for col, card in zip(st.columns(len(cards)), cards):
        col.container(border=True, height="stretch").markdown(
            card_markdown(card), unsafe_allow_html=bool(card.badges_html)
        )

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
    st.expander(body.title, key=f"tgt_{body.body_id}").markdown(
        f"{body.tasks}\n\n{caption_md(tr('source') + ': ' + body.source)}"
    )

st.subheader(tr("tgt_legal"))
for level, items in view.legal_bases:
    st.markdown(f"**{tr(f'tgt_level_{level}')}**\n{items}")
st.caption(f"{tr('source')}: {view.legal_source}")
