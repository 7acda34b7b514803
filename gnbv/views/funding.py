"""The Funding page's view: totals, charts, project details and the tables as shown."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from gnbv import charts, fmt, funding
from gnbv.arrow import arrow
from gnbv.data import PlanData, split_ids
from gnbv.i18n import cite, column, t
from gnbv.views.common import (
    FrozenFigure,
    Metric,
    freeze,
)


@dataclass(frozen=True)
class DisplayTable:
    """A table as shown: Arrow cells already written in the language, and per column its
    on-screen header and whether it holds numbers (right-aligned)."""

    name: str
    table: pa.Table
    headers: dict[str, str]
    numeric: tuple[str, ...]


@dataclass(frozen=True)
class ProjectDetail:
    allocated: bool
    amounts: list[Metric]  # total, investment, recurrent (empty when not allocated)
    lead: str
    coordinating: str
    objective: str
    target_groups: str
    support: str
    sub_projects: list[str]
    source: str  # cited for readers


@dataclass(frozen=True)
class Funding:
    total: int
    total_text: str
    capital: list[Metric]  # per capital type; ``caption`` is its share of the total
    project_bars: dict[str, FrozenFigure]  # by measure: "amount", "share"
    capital_bars: FrozenFigure
    agency_bars: FrozenFigure
    treemap: FrozenFigure
    treemap_table: pa.Table  # the treemap's text alternative (the bars': ``shown``)
    all_allocated: bool
    project_labels: dict[str, str]  # project_id -> "Dự án 1 — name", in the plan's order
    details: dict[str, ProjectDetail]
    tables: dict[str, pd.DataFrame]  # what the downloads hold: numbers, not text
    shown: list[DisplayTable]
    source: str  # the plan, cited for readers

    def shown_table(self, name: str) -> pa.Table:
        """The display table of that sheet name (a chart's text alternative)."""
        return next(d.table for d in self.shown if d.name == name)


def _project_detail(project, summary, plan_data: PlanData, lang: str) -> ProjectDetail:
    amounts = []
    if summary.allocated:
        amounts = [
            Metric(
                t(funding.CAPITAL_TEXT_KEYS[k], lang),
                fmt.money_mvnd(getattr(summary, f"{k}_mvnd"), lang),
            )
            for k in ("total", "investment", "recurrent")
        ]
    ids = split_ids(project["coordinating_body_ids"])
    subs = plan_data.sub_projects[plan_data.sub_projects["project_id"] == summary.project_id]
    return ProjectDetail(
        allocated=bool(summary.allocated),
        amounts=amounts,
        lead=plan_data.body_name(str(project["lead_body_id"]), lang),
        coordinating="; ".join(plan_data.body_name(b, lang) for b in ids) or fmt.DASH,
        objective=str(project[column("objective", lang)]),
        target_groups=str(project[column("target_groups", lang)]),
        support=str(project[column("support_content", lang)]),
        sub_projects=[
            f"{t('fund_sub_project_n', lang, n=funding.sub_project_number(s))}: "
            f"{s[column('name', lang)]}"
            for _, s in subs.iterrows()
        ],
        source=cite(project["source_ref"], lang, plan_data.citations),
    )


def _funding_tables(projects: pd.DataFrame, plan_data: PlanData, lang: str):
    tables = funding.shown_tables(projects, plan_data.body_name, lang)
    short = funding.short_headers(lang)
    shown = []
    for name, frame in tables.items():
        numeric = tuple(c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c]))
        headers = {c: short.get(c, c) if c in numeric else c for c in frame.columns}
        shown.append(DisplayTable(name, arrow(funding.formatted(frame, lang)), headers, numeric))
    return tables, shown


def funding_page(projects: pd.DataFrame, plan_data: PlanData, lang: str, present: bool) -> Funding:
    """The Funding page for the project table in use (``present``: the presentation view's
    larger type in the charts)."""
    sums = funding.totals(projects)
    capital = funding.by_capital_type(projects)
    per_project = funding.by_project(projects, lang)
    agencies = funding.by_lead_agency(projects, plan_data.body_name, lang)
    nodes = funding.hierarchy(projects, plan_data.sub_projects, lang)
    rows = projects.set_index(projects["project_id"].astype(str))
    tables, shown = _funding_tables(projects, plan_data, lang)
    return Funding(
        total=sums["total"],
        total_text=fmt.money_mvnd(sums["total"], lang),
        capital=[
            Metric(
                t(funding.CAPITAL_TEXT_KEYS[r.capital_type], lang),
                fmt.money_mvnd(r.amount_mvnd, lang),
                t("fund_share_of_total", lang, share=fmt.percent(r.share_pct, lang)),
            )
            for r in capital.itertuples()
        ],
        project_bars={
            m: freeze(charts.project_bars(per_project, lang, m, present=present))
            for m in ("amount", "share")
        },
        capital_bars=freeze(charts.capital_type_bars(capital, lang, present=present)),
        agency_bars=freeze(charts.agency_bars(agencies, lang, present=present)),
        treemap=freeze(charts.breakdown_treemap(nodes, lang, present=present)),
        treemap_table=arrow(charts.breakdown_table(nodes, lang)),
        all_allocated=bool(per_project["allocated"].all()),
        project_labels={r.project_id: f"{r.label} — {r.name}" for r in per_project.itertuples()},
        details={
            r.project_id: _project_detail(rows.loc[r.project_id], r, plan_data, lang)
            for r in per_project.itertuples()
        },
        tables=tables,
        shown=shown,
        source=cite(plan_data.plan["source_ref"], lang, plan_data.citations),
    )
