"""Largest-remainder rounding: worked by hand, and properties over random input. Two uses of
one rule: sharing a total in proportion (allocations) and rounding numbers that keep their
total (the scenario's households)."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gnbv.rounding import (
    SNAP,
    SNAP_MAX,
    largest_remainder,
    round_keeping_total,
    round_keeping_total_within,
)


def test_worked_by_hand():
    # 1000 in proportion to 135 : 80 : 55 → 500; 296,296…; 203,703… → floors 999,
    # the missing unit goes to the largest remainder (0,703…).
    assert largest_remainder([135, 80, 55], 1000).tolist() == [500, 296, 204]


def test_whole_quotas_stay_as_they_are():
    assert largest_remainder([450, 300, 250], 1000).tolist() == [450, 300, 250]
    assert largest_remainder([1.0, 2.0, 7.0], 10).tolist() == [1, 2, 7]


def test_ties_go_to_the_first_in_the_order_given():
    # 5 among four equal parts: 1,25 each; one unit missing, four equal remainders.
    assert largest_remainder([1, 1, 1, 1], 5).tolist() == [2, 1, 1, 1]
    # 7: 1,75 each; three units missing.
    assert largest_remainder([1, 1, 1, 1], 7).tolist() == [2, 2, 2, 1]
    # Equal on paper, different in the last bits of a float: still a tie.
    assert largest_remainder([0.1 + 0.2, 0.3], 1).tolist() == [1, 0]


def test_values_that_already_sum_to_the_total_are_rounded_not_rescaled():
    exact = np.array([258.5, 258.5, 1.0])
    assert largest_remainder(exact, 518).tolist() == [259, 258, 1]


def test_zero_total_and_zero_values():
    assert largest_remainder([0, 0], 0).tolist() == [0, 0]
    assert largest_remainder([3, 1], 0).tolist() == [0, 0]
    assert largest_remainder([], 0).tolist() == []


@pytest.mark.parametrize(
    ("values", "total"),
    [([1, -1], 3), ([1, float("nan")], 3), ([1, float("inf")], 3), ([1, 2], 2.5), ([1], -1)],
)
def test_bad_input_is_refused(values, total):
    with pytest.raises(ValueError):
        largest_remainder(values, total)


def test_a_positive_total_needs_a_positive_value():
    with pytest.raises(ValueError, match="all zero"):
        largest_remainder([0, 0], 4)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False),
        min_size=1,
        max_size=60,
    ),
    st.integers(min_value=0, max_value=10**9),
)
def test_parts_sum_to_the_total_and_are_the_quotas_rounded(values, total):
    if sum(values) == 0:
        values = [*values[:-1], 1.0]
    parts = largest_remainder(values, total)
    assert parts.dtype == np.int64
    assert int(parts.sum()) == total
    scaled = np.asarray(values) / max(values)
    quotas = scaled / scaled.sum() * total
    assert np.all(parts >= np.floor(quotas - 1e-6 * max(1, total)))
    assert np.all(parts <= np.ceil(quotas + 1e-6 * max(1, total)))
    assert np.all(parts >= 0)


# --- rounding numbers that keep their total ---------------------------------------


def test_three_communes_worked_by_hand():
    # 10,4 + 20,35 + 30,25 = 61 exactly. Floors 10 + 20 + 30 = 60: one unit is missing and
    # goes to the largest remainder, 0,4 (the first commune).
    assert round_keeping_total([10.4, 20.35, 30.25]).tolist() == [11, 20, 30]


def test_two_units_to_the_two_largest_remainders():
    # 2,6 + 3,7 + 4,7 = 11,0: floors 9, two units missing, to the remainders 0,7 and 0,7.
    assert round_keeping_total([2.6, 3.7, 4.7]).tolist() == [2, 4, 5]


def test_ties_go_to_the_earlier_value():
    # 1,5 + 1,5 + 1,0 = 4: one unit for two equal remainders, the first one takes it.
    assert round_keeping_total([1.5, 1.5, 1.0]).tolist() == [2, 1, 1]


def test_plain_rounding_would_miss_the_total():
    values = [0.5, 0.5, 0.5, 0.5]  # round() gives 0+0+0+0 (banker's) or 1+1+1+1 (half up)
    out = round_keeping_total(values)  # total 2
    assert out.sum() == 2 and out.tolist() == [1, 1, 0, 0]


def test_an_explicit_total():
    assert round_keeping_total([0.2, 0.2, 0.2], total=1).tolist() == [1, 0, 0]
    assert round_keeping_total([0.2, 0.2, 0.2], total=0).tolist() == [0, 0, 0]


def test_negative_values_round_within_their_floor():
    # -1,3 + 2,6 = 1,3 → total 1. Floors -2 + 2 = 0: the unit goes to -1,3 (remainder 0,7).
    assert round_keeping_total([-1.3, 2.6]).tolist() == [-1, 2]


def test_whole_numbers_are_kept_and_no_negative_zero():
    out = round_keeping_total([3.0, 0.0, -0.0, 1e-15])
    assert out.tolist() == [3, 0, 0, 0]
    assert out.dtype.kind == "i"  # integers: no "-0" can be written


def test_empty():
    assert round_keeping_total([]).tolist() == []


@pytest.mark.parametrize("bad", [[math.nan], [math.inf, 1.0]])
def test_not_finite_is_refused(bad):
    with pytest.raises(ValueError, match="finite"):
        round_keeping_total(bad)


def test_an_unreachable_total_is_refused():
    with pytest.raises(ValueError, match="cannot be reached"):
        round_keeping_total([1.5, 1.5], total=7)


FINITE = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


def snapped_floors(values) -> np.ndarray:
    """The floors the rule works from: a value within SNAP of a whole number is that number
    (-2,5e-32 is 0, not something just below 0)."""
    v = np.asarray(values, dtype=float)
    nearest = np.rint(v)
    width = np.minimum(SNAP * np.maximum(1.0, np.abs(v)), SNAP_MAX)
    v = np.where(np.abs(v - nearest) <= width, nearest, v)
    return np.floor(v).astype(np.int64)


@settings(max_examples=200, deadline=None)
@given(st.lists(FINITE, max_size=40))
def test_the_default_total_is_the_rounded_sum_and_is_met_exactly(values):
    out = round_keeping_total(values)
    assert int(out.sum()) == math.floor(float(np.asarray(values, dtype=float).sum()) + 0.5)
    floors = snapped_floors(values)
    assert ((out == floors) | (out == floors + 1)).all()


@settings(max_examples=200, deadline=None)
@given(st.lists(FINITE, min_size=1, max_size=40), st.data())
def test_any_reachable_total_is_met_exactly(values, data):
    floors = snapped_floors(values)
    total = int(floors.sum()) + data.draw(st.integers(0, len(values)))
    out = round_keeping_total(values, total)
    assert int(out.sum()) == total
    assert ((out == floors) | (out == floors + 1)).all()


def test_within_each_group():
    values = pd.Series([10.4, 20.35, 30.25, 1.5, 1.5, 1.0], index=list("abcdef"))
    years = pd.Series([2023, 2023, 2023, 2024, 2024, 2024], index=values.index)
    out = round_keeping_total_within(values, years)
    assert out.to_dict() == {"a": 11, "b": 20, "c": 30, "d": 2, "e": 1, "f": 1}
    assert out.groupby(years).sum().to_dict() == {2023: 61, 2024: 4}
