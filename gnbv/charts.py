"""Plotly figures of the Funding page (no streamlit here).

Every figure: colours from :mod:`gnbv.palette`, numbers in the UI language through
:mod:`gnbv.fmt` (labels and hovers pre-formatted; axes via ``layout.separators``), no web
fonts, nothing fetched (plotly.js comes bundled with streamlit), and dressed for phones, desktops
and the projector by :mod:`gnbv.chart_style` (``present``: the presentation view).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from gnbv import fmt, palette
from gnbv.chart_style import legend_above, line_chars, lines, style, text_px, wrap
from gnbv.funding import AMOUNT, CAPITAL_TEXT_KEYS, CAPITAL_TYPES
from gnbv.i18n import t


def _layout(fig: go.Figure, lang: str, height: int, present: bool = False, **extra) -> go.Figure:
    return style(fig, lang, height, present, **extra)


def _amount_label(value, share, lang: str) -> str:
    return f"{fmt.number(value, lang)} ({fmt.percent(share, lang)})"


def capital_type_bars(capital: pd.DataFrame, lang: str, present: bool = False) -> go.Figure:
    """Horizontal bars of the total by capital type (``funding.by_capital_type``)."""
    labels = [t(CAPITAL_TEXT_KEYS[k], lang) for k in capital["capital_type"]]
    texts = [
        _amount_label(v, s, lang)
        for v, s in zip(capital["amount_mvnd"], capital["share_pct"], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=[int(v) for v in capital["amount_mvnd"]],
            y=labels,
            orientation="h",
            marker_color=[palette.capital_color(k) for k in capital["capital_type"]],
            text=texts,
            textposition="auto",
            insidetextanchor="end",
            cliponaxis=False,
            customdata=texts,
            hovertemplate="%{y}<br>%{customdata} " + t("million_vnd", lang) + "<extra></extra>",
        )
    )
    # A label that does not fit inside its bar goes beside it: room for it to the right.
    peak = max([int(v) for v in capital["amount_mvnd"]] + [1])
    fig.update_xaxes(title=t("fund_amount", lang), tickformat=",d", range=[0, peak * 1.3], nticks=4)
    fig.update_yaxes(autorange="reversed", title=None)
    return _layout(fig, lang, height=200, present=present, showlegend=False)


def project_bars(
    projects: pd.DataFrame, lang: str, measure: str = "amount", present: bool = False
) -> go.Figure:
    """Bars per project (``funding.by_project``), amount or share (``measure``), coloured by
    project. A not-allocated project gets NO bar: its row shows a dash and the plan's words."""
    share = measure == "share"
    value_col = "share_pct" if share else "total_mvnd"
    funded = projects[projects["allocated"]]
    axis_labels = [f"{r.label}  " for r in projects.itertuples()]
    funded_labels = [f"{r.label}  " for r in funded.itertuples()]
    texts = [
        (
            fmt.percent(r.share_pct, lang)
            if share
            else _amount_label(r.total_mvnd, r.share_pct, lang)
        )
        for r in funded.itertuples()
    ]
    hovers = [
        "<br>".join(
            [
                f"<b>{r.label}</b>: {r.name}",
                f"{t('fund_investment', lang)}: {fmt.number(r.investment_mvnd, lang)}",
                f"{t('fund_recurrent', lang)}: {fmt.number(r.recurrent_mvnd, lang)}",
                f"{t('fund_total', lang)}: {fmt.money_mvnd(r.total_mvnd, lang)}",
                f"{t('fund_hover_share', lang)}: {fmt.percent(r.share_pct, lang)}",
            ]
        )
        for r in funded.itertuples()
    ]
    values = [float(v) if share else int(v) for v in funded[value_col]]
    fig = go.Figure(
        go.Bar(
            x=values,
            y=funded_labels,
            orientation="h",
            marker_color=[palette.project_color(p) for p in funded["project_id"]],
            text=texts,
            # Inside the bar when it fits (the long bar), else beside it (the short ones): a
            # label beside the longest bar would be cut on a phone.
            textposition="auto",
            insidetextanchor="end",
            cliponaxis=False,
            customdata=hovers,
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    for r in projects[~projects["allocated"]].itertuples():
        fig.add_annotation(
            x=0,
            y=f"{r.label}  ",
            xref="x",
            yref="y",
            text=f"{fmt.DASH} {t('not_allocated', lang)}",
            showarrow=False,
            xanchor="left",
            font=dict(color="#666666"),
            hovertext=t("not_allocated_note", lang),
        )
    peak = max([*values, 1])
    fig.update_xaxes(
        title=t("fund_share" if share else "fund_amount", lang),
        tickformat=",.0f" if share else ",d",
        ticksuffix="%" if share else "",
        range=[0, peak * 1.04],
    )
    fig.update_yaxes(
        categoryorder="array", categoryarray=axis_labels, autorange="reversed", title=None
    )
    return _layout(fig, lang, height=60 + 44 * len(projects), present=present, showlegend=False)


def breakdown_treemap(nodes: pd.DataFrame, lang: str, present: bool = False) -> go.Figure:
    """Treemap project → sub-project → capital type from ``funding.hierarchy``."""
    root_total = int(nodes.loc[nodes["level"] == "root", "value"].iloc[0]) if len(nodes) else 0
    colours = []
    for r in nodes.itertuples():
        if r.level in CAPITAL_TYPES:
            colours.append(palette.capital_color(r.level))
        elif r.level == "root":
            colours.append("#FFFFFF")
        else:
            colours.append(palette.project_color(r.project_id))
    amounts = [fmt.money_mvnd(v, lang) for v in nodes["value"]]
    shares = [
        fmt.percent(100.0 * v / root_total if root_total else None, lang) for v in nodes["value"]
    ]
    hovers = [
        "<br>".join(
            x
            for x in (
                f"<b>{r.label}</b>",
                wrap(r.note, 60) if r.note else "",
                f"{a} ({s})",
            )
            if x
        )
        for r, a, s in zip(nodes.itertuples(), amounts, shares, strict=True)
    ]
    fig = go.Figure(
        go.Treemap(
            ids=nodes["id"],
            parents=nodes["parent"],
            labels=nodes["label"],
            values=[int(v) for v in nodes["value"]],
            branchvalues="total",
            marker=dict(colors=colours, line=dict(width=1, color="#FFFFFF")),
            text=[f"{a} ({s})" for a, s in zip(amounts, shares, strict=True)],
            texttemplate="<b>%{label}</b><br>%{text}",
            customdata=hovers,
            hovertemplate="%{customdata}<extra></extra>",
            pathbar=dict(visible=True),
            tiling=dict(packing="squarify"),
        )
    )
    # One readable text size; a box too small for it shows its figures on hover only.
    fig.update_layout(uniformtext=dict(minsize=text_px(present) - 1, mode="hide"))
    return _layout(fig, lang, height=460, present=present)


def breakdown_table(nodes: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The treemap as a table (its text alternative): each box with its path from the total
    ('Dự án 1 → Tiểu dự án 1 → Vốn đầu tư phát triển'), its amount and its share of the
    total, written as on the treemap."""
    labels = dict(zip(nodes["id"], nodes["label"]))
    parents = dict(zip(nodes["id"], nodes["parent"]))
    root_total = nodes.loc[nodes["level"] == "root", "value"]
    whole = int(root_total.iloc[0]) if len(root_total) else 0

    def path(node_id: str) -> str:
        names = []
        while node_id in labels and parents.get(node_id):
            names.append(labels[node_id])
            node_id = parents[node_id]
        return " → ".join(reversed(names)) or labels.get(node_id, "")

    return pd.DataFrame(
        {
            t("fund_breakdown_item", lang): [path(i) for i in nodes["id"]],
            t("fund_amount", lang): [fmt.number(v, lang) for v in nodes["value"]],
            t("fund_share_col", lang): [
                fmt.number(100.0 * v / whole, lang, 1) if whole else fmt.DASH
                for v in nodes["value"]
            ],
        }
    )


def agency_bars(agencies: pd.DataFrame, lang: str, present: bool = False) -> go.Figure:
    """Stacked bars per lead agency (``funding.by_lead_agency``) by capital type; an agency
    that leads only not-allocated projects shows a dash and the plan's words, not a zero.

    Each agency's name and total are written ABOVE its bar, from the left edge of the plot,
    wrapped: long names (“Phòng Nông nghiệp và Phát triển nông thôn”) and their amounts then
    fit a phone as well as a projector, instead of being cut at either side of the bar."""
    size = text_px(present)
    labels = []
    for r in agencies.itertuples():
        if pd.isna(r.total_mvnd):
            amount = f"{fmt.DASH} {t('not_allocated', lang)} ({r.not_allocated_projects})"
        else:
            amount = f"{fmt.number(r.total_mvnd, lang)} ({fmt.percent(r.share_pct, lang)})"
        labels.append(f"<b>{wrap(r.name, line_chars(present))}</b><br>{amount}")
    # Rows of equal height (px): the tallest label, a gap, the bar, a gap to the next row.
    line_px, bar_px = 1.3 * size, 1.9 * size
    row_px = max((lines(x) for x in labels), default=1) * line_px + bar_px + 1.2 * size
    bar_at = [i + 0.5 - (0.3 * size + bar_px / 2) / row_px for i in range(len(agencies))]
    fig = go.Figure()
    funded = agencies["total_mvnd"].notna().to_list()
    for kind in CAPITAL_TYPES:
        col = AMOUNT[kind]
        rows = [(y, r) for y, r, ok in zip(bar_at, agencies.itertuples(), funded) if ok]
        fig.add_bar(
            name=t(CAPITAL_TEXT_KEYS[kind], lang),
            x=[int(getattr(r, col)) for _, r in rows],
            y=[y for y, _ in rows],
            width=bar_px / row_px,
            orientation="h",
            marker_color=palette.capital_color(kind),
            customdata=[
                f"<b>{r.name}</b><br>{t(CAPITAL_TEXT_KEYS[kind], lang)}: "
                f"{fmt.money_mvnd(getattr(r, col), lang)}<br>{r.projects}"
                for _, r in rows
            ],
            hovertemplate="%{customdata}<extra></extra>",
        )
    for y, label in zip(bar_at, labels):
        fig.add_annotation(
            x=0,
            xref="paper",
            xanchor="left",
            y=y - (bar_px / 2 + 0.25 * size) / row_px,
            yanchor="bottom",
            text=label,
            align="left",
            showarrow=False,
        )
    peak = max([int(v) for v in agencies["total_mvnd"].dropna()] + [1])
    fig.update_xaxes(title=t("fund_amount", lang), tickformat=",d", range=[0, peak * 1.04])
    fig.update_yaxes(
        range=[len(agencies) - 0.5, -0.5], visible=False, fixedrange=True, automargin=False
    )
    return _layout(
        fig,
        lang,
        height=int(len(agencies) * row_px + 4.5 * size + 40),
        present=present,
        grow=False,
        barmode="stack",
        legend=legend_above(),
    )
