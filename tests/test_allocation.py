"""The points method, checked against allocations worked out by hand, and its properties over
random criteria, coefficients, floors and caps."""

from __future__ import annotations

import math
from dataclasses import astuple
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from gnbv import allocation as al
from gnbv.allocation import NEUTRAL, AllocationError, Coefficients


def criteria(rows: list[dict]) -> pd.DataFrame:
    """A criteria table like ``al.criteria_table`` gives, from a few hand-made communes."""
    frame = pd.DataFrame(rows)
    for column in al.CRITERIA:
        if column not in frame:
            frame[column] = np.nan
    frame["unit_type"] = frame["unit_type"].fillna("xa") if "unit_type" in frame else "xa"
    return frame[["code", "name", "unit_type", *al.CRITERIA]].astype(
        {c: float for c in al.CRITERIA}
    )


# Three communes worked by hand. Coefficients: 1 point per poor household, 0,5 per near-poor
# household, 10 fixed points per xã, none per thị trấn.
#   A (xã):       100 poor, 50 near-poor → 100 + 25 + 10 = 135 points
#   B (xã):        60 poor, 20 near-poor →  60 + 10 + 10 =  80 points
#   C (thị trấn):  40 poor, 30 near-poor →  40 + 15 +  0 =  55 points      total 270 points
HAND = criteria(
    [
        {"code": "001", "name": "A", "poor_households": 100, "near_poor_households": 50},
        {"code": "002", "name": "B", "poor_households": 60, "near_poor_households": 20},
        {
            "code": "003",
            "name": "C",
            "unit_type": "thi_tran",
            "poor_households": 40,
            "near_poor_households": 30,
        },
    ]
)
HAND_COEFFICIENTS = Coefficients(poor_households=1, near_poor_households=0.5, per_xa=10)


def amounts(result: al.Allocation) -> list[int]:
    return result.table["amount_mvnd"].tolist()


def bounds(result: al.Allocation) -> list[str]:
    return result.table["bound"].tolist()


def test_points_worked_by_hand():
    assert al.points(HAND, HAND_COEFFICIENTS).tolist() == [135, 80, 55]


def test_allocation_worked_by_hand():
    # 1.000 million: money per point 1.000 / 270 = 3,7037…
    # A 135 × 3,7037 = 500 exactly; B 80 × 3,7037 = 296,296…; C 55 × 3,7037 = 203,703…
    # Whole millions: 500 + 296 + 203 = 999; the missing million goes to the largest
    # remainder, C's 0,703 → 500, 296, 204.
    result = al.allocate(HAND, HAND_COEFFICIENTS, 1000)
    assert result.total_points == 270
    assert result.money_per_point == pytest.approx(1000 / 270)
    assert amounts(result) == [500, 296, 204]
    assert result.table["amount_exact"].tolist() == pytest.approx([500, 8000 / 27, 5500 / 27])
    assert bounds(result) == ["", "", ""]
    assert result.table["share_pct"].tolist() == pytest.approx([50.0, 29.6, 20.4])
    # funds per poor household: 500 / 100, 296 / 60, 204 / 40
    assert result.table["funds_per_poor_household"].tolist() == pytest.approx([5.0, 296 / 60, 5.1])
    assert result.table["poor_share_pct"].tolist() == pytest.approx([50.0, 30.0, 20.0])


def test_a_binding_cap_worked_by_hand():
    # Cap 450 each: A's 500 is above it, so A gets 450 and the other 550 are re-spread
    # over B and C's 135 points: B 550 × 80/135 = 325,925…, C 550 × 55/135 = 224,074…
    # (both under the cap). Whole: 450 + 325 + 224 = 999 → B (0,925) gets the missing one.
    result = al.allocate(HAND, HAND_COEFFICIENTS, 1000, caps=[450, 450, 450])
    assert amounts(result) == [450, 326, 224]
    assert bounds(result) == ["cap", "", ""]
    assert result.money_per_point_free == pytest.approx(550 / 135)
    assert result.iterations == 2


def test_a_binding_floor_worked_by_hand():
    # Floor 250 each: C's 203,7 is under it, so C gets 250 and the other 750 are re-spread
    # over A and B's 215 points: A 750 × 135/215 = 470,930…, B 750 × 80/215 = 279,069…
    # Whole: 470 + 279 + 250 = 999 → A (0,930) gets the missing one.
    result = al.allocate(HAND, HAND_COEFFICIENTS, 1000, floors=[250, 250, 250])
    assert amounts(result) == [471, 279, 250]
    assert bounds(result) == ["", "", "floor"]
    assert result.money_per_point_free == pytest.approx(750 / 215)


