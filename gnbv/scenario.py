"""Scenarios of poverty reduction, commune by commune: a pure, vectorised engine.

Given a commune baseline (the columns of ``data/commune_poverty_illustrative.csv``: ``code``,
``year``, ``households``, ``poor_households``, ``near_poor_households``,
``ethnic_minority_households``, ``ethnic_minority_poor_households``, ``is_poor_commune``) and
:class:`ScenarioParams`, :func:`project` computes, for every commune and every year from the
baseline year to the horizon, households, poor / near-poor / ethnic-minority poor households
and rates, and the households leaving poverty; the district aggregate; and the status of every
target at the horizon.

The formulas (``t`` = years since the baseline year, ``r`` the yearly rate of the commune):

* Reading "points" (the default; DOMAIN.md §2: "giảm 7%/năm" conventionally means 7
  percentage points a year)::

      rate_t = max(0, rate_0 - r * t)

* Reading "relative" (the rate falls by r per cent of itself each year)::

      rate_t = rate_0 * (1 - r / 100) ** t        (never below 0)

* Households grow by ``g`` % a year: ``households_t = households_0 * (1 + g / 100) ** t``
  (ethnic-minority households likewise).
* Counts are rate × households: ``poor_t = rate_t / 100 * households_t``; kept as floats
  (round for display only).
* Ethnic-minority poor households can never exceed poor households:
  ``em_poor_t = min(em_rate_t / 100 * em_households_t, poor_t)``.
* Households leaving poverty in year t are the net fall of poor households:
  ``poor_{t-1} - poor_t`` (0 in the baseline year; negative if poor households grow).
* The poor rate falls at ``poor_commune_rate`` in poor communes and at ``other_communes_rate`` in
  the others. Which communes are poor communes: the data's ``is_poor_commune`` flag
  (rule "flag") or a baseline poor rate at or above ``poor_commune_threshold_pct``
  (rule "threshold").
* District measures are sums of the commune counts; district rates are recomputed from them.

Input is checked before anything is computed (:func:`validate_baseline`, and the parameters):
a count that is missing, not a number or negative, poor (or near-poor) households above the
households, ethnic-minority poor above ethnic-minority households, rows of different years,
a baseline year that is not a whole year within ``YEAR_LIMITS``, a commune code twice, an
empty baseline, a negative or non-finite rate, a horizon that is not a whole year or more
than ``MAX_YEARS`` past the baseline, raise :class:`gnbv.errors.ScenarioInputError` naming
the column and the commune: the culprit (a baseline year of 0 is a year problem, never the
horizon's).

Rates are computed as ``count * 100 / total`` (29 of 50 is exactly 58, not 57,999…), and
every comparison with a threshold or a target allows ``TOLERANCE`` for floating-point noise.

Target status at the horizon H (T = H - baseline year years): the target path of a rate is the
same formula applied to the target's yearly rate (in the reading in force), and a target is
met when ``rate_H <= target_rate_H`` (within 1e-9). The gap ``rate_H - target_rate_H`` is in
percentage points of the rate (positive: short by that much). Commune poor-rate targets are the
poor-commune target in poor communes and the district target elsewhere.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace

import numpy as np
import pandas as pd

from gnbv.errors import ScenarioInputError
from gnbv.i18n import TextKeys

READINGS = ("points", "relative")
POOR_COMMUNE_RULES = ("flag", "threshold")
# Where a scenario's rates come from (gnbv.scenario_presets): the plan's targets, the
# published trend, or set by hand. A label only: the engine computes the same either way.
PRESETS = ("trend", "plan", "custom")
DISTRICT = "district"  # the ``code`` of district rows in ScenarioResult.status
TARGETS = ("poor", "near_poor", "ethnic_minority_poor")

# The text of each preset, reading (its name, short form, meaning) and poor-commune rule, of each
# parameter and each rate's help; the two poor rates' labels say which communes, by the rule.
PRESET_TEXT_KEYS: TextKeys = {
    "trend": "scn_preset_trend",
    "plan": "scn_preset_plan",
    "custom": "scn_preset_custom",
}
READING_TEXT_KEYS: TextKeys = {
    "points": "scn_reading_points",
    "relative": "scn_reading_relative",
}
READING_SHORT_TEXT_KEYS: TextKeys = {
    "points": "scn_reading_short_points",
    "relative": "scn_reading_short_relative",
}
READING_IN_FORCE_TEXT_KEYS: TextKeys = {
    "points": "scn_reading_in_force_points",
    "relative": "scn_reading_in_force_relative",
}
POOR_COMMUNE_RULE_TEXT_KEYS: TextKeys = {
    "flag": "scn_poor_commune_rule_flag",
    "threshold": "scn_poor_commune_rule_threshold",
}
PARAMETER_TEXT_KEYS: TextKeys = {
    "other_communes_rate": "scn_other_communes_rate",
    "poor_commune_rate": "scn_poor_commune_rate",
    "near_poor_rate": "scn_near_poor_rate",
    "ethnic_minority_rate": "scn_ethnic_minority_rate",
    "reading": "scn_reading",
    "household_growth_pct": "scn_household_growth_pct",
    "poor_commune_rule": "scn_poor_commune_rule",
    "poor_commune_threshold_pct": "scn_poor_commune_threshold_pct",
    "horizon": "scn_horizon",
    "preset": "scn_preset",
}
RATE_HELP_TEXT_KEYS: TextKeys = {
    "other_communes_rate": "scn_other_communes_rate_help",
    "poor_commune_rate": "scn_poor_commune_rate_help",
    "near_poor_rate": "scn_near_poor_rate_help",
    "ethnic_minority_rate": "scn_ethnic_minority_rate_help",
}
DISTRICT_RATE_TEXT_KEYS: TextKeys = {
    "flag": "scn_other_communes_rate_flag",
    "threshold": "scn_other_communes_rate_threshold",
}
POOR_COMMUNE_RATE_TEXT_KEYS: TextKeys = {
    "flag": "scn_poor_commune_rate_flag",
    "threshold": "scn_poor_commune_rate_threshold",
}
RATE_BY_RULE_TEXT_KEYS: dict[str, TextKeys] = {
    "other_communes_rate": DISTRICT_RATE_TEXT_KEYS,
    "poor_commune_rate": POOR_COMMUNE_RATE_TEXT_KEYS,
}
CHOICE_TEXT_KEYS: dict[str, TextKeys] = {
    "preset": PRESET_TEXT_KEYS,
    "reading": READING_TEXT_KEYS,
    "poor_commune_rule": POOR_COMMUNE_RULE_TEXT_KEYS,
}
MONEY_GROUP_TEXT_KEYS: TextKeys = {
    "district": "scn_money_district",
    "poor_communes": "scn_money_poor_communes",
    "other_communes": "scn_money_other_communes",
}
TOLERANCE = 1e-9
# The solvers search yearly rates in [0, SOLVER_MAX_RATE] and years up to this many ahead.
SOLVER_MAX_RATE = 100.0
SOLVER_MAX_YEARS = 50
SOLVER_ITERATIONS = 60
# The longest projection accepted, in years past the baseline (bounds the arrays' size).
MAX_YEARS = 100
# The baseline years accepted (the programme's data are of 2021 on; a wide margin either way,
# and the default horizon within MAX_YEARS of every one of them).
YEAR_LIMITS = (1990, 2100)
# Yearly household growth accepted, % (above -100: households cannot vanish or go negative).
GROWTH_LIMITS = (-99.0, 100.0)
# Livelihood projects whose recurrent funds "money against outcome" counts (DOMAIN.md §1).
LIVELIHOOD_PROJECTS = ("DA2", "DA3", "DA4")

BASELINE_COLUMNS = (
    "code",
    "year",
    "households",
    "poor_households",
    "near_poor_households",
    "ethnic_minority_households",
    "ethnic_minority_poor_households",
    "is_poor_commune",
)


@dataclass(frozen=True)
class ScenarioParams:
    """A scenario: yearly rates (the plan's targets by default), the reading and the rules."""

    # yearly fall of the poor rate (points, or % in the relative reading) in the communes not
    # on the poor-commune list (the district's target of 7 applies to them)
    other_communes_rate: float = 7.0
    poor_commune_rate: float = 10.0  # yearly fall in poor communes
    near_poor_rate: float = 0.9
    ethnic_minority_rate: float = 7.6
    reading: str = "points"  # "points" (percentage points, default) | "relative"
    household_growth_pct: float = 0.0  # yearly household growth, %
    poor_commune_rule: str = "flag"  # "flag" (data's is_poor_commune) | "threshold"
    poor_commune_threshold_pct: float = 40.0
    horizon: int = 2025
    preset: str = "plan"  # which preset the rates come from: one of PRESETS

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict) -> ScenarioParams:
        """Known fields only; unknown keys are ignored (no validation: see gnbv.url_state)."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})

    def targets(self, plan: ScenarioParams | None = None) -> ScenarioParams:
        """The plan's target rates (``plan`` or the defaults) in this scenario's reading."""
        plan = plan or ScenarioParams()
        return replace(self, **{k: getattr(plan, k) for k in RATE_FIELDS})


RATE_FIELDS = ("other_communes_rate", "poor_commune_rate", "near_poor_rate", "ethnic_minority_rate")
PLAN = ScenarioParams()
COUNT_COLUMNS = BASELINE_COLUMNS[2:-1]  # households … ethnic_minority_poor_households
# (part, whole): a part above its whole is refused.
PART_OF = (
    ("poor_households", "households"),
    ("near_poor_households", "households"),
    ("ethnic_minority_poor_households", "ethnic_minority_households"),
)


@dataclass(frozen=True)
class ScenarioResult:
    """What :func:`project` returns.

    * ``communes``: one row per commune and year (code, year, households, poor_households,
      poor_rate, near_poor_households, near_poor_rate, ethnic_minority_households,
      ethnic_minority_poor_households, ethnic_minority_poor_rate, households_leaving_poverty,
      is_poor_commune, yearly_rate).
    * ``district``: one row per year, the same measures summed, rates from the sums.
    * ``status``: one row per (scope, code, target) at the horizon: scope ("commune" |
      "district"), code (``DISTRICT`` for the district), target (one of ``TARGETS``),
      target_yearly_rate, rate_start, rate_end, target_rate_end, achieved_yearly_fall,
      gap_pp (rate_end - target_rate_end; > 0 means short), met (bool).
    """

    params: ScenarioParams
    baseline_year: int
    horizon: int
    communes: pd.DataFrame
    district: pd.DataFrame
    status: pd.DataFrame

    def commune_status(self) -> pd.DataFrame:
        """Status wide, one row per commune: ``<target>_met``, ``<target>_gap_pp``, …"""
        s = self.status[self.status["scope"] == "commune"]
        wide = s.pivot(index="code", columns="target", values=["met", "gap_pp", "target_rate_end"])
        wide.columns = [f"{target}_{measure}" for measure, target in wide.columns]
        return wide.reset_index()

    def district_status(self) -> pd.DataFrame:
        return self.status[self.status["scope"] == "district"].reset_index(drop=True)


def rate_path(rate0, yearly_rate, t, reading: str = "points"):
    """The rate after ``t`` years (arrays broadcast). See the module docstring."""
    rate0 = np.asarray(rate0, dtype=float)
    yearly_rate = np.asarray(yearly_rate, dtype=float)
    t = np.asarray(t, dtype=float)
    if reading == "relative":
        factor = np.clip(1.0 - yearly_rate / 100.0, 0.0, None)
        out = rate0 * factor**t
    else:
        out = rate0 - yearly_rate * t
    return np.clip(out, 0.0, None)


def average_yearly_fall(rate0, rate_end, years, reading: str = "points"):
    """The average yearly fall achieved: points a year, or % a year (relative reading)."""
    rate0 = np.asarray(rate0, dtype=float)
    rate_end = np.asarray(rate_end, dtype=float)
    if years <= 0:
        return np.zeros_like(rate0)
    with np.errstate(divide="ignore", invalid="ignore"):
        if reading == "relative":
            out = (1.0 - (rate_end / rate0) ** (1.0 / years)) * 100.0
        else:
            out = (rate0 - rate_end) / years
    return np.where(rate0 > 0, out, np.nan)


def _finite(value) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def _check(params: ScenarioParams) -> None:
    """Refuse parameters the engine cannot compute on (ScenarioInputError names the field)."""
    for name, choices in (
        ("reading", READINGS),
        ("poor_commune_rule", POOR_COMMUNE_RULES),
        ("preset", PRESETS),
    ):
        value = getattr(params, name)
        if value not in choices:
            raise ScenarioInputError(name, "not_a_choice", value=value, limit=choices)
    for name in (*RATE_FIELDS, "household_growth_pct", "poor_commune_threshold_pct", "horizon"):
        _check_number(name, getattr(params, name), low=0.0 if name in RATE_FIELDS else None)
    low, high = GROWTH_LIMITS
    if not low <= params.household_growth_pct <= high:
        raise ScenarioInputError(
            "household_growth_pct",
            "out_of_range",
            value=params.household_growth_pct,
            limit=f"{low:g}..{high:g}",
        )
    if float(params.horizon) != int(params.horizon):
        raise ScenarioInputError("horizon", "not_a_year", value=params.horizon, limit=_YEARS)


def _check_number(name: str, value, low: float | None = None) -> None:
    if not _finite(value):
        raise ScenarioInputError(name, "not_a_number", value=value)
    if low is not None and float(value) < low:
        raise ScenarioInputError(name, "negative", value=value)


def _first_bad(codes: np.ndarray, mask: np.ndarray) -> str:
    return str(codes[int(np.argmax(mask))])


_YEARS = f"{YEAR_LIMITS[0]}–{YEAR_LIMITS[1]}"


def _count_array(b: pd.DataFrame, column: str, codes: np.ndarray) -> np.ndarray:
    """One numeric column as floats; refuses a value that is missing, not a number or < 0."""
    values = pd.to_numeric(b[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    bad = ~np.isfinite(values)
    if bad.any():
        i = int(np.argmax(bad))
        raise ScenarioInputError(
            column, "not_a_number", code=str(codes[i]), value=b[column].iloc[i]
        )
    if (values < 0).any() and column != "year":  # a negative year is not a year (below)
        i = int(np.argmax(values < 0))
        raise ScenarioInputError(column, "negative", code=str(codes[i]), value=values[i])
    return values


def _check_parts_and_year(arrays: dict[str, np.ndarray]) -> None:
    codes = arrays["code"]
    for part, whole in PART_OF:
        above = arrays[part] > arrays[whole]
        if above.any():
            i = int(np.argmax(above))
            raise ScenarioInputError(
                part, "exceeds", code=str(codes[i]), value=arrays[part][i], limit=arrays[whole][i]
            )
    years = arrays["year"]
    low, high = YEAR_LIMITS
    impossible = (years != np.floor(years)) | (years < low) | (years > high)
    if impossible.any():  # before the mix: a year of 0 among 2022s is the culprit itself
        i = int(np.argmax(impossible))
        raise ScenarioInputError(
            "year", "not_a_year", code=str(codes[i]), value=years[i], limit=_YEARS
        )
    # The baseline year is the most common one (ties: the first row's); a row of another
    # year is the one named.
    values, counts = np.unique(years, return_counts=True)
    common = values[counts == counts.max()]
    year0 = years[0] if years[0] in common else common[0]
    mixed = years != year0
    if mixed.any():
        i = int(np.argmax(mixed))
        raise ScenarioInputError(
            "year", "mixed_year", code=str(codes[i]), value=years[i], limit=year0
        )


def validate_baseline(baseline: pd.DataFrame) -> dict[str, np.ndarray]:
    """The baseline's columns as arrays, after checking them; ScenarioInputError (naming the
    column and the first commune concerned) for a missing column, an empty baseline, a count
    that is missing, not a number or negative, a part above its whole (poor or near-poor
    households above households, ethnic-minority poor above ethnic-minority households),
    a year that is not a whole year within ``YEAR_LIMITS``, rows of different years (the
    row off the most common year is named) or a code given twice."""
    for c in BASELINE_COLUMNS:
        if c not in baseline.columns:
            raise ScenarioInputError(c, "missing_column")
    if not len(baseline):
        raise ScenarioInputError("code", "empty")
    b = baseline.reset_index(drop=True)
    codes = b["code"].astype(str).to_numpy()
    duplicated = pd.Index(codes).duplicated()
    if duplicated.any():
        raise ScenarioInputError("code", "duplicate", code=_first_bad(codes, duplicated))
    arrays: dict[str, np.ndarray] = {"code": codes}
    for c in BASELINE_COLUMNS[1:-1]:
        arrays[c] = _count_array(b, c, codes)
    _check_parts_and_year(arrays)
    arrays["flag"] = b["is_poor_commune"].fillna(False).astype(bool).to_numpy()
    return arrays


@dataclass(frozen=True, eq=False)
class CheckedBaseline:
    """A baseline :func:`validate_baseline` accepted, with its arrays (read-only), so that
    the engine does not check it again: :func:`project`, :func:`poor_communes` and the
    effort's functions (gnbv.scenario_effort) take it wherever they take a baseline frame.
    gnbv.cache keeps one per data version (``cache.checked_baseline``)."""

    arrays: dict[str, np.ndarray]


def check_baseline(baseline: pd.DataFrame) -> CheckedBaseline:
    """``baseline`` checked once (:func:`validate_baseline`, and its errors)."""
    arrays = validate_baseline(baseline)
    for values in arrays.values():
        values.flags.writeable = False  # shared by every projection of this baseline
    return CheckedBaseline(arrays)


def _baseline_arrays(baseline: pd.DataFrame | CheckedBaseline) -> dict[str, np.ndarray]:
    if isinstance(baseline, CheckedBaseline):
        return baseline.arrays
    return validate_baseline(baseline)


def _rate(count, total):
    """count / total in percent, multiplied first (29 * 100 / 50 is exactly 58)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, count * 100.0 / total, 0.0)


