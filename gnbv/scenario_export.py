"""The files a planner takes to the meeting: the scenario workbook (assumptions, projection,
target status, sources) and the commune table as CSV.

Fit for a report: headers and notes in the UI language, rates rounded to 2 decimals,
households as whole numbers rounded by largest remainder within each year (the communes add
up exactly to the district row), no -0 or 1e-15 noise. Built through gnbv.export (formula
neutralising; the CSV in the format Excel set to the UI language reads).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gnbv.data import PlanData
from gnbv.export import to_csv_bytes, to_excel_bytes
from gnbv.i18n import TextKeys, cite, column, t
from gnbv.rounding import round_keeping_total_within
from gnbv.scenario import (
    PARAMETER_TEXT_KEYS,
    POOR_COMMUNE_RULE_TEXT_KEYS,
    PRESET_TEXT_KEYS,
    RATE_FIELDS,
    READING_TEXT_KEYS,
    ScenarioResult,
)
from gnbv.scenario_presets import Presets
from gnbv.url_state import params_to_query
from gnbv.views import scenario as view

SHEETS = ("assumptions", "projection", "status", "sources")
SHEET_TEXT_KEYS: TextKeys = {
    "assumptions": "scn_x_sheet_assumptions",
    "projection": "scn_x_sheet_projection",
    "status": "scn_x_sheet_status",
    "sources": "scn_x_sheet_sources",
}
SCOPE_TEXT_KEYS: TextKeys = {
    "commune": "scn_x_scope_commune",
    "district": "scn_x_scope_district",
}
TARGET_TEXT_KEYS: TextKeys = {
    "poor": "scn_x_target_poor",
    "near_poor": "scn_x_target_near_poor",
    "ethnic_minority_poor": "scn_x_target_ethnic_minority_poor",
}
RATE_DECIMALS = 2
COUNTS = (
    "households",
    "poor_households",
    "near_poor_households",
    "ethnic_minority_households",
    "ethnic_minority_poor_households",
)
RATES = ("poor_rate", "near_poor_rate", "ethnic_minority_poor_rate")
PROJECTION_COLUMNS = (
    "code",
    "name",
    "year",
    "households",
    "poor_households",
    "poor_rate",
    "households_leaving_poverty",
    "near_poor_households",
    "near_poor_rate",
    "ethnic_minority_households",
    "ethnic_minority_poor_households",
    "ethnic_minority_poor_rate",
    "is_poor_commune",
    "yearly_rate",
)
STATUS_COLUMNS = (
    "scope",
    "code",
    "name",
    "target",
    "target_yearly_rate",
    "rate_start",
    "rate_end",
    "target_rate_end",
    "achieved_yearly_fall",
    "gap_pp",
    "met",
)
# The projection's and the status's columns.
COLUMN_TEXT_KEYS: TextKeys = {
    "code": "scn_x_col_code",
    "name": "scn_x_col_name",
    "year": "scn_x_col_year",
    "households": "scn_x_col_households",
    "poor_households": "scn_x_col_poor_households",
    "poor_rate": "scn_x_col_poor_rate",
    "households_leaving_poverty": "scn_x_col_households_leaving_poverty",
    "near_poor_households": "scn_x_col_near_poor_households",
    "near_poor_rate": "scn_x_col_near_poor_rate",
    "ethnic_minority_households": "scn_x_col_ethnic_minority_households",
    "ethnic_minority_poor_households": "scn_x_col_ethnic_minority_poor_households",
    "ethnic_minority_poor_rate": "scn_x_col_ethnic_minority_poor_rate",
    "is_poor_commune": "scn_x_col_is_poor_commune",
    "yearly_rate": "scn_x_col_yearly_rate",
    "scope": "scn_x_col_scope",
    "target": "scn_x_col_target",
    "target_yearly_rate": "scn_x_col_target_yearly_rate",
    "rate_start": "scn_x_col_rate_start",
    "rate_end": "scn_x_col_rate_end",
    "target_rate_end": "scn_x_col_target_rate_end",
    "achieved_yearly_fall": "scn_x_col_achieved_yearly_fall",
    "gap_pp": "scn_x_col_gap_pp",
    "met": "scn_x_col_met",
}


def sheet_name(sheet: str, lang: str) -> str:
    return t(SHEET_TEXT_KEYS[sheet], lang)


def clean_rates(values, decimals: int = RATE_DECIMALS):
    """Rounded to ``decimals``, -0 made 0: 1e-15 and -0.0 both become 0.0; NaN stays."""
    return np.round(np.asarray(values, dtype=float), decimals) + 0.0


def _assumptions(result: ScenarioResult, presets: Presets | None, district_poverty, lang):
    p = result.params
    labels_values = [
        (t("scn_preset", lang), t(PRESET_TEXT_KEYS[p.preset], lang)),
        (t("scn_reading", lang), t(READING_TEXT_KEYS[p.reading], lang)),
        *[
            (t(PARAMETER_TEXT_KEYS[f], lang), float(clean_rates(getattr(p, f))))
            for f in RATE_FIELDS
        ],
        (t("scn_household_growth_pct", lang), float(clean_rates(p.household_growth_pct))),
        (
            t("scn_poor_commune_rule", lang),
            t(POOR_COMMUNE_RULE_TEXT_KEYS[p.poor_commune_rule], lang),
        ),
        (
            t("scn_poor_commune_threshold_pct", lang),
            float(clean_rates(p.poor_commune_threshold_pct)),
        ),
        (t("scn_x_baseline_year", lang), result.baseline_year),
        (t("scn_horizon", lang), result.horizon),
        (t("scn_x_target", lang), view.target_sentence(result, lang)),
        (t("scn_x_context", lang), view.context_sentence(district_poverty, result, lang)),
        (t("scn_x_rounding", lang), t("scn_x_rounding_note", lang)),
        (
            t("scn_x_url", lang),
            "&".join(f"{k}={v}" for k, v in params_to_query(p, presets).items()),
        ),
    ]
    return pd.DataFrame(
        {
            t("scn_x_parameter", lang): [label for label, _ in labels_values],
            t("scn_x_value", lang): [value for _, value in labels_values],
        }
    )


def projection_frame(result: ScenarioResult, names, lang: str) -> pd.DataFrame:
    """Communes year by year, then the district: whole households (largest remainder within
    each year; leaving poverty from the whole poor counts), rates to 2 decimals, headers in
    ``lang``."""
    c = result.communes.copy()
    c["code"] = c["code"].astype(str)
    for col in COUNTS:
        c[col] = round_keeping_total_within(c[col], c["year"])
    c = c.sort_values(["code", "year"], kind="stable")
    previous = c.groupby("code")["poor_households"].shift(1)
    c["households_leaving_poverty"] = (previous - c["poor_households"]).fillna(0).astype("int64")
    c["name"] = [names.get(code, code) for code in c["code"]]
    c["is_poor_commune"] = [t("scn_yes" if v else "scn_no", lang) for v in c["is_poor_commune"]]
    sums = c.groupby("year")[[*COUNTS, "households_leaving_poverty"]].sum().reset_index()
    district = result.district[["year", *RATES]].merge(sums, on="year")
    district = district.assign(code="", name=t("scn_x_district", lang))
    out = pd.concat([c, district], ignore_index=True)[list(PROJECTION_COLUMNS)]
    for col in (*RATES, "yearly_rate"):
        out[col] = clean_rates(out[col])
    return out.rename(columns=_headers(result, lang))


def _headers(result: ScenarioResult, lang: str) -> dict[str, str]:
    y0, h = result.baseline_year, result.horizon
    names = set(PROJECTION_COLUMNS) | set(STATUS_COLUMNS)
    out = {name: t(COLUMN_TEXT_KEYS[name], lang) for name in names}
    out["rate_start"] = t("scn_x_col_rate_start", lang, year=y0)
    out["rate_end"] = t("scn_x_col_rate_end", lang, year=h)
    out["target_rate_end"] = t("scn_x_col_target_rate_end", lang, year=h)
    return out


def status_frame(result: ScenarioResult, names, lang: str) -> pd.DataFrame:
    """The status of every target at the horizon, communes then the district, in ``lang``."""
    s = result.status.copy()
    s["code"] = s["code"].astype(str)
    s["name"] = s["code"].map(names).fillna(t("scn_x_district", lang))
    s["code"] = s["code"].where(s["scope"].astype(str) == "commune", "")
    s["scope"] = [t(SCOPE_TEXT_KEYS[v], lang) for v in s["scope"].astype(str)]
    s["target"] = [t(TARGET_TEXT_KEYS[v], lang) for v in s["target"].astype(str)]
    s["met"] = [t("scn_met" if v else "scn_short", lang) for v in s["met"]]
    for col in ("target_yearly_rate", "rate_start", "rate_end", "target_rate_end", "gap_pp"):
        s[col] = clean_rates(s[col])
    s["achieved_yearly_fall"] = clean_rates(s["achieved_yearly_fall"])
    return s[list(STATUS_COLUMNS)].rename(columns=_headers(result, lang))


def _sources(plan_data: PlanData, baseline: pd.DataFrame, illustrative: bool, lang: str):
    dp = plan_data.district_poverty.sort_values("year")
    notes = []
    for _, row in dp.iterrows():
        if row["status"] == "derived":
            notes.append(t("scn_x_note_derived", lang))
        else:
            notes.append(t("scn_x_note_published", lang))
    if illustrative:
        communes_source, communes_note = (
            t("scn_x_illustrative_source", lang),
            t("illustrative_notice", lang),
        )
    else:
        first = baseline["source"].iloc[0] if "source" in baseline and len(baseline) else ""
        communes_source, communes_note = str(first), ""
    return pd.DataFrame(
        {
            t("scn_x_item", lang): [t("scn_x_plan", lang)]
            + [t("home_end_of_year", lang, year=int(y)) for y in dp["year"]]
            + [t("scn_x_communes", lang)],
            t("source", lang): [cite(plan_data.plan["source_ref"], lang)]
            + [str(s) for s in dp["source_id"]]
            + [communes_source],
            t("scn_x_note", lang): [
                str(plan_data.plan[column("title", lang)]),
                *notes,
                communes_note,
            ],
        }
    )


def scenario_sheets(
    result: ScenarioResult,
    plan_data: PlanData,
    baseline: pd.DataFrame,
    illustrative: bool,
    lang: str,
    presets: Presets | None = None,
) -> dict[str, pd.DataFrame]:
    """The four sheets as DataFrames, keyed by their (translated) sheet names."""
    names = plan_data.communes.set_index("code")["name"]
    frames = (
        _assumptions(result, presets, plan_data.district_poverty, lang),
        projection_frame(result, names, lang),
        status_frame(result, names, lang),
        _sources(plan_data, baseline, illustrative, lang),
    )
    return {sheet_name(s, lang): f for s, f in zip(SHEETS, frames)}


def scenario_workbook(
    result: ScenarioResult,
    plan_data: PlanData,
    baseline: pd.DataFrame,
    illustrative: bool,
    lang: str,
    presets: Presets | None = None,
) -> bytes:
    """The .xlsx bytes of :func:`scenario_sheets`."""
    return to_excel_bytes(scenario_sheets(result, plan_data, baseline, illustrative, lang, presets))


def commune_csv(rows: pd.DataFrame, result: ScenarioResult, threshold: float, lang: str) -> bytes:
    """The commune table (gnbv.views.scenario.commune_rows) as CSV: numbers as numbers (rates
    to 2 decimals), statuses as text, headers in ``lang``, in the format Excel set to
    ``lang`` reads (gnbv.export.to_csv_bytes)."""
    headers = view.commune_headers(result, threshold, lang)
    for col in (*view.RATE_COLUMNS, "near_poor_rate_end", "em_rate_end"):
        headers[col] += " (%)"
    frame = rows.drop(columns=["code"]).copy()
    for col in (*view.RATE_COLUMNS, "poor_gap_pp", "near_poor_rate_end", "em_rate_end"):
        frame[col] = clean_rates(frame[col])
    for col in view.STATUS_COLUMNS:
        frame[col] = [t("scn_met" if v else "scn_short", lang) for v in frame[col]]
    frame["poor_commune"] = [t("scn_yes" if v else "scn_no", lang) for v in frame["poor_commune"]]
    frame["year_below"] = frame["year_below"].astype("Int64")
    return to_csv_bytes(frame.rename(columns=headers), lang)
