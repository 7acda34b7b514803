"""The scenario in the URL: round trip, and hostile values that fall back to defaults."""

import pytest

from gnbv.scenario import ScenarioParams
from gnbv.url_state import (
    HORIZON_RANGE,
    RATE_RANGE,
    URL_KEYS,
    params_from_query,
    params_to_query,
)

DEFAULTS = ScenarioParams()


def test_defaults_leave_the_url_clean():
    assert params_to_query(DEFAULTS) == {}
    assert params_from_query({}) == (DEFAULTS, [])


def test_round_trip():
    p = ScenarioParams(
        district_rate=5.5,
        poor_commune_rate=12.3,
        near_poor_rate=0.4,
        ethnic_minority_rate=8.1,
        reading="relative",
        household_growth_pct=-1.2,
        poor_commune_rule="threshold",
        poor_commune_threshold_pct=35.0,
        horizon=2030,
    )
    query = params_to_query(p)
    assert set(query) == set(URL_KEYS)
    assert query["r"] == "5.5" and query["mode"] == "relative" and query["h"] == "2030"
    assert params_from_query(query) == (p, [])


def test_only_non_default_values_are_written():
    assert params_to_query(ScenarioParams(district_rate=6.0)) == {"r": "6"}


def test_values_are_rounded_to_the_slider_step_and_a_decimal_comma_is_read():
    p, rejected = params_from_query({"r": "5,55", "pt": "33.4"})
    assert rejected == []
    assert p.district_rate in (5.5, 5.6)
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
    assert p == ScenarioParams(district_rate=6.0)
    assert rejected == ["h"]


def test_repeated_keys_take_the_last_value():
    p, rejected = params_from_query({"r": ["5", "6"]})
    assert p.district_rate == 6.0 and rejected == []


def test_a_broken_mapping_never_raises():
    class Broken(dict):
        def keys(self):
            raise RuntimeError("boom")

    assert params_from_query(Broken()) == (DEFAULTS, [])
    assert params_from_query({1: "2", None: "x"}) == (DEFAULTS, [])
