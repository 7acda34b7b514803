"""The scenario page: it opens on the published trend against the plan's target, presets and
sliders move the table, the URL carries the scenario, one target everywhere, saving asks
before replacing, and saving is off in read-only mode."""

import io
import json
import sqlite3

import openpyxl
import pytest

from tests.apptest import open_section, run_page, texts
from ui.page_states import SCENARIO_VIEW

RATE_2025 = "Tỷ lệ nghèo 2025"
STATUS = "Tình trạng so với mục tiêu"
RATES = ("scn_other_communes_rate", "scn_poor_commune_rate", "scn_near_poor_rate")
SECTION = "scn_section"
NAM_MON = "02881"


@pytest.fixture(autouse=True)
def scenario_db(tmp_path, monkeypatch):
    path = tmp_path / "scenarios.sqlite3"
    monkeypatch.setenv("GNBV_SCENARIO_DB", str(path))
    return path


def scenarios(**query):
    """The scenario page with its settings (reading, rules, horizon) unfolded."""
    return unfold(run_page("scenarios.py", **query))


def unfold(at):
    """Unfold the settings (as a click on the fold does)."""
    at.session_state["scn_settings_open"] = True
    return at.run()


def as_number(text: str) -> float:
    """'17,94%' → 17.94"""
    return float(text.rstrip("%").replace(".", "").replace(",", "."))


def table(at):
    """The commune table (its first column: the commune, in either language)."""
    frame = next(d.value for d in at.dataframe if d.value.columns[0] in ("Xã, thị trấn", "Commune"))
    return frame.set_index(frame.columns[0])


def metrics(at):
    return {m.label: m.value for m in at.metric}


def rates(at):
    return [at.slider(key=k).value for k in (*RATES, "scn_ethnic_minority_rate")]


def section(at, label):
    """The section whose tab reads ``label`` open (as a click on the tab does)."""
    return open_section(at, SCENARIO_VIEW, label)


def test_opens_on_the_published_trend_against_the_plans_target():
    at = run_page("scenarios.py")
    assert not at.exception
    assert at.segmented_control(key="scn_preset").value == "trend"
    assert rates(at) == [5.67, 8.1, 0.73, 6.16]  # 33,80 − 28,13 = 5,67; × 0,81 for the others
    # The scenario starts from the latest year loaded: the shipped series' end-2024 rows
    # (data/commune_poverty_series_illustrative.csv: 3.593 poor of 12.773 households, 28,13%).
    # One year of the trend (5,67 points, 8,1 in the 9 poor communes), the communes' rates
    # weighted by their households: 21,54%; the target 28,13 − 1 × 7 = 21,13%.
    m = metrics(at)
    assert m["Tỷ lệ hộ nghèo toàn huyện 2025"] == "21,54%"
    assert m["Mục tiêu huyện 2025"] == "21,13%"  # 28,13 − 1 × 7
    assert m["Xã chưa đạt mục tiêu hộ nghèo"] == "18 / 19"  # all but Bắc Hà town (4,14% → 0)
    assert m["Hộ thoát nghèo 2024–2025"] == "841"
    page = texts(at)
    assert (
        "Kịch bản bắt đầu từ năm 2024, năm mới nhất của số liệu đang dùng: năm rà soát cuối "
        "của chuỗi số liệu MINH HỌA theo năm đi kèm ứng dụng (trang Tiến độ)."
    ) in page
    assert "Đang xem: Xu hướng đã công bố, đánh giá so với mục tiêu của kế hoạch" in page
    assert "5,67 điểm % một năm" in page and "hệ số 0,81" in page  # the preset's rule
    # the target, named once, with the reason
    assert "đo so với mục tiêu 21,13% năm 2025" in page
    assert "tính từ 28,13% cuối năm 2024, vì số liệu từng xã" in page
    assert "MINH HỌA" in page
    assert not at.query_params  # the opening scenario leaves the URL clean
    # the settings are folded under a line that says them all
    fold = at.expander[0].label
    assert fold == (
        "Cách hiểu: điểm % · Xã nghèo: theo danh sách trong dữ liệu · Tăng số hộ: 0,0%/năm · "
        "Năm mục tiêu: 2025"
    )
    t = table(at)
    assert len(t) == 19
    assert STATUS in t.columns
    assert list(t[STATUS]).count("Chưa đạt") == 18
    gaps = [float(g.replace(",", ".")) for g in t["Chênh lệch (điểm %)"]]
    assert gaps == sorted(gaps, reverse=True)  # furthest short first


