"""Choropleth maps of Bắc Hà's 19 communes of 2022 that need no internet.

Plain Python (no streamlit): the metrics to colour by, their classes and colours, the legend,
the pydeck ``Deck`` of the true-shape map (no basemap: ``map_provider=None``), the equal-area
tile grid (a plotly figure) and a commune's trajectory chart.

The commune boundaries are third-party data read at run time (``gnbv.cache.boundaries(path)``);
nothing computed from them here (label points, the fitted view) is ever written to a file.
"""

from __future__ import annotations

import csv
import itertools
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk

from gnbv import fmt, palette
from gnbv.chart_style import legend_below, min_px, style, wrap
from gnbv.i18n import TextKeys, t
from gnbv.settings import REPO_ROOT

TILE_GRID = REPO_ROOT / "geo" / "tile_grid.csv"

# --- metrics -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Metric:
    key: str
    unit: str  # "percent", "households" or "status"
    needs_scenario: bool
    # Fixed class breaks (lower bounds, then the upper bound; inf = open-ended).
    fixed_breaks: tuple[float, ...] = ()


INF = math.inf
METRICS: dict[str, Metric] = {
    m.key: m
    for m in (
        Metric("poor_rate", "percent", False, (0, 10, 20, 30, 40, INF)),
        Metric("near_poor_rate", "percent", False, (0, 5, 10, 15, 20, INF)),
        Metric("projected_poor_rate", "percent", True, (0, 10, 20, 30, 40, INF)),
        Metric("households_to_lift", "households", True, (0, 25, 50, 100, 200, INF)),
        Metric("target_status", "status", True),
    )
}
STATUSES = ("met", "short")
METRIC_TEXT_KEYS: TextKeys = {
    "poor_rate": "map_metric_poor_rate",
    "near_poor_rate": "map_metric_near_poor_rate",
    "projected_poor_rate": "map_metric_projected_poor_rate",
    "households_to_lift": "map_metric_households_to_lift",
    "target_status": "map_metric_target_status",
}
STATUS_TEXT_KEYS: TextKeys = {
    "met": "map_status_met",
    "short": "map_status_short",
}
CLASS_METHOD_TEXT_KEYS: TextKeys = {
    "fixed": "map_classes_fixed",
    "quantile": "map_classes_quantile",
}
TARGET_TEXT_KEYS: TextKeys = {
    "poor": "map_target_poor",
    "near_poor": "map_target_near_poor",
    "ethnic_minority_poor": "map_target_ethnic_minority_poor",
}

# --- colours -------------------------------------------------------------------------------

# Paul Tol's sequential "YlOrBr" (colour-blind safe, ordered in lightness, readable in
# greyscale), five of its nine steps: light = low, dark = high.
SEQUENTIAL = ("#FFF7BC", "#FEC44F", "#FB9A29", "#CC4C02", "#662506")
NO_DATA = palette.NEUTRAL


def sequential_colours(n: int) -> list[str]:
    """``n`` colours (1 ≤ n ≤ 5) spread over the sequential ramp, light to dark."""
    if not 1 <= n <= len(SEQUENTIAL):
        raise ValueError(f"between 1 and {len(SEQUENTIAL)} classes, not {n}")
    if n == 1:
        return [SEQUENTIAL[2]]
    steps = np.linspace(0, len(SEQUENTIAL) - 1, n)
    return [SEQUENTIAL[round(s)] for s in steps]


def rgb(hex_colour: str, alpha: int = 255) -> list[int]:
    h = hex_colour.lstrip("#")
    return [int(h[i : i + 2], 16) for i in (0, 2, 4)] + [alpha]


