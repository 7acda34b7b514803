"""What the scenario page shows, as plain data in the UI language (no streamlit).

The one rate formatter, the district headline, the sentences that say which target the status
is measured against and which preset is shown, the commune table, the comparison of scenarios
and the money table. The page reads its widgets, asks ``gnbv.cache`` for these (built once
per inputs and language) and renders them.

The target, named once: the status of the district and of every commune is measured against
the plan's yearly fall applied to the figures the scenario starts from (gnbv.scenario_start:
on the shipped data the series' end-2024 28,13% − 1 × 7 = 21,13% in 2025 for the district),
because the commune figures and the projection start there. The
plan's line from the derived end-2022 rate (42,96% − 3 × 7 = 21,96% in 2025) is context only,
labelled "derived, not published" (:func:`context_sentence`, the chart).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from gnbv import fmt, scenario_charts
from gnbv import url_state as us
from gnbv.arrow import arrow
from gnbv.errors import PROBLEM_TEXT_KEYS, ScenarioInputError
from gnbv.i18n import TextKeys, t
from gnbv.rounding import round_keeping_total
from gnbv.scenario import (
    BASELINE_COLUMNS,
    CHOICE_TEXT_KEYS,
    MONEY_GROUP_TEXT_KEYS,
    PARAMETER_TEXT_KEYS,
    PLAN,
    POOR_COMMUNE_RULE_TEXT_KEYS,
    PRESET_TEXT_KEYS,
    RATE_BY_RULE_TEXT_KEYS,
    RATE_FIELDS,
    READING_SHORT_TEXT_KEYS,
    CheckedBaseline,
    ScenarioParams,
    ScenarioResult,
    project,
    rate_path,
)
from gnbv.scenario_effort import (
    livelihood_funds,
    money_per_household,
    required_other_rate,
    year_below,
)
from gnbv.scenario_presets import Presets, Trend
from gnbv.scenario_start import ScenarioStart


def _clean(value: float, decimals: int) -> float:
    """Rounded, with -0 made 0 (no '-0' or 1e-15 noise)."""
    return round(float(value), decimals) + 0.0


def short_communes(result: ScenarioResult) -> int:
    """How many communes are short of their poor-rate target at the horizon."""
    return int((~_commune_status(result, "poor", "met").astype(bool)).sum())


@dataclass(frozen=True)
class Headline:
    """The district's poor rate at the baseline and the horizon, its target, and counts."""

    baseline_year: int
    horizon: int
    rate_start: float
    rate_end: float
    target_end: float
    met: bool
    gap_pp: float
    short: int
    communes: int
    poor_communes: int
    leaving: float


def headline(result: ScenarioResult) -> Headline:
    s = result.status
    district_poor = ((s["scope"] == "district") & (s["target"] == "poor")).to_numpy()
    poor = {col: s[col].to_numpy()[district_poor][0] for col in s.columns[3:]}
    c = result.communes
    first_year = (c["year"] == result.baseline_year).to_numpy()
    return Headline(
        baseline_year=result.baseline_year,
        horizon=result.horizon,
        rate_start=float(poor["rate_start"]),
        rate_end=float(poor["rate_end"]),
        target_end=float(poor["target_rate_end"]),
        met=bool(poor["met"]),
        gap_pp=float(poor["gap_pp"]),
        short=short_communes(result),
        communes=int(first_year.sum()),
        poor_communes=int(c["is_poor_commune"].to_numpy(dtype=bool)[first_year].sum()),
        leaving=float(result.district["households_leaving_poverty"].to_numpy().sum()),
    )


@dataclass(frozen=True)
class HeadlineMetric:
    """One of the headline's figures as shown: label, value, and the note under it with its
    colour (Streamlit's delta colours: "off", or "blue" met / "red" short, as the palette)."""

    label: str
    value: str
    note: str | None = None
    colour: str = "off"


