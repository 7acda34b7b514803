"""A commune's trajectory under the scenario: the chart and its table."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from gnbv import fmt
from gnbv.chart_style import legend_below, style
from gnbv.i18n import t


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
