"""The Home page's view: the plan's headline figures and the tile map of the baseline."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from gnbv import fmt
from gnbv import targets as tg
from gnbv.arrow import arrow
from gnbv.data import PlanData, headline
from gnbv.i18n import TextKeys, cite, t
from gnbv.maps.classes import Classes, classes_for
from gnbv.maps.tables import baseline_table, commune_table
from gnbv.maps.tiles import read_tile_grid, tile_grid_figure
from gnbv.views.common import (
    FrozenFigure,
    Metric,
    freeze,
)


@dataclass(frozen=True)
class TileMap:
    """The equal-area tile map coloured by the baseline poor rate, its classes and its table
    (the map's text alternative)."""

    metric: str
    classes: Classes
    figure: FrozenFigure
    table: pa.Table


def tile_map(
    communes: pd.DataFrame, baseline: pd.DataFrame, lang: str, height: int, present: bool
) -> TileMap:
    metric = "poor_rate"
    table = baseline_table(communes, baseline)
    classes = classes_for(table, metric, lang)
    figure = tile_grid_figure(
        read_tile_grid(),
        table,
        classes,
        lang,
        height=height,
        present=present,
        metric=metric,
    )
    alternative = arrow(commune_table(table, metric, classes, lang))
    return TileMap(metric, classes, freeze(figure), alternative)


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
