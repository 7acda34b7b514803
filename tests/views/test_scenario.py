"""What the scenario page shows, built in gnbv: checked against numbers worked out by hand."""

import pandas as pd
import pytest

from gnbv.i18n import t
from gnbv.scenario import ScenarioParams, project
from gnbv.scenario_effort import year_below
from gnbv.scenario_presets import Presets, published_trend
from gnbv.scenario_start import ScenarioStart, scenario_start
from gnbv.versioned import Versioned
from gnbv.views import scenario as view


def commune(code, households, poor, poor_commune=False, near=0):
    return {
        "code": code,
        "year": 2023,
        "households": households,
        "poor_households": poor,
        "near_poor_households": near,
        "ethnic_minority_households": households,
        "ethnic_minority_poor_households": poor,
        "is_poor_commune": poor_commune,
    }


# A: 40% poor, falls 7 a year (target 7): on its target. B: a poor commune at 60%, falls
# 10 (target 10). C: 30%, falls 5 a year against a target of 7: short by 2 × 2 = 4 points.
BASELINE = pd.DataFrame(
    [commune("A", 1000, 400), commune("B", 500, 300, True), commune("C", 200, 60)]
)
NAMES = {"A": "Xã A", "B": "Xã B", "C": "Xã C"}


@pytest.fixture(scope="module")
def result():
    # district 5 a year for the non-poor communes (A and C), poor communes 10
    return project(BASELINE, ScenarioParams(other_communes_rate=5.0, preset="custom"))


def test_headline_by_hand(result):
    h = view.headline(result)
    # district 2023: 760 poor of 1700 = 44,705…%; 2025: A 30% of 1000 + B 40% of 500 +
    # C 20% of 200 = 300 + 200 + 40 = 540 of 1700 = 31,76…%; target 44,705 − 14 = 30,705…
    assert h.rate_start == pytest.approx(760 / 17)
    assert h.rate_end == pytest.approx(540 / 17)
    assert h.target_end == pytest.approx(760 / 17 - 14)
    assert not h.met and h.gap_pp == pytest.approx(540 / 17 - (760 / 17 - 14))
    assert (h.short, h.communes, h.poor_communes) == (2, 3, 1)  # A and C short, B on target
    assert h.leaving == pytest.approx(220)
    assert view.short_communes(result) == 2


def test_commune_rows_furthest_short_first(result):
    below = year_below(BASELINE, result.params, 35)
    rows = view.commune_rows(result, NAMES, below)
    # gaps: A 40 − 10 = 30 against 26 → 4; C 30 − 10 = 20 against 16 → 4; B 0
    assert list(rows["code"]) == ["A", "C", "B"]  # ties by name
    assert rows["poor_gap_pp"].round(9).tolist() == [4.0, 4.0, 0.0]
    assert rows["poor_met"].tolist() == [False, False, True]
    assert rows["poor_households_end"].tolist() == [300, 40, 200]
    assert rows["leaving"].tolist() == [100, 20, 100]
    # below 35%: A 40 → 35 (2024, not below) → 30 (2025); B 60 → 50 → 40 → 30 (2026); C now
    assert rows["year_below"].tolist() == [2025, 2023, 2026]
    assert rows["poor_commune"].tolist() == [False, False, True]


def test_whole_households_add_up_to_the_district():
    # Three communes of 3 households, 1 poor (33,33…%): 19,33…% in 2025, 0,58 households
    # each, 1,74 in all. Rounded one by one: 1 + 1 + 1 = 3; by largest remainder: 2.
    frame = pd.DataFrame([commune(c, 3, 1) for c in "XYZ"])
    r = project(frame, ScenarioParams())
    rows = view.commune_rows(r, {}, year_below(frame, r.params, 10))
    assert sorted(rows["poor_households_end"].tolist()) == [0, 1, 1]
    assert rows["poor_households_end"].sum() == round(r.district["poor_households"].iloc[-1]) == 2


