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
    make,
    reader,
    scenario_params,
    start,
    text,
)


# The opening scenario (the published trend: 5,67 points a year in the other communes, 8,1 in
# the poor ones) from the series' end-2024 rows, worked out from
# data/commune_poverty_series_illustrative.csv: 3.593 poor of 12.773 households is 28,13%; one
# year on, the communes' rates weighted by their households give 21,54% against the target
# 28,13 − 7 = 21,13% (short by 0,42 points); 841 households leave poverty; every commune but
# Bắc Hà town (4,14%, already at its floor) is short of its own target.
def test_scenario_brief_in_vietnamese():
    said = text(make("scenario", "vi"))
    for figure in ("21,54%", "21,13%", "28,13% năm 2024", "18 / 19", "841", "Thiếu 0,42 điểm %"):
        assert figure in said
    assert "Kịch bản bắt đầu từ năm 2024" in said  # which year and data it starts from
    assert "MINH HỌA" in said
    assert "Xu hướng đã công bố" in said  # the preset in force, in words
    assert "Bản Cái" in said  # furthest from its target: first in the table
    assert "8 xã, thị trấn xa mục tiêu nhất năm 2025" in said


def test_scenario_brief_in_english():
    said = text(make("scenario", "en"))
    for figure in ("21.54%", "21.13%", "from 28.13% in 2024", "18 / 19", "841"):
        assert figure in said
    assert "ILLUSTRATIVE" in said
    assert "The scenario starts from 2024, the latest year of the data in use" in said
    assert "The 8 communes furthest from their 2025 target" in said


def test_a_scenario_brief_says_its_scenario_and_links_to_it():
    params = replace(scenario_params(), other_communes_rate=9.5, preset="custom", horizon=2027)
    query = ScenarioCodec(cache.scenario_presets(DATA_DIR)).to_query(params)
    link = view_link(BASE_URL, "kich-ban", query, "en")
    pdf = cache_briefs.scenario_brief(start(), params, DATA_DIR, link, "en", DAY)
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
        pdf = cache_briefs.scenario_brief(start(uploaded=True), params, DATA_DIR, link, lang, DAY)
        assert len(reader(pdf).pages) <= 2
        assert "2035" in text(pdf)
    assert "the series of yearly reviews uploaded this session" in text(pdf)