def poor_communes(baseline: pd.DataFrame | CheckedBaseline, params: ScenarioParams) -> np.ndarray:
    """Which communes count as poor communes (bool array, baseline row order)."""
    a = _baseline_arrays(baseline)
    return _poor_mask(a, params)


def _poor_mask(a: dict[str, np.ndarray], params: ScenarioParams) -> np.ndarray:
    if params.poor_commune_rule == "threshold":
        rate = _rate(a["poor_households"], a["households"])
        return rate >= params.poor_commune_threshold_pct - TOLERANCE
    return a["flag"]


def _baseline_year(a: dict[str, np.ndarray]) -> int:
    return int(a["year"][0])


def _horizon(params: ScenarioParams, year0: int) -> int:
    """The horizon in force: not before the baseline year, at most MAX_YEARS past it."""
    horizon = int(params.horizon)
    if horizon > year0 + MAX_YEARS:
        raise ScenarioInputError(
            "horizon", "out_of_range", value=horizon, limit=f"..{year0 + MAX_YEARS}"
        )
    return max(horizon, year0)


def project(baseline: pd.DataFrame | CheckedBaseline, params: ScenarioParams) -> ScenarioResult:
    """Project ``baseline`` under ``params`` from its ``year`` to ``params.horizon``.

    Vectorised over communes (arrays of shape communes × years); see the module docstring
    for the formulas. A horizon before the baseline year gives the baseline year alone.
    """
    _check(params)
    a = _baseline_arrays(baseline)
    year0 = _baseline_year(a)
    horizon = _horizon(params, year0)
    years = np.arange(year0, horizon + 1)
    t = (years - year0)[None, :].astype(float)  # 1 × Y
    n, ny = len(a["code"]), len(years)
    poor_mask = _poor_mask(a, params)
    growth = (1.0 + params.household_growth_pct / 100.0) ** t  # 1 × Y

    hh0 = a["households"][:, None]
    em_hh0 = a["ethnic_minority_households"][:, None]
    poor_rate0 = _rate(a["poor_households"], a["households"])[:, None]
    near_rate0 = _rate(a["near_poor_households"], a["households"])[:, None]
    em_rate0 = _rate(a["ethnic_minority_poor_households"], a["ethnic_minority_households"])[:, None]
    yearly = np.where(poor_mask, params.poor_commune_rate, params.other_communes_rate)[:, None]

    households = hh0 * growth
    em_households = em_hh0 * growth
    poor_rate = rate_path(poor_rate0, yearly, t, params.reading)
    near_rate = rate_path(near_rate0, params.near_poor_rate, t, params.reading)
    poor = poor_rate / 100.0 * households
    near = near_rate / 100.0 * households
    em_poor = np.minimum(
        rate_path(em_rate0, params.ethnic_minority_rate, t, params.reading) / 100.0 * em_households,
        poor,
    )
    em_rate = _rate(em_poor, em_households)
    leaving = np.zeros_like(poor)
    leaving[:, 1:] = poor[:, :-1] - poor[:, 1:]

    communes = pd.DataFrame(
        {
            "code": pd.Categorical.from_codes(
                np.repeat(np.arange(n), ny), categories=pd.Index(a["code"], dtype=object)
            ),
            "year": np.tile(years, n),
            "households": households.ravel(),
            "poor_households": poor.ravel(),
            "poor_rate": poor_rate.ravel(),
            "near_poor_households": near.ravel(),
            "near_poor_rate": near_rate.ravel(),
            "ethnic_minority_households": em_households.ravel(),
            "ethnic_minority_poor_households": em_poor.ravel(),
            "ethnic_minority_poor_rate": em_rate.ravel(),
            "households_leaving_poverty": leaving.ravel(),
            "is_poor_commune": np.repeat(poor_mask, ny),
            "yearly_rate": np.repeat(yearly[:, 0], ny),
        }
    )

    sums = {
        "households": households.sum(axis=0),
        "poor_households": poor.sum(axis=0),
        "near_poor_households": near.sum(axis=0),
        "ethnic_minority_households": em_households.sum(axis=0),
        "ethnic_minority_poor_households": em_poor.sum(axis=0),
        "households_leaving_poverty": leaving.sum(axis=0),
    }
    district = pd.DataFrame(
        {
            "year": years,
            "households": sums["households"],
            "poor_households": sums["poor_households"],
            "poor_rate": _rate(sums["poor_households"], sums["households"]),
            "near_poor_households": sums["near_poor_households"],
            "near_poor_rate": _rate(sums["near_poor_households"], sums["households"]),
            "ethnic_minority_households": sums["ethnic_minority_households"],
            "ethnic_minority_poor_households": sums["ethnic_minority_poor_households"],
            "ethnic_minority_poor_rate": _rate(
                sums["ethnic_minority_poor_households"], sums["ethnic_minority_households"]
            ),
            "households_leaving_poverty": sums["households_leaving_poverty"],
        }
    )

    status = _status(
        a["code"], poor_mask, poor_rate, near_rate, em_rate, district, params, horizon - year0
    )
    return ScenarioResult(params, year0, horizon, communes, district, status)