def test_commune_table_in_vietnamese(result):
    rows = view.commune_rows(result, NAMES, year_below(BASELINE, result.params, 35))
    table = view.commune_table(rows, result, 35, "vi")
    frame = table.frame.set_index("Xã, thị trấn")
    assert list(frame.columns)[5] == "Tình trạng so với mục tiêu"
    assert frame.loc["Xã A", "Tỷ lệ nghèo 2025"] == "30,00%"
    assert frame.loc["Xã A", "Mục tiêu 2025"] == "26,00%"
    assert frame.loc["Xã A", "Chênh lệch (điểm %)"] == "4,00"  # 2 decimals: aligned
    assert frame.loc["Xã B", "Chênh lệch (điểm %)"] == "0,00"  # not "-0,00"
    assert frame.loc["Xã A", "Tình trạng so với mục tiêu"] == "Chưa đạt"
    assert frame.loc["Xã B", "Xã nghèo"] == "Có"
    assert frame.loc["Xã A", "Năm dưới 35%"] == "2025"
    assert "Tỷ lệ nghèo 2025" in table.numeric and "Xã nghèo" not in table.numeric


def shipped_start(plan_data):
    return scenario_start(
        plan_data.versioned("commune_baseline"), plan_data.versioned("commune_series")
    )


def test_target_and_context_sentences(plan_data):
    """From the shipped start (the series' end-2024 rows: 3.593 poor of 12.773 households,
    28,13%), the target is 28,13 − 1 × 7 = 21,13% in 2025."""
    presets = Presets(published_trend(plan_data.district_poverty))
    r = project(shipped_start(plan_data).data.frame, presets.opening())
    sentence = view.target_sentence(r, "vi")
    assert "mục tiêu 21,13% năm 2025" in sentence
    assert "giảm 7 điểm %/năm" in sentence and "từ 28,13% cuối năm 2024" in sentence
    context = view.context_sentence(plan_data.district_poverty, r, "en")
    assert "42.96%" in context and "21.96% in 2025" in context and "derived" in context
    no_derived = plan_data.district_poverty[plan_data.district_poverty["status"] != "derived"]
    assert view.context_sentence(no_derived, r, "vi") == ""


def test_preset_sentence_states_the_trend_rule(plan_data):
    presets = Presets(published_trend(plan_data.district_poverty))
    text = view.preset_sentence(presets.opening(), presets.trend, "vi")
    assert "Xu hướng đã công bố" in text
    assert "từ 33,80% (cuối 2023) xuống 28,13% (cuối 2024) là giảm 5,67 điểm %" in text
    assert "hệ số 0,81" in text and "xã nghèo 8,1 điểm %" in text
    plan = presets.apply(presets.opening(), "plan")
    assert view.preset_sentence(plan, presets.trend, "en") == (
        "Shown: The plan's targets, measured against the plan's targets."
    )


def test_control_labels_say_which_communes(result):
    labels = view.control_labels(result.params, 1, 3, "vi")
    assert labels["other_communes_rate"] == (
        "Tỷ lệ hộ nghèo ở 2 xã, thị trấn không có trong danh sách xã nghèo của dữ liệu: "
        "giảm 5 điểm %/năm"
    )
    assert labels["poor_commune_rate"].startswith("Tỷ lệ hộ nghèo ở 1 xã nghèo")
    threshold = ScenarioParams(poor_commune_rule="threshold", poor_commune_threshold_pct=45)
    en = view.control_labels(threshold, 1, 3, "en")
    assert en["other_communes_rate"] == (
        "Poor rate in the 2 communes whose baseline poor rate is below 45%: down 7 pp a year"
    )
    assert en["settings"].startswith("Reading: points · Poor communes: communes at or above")


