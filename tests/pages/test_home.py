import pytest

from gnbv.i18n import t
from gnbv.settings import load_config
from tests.apptest import run_page, texts


def test_home_shows_the_plans_real_totals_in_vietnamese():
    at = run_page()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Tổng nhu cầu kinh phí năm 2022"] == "81.689 triệu đồng"
    assert metrics["Vốn đầu tư phát triển"] == "70.852 triệu đồng"
    assert metrics["Vốn sự nghiệp"] == "10.837 triệu đồng"
    assert metrics["Dự án thành phần"] == "7"
    assert metrics["Xã, thị trấn (2022)"] == "19"
    assert metrics["Giảm tỷ lệ hộ cận nghèo"] == "0,9 điểm %"
    assert metrics["Giảm tỷ lệ hộ nghèo DTTS"] == "7,6 điểm %"
    page = texts(at)
    assert "Ủy ban nhân dân huyện Bắc Hà" in page
    assert "suy ra, không công bố" in page  # end-2022 is derived


def test_home_in_english():
    at = run_page(lang="en")
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Total funding need, 2022"] == "VND 81,689 million"
    assert metrics["Near-poor rate down"] == "0.9 pp"
    assert metrics["End of 2024"] == "28.13%"
    page = texts(at)
    assert "Bắc Hà, July 2022" in page and "Đinh Văn Đăng (Chairman)" in page
    assert "Bắc Hà GNBV plan 2022, title, section II.4 and signature" in page
    assert "tháng 7" not in page and "Chủ tịch" not in page


def test_language_switch_to_english():
    # The URL side (?lang=en) is checked in tests/browser/test_home_browser.py.
    at = run_page()
    at.sidebar.radio(key="lang").set_value("en").run()
    assert not at.exception
    assert "Plan for the National Target Program" in texts(at)


def test_hostile_language_parameter_falls_back_to_vietnamese():
    at = run_page(lang="<script>alert(1)</script>")
    assert not at.exception
    assert "Kế hoạch thực hiện Chương trình" in texts(at)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_broken_data_gives_a_clear_message(monkeypatch, data_copy, caplog, lang):
    """Broken shipped data is the operator's problem: the public is told in its language that
    the page cannot be shown; the file, row and column go to the server log."""
    (data_copy / "projects.csv").write_text("project_id\nDA1\n", encoding="utf-8")
    monkeypatch.setenv("GNBV_DATA_DIR", str(data_copy))
    with caplog.at_level("ERROR", logger="ui.common"):
        at = run_page(lang=lang)
    assert not at.exception
    assert at.error[0].value == t("data_error", lang)
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "projects.csv" in logged and "missing column" in logged and "number" in logged


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_setting_that_cannot_be_used_is_named_in_the_pages_language(monkeypatch, caplog, lang):
    monkeypatch.setenv("GNBV_MAX_UPLOAD_MB", f"lots-{lang}")
    monkeypatch.setattr("gnbv.cache.CONFIG", load_config())  # as a process started so would
    with caplog.at_level("WARNING", logger="ui.common"):
        at = run_page(lang=lang)
    assert not at.exception
    wanted = t("settings_error", lang, setting="GNBV_MAX_UPLOAD_MB", default="5")
    assert wanted in [w.value for w in at.sidebar.warning]
    assert any(f"'lots-{lang}'" in r.getMessage() for r in caplog.records)  # the detail: the log


def test_home_says_how_far_the_district_has_come_since_the_plans_year():
    at = run_page()
    assert "Từ năm 2022 đến 2024, tỷ lệ hộ nghèo toàn huyện giảm từ 42,96% xuống 28,13%" in texts(
        at
    )
    at = run_page(lang="en")
    assert "From 2022 to 2024, the district's poor rate fell from 42.96% to 28.13% (−14.83 pp)" in (
        texts(at)
    )
