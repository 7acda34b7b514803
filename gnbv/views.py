"""What each page shows, built from its inputs only (the data in use, the language, the
widgets' values): figures, display tables and formatted text, ready to render.

Plain Python, no streamlit: ``gnbv.cache`` keeps each result once per (inputs, language), so
a page's run only draws. Made for that:

* figures are :class:`FrozenFigure` and decks :class:`gnbv.maps.FrozenDeck`:
  ``st.plotly_chart`` deep-copies a figure into a dict on every run and ``st.pydeck_chart``
  writes a deck's JSON on every run; frozen, both are done once;
* display tables are Arrow tables (:func:`arrow`): ``st.dataframe`` converts a DataFrame to
  Arrow on every run (four fifths of its cost), an Arrow table it sends as it is.

A view is shared by every session that asks for the same inputs: never change one.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass
from datetime import datetime

import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa

from gnbv import charts, fmt, funding, maps, palette, workbook
from gnbv import targets as tg
from gnbv.arrow import arrow
from gnbv.data import PlanData, headline, split_ids
from gnbv.datasets import Dataset, catalogue, catalogue_table, sources_table
from gnbv.geo import join_communes
from gnbv.i18n import TextKeys, cite, column, t
from gnbv.scenario import PRESET_TEXT_KEYS, TARGETS, ScenarioParams, ScenarioResult

# --- render once ---------------------------------------------------------------------------


class FrozenFigure(go.Figure):
    """A plotly figure whose dict is made once (see :func:`freeze`)."""

    _frozen: dict

    def to_dict(self) -> dict:
        return self._frozen


def freeze(figure: go.Figure) -> FrozenFigure:
    """Make a finished figure frozen, in place, and return it: its ``to_dict()`` is made now
    and returned from then on, so the figure must not change afterwards. (In place: copying
    a figure validates it all again, as long as building it.)

    The dict leaves out plotly's default template: Streamlit's chart theme writes its own
    into the spec in the browser, and the default was 7 KB of every spec, encoded to JSON on
    every run (four fifths of the time of that step on the Funding page). Screenshots of the
    Home, Funding and Map pages are pixel for pixel the same with and without it."""
    if not isinstance(figure, FrozenFigure):
        frozen = figure.to_dict()
        if frozen["layout"].get("template") == _default_template():
            del frozen["layout"]["template"]  # a template of the figure's own stays
        figure.__class__ = FrozenFigure
        figure._frozen = frozen
    return figure


@functools.cache
def _default_template() -> dict:
    return go.Figure().to_dict()["layout"].get("template", {})


# --- home ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TileMap:
    """The equal-area tile map coloured by the baseline poor rate, its classes and its table
    (the map's text alternative)."""

    metric: str
    classes: maps.Classes
    figure: FrozenFigure
    table: pa.Table


def tile_map(
    communes: pd.DataFrame, baseline: pd.DataFrame, lang: str, height: int, present: bool
) -> TileMap:
    metric = "poor_rate"
    table = maps.baseline_table(communes, baseline)
    classes = maps.classes_for(table, metric, lang)
    figure = maps.tile_grid_figure(
        maps.read_tile_grid(),
        table,
        classes,
        lang,
        height=height,
        present=present,
        metric=metric,
    )
    alternative = arrow(maps.commune_table(table, metric, classes, lang))
    return TileMap(metric, classes, freeze(figure), alternative)


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


HOME_AMOUNT_TEXT_KEYS: TextKeys = {
    "total": "home_total",
    "investment": "home_investment",
    "recurrent": "home_recurrent",
}
HOME_TARGET_TEXT_KEYS: TextKeys = {
    "T_POOR": "home_target_poor",
    "T_POOR_COMMUNE": "home_target_poor_commune",
    "T_NEAR_POOR": "home_target_near_poor",
    "T_EM_POOR": "home_target_em",
}


def home(plan_data: PlanData, baseline: pd.DataFrame, lang: str, present: bool) -> Home:
    h = headline(plan_data)
    amounts = [
        Metric(t(HOME_AMOUNT_TEXT_KEYS[k], lang), fmt.money_mvnd(h[f"{k}_mvnd"], lang))
        for k in ("total", "investment", "recurrent")
    ]
    # "at least" or "on average", as the plan writes each target (targets.csv's direction)
    direction = dict(zip(plan_data.targets["target_id"], plan_data.targets["direction"]))
    targets = [
        Metric(
            t(HOME_TARGET_TEXT_KEYS[id_], lang),
            fmt.points(h[value], lang),
            t(tg.PER_YEAR_TEXT_KEYS[direction[id_]], lang),
        )
        for value, id_ in (
            ("poor_rate_reduction_pp", "T_POOR"),
            ("poor_commune_reduction_pp", "T_POOR_COMMUNE"),
            ("near_poor_reduction_pp", "T_NEAR_POOR"),
            ("ethnic_minority_reduction_pp", "T_EM_POOR"),
        )
    ]
    actuals = []
    for row in plan_data.district_poverty.itertuples():
        status = t(
            "home_actual_derived" if row.status == "derived" else "home_actual_published", lang
        )
        actuals.append(
            Metric(
                t("home_end_of_year", lang, year=int(row.year)),
                fmt.percent(row.poor_rate_pct, lang, 2),
                f"{status} · {t('source', lang)}: {cite(row.source_id, lang, plan_data.citations)}",
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
        tiles=tile_map(plan_data.communes, baseline, lang, height=420, present=present),
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


# --- targets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetCard:
    value_text: str
    caption: str  # unit · scope
    wording: str
    badges_html: str  # the published actuals against the target ("" when none)
    actual_sources: str  # cited for readers
    source: str  # cited for readers


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


def caption_md(text: str) -> str:
    """``text`` with a caption's look (small, grey) as markdown, to go in one ``st.markdown``
    with what surrounds it: each element costs the server about as much as the text."""
    return f":small[:gray[{text.replace(']', '&#93;')}]]"


def _text_in_html(text: str) -> str:
    """Plain ``text`` safe inside an HTML block of markdown: no tag or entity can start in it
    (a lone ``>`` cannot, and stays readable in the markdown: "> 80%")."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def cards_markdown(cards: list[TargetCard], lang: str) -> str:
    """The cards side by side as one markdown (HTML blocks around markdown, laid out by the
    app's CSS ``gnbv-cards``: a grid that wraps on a phone): one element for a row of cards,
    where columns, bordered containers and their texts made three and more a card."""
    out = []
    for card in cards:
        parts = [
            f"#### {_text_in_html(card.value_text)}",
            caption_md(_text_in_html(card.caption)),
            f"**{t('tgt_plan_wording', lang)}:** “{_text_in_html(card.wording)}”",
        ]
        if card.badges_html:
            parts += [
                card.badges_html,
                caption_md(t("tgt_actual_source", lang, source=_text_in_html(card.actual_sources))),
            ]
        parts.append(caption_md(f"{t('source', lang)}: {_text_in_html(card.source)}"))
        # blank lines around the markdown: inside an HTML block it would not be read as such
        out.append('<div class="gnbv-card">\n\n' + "\n\n".join(parts) + "\n\n</div>")
    return '<div class="gnbv-cards">\n\n' + "\n\n".join(out) + "\n\n</div>"


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


# --- data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DataPage:
    datasets: list[Dataset]
    catalogue: pa.Table
    sources: pa.Table  # every source the datasets cite
    baseline_preview: pa.Table
    projects_preview: pa.Table
    funding_totals: dict[str, str]  # investment, recurrent, total, formatted


def data_page(
    plan_data: PlanData,
    baseline: pd.DataFrame,
    is_illustrative: bool,
    projects: pd.DataFrame,
    shipped_loaded_at: datetime,
    uploaded_at: dict[str, datetime],
    lang: str,
) -> DataPage:
    """The Data page's catalogue and previews of the data in use."""
    datasets = catalogue(
        plan_data, baseline, is_illustrative, projects, shipped_loaded_at, uploaded_at
    )
    return DataPage(
        datasets=datasets,
        catalogue=arrow(catalogue_table(datasets, lang, plan_data.citations)),
        sources=arrow(sources_table(datasets, plan_data.sources, lang, plan_data.citations)),
        baseline_preview=arrow(_baseline_preview(plan_data, baseline, lang)),
        projects_preview=arrow(_projects_preview(projects, lang)),
        funding_totals={
            k: fmt.money_mvnd(projects[f"{k}_mvnd"].sum(), lang)
            for k in ("investment", "recurrent", "total")
        },
    )


# The previews' columns: the review's counts, the projects' amounts.
PREVIEW_COLUMN_TEXT_KEYS: TextKeys = {
    "households": "pv_households",
    "poor_households": "pv_poor_households",
    "near_poor_households": "pv_near_poor_households",
    "ethnic_minority_households": "pv_ethnic_minority_households",
    "ethnic_minority_poor_households": "pv_ethnic_minority_poor_households",
    "investment_mvnd": "pv_investment_mvnd",
    "recurrent_mvnd": "pv_recurrent_mvnd",
    "total_mvnd": "pv_total_mvnd",
}


def _baseline_preview(plan_data: PlanData, baseline: pd.DataFrame, lang: str) -> pd.DataFrame:
    preview = baseline.merge(
        plan_data.communes[["code", "name"]], on="code", how="left", validate="one_to_one"
    )
    return pd.DataFrame(
        {
            t("pv_code", lang): preview["code"],
            t("pv_name", lang): preview["name"],
            t("pv_year", lang): preview["year"].astype(str),
            **{
                t(PREVIEW_COLUMN_TEXT_KEYS[k], lang): preview[k].map(lambda v: fmt.number(v, lang))
                for k in workbook.COUNT_KEYS
            },
            t("pv_status", lang): preview["is_illustrative"].map(
                lambda v: t("ds_status_illustrative" if v else "ds_status_uploaded", lang)
            ),
        }
    )


def _projects_preview(projects: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("pv_project", lang): [funding.project_label(n, lang) for n in projects["number"]],
            t("pv_project_name", lang): projects[column("name", lang)],
            **{
                t(PREVIEW_COLUMN_TEXT_KEYS[k], lang): projects[k].map(lambda v: fmt.number(v, lang))
                for k in ("investment_mvnd", "recurrent_mvnd", "total_mvnd")
            },
            t("pv_allocation", lang): projects["allocation_status"].map(
                lambda v: t("not_allocated" if v == "not_allocated" else "pv_allocated", lang)
            ),
        }
    )


# --- map -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapScenario:
    """The scenario in force run for the map: as set, and at the plan's target rates."""

    result: ScenarioResult
    target_result: ScenarioResult

    @property
    def years(self) -> list[int]:
        return list(range(self.result.baseline_year, self.result.horizon + 1))


SCENARIO_CAPTION_TEXT_KEYS: TextKeys = {
    "points": "map_scenario_points",
    "relative": "map_scenario_relative",
}


def scenario_caption(params: ScenarioParams, horizon: int, lang: str) -> str:
    """The scenario in one sentence, for the map's header."""
    return t(
        SCENARIO_CAPTION_TEXT_KEYS[params.reading],
        lang,
        district=fmt.rate_number(params.district_rate, lang),
        poor_commune=fmt.rate_number(params.poor_commune_rate, lang),
        near_poor=fmt.rate_number(params.near_poor_rate, lang),
        horizon=horizon,
        preset=t(PRESET_TEXT_KEYS[params.preset], lang),
    )


@dataclass(frozen=True)
class MapTable:
    """Every commune's figures for ``year``, their classes for ``metric``, and the map as a
    table (both views' text alternative)."""

    scenario: MapScenario
    table: pd.DataFrame  # maps.scenario_table
    metric: str
    classes: maps.Classes
    year: int
    alternative: pa.Table


def map_rows(base: pd.DataFrame, scenario: MapScenario, year: int) -> pd.DataFrame:
    """Every commune's figures for ``year`` (:func:`gnbv.maps.scenario_table` of the
    :func:`gnbv.maps.baseline_table` ``base``)."""
    return maps.scenario_table(base, scenario.result, scenario.target_result, year)


def map_table(
    scenario: MapScenario, rows: pd.DataFrame, metric: str, year: int, method: str, lang: str
) -> MapTable:
    classes = maps.classes_for(rows, metric, lang, method)
    alternative = arrow(maps.commune_table(rows, metric, classes, lang))
    return MapTable(scenario, rows, metric, classes, year, alternative)


@dataclass(frozen=True)
class MapDeck:
    """The true-shape map, or why there is none; and what did not match."""

    deck: maps.FrozenDeck | None
    height: int  # px, for the view (the presentation view's is larger)
    boundary_error: str  # the boundary file's problem ("" when it was read)
    outline_error: str
    only_in_data: tuple[str, ...] = ()
    only_in_boundaries: tuple[str, ...] = ()


def map_deck(
    mt: MapTable, communes: pd.DataFrame, layer, outline, lang: str, present: bool
) -> MapDeck:
    """``layer`` and ``outline``: the boundary layers, or the text of why they are missing."""
    width_px, height_px = maps.view_size(present)
    if isinstance(layer, str):
        return MapDeck(None, height_px, layer, "")
    joined, report = join_communes(communes, layer)
    if isinstance(outline, str):
        outline_json, bounds, outline_error = None, joined.total_bounds, outline
    else:
        outline_json, bounds, outline_error = (
            maps.outline_geojson(outline),
            outline.total_bounds,
            "",
        )
    deck = None
    if len(joined):
        deck = maps.build_deck(
            maps.communes_geojson(joined, mt.table, mt.classes, lang, mt.year, mt.metric),
            maps.label_points(joined, mt.table, present),
            outline_json,
            maps.fit_view(bounds, width_px, height_px),
            present,
            deck=maps.FrozenDeck,
        )
        deck.to_json()  # written now, in the cache, not at its first drawing
    return MapDeck(
        deck, height_px, "", outline_error, report.only_in_data, report.only_in_boundaries
    )


def map_tiles(
    mt: MapTable, lang: str, height: int, selected: str | None, present: bool
) -> FrozenFigure:
    figure = maps.tile_grid_figure(
        maps.read_tile_grid(),
        mt.table,
        mt.classes,
        lang,
        mt.year,
        height=height,
        selected=selected,
        present=present,
        metric=mt.metric,
    )
    return freeze(figure)


@dataclass(frozen=True)
class CommunePanel:
    name: str
    heading: str  # "Thải Giàng Phố · Xã"
    caption: str
    metrics: list[Metric]  # ``caption`` is the metric's help
    trajectory: FrozenFigure
    trajectory_table: pa.Table  # the chart's text alternative
    targets: pa.Table


def _status_table(result: ScenarioResult, code: str, lang: str) -> pd.DataFrame:
    rows = maps.status_rows(result, code).set_index("target").reindex(list(TARGETS))
    base_year, horizon = result.baseline_year, result.horizon
    return pd.DataFrame(
        {
            t("map_col_target", lang): [t(maps.TARGET_TEXT_KEYS[x], lang) for x in rows.index],
            t("map_col_status", lang): [
                t("map_status_met" if m else "map_status_short", lang) for m in rows["met"]
            ],
            t("map_col_start", lang, year=base_year): [
                fmt.percent(v, lang) for v in rows["rate_start"]
            ],
            t("map_col_end", lang, year=horizon): [fmt.percent(v, lang) for v in rows["rate_end"]],
            t("map_col_goal", lang, year=horizon): [
                fmt.percent(v, lang) for v in rows["target_rate_end"]
            ],
            t("map_col_gap", lang): [
                fmt.points(max(v, 0), lang) if v > 1e-9 else fmt.DASH for v in rows["gap_pp"]
            ],
        }
    )


def commune_panel(
    scenario: MapScenario, rows: pd.DataFrame, year: int, code: str, lang: str, present: bool
) -> CommunePanel:
    """One commune under the scenario: its figures for ``year`` (``rows``: from
    :func:`map_rows`), its trajectory and its targets at the horizon."""
    result = scenario.result
    row = rows.set_index("code").loc[code]
    communes = result.communes
    poor_commune = bool(communes.loc[communes["code"] == code, "is_poor_commune"].iloc[0])
    base_year = result.baseline_year
    caption = (
        f"{t('map_panel_poor_commune', lang)}: {t('map_yes' if poor_commune else 'map_no', lang)}"
        f" · {t('map_panel_households', lang, year=base_year)}: "
        f"{fmt.number(row['households'], lang)} · {t('map_panel_leaving', lang, year=year)}: "
        f"{fmt.number(row['households_leaving'], lang)}"
    )
    households = f"{fmt.number(row['poor_households'], lang)} {t('map_unit_households', lang)}"
    metrics = [
        Metric(
            t("map_tt_poor", lang, year=base_year), fmt.percent(row["poor_rate"], lang), households
        ),
        Metric(t("map_tt_near_poor", lang), fmt.percent(row["near_poor_rate"], lang)),
        Metric(
            t("map_tt_projected", lang, year=year), fmt.percent(row["projected_poor_rate"], lang)
        ),
        Metric(
            t("map_tt_to_lift", lang, year=year),
            fmt.number(row["households_to_lift"], lang),
            t("map_to_lift_help", lang),
        ),
    ]
    target_result = scenario.target_result
    figure = maps.trajectory_figure(result, target_result, code, lang, present=present)
    return CommunePanel(
        name=str(row["name"]),
        heading=f"{row['name']} · {maps.unit_label(row['unit_type'], lang)}",
        caption=caption,
        metrics=metrics,
        trajectory=freeze(figure),
        trajectory_table=arrow(maps.trajectory_table(result, target_result, code, lang)),
        targets=arrow(_status_table(result, code, lang)),
    )
