"""Everything the allocation page shows for one set of inputs, built once in the UI language:
the allocation (or the reason there is none), its tables, the legend, the maps and charts, and
the comparison with a second coefficient set. ``gnbv.cache.allocation_view`` keeps it per
inputs and language, so a rerun only draws it. No streamlit here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from gnbv import allocation as al
from gnbv import allocation_charts as charts
from gnbv import fmt, maps
from gnbv.allocation import UNITS
from gnbv.geo import join_communes
from gnbv.i18n import cite, column, t
from gnbv.maps import commune_name
from gnbv.targets import issued_text

# Where each criterion comes from by default (an i18n key "alc_src_<kind>").
DEFAULT_SOURCES = {
    "households": "baseline",
    "poor_households": "baseline",
    "near_poor_households": "baseline",
    "ethnic_minority_poor_households": "baseline",
    "population": "census_2009",
    "zone_iii": "zone_iii_missing",
    "difficult_villages": "villages_missing",
}


@dataclass(frozen=True)
class Compared:
    name: str
    changes: pd.DataFrame  # gnbv.allocation.compare, raw numbers
    table: pd.DataFrame  # shown
    coefficients: pd.DataFrame  # the two sets side by side, shown
    figure: object
    error: str | None = None


@dataclass(frozen=True)
class AllocationView:
    result: al.Allocation | None
    error: str | None  # why there is no result, in the UI language
    table: pd.DataFrame | None = None
    classes: maps.Classes | None = None
    tiles: object = None
    deck: object = None
    share_figure: object = None
    share_table: pd.DataFrame | None = None
    compared: Compared | None = None


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
            out[key] = t(f"alc_src_{kind}", lang)
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
    return t(f"alc_err_{exc.code}", lang, **values)


def criterion_label(key: str, lang: str) -> str:
    return t(f"alc_k_{key}", lang)


def coefficient_text(value: float, key: str, lang: str) -> str:
    """'1 điểm / hộ' — a coefficient with its unit."""
    return t(
        "alc_points_per",
        lang,
        value=fmt.compact(value, lang, 3),
        unit=t(f"alc_unit_{UNITS[key]}", lang),
    )


def result_table(result: al.Allocation, lang: str) -> pd.DataFrame:
    """The allocation as shown: one row per commune, then the district's total."""
    tab = result.table
    bound = [t(f"alc_bound_{b}", lang) if b else "" for b in tab["bound"]]
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
    return shown.rename(columns={c: t(f"alc_col_{c}", lang) for c in shown.columns})


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
            name, pd.DataFrame(), pd.DataFrame(), coefficients, None, error_text(exc, lang)
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
    return Compared(name, changes, table, coefficients, figure)


def _deck(result: al.Allocation, classes: maps.Classes, lang: str, layer, outline):
    """The true-shape map of the amounts, or None when the boundaries are not available."""
    if layer is None or isinstance(layer, str):
        return None
    joined, _ = join_communes(result.table[["code", "name"]], layer)
    if not len(joined):
        return None
    if outline is None or isinstance(outline, str):
        outline_json, bounds = None, joined.total_bounds
    else:
        outline_json, bounds = maps.outline_geojson(outline), outline.total_bounds
    return maps.build_deck(
        maps.communes_geojson(joined, result.table, classes, lang, lines=charts.amount_lines),
        maps.label_points(joined, result.table),
        outline_json,
        maps.fit_view(bounds),
        deck=maps.FrozenDeck,
    )


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
) -> AllocationView:
    """The allocation of ``funds`` by ``coefficients`` over ``criteria`` and all it shows.
    ``other``: a (name, coefficients) to compare with; ``boundaries`` / ``outline``: the
    layers from ``gnbv.cache`` (or their error text), for the true-shape map."""
    try:
        result = al.allocate(criteria, coefficients, funds, floors, caps)
    except al.AllocationError as exc:
        return AllocationView(None, error_text(exc, lang))
    classes = maps.amount_classes(result.table, "amount_mvnd", lang)
    tiles = maps.tile_grid_figure(
        maps.read_tile_grid(),
        result.table,
        classes,
        lang,
        height=maps.MAP_HEIGHT_PX - 60,
        lines=charts.amount_lines,
    )
    compared = None
    if other is not None:
        compared = _compare(
            result, criteria, other[1], other[0], funds, floors, caps, lang, present
        )
    return AllocationView(
        result=result,
        error=None,
        table=result_table(result, lang),
        classes=classes,
        tiles=tiles,
        deck=_deck(result, classes, lang, boundaries, outline),
        share_figure=charts.share_figure(result.table, lang, present),
        share_table=share_table(result, lang),
        compared=compared,
    )
