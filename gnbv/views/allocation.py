"""Everything the allocation page shows for one set of inputs, built once in the UI language:
the allocation (or the reason there is none), its tables, the legend, the maps and charts, and
the comparison with a second coefficient set. ``gnbv.cache.allocation_view`` keeps it per
inputs and language, so a rerun only draws it. No streamlit here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import astuple, dataclass
from functools import partial

import numpy as np
import pandas as pd
import pyarrow as pa

from gnbv import allocation as al
from gnbv import allocation_charts as charts
from gnbv import fmt
from gnbv.allocation import UNITS
from gnbv.arrow import arrow
from gnbv.geo import join_communes
from gnbv.i18n import TextKeys, cite, column, t
from gnbv.maps.classes import Classes, amount_classes
from gnbv.maps.deck import (
    MAP_WIDTH_PX,
    FrozenDeck,
    build_deck,
    commune_shapes,
    communes_geojson,
    fit_view,
    label_points,
    outline_geojson,
    view_size,
)
from gnbv.maps.tables import commune_name, unit_label
from gnbv.maps.tiles import read_tile_grid, tile_grid_figure, tile_repaint
from gnbv.targets import issued_text
from gnbv.views.common import FrozenFigure, freeze

# Where each criterion comes from by default (its text: SOURCE_TEXT_KEYS).
DEFAULT_SOURCES = {
    "households": "baseline",
    "poor_households": "baseline",
    "near_poor_households": "baseline",
    "ethnic_minority_poor_households": "baseline",
    "population": "census_2009",
    "zone_iii": "zone_iii_missing",
    "difficult_villages": "villages_missing",
}
SOURCE_TEXT_KEYS: TextKeys = {
    "baseline": "alc_src_baseline",
    "census_2009": "alc_src_census_2009",
    "zone_iii_missing": "alc_src_zone_iii_missing",
    "villages_missing": "alc_src_villages_missing",
}
# The result table's columns.
RESULT_COLUMN_TEXT_KEYS: TextKeys = {
    "name": "alc_col_name",
    "poor": "alc_col_poor",
    "points": "alc_col_points",
    "points_share": "alc_col_points_share",
    "amount": "alc_col_amount",
    "share": "alc_col_share",
    "bound": "alc_col_bound",
    "per_poor": "alc_col_per_poor",
}


@dataclass(frozen=True)
class Compared:
    name: str
    changes: pd.DataFrame  # gnbv.allocation.compare, raw numbers
    table: pa.Table | None  # shown (the chart's text alternative)
    coefficients: pa.Table  # the two sets side by side, shown
    figure: FrozenFigure | None
    error: str | None = None
    summary: dict[str, str] | None = None  # communes that gain, lose, and the money moved


@dataclass(frozen=True)
class AllocationView:
    """Ready to draw: tables as Arrow (``st.dataframe`` / ``st.table`` send them as they
    are), figures frozen and the deck's JSON written (see :mod:`gnbv.views.common`)."""

    result: al.Allocation | None
    error: str | None  # why there is no result, in the UI language
    table: pa.Table | None = None
    classes: Classes | None = None
    tiles: FrozenFigure | None = None
    deck: FrozenDeck | None = None
    map_table: pa.Table | None = None  # both maps as a table: their text alternative
    share_figure: FrozenFigure | None = None
    share_table: pa.Table | None = None
    compared: Compared | None = None
    metrics: dict[str, str] | None = None  # the headline figures, written in the language


def named_rows(frame: pd.DataFrame) -> pa.Table:
    """A display table whose rows are named by its first column, as Arrow: that column is
    the index (pinned in a grid, a header cell in an HTML table)."""
    return arrow(frame.set_index(frame.columns[0]), named_rows=True)


