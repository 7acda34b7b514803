"""Every page's parameters and their URL codecs (gnbv.page_params, gnbv.url_state)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gnbv import page_params as pp
from gnbv import url_state as us

CODECS = {
    "map": pp.MAP_CODEC,
    "funding": pp.FUNDING_CODEC,
    "data": pp.DATA_CODEC,
    "scenario_view": pp.SCENARIO_VIEW_CODEC,
    "allocation_view": pp.ALLOCATION_VIEW_CODEC,
    "allocation": us.AllocationCodec(),
    "scenario": us.ScenarioCodec(),
}


@pytest.mark.parametrize("name", CODECS)
def test_the_defaults_leave_the_url_clean(name):
    codec = CODECS[name]
    assert codec.to_query(codec.default()) == {}
    assert codec.from_query({}) == (codec.default(), [])


def test_a_map_link_round_trips():
    params = pp.MapParams(metric="near_poor_rate", year=2024, classing="quantile", commune="02839")
    query = pp.MAP_CODEC.to_query(params)
    assert query == {"m": "near_poor_rate", "y": "2024", "cl": "quantile", "xa": "02839"}
    assert pp.MAP_CODEC.from_query(query) == (params, [])


def test_a_funding_link_names_the_project_and_measure():
    params = pp.FundingParams(measure="share", project="DA4")
    assert pp.FUNDING_CODEC.to_query(params) == {"do": "share", "da": "DA4"}
    assert pp.FUNDING_CODEC.from_query({"do": "share", "da": "DA4"}) == (params, [])


def test_hostile_values_fall_back_to_defaults_and_are_named():
    query = {
        "m": "<script>",
        "y": "1e309",
        "cl": ["fixed", "nope"],
        "xa": "2839",  # a code without its leading zero is not a GSO code
        "lang": "en",  # another owner's key: ignored
    }
    params, rejected = pp.MAP_CODEC.from_query(query)
    assert params == pp.MapParams()
    assert sorted(rejected) == ["cl", "m", "xa", "y"]


def test_a_year_outside_the_horizon_range_is_refused():
    assert pp.MAP_CODEC.from_query({"y": "1999"}) == (pp.MapParams(), ["y"])
    assert pp.MAP_CODEC.from_query({"y": "2030"}) == (pp.MapParams(year=2030), [])


def test_the_compare_choice_stays_out_of_links():
    view = replace(pp.ScenarioViewParams(), section="saved", compare=("", "Chậm"))
    assert pp.SCENARIO_VIEW_CODEC.to_query(view) == {"tab": "saved"}


query_values = st.one_of(
    st.text(max_size=60),
    st.lists(st.text(max_size=40), max_size=4),
    st.integers(),
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
)


@pytest.mark.parametrize("name", CODECS)
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    query=st.dictionaries(
        st.sampled_from(
            [
                "m",
                "y",
                "cl",
                "xa",
                "do",
                "da",
                "ds",
                "tab",
                "r",
                "h",
                "preset",
                "af",
                "aa",
                "k_hh",
                "x",
            ]
        ),
        query_values,
        max_size=8,
    )
)
def test_no_url_breaks_a_codec(name, query):
    """Whatever the URL holds, a codec returns parameters that write back to a URL it reads
    again to the same parameters (what a reload of a written link does)."""
    codec = CODECS[name]
    params, rejected = codec.from_query(query)
    assert set(rejected) <= set(codec.keys)
    written = codec.to_query(params)
    assert set(written) <= set(codec.keys)
    assert codec.from_query(written) == (params, [])
