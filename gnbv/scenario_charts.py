"""plotly figures of the scenario page (no streamlit). Every figure that depends on the reading
of "7%/năm" says which reading is in force in its title."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from gnbv import fmt
from gnbv.chart_style import legend_below, line_chars, style, wrap
from gnbv.i18n import TextKeys, t
from gnbv.palette import STATUS_COLORS
from gnbv.scenario import (
    READING_IN_FORCE_TEXT_KEYS,
    READING_SHORT_TEXT_KEYS,
    ScenarioResult,
    rate_path,
)

TARGET_COLOR = "#222222"  # the target the status is measured against
CONTEXT_COLOR = "#AAAAAA"  # the plan's line from the derived end-2022 rate: context only
ACTUAL_COLOR = "#222222"
SCENARIO_COLOR = "#4477AA"
COMPARE_COLORS = ("#4477AA", "#CCBB44", "#AA3377", "#66CCEE")
HEIGHT = 420
ACTUAL_TEXT_KEYS: TextKeys = {
    "published": "scn_chart_actual_published",
    "derived": "scn_chart_actual_derived",
}
STATUS_TEXT_KEYS: TextKeys = {
    "met": "scn_met",
    "short": "scn_short",
}


def reading_label(reading: str, lang: str) -> str:
    return t(READING_IN_FORCE_TEXT_KEYS[reading], lang)


def _layout(
    fig: go.Figure,
    title: str,
    lang: str,
    height: int = HEIGHT,
    present: bool = False,
    subtitle: str | None = None,
) -> go.Figure:
    """The title (and the reading in force as its subtitle), wrapped; the legend under the
    figure; text sizes for the view (:mod:`gnbv.chart_style`)."""
    for trace in fig.data:  # long legend entries wrap on a phone
        if trace.name:
            trace.name = wrap(trace.name, 36 if not present else line_chars(present))
    return style(fig, lang, height, present, title=title, subtitle=subtitle, legend=legend_below())


def plan_path(
    start_rate: float, start_year: int, end_year: int, yearly_rate: float, reading: str
) -> pd.DataFrame:
    """The plan's path: ``start_rate`` falling by ``yearly_rate`` a year (reading in force)."""
    years = list(range(int(start_year), int(end_year) + 1))
    t_ = [y - start_year for y in years]
    return pd.DataFrame(
        {"year": years, "poor_rate": rate_path(start_rate, yearly_rate, t_, reading)}
    )


def _paths(
    district_poverty: pd.DataFrame, result: ScenarioResult, plan_rate: float
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame | None]:
    """The district's published rates by year; the target the status is measured against
    (the plan's yearly fall from the baseline in use, to the horizon); and, as context only,
    the plan's line from the first derived rate (the end-2022 42,96%), None without one. Both
    in the reading in force."""
    dp = district_poverty.sort_values("year")
    reading = result.params.reading
    start = float(result.district["poor_rate"].iloc[0])
    target = plan_path(start, result.baseline_year, result.horizon, plan_rate, reading)
    derived = dp[dp["status"] == "derived"]
    context = None
    if not derived.empty:
        first = derived.iloc[0]
        context = plan_path(
            float(first["poor_rate_pct"]), int(first["year"]), result.horizon, plan_rate, reading
        )
    return dp, target, context


def _target_name(target: pd.DataFrame, plan_rate: float, result: ScenarioResult, lang: str):
    return t(
        "scn_chart_target_path",
        lang,
        rate=fmt.rate(plan_rate, result.params.reading, lang),
        start=fmt.percent(target["poor_rate"].iloc[0], lang, 2),
        year=result.baseline_year,
    )


def _context_name(context: pd.DataFrame, lang: str) -> str:
    return t(
        "scn_chart_context_path",
        lang,
        start=fmt.percent(context["poor_rate"].iloc[0], lang, 2),
        year=int(context["year"].iloc[0]),
    )


