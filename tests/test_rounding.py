"""Largest-remainder rounding: worked by hand, and properties over random input."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gnbv.rounding import largest_remainder


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
