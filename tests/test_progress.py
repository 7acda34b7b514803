"""The progress engine against a table worked out by hand, and generated series."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gnbv.errors import ScenarioInputError
from gnbv.progress import CATEGORIES, DISTRICT, END_YEAR, behind_first, plan_path, progress
from gnbv.scenario import PLAN, ScenarioParams

RELATIVE = ScenarioParams(reading="relative")


def row(code, year, poor, households=1000, poor_commune=False):
    return {
        "code": code,
        "year": year,
        "households": households,
        "poor_households": poor,
        "is_poor_commune": poor_commune,
    }


# Every commune has 1000 households; the plan asks 7 points a year (10 in poor communes), from
# the commune's first review to END_YEAR = 2025.
SERIES = pd.DataFrame(
    [
        # A: 40% → 27% (2022 → 2024). T = 3: target 40 − 3×7 = 19; needed (40 − 19)/3 = 7;
        #    observed (40 − 27)/2 = 6,5; R = 6,5/7 = 0,92857 → acceleration needed.
        #    Path in 2024: 40 − 14 = 26; gap 27 − 26 = +1.
        row("A", 2022, 400),
        row("A", 2024, 270),
        # B (poor commune, 10 a year): 60 → 48 → 38. Target 60 − 30 = 30; needed 10;
        #    observed (60 − 38)/2 = 11; R = 1,1 → on track. Path 2024: 40; gap −2.
        row("B", 2022, 600, poor_commune=True),
        row("B", 2023, 480, poor_commune=True),
        row("B", 2024, 380, poor_commune=True),
        # C: 10 → 0. Target max(0, 10 − 21) = 0; latest 0 ≤ 0 → target achieved.
        #    needed (10 − 0)/3 = 3,333; observed 5; R = 1,5.
        row("C", 2022, 100),
        row("C", 2024, 0),
        # D: 20 → 22 (a rise). Target 0; needed 20/3 = 6,667; observed −1; R = −0,15
        #    → deterioration.
        row("D", 2022, 200),
        row("D", 2024, 220),
        # E: 30 → 26. Target 9; needed 7; observed 2; R = 0,2857 → limited progress.
        row("E", 2022, 300),
        row("E", 2024, 260),
        # F: one review (2023) → not enough data.
        row("F", 2023, 100),
        # G (poor commune): 50 (2022), 2023 missing, 35 (2024). Target 20; needed 10;
        #    observed 7,5; R = 0,75 → acceleration needed.
        row("G", 2022, 500, poor_commune=True),
        row("G", 2024, 350, poor_commune=True),
    ]
)
EXPECTED = {
    # code: (category, end_target, needed, observed, ratio, gap_pp)
    "A": ("acceleration_needed", 19.0, 7.0, 6.5, 6.5 / 7, 1.0),
    "B": ("on_track", 30.0, 10.0, 11.0, 1.1, -2.0),
    "C": ("target_achieved", 0.0, 10 / 3, 5.0, 1.5, -4.0),  # path 2024: 10 − 14 → 0; gap 0 − 0
    "D": ("deterioration", 0.0, 20 / 3, -1.0, -0.15, 16.0),  # path 2024: 20 − 14 = 6
    "E": ("limited_progress", 9.0, 7.0, 2.0, 2 / 7, 10.0),  # path 2024: 16
    "G": ("acceleration_needed", 20.0, 10.0, 7.5, 0.75, 5.0),  # path 2024: 30
}
EXPECTED["C"] = ("target_achieved", 0.0, 10 / 3, 5.0, 1.5, 0.0)


def by_code(result):
    return result.communes.set_index("code")


def test_the_hand_table_points_reading():
    r = progress(SERIES)
    c = by_code(r)
    for code, (category, target, needed, observed, ratio, gap) in EXPECTED.items():
        got = c.loc[code]
        assert got["category"] == category, code
        assert got["end_target"] == pytest.approx(target), code
        assert got["needed_yearly_fall"] == pytest.approx(needed), code
        assert got["observed_yearly_fall"] == pytest.approx(observed), code
        assert got["ratio"] == pytest.approx(ratio), code
        assert got["gap_pp"] == pytest.approx(gap), code
    assert c.loc["F", "category"] == "not_enough_data"
    assert c.loc["F", "reviews"] == 1
    assert math.isnan(c.loc["F", "ratio"])
    assert c.loc["G", "reviews"] == 2
    assert c.loc["B", "yearly_target"] == PLAN.poor_commune_rate
    assert c.loc["A", "yearly_target"] == PLAN.other_communes_rate


def test_the_district_line_by_hand():
    # 2022: A 400 + B 600 + C 100 + D 200 + E 300 + G 500 = 2100 of 6000 = 35 %.
    # 2023: B 480 + F 100 = 580 of 2000 = 29 % (two communes reviewed).
    # 2024: 270 + 380 + 0 + 220 + 260 + 350 = 1480 of 6000 = 24,667 %.
    # District: target 35 − 21 = 14; needed 7; observed (35 − 24,667)/2 = 5,1667; R = 0,7381.
    r = progress(SERIES)
    d = r.district_series
    assert d["year"].tolist() == [2022, 2023, 2024]
    assert d["poor_rate"].tolist() == pytest.approx([35.0, 29.0, 1480 / 60])
    assert d["communes"].tolist() == [6, 2, 6]
    dist = r.district.iloc[0]
    assert dist["code"] == DISTRICT
    assert dist["ratio"] == pytest.approx((35 - 1480 / 60) / 2 / 7)
    assert dist["category"] == "acceleration_needed"


def test_the_relative_reading_is_compound():
    # B: target 60 × 0,9³ = 43,74; latest 38 ≤ 43,74 → achieved.
    # E: target 30 × 0,93³ = 24,131; needed 7 % a year; observed 1 − (26/30)^(1/2) = 6,9018 %
    #    a year; R = 0,98597 → on track (latest 26 > 24,131).
    c = by_code(progress(SERIES, RELATIVE))
    assert c.loc["B", "end_target"] == pytest.approx(60 * 0.9**3)
    assert c.loc["B", "category"] == "target_achieved"
    assert c.loc["E", "needed_yearly_fall"] == pytest.approx(0.07)
    assert c.loc["E", "observed_yearly_fall"] == pytest.approx(1 - (26 / 30) ** 0.5)
    assert c.loc["E", "category"] == "on_track"
    # D rose: deterioration in both readings.
    assert c.loc["D", "category"] == "deterioration"


def test_threshold_rule_uses_the_first_review():
    params = ScenarioParams(poor_commune_rule="threshold", poor_commune_threshold_pct=40.0)
    c = by_code(progress(SERIES, params))
    # A starts at 40 %: a poor commune under the threshold rule (≥ 40), asked 10 a year.
    assert c.loc["A", "is_poor_commune"]
    assert c.loc["A", "end_target"] == pytest.approx(10.0)
    assert not c.loc["E", "is_poor_commune"]


def test_behind_first_sorts_by_category_then_ratio():
    table = behind_first(progress(SERIES).communes)
    assert table["code"].tolist() == ["D", "E", "G", "A", "B", "C", "F"]


def test_plan_path_never_below_zero():
    path = plan_path(10.0, 2022, 7.0, "points")
    assert path["year"].tolist() == [2022, 2023, 2024, 2025]
    assert path["rate"].tolist() == pytest.approx([10, 3, 0, 0])


def test_a_start_at_zero_and_a_start_in_2025():
    s = pd.DataFrame(
        [row("Z", 2022, 0), row("Z", 2024, 0), row("Y", 2025, 100), row("Y", 2026, 90)]
    )
    c = by_code(progress(s))
    assert c.loc["Z", "category"] == "target_achieved"
    assert c.loc["Y", "end_target"] == pytest.approx(10.0)  # no time left: the start itself
    assert c.loc["Y", "category"] == "target_achieved"
    s2 = pd.DataFrame([row("Z", 2022, 0), row("Z", 2024, 50)])
    assert by_code(progress(s2)).loc["Z", "category"] == "deterioration"


def test_zero_households_are_not_a_review_and_duplicates_keep_the_last():
    s = pd.DataFrame([row("A", 2022, 0, households=0), row("A", 2023, 300), row("A", 2023, 200)])
    c = by_code(progress(s))
    assert c.loc["A", "reviews"] == 1
    assert c.loc["A", "latest_rate"] == pytest.approx(20.0)
    assert c.loc["A", "category"] == "not_enough_data"


def test_missing_column_and_bad_reading_refused():
    with pytest.raises(ScenarioInputError):
        progress(SERIES.drop(columns="households"))
    with pytest.raises(ScenarioInputError):
        progress(SERIES, ScenarioParams(reading="nonsense"))


def test_the_shipped_series(plan_data):
    r = progress(plan_data.commune_series)
    assert r.years == [2022, 2023, 2024]
    assert r.district_series["poor_rate"].round(2).tolist() == [42.96, 33.8, 28.13]
    assert set(r.communes["category"]) <= set(CATEGORIES)
    assert len(r.communes) == 19


counts = st.one_of(
    st.integers(min_value=-5, max_value=10**6),
    st.sampled_from([0, 1, 10**12, 2**62, float("nan"), float("inf"), 1e300, -1.0, 0.5]),
)
rows = st.fixed_dictionaries(
    {
        "code": st.sampled_from(["A", "B", "C", "02839", ""]),
        "year": st.one_of(
            st.integers(min_value=2015, max_value=2035), st.sampled_from([float("nan"), 1e18])
        ),
        "households": counts,
        "poor_households": counts,
        "is_poor_commune": st.sampled_from([True, False, None]),
    }
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(rows, min_size=0, max_size=25),
    st.sampled_from([PLAN, RELATIVE, ScenarioParams(poor_commune_rule="threshold")]),
)
def test_generated_series_never_raise(series_rows, params):
    frame = pd.DataFrame(
        series_rows, columns=["code", "year", "households", "poor_households", "is_poor_commune"]
    )
    r = progress(frame, params)
    assert set(r.communes["category"].astype(str)) <= set(CATEGORIES)
    assert len(r.communes) == frame["code"].astype(str).nunique()
    finite = r.communes["end_target"].dropna()
    assert (finite >= 0).all()  # never below 0
    enough = r.communes["reviews"] >= 2
    assert (r.communes.loc[~enough, "category"] == "not_enough_data").all()
    behind_first(r.communes)


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**7),
    st.lists(st.floats(min_value=0, max_value=1), min_size=1, max_size=6),
    st.booleans(),
)
def test_a_steady_commune_on_the_plan_path_is_on_track_or_achieved(households, _, poor_commune):
    # A commune that follows the plan's path exactly is never behind it.
    yearly = PLAN.poor_commune_rate if poor_commune else PLAN.other_communes_rate
    start = 60.0
    years = [2022, 2023, 2024]
    rates = [max(0.0, start - yearly * (y - 2022)) for y in years]
    frame = pd.DataFrame(
        [row("X", y, r * households / 100, households, poor_commune) for y, r in zip(years, rates)]
    )
    c = by_code(progress(frame)).loc["X"]
    assert c["category"] in ("on_track", "target_achieved")
    assert c["ratio"] == pytest.approx(1.0)
    assert np.isfinite(c["end_target"]) and END_YEAR == 2025