def headline_metrics(h: Headline, lang: str) -> list[HeadlineMetric]:
    """The district's rate at the horizon, the target it is measured against (met, or short
    by how much), the communes short of it, and the households leaving poverty."""
    short_by = t("scn_short_by", lang, gap=fmt.points(h.gap_pp, lang, 2))
    return [
        HeadlineMetric(
            t("scn_metric_other_communes_rate", lang, year=h.horizon),
            fmt.percent(h.rate_end, lang, 2),
            t(
                "scn_metric_from",
                lang,
                year=h.baseline_year,
                value=fmt.percent(h.rate_start, lang, 2),
            ),
        ),
        HeadlineMetric(
            t("scn_metric_district_target", lang, year=h.horizon),
            fmt.percent(h.target_end, lang, 2),
            t("scn_met", lang) if h.met else short_by,
            "blue" if h.met else "red",
        ),
        HeadlineMetric(
            t("scn_metric_short_communes", lang),
            f"{fmt.number(h.short, lang)} / {fmt.number(h.communes, lang)}",
        ),
        HeadlineMetric(
            t("scn_metric_leaving", lang, start=h.baseline_year, end=h.horizon),
            fmt.number(h.leaving, lang),
        ),
    ]


def target_sentence(result: ScenarioResult, lang: str) -> str:
    """The one sentence that names the target the status is measured against, and why."""
    h = headline(result)
    plan = result.params.targets()
    return t(
        "scn_target_sentence",
        lang,
        target=fmt.percent(h.target_end, lang, 2),
        horizon=h.horizon,
        rate=fmt.rate(plan.other_communes_rate, plan.reading, lang),
        poor_rate=fmt.rate(plan.poor_commune_rate, plan.reading, lang),
        start=fmt.percent(h.rate_start, lang, 2),
        year=h.baseline_year,
    )


def derived_plan_line(district_poverty: pd.DataFrame) -> tuple[int, float] | None:
    """The derived (not published) starting point of the plan's context line, if any."""
    derived = district_poverty[district_poverty["status"] == "derived"].sort_values("year")
    if derived.empty:
        return None
    first = derived.iloc[0]
    return int(first["year"]), float(first["poor_rate_pct"])


def context_sentence(district_poverty: pd.DataFrame, result: ScenarioResult, lang: str) -> str:
    """The other '2025 target', as labelled context: the plan's yearly fall from the derived
    end-2022 rate (42,96 − 3 × 7 = 21,96% in 2025). Empty when the data has no derived rate."""
    start = derived_plan_line(district_poverty)
    if start is None:
        return ""
    year, rate = start
    plan = result.params.targets()
    end = float(rate_path(rate, plan.other_communes_rate, result.horizon - year, plan.reading))
    return t(
        "scn_context_sentence",
        lang,
        start=fmt.percent(rate, lang, 2),
        year=year,
        horizon=result.horizon,
        value=fmt.percent(end, lang, 2),
    )


# Where the scenario starts, by source and whether it was uploaded (gnbv.scenario_start).
START_TEXT_KEYS: TextKeys = {
    "series": "scn_start_series",
    "series_uploaded": "scn_start_series_uploaded",
    "baseline": "scn_start_baseline",
    "baseline_uploaded": "scn_start_baseline_uploaded",
}


def start_sentence(start: ScenarioStart, communes: int, lang: str) -> str:
    """Which year and which data the scenario starts from (empty when it has no year), and,
    when that year holds fewer than the ``communes`` of the district (a series may lack a
    commune's review), that the scenario and the district's figures count only those."""
    if start.year is None:
        return ""
    key = start.source + ("_uploaded" if start.uploaded else "")
    sentence = t(START_TEXT_KEYS[key], lang, year=start.year)
    if start.communes < communes:
        sentence += " " + t(
            "scn_start_partial", lang, year=start.year, n=start.communes, total=communes
        )
    return sentence


