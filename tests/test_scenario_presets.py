"""Presets: the published trend worked out by hand from data/district_poverty.csv."""

from dataclasses import replace

import pandas as pd
import pytest

from gnbv.data import load_plan_data
from gnbv.scenario import ScenarioParams
from gnbv.scenario_presets import Presets, Trend, published_trend
from gnbv.settings import REPO_ROOT

SHIPPED = load_plan_data(REPO_ROOT / "data").district_poverty
PRESETS = Presets(published_trend(SHIPPED))


def test_the_published_trend_is_end_2023_to_end_2024():
    trend = published_trend(SHIPPED)
    assert trend == Trend(2023, 33.8, 2024, 28.13)  # the derived end-2022 rate is not used
    assert trend.yearly_fall("points") == pytest.approx(5.67)  # 33,80 − 28,13
    # (1 − 28,13 / 33,80) × 100 = 16,7751…
    assert trend.yearly_fall("relative") == pytest.approx(16.775147929, abs=1e-8)


def test_trend_rates_in_points_by_hand():
    # factor 5,67 / 7 = 0,81: 7 → 5,67; 10 → 8,1; 0,9 → 0,729 → 0,73; 7,6 → 6,156 → 6,16
    assert PRESETS.factor("points") == pytest.approx(0.81)
    assert PRESETS.rates("trend", "points") == {
        "other_communes_rate": 5.67,
        "poor_commune_rate": 8.1,
        "near_poor_rate": 0.73,
        "ethnic_minority_rate": 6.16,
    }


def test_trend_rates_in_the_relative_reading_by_hand():
    # factor 16,7751 / 7 = 2,39645: 16,78; 23,96; 0,9 × 2,39645 = 2,1568 → 2,16; 18,21
    assert PRESETS.rates("trend", "relative") == {
        "other_communes_rate": 16.78,
        "poor_commune_rate": 23.96,
        "near_poor_rate": 2.16,
        "ethnic_minority_rate": 18.21,
    }


def test_plan_rates_are_the_plans_whatever_the_reading():
    for reading in ("points", "relative"):
        assert PRESETS.rates("plan", reading) == {
            "other_communes_rate": 7.0,
            "poor_commune_rate": 10.0,
            "near_poor_rate": 0.9,
            "ethnic_minority_rate": 7.6,
        }


def test_opening_is_the_trend_with_default_rules():
    opening = PRESETS.opening()
    assert opening.preset == "trend"
    assert (opening.other_communes_rate, opening.horizon, opening.reading) == (5.67, 2025, "points")


def test_apply_keeps_everything_but_the_rates():
    params = ScenarioParams(horizon=2030, reading="relative", household_growth_pct=1.5)
    trend = PRESETS.apply(params, "trend")
    assert trend.other_communes_rate == 16.78 and trend.horizon == 2030 and trend.preset == "trend"
    assert PRESETS.apply(trend, "custom") == replace(trend, preset="custom")
    assert PRESETS.apply(trend, "plan").other_communes_rate == 7.0


def test_label_and_matching():
    trend = PRESETS.opening()
    assert PRESETS.label(trend) is trend
    moved = replace(trend, other_communes_rate=6.0)
    assert PRESETS.label(moved).preset == "custom"
    assert PRESETS.matching(moved) == "custom"
    # the same numbers in the other reading are no longer the trend
    assert PRESETS.label(replace(trend, reading="relative")).preset == "custom"
    # the plan's numbers are the plan in either reading
    plan = PRESETS.apply(ScenarioParams(reading="relative"), "plan")
    assert PRESETS.label(plan).preset == "plan" and PRESETS.matching(plan) == "plan"
    assert PRESETS.matching(replace(ScenarioParams(), preset="custom")) == "plan"


def test_no_two_consecutive_published_years_is_an_error():
    only_one = pd.DataFrame(
        {"year": [2022, 2023], "poor_rate_pct": [42.96, 33.8], "status": ["derived", "published"]}
    )
    with pytest.raises(ValueError, match="one year apart"):
        published_trend(only_one)


def test_the_latest_pair_is_used():
    frame = pd.DataFrame(
        {
            "year": [2023, 2024, 2025],
            "poor_rate_pct": [33.8, 28.13, 24.0],
            "status": ["published"] * 3,
        }
    )
    assert published_trend(frame) == Trend(2024, 28.13, 2025, 24.0)
