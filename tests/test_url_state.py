"""The scenario and the allocation in the URL: round trip, and hostile values that fall back
to defaults."""

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gnbv import allocation as alloc
from gnbv.data import load_plan_data
from gnbv.scenario import ScenarioParams
from gnbv.scenario_presets import Presets, published_trend
from gnbv.settings import REPO_ROOT
from gnbv.url_state import (
    ALLOCATION_URL_KEYS,
    HORIZON_RANGE,
    RATE_RANGE,
    URL_KEYS,
    allocation_from_query,
    allocation_to_query,
    coefficients_from_values,
    coefficients_to_values,
    params_from_query,
    params_to_query,
)

DEFAULTS = ScenarioParams()
PRESETS = Presets(published_trend(load_plan_data(REPO_ROOT / "data").district_poverty))
OPENING = PRESETS.opening()


def test_defaults_leave_the_url_clean():
    assert params_to_query(DEFAULTS) == {}
    assert params_from_query({}) == (DEFAULTS, [])


def test_the_opening_scenario_is_the_trend_and_leaves_the_url_clean():
    assert params_from_query({}, PRESETS) == (OPENING, [])
    assert params_from_query({"lang": "en", "present": "1"}, PRESETS) == (OPENING, [])
    assert params_to_query(OPENING, PRESETS) == {}


def test_presets_in_the_url():
    # the app writes the preset, and rates only when they are custom
    plan = PRESETS.apply(OPENING, "plan")
    assert params_to_query(plan, PRESETS) == {"preset": "plan"}
    assert params_from_query({"preset": "plan"}, PRESETS) == (plan, [])
    trend_2030 = replace(OPENING, horizon=2030)
    assert params_to_query(trend_2030, PRESETS) == {"preset": "trend", "h": "2030"}
    assert params_from_query({"preset": "trend", "h": "2030"}, PRESETS) == (trend_2030, [])
    custom = replace(OPENING, other_communes_rate=6.5, preset="custom")
    query = params_to_query(custom, PRESETS)
    # the other three trend rates differ from the plan's, so they are written too
    assert query == {"preset": "custom", "r": "6.5", "rp": "8.1", "rn": "0.73", "re": "6.16"}
    assert params_from_query(query, PRESETS) == (custom, [])


def test_the_trend_in_the_relative_reading():
    p, _ = params_from_query({"preset": "trend", "mode": "relative"}, PRESETS)
    assert (p.other_communes_rate, p.poor_commune_rate, p.preset) == (16.78, 23.96, "trend")


def test_old_links_keep_their_meaning():
    # before presets, missing rates meant the plan's: ?h=2027 is the plan at 2027
    p, rejected = params_from_query({"h": "2027"}, PRESETS)
    assert rejected == [] and p == replace(DEFAULTS, horizon=2027, preset="plan")
    p, _ = params_from_query({"r": "5", "h": "2027"}, PRESETS)
    assert p == replace(DEFAULTS, other_communes_rate=5.0, horizon=2027, preset="custom")
    # an old link holding exactly the trend's rates is labelled the trend
    p, _ = params_from_query({"r": "5.67", "rp": "8.1", "rn": "0.73", "re": "6.16"}, PRESETS)
    assert p.preset == "trend"


def test_a_preset_whose_rates_were_changed_in_the_url_is_custom():
    p, _ = params_from_query({"preset": "plan", "r": "3"}, PRESETS)
    assert (p.other_communes_rate, p.poor_commune_rate, p.preset) == (3.0, 10.0, "custom")


@pytest.mark.parametrize("value", ["TREND", "x", "", "<b>"])
def test_a_bad_preset_is_reported(value):
    p, rejected = params_from_query({"preset": value}, PRESETS)
    assert rejected == ["preset"]
    assert p == OPENING  # nothing valid: the opening scenario
    p, rejected = params_from_query({"preset": value, "h": "2027"}, PRESETS)
    assert rejected == ["preset"]
    assert p == replace(DEFAULTS, horizon=2027)  # an old-style link: the plan's rates


@settings(max_examples=100, deadline=None)
@given(
    st.builds(
        ScenarioParams,
        other_communes_rate=st.integers(0, 3000).map(lambda v: v / 100),
        poor_commune_rate=st.integers(0, 3000).map(lambda v: v / 100),
        near_poor_rate=st.integers(0, 1000).map(lambda v: v / 100),
        ethnic_minority_rate=st.integers(0, 3000).map(lambda v: v / 100),
        reading=st.sampled_from(("points", "relative")),
        household_growth_pct=st.integers(-50, 50).map(lambda v: v / 10),
        poor_commune_rule=st.sampled_from(("flag", "threshold")),
        poor_commune_threshold_pct=st.integers(0, 100).map(float),
        horizon=st.integers(*HORIZON_RANGE),
        preset=st.sampled_from(("plan", "trend", "custom")),
    )
)
def test_any_scenario_survives_the_url(params):
    labelled = PRESETS.label(params)
    assert params_from_query(params_to_query(params, PRESETS), PRESETS) == (labelled, [])


def test_round_trip():
    p = ScenarioParams(
        other_communes_rate=5.5,
        poor_commune_rate=12.3,
        near_poor_rate=0.4,
        ethnic_minority_rate=8.1,
        reading="relative",
        household_growth_pct=-1.2,
        poor_commune_rule="threshold",
        poor_commune_threshold_pct=35.0,
        horizon=2030,
        preset="custom",
    )
    query = params_to_query(p)
    assert set(query) == set(URL_KEYS)
    assert query["r"] == "5.5" and query["mode"] == "relative" and query["h"] == "2030"
    assert params_from_query(query) == (p, [])