def preset_sentence(params: ScenarioParams, trend: Trend, lang: str) -> str:
    """Which preset is shown, and for the trend its rule in one sentence."""
    name = t(PRESET_TEXT_KEYS[params.preset], lang)
    if params.preset != "trend":
        return t("scn_preset_shown", lang, preset=name)
    presets = Presets(trend)
    rates = presets.rates("trend", params.reading)
    return t(
        "scn_preset_shown_trend",
        lang,
        preset=name,
        start=fmt.percent(trend.start_rate, lang, 2),
        start_year=trend.start_year,
        end=fmt.percent(trend.end_rate, lang, 2),
        end_year=trend.end_year,
        fall=fmt.rate(rates["other_communes_rate"], params.reading, lang),
        factor=fmt.compact(presets.factor(params.reading), lang, 2),
        poor=fmt.rate(rates["poor_commune_rate"], params.reading, lang),
        near=fmt.rate(rates["near_poor_rate"], params.reading, lang),
        em=fmt.rate(rates["ethnic_minority_rate"], params.reading, lang),
    )


def control_labels(
    params: ScenarioParams, poor_count: int, communes: int, lang: str
) -> dict[str, str]:
    """The labels of the scenario's sliders, each with its value in ``lang`` (a slider's
    own number is printf-formatted and cannot write "5,67"). The two poor-rate sliders say
    which communes their rate applies to, as the engine applies it: the poor communes under
    the rule in force, and all the others."""
    threshold = fmt.percent(params.poor_commune_threshold_pct, lang, 0)
    labels = {}
    for name in RATE_FIELDS:
        if name in ("other_communes_rate", "poor_commune_rate"):
            n = poor_count if name == "poor_commune_rate" else communes - poor_count
            label = t(
                RATE_BY_RULE_TEXT_KEYS[name][params.poor_commune_rule],
                lang,
                n=n,
                threshold=threshold,
            )
        else:
            label = t(PARAMETER_TEXT_KEYS[name], lang)
        value = fmt.rate(getattr(params, name), params.reading, lang)
        labels[name] = t("scn_rate_label", lang, label=label, value=value)
    growth = fmt.percent(params.household_growth_pct, lang, 1)
    labels["household_growth_pct"] = f"{t('scn_household_growth_pct', lang)}: {growth}"
    labels["poor_commune_threshold_pct"] = (
        f"{t('scn_poor_commune_threshold_pct', lang)}: {threshold}"
    )
    labels["horizon"] = f"{t('scn_horizon', lang)}: {params.horizon}"
    rule = t(POOR_COMMUNE_RULE_TEXT_KEYS[params.poor_commune_rule], lang)
    if params.poor_commune_rule == "threshold":
        rule += f" ({threshold})"
    labels["settings"] = t(
        "scn_settings",
        lang,
        reading=t(READING_SHORT_TEXT_KEYS[params.reading], lang),
        rule=rule,
        growth=growth,
        horizon=params.horizon,
    )
    return labels


def field_text(field: str, value: object, lang: str) -> str:
    """A scenario field's value as the page shows it (a default named in a notice): a
    choice by its label, a year as it is, the growth and the threshold as whole percents,
    a rate with up to two decimals."""
    kind = us.FIELD_BY_KEY[us.KEY_BY_FIELD[field]].kind
    if kind == "choice":
        return t(CHOICE_TEXT_KEYS[field][value], lang)
    if kind == "int":
        return str(value)
    if field in ("household_growth_pct", "poor_commune_threshold_pct"):
        return fmt.percent(value, lang, 0)
    return fmt.rate_number(value, lang)


# --- the commune table ------------------------------------------------------------------


def _commune_status(result: ScenarioResult, target: str, column: str) -> np.ndarray:
    """One measure of one target's commune status, in the order of the communes."""
    s = result.status
    rows = (s["scope"] == "commune").to_numpy() & (s["target"] == target).to_numpy()
    return s[column].to_numpy()[rows]


