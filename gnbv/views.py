"""What each page shows, built from its inputs only (the data in use, the language, the
widgets' values): figures, display tables and formatted text, ready to render.

Plain Python, no streamlit: ``gnbv.cache`` keeps each result once per (inputs, language), so
a page's run only draws. Made for that:

* figures are :class:`FrozenFigure` and decks :class:`FrozenDeck`: ``st.plotly_chart`` deep-
  copies a figure into a dict on every run and ``st.pydeck_chart`` writes a deck's JSON on
  every run; frozen, both are done once;
* display tables are Arrow tables (:func:`arrow`): ``st.dataframe`` converts a DataFrame to
  Arrow on every run (four fifths of its cost), an Arrow table it sends as it is.

A view is shared by every session that asks for the same inputs: never change one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import pydeck as pdk

from gnbv import charts, fmt, funding, maps
from gnbv.data import PlanData, headline
from gnbv.i18n import column, t

# --- render once ---------------------------------------------------------------------------


class FrozenFigure(go.Figure):
    """A plotly figure whose dict is made once. Build it from a finished figure and do not
    change it afterwards (its ``to_dict()`` would not see the change)."""

    def __init__(self, figure: go.Figure):
        super().__init__(figure)
        self._frozen = super().to_dict()

    def to_dict(self) -> dict:
        return self._frozen


def freeze(figure: go.Figure) -> FrozenFigure:
    return figure if isinstance(figure, FrozenFigure) else FrozenFigure(figure)


class FrozenDeck(pdk.Deck):
    """A copy of a finished pydeck Deck whose JSON is written once, compact (pydeck indents
    it: twice the bytes to send and hash)."""

    def __init__(self, deck: pdk.Deck):  # a copy: Deck.__init__ would rebuild the layers
        self.__dict__.update(vars(deck))
        self._frozen_json = json.dumps(json.loads(deck.to_json()), separators=(",", ":"))

    def to_json(self) -> str:
        return self._frozen_json


def arrow(frame: pd.DataFrame) -> pa.Table:
    """A display table as Arrow, without its index (the pages hide it)."""
    return pa.Table.from_pandas(frame, preserve_index=False)


# --- home ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TileMap:
    """The equal-area tile map coloured by the baseline poor rate, and its classes."""

    classes: maps.Classes
    figure: FrozenFigure


def tile_map(communes: pd.DataFrame, baseline: pd.DataFrame, lang: str, height: int) -> TileMap:
    table = maps.baseline_table(communes, baseline)
    classes = maps.classes_for(table, "poor_rate", lang)
    figure = maps.tile_grid_figure(maps.read_tile_grid(), table, classes, lang, height=height)
    return TileMap(classes, freeze(figure))


@dataclass(frozen=True)
class Metric:
    label: str
    value: str
    caption: str = ""


@dataclass(frozen=True)
class Home:
    amounts: list[Metric]  # total, investment, recurrent
    projects: Metric
    communes: Metric
    targets: list[Metric]
    actuals: list[Metric]
    tiles: TileMap


def home(plan_data: PlanData, baseline: pd.DataFrame, lang: str) -> Home:
    h = headline(plan_data)
    amounts = [
        Metric(t(f"home_{k}", lang), fmt.money_mvnd(h[f"{k}_mvnd"], lang))
        for k in ("total", "investment", "recurrent")
    ]
    targets = [
        Metric(t(key, lang), fmt.points(h[value], lang), t("home_per_year", lang))
        for key, value in (
            ("home_target_poor", "poor_rate_reduction_pp"),
            ("home_target_poor_commune", "poor_commune_reduction_pp"),
            ("home_target_near_poor", "near_poor_reduction_pp"),
            ("home_target_em", "ethnic_minority_reduction_pp"),
        )
    ]
    actuals = []
    for row in plan_data.district_poverty.itertuples():
        status = "home_actual_derived" if row.status == "derived" else "home_actual_published"
        actuals.append(
            Metric(
                t("home_end_of_year", lang, year=int(row.year)),
                fmt.percent(row.poor_rate_pct, lang, 2),
                f"{t(status, lang)} · {t('source', lang)}: {row.source_id}",
            )
        )
    projects_help = t("home_projects_help", lang, allocated=h["projects_allocated"])
    return Home(
        amounts=amounts,
        projects=Metric(t("home_projects", lang), fmt.number(h["projects"], lang), projects_help),
        communes=Metric(
            t("home_communes", lang),
            fmt.number(h["communes"], lang),
            t("home_communes_help", lang, towns=h["towns"], xa=h["communes"] - h["towns"]),
        ),
        targets=targets,
        actuals=actuals,
        tiles=tile_map(plan_data.communes, baseline, lang, height=380),
    )


# --- funding -------------------------------------------------------------------------------


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
    source_ref: str


@dataclass(frozen=True)
class Funding:
    total: int
    total_text: str
    capital: list[Metric]  # per capital type; ``caption`` is its share of the total
    project_bars: dict[str, FrozenFigure]  # by measure: "amount", "share"
    capital_bars: FrozenFigure
    agency_bars: FrozenFigure
    treemap: FrozenFigure
    all_allocated: bool
    project_labels: dict[str, str]  # project_id -> "Dự án 1 — name", in the plan's order
    details: dict[str, ProjectDetail]
    tables: dict[str, pd.DataFrame]  # what the downloads hold: numbers, not text
    shown: list[DisplayTable]


def _project_detail(project, summary, plan_data: PlanData, lang: str) -> ProjectDetail:
    amounts = []
    if summary.allocated:
        amounts = [
            Metric(t(f"fund_{k}", lang), fmt.money_mvnd(getattr(summary, f"{k}_mvnd"), lang))
            for k in ("total", "investment", "recurrent")
        ]
    ids = str(project["coordinating_body_ids"] or "").split(";")
    subs = plan_data.sub_projects[plan_data.sub_projects["project_id"] == summary.project_id]
    return ProjectDetail(
        allocated=bool(summary.allocated),
        amounts=amounts,
        lead=plan_data.body_name(str(project["lead_body_id"]), lang),
        coordinating="; ".join(plan_data.body_name(b, lang) for b in ids if b) or fmt.DASH,
        objective=str(project[column("objective", lang)]),
        target_groups=str(project[column("target_groups", lang)]),
        support=str(project[column("support_content", lang)]),
        sub_projects=[
            f"{t('fund_sub_project_n', lang, n=funding.sub_project_number(s))}: "
            f"{s[column('name', lang)]}"
            for _, s in subs.iterrows()
        ],
        source_ref=str(project["source_ref"]),
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
                t(f"fund_{r.capital_type}", lang),
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
        all_allocated=bool(per_project["allocated"].all()),
        project_labels={r.project_id: f"{r.label} — {r.name}" for r in per_project.itertuples()},
        details={
            r.project_id: _project_detail(rows.loc[r.project_id], r, plan_data, lang)
            for r in per_project.itertuples()
        },
        tables=tables,
        shown=shown,
    )
