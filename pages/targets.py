"""Targets and responsibilities (Mục tiêu & nhiệm vụ): the plan's targets and key results,
who leads / co-ordinates which project, each body's tasks, and the legal bases."""

import html

import streamlit as st

from gnbv import fmt, palette
from gnbv import targets as tg
from gnbv.data import split_ids
from gnbv.i18n import column
from ui.common import cite, data, lang, projects, tr

plan_data = data()
lg = lang()
table = projects()

st.title(tr("tgt_title"))


def _status_badge(actual: dict, target_value: str) -> str:
    colour = palette.STATUS_COLORS["met" if actual["met"] else "short"]
    status = tr("tgt_met" if actual["met"] else "tgt_short")
    text = tr(
        "tgt_actual",
        year=actual["year"],
        value=fmt.points(actual["value"], lg, 2),
        status=status,
        target=target_value,
    )
    return (
        f'<span style="display:inline-block;border-left:6px solid {colour};'
        f'padding:2px 8px;margin:2px 0">{html.escape(text)}</span>'
    )


cards = tg.cards(plan_data.targets, plan_data.district_poverty, lg)
for kind, heading in (("target", "tgt_targets"), ("key_result", "tgt_results")):
    st.subheader(tr(heading))
    group = [c for c in cards if c["kind"] == kind]
    columns = st.columns(len(group))
    for col, card in zip(columns, group):
        with col.container(border=True, height="stretch"):
            st.markdown(f"#### {card['value_text']}")
            st.caption(f"{card['unit_text']} · {card['scope_text']}")
            st.markdown(f"**{tr('tgt_plan_wording')}:** “{card['wording']}”")
            if card["actuals"]:
                badges = [_status_badge(a, card["value_text"]) for a in card["actuals"]]
                st.html("<br>".join(badges))
                sources = sorted({s for a in card["actuals"] for s in split_ids(a["source_id"])})
                st.caption(tr("tgt_actual_source", source=cite(";".join(sources))))
            st.caption(f"{tr('source')}: {cite(card['source_ref'])}")

st.subheader(tr("tgt_matrix"))
st.caption(tr("tgt_matrix_intro"))
matrix = tg.responsibility_matrix(table, plan_data.bodies, plan_data.other_bodies, lg)
shown = tg.matrix_for_display(matrix, table, lg)
lead_text = "● " + tr("tgt_lead")
coord_text = "○ " + tr("tgt_coordinates")


def _cell_style(value: object) -> str:
    if value == lead_text:
        return f"background-color: {palette.STATUS_COLORS['met']}; color: white; font-weight: 600"
    if value == coord_text:
        return "background-color: rgba(68, 119, 170, 0.15)"
    return ""


project_cols = list(shown.columns[2:])
st.dataframe(
    shown.style.map(_cell_style, subset=project_cols),
    hide_index=True,
    width="stretch",
    height="content",
    placeholder="",
)
if tg.coordinates_all(matrix, "UBND_XA"):
    st.caption(tr("tgt_ubnd_note"))

st.subheader(tr("tgt_tasks"))
numbers = dict(zip(table["project_id"].astype(str), table["number"].astype(int)))
for _, body in plan_data.bodies.iterrows():
    row = matrix[matrix["body_id"] == body["body_id"]].iloc[0]
    parts = []
    for code, key in ((tg.LEAD, "tgt_lead"), (tg.COORDINATES, "tgt_coordinates")):
        named = [tr("fund_project_n", n=numbers[p]) for p in numbers if row.get(p) == code]
        if len(named) == len(numbers):
            named = [tr("tgt_all_projects")]
        if named:
            parts.append(f"{tr(key)}: {', '.join(named)}")
    role = "; ".join(parts) or tr("tgt_no_project_role")
    # keyed: an open expander stays open when a language switch changes its label
    with st.expander(
        f"{body['section']} · {body[column('name', lg)]} — {role}", key=f"tgt_{body['body_id']}"
    ):
        st.markdown(str(body[column("tasks", lg)]))
        st.caption(f"{tr('source')}: {cite(body['source_ref'])}")

st.subheader(tr("tgt_legal"))
for level, docs in tg.legal_bases_by_level(plan_data.legal_bases, lg).items():
    st.markdown(f"**{tr(f'tgt_level_{level}')}**")
    st.markdown(
        "\n".join(
            f"- **{d.number}** — {d.issuer}, {d.issued}: {d.title}" for d in docs.itertuples()
        )
    )
st.caption(f"{tr('source')}: {cite(plan_data.legal_bases['source_ref'].iloc[0])}")