def test_only_non_default_values_are_written():
    assert params_to_query(ScenarioParams(other_communes_rate=6.0)) == {
        "preset": "custom",
        "r": "6",
    }


def test_values_are_rounded_to_the_slider_step_and_a_decimal_comma_is_read():
    p, rejected = params_from_query({"r": "5,555", "pt": "33.4"})
    assert rejected == []
    assert p.other_communes_rate in (5.55, 5.56)
    assert p.poor_commune_threshold_pct == 33.0


@pytest.mark.parametrize(
    "key, value",
    [
        ("r", "abc"),
        ("r", "nan"),
        ("r", "inf"),
        ("r", "-inf"),
        ("r", "1e400"),
        ("r", "9" * 5000),
        ("r", str(RATE_RANGE[1] + 0.1)),
        ("r", "-1"),
        ("rn", "11"),
        ("g", "6"),
        ("pt", "101"),
        ("h", str(HORIZON_RANGE[0] - 1)),
        ("h", "2025.5"),
        ("h", "99999999999999999999999"),
        ("mode", "RELATIVE"),
        ("mode", "<script>alert(1)</script>"),
        ("pc", "'; DROP TABLE scenarios; --"),
        ("r", ""),
        ("r", []),
        ("r", None),
        ("r", 5),
        ("r", {"a": 1}),
        ("r", "\x00"),
    ],
)
def test_hostile_values_fall_back_to_the_default_and_are_reported(key, value):
    p, rejected = params_from_query({key: value})
    assert p == DEFAULTS
    assert rejected == [key]


def test_unknown_keys_are_ignored_and_good_values_kept():
    p, rejected = params_from_query(
        {"lang": "en", "x": "1", "__class__": "os.system", "r": "6", "h": "bad"}
    )
    assert p == ScenarioParams(other_communes_rate=6.0, preset="custom")
    assert rejected == ["h"]


def test_repeated_keys_take_the_last_value():
    p, rejected = params_from_query({"r": ["5", "6"]})
    assert p.other_communes_rate == 6.0 and rejected == []


def test_a_broken_mapping_never_raises():
    class Broken(dict):
        def keys(self):
            raise RuntimeError("boom")

    assert params_from_query(Broken()) == (DEFAULTS, [])
    assert params_from_query({1: "2", None: "x"}) == (DEFAULTS, [])


# --- the allocation page's state -----------------------------------------------------------


def test_allocation_defaults_leave_the_url_clean():
    assert allocation_to_query(alloc.AllocationParams()) == {}
    assert allocation_from_query({}) == (alloc.AllocationParams(), [])


def test_allocation_round_trip():
    params = alloc.AllocationParams(
        source="DA1.investment",
        amount=2500,
        floor=50,
        cap=9000,
        coefficients=alloc.Coefficients(
            poor_households=1, near_poor_households=0.5, zone_iii=1234.567, per_thi_tran=3
        ),
    )
    query = allocation_to_query(params)
    assert query == {
        "af": "DA1.investment",
        "aa": "2500",
        "afl": "50",
        "acp": "9000",
        "k_near": "0.5",
        "k_z3": "1234.567",
        "k_tt": "3",
    }
    assert allocation_from_query(query) == (params, [])


def test_allocation_keys_do_not_collide_with_the_scenarios():
    assert not set(ALLOCATION_URL_KEYS) & set(URL_KEYS)
    assert not set(ALLOCATION_URL_KEYS) & {"lang", "present"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("af", "DA1.everything"),
        ("af", "../../etc/passwd"),
        ("af", "DA1.total;drop"),
        ("af", "ĐA1.total"),
        ("aa", "-1"),
        ("aa", "1.5"),
        ("aa", "1e12"),
        ("acp", "nan"),
        ("k_poor", "-0.1"),
        ("k_poor", "10001"),
        ("k_z3", "inf"),
        ("k_hh", "<script>"),
        ("k_vil", "x" * 40),
    ],
)
def test_hostile_allocation_values_fall_back_and_are_reported(key, value):
    params, rejected = allocation_from_query({key: value, "k_near": "2"})
    assert rejected == [key]
    assert params.coefficients.near_poor_households == 2.0  # the good value is kept
    default = alloc.AllocationParams()
    assert params.source == default.source and params.amount == default.amount
    assert params.cap is None and params.floor == 0
    assert params.coefficients.poor_households == 1.0 or key != "k_poor"


def test_coefficient_sets_as_values():
    c = alloc.Coefficients(poor_households=2, per_xa=10)
    values = coefficients_to_values(c)
    assert values["k_poor"] == "2" and values["k_xa"] == "10" and values["k_hh"] == "0"
    assert coefficients_from_values(values) == (c, [])
    # a tampered store: bad values go back to the neutral default, and are reported
    assert coefficients_from_values({"k_poor": "-5", "af": "DA1.total"}) == (
        alloc.NEUTRAL,
        ["k_poor"],
    )


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from([*ALLOCATION_URL_KEYS, "zz"]),
        st.one_of(st.text(max_size=40), st.lists(st.text(max_size=10), max_size=3)),
    )
)
def test_any_allocation_query_gives_valid_state(query):
    params, rejected = allocation_from_query(query)
    assert set(rejected) <= set(ALLOCATION_URL_KEYS)
    for name in alloc.COEFFICIENT_KEYS:
        assert 0 <= getattr(params.coefficients, name) <= 10_000
    assert 0 <= params.amount <= 10_000_000 and isinstance(params.amount, int)
    # what is written back reads back the same
    assert allocation_from_query(allocation_to_query(params)) == (params, [])