def test_the_main_sliders_say_which_communes_they_apply_to():
    at = scenarios()
    labels = [at.slider(key=k).label for k in RATES]
    # 9 of the 19 are flagged poor communes in the data; the engine applies r to the other 10
    assert labels[0] == (
        "Tỷ lệ hộ nghèo ở 10 xã, thị trấn không có trong danh sách xã nghèo của dữ liệu: "
        "giảm 5,67 điểm %/năm"
    )
    assert labels[1].startswith("Tỷ lệ hộ nghèo ở 9 xã nghèo")
    at.radio(key="scn_poor_commune_rule").set_value("threshold").run()
    label = at.slider(key="scn_other_communes_rate").label
    assert "có tỷ lệ nghèo năm gốc dưới 40%" in label


def test_the_plans_preset():
    at = scenarios()
    at.segmented_control(key="scn_preset").set_value("plan").run()
    assert not at.exception
    assert rates(at) == [7.0, 10.0, 0.9, 7.6]
    assert dict(at.query_params) == {"preset": "plan"}
    # 7 points a year, 10 in poor communes, one year from end-2024 (the data file): 20,08%
    assert metrics(at)["Tỷ lệ hộ nghèo toàn huyện 2025"] == "20,08%"
    assert "Đang xem: Chỉ tiêu kế hoạch" in texts(at)


def test_moving_a_slider_makes_it_custom_and_changes_the_table_and_the_url():
    at = scenarios(preset="plan")
    before = table(at).loc["Nậm Mòn", RATE_2025]
    at.slider(key="scn_other_communes_rate").set_value(3.0).run()
    assert not at.exception
    assert at.segmented_control(key="scn_preset").value == "custom"
    after = table(at).loc["Nậm Mòn", RATE_2025]
    # Nậm Mòn (not a poor commune, 24,23% at end-2024): 17,23% → 21,23%, 4 a year less, 1 year
    assert (as_number(before), as_number(after)) == (17.23, 21.23)
    assert at.query_params["preset"] == "custom" and at.query_params["r"] == "3"
    assert "Đang xem: Tùy chỉnh" in texts(at)


def test_an_old_link_reopens_its_scenario():
    at = scenarios(r="5", mode="relative", h="2028")
    assert not at.exception
    assert rates(at) == [5.0, 10.0, 0.9, 7.6]  # missing rates were the plan's
    assert at.radio(key="scn_reading").value == "relative"
    assert at.slider(key="scn_horizon").value == 2028
    assert "Tỷ lệ nghèo 2028" in table(at).columns
    assert "giảm tương đối mỗi năm" in texts(at)
    assert not any("Tham số" in w.value for w in at.warning)
    assert at.query_params["preset"] == "custom"  # the link is rewritten with its preset


def test_switching_the_reading_keeps_the_numbers_and_says_so():
    at = scenarios(preset="plan", h="2027")
    at.radio(key="scn_reading").set_value("relative").run()
    assert not at.exception
    assert rates(at) == [7.0, 10.0, 0.9, 7.6]  # 7 stays 7
    assert "Đã đổi cách hiểu “giảm 7%/năm”: các con số giữ nguyên (7%, 10%, 0,9%, 7,6%)" in (
        texts(at)
    )
    assert "Cách hiểu: tương đối" in at.expander[0].label
    unfold(at)
    assert at.slider(key="scn_horizon").value == 2027
    assert at.query_params["mode"] == "relative" and at.query_params["preset"] == "plan"
    # the trend's numbers are the trend only in their reading: they stay, labelled custom
    at = scenarios()
    at.radio(key="scn_reading").set_value("relative").run()
    assert rates(at) == [5.67, 8.1, 0.73, 6.16]
    assert at.segmented_control(key="scn_preset").value == "custom"
    assert "không còn là “Xu hướng đã công bố”" in texts(at)


