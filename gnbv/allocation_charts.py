"""plotly figures of the allocation page (no streamlit): the share of funds against the share
of poor households, and who gains or loses between two coefficient sets."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from gnbv import fmt
from gnbv.i18n import t
from gnbv.maps import commune_name

# Paul Tol's "bright" blue and purple: both ≥ 3:1 against white (WCAG 1.4.11), apart in hue
# and lightness for colour-blind readers.
FUNDS_COLOUR = "#4477AA"
POOR_COLOUR = "#AA3377"
# Gains and losses: Tol's high-contrast blue and red; every bar also carries its signed value.
GAIN_COLOUR = "#004488"
LOSS_COLOUR = "#BB5566"
ROW_PX = 26
FONT_SIZE, PRESENT_FONT_SIZE = 14, 20  # as gnbv.charts: the projector needs larger type


def _layout(fig: go.Figure, lang: str, rows: int, present: bool, **extra) -> go.Figure:
    size = PRESENT_FONT_SIZE if present else FONT_SIZE
    fig.update_layout(
        height=int(max(260, rows * ROW_PX * size / FONT_SIZE + 110)),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        separators=fmt.plotly_separators(lang),
        font={"size": size},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        hoverlabel={"namelength": -1, "font_size": size},
        dragmode=False,
        **extra,
    )
    # Explicit, so Streamlit's chart theme does not shrink the axes below the body text.
    fig.update_xaxes(tickfont_size=size - 1, title_font_size=size)
    fig.update_yaxes(tickfont_size=size)
    fig.update_traces(textfont_size=size - 1)
    return fig


def amount_lines(row, lang: str, year: int | None = None) -> list[str]:
    """A commune's allocation as 'label: value' lines (map tooltip, tile hover)."""
    if pd.isna(row.get("amount_mvnd")):
        return [t("alc_no_result", lang)]
    lines = [
        f"{t('alc_col_amount', lang)}: {fmt.money_mvnd(row['amount_mvnd'], lang)}",
        f"{t('alc_col_share', lang)}: {fmt.percent(row['share_pct'], lang)}",
        f"{t('alc_col_points', lang)}: {fmt.compact(row['points'], lang, 2)}",
        f"{t('alc_col_per_poor', lang)}: {fmt.compact(row['funds_per_poor_household'], lang, 2)}",
    ]
    if row.get("bound"):
        lines.append(t(f"alc_bound_{row['bound']}", lang))
    return lines


def share_figure(table: pd.DataFrame, lang: str, present: bool = False) -> go.Figure:
    """Commune by commune (most poor households at the top): its share of the funds beside
    its share of the district's poor households, in percent."""
    rows = table.sort_values(["poor_share_pct", "code"], ascending=[True, False])
    names = [commune_name(n, u, lang) for n, u in zip(rows["name"], rows["unit_type"])]
    fig = go.Figure()
    for column, key, colour in (
        ("poor_share_pct", "alc_share_poor", POOR_COLOUR),
        ("share_pct", "alc_share_funds", FUNDS_COLOUR),
    ):
        label = t(key, lang)
        text = [fmt.percent(v, lang) for v in rows[column]]
        fig.add_trace(
            go.Bar(
                x=rows[column],
                y=names,
                orientation="h",
                name=label,
                marker_color=colour,
                text=text,
                textposition="outside",
                cliponaxis=False,
                hovertemplate=f"%{{y}}<br>{label}: %{{text}}<extra></extra>",
            )
        )
    fig.update_xaxes(ticksuffix="%", rangemode="tozero", title=t("alc_share_axis", lang))
    fig.update_yaxes(automargin=True)
    return _layout(fig, lang, 2 * len(rows), present, barmode="group", bargap=0.25)


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
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
            showlegend=False,
        )
    )
    fig.update_xaxes(
        title=t("alc_compare_axis", lang, first=first, second=second),
        zeroline=True,
        zerolinecolor="#444",
    )
    fig.update_yaxes(automargin=True)
    return _layout(fig, lang, len(rows), present)
