"""The Excel workbook of a scenario: assumptions, projection, target status, sources.

Built through gnbv.export (formula neutralising); labels in the UI language."""

from __future__ import annotations

import pandas as pd

from gnbv.data import PlanData
from gnbv.export import to_excel_bytes
from gnbv.i18n import cite, column, t
from gnbv.scenario import ScenarioResult
from gnbv.url_state import params_to_query

SHEETS = ("assumptions", "projection", "status", "sources")


def sheet_name(sheet: str, lang: str) -> str:
    return t(f"scn_x_sheet_{sheet}", lang)


def scenario_sheets(
    result: ScenarioResult,
    plan_data: PlanData,
    baseline: pd.DataFrame,
    illustrative: bool,
    lang: str,
) -> dict[str, pd.DataFrame]:
    """The four sheets as DataFrames, keyed by their (translated) sheet names."""
    p = result.params
    names = plan_data.communes.set_index("code")["name"]
    labels_values = [
        ("scn_reading", t(f"scn_reading_{p.reading}", lang)),
        ("scn_district_rate", p.district_rate),
        ("scn_poor_commune_rate", p.poor_commune_rate),
        ("scn_near_poor_rate", p.near_poor_rate),
        ("scn_ethnic_minority_rate", p.ethnic_minority_rate),
        ("scn_household_growth_pct", p.household_growth_pct),
        ("scn_poor_commune_rule", t(f"scn_poor_commune_rule_{p.poor_commune_rule}", lang)),
        ("scn_poor_commune_threshold_pct", p.poor_commune_threshold_pct),
        ("scn_x_baseline_year", result.baseline_year),
        ("scn_horizon", result.horizon),
        ("scn_x_url", "&".join(f"{k}={v}" for k, v in params_to_query(p).items())),
    ]
    assumptions = pd.DataFrame(
        {
            t("scn_x_parameter", lang): [t(key, lang) for key, _ in labels_values],
            t("scn_x_value", lang): [value for _, value in labels_values],
        }
    )
    communes = result.communes.assign(name=result.communes["code"].map(names))
    district = result.district.assign(code="", name=t("scn_x_district", lang))
    projection = pd.concat([communes, district], ignore_index=True)
    projection = projection[["code", "name"] + [c for c in projection if c not in ("code", "name")]]
    status = result.status.assign(name=result.status["code"].map(names))
    dp = plan_data.district_poverty
    source_text = str(baseline["source"].iloc[0]) if "source" in baseline and len(baseline) else ""
    sources = pd.DataFrame(
        {
            t("scn_x_item", lang): [t("scn_x_plan", lang)]
            + [t("home_end_of_year", lang, year=int(y)) for y in dp["year"]]
            + [t("scn_x_communes", lang)],
            t("source", lang): [cite(plan_data.plan["source_ref"], lang)]
            + [str(s) for s in dp["source_id"]]
            + [source_text],
            t("scn_x_note", lang): [str(plan_data.plan[column("title", lang)])]
            + [str(n) for n in dp["note"].fillna("")]
            + [t("illustrative_notice", lang) if illustrative else ""],
        }
    )
    frames = (assumptions, projection, status, sources)
    return {sheet_name(s, lang): f for s, f in zip(SHEETS, frames)}


def scenario_workbook(
    result: ScenarioResult,
    plan_data: PlanData,
    baseline: pd.DataFrame,
    illustrative: bool,
    lang: str,
) -> bytes:
    """The .xlsx bytes of :func:`scenario_sheets`."""
    return to_excel_bytes(scenario_sheets(result, plan_data, baseline, illustrative, lang))
