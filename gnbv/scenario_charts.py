"""plotly figures of the scenario page (no streamlit). Every figure that depends on the reading
of "7%/năm" says which reading is in force in its title."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from gnbv import fmt
from gnbv.i18n import t
from gnbv.palette import STATUS_COLORS
from gnbv.scenario import ScenarioResult, rate_path

PLAN_COLOR = "#777777"
TARGET_COLOR = "#222222"  # the target the status is measured against
CONTEXT_COLOR = "#AAAAAA"  # the plan's line from the derived end-2022 rate: context only
ACTUAL_COLOR = "#222222"
SCENARIO_COLOR = "#4477AA"
COMPARE_COLORS = ("#4477AA", "#CCBB44", "#AA3377", "#66CCEE")
HEIGHT = 420


def reading_label(reading: str, lang: str) -> str:
    return t(f"scn_reading_in_force_{reading}", lang)


def _layout(fig: go.Figure, title: str, lang: str, height: int = HEIGHT) -> go.Figure:
    fig.update_layout(
        title={"text": title, "font": {"size": 16}},
        separators=fmt.plotly_separators(lang),
        height=height,
        margin={"l": 10, "r": 10, "t": 70, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": -0.3, "x": 0},
        hoverlabel={"namelength": -1},
    )
    return fig


def plan_path(
    start_rate: float, start_year: int, end_year: int, yearly_rate: float, reading: str
) -> pd.DataFrame:
    """The plan's path: ``start_rate`` falling by ``yearly_rate`` a year (reading in force)."""
    years = list(range(int(start_year), int(end_year) + 1))
    t_ = [y - start_year for y in years]
    return pd.DataFrame(
        {"year": years, "poor_rate": rate_path(start_rate, yearly_rate, t_, reading)}
    )


def plan_against_reality(
    district_poverty: pd.DataFrame,
    result: ScenarioResult,
    plan_rate: float,
    lang: str,
) -> go.Figure:
    """The district poor rate: the target the status is measured against (the plan's yearly
    fall from the baseline in use), the plan's line from the derived end-2022 rate as
    labelled context, the published actuals (the derived point marked as derived) and the
    current scenario."""
    reading = result.params.reading
    dp = district_poverty.sort_values("year")
    rate_unit = fmt.points(plan_rate, lang) if reading == "points" else fmt.percent(plan_rate, lang)
    fig = go.Figure()
    start = float(result.district["poor_rate"].iloc[0])
    target = plan_path(start, result.baseline_year, result.horizon, plan_rate, reading)
    fig.add_trace(
        go.Scatter(
            x=target["year"],
            y=target["poor_rate"],
            mode="lines+markers",
            name=t(
                "scn_chart_target_path",
                lang,
                rate=rate_unit,
                start=fmt.percent(start, lang, 2),
                year=result.baseline_year,
            ),
            line={"color": TARGET_COLOR, "dash": "dash", "width": 2.5},
            customdata=[fmt.percent(v, lang, 2) for v in target["poor_rate"]],
            hovertemplate="%{x}: %{customdata}<extra></extra>",
        )
    )
    context = dp[dp["status"] == "derived"]
    if not context.empty:
        first = context.iloc[0]
        line = plan_path(
            float(first["poor_rate_pct"]), int(first["year"]), result.horizon, plan_rate, reading
        )
        fig.add_trace(
            go.Scatter(
                x=line["year"],
                y=line["poor_rate"],
                mode="lines",
                name=t(
                    "scn_chart_context_path",
                    lang,
                    start=fmt.percent(first["poor_rate_pct"], lang, 2),
                    year=int(first["year"]),
                ),
                line={"color": CONTEXT_COLOR, "dash": "dot", "width": 1.5},
                customdata=[fmt.percent(v, lang, 2) for v in line["poor_rate"]],
                hovertemplate="%{x}: %{customdata}<extra></extra>",
            )
        )
    derived = dp["status"] == "derived"
    for mask, key, symbol in (
        (~derived, "published", "circle"),
        (derived, "derived", "circle-open"),
    ):
        part = dp[mask]
        if part.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=part["year"],
                y=part["poor_rate_pct"],
                mode="markers+text",
                name=t(f"scn_chart_actual_{key}", lang),
                marker={"color": ACTUAL_COLOR, "size": 12, "symbol": symbol, "line": {"width": 2}},
                text=[fmt.percent(v, lang, 2) for v in part["poor_rate_pct"]],
                textposition="top right",
                customdata=[
                    f"{fmt.percent(v, lang, 2)} ({t(f'scn_chart_actual_{key}', lang)})"
                    for v in part["poor_rate_pct"]
                ],
                hovertemplate="%{x}: %{customdata}<extra></extra>",
            )
        )
    d = result.district
    fig.add_trace(
        go.Scatter(
            x=d["year"],
            y=d["poor_rate"],
            mode="lines+markers",
            name=t("scn_chart_scenario", lang),
            line={"color": SCENARIO_COLOR, "width": 3},
            customdata=[fmt.percent(v, lang, 2) for v in d["poor_rate"]],
            hovertemplate="%{x}: %{customdata}<extra></extra>",
        )
    )
    fig.update_xaxes(dtick=1, title=None)
    fig.update_yaxes(title=t("scn_chart_poor_rate_axis", lang), rangemode="tozero", ticksuffix="%")
    fig = _layout(
        fig,
        f"{t('scn_chart_plan_title', lang)}<br><sup>{reading_label(reading, lang)}</sup>",
        lang,
    )
    # Five entries take three rows: hang the legend below the year labels, not over them.
    return fig.update_layout(legend={"yanchor": "top", "y": -0.12})