@pytest.mark.parametrize(
    ("h", "shown"), [("2022", 2025), ("2023", 2025), ("2024", 2025), ("2035", 2035)]
)
def test_horizons_at_the_edges_of_the_url_range(h, shown):
    # The scenario starts at end-2024: a horizon at or before it is shown one year past it.
    at = scenarios(h=h)
    assert not at.exception
    assert at.slider(key="scn_horizon").value == shown
    assert f"Tỷ lệ nghèo {shown}" in table(at).columns
    assert "Tỷ lệ nghèo 2024" in table(at).columns
    assert f"Mục tiêu huyện {shown}" in metrics(at)


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "nan", "1e999", "-3"])
def test_a_hostile_url_value_falls_back_with_a_visible_notice(value):
    at = scenarios(r=value, h="2027")
    assert not at.exception
    assert at.slider(key="scn_other_communes_rate").value == 7.0  # an old-style link: the plan's
    assert at.slider(key="scn_horizon").value == 2027  # the good value is kept
    warnings = " ".join(w.value for w in at.warning)
    assert "“r”" in warnings and "Tỷ lệ hộ nghèo ở các xã không phải xã nghèo" in warnings


def test_reset_goes_back_to_the_opening_scenario():
    at = scenarios(r="3", rp="4", mode="relative")
    at.button(key="scn_reset").click().run()
    assert not at.exception
    assert rates(at) == [5.67, 8.1, 0.73, 6.16]
    unfold(at)
    assert at.radio(key="scn_reading").value == "points"
    assert not at.query_params


def test_one_target_everywhere():
    """Metric, sentence, chart, commune table, map panel and export agree on the target."""
    at = scenarios(preset="plan")
    assert metrics(at)["Mục tiêu huyện 2025"] == "21,13%"
    commune_target = table(at).loc["Nậm Mòn", "Mục tiêu 2025"]
    section(at, "Biểu đồ: kế hoạch, thực tế, từng xã")
    traces = json.loads(at.get("plotly_chart")[0].proto.spec)["data"]
    chart = {trace["name"].replace("<br>", " "): trace for trace in traces}  # names wrap
    target = chart["Mục tiêu: giảm 7 điểm %/năm từ 28,13% (cuối 2024)"]
    assert target["customdata"][-1] == "21,13%"  # the same 2025 target as the metric
    context = chart["Tham khảo: kế hoạch từ 42,96% cuối 2022 (suy ra, không công bố)"]
    assert context["customdata"][-1] == "21,96%"  # shown only as labelled context
    page = texts(at)
    assert "Chỉ để tham khảo, không dùng để đánh giá" in page and "21,96% năm 2025" in page
    # the map's commune panel: the same commune target
    at_map = run_page("map.py", preset="plan")
    at_map.selectbox(key="map_commune").set_value(NAM_MON).run()
    panel = next(d.value for d in at_map.dataframe if "Chỉ tiêu" in d.value.columns)
    on_map = panel.set_index("Chỉ tiêu").loc["Tỷ lệ hộ nghèo", "Lộ trình mục tiêu 2025"]
    assert as_number(on_map) == pytest.approx(as_number(commune_target), abs=0.05)


def test_save_asks_before_replacing_reopen_compare_and_delete(scenario_db):
    at = scenarios()
    section(at, "Lưu và so sánh")
    at.slider(key="scn_other_communes_rate").set_value(4.0).run()
    at.text_input(key="scn_save_name").input("Chậm")
    _submit(at)
    assert not at.exception
    assert "Đã lưu kịch bản “Chậm”" in texts(at)
    # saving again under the same name asks first; "keep it" keeps the old one
    at.slider(key="scn_other_communes_rate").set_value(6.0).run()
    at.text_input(key="scn_save_name").input("Chậm")
    _submit(at)
    assert "Đã có kịch bản tên “Chậm”. Thay thế bằng kịch bản hiện tại?" in texts(at)
    at.button(key="scn_replace_cancel").click().run()
    from gnbv import scenario_store

    assert scenario_store.load(scenario_db, "Chậm").params.other_communes_rate == 4.0
    _submit(at)
    at.button(key="scn_replace").click().run()
    assert "Đã thay thế kịch bản “Chậm”" in texts(at)
    assert scenario_store.load(scenario_db, "Chậm").params.other_communes_rate == 6.0
    # back to the opening scenario, then reopen the saved one
    at.button(key="scn_reset").click().run()
    assert at.slider(key="scn_other_communes_rate").value == 5.67
    at.button(key="scn_open").click().run()
    assert at.slider(key="scn_other_communes_rate").value == 6.0
    assert at.query_params["r"] == "6"
    # compare it with the current scenario
    at.multiselect(key="scn_compare").select("Chậm").select("\u0000current").run()
    assert not at.exception
    side = next(d.value for d in at.dataframe if "Chậm" in d.value.columns)
    assert list(side.columns) == ["Chậm", "Kịch bản hiện tại"]
    assert side.loc["Tỷ lệ hộ nghèo (xã không nghèo)", "Chậm"] == "6 điểm %"
    assert side.loc["Mục tiêu huyện cuối kỳ", "Chậm"] == "21,13%"
    at.button(key="scn_del").click().run()
    assert "Đã xóa kịch bản “Chậm”" in texts(at)
    assert "Chưa có kịch bản nào được lưu." in texts(at)