def commune_rows(result: ScenarioResult, names, below: pd.DataFrame) -> pd.DataFrame:
    """One row per commune at the horizon, furthest short of its target first: code, name,
    poor_commune, poor_rate_start, poor_rate_end, poor_target_rate_end, poor_gap_pp,
    poor_met, poor_households_end and leaving (whole households, largest-remainder rounding
    within each year so they add up to the district's), near_poor_rate_end, near_poor_met,
    em_rate_end, em_met, year_below."""
    c = result.communes
    years = c["year"].to_numpy()
    start, end = years == result.baseline_year, years == result.horizon
    codes = c["code"].to_numpy()[end].astype(str)  # the engine's order: the baseline's
    poor = c["poor_households"].to_numpy()
    whole_start, whole_end = round_keeping_total(poor[start]), round_keeping_total(poor[end])
    year_below = dict(zip(below["code"].astype(str), below["year_below"]))
    rows = pd.DataFrame(
        {
            "code": codes,
            "name": [names.get(code, code) for code in codes],
            "poor_commune": c["is_poor_commune"].to_numpy(dtype=bool)[end],
            "poor_rate_start": c["poor_rate"].to_numpy()[start],
            "poor_rate_end": c["poor_rate"].to_numpy()[end],
            "poor_target_rate_end": _commune_status(result, "poor", "target_rate_end"),
            "poor_gap_pp": _commune_status(result, "poor", "gap_pp"),
            "poor_met": _commune_status(result, "poor", "met").astype(bool),
            "poor_households_end": whole_end,
            "leaving": whole_start - whole_end,
            "near_poor_rate_end": c["near_poor_rate"].to_numpy()[end],
            "near_poor_met": _commune_status(result, "near_poor", "met").astype(bool),
            "em_rate_end": c["ethnic_minority_poor_rate"].to_numpy()[end],
            "em_met": _commune_status(result, "ethnic_minority_poor", "met").astype(bool),
            "year_below": pd.array([year_below.get(code) for code in codes], dtype="Int64"),
        }
    )
    return rows.sort_values(["poor_gap_pp", "name"], ascending=[False, True], ignore_index=True)


RATE_COLUMNS = ("poor_rate_start", "poor_rate_end", "poor_target_rate_end")
STATUS_COLUMNS = ("poor_met", "near_poor_met", "em_met")


@dataclass(frozen=True)
class CommuneTable:
    """The commune table as shown: text in the UI language, headers translated;
    ``numeric`` lists the headers of the columns that hold numbers (aligned right)."""

    frame: pd.DataFrame
    numeric: tuple[str, ...]


def commune_headers(result: ScenarioResult, threshold: float, lang: str) -> dict[str, str]:
    """The commune table's column headers in ``lang``."""
    h, y0 = result.horizon, result.baseline_year
    return {
        "name": t("scn_col_name", lang),
        "poor_commune": t("scn_col_poor_commune", lang),
        "poor_rate_start": t("scn_col_rate", lang, year=y0),
        "poor_rate_end": t("scn_col_rate", lang, year=h),
        "poor_target_rate_end": t("scn_col_target", lang, year=h),
        "poor_gap_pp": t("scn_col_gap", lang),
        "poor_met": t("scn_col_status", lang),
        "poor_households_end": t("scn_col_poor_households", lang, year=h),
        "leaving": t("scn_col_leaving", lang, start=y0, end=h),
        "near_poor_rate_end": t("scn_col_near_poor", lang, year=h),
        "near_poor_met": t("scn_col_near_poor_status", lang),
        "em_rate_end": t("scn_col_em", lang, year=h),
        "em_met": t("scn_col_em_status", lang),
        "year_below": t("scn_col_year_below", lang, threshold=fmt.percent(threshold, lang, 0)),
    }