def test_a_floor_and_a_cap_binding_together_worked_by_hand():
    # Floor 250 and cap 450: at 3,7037 a point A is 50 over its cap and C 46,3 under its
    # floor. 50 ≥ 46,3, so the cap is fixed first: A 450; 550 over B and C gives C 224,07,
    # under its floor: C 250; the last 300 go to B alone (300 / 80 = 3,75 a point).
    # Check: at 3,75 a point A would have 506,25 (> 450) and C 206,25 (< 250): both bound.
    result = al.allocate(HAND, HAND_COEFFICIENTS, 1000, floors=[250] * 3, caps=[450] * 3)
    assert amounts(result) == [450, 300, 250]
    assert bounds(result) == ["cap", "", "floor"]
    assert result.money_per_point_free == pytest.approx(3.75)
    assert result.bound_count == 2


def test_ties_in_the_rounding_go_to_the_first_commune_in_code_order():
    # Four communes with 7 poor households each: 5 million is 1,25 each; one million is
    # missing and the four remainders are equal → the first by code gets it.
    tied = criteria([{"code": f"00{i}", "name": f"T{i}", "poor_households": 7} for i in range(4)])
    assert amounts(al.allocate(tied, NEUTRAL, 5)) == [2, 1, 1, 1]
    # 7 million: 1,75 each, three missing → the first three.
    assert amounts(al.allocate(tied, NEUTRAL, 7)) == [2, 2, 2, 1]


def test_the_shipped_data_with_the_neutral_default():
    # Dự án 2, vốn sự nghiệp: 3.695 million over the 4.317 poor households of the
    # (illustrative) end-2023 figures: 0,85592… million a poor household.
    from gnbv.data import load_plan_data
    from gnbv.settings import REPO_ROOT

    data = load_plan_data(REPO_ROOT / "data")
    table = al.criteria_table(data.communes, data.commune_baseline)
    assert len(table) == 19 and table["code"].is_monotonic_increasing
    assert table["zone_iii"].isna().all() and table["difficult_villages"].isna().all()
    assert table.set_index("code").loc["02839", "population"] == 4253  # 2009 census
    result = al.allocate(table, NEUTRAL, 3695)
    assert result.table["amount_mvnd"].sum() == 3695
    assert result.total_points == table["poor_households"].sum() == 4317
    by_name = result.table.set_index("name")["amount_mvnd"]
    # Tả Củ Tỷ (02854) and Thải Giàng Phố (02857) both have 302 poor households:
    # 302 × 3.695 / 4.317 = 258,488… each; the tie goes to the first by code.
    assert (by_name["Tả Củ Tỷ"], by_name["Thải Giàng Phố"]) == (259, 258)
    assert by_name["Cốc Ly"] == 399  # 466 × 0,85592 = 398,86


def test_with_values_replaces_only_what_is_supplied():
    supplied = pd.DataFrame({"code": ["002"], "zone_iii": [1.0], "poor_households": [np.nan]})
    out = al.with_values(HAND, supplied)
    assert out["zone_iii"].tolist()[1] == 1.0
    assert math.isnan(out["zone_iii"].tolist()[0])
    assert out["poor_households"].tolist() == [100, 60, 40]


def test_fixed_points_and_zone_iii():
    zone = pd.DataFrame({"code": ["001", "002", "003"], "zone_iii": [1, 0, 0]})
    table = al.with_values(HAND, zone)
    coefficients = Coefficients(poor_households=0, zone_iii=50, per_xa=10, per_thi_tran=5)
    assert al.points(table, coefficients).tolist() == [60, 10, 5]