def _submit(at):
    next(b for b in at.button if b.label == "Lưu kịch bản").click().run()


def test_a_saved_scenario_that_no_longer_validates_opens_with_a_notice(scenario_db):
    from gnbv import scenario_store
    from gnbv.scenario import ScenarioParams

    scenario_store.save(scenario_db, "Cũ", ScenarioParams(other_communes_rate=6.0, preset="custom"))
    with sqlite3.connect(scenario_db) as conn:
        conn.execute("UPDATE scenarios SET params = ?", ('{"r": "45", "h": "2030"}',))
    at = scenarios()
    section(at, "Lưu và so sánh")
    at.button(key="scn_open").click().run()
    assert not at.exception
    page = texts(at)
    assert "Kịch bản “Cũ” có giá trị không còn hợp lệ, đã đặt lại về mặc định" in page
    assert "“r” (Tỷ lệ hộ nghèo ở các xã không phải xã nghèo)" in page
    assert "Năm mục tiêu: 2030" in at.expander[0].label


def test_read_only_has_no_save_or_delete_control(monkeypatch, scenario_db):
    from gnbv import scenario_store
    from gnbv.scenario import ScenarioParams

    scenario_store.save(
        scenario_db, "Đã có", ScenarioParams(other_communes_rate=6.0, preset="custom")
    )
    monkeypatch.setenv("GNBV_READ_ONLY", "1")
    at = scenarios()
    section(at, "Lưu và so sánh")
    assert not at.exception
    labels = [b.label for b in at.button]
    assert "Lưu kịch bản" not in labels and "Xóa" not in labels
    assert not at.text_input
    # reopening and comparing are reading, so they stay
    assert "Mở" in labels
    at.button(key="scn_open").click().run()
    assert at.slider(key="scn_other_communes_rate").value == 6.0


def test_english():
    at = scenarios(lang="en")
    assert not at.exception
    m = metrics(at)
    assert m["District poor rate 2025"] == "21.54%"
    assert m["District target 2025"] == "21.13%"
    page = texts(at)
    assert "The scenario starts from 2024, the latest year of the data in use" in page
    assert "Reading in force: percentage points a year" in page
    assert "Shown: The published trend, measured against the plan's targets" in page
    assert "ILLUSTRATIVE" in page
    assert "Status against the target" in table(at).columns
    section(at, "What it takes; money")
    assert "VND 7,678 million" in texts(at)


def test_the_money_section():
    at = scenarios(preset="plan")
    section(at, "Cần giảm bao nhiêu? Kinh phí")
    assert "7.678 triệu đồng" in texts(at)  # DA2 + DA3 + DA4 recurrent funds
    money = next(d.value for d in at.dataframe if "Nhóm" in d.value.columns).set_index("Nhóm")
    # 7.678 / (poor end-2024 − poor 2025 = 3.593 − 2.564,49 = 1.028,51 households in the one
    # year) = 7,47… (the series file; the plan's rates, 7 points and 10 in poor communes)
    assert money.loc["Toàn huyện", "Kinh phí / hộ thoát nghèo"] == "7,5 triệu đồng"


