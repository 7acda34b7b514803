"""Allocation by criteria: divide a project's funds among the communes by the points method.

The method of the programme's allocation rules (Quyết định 02/2022/QĐ-TTg for the centre's
funds; Lào Cai's People's Council rule of 19/4/2022 for the province's): each commune's points
are the sum of its criteria values times their coefficients, plus fixed points by unit type
where the rule has them; money per point is the funds divided by all points; each commune gets
its points times the money per point. The coefficients of those rules could not be read in any
source we have, so none is built in: :data:`NEUTRAL` (one point per poor household, nothing
else) is a neutral default, not a legal one, and every page says so.

Optional floors and caps per commune: a commune whose share falls outside its bounds is fixed
at the bound it crosses and the rest of the funds is re-spread among the others, in proportion
to their points, until no free commune crosses a bound. When both kinds are crossed at once,
the side with the larger total crossing is fixed first (if the money above the caps is at
least the money missing below the floors, money per point can only rise from here, so every
commune above its cap stays above it; otherwise it can only fall, and every commune below its
floor stays below it). The result is the one where every free commune gets exactly its points
times one money per point and every bound commune gets its bound.

Amounts are whole million VND by largest remainder (:mod:`gnbv.rounding`), so they sum to
the funds exactly; ties in the remainder go to the commune that comes first in the order
given (the pages give them in GSO code order). Floors and caps are whole numbers, and every
whole amount is within its commune's floor and cap, whatever the funds accepted (up to
:data:`MAX_FUNDS`).

Exact where it matters: the shares are computed in floats, but a commune whose float share
is too close to a bound for floats to say which side it is on is settled in exact integer
arithmetic (every float is a whole number times a power of two), and the whole amounts are
checked against the bounds and the funds in integers, a unit moved where rounding crossed a
bound. No tolerance decides a bound.

The spreading of the funds between floors and caps, exact at the bounds, is
:mod:`gnbv.allocation_spread`. Pure numpy / pandas; nothing here imports streamlit.
"""

from __future__ import annotations

import functools
from dataclasses import astuple, dataclass, field, fields

import numpy as np
import pandas as pd

from gnbv.allocation_spread import MAX_FUNDS as MAX_FUNDS  # the callers' names, kept here
from gnbv.allocation_spread import AllocationError as AllocationError
from gnbv.allocation_spread import Spread as Spread
from gnbv.allocation_spread import _bounds, allocate_amounts
from gnbv.allocation_spread import spread as spread
from gnbv.i18n import TextKeys

# The criteria per commune, in the order the pages show them.
CRITERIA: tuple[str, ...] = (
    "households",
    "poor_households",
    "near_poor_households",
    "ethnic_minority_poor_households",
    "population",
    "zone_iii",  # 1 for a Zone III commune (khu vực III, QĐ 861/QĐ-TTg), 0 otherwise
    "difficult_villages",  # especially difficult villages (thôn ĐBKK, QĐ 612/QĐ-UBDT)
)
FLAG_CRITERIA = ("zone_iii",)
# Fixed points per commune by unit type (data/communes.csv ``unit_type``).
UNIT_TYPES = ("xa", "thi_tran")
BOUND_FLOOR, BOUND_CAP, BOUND_NONE = "floor", "cap", ""


@dataclass(frozen=True)
class Coefficients:
    """Points per unit of each criterion, and fixed points per commune by unit type.

    The defaults are :data:`NEUTRAL`: one point per poor household and nothing else."""

    households: float = 0.0
    poor_households: float = 1.0
    near_poor_households: float = 0.0
    ethnic_minority_poor_households: float = 0.0
    population: float = 0.0
    zone_iii: float = 0.0
    difficult_villages: float = 0.0
    per_xa: float = 0.0
    per_thi_tran: float = 0.0

    @property
    def is_neutral(self) -> bool:
        return self == NEUTRAL

    def criteria_vector(self) -> np.ndarray:
        return np.array([getattr(self, c) for c in CRITERIA], dtype=float)

    def fixed(self, unit_type: str) -> float:
        return float(getattr(self, f"per_{unit_type}", 0.0))


NEUTRAL = Coefficients()
COEFFICIENT_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Coefficients))
# Units of the coefficients (their text: UNIT_TEXT_KEYS).
UNITS = {
    "households": "household",
    "poor_households": "household",
    "near_poor_households": "household",
    "ethnic_minority_poor_households": "household",
    "population": "person",
    "zone_iii": "commune",
    "difficult_villages": "village",
    "per_xa": "commune",
    "per_thi_tran": "commune",
}


