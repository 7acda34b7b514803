"""What the progress page shows (issue 20), built in plain Python: the district line (the
plan's path against the reviews), each commune's line as small multiples on one scale, the
category table sorted by how far behind, the tile map of a review year or of the change
between two years, and the progress table's export (Excel, CSV) in the UI language.

Every figure comes with its table (the text alternative). Rates are rounded for display
only; the engine is :mod:`gnbv.progress`.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from gnbv import fmt, palette
from gnbv.arrow import arrow
from gnbv.chart_style import legend_below, min_px, style
from gnbv.i18n import TextKeys, t
from gnbv.maps import classes as map_classes
from gnbv.maps import tables as map_tables
from gnbv.maps import tiles as map_tiles
from gnbv.page_params import PROGRESS_MAP_MODES
from gnbv.progress import (
    ACCELERATION_RATIO,
    CATEGORIES,
    CATEGORY_TEXT_KEYS,
    END_YEAR,
    ON_TRACK_RATIO,
    READING_TEXT_KEYS,
    ProgressResult,
    behind_first,
    plan_path,
    progress,
)
from gnbv.scenario import PLAN, ScenarioParams
from gnbv.views.common import freeze

# Paul Tol's "sunset" diverging scheme (colour-blind safe, ordered in lightness): red for
# going backwards, dark blue for the target achieved; grey for not enough data.
CATEGORY_COLOURS = {
    "deterioration": "#A50026",
    "limited_progress": "#F67E4B",
    "acceleration_needed": "#FEDA8B",
    "on_track": "#98CAE1",
    "target_achieved": "#364B9A",
    "not_enough_data": palette.NEUTRAL,
}
RATE_BREAKS = (0, 10, 20, 30, 40, math.inf)
# The change of the poor rate between two years, points: falls (blue) to rises (red).
CHANGE_BREAKS = (-math.inf, -10, -5, 0, math.inf)
CHANGE_COLOURS = ("#364B9A", "#6EA6CD", "#C2E4EF", "#DD3D2D")
# Each commune's line in the small multiples: the category's colour, darker where the map's
# light tone would not read as a line on white.
LINE_COLOURS = {
    **CATEGORY_COLOURS,
    "acceleration_needed": "#B8860B",
    "on_track": "#3B7DB3",
    "target_achieved": "#1B2A6B",
    "not_enough_data": "#777777",
}
MAP_MODES = PROGRESS_MAP_MODES  # the map of one review year, or of the change since one
MAP_MODE_TEXT_KEYS: TextKeys = {
    "year": "pg_map_mode_year",
    "change": "pg_map_mode_change",
}
LINE = "#444444"
PATH = "#888888"
RATE_DECIMALS = 2
SMALL_MULTIPLE_COLUMNS = 3  # a panel ~110 px wide on a phone: room for a name at 12 px


def compute(series: pd.DataFrame, params: ScenarioParams = PLAN) -> ProgressResult:
    """The progress of ``series`` under the reading and poor-commune rule of ``params``."""
    return progress(series, params)


def category_label(category: str, lang: str) -> str:
    return t(CATEGORY_TEXT_KEYS[category], lang)


def display_names(communes: pd.DataFrame, lang: str) -> dict[str, str]:
    return {
        str(c): map_tables.commune_name(n, u, lang)
        for c, n, u in zip(communes["code"], communes["name"], communes["unit_type"])
    }


def _fall_text(value: float, reading: str, lang: str) -> str:
    """A yearly fall: '7 điểm %' (points) or '7%' (relative; the engine gives a fraction)."""
    if not np.isfinite(value):
        return fmt.DASH
    return fmt.rate(value * 100 if reading == "relative" else value, reading, lang)


# --- the method --------------------------------------------------------------------------


def method_text(result: ProgressResult, lang: str) -> str:
    """The method and its source, as said on the page (markdown)."""
    return t(
        "pg_method",
        lang,
        end=END_YEAR,
        district=fmt.compact(PLAN.other_communes_rate, lang),
        poor=fmt.compact(PLAN.poor_commune_rate, lang),
        reading=t(READING_TEXT_KEYS[result.reading], lang),
        on_track=fmt.compact(ON_TRACK_RATIO, lang),
        acceleration=fmt.compact(ACCELERATION_RATIO, lang),
    )


# --- the category table --------------------------------------------------------------------


def sorted_communes(result: ProgressResult) -> pd.DataFrame:
    """The commune rows, furthest behind first (:func:`gnbv.progress.behind_first`)."""
    return behind_first(result.communes)


def category_table(result: ProgressResult, communes: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table on the page: each commune (furthest behind first), its category and the
    figures behind it, formatted in ``lang``."""
    rows = sorted_communes(result)
    names = display_names(communes, lang)
    reading = result.reading
    return pd.DataFrame(
        {
            t("pg_col_commune", lang): [names.get(str(c), str(c)) for c in rows["code"]],
            t("pg_col_category", lang): [category_label(c, lang) for c in rows["category"]],
            t("pg_col_first", lang): [
                _year_rate(y, r, lang) for y, r in zip(rows["first_year"], rows["first_rate"])
            ],
            t("pg_col_latest", lang): [
                _year_rate(y, r, lang) for y, r in zip(rows["latest_year"], rows["latest_rate"])
            ],
            t("pg_col_target", lang, end=result.end_year): [
                fmt.percent(v, lang, 2) for v in rows["end_target"]
            ],
            t("pg_col_needed", lang): [
                _fall_text(v, reading, lang) for v in rows["needed_yearly_fall"]
            ],
            t("pg_col_observed", lang): [
                _fall_text(v, reading, lang) for v in rows["observed_yearly_fall"]
            ],
            t("pg_col_ratio", lang): [fmt.number(v, lang, 2) for v in rows["ratio"]],
            t("pg_col_gap", lang): [_signed_points(v, lang) for v in rows["gap_pp"]],
            t("pg_col_reviews", lang): [str(int(n)) for n in rows["reviews"]],
            t("pg_col_poor_commune", lang): [
                t("pg_yes", lang) if f else t("pg_no", lang) for f in rows["is_poor_commune"]
            ],
        }
    )