def is_dark(hex_colour: str) -> bool:
    """Whether white text reads better than dark text on this colour (WCAG luminance)."""

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c / 255) for c in rgb(hex_colour)[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2


# --- classing ------------------------------------------------------------------------------


def quantile_breaks(values, k: int = 5) -> list[float]:
    """Breaks of ``k`` quantile classes (linear interpolation, as numpy): the minimum, the
    k-1 inner quantiles and the maximum; repeated breaks are dropped, so ties can give fewer
    classes. NaN values are ignored; no values gives no breaks."""
    v = pd.to_numeric(pd.Series(values), errors="coerce").dropna().to_numpy(dtype=float)
    if v.size == 0:
        return []
    qs = np.quantile(v, np.linspace(0, 1, k + 1))
    breaks: list[float] = []
    for q in qs:
        q = round(float(q), 6)
        if not breaks or q > breaks[-1]:
            breaks.append(q)
    if len(breaks) == 1:  # all values equal: one class
        breaks.append(breaks[0])
    return breaks


def class_breaks(metric: str, values, method: str = "fixed", k: int = 5) -> list[float]:
    """The class breaks for ``metric``: its fixed breaks, or ``k`` quantile classes of
    ``values``. ``[]`` for the categorical target status."""
    m = METRICS[metric]
    if m.unit == "status":
        return []
    if method == "quantile":
        return quantile_breaks(values, k)
    return list(m.fixed_breaks)


def classify(values, breaks: list[float]) -> list[int | None]:
    """The class of each value: ``i`` when ``breaks[i] <= v < breaks[i+1]``; the top class
    includes its upper bound, values below the first break go to the first class. NaN or
    missing → None."""
    n = len(breaks) - 1
    out: list[int | None] = []
    for v in values:
        try:
            x = float(v)
        except (TypeError, ValueError):
            out.append(None)
            continue
        if math.isnan(x) or n < 1:
            out.append(None)
            continue
        i = int(np.searchsorted(breaks, x, side="right")) - 1
        out.append(min(max(i, 0), n - 1))
    return out


def _value_text(value: float, unit: str, lang: str, decimals: int) -> str:
    if unit == "percent":
        return fmt.percent(value, lang, decimals)
    return fmt.number(value, lang, decimals)


def class_labels(breaks: list[float], unit: str, lang: str, decimals: int = 0) -> list[str]:
    """The legend text of each class, with its unit, in ``lang``: '10–20%', '≥ 40%',
    '25–50 hộ'. Each class includes its lower bound."""
    labels = []
    for lo, hi in itertools.pairwise(breaks):
        if math.isinf(hi):
            text = "≥ " + _value_text(lo, unit, lang, decimals)
        else:
            text = f"{fmt.number(lo, lang, decimals)}–{_value_text(hi, unit, lang, decimals)}"
        if unit == "households":
            text += " " + t("map_unit_households", lang)
        labels.append(text)
    return labels


@dataclass(frozen=True)
class Classes:
    """What colours the map: a colour per commune code and the legend rows; and, so that the
    classes can be read without colour, each commune's value and class in words."""

    colours: dict[str, str]  # code -> hex
    legend: list[tuple[str, str]]  # (hex, label)
    breaks: list[float]
    labels: dict[str, str] = field(default_factory=dict)  # code -> its class's legend label
    values: dict[str, str] = field(default_factory=dict)  # code -> its value, formatted


def classes_for(table: pd.DataFrame, metric: str, lang: str, method: str = "fixed") -> Classes:
    """Class every commune of ``table`` (columns ``code`` and ``metric``) and build the
    legend. Communes with no value are grey ("no data")."""
    m = METRICS[metric]
    no_data = (NO_DATA, t("map_no_data", lang))
    if m.unit == "status":
        colours, labels = {}, {}
        for code, status in zip(table["code"], table[metric]):
            colours[code] = palette.STATUS_COLORS.get(status, NO_DATA)
            labels[code] = t(STATUS_TEXT_KEYS[status], lang) if status in STATUSES else no_data[1]
        legend = [(palette.STATUS_COLORS[s], t(STATUS_TEXT_KEYS[s], lang)) for s in STATUSES]
        if any(c == NO_DATA for c in colours.values()):
            legend.append(no_data)
        return Classes(colours, legend, [], labels, dict(labels))
    breaks = class_breaks(metric, table[metric], method)
    classes = classify(table[metric], breaks)
    ramp = sequential_colours(len(breaks) - 1) if len(breaks) > 1 else []
    codes = list(table["code"])
    colours = {code: (ramp[c] if c is not None else NO_DATA) for code, c in zip(codes, classes)}
    decimals = 1 if (method == "quantile" and m.unit == "percent") else 0
    names = class_labels(breaks, m.unit, lang, decimals)
    legend = list(zip(ramp, names))
    if any(c is None for c in classes):
        legend.append(no_data)
    labels = {code: (names[c] if c is not None else no_data[1]) for code, c in zip(codes, classes)}
    values = {code: value_text(v, m.unit, lang) for code, v in zip(codes, table[metric])}
    return Classes(colours, legend, breaks, labels, values)


def value_text(value, unit: str, lang: str) -> str:
    """A commune's value of a metric as shown: '43,9%' (one decimal), '120 hộ'."""
    if unit == "percent":
        return fmt.percent(value, lang)
    text = fmt.number(value, lang)
    return text if text == fmt.DASH else f"{text} {t('map_unit_households', lang)}"


def class_line(code: str, metric: str, classes: Classes, lang: str) -> str:
    """The commune's coloured value in words, for tooltips: 'Tỷ lệ hộ nghèo năm gốc: 43,9%
    (lớp ≥ 40%)' or 'Tình trạng mục tiêu giảm nghèo: Đạt'."""
    head = f"{t(METRIC_TEXT_KEYS[metric], lang)}: {classes.values.get(code, fmt.DASH)}"
    if METRICS[metric].unit == "status":
        return head
    return f"{head} ({t('map_class_of', lang, label=classes.labels.get(code, fmt.DASH))})"


def commune_table(table: pd.DataFrame, metric: str, classes: Classes, lang: str) -> pd.DataFrame:
    """The map as a table (its text alternative): each commune, its unit type, the value the
    map colours it by and that value's class, as shown on the map and its legend."""
    codes = [str(c) for c in table["code"]]
    value_header = t(METRIC_TEXT_KEYS[metric], lang)
    out = pd.DataFrame(
        {
            t("map_pick", lang): list(table["name"]),
            t("map_col_unit", lang): [unit_label(u, lang) for u in table["unit_type"]],
            value_header: [classes.values.get(c, fmt.DASH) for c in codes],
        }
    )
    if METRICS[metric].unit != "status":
        out[t("map_col_class", lang)] = [classes.labels.get(c, fmt.DASH) for c in codes]
    return out


def amount_classes(table: pd.DataFrame, column: str, lang: str, k: int = 5) -> Classes:
    """Quantile classes of whole amounts (``table[column]``, million VND), breaks rounded to
    whole numbers; the legend's labels and each commune's value are numbers (the unit goes in
    the legend's title and the table's header), its class in words as in the legend."""
    breaks: list[float] = []
    for b in quantile_breaks(table[column], k):
        if not breaks or round(b) > breaks[-1]:
            breaks.append(round(b))
    if len(breaks) == 1:
        breaks.append(breaks[0])
    classes = classify(table[column], breaks)
    ramp = sequential_colours(len(breaks) - 1) if len(breaks) > 1 else []
    codes = list(table["code"])
    colours = {code: (ramp[c] if c is not None else NO_DATA) for code, c in zip(codes, classes)}
    names = class_labels(breaks, "mvnd", lang)
    no_data = t("map_no_data", lang)
    legend = list(zip(ramp, names))
    if any(c is None for c in classes):
        legend.append((NO_DATA, no_data))
    labels = {code: (names[c] if c is not None else no_data) for code, c in zip(codes, classes)}
    values = {code: fmt.number(v, lang) for code, v in zip(codes, table[column])}
    return Classes(colours, legend, breaks, labels, values)


# --- the figures of each commune -------------------------------------------------------------


def _rate(part, whole):
    part = pd.to_numeric(part, errors="coerce")
    whole = pd.to_numeric(whole, errors="coerce")
    return (part / whole.where(whole > 0) * 100).astype(float)


def baseline_table(communes: pd.DataFrame, baseline: pd.DataFrame) -> pd.DataFrame:
    """One row per commune of ``communes`` with its baseline figures: households, poor and
    near-poor households and rates (in percent), the baseline year and whether it is a poor
    commune. A commune without baseline figures keeps NaN."""
    base = baseline.copy()
    base["code"] = base["code"].astype(str)
    if "year" in base and base["year"].notna().any():
        base = base.sort_values("year").groupby("code", as_index=False).last()
    keep = [
        c
        for c in (
            "code",
            "year",
            "households",
            "poor_households",
            "near_poor_households",
            "is_poor_commune",
        )
        if c in base.columns
    ]
    out = communes[["code", "name", "full_name", "unit_type"]].copy()
    out["code"] = out["code"].astype(str)
    out = out.merge(base[keep], on="code", how="left")
    out = out.rename(columns={"year": "baseline_year"})
    out["poor_rate"] = _rate(out["poor_households"], out["households"])
    out["near_poor_rate"] = _rate(out["near_poor_households"], out["households"])
    return out.reset_index(drop=True)


def unit_label(unit_type: str, lang: str) -> str:
    return t("map_unit_thi_tran" if unit_type == "thi_tran" else "map_unit_xa", lang)


def commune_name(name: str, unit_type: str, lang: str) -> str:
    """'Bắc Hà (thị trấn)' for the town (it shares its name with the district); a xã's name
    as it is."""
    return f"{name} ({unit_label(unit_type, lang)})" if unit_type == "thi_tran" else str(name)


def commune_lines(row, lang: str, year: int | None = None) -> list[str]:
    """The figures of one commune as 'label: value' lines in ``lang`` (tooltips, hover)."""
    lines = [
        t("map_tt_poor", lang, year=_year(row.get("baseline_year")))
        + ": "
        + fmt.percent(row.get("poor_rate"), lang)
        + _count(row.get("poor_households"), lang),
        t("map_tt_near_poor", lang)
        + ": "
        + fmt.percent(row.get("near_poor_rate"), lang)
        + _count(row.get("near_poor_households"), lang),
    ]
    if "projected_poor_rate" in row and year is not None:
        lines.append(
            t("map_tt_projected", lang, year=year)
            + ": "
            + fmt.percent(row.get("projected_poor_rate"), lang)
        )
    if "households_to_lift" in row and year is not None:
        lines.append(
            t("map_tt_to_lift", lang, year=year)
            + ": "
            + fmt.number(row.get("households_to_lift"), lang)
            + " "
            + t("map_unit_households", lang)
        )
    if "target_status" in row:
        status = row.get("target_status")
        lines.append(
            t("map_tt_status", lang)
            + ": "
            + (t(STATUS_TEXT_KEYS[status], lang) if status in STATUSES else fmt.DASH)
        )
    return lines


def _year(value) -> str:
    try:
        return str(int(value))
    except (TypeError, ValueError):
        return fmt.DASH


def _count(value, lang: str) -> str:
    try:
        if value is None or math.isnan(float(value)):
            return ""
    except (TypeError, ValueError):
        return ""
    return f" ({fmt.number(value, lang)} {t('map_unit_households', lang)})"


def scenario_table(base: pd.DataFrame, result, target_result, year: int) -> pd.DataFrame:
    """``base`` (from :func:`baseline_table`) with the scenario's figures for ``year``:

    * ``projected_poor_rate``: the poor rate in ``year`` under the scenario (``result``);
    * ``households_leaving``: poor households fewer than at the baseline under the scenario;
    * ``households_to_lift``: the households that must leave poverty between the baseline
      and ``year`` for the commune to be on its target path (``target_result``: the same
      scenario run at the plan's target rates, ``ScenarioParams.targets()``);
    * ``target_status``: "met" / "short", the commune's poor-rate target at the horizon.
    """
    out = base.copy()

    def poor_at(res, y):
        c = res.communes
        return c[c["year"] == y].set_index("code")

    year = min(max(int(year), result.baseline_year), result.horizon)
    now = poor_at(result, year)
    start = poor_at(result, result.baseline_year)
    t_now = poor_at(target_result, min(year, target_result.horizon))
    t_start = poor_at(target_result, target_result.baseline_year)
    out["projected_poor_rate"] = out["code"].map(now["poor_rate"])
    out["households_leaving"] = out["code"].map(start["poor_households"] - now["poor_households"])
    out["households_to_lift"] = out["code"].map(
        t_start["poor_households"] - t_now["poor_households"]
    )
    status = result.commune_status().set_index("code")
    out["target_status"] = out["code"].map(
        status["poor_met"].map(lambda met: "met" if bool(met) else "short")
    )
    return out


def status_rows(result, code: str) -> pd.DataFrame:
    """A commune's targets at the horizon: target, rate_start, rate_end, target_rate_end,
    gap_pp, met (one row per target of ``gnbv.scenario.TARGETS``)."""
    s = result.status
    rows = s[(s["scope"] == "commune") & (s["code"] == code)]
    return rows[["target", "rate_start", "rate_end", "target_rate_end", "gap_pp", "met"]]


def trajectory_figure(
    result, target_result, code: str, lang: str, height: int = 300, present: bool = False
):
    """A commune's poor and near-poor rates year by year under the scenario, with its
    poor-rate target path dashed."""
    fig = go.Figure()
    for name, frame, col, colour, dash in _trajectory_series(result, target_result, code, lang):
        fig.add_trace(
            go.Scatter(
                x=frame["year"],
                y=frame[col],
                name=name,
                mode="lines+markers",
                line={"color": colour, "dash": dash, "width": 2.5},
                text=[fmt.percent(v, lang) for v in frame[col]],
                hovertemplate=f"{name} %{{x}}: %{{text}}<extra></extra>",
            )
        )
    fig.update_xaxes(dtick=1, tickformat="d")
    fig.update_yaxes(title=t("map_traj_axis", lang), rangemode="tozero", ticksuffix="%")
    return style(fig, lang, height, present, legend=legend_below(), hovermode="x unified")


def _trajectory_series(result, target_result, code: str, lang: str):
    c = result.communes[result.communes["code"] == code]
    tp = target_result.communes[target_result.communes["code"] == code]
    return (
        (t("map_traj_poor", lang), c, "poor_rate", "#CC4C02", "solid"),
        (t("map_traj_near_poor", lang), c, "near_poor_rate", "#4477AA", "solid"),
        (t("map_traj_target", lang), tp, "poor_rate", "#555555", "dash"),
    )


def trajectory_table(result, target_result, code: str, lang: str) -> pd.DataFrame:
    """The trajectory chart as a table (its text alternative): a row per year, a column per
    line of the chart, rates as on the chart."""
    columns: dict[str, pd.Series] = {}
    for name, frame, col, _, _ in _trajectory_series(result, target_result, code, lang):
        columns[name] = frame.set_index("year")[col]
    table = pd.DataFrame(columns).sort_index()
    out = table.map(lambda v: fmt.percent(v, lang))
    out.insert(0, t("map_year", lang), [str(int(y)) for y in table.index])
    return out.reset_index(drop=True)


# --- true-shape map (pydeck) ---------------------------------------------------------------

MAP_HEIGHT_PX = 540
PRESENT_MAP_HEIGHT_PX = 900
# The width the view is fitted to. The server cannot know the map's width on the viewer's
# screen, and a deck's zoom is absolute (pixels per degree): fitted to the narrowest column it
# is drawn in (a phone: 390 px less the page's padding), the whole district shows at every
# width; wider columns leave room around it. The presentation view is for wide screens.
MAP_WIDTH_PX = 358
PRESENT_MAP_WIDTH_PX = 700
LABEL_PX = 12
PRESENT_LABEL_PX = 18
TOOLTIP_LINES = 6
WORLD_PX = 512
FONT = "Source Sans, Source Sans Pro, Noto Sans, DejaVu Sans, Arial, sans-serif"
# Pixel nudges, tuned by eye at the fitted zoom (the same at every width outside the
# presentation view, where they grow with the text), so that close labels do not overlap: the
# town (≈1,5 km²) and Tà Chải, whose label points are a few hundred metres apart, Na Hối just
# south of them, Thải Giàng Phố east of Tà Chải, Hoàng Thu Phố / Bản Phố, Bảo Nhai / Nậm Đét
# and Nậm Đét / Nậm Khánh side by side.
LABEL_OFFSETS = {
    "02839": (-34, 6),
    "02875": (-6, 14),
    "02872": (-6, -12),
    "02857": (16, 0),
    "02863": (-16, 0),
    "02866": (10, -4),
    "02890": (-10, 0),
    "02884": (6, 8),
    "02887": (18, -6),
}


def view_size(present: bool = False) -> tuple[int, int]:
    """(width, height) in px the true-shape map is fitted to and drawn at in this view."""
    if present:
        return PRESENT_MAP_WIDTH_PX, PRESENT_MAP_HEIGHT_PX
    return MAP_WIDTH_PX, MAP_HEIGHT_PX


def fit_view(bounds, width_px: int = MAP_WIDTH_PX, height_px: int = MAP_HEIGHT_PX, pad=24):
    """The centre and Web-Mercator zoom that fit ``bounds`` (west, south, east, north in
    degrees) into a ``width_px`` × ``height_px`` view with ``pad`` pixels to spare.
    deck.gl's world is 512 px wide at zoom 0 (``WORLD_PX``)."""
    west, south, east, north = (float(b) for b in bounds)

    def merc(lat):
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    x_span = max(math.radians(east - west), 1e-9)
    y_span = max(merc(north) - merc(south), 1e-9)
    zoom_x = math.log2((width_px - 2 * pad) * 2 * math.pi / (WORLD_PX * x_span))
    zoom_y = math.log2((height_px - 2 * pad) * 2 * math.pi / (WORLD_PX * y_span))
    mid = (merc(north) + merc(south)) / 2
    latitude = math.degrees(2 * math.atan(math.exp(mid)) - math.pi / 2)
    return {
        "latitude": round(latitude, 5),
        "longitude": round((west + east) / 2, 5),
        "zoom": round(min(zoom_x, zoom_y), 3),
    }


def communes_geojson(
    joined,
    table: pd.DataFrame,
    classes: Classes,
    lang: str,
    year: int | None = None,
    metric: str | None = None,
    lines=commune_lines,
    geo: dict | None = None,
) -> dict:
    """The communes as a GeoJSON FeatureCollection (in memory only) whose properties carry
    the fill colour and the tooltip lines in ``lang``: first the coloured value and its class in
    words (``metric``), then the commune's figures (``lines(row, lang, year)``, the poverty
    figures by default). ``geo``: :func:`commune_shapes` of ``joined``, when made already
    (it is not changed)."""
    rows = table.set_index("code")
    features = []
    for feature in (geo or commune_shapes(joined))["features"]:
        code = feature["properties"]["code"]
        row = rows.loc[code] if code in rows.index else pd.Series(dtype=object)
        text = [class_line(code, metric, classes, lang)] if metric else []
        text += lines(row, lang, year) if len(row) else []
        text += [""] * (TOOLTIP_LINES - len(text))
        feature = feature | {"properties": None}  # a new feature: the shapes are shared
        feature["properties"] = {
            "code": code,
            "name": str(row.get("name", code)),
            "unit": unit_label(row.get("unit_type", ""), lang),
            "fill": rgb(classes.colours.get(code, NO_DATA), 235),
            **{f"l{i}": line for i, line in enumerate(text[:TOOLTIP_LINES])},
        }
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def commune_shapes(joined) -> dict:
    """The communes' shapes (a layer joined to the communes) as GeoJSON, with their code."""
    return json.loads(joined[["code", "geometry"]].to_json(drop_id=True))


def label_points(joined, table: pd.DataFrame, present: bool = False) -> list[dict]:
    """One label per commune: a point inside its polygon (the centroid when it falls
    inside, else a representative point), its name and a pixel nudge (grown with the text
    in the presentation view)."""
    names = dict(zip(table["code"], table["name"]))
    grow = PRESENT_LABEL_PX / LABEL_PX if present else 1
    out = []
    for code, geom in zip(joined["code"], joined.geometry):
        point = geom.centroid
        if not geom.contains(point):
            point = geom.representative_point()
        out.append(
            {
                "position": [round(point.x, 5), round(point.y, 5)],
                "name": names.get(code, code),
                "offset": [round(d * grow) for d in LABEL_OFFSETS.get(code, (0, 0))],
            }
        )
    return out


def tooltip_html(present: bool = False) -> dict:
    body = "".join(f"<br/>{{l{i}}}" for i in range(TOOLTIP_LINES))
    return {
        "html": f"<b>{{name}}</b> · {{unit}}{body}",
        "style": {
            "fontSize": f"{PRESENT_LABEL_PX if present else 13}px",
            "maxWidth": "340px" if present else "240px",
            "whiteSpace": "normal",
            "backgroundColor": "#222",
            "color": "#fff",
        },
    }


class FrozenDeck(pdk.Deck):
    """A deck that nobody changes once built (one kept in a cache): its JSON is made once,
    not on every run that draws it (3.7 ms a run for the map page's), and compact (pydeck
    indents it: the map page's was three times the bytes to send and hash)."""

    _json: str | None = None

    def to_json(self) -> str:
        if self._json is None:
            self._json = json.dumps(json.loads(super().to_json()), separators=(",", ":"))
        return self._json


def build_deck(
    features: dict,
    labels: list[dict],
    outline: dict | None,
    view: dict,
    present: bool = False,
    deck=pdk.Deck,
) -> pdk.Deck:
    """The true-shape map: communes filled by class, the district outline, commune names
    (larger in the presentation view). No basemap (``map_provider=None``; ``map_style`` left
    alone, see STYLE.md). ``deck``: the class to build (:class:`FrozenDeck` for one that is
    cached)."""
    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            id="communes",
            data=features,
            pickable=True,
            stroked=True,
            filled=True,
            get_fill_color="properties.fill",
            get_line_color=[90, 90, 90, 255],
            line_width_min_pixels=1,
            auto_highlight=True,
            highlight_color=[0, 0, 0, 60],
        )
    ]
    if outline is not None:
        layers.append(
            pdk.Layer(
                "GeoJsonLayer",
                id="district",
                data=outline,
                pickable=False,
                stroked=True,
                filled=False,
                get_line_color=[20, 20, 20, 255],
                line_width_min_pixels=2.5,
            )
        )
    layers.append(
        pdk.Layer(
            "TextLayer",
            id="names",
            data=labels,
            pickable=False,
            get_position="position",
            get_text="name",
            get_pixel_offset="offset",
            get_size=PRESENT_LABEL_PX if present else LABEL_PX,
            size_units='"pixels"',
            get_color=[20, 20, 20, 255],
            character_set='"auto"',
            font_family=f'"{FONT}"',
            font_weight=600,
            background=True,
            get_background_color=[255, 255, 255, 210],
            background_padding=[3, 1, 3, 1],
            get_text_anchor='"middle"',
            get_alignment_baseline='"center"',
        )
    )
    return deck(
        layers=layers,
        map_provider=None,
        initial_view_state=pdk.ViewState(
            latitude=view["latitude"],
            longitude=view["longitude"],
            zoom=view["zoom"],
            min_zoom=max(view["zoom"] - 1.5, 0),
            max_zoom=view["zoom"] + 4,
            pitch=0,
            bearing=0,
        ),
        views=[pdk.View(type="MapView", controller={"dragRotate": False, "touchRotate": False})],
        tooltip=tooltip_html(present),
    )