def plan_against_reality(
    district_poverty: pd.DataFrame,
    result: ScenarioResult,
    plan_rate: float,
    lang: str,
    present: bool = False,
) -> go.Figure:
    """The district poor rate: the target the status is measured against (the plan's yearly
    fall from the baseline in use), the plan's line from the derived end-2022 rate as
    labelled context, the published actuals (the derived point marked as derived) and the
    current scenario."""
    reading = result.params.reading
    dp, target, context = _paths(district_poverty, result, plan_rate)
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=target["year"],
            y=target["poor_rate"],
            mode="lines+markers",
            name=_target_name(target, plan_rate, result, lang),
            line={"color": TARGET_COLOR, "dash": "dash", "width": 2.5},
            customdata=[fmt.percent(v, lang, 2) for v in target["poor_rate"]],
            hovertemplate="%{x}: %{customdata}<extra></extra>",
        )
    )
    if context is not None:
        fig.add_trace(
            go.Scatter(
                x=context["year"],
                y=context["poor_rate"],
                mode="lines",
                name=_context_name(context, lang),
                line={"color": CONTEXT_COLOR, "dash": "dot", "width": 1.5},
                customdata=[fmt.percent(v, lang, 2) for v in context["poor_rate"]],
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
                name=t(ACTUAL_TEXT_KEYS[key], lang),
                marker={"color": ACTUAL_COLOR, "size": 12, "symbol": symbol, "line": {"width": 2}},
                text=[fmt.percent(v, lang, 2) for v in part["poor_rate_pct"]],
                textposition="top right",
                cliponaxis=False,  # the label of the highest point stays whole
                customdata=[
                    f"{fmt.percent(v, lang, 2)} ({t(ACTUAL_TEXT_KEYS[key], lang)})"
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
    return _layout(
        fig,
        t("scn_chart_plan_title", lang),
        lang,
        present=present,
        subtitle=reading_label(reading, lang),
    )


def commune_status_chart(
    table: pd.DataFrame, result: ScenarioResult, lang: str, present: bool = False
) -> go.Figure:
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
                name=t(STATUS_TEXT_KEYS[key], lang),
                showlegend=True,
            )
        )
    fig.update_xaxes(title=t("scn_chart_poor_rate_axis", lang), ticksuffix="%", rangemode="tozero")
    fig.update_yaxes(title=None)
    title = t("scn_chart_commune_title", lang, year=result.horizon)
    return _layout(
        fig,
        title,
        lang,
        height=max(HEIGHT, 26 * len(table) + 200),
        present=present,
        subtitle=reading_label(result.params.reading, lang),
    )


def compare_chart(
    results: dict[str, ScenarioResult], lang: str, present: bool = False
) -> go.Figure:
    """District poor-rate trajectories of several scenarios, each labelled with its reading."""
    fig = go.Figure()
    for i, (name, result) in enumerate(results.items()):
        d = result.district
        fig.add_trace(
            go.Scatter(
                x=d["year"],
                y=d["poor_rate"],
                mode="lines+markers",
                name=f"{name} ({t(READING_SHORT_TEXT_KEYS[result.params.reading], lang)})",
                line={"color": COMPARE_COLORS[i % len(COMPARE_COLORS)], "width": 3},
                customdata=[fmt.percent(v, lang, 2) for v in d["poor_rate"]],
                hovertemplate=f"{name} · %{{x}}: %{{customdata}}<extra></extra>",
            )
        )
    fig.update_xaxes(dtick=1, title=None)
    fig.update_yaxes(title=t("scn_chart_poor_rate_axis", lang), rangemode="tozero", ticksuffix="%")
    return _layout(fig, t("scn_chart_compare_title", lang), lang, present=present)


# --- the figures as tables (their text alternatives) -----------------------------------------


def plan_table(
    district_poverty: pd.DataFrame, result: ScenarioResult, plan_rate: float, lang: str
) -> pd.DataFrame:
    """:func:`plan_against_reality` as a table: a row per year with the target, the plan's
    line from the derived rate (context), the actual rate (the derived point said so) and the
    scenario, written as on the chart."""
    dp, target_frame, context_frame = _paths(district_poverty, result, plan_rate)
    target = target_frame.set_index("year")["poor_rate"]
    actual = {
        int(r.year): fmt.percent(r.poor_rate_pct, lang, 2)
        + (f" ({t('scn_derived_note', lang)})" if r.status == "derived" else "")
        for r in dp.itertuples()
    }
    scenario = result.district.set_index("year")["poor_rate"]
    years = sorted({*target.index, *actual, *scenario.index})
    columns = {
        t("map_year", lang): [str(int(y)) for y in years],
        _target_name(target_frame, plan_rate, result, lang): [
            fmt.percent(target.get(y), lang, 2) for y in years
        ],
    }
    if context_frame is not None:
        context = context_frame.set_index("year")["poor_rate"]
        columns[_context_name(context_frame, lang)] = [
            fmt.percent(context.get(y), lang, 2) for y in years
        ]
    columns[t("scn_chart_actual", lang)] = [actual.get(int(y), fmt.DASH) for y in years]
    columns[t("scn_chart_scenario", lang)] = [fmt.percent(scenario.get(y), lang, 2) for y in years]
    return pd.DataFrame(columns)


def commune_status_table(table: pd.DataFrame, result: ScenarioResult, lang: str) -> pd.DataFrame:
    """:func:`commune_status_chart` as a table, in the chart's order: each commune's poor rate
    at the horizon, its target and whether it is met."""
    table = table.sort_values("poor_rate_end")
    year = result.horizon
    return pd.DataFrame(
        {
            t("scn_col_name", lang): list(table["name"]),
            t("scn_chart_rate_end", lang, year=year): [
                fmt.percent(v, lang, 1) for v in table["poor_rate_end"]
            ],
            t("scn_chart_target_end", lang, year=year): [
                fmt.percent(v, lang, 1) for v in table["poor_target_rate_end"]
            ],
            t("map_col_status", lang): [
                t("scn_met" if m else "scn_short", lang) for m in table["poor_met"]
            ],
        }
    )


def compare_table(results: dict[str, ScenarioResult], lang: str) -> pd.DataFrame:
    """:func:`compare_chart` as a table: a row per year, a column per scenario (named with its
    reading, as in the legend)."""
    columns = {
        f"{name} ({t(READING_SHORT_TEXT_KEYS[r.params.reading], lang)})": r.district.set_index(
            "year"
        )["poor_rate"]
        for name, r in results.items()
    }
    years = sorted({y for c in columns.values() for y in c.index})
    out = {t("map_year", lang): [str(int(y)) for y in years]}
    for name, rates in columns.items():
        out[name] = [fmt.percent(rates.get(y), lang, 2) for y in years]
    return pd.DataFrame(out)
