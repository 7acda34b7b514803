"""plotly figures of the allocation page (no streamlit): the share of funds against the share
of poor households, and who gains or loses between two coefficient sets; and the lines that
the maps of the amounts show for a commune. Every figure is dressed for phones, desktops and
the projector by :mod:`gnbv.chart_style` (``present``: the presentation view)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from gnbv import fmt
from gnbv.allocation import BOUND_TEXT_KEYS
from gnbv.chart_style import legend_above, line_chars, style, wrap
from gnbv.i18n import TextKeys, t
from gnbv.maps.classes import Classes
from gnbv.maps.tables import commune_name

# Paul Tol's "bright" blue and purple: both ≥ 3:1 against white (WCAG 1.4.11), apart in hue
# and lightness for colour-blind readers.
FUNDS_COLOUR = "#4477AA"
POOR_COLOUR = "#AA3377"
# Gains and losses: Tol's high-contrast blue and red; every bar also carries its signed value.
GAIN_COLOUR = "#004488"
LOSS_COLOUR = "#BB5566"
ROW_PX = 26  # one bar at the body text size (chart_style grows it in the presentation view)
FRAME_PX = 110  # the axis, its title and the legend around the bars
# Room beyond the longest bar for its label, as a share of the bar: a label written beside
# the longest bar ("10,8%") must stay inside a phone-wide chart (about 230 px of plot).
LABEL_ROOM = 0.3
# A gap between the communes' names and their bars: invisible ticks.
NAME_STANDOFF = {"ticks": "outside", "ticklen": 6, "tickcolor": "rgba(0,0,0,0)"}


def amount_lines(row, lang: str, year: int | None = None, classes: Classes | None = None):
    """A commune's allocation as 'label: value' lines (map tooltip, tile hover): first its
    amount and, given the map's ``classes``, its class in words, so that the map reads without
    colour ('Số tiền (triệu đồng): 399 (lớp 264–399)'). ``row``: a row of the allocation's
    table, indexed or not by commune code."""
    if pd.isna(row.get("amount_mvnd")):
        return [t("alc_no_result", lang)]
    amount = f"{t('alc_col_amount', lang)}: {fmt.number(row['amount_mvnd'], lang)}"
    if classes is not None:
        label = classes.labels.get(str(row.get("code", row.name)), fmt.DASH)
        amount += f" ({t('map_class_of', lang, label=label)})"
    lines = [
        amount,
        f"{t('alc_col_share', lang)}: {fmt.percent(row['share_pct'], lang)}",
        f"{t('alc_col_points', lang)}: {fmt.compact(row['points'], lang, 2)}",
        f"{t('alc_col_per_poor', lang)}: {fmt.compact(row['funds_per_poor_household'], lang, 2)}",
    ]
    if row.get("bound"):
        lines.append(t(BOUND_TEXT_KEYS[row["bound"]], lang))
    return lines


def _room(low: float, high: float) -> list[float]:
    """An axis range from ``low`` to ``high`` (both sides of 0) with room for the labels
    written beside the bars at each end."""
    low, high = min(low, 0.0), max(high, 0.0)
    span = (high - low) or 1.0
    return [low - LABEL_ROOM * span if low < 0 else 0.0, high + LABEL_ROOM * span]


SHARE_SERIES = (("poor_share_pct", POOR_COLOUR), ("share_pct", FUNDS_COLOUR))
SHARE_TEXT_KEYS: TextKeys = {"poor_share_pct": "alc_share_poor", "share_pct": "alc_share_funds"}


def _share_rows(table: pd.DataFrame) -> pd.DataFrame:
    return table.sort_values(["poor_share_pct", "code"], ascending=[True, False])


def _share_values(rows: pd.DataFrame, lang: str) -> tuple[list, list[list[str]], list[float]]:
    """What the share figure shows of an allocation (``rows``: :func:`_share_rows`): each
    series' values and their labels, and the axis range."""
    xs = [rows[column].tolist() for column, _ in SHARE_SERIES]  # lists: as repainted
    texts = [[fmt.percent(v, lang) for v in x] for x in xs]
    peak = pd.concat([rows["poor_share_pct"], rows["share_pct"]]).max()
    return xs, texts, _room(0, 0 if pd.isna(peak) else float(peak))


def share_figure(table: pd.DataFrame, lang: str, present: bool = False) -> go.Figure:
    """Commune by commune (most poor households at the top): its share of the funds beside
    its share of the district's poor households, in percent."""
    rows = _share_rows(table)
    names = [commune_name(n, u, lang) for n, u in zip(rows["name"], rows["unit_type"])]
    xs, texts, x_range = _share_values(rows, lang)
    fig = go.Figure()
    for (column, colour), x, text in zip(SHARE_SERIES, xs, texts):
        label = t(SHARE_TEXT_KEYS[column], lang)
        fig.add_trace(
            go.Bar(
                x=x,
                y=names,
                orientation="h",
                name=label,
                marker_color=colour,
                text=text,
                textposition="outside",
                constraintext="none",  # never shrunk below the view's text size
                cliponaxis=False,
                hovertemplate=f"%{{y}}<br>{label}: %{{text}}<extra></extra>",
            )
        )
    fig.update_xaxes(
        ticksuffix="%",
        range=x_range,
        title=wrap(t("alc_share_axis", lang), line_chars(present)),
    )
    fig.update_yaxes(title=None, **NAME_STANDOFF)
    return style(
        fig,
        lang,
        2 * len(rows) * ROW_PX + FRAME_PX,
        present,
        # A tall chart: its key where reading starts, in the order of the bars (top first).
        legend=legend_above() | {"traceorder": "reversed"},
        barmode="group",
        bargap=0.25,
        dragmode=False,
    )


def share_repaint(base: dict, table: pd.DataFrame, lang: str) -> dict:
    """The dict of :func:`share_figure` for ``table``, from ``base``: that of the same
    figure for another allocation of the same communes and criteria (the same bars in the
    same order), in ``lang``: only the values, their labels and the axis range change. A
    plotly figure is validated as it is built (about 20 ms); this takes a few µs."""
    xs, texts, x_range = _share_values(_share_rows(table), lang)
    data = [trace | {"x": x, "text": text} for trace, x, text in zip(base["data"], xs, texts)]
    layout = base["layout"] | {"xaxis": base["layout"]["xaxis"] | {"range": x_range}}
    return base | {"data": data, "layout": layout}


def compare_figure(
    changes: pd.DataFrame, first: str, second: str, lang: str, present: bool = False
) -> go.Figure:
    """Who gains and who loses, in million VND, going from ``first`` to ``second`` (the
    table of ``gnbv.allocation.compare``): one bar per commune, the largest gain at the top."""
    rows = changes.iloc[::-1]
    values = rows["change_mvnd"]
    text = [("+" if v > 0 else "") + fmt.number(v, lang) for v in values]
    fig = go.Figure(
        go.Bar(
            x=values,
            y=rows["name"],
            orientation="h",
            marker_color=[GAIN_COLOUR if v >= 0 else LOSS_COLOUR for v in values],
            text=text,
            textposition="outside",
            constraintext="none",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
            showlegend=False,
        )
    )
    fig.update_xaxes(
        title=wrap(t("alc_compare_axis", lang, first=first, second=second), line_chars(present)),
        range=_room(float(values.min()), float(values.max())) if len(values) else None,
        zeroline=True,
        zerolinecolor="#444",
    )
    fig.update_yaxes(title=None, **NAME_STANDOFF)
    return style(fig, lang, len(rows) * ROW_PX + FRAME_PX, present, dragmode=False)
