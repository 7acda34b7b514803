"""The Targets page's view: target cards, the responsibility matrix, the bodies' tasks and the
legal bases."""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from gnbv import fmt, palette
from gnbv import targets as tg
from gnbv.arrow import arrow
from gnbv.data import PlanData, split_ids
from gnbv.i18n import cite, column, t
from gnbv.views.common import (
    TargetCard,
    caption_md,
    cards_markdown,
)


@dataclass(frozen=True)
class BodyTasks:
    body_id: str  # keys the page's expander: an open one stays open across a language switch
    title: str  # "6.1 · Phòng Lao động … — Chủ trì: Dự án 4"
    markdown: str  # the body's tasks and their source (cited for readers), as shown


@dataclass(frozen=True)
class Targets:
    targets: list[TargetCard]
    key_results: list[TargetCard]
    targets_md: str  # the target cards as one markdown (cards_markdown)
    key_results_md: str
    matrix: pa.Table
    ubnd_coordinates_all: bool
    bodies: list[BodyTasks]
    legal_bases: list[tuple[str, str]]  # (level, markdown list)
    legal_source: str  # cited for readers
    legal_md: str  # the legal bases by level, as one markdown


def _badge(actual: dict, target_value: str, lang: str) -> str:
    colour = palette.STATUS_COLORS["met" if actual["met"] else "short"]
    text = t(
        "tgt_actual",
        lang,
        year=actual["year"],
        value=fmt.points(actual["value"], lang, 2),
        status=t("tgt_met" if actual["met"] else "tgt_short", lang),
        target=target_value,
    )
    return (
        f'<span style="display:inline-block;border-left:6px solid {colour};'
        f'padding:2px 8px;margin:2px 0">{html.escape(text)}</span>'
    )


def _target_card(card: dict, lang: str, citations) -> TargetCard:
    actuals = card["actuals"]
    sources = sorted({s for a in actuals for s in split_ids(a["source_id"])})
    return TargetCard(
        value_text=card["value_text"],
        caption=f"{card['unit_text']} · {card['scope_text']}",
        wording=card["wording"],
        badges_html="<br>".join(_badge(a, card["value_text"], lang) for a in actuals),
        actual_sources=cite(";".join(sources), lang, citations),
        source=cite(card["source_ref"], lang, citations),
    )


def _body_tasks(plan_data: PlanData, projects: pd.DataFrame, matrix, lang: str):
    numbers = dict(zip(projects["project_id"].astype(str), projects["number"].astype(int)))
    out = []
    for _, body in plan_data.bodies.iterrows():
        row = matrix[matrix["body_id"] == body["body_id"]].iloc[0]
        parts = []
        for code in (tg.LEAD, tg.COORDINATES):
            named = [t("fund_project_n", lang, n=numbers[p]) for p in numbers if row.get(p) == code]
            if len(named) == len(numbers):
                named = [t("tgt_all_projects", lang)]
            if named:
                parts.append(f"{t(tg.ROLE_TEXT_KEYS[code], lang)}: {', '.join(named)}")
        role = "; ".join(parts) or t("tgt_no_project_role", lang)
        title = f"{body['section']} · {body[column('name', lang)]} — {role}"
        source = cite(body["source_ref"], lang, plan_data.citations)
        tasks = str(body[column("tasks", lang)])
        text = f"{tasks}\n\n{caption_md(t('source', lang) + ': ' + source)}"
        out.append(BodyTasks(str(body["body_id"]), title, text))
    return out


def targets_page(projects: pd.DataFrame, plan_data: PlanData, lang: str) -> Targets:
    """The Targets page for the project table in use."""
    citations = plan_data.citations
    cards = tg.cards(plan_data.targets, plan_data.district_poverty, lang)
    matrix = tg.responsibility_matrix(projects, plan_data.bodies, plan_data.other_bodies, lang)
    legal = [
        (
            level,
            "\n".join(
                f"- **{d.number}** — {d.issuer}, {d.issued}: {d.title}" for d in docs.itertuples()
            ),
        )
        for level, docs in tg.legal_bases_by_level(plan_data.legal_bases, lang).items()
    ]
    targets = [_target_card(c, lang, citations) for c in cards if c["kind"] == "target"]
    key_results = [_target_card(c, lang, citations) for c in cards if c["kind"] == "key_result"]
    return Targets(
        targets=targets,
        key_results=key_results,
        targets_md=cards_markdown(targets, lang),
        key_results_md=cards_markdown(key_results, lang),
        matrix=arrow(tg.matrix_for_display(matrix, projects, lang)),
        ubnd_coordinates_all=tg.coordinates_all(matrix, "UBND_XA"),
        bodies=_body_tasks(plan_data, projects, matrix, lang),
        legal_bases=legal,
        legal_source=cite(plan_data.legal_bases["source_ref"].iloc[0], lang, citations),
        legal_md="\n\n".join(
            f"**{t(tg.LEVEL_TEXT_KEYS[lv], lang)}**\n{items}" for lv, items in legal
        ),
    )
