"""The scenario page: sliders move the table, the URL carries the scenario, saving is off in
read-only mode."""

import pytest

from tests.apptest import run_page, texts

RATE_2025 = "Tỷ lệ nghèo 2025"


@pytest.fixture(autouse=True)
def scenario_db(tmp_path, monkeypatch):
    path = tmp_path / "scenarios.sqlite3"
    monkeypatch.setenv("GNBV_SCENARIO_DB", str(path))
    return path


def table(at):
    return at.dataframe[0].value.set_index("Xã, thị trấn")


def metrics(at):
    return {m.label: m.value for m in at.metric}


def test_defaults_are_the_plans_targets_from_the_published_2023_rate():
    at = run_page("scenarios.py")
    assert not at.exception
    assert at.select_slider(key="scn_district_rate").value == 7.0
    assert at.select_slider(key="scn_poor_commune_rate").value == 10.0
    assert at.select_slider(key="scn_near_poor_rate").value == 0.9
    assert at.select_slider(key="scn_ethnic_minority_rate").value == 7.6
    m = metrics(at)
    assert m["Tỷ lệ hộ nghèo toàn huyện 2025"] == "17,94%"
    assert "33,80%" in at.metric[0].delta  # the published end-2023 rate, the baseline
    assert len(table(at)) == 19
    page = texts(at)
    assert "MINH HỌA" in page  # illustrative notice
    assert "Cách hiểu đang dùng: giảm theo điểm phần trăm" in page
    assert "7.678 triệu đồng" in page  # DA2 + DA3 + DA4 recurrent funds
    money = next(d.value for d in at.dataframe if "Nhóm" in d.value.columns).set_index("Nhóm")
    # 7.678 / ((poor 2023 − poor 2025) / 2 = 2.025 / 2 households a year) = 7,58…
    assert money.loc["Toàn huyện", "Kinh phí / hộ thoát nghèo"] == "7,6 triệu đồng"
    assert not at.query_params.get("r")  # the defaults leave the URL clean


def test_moving_a_slider_changes_the_table_and_the_url():
    at = run_page("scenarios.py")
    before = table(at).loc["Nậm Mòn", RATE_2025]
    at.select_slider(key="scn_district_rate").set_value(3.0).run()
    assert not at.exception
    after = table(at).loc["Nậm Mòn", RATE_2025]
    assert after == pytest.approx(before + 2 * 4)  # 4 points a year less, over 2 years
    assert at.query_params["r"] == "3"
    assert "Chưa đạt" in set(table(at)["Hộ nghèo"])


def test_the_url_reopens_the_scenario():
    at = run_page("scenarios.py", r="5", mode="relative", h="2028")
    assert not at.exception
    assert at.select_slider(key="scn_district_rate").value == 5.0
    assert at.radio(key="scn_reading").value == "relative"
    assert at.slider(key="scn_horizon").value == 2028
    assert "Tỷ lệ nghèo 2028" in table(at).columns
    assert "giảm tương đối mỗi năm" in texts(at)
    assert not at.warning.values or all("Tham số" not in w for w in at.warning.values)


@pytest.mark.parametrize(("h", "shown"), [("2022", 2024), ("2023", 2024), ("2035", 2035)])
def test_horizons_at_the_edges_of_the_url_range(h, shown):
    # The baseline is end-2023: a horizon at or before it is shown one year past it.
    at = run_page("scenarios.py", h=h)
    assert not at.exception
    assert at.slider(key="scn_horizon").value == shown
    assert f"Tỷ lệ nghèo {shown}" in table(at).columns
    assert "Tỷ lệ nghèo 2023" in table(at).columns


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "nan", "1e999", "-3"])
def test_a_hostile_url_value_falls_back_with_a_visible_notice(value):
    at = run_page("scenarios.py", r=value, h="2027")
    assert not at.exception
    assert at.select_slider(key="scn_district_rate").value == 7.0
    assert at.slider(key="scn_horizon").value == 2027  # the good value is kept
    warnings = " ".join(w.value for w in at.warning)
    assert "“r”" in warnings and "Tỷ lệ hộ nghèo (các xã khác)" in warnings


def test_reset_goes_back_to_the_plan():
    at = run_page("scenarios.py", r="3", rp="4")
    at.button(key="scn_reset").click().run()
    assert not at.exception
    assert at.select_slider(key="scn_district_rate").value == 7.0
    assert at.select_slider(key="scn_poor_commune_rate").value == 10.0
    assert "r" not in at.query_params


def test_save_reopen_compare_and_delete(scenario_db):
    at = run_page("scenarios.py")
    at.select_slider(key="scn_district_rate").set_value(4.0).run()
    at.text_input(key="scn_save_name").input("Chậm")
    at.button[1].click().run()  # the form's save button
    assert not at.exception
    assert "Đã lưu kịch bản “Chậm”" in texts(at)
    assert scenario_db.exists()
    # back to the plan, then reopen the saved one
    at.button(key="scn_reset").click().run()
    assert at.select_slider(key="scn_district_rate").value == 7.0
    at.button(key="scn_open").click().run()
    assert at.select_slider(key="scn_district_rate").value == 4.0
    assert at.query_params["r"] == "4"
    # compare it with the current scenario
    at.multiselect(key="scn_compare").select("Chậm").select("\u0000current").run()
    assert not at.exception
    side = next(d.value for d in at.dataframe if "Chậm" in d.value.columns)
    assert list(side.columns) == ["Chậm", "Kịch bản hiện tại"]
    assert side.loc["Tỷ lệ hộ nghèo (các xã khác)", "Chậm"] == "4 điểm %"
    at.button(key="scn_del").click().run()
    assert "Đã xóa kịch bản “Chậm”" in texts(at)
    assert "Chưa có kịch bản nào được lưu." in texts(at)


def test_read_only_has_no_save_or_delete_control(monkeypatch, scenario_db):
    from gnbv import scenario_store
    from gnbv.scenario import ScenarioParams

    scenario_store.save(scenario_db, "Đã có", ScenarioParams(district_rate=6.0))
    monkeypatch.setenv("GNBV_READ_ONLY", "1")
    at = run_page("scenarios.py")
    assert not at.exception
    labels = [b.label for b in at.button]
    assert "Lưu kịch bản" not in labels and "Xóa" not in labels
    assert not at.text_input
    # reopening and comparing are reading, so they stay
    assert "Mở" in labels
    at.button(key="scn_open").click().run()
    assert at.select_slider(key="scn_district_rate").value == 6.0


def test_english():
    at = run_page("scenarios.py", lang="en")
    assert not at.exception
    m = metrics(at)
    assert m["District poor rate 2025"] == "17.94%"
    page = texts(at)
    assert "Reading in force: percentage points a year" in page
    assert "VND 7,678 million" in page
    assert "ILLUSTRATIVE" in page
