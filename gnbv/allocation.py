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

Pure numpy / pandas; nothing here imports streamlit.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass, field, fields

import numpy as np
import pandas as pd

from gnbv.i18n import TextKeys
from gnbv.rounding import largest_remainder

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
# The largest funds accepted (million VND; the state budget of a year is about 2·10**9): every whole
# amount, floor and cap up to it is exact as a float (2**53 ≈ 9.007e15).
MAX_FUNDS = 10**15
# A float share within NEAR (relative to the bound, at least 1) of a floor or cap is too close
# for floats to place: it is settled in exact arithmetic (floats err by n × 2.2e-16).
NEAR = 1e-9


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


class AllocationError(ValueError):
    """Input the allocation cannot use. ``code`` names the problem (the pages translate
    ``alloc_err_<code>`` with ``values``); the message is the English text for logs."""

    def __init__(self, code: str, message: str, **values: object):
        self.code = code
        self.values = values
        super().__init__(message)


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


# --- spreading the funds ---------------------------------------------------------------------


@dataclass(frozen=True)
class Spread:
    """The exact (unrounded) amounts, which bound each commune is held at (-1 floor, +1 cap,
    0 free), the money per point of the free communes, and how many re-spreads it took."""

    amounts: np.ndarray
    bound: np.ndarray
    money_per_point: float
    iterations: int


def _bounds(n: int, floors, caps) -> tuple[np.ndarray, np.ndarray]:
    f = np.zeros(n) if floors is None else np.asarray(floors, dtype=float).reshape(-1)
    c = np.full(n, np.inf) if caps is None else np.asarray(caps, dtype=float).reshape(-1)
    f = np.where(np.isnan(f), 0.0, f)
    c = np.where(np.isnan(c), np.inf, c)
    if f.shape != (n,) or c.shape != (n,):
        raise AllocationError("bounds", "floors and caps need one value per commune")
    for name, v in (("floor", f), ("cap", c[np.isfinite(c)])):
        if np.any(v < 0) or np.any(v != np.floor(v)) or not np.all(np.isfinite(v)):
            raise AllocationError("bound_value", f"a {name} is not a whole number ≥ 0", kind=name)
    return f, c


def _check_feasible(p, funds, f, c, labels=None) -> None:
    above = np.flatnonzero(f > c)
    if above.size:
        shown = [str(labels[i]) for i in above[:5]] if labels is not None else []
        raise AllocationError(
            "floor_above_cap",
            f"{above.size} floor(s) above the cap",
            communes=", ".join(shown) + (", …" if above.size > 5 else ""),
            count=int(above.size),
        )
    # Sums in integers (exact): every floor is at most the funds here, every cap is taken at
    # most the funds (a larger cap cannot bind).
    floors_total = _whole_sum(f) if not np.any(f > funds) else funds + 1
    if floors_total > funds:
        raise AllocationError(
            "floors_exceed",
            f"the floors add up to {f.sum():g}, more than the funds {funds}",
            floors=f.sum(),
            funds=funds,
        )
    # A commune without points takes its floor and nothing more.
    room = _whole_sum(np.where(p > 0, np.minimum(c, funds), f))
    if room < funds:
        code = "no_points" if not np.any(p > 0) else "caps_short"
        raise AllocationError(
            code,
            f"the caps (and floors of communes without points) add up to {room:g}, "
            f"less than the funds {funds}",
            caps=room,
            funds=funds,
        )


def _whole_sum(values: np.ndarray) -> int:
    """The exact sum of whole numbers ≥ 0 held as floats (each at most :data:`MAX_FUNDS`):
    in floats when the total is below 2**53 (then so is every partial sum, and each is
    exact), else in Python integers."""
    total = float(values.sum())
    return int(total) if total < 2.0**53 else sum(values.astype(np.int64).tolist())


