"""Progress of each commune and of the district against the plan's path, from yearly reviews.

The measure is the one Open SDG adopted from Statistics Canada (open-sdg/open-sdg,
``docs/progress-methodology.md``; DOMAIN.md §8): the observed yearly change compared with the
yearly change needed to reach the target on time, ``R = observed ÷ needed``, adapted to the
plan as issue 20 says.

Input: a *series* of reviews, one row per commune and review year, with at least ``code``,
``year``, ``households`` and ``poor_households`` (``is_poor_commune`` optional: the columns of
``data/commune_poverty_series_illustrative.csv``). For every commune:

* its reviews are the rows with households > 0 and a poor-household count ≥ 0 (a row with no
  household has no rate, so it is not counted); a commune-year given twice keeps its last row;
* the start is its first review (year ``y0``, rate ``r0``), the latest its last (``y1``,
  ``r1``), ``t = y1 - y0`` years apart;
* its yearly fall under the plan: ``PLAN.poor_commune_rate`` in poor communes and
  ``PLAN.other_communes_rate`` elsewhere (gnbv.scenario's constants, in the reading in force). Which
  communes are poor communes follows the scenario's rule: the series' ``is_poor_commune`` of
  the first review (rule "flag"; when the series has no such column, the threshold decides)
  or the first review's rate at or above ``poor_commune_threshold_pct`` (rule "threshold");
* the **end target** is the rate the plan's path leads to by ``END_YEAR`` (2025, the
  programme's last year) from the first review, never below 0:
  ``target = rate_path(r0, yearly, END_YEAR - y0, reading)`` (gnbv.scenario.rate_path);
* the yearly fall needed to reach the end target on time (``T = END_YEAR - y0``) and the
  average yearly fall observed:

  - reading "points" (linear): ``needed = (r0 - target) / T``, ``observed = (r0 - r1) / t``;
  - reading "relative" (compound, as Open SDG's growth rates):
    ``needed = 1 - (target / r0) ** (1 / T)``, ``observed = 1 - (r1 / r0) ** (1 / t)``;

  so a commune already near 0 (whose target is 0 well before 2025) is asked only to reach 0;
* ``R = observed / needed`` (undefined when nothing is needed: ``T ≤ 0``, ``r0 = 0`` or a
  yearly fall of 0);
* its category, first that applies: **not enough data** (fewer than two reviews); **target
  achieved** (the latest review is at or below the end target, within ``TOLERANCE``); **on
  track** (``R ≥ ON_TRACK_RATIO`` = 0,95); **progress, acceleration needed**
  (``ACCELERATION_RATIO`` = 0,60 ≤ R < 0,95); **limited progress** (0 ≤ R < 0,60);
  **deterioration** (R < 0, or R undefined and the target not achieved: the rate rose from a
  start that needed no fall).

The district is measured the same way on the district totals of each review year (households
and poor households summed over the communes reviewed that year), at ``PLAN.other_communes_rate``.
Nothing here raises on a series with the columns above, whatever its values (missing years,
zero households, rises, a single year, huge counts): numbers that cannot be used are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from gnbv.errors import ScenarioInputError
from gnbv.i18n import TextKeys
from gnbv.scenario import PLAN, READINGS, TOLERANCE, ScenarioParams, rate_path

END_YEAR = PLAN.horizon  # the programme's last year (2021–2025)
ON_TRACK_RATIO = 0.95
ACCELERATION_RATIO = 0.60
# Furthest behind first: the order of the category table.
CATEGORIES = (
    "deterioration",
    "limited_progress",
    "acceleration_needed",
    "on_track",
    "target_achieved",
    "not_enough_data",
)
# Each category's name, and each reading's name as the progress page says it.
CATEGORY_TEXT_KEYS: TextKeys = {
    "deterioration": "pg_cat_deterioration",
    "limited_progress": "pg_cat_limited_progress",
    "acceleration_needed": "pg_cat_acceleration_needed",
    "on_track": "pg_cat_on_track",
    "target_achieved": "pg_cat_target_achieved",
    "not_enough_data": "pg_cat_not_enough_data",
}
READING_TEXT_KEYS: TextKeys = {
    "points": "pg_reading_points",
    "relative": "pg_reading_relative",
}
SERIES_COLUMNS = ("code", "year", "households", "poor_households")
DISTRICT = "district"
METHOD_SOURCE = "open-sdg/open-sdg, docs/progress-methodology.md (Statistics Canada)"

MEASURE_COLUMNS = (
    "reviews",
    "first_year",
    "first_rate",
    "latest_year",
    "latest_rate",
    "yearly_target",
    "end_target",
    "needed_yearly_fall",
    "observed_yearly_fall",
    "ratio",
    "path_rate_latest",
    "gap_pp",
    "category",
)


@dataclass(frozen=True)
class ProgressResult:
    """What :func:`progress` returns.

    * ``communes``: one row per commune (first-seen order): code, is_poor_commune, then
      :data:`MEASURE_COLUMNS` (rates in %, falls in points a year, or in % a year in the
      relative reading; ``gap_pp`` = latest rate − the plan path's rate in the latest year,
      > 0 means behind the path; ``category`` one of :data:`CATEGORIES`).
    * ``district``: one row, the same measures for the district (code ``DISTRICT``).
    * ``district_series``: one row per review year: year, households, poor_households,
      poor_rate, communes (how many communes that year's totals cover).
    * ``rates``: one row per commune and review year used: code, year, poor_rate.
    """

    reading: str
    end_year: int
    communes: pd.DataFrame
    district: pd.DataFrame
    district_series: pd.DataFrame
    rates: pd.DataFrame

    @property
    def years(self) -> list[int]:
        return [int(y) for y in self.district_series["year"]]


def _numbers(series: pd.DataFrame, column: str) -> np.ndarray:
    return pd.to_numeric(series[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def measure(r0, y0, r1, y1, reviews, yearly, reading: str = "points", end_year: int = END_YEAR):
    """The measures of :data:`MEASURE_COLUMNS` from arrays (one element per unit): first and
    latest rate and year, number of reviews, yearly fall under the plan. Never raises."""
    r0, y0, r1, y1 = (np.asarray(a, dtype=float) for a in (r0, y0, r1, y1))
    yearly = np.broadcast_to(np.asarray(yearly, dtype=float), r0.shape)
    reviews = np.asarray(reviews)
    horizon = np.clip(end_year - y0, 0.0, None)  # T; nan where there is no review
    elapsed = y1 - y0  # t
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        target = rate_path(r0, yearly, np.nan_to_num(horizon), reading)
        path_latest = rate_path(r0, yearly, np.clip(np.nan_to_num(elapsed), 0.0, None), reading)
        if reading == "relative":
            needed = 1.0 - (target / r0) ** (1.0 / horizon)
            observed = 1.0 - (r1 / r0) ** (1.0 / elapsed)
        else:
            needed = (r0 - target) / horizon
            observed = (r0 - r1) / elapsed
        enough = reviews >= 2
        usable = enough & (elapsed > 0) & ((r0 > 0) if reading == "relative" else True)
        observed = np.where(usable, observed, np.nan)
        needed = np.where((horizon > 0) & (r0 > 0) & np.isfinite(needed), needed, np.nan)
        needed = np.where(needed > 0, needed, np.nan)
        ratio = observed / needed
    achieved = r1 <= target + TOLERANCE
    # Codes into CATEGORIES (deterioration 0 … not enough data 5), first that applies.
    category = np.select(
        [~enough, achieved, ratio >= ON_TRACK_RATIO, ratio >= ACCELERATION_RATIO, ratio >= 0],
        [5, 4, 3, 2, 1],
        default=0,
    )
    return {
        "reviews": reviews.astype(np.int64),
        "first_year": y0,
        "first_rate": r0,
        "latest_year": y1,
        "latest_rate": r1,
        "yearly_target": yearly.astype(float),
        "end_target": np.where(np.isfinite(r0), target, np.nan),
        "needed_yearly_fall": needed,
        "observed_yearly_fall": observed,
        "ratio": ratio,
        "path_rate_latest": np.where(np.isfinite(r0), path_latest, np.nan),
        "gap_pp": r1 - path_latest,
        "category": pd.Categorical.from_codes(category, categories=list(CATEGORIES)),
    }


def progress(
    series: pd.DataFrame, params: ScenarioParams = PLAN, end_year: int = END_YEAR
) -> ProgressResult:
    """The progress of every commune of ``series`` and of the district (module docstring).
    ``params`` gives the reading and the poor-commune rule; the yearly falls are always the
    plan's (``params.targets()``). ScenarioInputError for a missing column or an unknown
    reading; nothing else raises."""
    for column in SERIES_COLUMNS:
        if column not in series.columns:
            raise ScenarioInputError(column, "missing_column")
    if params.reading not in READINGS:
        raise ScenarioInputError("reading", "not_a_choice", value=params.reading, limit=READINGS)
    plan = params.targets()
    codes, uniques = pd.factorize(series["code"].astype(str), sort=False)
    n = len(uniques)
    years = _numbers(series, "year")
    households = _numbers(series, "households")
    poor = _numbers(series, "poor_households")
    with np.errstate(invalid="ignore", over="ignore"):
        valid = (
            (codes >= 0)
            & np.isfinite(years)
            & np.isfinite(households)
            & (households > 0)
            & np.isfinite(poor)
            & (poor >= 0)
        )
        rate_all = np.where(valid, poor * 100.0 / np.where(valid, households, 1.0), np.nan)
    rows = np.flatnonzero(valid)
    order = rows[np.lexsort((years[rows], codes[rows]))]  # by code, then year (stable)
    c, y = codes[order], years[order]
    # A commune-year given twice: keep its last row.
    last_of_pair = np.ones(len(order), dtype=bool)
    if len(order) > 1:
        last_of_pair[:-1] = (c[:-1] != c[1:]) | (y[:-1] != y[1:])
    order, c, y = order[last_of_pair], c[last_of_pair], y[last_of_pair]
    rate = rate_all[order]

    reviews = np.bincount(c, minlength=n)
    first = np.full(n, -1, dtype=np.int64)
    last = np.full(n, -1, dtype=np.int64)
    if len(order):
        starts = np.flatnonzero(np.r_[True, c[1:] != c[:-1]])
        ends = np.r_[starts[1:], len(order)] - 1
        first[c[starts]] = starts
        last[c[ends]] = ends

    def pick(values, at):
        out = np.full(n, np.nan)
        has = at >= 0
        out[has] = values[at[has]]
        return out

    r0, y0, r1, y1 = pick(rate, first), pick(y, first), pick(rate, last), pick(y, last)
    first_rows = np.where(first >= 0, order[np.clip(first, 0, None)] if len(order) else -1, -1)
    poor_mask = _flags(series, first_rows, r0, params)
    yearly = np.where(poor_mask, plan.poor_commune_rate, plan.other_communes_rate)
    communes = pd.DataFrame(
        {
            "code": pd.Index(uniques, dtype=object),
            "is_poor_commune": poor_mask,
            **measure(r0, y0, r1, y1, reviews, yearly, params.reading, end_year),
        }
    )

    district_series = _district_series(years[order], households[order], poor[order], c)
    d = district_series[np.isfinite(district_series["poor_rate"])]
    ends = [
        d[k].to_numpy(dtype=float)[[0, -1]] if len(d) else [np.nan] * 2
        for k in ("poor_rate", "year")
    ]
    d_measure = measure(
        ends[0][:1],
        ends[1][:1],
        ends[0][1:],
        ends[1][1:],
        np.array([len(d)]),
        np.array([plan.other_communes_rate]),
        params.reading,
        end_year,
    )
    district = pd.DataFrame({"code": [DISTRICT], "is_poor_commune": [False], **d_measure})
    rates = pd.DataFrame(
        {
            "code": pd.Categorical.from_codes(c, categories=pd.Index(uniques, dtype=object)),
            "year": y.astype(np.int64),
            "poor_rate": rate,
        }
    )
    return ProgressResult(params.reading, int(end_year), communes, district, district_series, rates)


def _flags(series, first_rows, r0, params: ScenarioParams) -> np.ndarray:
    """Poor communes: the first review's flag (rule "flag") or its rate ≥ the threshold."""
    with np.errstate(invalid="ignore"):
        threshold = r0 >= float(params.poor_commune_threshold_pct) - TOLERANCE
    if params.poor_commune_rule == "threshold" or "is_poor_commune" not in series.columns:
        return threshold
    flags = series["is_poor_commune"].astype("boolean").to_numpy(dtype=object, na_value=None)
    out = threshold.copy()
    has = first_rows >= 0
    picked = flags[first_rows[has]]
    known = np.array([v is not None for v in picked], dtype=bool)
    idx = np.flatnonzero(has)[known]
    out[idx] = np.array([bool(v) for v in picked[known]], dtype=bool)
    return out


def _district_series(years, households, poor, codes) -> pd.DataFrame:
    """District totals of each review year over the communes reviewed that year."""
    if not len(years):
        return pd.DataFrame(
            {
                "year": pd.Series([], dtype=np.int64),
                "households": pd.Series([], dtype=float),
                "poor_households": pd.Series([], dtype=float),
                "poor_rate": pd.Series([], dtype=float),
                "communes": pd.Series([], dtype=np.int64),
            }
        )
    # Review years are whole numbers in practice; any other value gets its own row as well.
    if np.all(years == np.round(years)) and years.max() - years.min() < 10_000:
        low = int(years.min())
        index = (years - low).astype(np.int64)
        present = np.bincount(index) > 0
        unique_years = np.flatnonzero(present) + low
        index = (np.cumsum(present) - 1)[index]
    else:
        unique_years, index = np.unique(years, return_inverse=True)
    hh = np.bincount(index, weights=households)
    p = np.bincount(index, weights=poor)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        rate = np.where(hh > 0, p * 100.0 / hh, np.nan)
    return pd.DataFrame(
        {
            "year": unique_years.astype(np.int64),
            "households": hh,
            "poor_households": p,
            "poor_rate": rate,
            "communes": np.bincount(index).astype(np.int64),
        }
    )


def plan_path(rate0: float, year0: int, yearly: float, reading: str, end_year: int = END_YEAR):
    """The plan's path from ``(year0, rate0)`` to ``end_year``: year, rate (never below 0)."""
    years = np.arange(int(year0), max(int(end_year), int(year0)) + 1)
    return pd.DataFrame({"year": years, "rate": rate_path(rate0, yearly, years - year0, reading)})


def behind_first(table: pd.DataFrame) -> pd.DataFrame:
    """The rows sorted by how far behind: category (deterioration first, not enough data
    last), then ratio (lowest first), then the gap to the path (largest first)."""
    key = table["category"].cat.codes if hasattr(table["category"], "cat") else table["category"]
    return (
        table.assign(_c=key, _r=table["ratio"].fillna(np.inf), _g=-table["gap_pp"].fillna(-np.inf))
        .sort_values(["_c", "_r", "_g"], kind="stable")
        .drop(columns=["_c", "_r", "_g"])
        .reset_index(drop=True)
    )