def _year_rate(year, rate, lang: str) -> str:
    if not np.isfinite(year):
        return fmt.DASH
    return f"{int(year)}: {fmt.percent(rate, lang, 2)}"


def _signed_points(value, lang: str) -> str:
    if not np.isfinite(value):
        return fmt.DASH
    return ("+" if value > 0.005 else "") + fmt.points(value, lang, 2)


def category_counts(result: ProgressResult) -> dict[str, int]:
    counts = result.communes["category"].value_counts()
    return {c: int(counts.get(c, 0)) for c in CATEGORIES}


def counts_line(result: ProgressResult, lang: str) -> str:
    """'Tụt lùi 0 · Tiến bộ hạn chế 3 · …' in table order."""
    return " · ".join(f"{category_label(c, lang)}: {n}" for c, n in category_counts(result).items())


# --- the district line ---------------------------------------------------------------------


def district_figure(result: ProgressResult, lang: str, present: bool = False):
    """The district's reviews against the plan's path from its first review to END_YEAR,
    and its table. None when the series has no usable review."""
    d = result.district_series.dropna(subset=["poor_rate"])
    if d.empty:
        return None, pd.DataFrame()
    first = d.iloc[0]
    path = plan_path(
        float(first["poor_rate"]),
        int(first["year"]),
        PLAN.other_communes_rate,
        result.reading,
        max(result.end_year, int(d["year"].max())),
    )
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=path["year"],
            y=path["rate"],
            name=t("pg_path", lang, reading=t(READING_TEXT_KEYS[result.reading], lang)),
            mode="lines",
            line={"color": PATH, "dash": "dash", "width": 2},
            hovertemplate="%{x}: %{y:.2f}%<extra></extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=d["year"],
            y=d["poor_rate"],
            name=t("pg_reviews", lang),
            mode="lines+markers+text",
            line={"color": LINE, "width": 3},
            marker={"size": 9},
            text=[fmt.percent(v, lang, 2) for v in d["poor_rate"]],
            textposition="top right",
            hovertemplate="%{x}: %{y:.2f}%<extra></extra>",
        )
    )
    fig.update_xaxes(dtick=1, title=t("pg_axis_year", lang))
    fig.update_yaxes(title=t("pg_axis_rate", lang), rangemode="tozero", ticksuffix="%")
    style(fig, lang, 380, present, legend=legend_below())
    path_at = dict(zip(path["year"], path["rate"]))
    table = pd.DataFrame(
        {
            t("pg_axis_year", lang): [str(int(y)) for y in path["year"]],
            t("pg_reviews", lang): [
                fmt.percent(dict(zip(d["year"], d["poor_rate"])).get(y), lang, 2)
                for y in path["year"]
            ],
            t("pg_col_path", lang): [fmt.percent(path_at[y], lang, 2) for y in path["year"]],
            t("pg_col_communes_reviewed", lang): [
                fmt.number(dict(zip(d["year"], d["communes"])).get(y), lang) for y in path["year"]
            ],
        }
    )
    return fig, table


