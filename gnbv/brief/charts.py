"""The brief's charts, drawn as vector graphics with fpdf2's primitives (rectangles, lines):
no browser, no image, sharp in print.

Their numbers come from the page's own figures (the plotly figures the views build, read
trace by trace: :func:`bars_from_figure`, :func:`series_from_figure`), so a brief's chart
cannot say something the page's does not; ``tests/brief/test_charts.py`` compares them with
the views' tables.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gnbv import fmt
from gnbv.brief.frame import GREY, INK, RULE, WIDTH, Brief, hex_rgb, nfc

LABEL_WIDTH = 42.0  # mm: the bars' names
VALUE_ROOM = 26.0  # mm right of the longest bar, for its value
BAR_ROW = 5.2  # mm a bar
DASHES = {"dash": (1.6, 1.0), "dot": (0.4, 0.9), "dashdot": (1.6, 0.8)}


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    colour: str
    text: str  # the value as the page writes it
    mark: float | None = None  # a target, drawn as a tick across the bar


@dataclass(frozen=True)
class Series:
    name: str
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    colour: str
    dash: str | None
    line: bool
    markers: bool
    hollow: bool = False


def _as_list(value, n: int) -> list:
    if value is None or isinstance(value, str):
        return [value] * n
    return list(value)


def _number(value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number


def bars_from_figure(
    figure, trace: int = 0, marks: int | None = None, value_text: Callable | None = None
) -> list[Bar]:
    """The bars of ``figure``'s trace ``trace`` (a horizontal bar chart), top to bottom as
    the page shows them (plotly draws the first category at the bottom unless the axis is
    reversed), each with its colour, its label as the page writes it (``value_text`` of the
    value when the trace has none), and, when ``marks``
    names a scatter trace over the same categories, its value there (a target)."""
    bar = figure.data[trace]
    values = [_number(v) for v in bar.x]
    labels = [nfc(v).strip() for v in bar.y]
    colours = _as_list(bar.marker.color, len(values))
    texts = _as_list(bar.text, len(values))
    ticks = [math.nan] * len(values)
    if marks is not None:
        by_label = {
            nfc(y).strip(): _number(x) for x, y in zip(figure.data[marks].x, figure.data[marks].y)
        }
        ticks = [by_label.get(label, math.nan) for label in labels]
    bars = [
        Bar(
            label,
            value,
            str(colour or "#555555"),
            nfc(text) if text is not None else (value_text(value) if value_text else ""),
            None if math.isnan(tick) else tick,
        )
        for label, value, colour, text, tick in zip(labels, values, colours, texts, ticks)
    ]
    if figure.layout.yaxis.autorange != "reversed":
        bars.reverse()
    return bars


def series_from_figure(figure) -> list[Series]:
    """Every line or point trace of ``figure``, named as in its legend."""
    out = []
    for trace in figure.data:
        if trace.type != "scatter" or trace.x is None:
            continue
        mode = trace.mode or "lines"
        symbol = str(trace.marker.symbol or "")
        colour = trace.line.color if "lines" in mode else trace.marker.color
        out.append(
            Series(
                name=nfc(trace.name or ""),
                xs=tuple(_number(x) for x in trace.x),
                ys=tuple(_number(y) for y in trace.y),
                colour=str(colour or trace.marker.color or "#222222"),
                dash=trace.line.dash,
                line="lines" in mode,
                markers="markers" in mode,
                hollow=symbol.endswith("open"),
            )
        )
    return out


def hbars_height(count: int, legend: bool = True, row: float = BAR_ROW) -> float:
    """The height in mm of :func:`hbars` with ``count`` bars (a heading keeps it with it)."""
    return count * row + 10 + (6 if legend else 0)


def hbars(
    pdf: Brief,
    bars: Sequence[Bar],
    title: str,
    legend: Sequence[tuple[str, str]] = (),
    mark_name: str = "",
    row: float = BAR_ROW,
) -> None:
    """Horizontal bars with their names at the left and their values at their ends, a tick
    per bar's mark; ``legend``: (colour, label) pairs under the chart; ``row``: mm a bar."""
    pdf.room(hbars_height(len(bars), bool(legend or mark_name), row))
    if title:
        pdf.font(9.5, bold=True)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(WIDTH, 4.5, nfc(title), align="L", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 1.5
    left = pdf.l_margin + LABEL_WIDTH
    span = WIDTH - LABEL_WIDTH - VALUE_ROOM
    finite = [b.value for b in bars if not math.isnan(b.value)]
    finite += [b.mark for b in bars if b.mark is not None]
    largest = max([*finite, 0.0]) or 1.0
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.2)
    pdf.line(left, top, left, top + len(bars) * row)
    for i, bar in enumerate(bars):
        y = top + i * row
        pdf.font(7.5)
        name = _fit(pdf, bar.label, LABEL_WIDTH - 2)
        pdf.text(pdf.l_margin, y + row * 0.68, name)
        value = 0.0 if math.isnan(bar.value) else bar.value
        width = span * value / largest
        pdf.set_fill_color(*hex_rgb(bar.colour))
        if width > 0:
            pdf.rect(left, y + 0.8, width, row - 1.6, style="F")
        if bar.mark is not None:
            x = left + span * bar.mark / largest
            pdf.set_draw_color(*INK)
            pdf.set_line_width(0.5)
            pdf.line(x, y + 0.2, x, y + row - 0.2)
        pdf.font(7.5, colour=INK)
        pdf.text(left + width + 1.2, y + row * 0.68, bar.text or fmt.DASH)
    y = top + len(bars) * row + 2
    x = pdf.l_margin
    for colour, label in legend:
        pdf.set_fill_color(*hex_rgb(colour))
        pdf.rect(x, y, 3, 3, style="F")
        pdf.font(7.5)
        pdf.text(x + 4, y + 2.6, nfc(label))
        x += 4 + pdf.get_string_width(nfc(label)) + 5
    if mark_name:
        pdf.set_draw_color(*INK)
        pdf.set_line_width(0.5)
        pdf.line(x + 1, y - 0.3, x + 1, y + 3.3)
        pdf.font(7.5)
        pdf.text(x + 3, y + 2.6, nfc(mark_name))
    pdf.set_y(y + (6 if legend or mark_name else 1))


