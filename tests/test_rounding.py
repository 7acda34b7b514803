"""Largest-remainder rounding: examples worked out by hand, and the sum kept exactly."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gnbv.rounding import largest_remainder


def test_three_communes_worked_by_hand():
    # 10,4 + 20,35 + 30,25 = 61 exactly. Floors 10 + 20 + 30 = 60: one unit is missing and
    # goes to the largest remainder, 0,4 (the first commune).
    assert largest_remainder([10.4, 20.35, 30.25]).tolist() == [11, 20, 30]


def test_two_units_to_the_two_largest_remainders():
    # 2,6 + 3,7 + 4,7 = 11,0: floors 9, two units missing, to the remainders 0,7 and 0,7.
    assert largest_remainder([2.6, 3.7, 4.7]).tolist() == [2, 4, 5]


def test_ties_go_to_the_earlier_value():
    # 1,5 + 1,5 + 1,0 = 4: one unit for two equal remainders, the first one takes it.
    assert largest_remainder([1.5, 1.5, 1.0]).tolist() == [2, 1, 1]


def test_plain_rounding_would_miss_the_total():
    values = [0.5, 0.5, 0.5, 0.5]  # round() gives 0+0+0+0 (banker's) or 1+1+1+1 (half up)
    out = largest_remainder(values)  # total 2
    assert out.sum() == 2 and out.tolist() == [1, 1, 0, 0]


def test_an_explicit_total():
    assert largest_remainder([0.2, 0.2, 0.2], total=1).tolist() == [1, 0, 0]
    assert largest_remainder([0.2, 0.2, 0.2], total=0).tolist() == [0, 0, 0]


def test_negative_values_round_within_their_floor():
    # -1,3 + 2,6 = 1,3 → total 1. Floors -2 + 2 = 0: the unit goes to -1,3 (remainder 0,7).
    assert largest_remainder([-1.3, 2.6]).tolist() == [-1, 2]


def test_whole_numbers_are_kept_and_no_negative_zero():
    out = largest_remainder([3.0, 0.0, -0.0, 1e-15])
    assert out.tolist() == [3, 0, 0, 0]
    assert out.dtype.kind == "i"  # integers: no "-0" can be written


def test_empty():
    assert largest_remainder([]).tolist() == []


@pytest.mark.parametrize("bad", [[math.nan], [math.inf, 1.0]])
def test_not_finite_is_refused(bad):
    with pytest.raises(ValueError, match="finite"):
        largest_remainder(bad)


def test_an_unreachable_total_is_refused():
    with pytest.raises(ValueError, match="cannot be reached"):
        largest_remainder([1.5, 1.5], total=7)


FINITE = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(st.lists(FINITE, max_size=40))
def test_the_default_total_is_the_rounded_sum_and_is_met_exactly(values):
    out = largest_remainder(values)
    assert int(out.sum()) == math.floor(float(np.asarray(values, dtype=float).sum()) + 0.5)
    floors = np.floor(np.asarray(values, dtype=float))
    assert ((out == floors) | (out == floors + 1)).all()


@settings(max_examples=200, deadline=None)
@given(st.lists(FINITE, min_size=1, max_size=40), st.data())
def test_any_reachable_total_is_met_exactly(values, data):
    floors = np.floor(np.asarray(values, dtype=float)).astype(np.int64)
    total = int(floors.sum()) + data.draw(st.integers(0, len(values)))
    out = largest_remainder(values, total)
    assert int(out.sum()) == total
    assert ((out == floors) | (out == floors + 1)).all()


def test_within_each_group():
    import pandas as pd

    from gnbv.rounding import largest_remainder_within

    values = pd.Series([10.4, 20.35, 30.25, 1.5, 1.5, 1.0], index=list("abcdef"))
    years = pd.Series([2023, 2023, 2023, 2024, 2024, 2024], index=values.index)
    out = largest_remainder_within(values, years)
    assert out.to_dict() == {"a": 11, "b": 20, "c": 30, "d": 2, "e": 1, "f": 1}
    assert out.groupby(years).sum().to_dict() == {2023: 61, 2024: 4}