# --- each commune's line ------------------------------------------------------------------


def small_multiples(
    result: ProgressResult, communes: pd.DataFrame, lang: str, present: bool = False
):
    """One small chart a commune (furthest behind first), all on one scale: its reviews
    (solid, in its category's colour, named in the legend) and the plan's path from its
    first review (dashed). With its table (commune × year, target, category)."""
    rows = sorted_communes(result)
    names = display_names(communes, lang)
    n = len(rows)
    if n == 0:
        return None, pd.DataFrame()
    cols = min(SMALL_MULTIPLE_COLUMNS, n)
    nrows = math.ceil(n / cols)
    titles = [names.get(str(c), str(c)) for c in rows["code"]]
    in_legend: set[str] = set()
    fig = make_subplots(
        rows=nrows,
        cols=cols,
        subplot_titles=titles,
        shared_xaxes=True,
        shared_yaxes=True,
        vertical_spacing=0.5 / nrows,
        horizontal_spacing=0.03,
    )
    rates = result.rates
    by_code = {str(c): g for c, g in rates.groupby("code", observed=True)}
    years = result.years or [END_YEAR]
    x_range = [min(years) - 0.3, max(max(years), result.end_year) + 0.3]
    top = float(np.nanmax(np.r_[rates["poor_rate"].to_numpy(dtype=float), 1.0]))
    for i, r in enumerate(rows.itertuples()):
        row, col = i // cols + 1, i % cols + 1
        g = by_code.get(str(r.code))
        if g is not None and len(g):
            path = plan_path(
                r.first_rate, int(r.first_year), r.yearly_target, result.reading, result.end_year
            )
            fig.add_trace(
                go.Scatter(
                    x=path["year"],
                    y=path["rate"],
                    mode="lines",
                    line={"color": PATH, "dash": "dash", "width": 1.5},
                    showlegend=i == 0,
                    name=t("pg_path_short", lang),
                    hoverinfo="skip",
                ),
                row=row,
                col=col,
            )
            fig.add_trace(
                go.Scatter(
                    x=g["year"],
                    y=g["poor_rate"],
                    mode="lines+markers",
                    showlegend=r.category not in in_legend,
                    legendgroup=r.category,
                    name=category_label(r.category, lang),
                    line={"color": LINE_COLOURS.get(r.category, LINE), "width": 2.5},
                    marker={"size": 6},
                    hovertemplate=f"{names.get(str(r.code), str(r.code))} "
                    "%{x}: %{y:.1f}%<extra></extra>",
                ),
                row=row,
                col=col,
            )
            in_legend.add(r.category)
    fig.update_yaxes(range=[0, math.ceil(top / 10) * 10 + 2], ticksuffix="%", dtick=20)
    fig.update_xaxes(range=x_range, dtick=1, tickformat="d")
    height = (170 * nrows + 120) * (3 if present else 2) // 2
    style(fig, lang, height, present, grow=False, legend=legend_below())
    fig.update_annotations(font_size=min_px(present))
    wide = rates.assign(code=rates["code"].astype(str)).pivot_table(
        index="code", columns="year", values="poor_rate"
    )
    table = pd.DataFrame(
        {t("pg_col_commune", lang): [names.get(str(c), str(c)) for c in rows["code"]]}
    )
    for year in years:
        table[str(year)] = [
            fmt.percent(wide.at[str(c), year], lang, 2)
            if str(c) in wide.index and year in wide.columns
            else fmt.DASH
            for c in rows["code"]
        ]
    table[t("pg_col_target", lang, end=result.end_year)] = [
        fmt.percent(v, lang, 2) for v in rows["end_target"]
    ]
    table[t("pg_col_category", lang)] = [category_label(c, lang) for c in rows["category"]]
    return fig, table