def commune_status_chart(table: pd.DataFrame, result: ScenarioResult, lang: str) -> go.Figure:
    """Per commune: the poor rate at the horizon (bar, coloured met / short) and the target
    rate (marker). ``table`` has columns name, poor_rate_end, poor_target_rate_end, poor_met."""
    table = table.sort_values("poor_rate_end")
    colors = [STATUS_COLORS["met" if m else "short"] for m in table["poor_met"]]
    status = [t("scn_met" if m else "scn_short", lang) for m in table["poor_met"]]
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=table["name"],
            x=table["poor_rate_end"],
            orientation="h",
            marker={"color": colors},
            name=t("scn_chart_rate_end", lang, year=result.horizon),
            customdata=[
                f"{fmt.percent(v, lang, 1)} · {s}" for v, s in zip(table["poor_rate_end"], status)
            ],
            hovertemplate="%{y}: %{customdata}<extra></extra>",
            showlegend=False,
        )
    )
    fig.add_trace(
        go.Scatter(
            y=table["name"],
            x=table["poor_target_rate_end"],
            mode="markers",
            marker={
                "symbol": "line-ns-open",
                "size": 16,
                "color": ACTUAL_COLOR,
                "line": {"width": 3},
            },
            name=t("scn_chart_target_end", lang, year=result.horizon),
            customdata=[fmt.percent(v, lang, 1) for v in table["poor_target_rate_end"]],
            hovertemplate="%{y}: %{customdata}<extra></extra>",
        )
    )
    for key in ("met", "short"):  # legend entries for the two colours
        fig.add_trace(
            go.Bar(
                x=[None],
                y=[None],
                marker={"color": STATUS_COLORS[key]},
                name=t(f"scn_{key}", lang),
                showlegend=True,
            )
        )
    fig.update_xaxes(title=t("scn_chart_poor_rate_axis", lang), ticksuffix="%", rangemode="tozero")
    fig.update_yaxes(title=None)
    title = t("scn_chart_commune_title", lang, year=result.horizon)
    return _layout(
        fig,
        f"{title}<br><sup>{reading_label(result.params.reading, lang)}</sup>",
        lang,
        height=max(HEIGHT, 26 * len(table) + 140),
    )


def compare_chart(results: dict[str, ScenarioResult], lang: str) -> go.Figure:
    """District poor-rate trajectories of several scenarios, each labelled with its reading."""
    fig = go.Figure()
    for i, (name, result) in enumerate(results.items()):
        d = result.district
        fig.add_trace(
            go.Scatter(
                x=d["year"],
                y=d["poor_rate"],
                mode="lines+markers",
                name=f"{name} ({t(f'scn_reading_short_{result.params.reading}', lang)})",
                line={"color": COMPARE_COLORS[i % len(COMPARE_COLORS)], "width": 3},
                customdata=[fmt.percent(v, lang, 2) for v in d["poor_rate"]],
                hovertemplate=f"{name} · %{{x}}: %{{customdata}}<extra></extra>",
            )
        )
    fig.update_xaxes(dtick=1, title=None)
    fig.update_yaxes(title=t("scn_chart_poor_rate_axis", lang), rangemode="tozero", ticksuffix="%")
    return _layout(fig, t("scn_chart_compare_title", lang), lang)
