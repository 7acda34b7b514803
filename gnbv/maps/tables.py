"""The figures of each commune as the maps show them: the baseline, the scenario's figures for a
year, a commune's targets, its lines in tooltips, and the map as a table (its text
alternative)."""

from __future__ import annotations

import math

import pandas as pd

from gnbv import fmt
from gnbv.i18n import t
from gnbv.maps.classes import METRIC_TEXT_KEYS, METRICS, STATUS_TEXT_KEYS, STATUSES, Classes

# --- the figures of each commune -------------------------------------------------------------


def _rate(part, whole):
    part = pd.to_numeric(part, errors="coerce")
    whole = pd.to_numeric(whole, errors="coerce")
    return (part / whole.where(whole > 0) * 100).astype(float)


def baseline_table(communes: pd.DataFrame, baseline: pd.DataFrame) -> pd.DataFrame:
    """One row per commune of ``communes`` with its baseline figures: households, poor and
    near-poor households and rates (in percent), the baseline year and whether it is a poor
    commune. A commune without baseline figures keeps NaN."""
    base = baseline.copy()
    base["code"] = base["code"].astype(str)
    if "year" in base and base["year"].notna().any():
        base = base.sort_values("year").groupby("code", as_index=False).last()
    keep = [
        c
        for c in (
            "code",
            "year",
            "households",
            "poor_households",
            "near_poor_households",
            "is_poor_commune",
        )
        if c in base.columns
    ]
    out = communes[["code", "name", "full_name", "unit_type"]].copy()
    out["code"] = out["code"].astype(str)
    out = out.merge(base[keep], on="code", how="left")
    out = out.rename(columns={"year": "baseline_year"})
    out["poor_rate"] = _rate(out["poor_households"], out["households"])
    out["near_poor_rate"] = _rate(out["near_poor_households"], out["households"])
    return out.reset_index(drop=True)


def unit_label(unit_type: str, lang: str) -> str:
    return t("map_unit_thi_tran" if unit_type == "thi_tran" else "map_unit_xa", lang)


def commune_name(name: str, unit_type: str, lang: str) -> str:
    """'Bắc Hà (thị trấn)' for the town (it shares its name with the district); a xã's name
    as it is."""
    return f"{name} ({unit_label(unit_type, lang)})" if unit_type == "thi_tran" else str(name)


def commune_lines(row, lang: str, year: int | None = None) -> list[str]:
    """The figures of one commune as 'label: value' lines in ``lang`` (tooltips, hover)."""
    lines = [
        t("map_tt_poor", lang, year=_year(row.get("baseline_year")))
        + ": "
        + fmt.percent(row.get("poor_rate"), lang)
        + _count(row.get("poor_households"), lang),
        t("map_tt_near_poor", lang)
        + ": "
        + fmt.percent(row.get("near_poor_rate"), lang)
        + _count(row.get("near_poor_households"), lang),
    ]
    if "projected_poor_rate" in row and year is not None:
        lines.append(
            t("map_tt_projected", lang, year=year)
            + ": "
            + fmt.percent(row.get("projected_poor_rate"), lang)
        )
    if "households_to_lift" in row and year is not None:
        lines.append(
            t("map_tt_to_lift", lang, year=year)
            + ": "
            + fmt.number(row.get("households_to_lift"), lang)
            + " "
            + t("map_unit_households", lang)
        )
    if "target_status" in row:
        status = row.get("target_status")
        lines.append(
            t("map_tt_status", lang)
            + ": "
            + (t(STATUS_TEXT_KEYS[status], lang) if status in STATUSES else fmt.DASH)
        )
    return lines


def _year(value) -> str:
    try:
        return str(int(value))
    except (TypeError, ValueError):
        return fmt.DASH


def _count(value, lang: str) -> str:
    try:
        if value is None or math.isnan(float(value)):
            return ""
    except (TypeError, ValueError):
        return ""
    return f" ({fmt.number(value, lang)} {t('map_unit_households', lang)})"


def scenario_table(base: pd.DataFrame, result, target_result, year: int) -> pd.DataFrame:
    """``base`` (from :func:`baseline_table`) with the scenario's figures for ``year``:

    * ``projected_poor_rate``: the poor rate in ``year`` under the scenario (``result``);
    * ``households_leaving``: poor households fewer than at the baseline under the scenario;
    * ``households_to_lift``: the households that must leave poverty between the baseline
      and ``year`` for the commune to be on its target path (``target_result``: the same
      scenario run at the plan's target rates, ``ScenarioParams.targets()``);
    * ``target_status``: "met" / "short", the commune's poor-rate target at the horizon.
    """
    out = base.copy()

    def poor_at(res, y):
        c = res.communes
        return c[c["year"] == y].set_index("code")

    year = min(max(int(year), result.baseline_year), result.horizon)
    now = poor_at(result, year)
    start = poor_at(result, result.baseline_year)
    t_now = poor_at(target_result, min(year, target_result.horizon))
    t_start = poor_at(target_result, target_result.baseline_year)
    out["projected_poor_rate"] = out["code"].map(now["poor_rate"])
    out["households_leaving"] = out["code"].map(start["poor_households"] - now["poor_households"])
    out["households_to_lift"] = out["code"].map(
        t_start["poor_households"] - t_now["poor_households"]
    )
    status = result.commune_status().set_index("code")
    out["target_status"] = out["code"].map(
        status["poor_met"].map(lambda met: "met" if bool(met) else "short")
    )
    return out


def status_rows(result, code: str) -> pd.DataFrame:
    """A commune's targets at the horizon: target, rate_start, rate_end, target_rate_end,
    gap_pp, met (one row per target of ``gnbv.scenario.TARGETS``)."""
    s = result.status
    rows = s[(s["scope"] == "commune") & (s["code"] == code)]
    return rows[["target", "rate_start", "rate_end", "target_rate_end", "gap_pp", "met"]]


def commune_table(table: pd.DataFrame, metric: str, classes: Classes, lang: str) -> pd.DataFrame:
    """The map as a table (its text alternative): each commune, its unit type, the value the
    map colours it by and that value's class, as shown on the map and its legend."""
    codes = [str(c) for c in table["code"]]
    value_header = t(METRIC_TEXT_KEYS[metric], lang)
    out = pd.DataFrame(
        {
            t("map_pick", lang): list(table["name"]),
            t("map_col_unit", lang): [unit_label(u, lang) for u in table["unit_type"]],
            value_header: [classes.values.get(c, fmt.DASH) for c in codes],
        }
    )
    if METRICS[metric].unit != "status":
        out[t("map_col_class", lang)] = [classes.labels.get(c, fmt.DASH) for c in codes]
    return out