def test_a_criterion_without_values_cannot_carry_a_coefficient():
    with pytest.raises(AllocationError) as info:
        al.allocate(HAND, Coefficients(zone_iii=10), 1000)
    assert info.value.code == "missing"
    assert info.value.values["criterion"] == "zone_iii"
    assert info.value.values["count"] == 3
    assert info.value.values["communes"] == "A, B, C"
    # with a zero coefficient the empty criterion is simply not used
    assert amounts(al.allocate(HAND, Coefficients(zone_iii=0), 1000)) == [500, 300, 200]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"floors": [400, 400, 400]}, "floors_exceed"),
        ({"caps": [300, 300, 300]}, "caps_short"),
        ({"floors": [0, 200, 0], "caps": [500, 100, 500]}, "floor_above_cap"),
        ({"floors": [0.5, 0, 0]}, "bound_value"),
        ({"caps": [-1, 500, 500]}, "bound_value"),
        ({"floors": [1, 2]}, "bounds"),
    ],
)
def test_infeasible_bounds_are_refused_with_a_named_reason(kwargs, code):
    with pytest.raises(AllocationError) as info:
        al.allocate(HAND, HAND_COEFFICIENTS, 1000, **kwargs)
    assert info.value.code == code


def test_the_floor_above_cap_error_names_the_commune():
    with pytest.raises(AllocationError) as info:
        al.allocate(HAND, HAND_COEFFICIENTS, 1000, floors=[0, 200, 0], caps=[500, 100, 500])
    assert info.value.values["communes"] == "B"


@pytest.mark.parametrize(
    ("coefficients", "funds", "code"),
    [
        (Coefficients(poor_households=-1), 10, "coefficient"),
        (Coefficients(poor_households=float("nan")), 10, "coefficient"),
        (NEUTRAL, 10.5, "funds"),
        (NEUTRAL, -1, "funds"),
        (Coefficients(poor_households=0), 10, "no_points"),
    ],
)
def test_bad_coefficients_and_funds_are_refused(coefficients, funds, code):
    with pytest.raises(AllocationError) as info:
        al.allocate(HAND, coefficients, funds)
    assert info.value.code == code


def test_a_cap_holds_at_funds_beyond_a_billion():
    # issue 19: a commune within 1e-9 × funds of its cap counted as free, then rounded over it
    whole, spread = al.allocate_amounts([1, 1], 1_000_000_001, caps=[500_000_000, None])
    assert whole.tolist() == [500_000_000, 500_000_001]
    assert spread.bound.tolist() == [1, 0]
    # and the mirror image: a floor
    whole, spread = al.allocate_amounts([1, 1], 1_000_000_001, floors=[0, 500_000_001])
    assert whole.tolist() == [500_000_000, 500_000_001]
    assert whole.sum() == 1_000_000_001


def test_a_share_equal_to_its_cap_on_paper_is_settled_exactly():
    # 0.2 is exactly twice 0.1 as floats, so the first commune's share is exactly 10**11: on
    # its cap, not over it, however the floats round 0.1 / 0.30000000000000004
    whole, spread = al.allocate_amounts([0.1, 0.2], 3 * 10**11, caps=[10**11, None])
    assert whole.tolist() == [10**11, 2 * 10**11]
    assert spread.bound.tolist() == [0, 0]
    whole, spread = al.allocate_amounts([0.1, 0.2], 3 * 10**11, floors=[10**11, 0])
    assert whole.tolist() == [10**11, 2 * 10**11]
    assert spread.bound.tolist() == [0, 0]