# --- the map ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapView:
    """The tile map's data: a table (code, name, unit_type, value), its classes and legend."""

    mode: str
    year: int
    compare: int | None
    table: pd.DataFrame
    classes: map_classes.Classes
    title: str


def map_years(result: ProgressResult) -> list[int]:
    return result.years


def _classes(
    values: dict[str, float], breaks, colours, lang: str, unit: str
) -> map_classes.Classes:
    codes = list(values)
    arr = np.array([values[c] for c in codes], dtype=float)
    labels_text = []
    for lo, hi in itertools.pairwise(breaks):
        if unit == "change":
            lo_t = "" if math.isinf(lo) else _signed_points(lo, lang)
            hi_t = "" if math.isinf(hi) else _signed_points(hi, lang)
            labels_text.append(
                f"< {hi_t}" if not lo_t else (f"≥ {lo_t}" if not hi_t else f"{lo_t} – {hi_t}")
            )
        else:
            labels_text.append(
                f"≥ {fmt.percent(lo, lang, 0)}"
                if math.isinf(hi)
                else f"{fmt.percent(lo, lang, 0)} – {fmt.percent(hi, lang, 0)}"
            )
    if unit == "change":
        # A rise is anything above 0.
        labels_text[-1] = t("pg_map_rise", lang)
    colour_of, label_of, value_of = {}, {}, {}
    for code, v in zip(codes, arr):
        if not np.isfinite(v):
            colour_of[code], label_of[code] = map_classes.NO_DATA, t("map_no_data", lang)
            value_of[code] = fmt.DASH
            continue
        k = int(np.searchsorted(np.asarray(breaks[1:-1], dtype=float), v, side="right"))
        if unit == "change" and v > 0:
            k = len(breaks) - 2
        elif unit == "change":
            k = min(k, len(breaks) - 3)
        colour_of[code], label_of[code] = colours[k], labels_text[k]
        value_of[code] = _signed_points(v, lang) if unit == "change" else fmt.percent(v, lang, 1)
    legend = list(zip(colours, labels_text))
    if any(c == map_classes.NO_DATA for c in colour_of.values()):
        legend.append((map_classes.NO_DATA, t("map_no_data", lang)))
    return map_classes.Classes(colour_of, legend, [float(b) for b in breaks], label_of, value_of)


def map_view(
    result: ProgressResult, communes: pd.DataFrame, lang: str, year: int, compare: int | None = None
) -> MapView:
    """The map of the poor rate of review ``year``, or (``compare`` given) of its change
    from ``compare`` to ``year``, in points."""
    rates = result.rates.assign(code=result.rates["code"].astype(str))
    at = {y: dict(zip(g["code"], g["poor_rate"])) for y, g in rates.groupby("year")}
    codes = [str(c) for c in communes["code"]]
    now = at.get(year, {})
    if compare is None:
        values = {c: now.get(c, np.nan) for c in codes}
        classes = _classes(
            values, RATE_BREAKS, map_classes.sequential_colours(len(RATE_BREAKS) - 1), lang, "rate"
        )
        title = t("pg_map_year", lang, year=year)
        mode = "year"
    else:
        before = at.get(compare, {})
        values = {c: now.get(c, np.nan) - before.get(c, np.nan) for c in codes}
        classes = _classes(values, CHANGE_BREAKS, CHANGE_COLOURS, lang, "change")
        title = t("pg_map_change", lang, start=compare, end=year)
        mode = "change"
    table = pd.DataFrame(
        {
            "code": codes,
            "name": list(communes["name"]),
            "unit_type": list(communes["unit_type"]),
            "value": [values[c] for c in codes],
        }
    )
    return MapView(mode, year, compare, table, classes, title)


def map_lines(view: MapView, lang: str):
    """Hover lines of a tile: its value and class in words."""

    def lines(row, lang_=lang, year=None):
        code = str(row.name) if hasattr(row, "name") else ""
        return [
            f"{view.title}: {view.classes.values.get(code, fmt.DASH)}",
            t("map_class_of", lang_, label=view.classes.labels.get(code, fmt.DASH)),
        ]

    return lines