def commune_table(rows: pd.DataFrame, result: ScenarioResult, threshold: float, lang: str):
    """:func:`commune_rows` as text in ``lang`` (rates and gaps in points to 2 decimals,
    aligned in their column; statuses 'Đạt' / 'Chưa đạt'), as a :class:`CommuneTable`."""
    met, short = t("scn_met", lang), t("scn_short", lang)
    percent = {c: [fmt.percent(v, lang, 2) for v in rows[c]] for c in RATE_COLUMNS}
    for c in ("near_poor_rate_end", "em_rate_end"):
        percent[c] = [fmt.percent(v, lang, 2) for v in rows[c]]
    shown = pd.DataFrame(
        {
            "name": rows["name"],
            "poor_commune": [t("scn_yes", lang) if v else "" for v in rows["poor_commune"]],
            **{c: percent[c] for c in RATE_COLUMNS},
            "poor_gap_pp": [fmt.number(_clean(v, 2), lang, 2) for v in rows["poor_gap_pp"]],
            "poor_met": [met if v else short for v in rows["poor_met"]],
            "poor_households_end": [fmt.number(v, lang) for v in rows["poor_households_end"]],
            "leaving": [fmt.number(v, lang) for v in rows["leaving"]],
            "near_poor_rate_end": percent["near_poor_rate_end"],
            "near_poor_met": [met if v else short for v in rows["near_poor_met"]],
            "em_rate_end": percent["em_rate_end"],
            "em_met": [met if v else short for v in rows["em_met"]],
            "year_below": [fmt.DASH if pd.isna(v) else str(int(v)) for v in rows["year_below"]],
        }
    )
    headers = commune_headers(result, threshold, lang)
    numeric = [
        headers[c] for c in shown.columns if c not in ("name", "poor_commune", *STATUS_COLUMNS)
    ]
    return CommuneTable(shown.rename(columns=headers), tuple(numeric))


# --- comparison and money -------------------------------------------------------------


def compare_summary(named: dict[str, ScenarioResult], lang: str) -> pd.DataFrame:
    """Scenarios side by side: one column per scenario (its name), one row per measure."""
    columns = {}
    for name, r in named.items():
        p, h = r.params, headline(r)
        columns[name] = {
            t("scn_preset", lang): t(PRESET_TEXT_KEYS[p.preset], lang),
            t("scn_reading", lang): t(READING_SHORT_TEXT_KEYS[p.reading], lang),
            t("scn_other_communes_rate_short", lang): fmt.rate(
                p.other_communes_rate, p.reading, lang
            ),
            t("scn_poor_commune_rate", lang): fmt.rate(p.poor_commune_rate, p.reading, lang),
            t("scn_near_poor_rate", lang): fmt.rate(p.near_poor_rate, p.reading, lang),
            t("scn_ethnic_minority_rate", lang): fmt.rate(p.ethnic_minority_rate, p.reading, lang),
            t("scn_household_growth_pct", lang): fmt.percent(p.household_growth_pct, lang),
            t("scn_horizon", lang): str(r.horizon),
            t("scn_compare_rate", lang): fmt.percent(h.rate_end, lang, 2),
            t("scn_compare_target", lang): fmt.percent(h.target_end, lang, 2),
            t("scn_compare_status", lang): t("scn_met" if h.met else "scn_short", lang),
            t("scn_metric_short_communes", lang): f"{h.short} / {h.communes}",
            t("scn_compare_leaving", lang): fmt.number(h.leaving, lang),
        }
    return pd.DataFrame(columns)


def money_table(money: pd.DataFrame, lang: str) -> pd.DataFrame:
    """gnbv.scenario.money_per_household as text in ``lang``."""
    return pd.DataFrame(
        {
            t("scn_money_group", lang): [t(MONEY_GROUP_TEXT_KEYS[g], lang) for g in money["group"]],
            t("scn_money_funds", lang): [fmt.money_mvnd(v, lang) for v in money["funds_mvnd"]],
            t("scn_money_leaving", lang): [
                fmt.number(v, lang) for v in money["households_leaving_per_year"]
            ],
            t("scn_money_per_household", lang): [
                t("scn_money_value", lang, value=fmt.number(v, lang, 1))
                if pd.notna(v)
                else fmt.DASH
                for v in money["funds_per_household_mvnd"]
            ],
        }
    )


# --- the page's parts, each cached by gnbv.cache per its inputs -------------------------


def projection(baseline: pd.DataFrame, params: ScenarioParams) -> tuple[ScenarioResult, Headline]:
    """The projection of the baseline (gnbv.scenario.project) and its headline."""
    result = project(baseline, params)
    return result, headline(result)