def _whole_points(p: np.ndarray) -> list[int]:
    """The points as whole numbers on one common scale: each float is exactly a 53-bit whole
    number times a power of two, so ratios of these are the exact ratios of the points."""
    mantissa, exponent = np.frexp(p)
    whole = (mantissa * 2.0**53).astype(np.int64).tolist()
    shifts = (exponent.astype(np.int64) - 53).tolist()
    low = min((s for s, m in zip(shifts, whole) if m), default=0)
    return [m << (s - low) if m else 0 for m, s in zip(whole, shifts)]


def _free_total(p, free, whole_points: list[int]) -> int:
    """Σ P over the free communes (``whole_points`` is filled on first use)."""
    if not whole_points:
        whole_points.extend(_whole_points(p))
    return sum(whole_points[i] for i in np.flatnonzero(free).tolist())


def _margins(f: np.ndarray, c: np.ndarray) -> tuple[np.ndarray | None, np.ndarray | None]:
    """How close to its cap and to its floor a float share must be to be settled exactly
    (:data:`NEAR`), or None for a side no commune has (a floor of 0 holds every share)."""
    capped, floored = np.isfinite(c), f > 0
    cap = np.where(capped, NEAR * np.maximum(1.0, np.where(capped, c, 0.0)), -1.0)
    floor = np.where(floored, NEAR * np.maximum(1.0, f), -1.0)
    return (cap if capped.any() else None), (floor if floored.any() else None)


def _settle_exactly(p, free, rest: int, f, c, x, over, under, margins, whole_points) -> None:
    """Where a free commune's float share ``x`` is within :data:`NEAR` of its floor or cap,
    say in exact integers whether it is over the cap or under the floor (its share is
    rest × P_i / Σ P_free, P the :func:`_whole_points`); ``over`` and ``under`` are corrected
    in place."""
    cap_margin, floor_margin = margins
    near = np.zeros_like(free)
    if cap_margin is not None:
        near |= np.abs(x - c) <= cap_margin
    if floor_margin is not None:
        near |= np.abs(x - f) <= floor_margin
    near &= free
    if not near.any():
        return
    total = _free_total(p, free, whole_points)
    for i in np.flatnonzero(near).tolist():
        share = rest * whole_points[i]  # the exact share is share / total
        over[i] = share > int(c[i]) * total
        under[i] = share < int(f[i]) * total


def _side_to_fix(p, free, rest: int, f, c, x, over, under, whole_points) -> bool:
    """True to fix the communes over their caps first, False those under their floors: the
    side with the larger total crossing (ties: the caps). Exact when floats cannot tell."""
    if not under.any():
        return True
    if not over.any():
        return False
    above, below = (x - c)[over].sum(), (f - x)[under].sum()
    if abs(above - below) > NEAR * max(1.0, above, below):
        return bool(above >= below)
    total, P = _free_total(p, free, whole_points), whole_points
    above_exact = sum(rest * P[i] - int(c[i]) * total for i in np.flatnonzero(over).tolist())
    below_exact = sum(int(f[i]) * total - rest * P[i] for i in np.flatnonzero(under).tolist())
    return above_exact >= below_exact