def test_funds_beyond_the_largest_accepted_are_refused():
    with pytest.raises(AllocationError) as info:
        al.allocate_amounts([1, 1], al.MAX_FUNDS + 1)
    assert info.value.code == "funds"
    whole, _ = al.allocate_amounts([1, 2], al.MAX_FUNDS, caps=[al.MAX_FUNDS // 3, None])
    assert whole.tolist() == [al.MAX_FUNDS // 3, al.MAX_FUNDS - al.MAX_FUNDS // 3]


def test_negative_criteria_are_refused():
    bad = HAND.assign(poor_households=[100, -1, 40])
    with pytest.raises(AllocationError) as info:
        al.allocate(bad, NEUTRAL, 100)
    assert info.value.code == "negative" and info.value.values["communes"] == "B"


def test_no_points_but_floors_that_take_everything():
    result = al.allocate(HAND, Coefficients(poor_households=0), 300, floors=[100, 100, 100])
    assert amounts(result) == [100, 100, 100]


def test_zero_funds():
    assert amounts(al.allocate(HAND, HAND_COEFFICIENTS, 0)) == [0, 0, 0]


def test_compare_says_who_gains_and_who_loses():
    first = al.allocate(HAND, NEUTRAL, 1000)  # 500, 300, 200
    second = al.allocate(HAND, HAND_COEFFICIENTS, 1000)  # 500, 296, 204
    out = al.compare(first, second).set_index("name")
    assert out["change_mvnd"].to_dict() == {"C": 4, "A": 0, "B": -4}
    assert out.loc["C", "change_pct"] == pytest.approx(2.0)
    assert list(out.index) == ["C", "A", "B"]  # largest gain first


# --- properties ---------------------------------------------------------------------------

COUNT = st.integers(min_value=0, max_value=5000)


@st.composite
def cases(draw):
    n = draw(st.integers(min_value=1, max_value=25))
    rows = []
    for i in range(n):
        households = draw(st.integers(min_value=1, max_value=5000))
        rows.append(
            {
                "code": f"{i:05d}",
                "name": f"X{i}",
                "unit_type": draw(st.sampled_from(al.UNIT_TYPES)),
                "households": households,
                "poor_households": draw(st.integers(min_value=0, max_value=households)),
                "near_poor_households": draw(COUNT),
                "ethnic_minority_poor_households": draw(COUNT),
                "population": draw(st.integers(min_value=0, max_value=50000)),
                "zone_iii": draw(st.sampled_from([0, 1])),
                "difficult_villages": draw(st.integers(min_value=0, max_value=30)),
            }
        )
    coefficient = st.one_of(
        st.just(0.0), st.floats(min_value=0, max_value=1000, allow_nan=False, allow_subnormal=False)
    )
    coefficients = Coefficients(**{k: draw(coefficient) for k in al.COEFFICIENT_KEYS})
    funds = draw(st.one_of(st.integers(0, 10**7), st.integers(0, 10**12)))
    bound = st.one_of(st.none(), st.integers(0, 10**7), st.integers(0, 10**12))
    floors = [draw(bound) for _ in range(n)]
    caps = [draw(bound) for _ in range(n)]
    return criteria(rows), coefficients, funds, floors, caps


def _array(values, missing):
    return np.array([missing if v is None else v for v in values], dtype=float)


@settings(max_examples=400, deadline=None)
@given(cases())
def test_amounts_sum_exactly_to_the_funds_and_respect_every_bound(case):
    table, coefficients, funds, floors, caps = case
    f, c = _array(floors, 0.0), _array(caps, np.inf)
    try:
        result = al.allocate(table, coefficients, funds, floors=floors_or_none(floors), caps=caps)
    except AllocationError as exc:
        # only when the bounds (or the points) truly cannot be met
        pts = al.points(table, coefficients)
        assert exc.code in {"floor_above_cap", "floors_exceed", "caps_short", "no_points"}
        room = np.where(pts > 0, c, f).sum()
        assert np.any(f > c) or f.sum() > funds or room < funds
        return
    amounts_ = result.table["amount_mvnd"].to_numpy()
    assert int(amounts_.sum()) == funds
    assert np.all(amounts_ >= 0)
    assert np.all(amounts_ >= f)
    assert np.all(amounts_ <= c)
    # the exact amounts: every free commune gets points × one money per point
    exact = result.table["amount_exact"].to_numpy()
    free = result.table["bound"].to_numpy() == ""
    pts = result.table["points"].to_numpy()
    lam = result.money_per_point_free
    assert exact[free] == pytest.approx(pts[free] * lam, rel=1e-9, abs=1e-6)
    # and each whole amount is its exact amount rounded down or up
    assert np.all(np.abs(amounts_ - exact) < 1 + 1e-6)
    # a commune at its cap would get more at the free rate; at its floor, less
    at_cap = result.table["bound"].to_numpy() == "cap"
    at_floor = result.table["bound"].to_numpy() == "floor"
    assert np.all(pts[at_cap] * lam >= c[at_cap] - 1e-6 * max(1, funds))
    assert np.all(pts[at_floor] * lam <= f[at_floor] + 1e-6 * max(1, funds))


POINTS = st.one_of(
    st.just(0.0),
    st.integers(min_value=1, max_value=10**6).map(float),
    st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_subnormal=False),
)
WHOLE = st.one_of(st.none(), st.integers(min_value=0, max_value=10**12))


@st.composite
def bounded_shares(draw):
    n = draw(st.integers(min_value=1, max_value=12))
    pts = draw(st.lists(POINTS, min_size=n, max_size=n))
    funds = draw(st.one_of(st.integers(0, 10**12), st.integers(10**12 - 10**6, 10**12)))
    # bounds near the proportional shares, where a rounding can cross them
    near = st.builds(
        lambda share, shift: max(0, math.floor(share) + shift),
        st.sampled_from([p / sum(pts) * funds if sum(pts) else 0.0 for p in pts]),
        st.integers(-2, 2),
    )
    bound = st.one_of(WHOLE, near)
    return (
        pts,
        funds,
        draw(st.lists(bound, min_size=n, max_size=n)),
        draw(st.lists(bound, min_size=n, max_size=n)),
    )


@settings(max_examples=500, deadline=None)
@given(bounded_shares())
@example(([1.0, 1.0], 1_000_000_001, [None, None], [500_000_000, None]))  # issue 19
@example(([1.0, 1.0], 1_000_000_001, [None, 500_000_001], [None, None]))
@example(([0.1, 0.2], 3 * 10**11, [None, None], [10**11, None]))
def test_whole_amounts_keep_every_bound_exactly_at_any_funds(case):
    """Up to funds of 10**12, checked in exact arithmetic: the amounts sum to the funds, each
    within its floor and cap; every free commune gets its points times one money per point
    (rounded down or up), a commune at its cap would get at least its cap at that rate, one at
    its floor at most its floor; refused only when the bounds truly cannot hold the funds."""
    pts, funds, floors, caps = case
    f = [0 if v is None else v for v in floors]
    c = [None if v is None else v for v in caps]
    try:
        whole, spread = al.allocate_amounts(pts, funds, floors=_array(floors, 0.0), caps=caps)
    except AllocationError as exc:
        room = sum(
            min(funds, cap) if cap is not None and p > 0 else (funds if p > 0 else floor)
            for p, floor, cap in zip(pts, f, c)
        )
        assert exc.code in {"floor_above_cap", "floors_exceed", "caps_short", "no_points"}
        assert any(cap is not None and floor > cap for floor, cap in zip(f, c)) or (
            sum(f) > funds or room < funds
        )
        return
    amounts = [int(a) for a in whole]
    assert sum(amounts) == funds
    for a, floor, cap in zip(amounts, f, c):
        assert floor <= a and (cap is None or a <= cap)
    bound = spread.bound.tolist()
    free_points = sum(Fraction(p) for p, b in zip(pts, bound) if b == 0)
    held = sum(a for a, b in zip(amounts, bound) if b != 0)
    if free_points == 0:
        return
    rate = (funds - held) / free_points  # exact money per point of the free communes
    for p, a, b, floor, cap in zip(pts, amounts, bound, f, c):
        share = Fraction(p) * rate
        if b == 0:
            assert abs(a - share) < 1 + 1e-6  # rounded down or up (floats' noise: 1e-6)
            assert floor <= share and (cap is None or share <= cap)
        elif b > 0:
            assert a == cap and share >= cap
        else:
            assert a == floor and share <= floor


def floors_or_none(floors):
    return None if all(v is None for v in floors) else floors


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_subnormal=False),
        min_size=1,
        max_size=40,
    ),
    st.integers(min_value=0, max_value=10**9),
)
@example(pts=[2.2250738585072014e-308], funds=4)  # money per point overflowed: found by hypothesis
def test_without_bounds_the_amounts_are_proportional_to_the_points(pts, funds):
    assume(sum(pts) > 0)
    whole, spread = al.allocate_amounts(pts, funds)
    assert int(whole.sum()) == funds
    assert spread.iterations == 1
    assert spread.amounts == pytest.approx(np.array(pts) / sum(pts) * funds, rel=1e-9, abs=1e-6)


def test_the_rules_behind_the_method_are_cited_and_none_of_their_coefficients_is_claimed(
    plan_data,
):
    rules = plan_data.allocation_rules.set_index("rule_id")
    assert {"QD02_2022_TTg", "LC_HDND_19042022"} <= set(rules.index)
    assert rules.loc["LC_HDND_19042022", "issued_on"] == "2022-04-19"
    assert not rules["coefficients_read"].any()  # never claim a coefficient we could not read
    assert set(rules["used_for"]) == {"coefficients", "zone_iii", "difficult_villages"}
    # the neutral default is one point per poor household and nothing else
    assert {k: v for k, v in zip(al.COEFFICIENT_KEYS, astuple(NEUTRAL)) if v} == {
        "poor_households": 1.0
    }