def _status(codes, poor_mask, poor_rate, near_rate, em_rate, district, params, years):
    """Target status at the horizon, communes then the district (see module docstring).
    Built in one go from stacked arrays (one row per commune and target, then the district);
    ``scope``, ``code`` and ``target`` are categoricals (compare them with plain strings)."""
    plan = params.targets()
    n = len(codes)
    ones = np.ones(n)
    starts = [poor_rate[:, 0], near_rate[:, 0], em_rate[:, 0]]
    ends = [poor_rate[:, -1], near_rate[:, -1], em_rate[:, -1]]
    rates = [
        np.where(poor_mask, plan.poor_commune_rate, plan.other_communes_rate),
        ones * plan.near_poor_rate,
        ones * plan.ethnic_minority_rate,
    ]
    d = {k: district[k].to_numpy() for k in ("poor_rate", "near_poor_rate")}
    d["em"] = district["ethnic_minority_poor_rate"].to_numpy()
    start = np.concatenate([*starts, d["poor_rate"][:1], d["near_poor_rate"][:1], d["em"][:1]])
    end = np.concatenate([*ends, d["poor_rate"][-1:], d["near_poor_rate"][-1:], d["em"][-1:]])
    target_rate = np.concatenate(
        [
            *rates,
            np.array([plan.other_communes_rate, plan.near_poor_rate, plan.ethnic_minority_rate]),
        ]
    )
    target_end = rate_path(start, target_rate, years, params.reading)
    gap = end - target_end
    k = len(TARGETS)
    code_index = np.concatenate([np.tile(np.arange(n), k), np.full(k, n)])
    target_index = np.concatenate([np.repeat(np.arange(k), n), np.arange(k)])
    scope_index = np.concatenate([np.zeros(k * n, dtype=int), np.ones(k, dtype=int)])
    return pd.DataFrame(
        {
            "scope": pd.Categorical.from_codes(scope_index, categories=["commune", "district"]),
            "code": pd.Categorical.from_codes(
                code_index, categories=pd.Index([*list(codes), DISTRICT], dtype=object)
            ),
            "target": pd.Categorical.from_codes(target_index, categories=list(TARGETS)),
            "target_yearly_rate": target_rate,
            "rate_start": start,
            "rate_end": end,
            "target_rate_end": target_end,
            "achieved_yearly_fall": average_yearly_fall(start, end, years, params.reading),
            "gap_pp": gap,
            "met": gap <= TOLERANCE,
        }
    )
