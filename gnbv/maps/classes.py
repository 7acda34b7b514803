"""What colours a map: the metrics to colour by, the colour ramps, the classes of a metric's
values and their legend, each commune's value and class in words."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from gnbv import fmt, palette
from gnbv.i18n import TextKeys, t

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