def outline_geojson(outline) -> dict:
    """The district outline GeoDataFrame as GeoJSON (in memory), geometry only."""
    return json.loads(outline[["geometry"]].to_json(drop_id=True))


# --- tile grid (plotly) ----------------------------------------------------------------------


def read_tile_grid(path: Path = TILE_GRID) -> pd.DataFrame:
    """The hand-made tile layout: ``code``, ``row``, ``col`` (row 0 at the top)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    grid = pd.DataFrame(rows, columns=["code", "row", "col"])
    grid["row"] = grid["row"].astype(int)
    grid["col"] = grid["col"].astype(int)
    return grid


def tile_grid_figure(
    grid: pd.DataFrame,
    table: pd.DataFrame,
    classes: Classes,
    lang: str,
    year: int | None = None,
    height: int = 460,
    selected: str | None = None,
    show_names: bool = True,
    lines=commune_lines,
    present: bool = False,
    metric: str | None = None,
) -> go.Figure:
    """Equal-area tiles, one per commune, in roughly its geographic position, coloured like
    the map; hover shows the same figures as the map's tooltip (first the coloured value and
    its class in words, given ``metric``, then ``lines(row, lang, year)``). Names at the
    smallest readable size of the view (12 px; 18 px and a figure half as tall again in the
    presentation view), on lines short enough for a tile on a phone."""
    if present:
        height = round(height * 1.5)
    tiles = _tiles(grid, table, classes, lang, year, selected, lines, metric)
    xs, ys, texts, hovers, codes, text_colours, shapes = tiles
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="markers+text" if show_names else "markers",
            text=texts,
            textfont={"color": text_colours, "size": min_px(present)},
            marker={"symbol": "square", "size": 44, "color": "rgba(0,0,0,0)"},
            customdata=codes,
            hovertext=hovers,
            hoverinfo="text",
            showlegend=False,
        )
    )
    fig.update_xaxes(visible=False, range=[grid["col"].min() - 0.6, grid["col"].max() + 0.6])
    fig.update_yaxes(
        visible=False,
        range=[grid["row"].max() + 0.6, grid["row"].min() - 0.6],
        scaleanchor="x",
        scaleratio=1,
    )
    fig.update_layout(
        shapes=shapes,  # at once: 19 add_shape calls took 75 ms, this 4 ms
        height=height,
        margin={"l": 4, "r": 4, "t": 4, "b": 4},
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="rgba(0,0,0,0)",
        separators=fmt.plotly_separators(lang),
        dragmode=False,
        hoverlabel={
            "bgcolor": "#222",
            "font": {"color": "#fff", "size": min_px(present) + (0 if present else 1)},
        },
    )
    return fig


def tile_repaint(base: dict, grid, table, classes: Classes, lang: str, **options) -> dict:
    """The dict of :func:`tile_grid_figure` for ``table`` and ``classes``, from ``base``:
    that of the same tile map (same grid, communes, language and view) for other figures.
    Only the tiles' colours, their text colours and the hover text change; ``options``:
    ``year``, ``selected``, ``lines``, ``metric`` as for :func:`tile_grid_figure`. A plotly
    figure is validated as it is built (over 10 ms); this takes a fraction of a ms."""
    _, _, _, hovers, _, text_colours, shapes = _tiles(grid, table, classes, lang, **options)
    trace = base["data"][0]
    trace = trace | {"hovertext": hovers, "textfont": trace["textfont"] | {"color": text_colours}}
    return base | {"data": [trace], "layout": base["layout"] | {"shapes": shapes}}


def _tiles(grid, table, classes, lang, year=None, selected=None, lines=commune_lines, metric=None):
    """Each tile's position, name, hover text, code, text colour and shape (in grid order)."""
    rows = table.set_index("code")
    xs, ys, texts, hovers, codes, text_colours, shapes = [], [], [], [], [], [], []
    for code, r, c in zip(grid["code"], grid["row"], grid["col"]):
        colour = classes.colours.get(code, NO_DATA)
        edge = "#000000" if code == selected else "#FFFFFF"
        shapes.append(
            dict(
                type="rect",
                x0=c - 0.47,
                x1=c + 0.47,
                y0=r - 0.47,
                y1=r + 0.47,
                fillcolor=colour,
                line={"color": edge, "width": 3 if code == selected else 1},
                layer="below",
            )
        )
        row = rows.loc[code] if code in rows.index else pd.Series(dtype=object)
        name = str(row.get("name", code))
        xs.append(c)
        ys.append(r)
        texts.append(wrap(name, TILE_LINE_CHARS))
        head = f"<b>{name}</b> · {unit_label(row.get('unit_type', ''), lang)}"
        figures = [class_line(code, metric, classes, lang)] if metric else []
        figures += lines(row, lang, year) if len(row) else []
        hovers.append("<br>".join([head, *figures]))
        codes.append(code)
        text_colours.append("#FFFFFF" if is_dark(colour) else "#1A1A1A")
    return xs, ys, texts, hovers, codes, text_colours, shapes


# A tile is about 60 px wide on a phone: names on lines of at most this many characters
# ("Thải Giàng Phố" → "Thải / Giàng / Phố", "Nậm Khánh" → "Nậm / Khánh").
TILE_LINE_CHARS = 8