def map_figure(view: MapView, lang: str, present: bool = False):
    grid = map_tiles.read_tile_grid()
    fig = map_tiles.tile_grid_figure(
        grid, view.table, view.classes, lang, lines=map_lines(view, lang), present=present
    )
    return fig


def map_table(view: MapView, lang: str) -> pd.DataFrame:
    codes = list(view.table["code"])
    return pd.DataFrame(
        {
            t("pg_col_commune", lang): [
                map_tables.commune_name(n, u, lang)
                for n, u in zip(view.table["name"], view.table["unit_type"])
            ],
            view.title: [view.classes.values.get(c, fmt.DASH) for c in codes],
            t("map_col_class", lang): [view.classes.labels.get(c, fmt.DASH) for c in codes],
        }
    )


# --- the headline -------------------------------------------------------------------------


def since_first_year(result: ProgressResult) -> tuple[int, float, int, float] | None:
    """(first year, its district rate, latest year, its rate), None without two reviews."""
    d = result.district_series.dropna(subset=["poor_rate"])
    if len(d) < 2:
        return None
    return (
        int(d["year"].iloc[0]),
        float(d["poor_rate"].iloc[0]),
        int(d["year"].iloc[-1]),
        float(d["poor_rate"].iloc[-1]),
    )


def district_sentence(result: ProgressResult, lang: str) -> str:
    """The district's progress in one sentence: rates, fall, R and category."""
    span = since_first_year(result)
    if span is None:
        return t("pg_district_one", lang)
    y0, r0, y1, r1 = span
    d = result.district.iloc[0]
    return t(
        "pg_district_sentence",
        lang,
        start=y0,
        start_rate=fmt.percent(r0, lang, 2),
        end=y1,
        end_rate=fmt.percent(r1, lang, 2),
        fall=fmt.points(r0 - r1, lang, 2),
        ratio=fmt.number(d["ratio"], lang, 2),
        category=category_label(d["category"], lang),
    )


# --- the page, built once per (series, reading, language, view) ----------------------------


@dataclass(frozen=True)
class ProgressPage:
    """Everything the progress page draws but the map and the downloads."""

    result: ProgressResult
    years: list[int]
    sentence: str
    counts: str
    method: str
    district: tuple  # (figure, table as Arrow)
    multiples: tuple  # (figure, table as Arrow)
    table: pd.DataFrame
    table_arrow: object  # the same as an Arrow table (st.dataframe sends it as it is)


def progress_page(
    series: pd.DataFrame, communes: pd.DataFrame, params: ScenarioParams, lang: str, present: bool
) -> ProgressPage:
    result = compute(series, params)
    district, multiples = (
        district_figure(result, lang, present),
        small_multiples(result, communes, lang, present),
    )
    table = category_table(result, communes, lang)
    return ProgressPage(
        result=result,
        years=result.years,
        sentence=district_sentence(result, lang),
        counts=t("pg_counts", lang, counts=counts_line(result, lang)),
        method=method_text(result, lang),
        # figures frozen (their dict made once: gnbv.views.common.freeze), tables as Arrow
        district=(_frozen(district[0]), arrow(district[1])),
        multiples=(_frozen(multiples[0]), arrow(multiples[1])),
        table=table,
        table_arrow=arrow(table),
    )


def _frozen(figure):
    return None if figure is None else freeze(figure)


def progress_map(
    series, communes, params: ScenarioParams, lang: str, present: bool, year: int, compare
):
    """(figure, table as Arrow, view) of the map of ``year`` or of the change since
    ``compare``."""
    view = map_view(compute(series, params), communes, lang, year, compare)
    return freeze(map_figure(view, lang, present)), arrow(map_table(view, lang)), view


def home_since(series: pd.DataFrame, lang: str) -> str | None:
    """The home page's line: how far the district has come from the first review of the
    series in use to its latest; None without two reviews."""
    span = since_first_year(compute(series))
    if span is None:
        return None
    y0, r0, y1, r1 = span
    return t(
        "pg_home_since",
        lang,
        start=y0,
        end=y1,
        start_rate=fmt.percent(r0, lang, 2),
        end_rate=fmt.percent(r1, lang, 2),
        fall=("−" if r0 >= r1 else "+") + fmt.points(abs(r0 - r1), lang, 2),
    )
