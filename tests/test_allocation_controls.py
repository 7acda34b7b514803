"""gnbv.allocation_controls: each commune's floor and cap, and the funds fallen back on (the
rules ui/allocation.py held), worked by hand."""

import math

import pandas as pd

from gnbv import allocation as al
from gnbv.allocation_controls import bounds, source_or_fallback

CRITERIA = pd.DataFrame({"code": ["a", "b", "c"]})


def test_uniform_floor_and_cap_without_a_workbook():
    floors, caps = bounds(CRITERIA, al.AllocationParams(floor=10, cap=200), None)
    assert floors == (10.0, 10.0, 10.0) and caps == (200.0, 200.0, 200.0)
    _, no_caps = bounds(CRITERIA, al.AllocationParams(), None)
    assert all(math.isnan(c) for c in no_caps)


def test_a_workbooks_floor_or_cap_wins_where_it_gives_one():
    frame = pd.DataFrame(
        {"code": ["c", "a"], "floor_mvnd": [30.0, float("nan")], "cap_mvnd": [float("nan"), 90.0]}
    )
    supplied = al.SuppliedCriteria(frame, "x.xlsx")
    floors, caps = bounds(CRITERIA, al.AllocationParams(floor=5, cap=None), supplied)
    assert floors == (5.0, 5.0, 30.0)
    assert caps[0] == 90.0 and math.isnan(caps[1]) and math.isnan(caps[2])


def test_a_workbook_without_bounds_keeps_the_uniform_ones():
    supplied = al.SuppliedCriteria(pd.DataFrame({"code": ["a"], "poor": [3]}), "x.xlsx")
    assert bounds(CRITERIA, al.AllocationParams(floor=1, cap=2), supplied) == (
        (1.0, 1.0, 1.0),
        (2.0, 2.0, 2.0),
    )


def test_funds_not_in_the_data_fall_back_on_the_default_then_the_first():
    options = ["DA1.investment", al.DEFAULT_SOURCE, al.CUSTOM]
    assert source_or_fallback(al.CUSTOM, options) == al.CUSTOM
    assert source_or_fallback("DA9.gone", options) == al.DEFAULT_SOURCE
    assert source_or_fallback("DA9.gone", ["DA1.investment", al.CUSTOM]) == "DA1.investment"