def _fit(pdf: Brief, text: str, width: float) -> str:
    """``text`` cut with an ellipsis to ``width`` mm (a bar's name; the table has it whole)."""
    text = nfc(text)
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    span = (high - low) or 1.0
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 0.001:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(ticks[-1] + step)
    return ticks


def lines(
    pdf: Brief,
    series: Sequence[Series],
    title: str,
    y_text: Callable[[float], str],
    height: float = 62.0,
) -> None:
    """Lines (and points) over the years, with a y grid written by ``y_text`` and a legend
    of every series under the chart."""
    per_row = _legend_columns(pdf, series)
    legend_height = 4.2 * math.ceil(len(series) / per_row)
    pdf.room(height + legend_height + 12)
    pdf.font(9.5, bold=True)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(WIDTH, 4.5, nfc(title), align="L", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 2
    left = pdf.l_margin + 14
    right = pdf.l_margin + WIDTH - 4
    bottom = top + height - 8
    xs = [x for s in series for x in s.xs if not math.isnan(x)]
    ys = [y for s in series for y in s.ys if not math.isnan(y)]
    x0, x1 = min(xs), max(xs)
    ticks = _nice_ticks(min(0.0, min(ys)), max(ys))
    y0, y1 = ticks[0], ticks[-1]

    def px(x: float) -> float:
        return left + (right - left) * ((x - x0) / ((x1 - x0) or 1))

    def py(y: float) -> float:
        return bottom - (bottom - top) * ((y - y0) / ((y1 - y0) or 1))

    pdf.set_line_width(0.15)
    pdf.font(7, colour=GREY)
    for tick in ticks:
        pdf.set_draw_color(*RULE)
        pdf.line(left, py(tick), right, py(tick))
        label = y_text(tick)
        pdf.text(left - 1.5 - pdf.get_string_width(label), py(tick) + 1, label)
    for year in range(int(x0), int(x1) + 1):
        label = str(year)
        pdf.text(px(year) - pdf.get_string_width(label) / 2, bottom + 4, label)
    for s in series:
        _draw_series(pdf, s, px, py)
    _legend(pdf, series, bottom + 9.5)


def _draw_series(pdf: Brief, s: Series, px, py) -> None:
    points = [(px(x), py(y)) for x, y in zip(s.xs, s.ys) if not (math.isnan(x) or math.isnan(y))]
    colour = hex_rgb(s.colour)
    pdf.set_draw_color(*colour)
    pdf.set_line_width(0.6)
    if s.line and len(points) > 1:
        dash, gap = DASHES.get(str(s.dash), (0, 0))
        pdf.set_dash_pattern(dash=dash, gap=gap)
        pdf.polyline(points)
        pdf.set_dash_pattern()
    if s.markers:
        pdf.set_fill_color(*((255, 255, 255) if s.hollow else colour))
        for x, y in points:
            pdf.circle(x, y, 0.9, style="DF")


def _legend_columns(pdf: Brief, series: Sequence[Series]) -> int:
    """Two legend entries a row, or one when a name would not fit half the width."""
    pdf.font(7)
    widest = max((pdf.get_string_width(s.name) for s in series), default=0)
    return 2 if widest <= WIDTH / 2 - 10 else 1


def _legend(pdf: Brief, series: Sequence[Series], y: float) -> None:
    per_row = _legend_columns(pdf, series)
    column = WIDTH / per_row
    for i, s in enumerate(series):
        x = pdf.l_margin + (i % per_row) * column
        row_y = y + (i // per_row) * 4.2
        colour = hex_rgb(s.colour)
        pdf.set_draw_color(*colour)
        pdf.set_line_width(0.6)
        if not s.line:
            pdf.set_fill_color(*((255, 255, 255) if s.hollow else colour))
            pdf.circle(x + 3, row_y - 1, 0.9, style="DF")
        else:
            dash, gap = DASHES.get(str(s.dash), (0, 0))
            pdf.set_dash_pattern(dash=dash, gap=gap)
            pdf.line(x, row_y - 1, x + 6, row_y - 1)
            pdf.set_dash_pattern()
        pdf.font(7)
        pdf.text(x + 8, row_y, _fit(pdf, s.name, column - 10))
    pdf.set_y(y + 4.2 * math.ceil(len(series) / per_row) + 1)
