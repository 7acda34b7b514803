"""Whole numbers that add up: largest-remainder rounding (Hamilton's method).

``largest_remainder(values, total)`` shares the whole number ``total`` in proportion to
``values``: each part is its exact quota rounded down, and the units still missing go one
each to the parts with the largest remainders. The parts always sum to ``total`` exactly, and
each is its quota rounded down or up, so a quota that is already a whole number stays as it is.

Ties in the remainder go to the part that comes first in the order given (a stable rule, the
same on every machine). Remainders are compared with a tolerance (:data:`TIE`) far above float
noise and far below any real difference, so that two quotas that are equal on paper but
differ in the last bits of a float count as a tie.
"""

from __future__ import annotations

import numpy as np

# Float noise, not money: a quota within SNAP (relative to its size, at least 1) of a whole
# number is that whole number; remainders closer than TIE, or than TIE_RELATIVE times the
# largest quota, are equal.
SNAP = 1e-12
TIE = 1e-9
TIE_RELATIVE = 1e-12


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
    quotas = v / v.sum() * total
    nearest = np.rint(quotas)
    near = np.abs(quotas - nearest) <= SNAP * np.maximum(1.0, quotas)
    quotas = np.where(near, nearest, quotas)
    parts = np.floor(quotas).astype(np.int64)
    missing = total - int(parts.sum())
    if missing > 0:
        step = max(TIE, TIE_RELATIVE * float(quotas.max()))
        remainders = np.floor((quotas - parts) / step + 0.5)
        # stable sort on the negated remainder: the largest first, ties in the order given
        order = np.argsort(-remainders, kind="stable")
        parts[order[:missing]] += 1
    return parts
