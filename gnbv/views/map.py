"""The Map page's view: the scenario run for the map, the communes' table and classes, the
true-shape map, the tile map and one commune's panel."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from gnbv import fmt
from gnbv.arrow import arrow
from gnbv.geo import join_communes
from gnbv.i18n import TextKeys, t
from gnbv.maps.classes import TARGET_TEXT_KEYS, Classes, classes_for
from gnbv.maps.deck import (
    FrozenDeck,
    build_deck,
    communes_geojson,
    fit_view,
    label_points,
    outline_geojson,
    view_size,
)
from gnbv.maps.tables import commune_table, scenario_table, status_rows, unit_label
from gnbv.maps.tiles import read_tile_grid, tile_grid_figure
from gnbv.maps.trajectory import trajectory_figure, trajectory_table
from gnbv.scenario import PRESET_TEXT_KEYS, TARGETS, ScenarioParams, ScenarioResult
from gnbv.views.common import FrozenFigure, Metric, freeze


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
        district=fmt.rate_number(params.other_communes_rate, lang),
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
    table: pd.DataFrame  # scenario_table
    metric: str
    classes: Classes
    year: int
    alternative: pa.Table


def map_rows(base: pd.DataFrame, scenario: MapScenario, year: int) -> pd.DataFrame:
    """Every commune's figures for ``year`` (:func:`gnbv.maps.tables.scenario_table` of the
    :func:`gnbv.maps.tables.baseline_table` ``base``)."""
    return scenario_table(base, scenario.result, scenario.target_result, year)


def map_table(
    scenario: MapScenario, rows: pd.DataFrame, metric: str, year: int, method: str, lang: str
) -> MapTable:
    classes = classes_for(rows, metric, lang, method)
    alternative = arrow(commune_table(rows, metric, classes, lang))
    return MapTable(scenario, rows, metric, classes, year, alternative)


@dataclass(frozen=True)
class MapDeck:
    """The true-shape map, or why there is none; and what did not match."""

    deck: FrozenDeck | None
    height: int  # px, for the view (the presentation view's is larger)
    boundary_error: str  # the boundary file's problem ("" when it was read)
    outline_error: str
    only_in_data: tuple[str, ...] = ()
    only_in_boundaries: tuple[str, ...] = ()


def map_deck(
    mt: MapTable, communes: pd.DataFrame, layer, outline, lang: str, present: bool
) -> MapDeck:
    """``layer`` and ``outline``: the boundary layers, or the text of why they are missing."""
    width_px, height_px = view_size(present)
    if isinstance(layer, str):
        return MapDeck(None, height_px, layer, "")
    joined, report = join_communes(communes, layer)
    if isinstance(outline, str):
        outline_json, bounds, outline_error = None, joined.total_bounds, outline
    else:
        outline_json, bounds, outline_error = (
            outline_geojson(outline),
            outline.total_bounds,
            "",
        )
    deck = None
    if len(joined):
        deck = build_deck(
            communes_geojson(joined, mt.table, mt.classes, lang, mt.year, mt.metric),
            label_points(joined, mt.table, present),
            outline_json,
            fit_view(bounds, width_px, height_px),
            present,
            deck=FrozenDeck,
        )
        deck.to_json()  # written now, in the cache, not at its first drawing
    return MapDeck(
        deck, height_px, "", outline_error, report.only_in_data, report.only_in_boundaries
    )


def map_tiles(
    mt: MapTable, lang: str, height: int, selected: str | None, present: bool
) -> FrozenFigure:
    figure = tile_grid_figure(
        read_tile_grid(),
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
    rows = status_rows(result, code).set_index("target").reindex(list(TARGETS))
    base_year, horizon = result.baseline_year, result.horizon
    return pd.DataFrame(
        {
            t("map_col_target", lang): [t(TARGET_TEXT_KEYS[x], lang) for x in rows.index],
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
    figure = trajectory_figure(result, target_result, code, lang, present=present)
    return CommunePanel(
        name=str(row["name"]),
        heading=f"{row['name']} · {unit_label(row['unit_type'], lang)}",
        caption=caption,
        metrics=metrics,
        trajectory=freeze(figure),
        trajectory_table=arrow(trajectory_table(result, target_result, code, lang)),
        targets=arrow(_status_table(result, code, lang)),
    )
