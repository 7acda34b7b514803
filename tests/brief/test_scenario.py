"""The scenario page's brief holds the headline of the scenario in force, the communes
furthest from their target, the scenario in words and the link that reopens it."""

from __future__ import annotations

from dataclasses import replace

from gnbv import cache, cache_briefs
from gnbv.brief.frame import view_link
from gnbv.url_state import ScenarioCodec
from tests.brief.briefs import (
    BASE_URL,
    DATA_DIR,
    DAY,
    baseline,
    make,
    reader,
    scenario_params,
    text,
)


def test_scenario_brief_in_vietnamese():
    said = text(make("scenario", "vi"))
    for figure in ("20,88%", "19,80%", "18 / 19", "1.650", "Thiếu 1,08 điểm %"):
        assert figure in said
    assert "MINH HỌA" in said
    assert "Xu hướng đã công bố" in said  # the preset in force, in words
    assert "Bản Cái" in said  # furthest from its target: first in the table
    assert "8 xã, thị trấn xa mục tiêu nhất năm 2025" in said


def test_scenario_brief_in_english():
    said = text(make("scenario", "en"))
    for figure in ("20.88%", "19.80%", "18 / 19", "1,650"):
        assert figure in said
    assert "ILLUSTRATIVE" in said
    assert "The 8 communes furthest from their 2025 target" in said


def test_a_scenario_brief_says_its_scenario_and_links_to_it():
    params = replace(scenario_params(), other_communes_rate=9.5, preset="custom", horizon=2027)
    query = ScenarioCodec(cache.scenario_presets(DATA_DIR)).to_query(params)
    link = view_link(BASE_URL, "kich-ban", query, "en")
    pdf = cache_briefs.scenario_brief(baseline(), params, DATA_DIR, True, link, "en", DAY)
    said = text(pdf)
    assert "r=9.5" in link and "h=2027" in link
    assert link in said
    assert "down 9.5 pp a year" in said
    assert "Horizon: 2027" in said


def test_a_long_scenario_brief_still_fits_two_pages():
    """A far horizon, the relative reading, uploaded figures and a long link: the table of the
    communes furthest from their target is cut shorter, the brief stays at two pages."""
    params = replace(
        scenario_params(),
        horizon=2035,
        reading="relative",
        preset="custom",
        other_communes_rate=30.0,
    )
    link = f"{BASE_URL}/kich-ban?" + "&".join(f"k{i}={i}" for i in range(40))
    for lang in ("vi", "en"):
        pdf = cache_briefs.scenario_brief(
            baseline(uploaded=True), params, DATA_DIR, True, link, lang, DAY
        )
        assert len(reader(pdf).pages) <= 2
        assert "2035" in text(pdf)