def spread(points_, funds: int, floors=None, caps=None, labels=None) -> Spread:
    """Share ``funds`` in proportion to ``points_``, each commune held within its floor and
    cap (whole numbers; ``None`` or NaN: no floor / no cap), re-spreading what the bounds free
    or take among the communes still free. ``AllocationError`` when the bounds cannot be met
    (``labels``, the communes' names, go into its message). Vectorised; at most one re-spread
    per commune; a commune too close to a bound for floats is settled exactly (see the
    module docstring)."""
    p = np.asarray(points_, dtype=float).reshape(-1)
    n = p.size
    if np.any(~np.isfinite(p)) or np.any(p < 0):
        raise AllocationError("points", "points must be finite and ≥ 0")
    funds = int(funds)
    f, c = _bounds(n, floors, caps)
    _check_feasible(p, funds, f, c, labels)
    margins = _margins(f, c)
    c = np.minimum(c, float(funds))  # a cap above the funds cannot bind
    bound = np.zeros(n, dtype=np.int8)
    amounts = np.zeros(n)
    fixed = 0  # the bound amounts' total, exact
    whole_points: list[int] = []  # filled when first needed
    lam = 0.0
    for iteration in range(1, n + 2):
        free = bound == 0
        rest = funds - fixed
        # Shares first, then money, on points scaled to the largest free one (in [0, 1]: no
        # overflow in the sum): points as small as 1e-308 would overflow money per point.
        # (Whole arrays with where=, not free's gather: a bound commune's share is not read.)
        largest = float(np.max(p, where=free, initial=0.0))
        lam = 0.0
        if largest > 0:
            with np.errstate(over="ignore", invalid="ignore"):
                scaled = p / largest
                weight = float(np.sum(scaled, where=free))
                x = rest * (scaled / weight)
                lam = rest / weight / largest
        else:
            x = np.zeros(n)
        over = free & (x > c)
        under = free & (x < f)
        _settle_exactly(p, free, rest, f, c, x, over, under, margins, whole_points)
        if not over.any() and not under.any():
            amounts[free] = x[free]
            return Spread(amounts, bound, float(lam), iteration)
        if _side_to_fix(p, free, rest, f, c, x, over, under, whole_points):
            bound[over], amounts[over] = 1, c[over]
            fixed += _whole_sum(c[over])
        else:
            bound[under], amounts[under] = -1, f[under]
            fixed += _whole_sum(f[under])
    raise AssertionError("unreachable: every re-spread fixes at least one commune")


def _within_bounds(whole: np.ndarray, exact: np.ndarray, funds: int, f, c, p) -> np.ndarray:
    """``whole`` (summing to ``funds``) with every amount moved inside its floor and cap, the
    units that moves added to or taken from other communes in integers, largest remainder
    first for an addition (smallest for a taking), a commune without points taking none."""
    low, high = f.astype(np.int64), np.minimum(c, float(funds)).astype(np.int64)
    if np.all(whole >= low) and np.all(whole <= high):
        return whole
    out = np.clip(whole, low, high)
    missing = funds - int(out.sum())
    remainder = exact - out
    while missing:
        step = 1 if missing > 0 else -1
        room = (out < high) & (p > 0) if step > 0 else out > low
        order = np.flatnonzero(room)
        order = order[np.argsort(-step * remainder[order], kind="stable")][: abs(missing)]
        if not order.size:
            raise AssertionError("unreachable: the bounds were checked to hold the funds")
        out[order] += step
        missing -= step * order.size
    return out


def allocate_amounts(
    points_, funds: int, floors=None, caps=None, labels=None
) -> tuple[np.ndarray, Spread]:
    """Whole amounts (million VND) summing exactly to ``funds``, each within its floor and
    cap, and the :class:`Spread` they were rounded from. ``funds`` is a whole number from 0
    to :data:`MAX_FUNDS`."""
    if not np.isfinite(funds) or funds < 0 or funds != int(funds) or funds > MAX_FUNDS:
        raise AllocationError(
            "funds", f"funds must be a whole number from 0 to {MAX_FUNDS}, not {funds}"
        )
    funds = int(funds)
    result = spread(points_, funds, floors, caps, labels)
    if funds == 0:
        return np.zeros(result.amounts.size, dtype=np.int64), result
    p = np.asarray(points_, dtype=float).reshape(-1)
    f, c = _bounds(p.size, floors, caps)
    # Bound communes keep their bound (a whole number); the rest of the funds is rounded among
    # the free communes with points, so a commune without points never takes a unit.
    whole = result.amounts.astype(np.int64)
    sharing = (result.bound == 0) & (p > 0)
    rest = funds - _whole_sum(result.amounts[~sharing])
    if sharing.any():
        whole[sharing] = largest_remainder(result.amounts[sharing], rest)
    return _within_bounds(whole, result.amounts, funds, f, c, p), result


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

    @property
    def bound_count(self) -> int:
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
