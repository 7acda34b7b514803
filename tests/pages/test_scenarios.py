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
    m = metrics(at)
    assert m["Tỷ lệ hộ nghèo toàn huyện 2025"] == "20,88%"
    assert m["Mục tiêu huyện 2025"] == "19,80%"  # 33,80 − 2 × 7
    assert m["Xã chưa đạt mục tiêu hộ nghèo"] == "18 / 19"  # the table tells leadership a lot
    page = texts(at)
    assert "Đang xem: Xu hướng đã công bố, đánh giá so với mục tiêu của kế hoạch" in page
    assert "5,67 điểm % một năm" in page and "hệ số 0,81" in page  # the preset's rule
    # the target, named once, with the reason
    assert "đo so với mục tiêu 19,80% năm 2025" in page
    assert "tính từ 33,80% cuối năm 2023, vì số liệu từng xã" in page
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
    assert metrics(at)["Tỷ lệ hộ nghèo toàn huyện 2025"] == "17,94%"
    assert "Đang xem: Chỉ tiêu kế hoạch" in texts(at)


def test_moving_a_slider_makes_it_custom_and_changes_the_table_and_the_url():
    at = scenarios(preset="plan")
    before = table(at).loc["Nậm Mòn", RATE_2025]
    at.slider(key="scn_other_communes_rate").set_value(3.0).run()
    assert not at.exception
    assert at.segmented_control(key="scn_preset").value == "custom"
    after = table(at).loc["Nậm Mòn", RATE_2025]
    assert as_number(after) == pytest.approx(as_number(before) + 2 * 4)  # 4 a year less, 2 years
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


@pytest.mark.parametrize(("h", "shown"), [("2022", 2024), ("2023", 2024), ("2035", 2035)])
def test_horizons_at_the_edges_of_the_url_range(h, shown):
    # The baseline is end-2023: a horizon at or before it is shown one year past it.
    at = scenarios(h=h)
    assert not at.exception
    assert at.slider(key="scn_horizon").value == shown
    assert f"Tỷ lệ nghèo {shown}" in table(at).columns
    assert "Tỷ lệ nghèo 2023" in table(at).columns
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
    assert metrics(at)["Mục tiêu huyện 2025"] == "19,80%"
    commune_target = table(at).loc["Nậm Mòn", "Mục tiêu 2025"]
    section(at, "Biểu đồ: kế hoạch, thực tế, từng xã")
    traces = json.loads(at.get("plotly_chart")[0].proto.spec)["data"]
    chart = {trace["name"].replace("<br>", " "): trace for trace in traces}  # names wrap
    target = chart["Mục tiêu: giảm 7 điểm %/năm từ 33,80% (cuối 2023)"]
    assert target["customdata"][-1] == "19,80%"  # the same 2025 target as the metric
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
    assert side.loc["Mục tiêu huyện cuối kỳ", "Chậm"] == "19,80%"
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
    assert m["District poor rate 2025"] == "20.88%"
    assert m["District target 2025"] == "19.80%"
    page = texts(at)
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
    # 7.678 / ((poor 2023 − poor 2025) / 2 = 2.025 / 2 households a year) = 7,58…
    assert money.loc["Toàn huyện", "Kinh phí / hộ thoát nghèo"] == "7,6 triệu đồng"


def test_the_exported_workbook_agrees(plan_data):
    """What the download button hands out, read back with openpyxl."""
    from gnbv.scenario import ScenarioParams, project
    from gnbv.scenario_export import scenario_workbook

    result = project(plan_data.commune_baseline, ScenarioParams())
    book = openpyxl.load_workbook(
        io.BytesIO(scenario_workbook(result, plan_data, plan_data.commune_baseline, True, "vi"))
    )
    status = [[c.value for c in row] for row in book["Mục tiêu"].iter_rows()]
    district = next(r for r in status if r[0] == "Toàn huyện" and r[3] == "Tỷ lệ hộ nghèo")
    header = status[0]
    assert district[header.index("Mục tiêu năm 2025 (%)")] == 19.8


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
