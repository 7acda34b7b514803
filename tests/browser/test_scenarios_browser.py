"""The scenario lives in the URL: a copied link reopens the same scenario in a new browser; it
starts from the latest year loaded, the series a planner uploads included."""

import io

import openpyxl
import pytest

from gnbv.data import load_plan_data
from gnbv.i18n import t
from gnbv.settings import REPO_ROOT
from gnbv.workbook import COUNT_KEYS, SERIES_SHEET
from tests.browser.conftest import assert_clean, wait_idle

pytestmark = pytest.mark.browser
TIMEOUT = 60000
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

RELATIVE = "Cách hiểu đang dùng: giảm tương đối mỗi năm"


def _warm_up(server, visit):
    # The first page load of a fresh server registers the pages (st.navigation); a deep link
    # opened before that is answered "page not found".
    visit(server + "/", wait_text="81.689")


def test_a_url_with_scenario_params_reopens_the_scenario(server, visit):
    _warm_up(server, visit)
    # widgets and metrics load their code lazily: wait for a metric, not just any text
    v = visit(server + "/kich-ban?r=5&mode=relative&h=2028", wait_text="toàn huyện 2028")
    assert_clean(v)
    text = v.text()
    assert RELATIVE in text
    assert "Mục tiêu huyện 2028" in text  # the horizon from the URL
    assert "r=5" in v.page.url and "mode=relative" in v.page.url and "h=2028" in v.page.url


def test_changing_the_scenario_writes_a_link_that_reopens_it(server, visit):
    _warm_up(server, visit)
    v = visit(server + "/kich-ban?h=2027", wait_text="toàn huyện 2027")
    v.page.locator(".st-key-scn_settings summary").first.click()  # the reading is folded
    v.page.get_by_text("Phần trăm tương đối mỗi năm", exact=True).click()
    v.page.get_by_text(RELATIVE).first.wait_for(timeout=30000)
    v.page.wait_for_function("() => location.search.includes('mode=relative')", timeout=10000)
    assert_clean(v)
    link = v.page.url
    assert "h=2027" in link
    again = visit(link, wait_text="toàn huyện 2027")  # a new browser context: a new session
    assert_clean(again)
    assert RELATIVE in again.text()


def test_a_hostile_url_shows_a_notice_not_an_exception(server, visit):
    _warm_up(server, visit)
    v = visit(server + "/kich-ban?r=%3Cscript%3Ealert(1)%3C/script%3E", wait_text="Tham số “r”")
    assert_clean(v)
    assert "Cách hiểu đang dùng: giảm theo điểm phần trăm" in v.text()


def _series_until_2023(template: bytes) -> bytes:
    """The Progress page's template filled with the shipped series' 2022 and 2023 figures, its
    2024 rows taken out: a planner's series whose latest review is 2023."""
    shipped = load_plan_data(REPO_ROOT / "data").commune_series.set_index(["code", "year"])
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet = book[SERIES_SHEET]
    for row in range(sheet.max_row, 1, -1):
        code, year = sheet.cell(row, 1).value, int(sheet.cell(row, 3).value)
        if year == 2024:
            sheet.delete_rows(row)
            continue
        for col, key in enumerate(COUNT_KEYS, start=4):
            sheet.cell(row, col).value = int(shipped.loc[(code, year), key])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_scenario_starts_from_the_latest_year_loaded(server, visit, tmp_path):
    """On the shipped data the scenario starts from the series' 2024 (target 28,13 − 7 =
    21,13%); after a series ending 2023 is uploaded on the Progress page, the same session's
    scenario starts from that series' 2023 (target 33,80 − 2 × 7 = 19,80%)."""
    _warm_up(server, visit)
    v = visit(server + "/kich-ban", wait_text="toàn huyện 2025")
    text = v.text()
    assert "Kịch bản bắt đầu từ năm 2024" in text and "chuỗi số liệu MINH HỌA" in text
    target = v.page.get_by_test_id("stMetric").filter(has_text="Mục tiêu huyện 2025")
    assert "21,13%" in target.inner_text()
    assert_clean(v)

    v.page.get_by_role("link", name=t("nav_progress", "vi"), exact=True).click()
    v.page.get_by_text(t("pg_title", "vi")).first.wait_for(timeout=TIMEOUT)
    wait_idle(v.page)
    with v.page.expect_download() as download:
        v.page.get_by_text(t("pg_template", "vi")).click()
    content = _series_until_2023(download.value.path().read_bytes())
    file_input = v.page.locator("[data-testid='stFileUploaderDropzoneInput']").first
    file_input.set_input_files({"name": "ra_soat_2023.xlsx", "mimeType": XLSX, "buffer": content})
    v.page.get_by_text("ra_soat_2023.xlsx").first.wait_for(timeout=TIMEOUT)
    wait_idle(v.page)

    v.page.get_by_role("link", name=t("nav_scenarios", "vi"), exact=True).click()
    v.page.get_by_text("Kịch bản bắt đầu từ năm 2023").first.wait_for(timeout=TIMEOUT)
    wait_idle(v.page)
    text = v.text()
    assert "chuỗi số liệu theo năm tải lên trong phiên này" in text
    target = v.page.get_by_test_id("stMetric").filter(has_text="Mục tiêu huyện 2025")
    assert "19,80%" in target.inner_text()
    assert "MINH HỌA, không phải số liệu thật" not in text  # the upload's figures, not marked
    v.page.screenshot(path=str(tmp_path / "scenario_from_uploaded_series.png"))
    assert not v.page_errors, v.page_errors