def test_compare_summary_and_money_table(result, plan_data):
    other = project(BASELINE, ScenarioParams(reading="relative"))
    summary = view.compare_summary({"Chậm": result, "Tương đối": other}, "vi")
    assert list(summary.columns) == ["Chậm", "Tương đối"]
    assert summary.loc["Tỷ lệ hộ nghèo (xã không nghèo)", "Chậm"] == "5 điểm %"
    assert summary.loc["Tỷ lệ hộ nghèo (xã không nghèo)", "Tương đối"] == "7%"
    assert summary.loc["Xã chưa đạt mục tiêu hộ nghèo", "Chậm"] == "2 / 3"
    assert summary.loc["Tình trạng so với mục tiêu", "Chậm"] == "Chưa đạt"
    from gnbv.scenario_effort import money_per_household

    money = view.money_table(money_per_household(760, result), "vi").set_index("Nhóm")
    # 760 million for 760 poor; 220 leave in 2 years: 110 a year → 6,9 million each
    assert money.loc["Toàn huyện", "Kinh phí / hộ thoát nghèo"] == "6,9 triệu đồng"


def test_a_fields_value_as_the_page_shows_it():
    assert view.field_text("preset", "trend", "en") == t("scn_preset_trend", "en")
    assert view.field_text("horizon", 2025, "vi") == "2025"
    assert view.field_text("household_growth_pct", 1.0, "vi") == "1%"
    assert view.field_text("poor_commune_threshold_pct", 40.0, "en") == "40%"
    assert view.field_text("other_communes_rate", 5.67, "vi") == "5,67"
    assert view.field_text("near_poor_rate", 0.9, "en") == "0.9"


def test_the_start_sentence_says_which_year_and_data(plan_data):
    start = shipped_start(plan_data)
    assert view.start_sentence(start, 19, "en") == (
        "The scenario starts from 2024, the latest year of the data in use: the last review "
        "of the ILLUSTRATIVE series of yearly reviews shipped with the app (the Progress page)."
    )
    assert view.start_sentence(start, 19, "vi").startswith("Kịch bản bắt đầu từ năm 2024")
    data = Versioned.of(BASELINE)
    uploaded = ScenarioStart(data, 2025, "baseline", True, False, 3)
    assert "2025" in view.start_sentence(uploaded, 3, "vi")
    assert "one-year commune figures uploaded this session" in view.start_sentence(
        uploaded, 3, "en"
    )
    series = ScenarioStart(data, 2023, "series", True, False, 3)
    assert "series of yearly reviews uploaded this session" in view.start_sentence(series, 3, "en")
    shipped = ScenarioStart(data, 2023, "baseline", False, True, 3)
    assert "the ILLUSTRATIVE set shipped" in view.start_sentence(shipped, 3, "en")
    partial = ScenarioStart(data, 2025, "series", True, False, 3)
    assert view.start_sentence(partial, 19, "en").endswith(
        " 2025 holds figures for only 3 of the 19 communes: the scenario and the district's "
        "figures count those alone."
    )
    assert "chỉ có số liệu của 3/19 xã, thị trấn" in view.start_sentence(partial, 19, "vi")
    assert view.start_sentence(ScenarioStart(data, None, "baseline", True, False, 3), 3, "en") == ""


def test_the_year_below_the_threshold_counts_from_the_start(plan_data):
    """Under the published trend (5,67 points a year, 8,1 in poor communes) from end-2024,
    worked out from the series file: Bắc Hà town (42 poor of 1.014 households, 4,14%) is
    below 10% in the start year itself; Lùng Cải (313 of 541, 57,86%) needs
    57,86 − 8,1 × 6 = 9,26 < 10: 2030; Bản Phố (108 of 755, 14,30%): 14,30 − 5,67 = 8,63: 2025."""
    start = shipped_start(plan_data)
    params = Presets(published_trend(plan_data.district_poverty)).opening()
    result = project(start.data.frame, params)
    rows, table, _ = view.commune_view(
        result, start.data.frame, params, 10.0, plan_data.communes, "en"
    )
    below = dict(zip(rows["name"], rows["year_below"]))
    assert (below["Bắc Hà"], below["Lùng Cải"], below["Bản Phố"]) == (2024, 2030, 2025)
    assert result.baseline_year == 2024 and "Poor rate 2024" in table.frame.columns