# The funds: a project and capital type of the plan ("DA2.recurrent"), or an amount typed in.
CAPITAL_TYPES = ("total", "investment", "recurrent")
CUSTOM = "custom"
DEFAULT_SOURCE = "DA2.recurrent"  # Dự án 2, livelihoods: recurrent funds spent by communes
DEFAULT_AMOUNT = 1000  # million VND, the typed-in amount until one is typed

# The text of each coefficient, of its help, of each unit, bound, capital type and error code.
COEFFICIENT_TEXT_KEYS: TextKeys = {
    "households": "alc_k_households",
    "poor_households": "alc_k_poor_households",
    "near_poor_households": "alc_k_near_poor_households",
    "ethnic_minority_poor_households": "alc_k_ethnic_minority_poor_households",
    "population": "alc_k_population",
    "zone_iii": "alc_k_zone_iii",
    "difficult_villages": "alc_k_difficult_villages",
    "per_xa": "alc_k_per_xa",
    "per_thi_tran": "alc_k_per_thi_tran",
}
COEFFICIENT_HELP_TEXT_KEYS: TextKeys = {
    "households": "alc_k_households_help",
    "poor_households": "alc_k_poor_households_help",
    "near_poor_households": "alc_k_near_poor_households_help",
    "ethnic_minority_poor_households": "alc_k_ethnic_minority_poor_households_help",
    "population": "alc_k_population_help",
    "zone_iii": "alc_k_zone_iii_help",
    "difficult_villages": "alc_k_difficult_villages_help",
    "per_xa": "alc_k_per_xa_help",
    "per_thi_tran": "alc_k_per_thi_tran_help",
}
UNIT_TEXT_KEYS: TextKeys = {
    "household": "alc_unit_household",
    "person": "alc_unit_person",
    "commune": "alc_unit_commune",
    "village": "alc_unit_village",
}
BOUND_TEXT_KEYS: TextKeys = {
    "floor": "alc_bound_floor",
    "cap": "alc_bound_cap",
}
CAPITAL_TEXT_KEYS: TextKeys = {
    "total": "alc_capital_total",
    "investment": "alc_capital_investment",
    "recurrent": "alc_capital_recurrent",
}
ERROR_TEXT_KEYS: TextKeys = {
    "missing": "alc_err_missing",
    "negative": "alc_err_negative",
    "coefficient": "alc_err_coefficient",
    "floor_above_cap": "alc_err_floor_above_cap",
    "floors_exceed": "alc_err_floors_exceed",
    "caps_short": "alc_err_caps_short",
    "no_points": "alc_err_no_points",
    "bound_value": "alc_err_bound_value",
    "bounds": "alc_err_bounds",
    "points": "alc_err_points",
    "funds": "alc_err_funds",
}
# The allocation's parameters (as named in a notice about the URL).
PARAMETER_TEXT_KEYS: TextKeys = {
    "source": "alc_k_source",
    "amount": "alc_k_amount",
    "floor": "alc_k_floor",
    "cap": "alc_k_cap",
    **COEFFICIENT_TEXT_KEYS,
}


@dataclass(frozen=True)
class AllocationParams:
    """What the allocation page's controls hold (and the URL carries): the funds, a uniform
    floor and cap per commune in million VND (0 and None: none), and the coefficients."""

    source: str = DEFAULT_SOURCE
    amount: int = DEFAULT_AMOUNT
    floor: int = 0
    cap: int | None = None
    coefficients: Coefficients = field(default_factory=Coefficients)


# --- the criteria table ------------------------------------------------------------------


def criteria_table(communes: pd.DataFrame, baseline: pd.DataFrame) -> pd.DataFrame:
    """One row per commune of ``communes`` (in GSO code order): ``code``, ``name``,
    ``unit_type`` and the :data:`CRITERIA`, from the data in use.

    Household counts come from ``baseline`` (the commune poverty figures in use, latest year);
    population from ``communes.population_2009`` (the 2009 census); Zone III membership and
    especially difficult villages are empty (NaN): no source we have gives them per commune.
    """
    base = baseline.copy()
    base["code"] = base["code"].astype(str)
    if "year" in base and base["year"].notna().any():
        base = base.sort_values("year").groupby("code", as_index=False).last()
    counts = [c for c in CRITERIA[:4] if c in base.columns]
    out = communes[["code", "name", "unit_type"]].copy()
    out["code"] = out["code"].astype(str)
    out = out.merge(base[["code", *counts]], on="code", how="left")
    population = pd.to_numeric(communes["population_2009"], errors="coerce")
    out["population"] = out["code"].map(dict(zip(communes["code"].astype(str), population)))
    for column in CRITERIA:
        out[column] = pd.to_numeric(out.get(column), errors="coerce").astype(float)
    return out.sort_values("code", kind="stable").reset_index(drop=True)


