"""Plotly figures of the dashboard (no streamlit here).

Every figure: colours from :mod:`gnbv.palette`, numbers in the UI language through
:mod:`gnbv.fmt` (labels and hovers pre-formatted; axes via ``layout.separators``), no web
fonts, nothing fetched (plotly.js comes bundled with streamlit).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from gnbv import fmt, palette
from gnbv.funding import AMOUNT, CAPITAL_TYPES
from gnbv.i18n import t

FONT = dict(family="sans-serif", size=14)
PRESENT_FONT_SIZE = 20  # presentation view (projector)
MARGIN = dict(l=10, r=10, t=30, b=10)


def _layout(fig: go.Figure, lang: str, height: int, present: bool = False, **extra) -> go.Figure:
    size = PRESENT_FONT_SIZE if present else FONT["size"]
    fig.update_layout(
        separators=fmt.plotly_separators(lang),
        font={**FONT, "size": size},
        height=int(height * (size / FONT["size"]) ** 0.8),
        margin=MARGIN,
        hoverlabel=dict(font_size=size, align="left"),
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        **extra,
    )
    # Explicit, so Streamlit's chart theme does not shrink the axes below the body text.
    fig.update_xaxes(tickfont_size=size - 1, title_font_size=size)
    fig.update_yaxes(tickfont_size=size, title_font_size=size)
    fig.update_annotations(font_size=size)
    fig.update_traces(textfont_size=size, selector=dict(type="bar"))
    return fig


def _amount_label(value, share, lang: str) -> str:
    return f"{fmt.number(value, lang)} ({fmt.percent(share, lang)})"


def capital_type_bars(capital: pd.DataFrame, lang: str, present: bool = False) -> go.Figure:
    """Horizontal bars of the total by capital type (``funding.by_capital_type``)."""
    labels = [t(f"fund_{k}", lang) for k in capital["capital_type"]]
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
            textposition="outside",
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
            font=dict(color="#777777"),
            hovertext=t("not_allocated_note", lang),
        )
    peak = max([*values, 1])
    fig.update_xaxes(
        title=t("fund_share" if share else "fund_amount", lang),
        tickformat=",.0f" if share else ",d",
        ticksuffix="%" if share else "",
        range=[0, peak * 1.35],
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
                _wrap(r.note) if r.note else "",
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
    size = PRESENT_FONT_SIZE if present else FONT["size"]
    fig.update_layout(uniformtext=dict(minsize=size - 1, mode="hide"))
    return _layout(fig, lang, height=460, present=present)


def agency_bars(agencies: pd.DataFrame, lang: str, present: bool = False) -> go.Figure:
    """Stacked bars per lead agency (``funding.by_lead_agency``) by capital type; an agency
    that leads only not-allocated projects shows a dash and the plan's words, not a zero."""
    names = [f"{n}  " for n in agencies["name"]]
    funded = agencies[agencies["total_mvnd"].notna()]
    funded_names = [f"{n}  " for n in funded["name"]]
    fig = go.Figure()
    for kind in CAPITAL_TYPES:
        col = AMOUNT[kind]
        hovers = [
            f"<b>{r.name}</b><br>{t(f'fund_{kind}', lang)}: "
            f"{fmt.money_mvnd(getattr(r, col), lang)}<br>{r.projects}"
            for r in funded.itertuples()
        ]
        fig.add_bar(
            name=t(f"fund_{kind}", lang),
            x=[int(v) for v in funded[col]],
            y=funded_names,
            orientation="h",
            marker_color=palette.capital_color(kind),
            customdata=hovers,
            hovertemplate="%{customdata}<extra></extra>",
        )
    for r in funded.itertuples():
        fig.add_annotation(
            x=int(r.total_mvnd),
            y=f"{r.name}  ",
            text=f"{fmt.number(r.total_mvnd, lang)} ({fmt.percent(r.share_pct, lang)})",
            showarrow=False,
            xanchor="left",
            xshift=6,
        )
    for r in agencies[agencies["total_mvnd"].isna()].itertuples():
        fig.add_annotation(
            x=0,
            y=f"{r.name}  ",
            text=f"{fmt.DASH} {t('not_allocated', lang)} ({r.not_allocated_projects})",
            showarrow=False,
            xanchor="left",
            font=dict(color="#777777"),
        )
    peak = max([int(v) for v in funded["total_mvnd"]] + [1])
    fig.update_xaxes(title=t("fund_amount", lang), tickformat=",d", range=[0, peak * 1.3])
    fig.update_yaxes(categoryorder="array", categoryarray=names, autorange="reversed", title=None)
    return _layout(
        fig,
        lang,
        height=120 + 50 * len(agencies),
        present=present,
        barmode="stack",
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0, traceorder="normal"),
    )


def _wrap(text: str, width: int = 60) -> str:
    """Break a long hover text into lines of about ``width`` characters."""
    words, lines, line = str(text).split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "<br>".join(lines)
