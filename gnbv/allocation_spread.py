"""Spreading an allocation's funds over the communes' points between their floors and caps
(:mod:`gnbv.allocation` says the method): each free commune gets its points times one money per
point, a commune crossing a bound is fixed at it and the rest re-spread, and the whole amounts
(largest remainder) sum to the funds exactly and stay within every bound, whatever the funds
accepted (up to :data:`MAX_FUNDS`): a share too close to a bound for floats to place is settled
in exact integer arithmetic, and no tolerance decides a bound."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gnbv.rounding import largest_remainder

# The largest funds accepted (million VND; the state budget of a year is about 2·10**9): every whole
# amount, floor and cap up to it is exact as a float (2**53 ≈ 9.007e15).
MAX_FUNDS = 10**15
# A float share within NEAR (relative to the bound, at least 1) of a floor or cap is too close
# for floats to place: it is settled in exact arithmetic (floats err by n × 2.2e-16).
NEAR = 1e-9


class AllocationError(ValueError):
    """Input the allocation cannot use. ``code`` names the problem (the pages translate
    ``alloc_err_<code>`` with ``values``); the message is the English text for logs."""

    def __init__(self, code: str, message: str, **values: object):
        self.code = code
        self.values = values
        super().__init__(message)


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
