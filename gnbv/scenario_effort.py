"""What a scenario takes (gnbv.scenario's engine run backwards): the yearly rate the other
communes would need for the district to reach a target rate at the horizon (bisection), the
year each commune's poor rate falls below a threshold, and the livelihood projects' money
against the households leaving poverty."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from gnbv.scenario import (
    LIVELIHOOD_PROJECTS,
    PLAN,
    SOLVER_ITERATIONS,
    SOLVER_MAX_RATE,
    SOLVER_MAX_YEARS,
    TOLERANCE,
    CheckedBaseline,
    ScenarioParams,
    ScenarioResult,
    _baseline_arrays,
    _baseline_year,
    _check,
    _check_number,
    _horizon,
    _poor_mask,
    _rate,
    rate_path,
)

# --- solvers -------------------------------------------------------------------------------


def _district_poor_rate_at_horizon(a, poor_mask, params, other_rate: float) -> float:
    year0 = _baseline_year(a)
    t = _horizon(params, year0) - year0
    rate0 = _rate(a["poor_households"], a["households"])
    yearly = np.where(poor_mask, params.poor_commune_rate, other_rate)
    rate_end = rate_path(rate0, yearly, t, params.reading)
    # Household growth is the same everywhere, so it cancels out of the district rate.
    return float((rate_end * a["households"]).sum() / a["households"].sum())


def required_other_rate(
    baseline: pd.DataFrame | CheckedBaseline,
    params: ScenarioParams,
    target_rate: float | None = None,
) -> float | None:
    """The yearly rate the communes that are not poor communes need so that the district
    poor rate reaches its target at the horizon, with poor communes at
    ``params.poor_commune_rate``. The district target path is ``target_rate`` (the plan's
    district target by default) in the reading in force. Bisection on the engine's formula
    (the district rate at the horizon falls as the rate rises). 0 when the poor communes
    alone get there; None when no rate up to ``SOLVER_MAX_RATE`` does (or T = 0).
    """
    _check(params)
    a = _baseline_arrays(baseline)
    target_rate = PLAN.other_communes_rate if target_rate is None else target_rate
    _check_number("target_rate", target_rate, low=0.0)
    if a["households"].sum() <= 0:
        return None
    year0 = _baseline_year(a)
    t = _horizon(params, year0) - year0
    mask = _poor_mask(a, params)
    d0 = float(_rate(a["poor_households"].sum(), a["households"].sum()))
    goal = float(rate_path(d0, target_rate, t, params.reading)) + TOLERANCE
    if _district_poor_rate_at_horizon(a, mask, params, 0.0) <= goal:
        return 0.0
    if t == 0 or _district_poor_rate_at_horizon(a, mask, params, SOLVER_MAX_RATE) > goal:
        return None
    lo, hi = 0.0, SOLVER_MAX_RATE
    for _ in range(SOLVER_ITERATIONS):
        mid = (lo + hi) / 2
        if _district_poor_rate_at_horizon(a, mask, params, mid) <= goal:
            hi = mid
        else:
            lo = mid
    return hi


def year_below(
    baseline: pd.DataFrame | CheckedBaseline, params: ScenarioParams, threshold_pct: float
) -> pd.DataFrame:
    """Per commune, the first year its poor rate is below ``threshold_pct`` under ``params``
    (the baseline year if it already is), searching up to ``SOLVER_MAX_YEARS`` years past the
    baseline year whatever the horizon; ``None`` if it never gets there in that span (a rate
    never goes below 0, so a threshold of 0 is never reached). A rate equal to the threshold
    is not below it, within ``TOLERANCE`` (29 poor of 50 households, 58%, is not below 58).
    Columns: code, year_below."""
    _check(params)
    _check_number("threshold_pct", threshold_pct)
    a = _baseline_arrays(baseline)
    year0 = _baseline_year(a)
    t = np.arange(SOLVER_MAX_YEARS + 1)[None, :]
    rate0 = _rate(a["poor_households"], a["households"])[:, None]
    yearly = np.where(_poor_mask(a, params), params.poor_commune_rate, params.other_communes_rate)
    rates = rate_path(rate0, yearly[:, None], t, params.reading)
    below = rates < float(threshold_pct) - TOLERANCE
    found = below.any(axis=1)
    first = below.argmax(axis=1) + year0
    year = pd.Series(first, dtype="Int64").mask(~found)
    return pd.DataFrame({"code": a["code"], "year_below": year})


# --- money against outcome ----------------------------------------------------------------


def livelihood_funds(projects: pd.DataFrame) -> float:
    """Planned recurrent funds (million VND) of the livelihood projects DA2, DA3, DA4."""
    rows = projects[projects["project_id"].isin(LIVELIHOOD_PROJECTS)]
    return float(pd.to_numeric(rows["recurrent_mvnd"], errors="coerce").fillna(0).sum())


def money_per_household(funds_mvnd: float, result: ScenarioResult) -> pd.DataFrame:
    """Funds per household expected to leave poverty, a year: the district and each commune
    class ("poor_communes", "other_communes").

    The plan gives one year's funds (2022) and does not split them by commune, so:

    * households leaving a year = (poor households at the baseline − at the horizon) / T;
    * a class's share of the funds = its share of the baseline poor households;
    * funds per household = share of funds / households leaving a year (million VND); None
      (NaN) when no household leaves poverty.

    Columns: group, poor_households_start, households_leaving_per_year, funds_mvnd,
    funds_per_household_mvnd.
    """
    c = result.communes
    years = result.horizon - result.baseline_year
    start = c[c["year"] == result.baseline_year]
    end = c[c["year"] == result.horizon]
    poor0 = start.groupby("is_poor_commune")["poor_households"].sum()
    poor_end = end.groupby("is_poor_commune")["poor_households"].sum()
    total0 = float(poor0.sum())
    rows = []
    for group, flag in (("district", None), ("poor_communes", True), ("other_communes", False)):
        p0 = total0 if flag is None else float(poor0.get(flag, 0.0))
        p1 = float(poor_end.sum()) if flag is None else float(poor_end.get(flag, 0.0))
        leaving = (p0 - p1) / years if years > 0 else 0.0
        share = funds_mvnd * (p0 / total0) if total0 > 0 else 0.0
        per = share / leaving if leaving > 0 else math.nan
        rows.append(
            {
                "group": group,
                "poor_households_start": p0,
                "households_leaving_per_year": leaving,
                "funds_mvnd": share,
                "funds_per_household_mvnd": per,
            }
        )
    return pd.DataFrame(rows)
