"""Rounding that keeps totals: whole numbers for a table whose rows must still add up.

Largest-remainder (Hamilton) rounding: every value goes down to its floor, and the units still
missing from the total go, one each, to the values with the largest fractional remainders.
Each result is therefore its value's floor or one more, and the results add up exactly to the
total. Used wherever a table of counts is shown or exported with its total (the scenario
export; allocations among communes).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd


def largest_remainder(values, total: int | None = None) -> np.ndarray:
    """Whole numbers, one per value, that add up to ``total``.

    ``total`` defaults to the sum of ``values`` rounded to the nearest whole number (half up),
    which is what a total row shows. Ties between equal remainders go to the earlier value.
    Raises ValueError for a value that is not finite, or a ``total`` that cannot be reached
    with each value at its floor or one above (below the sum of the floors, or more than
    one unit per value above it).

    >>> largest_remainder([1.5, 1.5, 1.0]).tolist()   # 4 in all: one half-unit wins
    [2, 1, 1]
    """
    array = np.asarray(values, dtype=float).ravel()
    if not np.isfinite(array).all():
        raise ValueError("largest_remainder: every value must be a finite number")
    floors = np.floor(array)
    if total is None:
        total = math.floor(float(array.sum()) + 0.5)
    missing = int(total) - int(floors.sum())
    if not 0 <= missing <= len(array):
        raise ValueError(
            f"largest_remainder: a total of {total} cannot be reached from values adding up "
            f"to {array.sum():g}"
        )
    remainders = array - floors
    # A stable sort on the negated remainders: the largest first, ties in input order.
    winners = np.argsort(-remainders, kind="stable")[:missing]
    out = floors.astype(np.int64)
    out[winners] += 1
    return out


def largest_remainder_within(values: pd.Series, groups: pd.Series) -> pd.Series:
    """:func:`largest_remainder` separately within each group (say each year of a
    projection: the communes of a year add up to that year's rounded total), aligned on
    ``values``'s index."""
    out = pd.Series(0, index=values.index, dtype="int64")
    for _, part in values.groupby(groups.to_numpy(), sort=False):
        out.loc[part.index] = largest_remainder(part.to_numpy())
    return out
