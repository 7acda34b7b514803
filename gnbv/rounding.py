"""Whole numbers that add up: largest-remainder rounding (Hamilton's method).

Two uses, one rule:

* ``largest_remainder(values, total)`` shares the whole number ``total`` in proportion to
  ``values`` (an allocation among communes): each part is its exact quota rounded down, and
  the units still missing go one each to the parts with the largest remainders.
* ``round_keeping_total(values)`` rounds numbers that already add up to something (the
  households of each commune, whose sum is the district's) to whole numbers that still add up
  to that sum rounded: each value goes down to its floor, and the missing units go to the
  largest remainders. Negative values are allowed (a fall can be negative).

Either way the parts sum exactly to the total, and each is its quota (or value) rounded down
or up, so a whole number stays as it is. Ties in the remainder go to the part that comes
first in the order given (a stable rule, the same on every machine). Remainders are compared
with a tolerance (:data:`TIE`) far above float noise and far below any real difference, so
that two quotas that are equal on paper but differ in the last bits of a float count as a tie.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

# Float noise, not money: a quota within SNAP (relative to its size, at least 1; at most
# SNAP_MAX) of a whole number is that whole number; remainders closer than TIE, or than
# TIE_RELATIVE times the largest quota, are equal. (Without SNAP_MAX a quota of 10**12 would
# snap from a third of a unit away, and the unit missing go to the wrong part.)
SNAP = 1e-12
SNAP_MAX = 1e-6
TIE = 1e-9
TIE_RELATIVE = 1e-12


def _distribute(quotas: np.ndarray, total: int) -> np.ndarray:
    """``quotas`` rounded down, plus one for the largest remainders until the sum is
    ``total`` (which must lie between the sum of the floors and that sum plus one per
    quota)."""
    nearest = np.rint(quotas)
    near = np.abs(quotas - nearest) <= np.minimum(SNAP * np.maximum(1.0, np.abs(quotas)), SNAP_MAX)
    quotas = np.where(near, nearest, quotas)
    parts = np.floor(quotas).astype(np.int64)
    missing = total - int(parts.sum())
    if not 0 <= missing <= parts.size:
        raise ValueError(f"a total of {total} cannot be reached from these values")
    if missing > 0:
        step = max(TIE, TIE_RELATIVE * float(np.abs(quotas).max()))
        remainders = np.floor((quotas - parts) / step + 0.5)
        # stable sort on the negated remainder: the largest first, ties in the order given
        order = np.argsort(-remainders, kind="stable")
        parts[order[:missing]] += 1
    return parts


def largest_remainder(values, total: int) -> np.ndarray:
    """Whole parts of ``total`` in proportion to ``values`` (non-negative, finite), summing
    exactly to ``total``; see the module docstring for the rule and the ties.

    ``ValueError`` for a negative or non-finite value, a negative or fractional ``total``,
    or a positive ``total`` to share among values that are all zero.
    """
    v = np.asarray(values, dtype=float).reshape(-1)
    if v.size and (not np.all(np.isfinite(v)) or np.any(v < 0)):
        raise ValueError("values must be finite and non-negative")
    if not np.isfinite(total) or total < 0 or total != int(total):
        raise ValueError(f"total must be a whole number ≥ 0, not {total}")
    total = int(total)
    largest = float(v.max()) if v.size else 0.0
    if largest == 0:
        if total:
            raise ValueError("cannot share a positive total among values that are all zero")
        return np.zeros(v.size, dtype=np.int64)
    v = v / largest  # in (0, 1]: no overflow in the sum, no underflow in the quotas
    return _distribute(v / v.sum() * total, total)


def round_keeping_total(values, total: int | None = None) -> np.ndarray:
    """Whole numbers, one per value, each its value's floor or one more, that add up to
    ``total``: by default the sum of ``values`` rounded to the nearest whole number (half
    up), which is what a total row shows.

    ``ValueError`` for a value that is not finite, or a ``total`` that cannot be reached
    (below the sum of the floors, or more than one unit per value above it).

    >>> round_keeping_total([10.4, 20.35, 30.25]).tolist()  # 61 in all
    [11, 20, 30]
    """
    v = np.asarray(values, dtype=float).reshape(-1)
    if not np.isfinite(v).all():
        raise ValueError("round_keeping_total: every value must be a finite number")
    if total is None:
        total = math.floor(float(v.sum()) + 0.5)
    return _distribute(v, int(total))


def round_keeping_total_within(values: pd.Series, groups: pd.Series) -> pd.Series:
    """:func:`round_keeping_total` separately within each group (say each year of a
    projection: the communes of a year add up to that year's rounded total), aligned on
    ``values``'s index."""
    out = pd.Series(0, index=values.index, dtype="int64")
    for _, part in values.groupby(groups.to_numpy(), sort=False):
        out.loc[part.index] = round_keeping_total(part.to_numpy())
    return out