def test_the_exported_workbook_agrees(plan_data):
    """What the download button hands out, read back with openpyxl."""
    from gnbv.scenario import ScenarioParams, project
    from gnbv.scenario_export import scenario_workbook
    from gnbv.scenario_start import scenario_start

    start = scenario_start(
        plan_data.versioned("commune_baseline"), plan_data.versioned("commune_series")
    ).data.frame  # as the page: the series' end-2024 rows
    result = project(start, ScenarioParams())
    book = openpyxl.load_workbook(
        io.BytesIO(scenario_workbook(result, plan_data, start, True, "vi"))
    )
    status = [[c.value for c in row] for row in book["Mục tiêu"].iter_rows()]
    district = next(r for r in status if r[0] == "Toàn huyện" and r[3] == "Tỷ lệ hộ nghèo")
    header = status[0]
    assert district[header.index("Mục tiêu năm 2025 (%)")] == pytest.approx(21.13, abs=0.005)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_broken_store_and_a_bad_name_are_said_in_the_pages_language(
    monkeypatch, tmp_path, caplog, lang
):
    """The public reads what went wrong in its language; the database's own words and its
    path go to the server log."""
    from gnbv.i18n import t

    unopenable = tmp_path / "a-folder"  # a folder where the database file should be
    unopenable.mkdir()
    monkeypatch.setenv("GNBV_SCENARIO_DB", str(unopenable))
    with caplog.at_level("ERROR", logger="ui.common"):
        at = scenarios(**({"lang": lang} if lang != "vi" else {}))
        section(at, t("scn_tab_saved", lang))
    assert not at.exception
    errors = [e.value for e in at.error]
    assert t("scn_store_error", lang) in errors
    assert not [e for e in errors if str(tmp_path) in e or "sqlite" in e.lower()]
    assert any(str(unopenable) in r.getMessage() or r.exc_info for r in caplog.records)
    at.text_input(key="scn_save_name").input("a\x01b")
    next(b for b in at.button if b.label == t("scn_save", lang)).click().run()
    reason = t("store_name_control", lang)
    assert t("scn_bad_name", lang, reason=reason) in [e.value for e in at.error]


def _uploaded(frame, year=None):
    """``frame`` as a planner's upload (not illustrative), its rows moved to ``year``."""
    from gnbv.versioned import Versioned

    frame = frame.copy()
    frame["is_illustrative"] = False
    if year is not None:
        frame["year"] = year
    return Versioned.of(frame.reset_index(drop=True))


def test_an_uploaded_series_ending_2023_starts_the_scenario_there(plan_data):
    """A planner's series of 2022–2023 replaces the shipped one: its 2023 rows (the shipped
    2023 figures: 4.317 poor of 12.773 households, 33,80%) start the scenario, before the
    shipped 2023 baseline (a tie: the upload first); the target 33,80 − 2 × 7 = 19,80%; the
    illustrative banner goes (the figures in use are the upload's)."""
    from ui.common import UPLOADED_SERIES_KEY

    series = plan_data.commune_series[plan_data.commune_series["year"] <= 2023]
    at = run_page("scenarios.py")
    at.session_state[UPLOADED_SERIES_KEY] = _uploaded(series)
    at.run()
    assert not at.exception
    page = texts(at)
    assert "Kịch bản bắt đầu từ năm 2023" in page and "tải lên trong phiên này" in page
    assert metrics(at)["Mục tiêu huyện 2025"] == "19,80%"
    assert "Tỷ lệ nghèo 2023" in table(at).columns
    assert "MINH HỌA, không phải số liệu thật" not in page


def test_an_uploaded_2025_baseline_starts_the_scenario_there_and_fits_the_horizon(plan_data):
    """One-year figures of 2025 (the shipped 2023 ones moved there) are the latest year: the
    default horizon 2025 is at the start, so the scenario is shown one year past it, 2026."""
    from ui.common import UPLOADED_BASELINE_KEY

    at = run_page("scenarios.py", lang="en")
    at.session_state[UPLOADED_BASELINE_KEY] = _uploaded(plan_data.commune_baseline, 2025)
    unfold(at)
    assert not at.exception
    page = texts(at)
    assert (
        "The scenario starts from 2025, the latest year of the data in use: the one-year "
        "commune figures uploaded this session (the Data page)."
    ) in page
    assert at.slider(key="scn_horizon").value == 2026
    assert metrics(at)["District target 2026"] == "26.80%"  # 33.80 − 1 × 7


def test_a_latest_review_some_communes_lack_is_said(plan_data):
    """A series whose 2025 review holds only two communes: the scenario starts there and the
    page says it counts those two alone (19 communes in the district)."""
    import pandas as pd

    from ui.common import UPLOADED_SERIES_KEY

    series = plan_data.commune_series
    late = series[series["year"] == 2024].head(2).assign(year=2025)
    at = run_page("scenarios.py", lang="en")
    at.session_state[UPLOADED_SERIES_KEY] = _uploaded(pd.concat([series, late]))
    at.run()
    assert not at.exception
    assert "2025 holds figures for only 2 of the 19 communes" in texts(at)
    assert len(table(at)) == 2