def criteria_sources(
    lang: str,
    illustrative: bool,
    baseline_source: str = "",
    supplied: dict[str, str] | None = None,
) -> dict[str, str]:
    """Where each criterion's values come from, in ``lang``: the household counts from the
    commune figures in use (illustrative, or the planner's review file), population from the
    2009 census, Zone III and the villages empty; ``supplied`` (criterion → the uploaded
    workbook's name and time) takes their place where a planner's criteria workbook has them."""
    out = {}
    for key, kind in DEFAULT_SOURCES.items():
        if kind == "baseline" and not illustrative:
            out[key] = t("alc_src_uploaded_review", lang, source=baseline_source)
        else:
            out[key] = t(SOURCE_TEXT_KEYS[kind], lang)
    for key, source in (supplied or {}).items():
        out[key] = t("alc_src_uploaded_criteria", lang, source=source)
    return out


def criteria_shown(criteria: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The criteria per commune as shown: numbers in ``lang``, a dash where there is none."""
    shown = pd.DataFrame({t("alc_col_name", lang): criteria["name"].to_numpy()})
    for key in al.CRITERIA:
        shown[criterion_label(key, lang)] = [
            fmt.DASH if pd.isna(v) else fmt.number(v, lang) for v in criteria[key]
        ]
    return shown


def source_lines(sources: dict[str, str], lang: str) -> list[str]:
    """One line per source: the criteria it gives, then the source."""
    by_source: dict[str, list[str]] = {}
    for key in al.CRITERIA:
        by_source.setdefault(sources[key], []).append(criterion_label(key, lang))
    return [f"**{', '.join(names)}**: {text}" for text, names in by_source.items()]


def rule_lines(
    rules: pd.DataFrame, lang: str, citations: Mapping[str, tuple[str, str]] | None = None
) -> list[str]:
    """The rules as lines of text, one per document (a table of four columns of prose does
    not fit a phone): the document and when it was issued, what we know of it, its source."""
    shown = rules_shown(rules, lang, citations)
    return [
        f"**{document}** ({issued}). {known} *{t('alc_rule_source', lang)}: {source}.*"
        for document, issued, known, source in shown.itertuples(index=False)
    ]


def rules_shown(
    rules: pd.DataFrame, lang: str, citations: Mapping[str, tuple[str, str]] | None = None
) -> pd.DataFrame:
    """The rules behind the method (data/allocation_rules.csv) as shown in ``lang``, their
    sources as readable citations (``citations``: ``PlanData.citations``)."""
    return pd.DataFrame(
        {
            t("alc_rule_document", lang): rules[column("document", lang)].to_numpy(),
            t("alc_rule_date", lang): [issued_text(d, lang) for d in rules["issued_on"]],
            t("alc_rule_known", lang): rules[column("what_we_know", lang)].to_numpy(),
            t("alc_rule_source", lang): [cite(r, lang, citations) for r in rules["source_id"]],
        }
    )


def error_text(exc: al.AllocationError, lang: str) -> str:
    """An :class:`~gnbv.allocation.AllocationError` in ``lang``, naming what is wrong."""
    values = dict(exc.values)
    if "criterion" in values:
        values["criterion"] = criterion_label(str(values["criterion"]), lang)
    for key in ("floors", "caps", "funds"):
        if key in values:
            values[key] = fmt.money_mvnd(values[key], lang)
    return t(al.ERROR_TEXT_KEYS[exc.code], lang, **values)


def criterion_label(key: str, lang: str) -> str:
    return t(al.COEFFICIENT_TEXT_KEYS[key], lang)


def coefficient_text(value: float, key: str, lang: str) -> str:
    """'1 điểm / hộ' — a coefficient with its unit."""
    return t(
        "alc_points_per",
        lang,
        value=fmt.compact(value, lang, 3),
        unit=t(al.UNIT_TEXT_KEYS[UNITS[key]], lang),
    )


def coefficients_label(coefficients: al.Coefficients, lang: str) -> str:
    """The coefficients' fold, saying the ones in force: "Hệ số (điểm): Hộ nghèo 1 ·
    Hộ cận nghèo 0,5" (those at 0 left out; all at 0 said so)."""
    given = [
        f"{criterion_label(key, lang)} {fmt.compact(value, lang, 3)}"
        for key, value in zip(al.COEFFICIENT_KEYS, astuple(coefficients))
        if value
    ]
    said = " · ".join(given) if given else t("alc_coefficients_all_zero", lang)
    return f"{t('alc_coefficients', lang)}: {said}"


def controls_label(
    floor: float, cap: float | None, coefficients: al.Coefficients, lang: str
) -> str:
    """The fold of the floor, the cap and the coefficients, saying them: "Mức sàn 0 ·
    mức trần không giới hạn (triệu đồng/xã) · Hệ số (điểm): Hộ nghèo 1"."""
    floor_text = fmt.number(floor or 0, lang)
    if cap is None:
        bounds = t("alc_bounds_said_no_cap", lang, floor=floor_text)
    else:
        bounds = t("alc_bounds_said", lang, floor=floor_text, cap=fmt.number(cap, lang))
    return f"{bounds} · {coefficients_label(coefficients, lang)}"


def result_table(result: al.Allocation, lang: str) -> pd.DataFrame:
    """The allocation as shown: one row per commune, then the district's total."""
    tab = result.table
    bound = [t(al.BOUND_TEXT_KEYS[b], lang) if b else "" for b in tab["bound"]]
    poor_total = tab["poor_households"].sum()
    total = {
        "name": t("alc_total", lang),
        "poor": fmt.number(poor_total, lang),
        "points": fmt.compact(result.total_points, lang, 2),
        "points_share": fmt.percent(100 if result.total_points else 0, lang),
        "amount": fmt.number(result.funds, lang),
        "share": fmt.percent(100 if result.funds else 0, lang),
        "bound": "",
        "per_poor": fmt.compact(result.funds / poor_total if poor_total else np.nan, lang, 2),
    }
    rows = pd.DataFrame(
        {
            "name": [commune_name(n, u, lang) for n, u in zip(tab["name"], tab["unit_type"])],
            "poor": [fmt.number(v, lang) for v in tab["poor_households"]],
            "points": [fmt.compact(v, lang, 2) for v in tab["points"]],
            "points_share": [fmt.percent(v, lang) for v in tab["points_share_pct"]],
            "amount": [fmt.number(v, lang) for v in tab["amount_mvnd"]],
            "share": [fmt.percent(v, lang) for v in tab["share_pct"]],
            "bound": bound,
            "per_poor": [fmt.compact(v, lang, 2) for v in tab["funds_per_poor_household"]],
        }
    )
    shown = pd.concat([rows, pd.DataFrame([total])], ignore_index=True)
    return shown.rename(columns={c: t(RESULT_COLUMN_TEXT_KEYS[c], lang) for c in shown.columns})


def map_table(result: al.Allocation, classes: Classes, lang: str) -> pd.DataFrame:
    """The maps of the amounts as a table (their text alternative): each commune, its unit
    type, its amount and that amount's class, as on the maps and their legend."""
    tab = result.table
    codes = [str(c) for c in tab["code"]]
    return pd.DataFrame(
        {
            t("alc_col_name", lang): tab["name"].to_numpy(),
            t("map_col_unit", lang): [unit_label(u, lang) for u in tab["unit_type"]],
            t("alc_col_amount", lang): [classes.values.get(c, fmt.DASH) for c in codes],
            t("map_col_class", lang): [classes.labels.get(c, fmt.DASH) for c in codes],
        }
    )


def share_table(result: al.Allocation, lang: str) -> pd.DataFrame:
    """The chart's figures: share of poor households, share of funds, and the difference."""
    tab = result.table.sort_values(["poor_share_pct", "code"], ascending=[False, True])
    return pd.DataFrame(
        {
            t("alc_col_name", lang): tab["name"].to_numpy(),
            t("alc_share_poor", lang): [fmt.percent(v, lang) for v in tab["poor_share_pct"]],
            t("alc_share_funds", lang): [fmt.percent(v, lang) for v in tab["share_pct"]],
            t("alc_share_gap", lang): [
                fmt.points(v, lang, 1) for v in tab["share_pct"] - tab["poor_share_pct"]
            ],
        }
    )


def _compare(
    result: al.Allocation,
    criteria: pd.DataFrame,
    other: al.Coefficients,
    name: str,
    funds: int,
    floors,
    caps,
    lang: str,
    present: bool,
) -> Compared:
    current = t("alc_current", lang)
    coefficients = pd.DataFrame(
        {
            t("alc_col_criterion", lang): [criterion_label(k, lang) for k in al.COEFFICIENT_KEYS],
            current: [
                coefficient_text(getattr(result.coefficients, k), k, lang)
                for k in al.COEFFICIENT_KEYS
            ],
            name: [coefficient_text(getattr(other, k), k, lang) for k in al.COEFFICIENT_KEYS],
        }
    )
    try:
        second = al.allocate(criteria, other, funds, floors, caps)
    except al.AllocationError as exc:
        return Compared(
            name, pd.DataFrame(), None, named_rows(coefficients), None, error_text(exc, lang)
        )
    changes = al.compare(result, second)
    table = pd.DataFrame(
        {
            t("alc_col_name", lang): changes["name"],
            current: [fmt.number(v, lang) for v in changes["amount_first"]],
            name: [fmt.number(v, lang) for v in changes["amount_second"]],
            t("alc_col_change", lang): [
                ("+" if v > 0 else "") + fmt.number(v, lang) for v in changes["change_mvnd"]
            ],
            t("alc_col_change_pct", lang): [
                fmt.DASH if pd.isna(v) else ("+" if v > 0 else "") + fmt.percent(v, lang)
                for v in changes["change_pct"]
            ],
        }
    )
    figure = charts.compare_figure(changes, current, name, lang, present)
    change = changes["change_mvnd"]
    summary = {
        "gain": fmt.number(int((change > 0).sum()), lang),
        "loss": fmt.number(int((change < 0).sum()), lang),
        "moved": fmt.money_mvnd(int(change[change > 0].sum()), lang),
    }
    return Compared(
        name, changes, arrow(table), named_rows(coefficients), freeze(figure), None, summary
    )


@dataclass(frozen=True)
class MapBase:
    """The true-shape map's parts that no coefficient changes: the communes' shapes, their
    names, the district outline and the view fitted to them."""

    joined: object  # the boundary layer joined to the communes
    geo: dict  # commune_shapes(joined)
    labels: list[dict]
    outline: dict | None
    view: dict


def map_base(table: pd.DataFrame, present: bool, layer, outline) -> MapBase | None:
    """The map's fixed parts for the communes of ``table`` (an allocation's), fitted as the
    map page's (``view_size``), or None when the boundaries (``layer``) are not
    available."""
    if layer is None or isinstance(layer, str):
        return None
    joined, _ = join_communes(table[["code", "name"]], layer)
    if not len(joined):
        return None
    if outline is None or isinstance(outline, str):
        outline_json, bounds = None, joined.total_bounds
    else:
        outline_json, bounds = outline_geojson(outline), outline.total_bounds
    return MapBase(
        joined,
        commune_shapes(joined),
        label_points(joined, table, present),
        outline_json,
        fit_view(bounds, *view_size(present)),
    )


def _deck(table, classes: Classes, lines, lang: str, present: bool, base: MapBase | None):
    """The true-shape map of the amounts (``table``: the allocation's; ``lines``: a
    commune's tooltip lines), or None without boundaries (``base`` None)."""
    if base is None:
        return None
    deck = build_deck(
        communes_geojson(base.joined, table, classes, lang, lines=lines, geo=base.geo),
        base.labels,
        base.outline,
        base.view,
        present,
        deck=FrozenDeck,
    )
    deck.to_json()  # written now, in the cache, not at its first drawing
    return deck


@dataclass(frozen=True)
class Shapes:
    """What every allocation of the same criteria shows alike, in one language and view:
    the figures' dicts, repainted with each allocation's figures (building and validating a
    plotly figure took most of the time of a new allocation), and the map's fixed parts."""

    share: dict
    tiles: dict
    map: MapBase | None


def shapes(criteria: pd.DataFrame, lang: str, present: bool, layer, outline) -> Shapes | None:
    """The :class:`Shapes` of ``criteria``, made from their neutral allocation (None when
    there is none: each allocation is then drawn from scratch)."""
    try:
        result = al.allocate(criteria, al.NEUTRAL, 1000)
    except al.AllocationError:
        return None
    grid = read_tile_grid()
    table = result.table
    classes = amount_classes(table, "amount_mvnd", lang)
    lines = partial(charts.amount_lines, classes=classes)
    tiles = tile_grid_figure(
        grid, table, classes, lang, height=tile_height(grid), lines=lines, present=present
    )
    return Shapes(
        share=freeze(charts.share_figure(table, lang, present)).to_dict(),
        tiles=freeze(tiles).to_dict(),
        map=map_base(table, present, layer, outline),
    )


def painted(spec: dict) -> FrozenFigure:
    """A frozen figure made straight from its dict (one repainted from :class:`Shapes`),
    without plotly's validation: only its ``to_dict()`` may be used (it is all that
    ``st.plotly_chart`` uses)."""
    figure = object.__new__(FrozenFigure)
    figure._frozen = spec
    return figure


def tile_height(grid: pd.DataFrame) -> int:
    """The tile map's height (px) that its grid fills on a phone, with no blank band above
    and below: a phone-wide figure (``MAP_WIDTH_PX``) in the grid's proportions, with
    the 0,6 tile of room and the 4 px margins of ``tile_grid_figure`` on every side.
    (A wider screen centres the grid in the same height.)"""
    cols = int(grid["col"].max() - grid["col"].min()) + 1.2
    rows = int(grid["row"].max() - grid["row"].min()) + 1.2
    return round((MAP_WIDTH_PX - 8) * rows / cols) + 8


def build(
    criteria: pd.DataFrame,
    coefficients: al.Coefficients,
    funds: int,
    floors=None,
    caps=None,
    *,
    lang: str,
    present: bool = False,
    other: tuple[str, al.Coefficients] | None = None,
    boundaries=None,
    outline=None,
    shapes: Shapes | None = None,
) -> AllocationView:
    """The allocation of ``funds`` by ``coefficients`` over ``criteria`` and all it shows.
    ``other``: a (name, coefficients) to compare with; ``boundaries`` / ``outline``: the
    layers from ``gnbv.cache`` (or their error text), for the true-shape map; ``shapes``:
    the :func:`shapes` of ``criteria`` in ``lang`` and the view, when made already (then
    the figures are repainted and ``boundaries`` / ``outline`` are not read)."""
    try:
        result = al.allocate(criteria, coefficients, funds, floors, caps)
    except al.AllocationError as exc:
        return AllocationView(None, error_text(exc, lang))
    classes = amount_classes(result.table, "amount_mvnd", lang)
    lines = partial(charts.amount_lines, classes=classes)
    grid = read_tile_grid()
    if shapes is None:
        tiles = freeze(
            tile_grid_figure(
                grid,
                result.table,
                classes,
                lang,
                height=tile_height(grid),
                lines=lines,
                present=present,
            )
        )
        share = freeze(charts.share_figure(result.table, lang, present))
        base = map_base(result.table, present, boundaries, outline)
    else:
        tiles = painted(tile_repaint(shapes.tiles, grid, result.table, classes, lang, lines=lines))
        share = painted(charts.share_repaint(shapes.share, result.table, lang))
        base = shapes.map
    compared = None
    if other is not None:
        compared = _compare(
            result, criteria, other[1], other[0], funds, floors, caps, lang, present
        )
    return AllocationView(
        result=result,
        error=None,
        table=named_rows(result_table(result, lang)),
        classes=classes,
        tiles=tiles,
        deck=_deck(result.table, classes, lines, lang, present, base),
        map_table=arrow(map_table(result, classes, lang)),
        share_figure=share,
        share_table=arrow(share_table(result, lang)),
        compared=compared,
        metrics=metrics(result, lang),
    )


def metrics(result: al.Allocation, lang: str) -> dict[str, str]:
    """The allocation's headline figures as shown: the funds, the points, the money per
    point, the communes held at their floor or cap, and (when some are) the money per point
    of the others with the number of spreads it took."""
    return {
        "funds": fmt.number(result.funds, lang),
        "points": fmt.compact(result.total_points, lang, 2),
        "per_point": fmt.compact(result.money_per_point, lang, 4),
        "bound": f"{fmt.number(result.bound_count, lang)} / {fmt.number(len(result.table), lang)}",
        "per_point_free": fmt.compact(result.money_per_point_free, lang, 4),
    }


# --- what the page shows whatever the controls ---------------------------------------------


def source_labels(sources: pd.DataFrame, lang: str) -> dict[str, str]:
    """Each funds choice (``gnbv.allocation.funds_sources``) as the picker shows it, in
    ``lang``: 'Dự án 2 — Sự nghiệp (3.695 triệu đồng)', or not allocated."""
    labels = {al.CUSTOM: t("alc_source_custom", lang)}
    for row in sources.itertuples():
        project = t("alc_project", lang, number=int(row.number))
        if pd.isna(row.amount_mvnd):
            labels[row.source] = f"{project} — {t('not_allocated', lang)}"
        else:
            capital = t(al.CAPITAL_TEXT_KEYS[row.capital], lang)
            labels[row.source] = f"{project} — {capital} ({fmt.money_mvnd(row.amount_mvnd, lang)})"
    return labels


@dataclass(frozen=True)
class AllocationPage:
    """What the allocation page shows whatever its controls say, for the data in use."""

    criteria: pd.DataFrame  # criteria_table with the uploaded ones (Versioned from gnbv.cache)
    sources: dict[str, str]  # criterion -> where its values come from (criteria_sources)
    funds_sources: pd.DataFrame  # gnbv.allocation.funds_sources
    funds_options: list[str]  # each source, then an amount typed in (gnbv.allocation.CUSTOM)
    funds: dict[str, tuple[int | None, str]]  # source -> (its amount or None, its label)
    source_labels: dict[str, str]
    criteria_table: pa.Table  # criteria_shown
    sources_md: str  # a markdown list: source_lines
    rules_md: str  # a markdown list: rule_lines


def page(
    communes: pd.DataFrame,
    baseline: pd.DataFrame,
    illustrative: bool,
    supplied: al.SuppliedCriteria | None,
    projects: pd.DataFrame,
    rules: pd.DataFrame,
    citations: Mapping[str, tuple[str, str]] | None,
    lang: str,
) -> AllocationPage:
    """The criteria in use (the data's, with a planner's criteria workbook ``supplied`` in
    place where it has values), where they come from, the funds to choose from, and the
    rules, all as shown in ``lang``."""
    criteria = al.criteria_table(communes, baseline)
    if supplied is not None:
        criteria = al.with_values(criteria, supplied.frame)
    baseline_source = (
        str(baseline["source"].iloc[0]) if "source" in baseline and len(baseline) else ""
    )
    sources = criteria_sources(
        lang,
        illustrative,
        baseline_source,
        {k: supplied.source for k in supplied.criteria} if supplied else None,
    )
    funds_sources = al.funds_sources(projects)
    labels = source_labels(funds_sources, lang)
    funds = {
        row.source: (None if pd.isna(row.amount_mvnd) else int(row.amount_mvnd), labels[row.source])
        for row in funds_sources.itertuples()
    }
    return AllocationPage(
        criteria=criteria,
        sources=sources,
        funds_sources=funds_sources,
        funds_options=[*funds_sources["source"], al.CUSTOM],
        funds=funds,
        source_labels=labels,
        criteria_table=named_rows(criteria_shown(criteria, lang)),
        sources_md="\n".join(f"- {line}" for line in source_lines(sources, lang)),
        rules_md="\n".join(f"- {line}" for line in rule_lines(rules, lang, citations)),
    )