def headline_texts(
    projected: tuple[ScenarioResult, Headline], params: ScenarioParams, trend: Trend, lang: str
):
    """The headline as shown: which preset is shown, the target (named once) and the
    headline's figures (``projected``: from :func:`projection`)."""
    result, h = projected
    return (
        preset_sentence(params, trend, lang),
        target_sentence(result, lang),
        headline_metrics(h, lang),
    )


def commune_names(communes: pd.DataFrame) -> dict[str, str]:
    """Commune code (as text) -> name."""
    return dict(zip(communes["code"].astype(str), communes["name"]))


def commune_view(
    result: ScenarioResult,
    baseline: pd.DataFrame | CheckedBaseline,
    params: ScenarioParams,
    threshold: float,
    communes: pd.DataFrame,
    lang: str,
):
    """The commune rows, and the table as shown (and as an Arrow table: st.dataframe would
    convert a pandas frame again on every run)."""
    below = year_below(baseline, params, threshold)
    rows = commune_rows(result, commune_names(communes), below)
    table = commune_table(rows, result, threshold, lang)
    return rows, table, arrow(table.frame)


@dataclass(frozen=True)
class ScenarioCharts:
    """The scenario's charts with their text alternatives (tables), and the context line."""

    plan: object
    plan_table: object  # pyarrow.Table
    context: str
    communes: object
    communes_table: object  # pyarrow.Table


def charts_view(
    result: ScenarioResult,
    district_poverty: pd.DataFrame,
    communes: pd.DataFrame,
    lang: str,
    present: bool,
) -> ScenarioCharts:
    """The district chart (plan against reality), its context sentence, and the communes'
    status chart, each with its table, for the view (``present``: the presentation view)."""
    no_threshold = pd.DataFrame({"code": [], "year_below": []})
    rows = commune_rows(result, commune_names(communes), no_threshold)
    rate = PLAN.other_communes_rate
    return ScenarioCharts(
        plan=scenario_charts.plan_against_reality(
            district_poverty, result, rate, lang, present=present
        ),
        plan_table=arrow(scenario_charts.plan_table(district_poverty, result, rate, lang)),
        context=context_sentence(district_poverty, result, lang),
        communes=scenario_charts.commune_status_chart(rows, result, lang, present=present),
        communes_table=arrow(scenario_charts.commune_status_table(rows, result, lang)),
    )


def effort(
    result: ScenarioResult,
    baseline: pd.DataFrame | CheckedBaseline,
    params: ScenarioParams,
    projects: pd.DataFrame,
    lang: str,
):
    """What it would take (the solver's rate, None if out of reach), the livelihood funds
    and the money table (Arrow)."""
    needed = required_other_rate(baseline, params)
    funds = livelihood_funds(projects)
    money = money_table(money_per_household(funds, result), lang)
    return needed, funds, arrow(money)


def comparison(results: dict[str, ScenarioResult], lang: str, present: bool):
    """Scenarios side by side: the summary table (rows named by measure), the trajectories
    and their table, the tables as Arrow."""
    return (
        arrow(compare_summary(results, lang), named_rows=True),
        scenario_charts.compare_chart(results, lang, present=present),
        arrow(scenario_charts.compare_table(results, lang)),
    )


def input_error(exc: ScenarioInputError, communes: pd.DataFrame, lang: str) -> str:
    """What the engine refused, said to the public: the column by its heading in the export
    (a baseline column) or its control's label (a parameter), the commune by its name."""
    from gnbv.scenario_export import COLUMN_TEXT_KEYS  # that module imports this one

    names = dict(zip(communes["code"].astype(str), communes["name"]))
    commune = (
        t("scn_input_commune", lang, commune=names.get(exc.code, exc.code)) if exc.code else ""
    )
    problem = t(PROBLEM_TEXT_KEYS[exc.problem], lang, value=exc.value, limit=exc.limit)
    if exc.column in BASELINE_COLUMNS:
        column = t(COLUMN_TEXT_KEYS[exc.column], lang)
    else:
        column = t(PARAMETER_TEXT_KEYS[exc.column], lang)
    return t("scn_input_error", lang, column=column, commune=commune, problem=problem)