def with_values(criteria: pd.DataFrame, supplied: pd.DataFrame) -> pd.DataFrame:
    """``criteria`` with the values of ``supplied`` (``code`` and some :data:`CRITERIA`, e.g.
    from a planner's workbook) in place of its own, commune by commune; a NaN in ``supplied``
    leaves the value in use as it was."""
    out = criteria.set_index("code")
    new = supplied.set_index(supplied["code"].astype(str))
    for column in (c for c in CRITERIA if c in new.columns):
        values = pd.to_numeric(new[column], errors="coerce").reindex(out.index)
        out[column] = values.where(values.notna(), out[column]).astype(float)
    return out.reset_index()


@dataclass(frozen=True)
class SuppliedCriteria:
    """A planner's criteria workbook, validated: ``frame`` has ``code``, the criteria it gives
    (NaN where a cell was left empty) and optionally ``floor_mvnd`` / ``cap_mvnd``;
    ``source`` names the file and when it was loaded."""

    frame: pd.DataFrame
    source: str

    @property
    def criteria(self) -> tuple[str, ...]:
        return tuple(c for c in CRITERIA if c in self.frame and self.frame[c].notna().any())


# --- points -------------------------------------------------------------------------------


def _check_coefficients(coefficients: Coefficients) -> None:
    for name, value in zip(COEFFICIENT_KEYS, astuple(coefficients)):
        if not np.isfinite(value) or value < 0:
            raise AllocationError(
                "coefficient", f"coefficient {name} is {value}", criterion=name, value=value
            )


def points(criteria: pd.DataFrame, coefficients: Coefficients) -> np.ndarray:
    """Each commune's points: Σ criterion × coefficient + the fixed points of its unit type.

    A criterion with a coefficient other than 0 must have a value for every commune
    (``AllocationError`` ``missing`` names it and the communes without one); criteria
    values must be finite and ≥ 0 (``negative``)."""
    _check_coefficients(coefficients)
    values = criteria[list(CRITERIA)].to_numpy(dtype=float)
    weights = coefficients.criteria_vector()
    used = weights != 0
    missing = np.isnan(values[:, used])
    if missing.any():
        j, rows = _first_column(missing)
        name = np.array(CRITERIA)[used][j]
        raise AllocationError(
            "missing",
            f"criterion {name} has no value for {len(rows)} communes",
            criterion=name,
            communes=_names(criteria, rows),
            count=len(rows),
        )
    bad = ~np.isnan(values) & ((values < 0) | ~np.isfinite(values))
    if bad.any():
        j, rows = _first_column(bad)
        raise AllocationError(
            "negative",
            f"criterion {CRITERIA[j]} is negative or infinite",
            criterion=CRITERIA[j],
            communes=_names(criteria, rows),
            count=len(rows),
        )
    total = np.nan_to_num(values[:, used]) @ weights[used]
    unit = criteria["unit_type"].astype(str).to_numpy()
    for unit_type in UNIT_TYPES:
        total = total + np.where(unit == unit_type, coefficients.fixed(unit_type), 0.0)
    return total


def _first_column(mask: np.ndarray) -> tuple[int, np.ndarray]:
    j = int(np.argmax(mask.any(axis=0)))
    return j, np.flatnonzero(mask[:, j])


def _names(criteria: pd.DataFrame, rows, shown: int = 5) -> str:
    column = "name" if "name" in criteria else "code"
    names = [str(v) for v in criteria[column].to_numpy()[rows]]
    return ", ".join(names[:shown]) + (", …" if len(names) > shown else "")


# --- the allocation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Allocation:
    """The result for the pages and the export. ``table`` has one row per commune:
    code, name, unit_type, the criteria, points, points_share_pct, amount_exact, amount_mvnd,
    share_pct, floor_mvnd, cap_mvnd, bound ("floor", "cap" or ""), poor_share_pct and
    funds_per_poor_household (million VND; NaN without poor households)."""

    table: pd.DataFrame
    funds: int
    coefficients: Coefficients
    total_points: float
    money_per_point: float  # funds / all points (before any bound)
    money_per_point_free: float  # after the bounds: what each free commune gets per point
    iterations: int

    @functools.cached_property
    def bound_count(self) -> int:
        """How many communes are at their floor or cap (counted once: the page asks on every
        run, and a result is shared by the sessions that ask for it)."""
        return int((self.table["bound"] != BOUND_NONE).sum())


