"""The progress page's brief: the district against the plan's path, the communes furthest
behind first, the illustrative marking while the series is the shipped one, in the language."""

from __future__ import annotations

from datetime import date

from gnbv import cache_briefs
from gnbv.i18n import t
from gnbv.scenario import ScenarioParams
from gnbv.versioned import Versioned
from tests.brief.briefs import make, plan, text


def test_progress_brief_in_vietnamese():
    said = text(make("progress", "vi"))
    assert "42,96% (2022) → 28,13% (2024), giảm 14,83 điểm %; R = 1,06: Đúng tiến độ" in said
    assert "MINH HOẠ" in said and "MINH HỌA" in said  # the page's marking and the brief's
    assert "10 trong 19 xã xa lộ trình nhất" in said
    assert said.index("Nậm Khánh") < said.index("Bắc Hà (thị trấn)")  # furthest behind first
    assert "open-sdg/open-sdg" in said


def test_progress_brief_in_english_in_the_relative_reading():
    data = plan()
    series = data.versioned("commune_series")
    link = "http://localhost:8501/tien-do?mode=relative&lang=en"
    pdf = cache_briefs.progress_brief(
        data, series, ScenarioParams(reading="relative"), True, link, "en", date(2026, 12, 6)
    )
    said = text(pdf)
    assert t("pg_x_reading", "en", reading=t("pg_reading_relative", "en")) in said
    assert "The 10 of 19 communes furthest behind" in said
    assert link in said
    assert "điểm" not in said


def test_an_uploaded_series_is_said_and_not_marked_illustrative():
    data = plan()
    uploaded = Versioned.of(data.commune_series.assign(is_illustrative=False))
    pdf = cache_briefs.progress_brief(
        data, uploaded, ScenarioParams(), False, "http://h/tien-do", "en", date(2026, 12, 6)
    )
    said = text(pdf)
    assert t("brief_baseline_uploaded", "en") in said
    assert "ILLUSTRATIVE" not in said
