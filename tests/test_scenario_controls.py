"""gnbv.scenario_controls: what the scenario's controls mean (the rule ui/scenario.py held),
worked by hand, and the fitted scenario within the controls' ranges whatever it was."""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gnbv.scenario import PLAN, RATE_FIELDS, ScenarioParams
from gnbv.scenario_controls import RATE_RANGES, fit, horizon_range, with_control
from gnbv.scenario_presets import Presets, published_trend
from gnbv.url_state import HORIZON_RANGE


@pytest.fixture(scope="module")
def presets(plan_data):
    return Presets(published_trend(plan_data.district_poverty))


def test_horizon_range_starts_a_year_past_the_baseline():
    assert horizon_range(2023) == (2024, HORIZON_RANGE[1])
    assert horizon_range(HORIZON_RANGE[1] + 5) == (HORIZON_RANGE[1] + 6,) * 2


def test_fit_worked_by_hand():
    wild = ScenarioParams(
        other_communes_rate=99.0,
        poor_commune_rate=-3.0,
        near_poor_rate=12.5,
        ethnic_minority_rate=7.6,
        horizon=2023,
        preset="custom",
    )
    fitted = fit(wild, 2023)
    assert (fitted.other_communes_rate, fitted.poor_commune_rate) == (30.0, 0.0)
    assert (fitted.near_poor_rate, fitted.ethnic_minority_rate) == (10.0, 7.6)
    assert fitted.horizon == 2024  # a projection of zero years shows nothing
    assert fitted.preset == "custom" and fitted.reading == wild.reading
    assert fit(replace(wild, horizon=2099), 2023).horizon == HORIZON_RANGE[1]
    assert fit(PLAN, 2023) == PLAN  # in range: unchanged


@given(
    rates=st.lists(
        st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), min_size=4, max_size=4
    ),
    horizon=st.integers(min_value=-10_000, max_value=10_000),
    baseline_year=st.integers(min_value=1900, max_value=2100),
)
def test_fit_lands_within_every_range(rates, horizon, baseline_year):
    params = replace(PLAN, **dict(zip(RATE_FIELDS, rates)), horizon=horizon)
    fitted = fit(params, baseline_year)
    first, last = horizon_range(baseline_year)
    assert first <= fitted.horizon <= last
    for name, (low, high) in RATE_RANGES.items():
        assert low <= getattr(fitted, name) <= high
    assert fit(fitted, baseline_year) == fitted


def test_a_preset_applies_its_rates(presets):
    opening = presets.opening()
    assert opening.preset == "trend"
    plan = with_control(opening, "preset", "plan", presets)
    assert plan.preset == "plan"
    assert {f: getattr(plan, f) for f in RATE_FIELDS} == {f: getattr(PLAN, f) for f in RATE_FIELDS}
    custom = with_control(plan, "preset", "custom", presets)
    assert custom == replace(plan, preset="custom")  # the rates stay


def test_a_rate_moved_by_hand_makes_the_scenario_custom(presets):
    moved = with_control(PLAN, "other_communes_rate", 5.678, presets)
    assert moved.other_communes_rate == 5.68 and moved.preset == "custom"
    assert moved.poor_commune_rate == PLAN.poor_commune_rate


def test_a_new_reading_keeps_the_numbers_and_the_preset_only_while_they_are_its(presets):
    plan = with_control(PLAN, "reading", "relative", presets)
    assert plan.reading == "relative" and plan.other_communes_rate == PLAN.other_communes_rate
    assert plan.preset == "plan"  # the plan's rates are the same in either reading
    trend = presets.opening()
    switched = with_control(trend, "reading", "relative", presets)
    assert {f: getattr(switched, f) for f in RATE_FIELDS} == {
        f: getattr(trend, f) for f in RATE_FIELDS
    }
    assert switched.preset == "custom"  # the trend's rates differ in the relative reading


def test_any_other_control_takes_its_value(presets):
    assert with_control(PLAN, "horizon", 2030, presets) == replace(PLAN, horizon=2030)
    rule = with_control(PLAN, "poor_commune_rule", "threshold", presets)
    assert rule == replace(PLAN, poor_commune_rule="threshold")