def allocate(
    criteria: pd.DataFrame,
    coefficients: Coefficients,
    funds: int,
    floors=None,
    caps=None,
) -> Allocation:
    """Divide ``funds`` (whole million VND) among the communes of ``criteria`` (from
    :func:`criteria_table`) by ``coefficients``, each within its floor and cap (arrays in the
    order of ``criteria``, or None). ``AllocationError`` for input it cannot use."""
    pts = points(criteria, coefficients)
    labels = criteria["name"].to_numpy() if "name" in criteria else None
    amounts, result = allocate_amounts(pts, funds, floors, caps, labels)
    f, c = _bounds(len(pts), floors, caps)
    total_points = float(pts.sum())
    table = criteria.copy()
    table["points"] = pts
    table["points_share_pct"] = pts / total_points * 100 if total_points > 0 else 0.0
    table["amount_exact"] = result.amounts
    table["amount_mvnd"] = amounts
    table["share_pct"] = amounts / funds * 100 if funds else 0.0
    table["floor_mvnd"] = f
    table["cap_mvnd"] = np.where(np.isfinite(c), c, np.nan)
    table["bound"] = np.select(
        [result.bound < 0, result.bound > 0], [BOUND_FLOOR, BOUND_CAP], BOUND_NONE
    )
    poor = table["poor_households"].to_numpy(dtype=float)
    poor_total = np.nansum(poor)
    table["poor_share_pct"] = poor / poor_total * 100 if poor_total > 0 else np.nan
    with np.errstate(divide="ignore", invalid="ignore"):
        table["funds_per_poor_household"] = np.where(poor > 0, amounts / poor, np.nan)
    return Allocation(
        table=table,
        funds=int(funds),
        coefficients=coefficients,
        total_points=total_points,
        money_per_point=funds / total_points if total_points > 0 else float("nan"),
        money_per_point_free=result.money_per_point,
        iterations=result.iterations,
    )


def compare(first: Allocation, second: Allocation) -> pd.DataFrame:
    """Commune by commune, what ``second`` gives against ``first``: code, name,
    amount_first, amount_second, change_mvnd (second − first) and change_pct (of the first;
    NaN where the first is 0), the largest gain first."""
    a = first.table.set_index("code")
    b = second.table.set_index("code").reindex(a.index)
    out = pd.DataFrame(
        {
            "code": a.index,
            "name": a["name"].to_numpy(),
            "amount_first": a["amount_mvnd"].to_numpy(),
            "amount_second": b["amount_mvnd"].to_numpy(),
        }
    )
    out["change_mvnd"] = out["amount_second"] - out["amount_first"]
    first_amount = out["amount_first"].astype(float)
    out["change_pct"] = (out["change_mvnd"] / first_amount.where(first_amount > 0)) * 100
    return out.sort_values(["change_mvnd", "code"], ascending=[False, True]).reset_index(drop=True)


# --- the funds ----------------------------------------------------------------------------------


def funds_sources(projects: pd.DataFrame) -> pd.DataFrame:
    """The funds a page can allocate, one row per choice: ``source`` ("DA1.total"),
    ``project_id``, ``number``, ``capital`` (total / investment / recurrent) and
    ``amount_mvnd`` (NaN for a project the centre has not allocated, which has one row).

    A project with both capital types gives its total and each type; a project with one
    gives only that type (its total is the same money)."""
    rows = []
    ordered = projects.sort_values("number", kind="stable")
    for _, project in ordered.iterrows():
        pid = str(project["project_id"])
        base = {"project_id": pid, "number": int(project["number"])}
        if project["allocation_status"] != "allocated":
            rows.append({**base, "source": f"{pid}.total", "capital": "total", "amount_mvnd": None})
            continue
        amounts = {c: project[f"{c}_mvnd"] for c in CAPITAL_TYPES}
        split = [c for c in ("investment", "recurrent") if amounts[c] and amounts[c] > 0]
        for capital in ["total", *split] if len(split) != 1 else split:
            rows.append(
                {
                    **base,
                    "source": f"{pid}.{capital}",
                    "capital": capital,
                    "amount_mvnd": amounts[capital],
                }
            )
    frame = pd.DataFrame(rows, columns=["source", "project_id", "number", "capital", "amount_mvnd"])
    frame["amount_mvnd"] = pd.to_numeric(frame["amount_mvnd"], errors="coerce").astype(float)
    return frame.reset_index(drop=True)
