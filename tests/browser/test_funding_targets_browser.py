"""Funding and Targets pages in a real browser: charts drawn offline, real totals, both
languages, the presentation view kept across pages, the Excel download."""

import io
from pathlib import Path

import openpyxl
import pytest

from tests.browser.conftest import assert_clean
from tests.browser.screens import settle

pytestmark = pytest.mark.browser


@pytest.fixture
def warm(server, visit):
    """Home first, as most visitors arrive (a deep link as the very first visit of a fresh
    process: test_first_visit.py)."""
    visit(server + "/", wait_text="GNBV")
    return server


def _charts_drawn(v, at_least: int) -> str:
    # Each chart has several .main-svg layers: wait for the charts themselves, then for the
    # page to finish drawing (settle).
    v.page.wait_for_function(
        f"() => document.querySelectorAll('.js-plotly-plot').length >= {at_least}",
        timeout=30000,
    )
    settle(v.page)
    return " ".join(v.page.locator(".js-plotly-plot").all_inner_texts())


def test_funding_in_vietnamese(warm, visit):
    v = visit(warm + "/kinh-phi", wait_text="81.689 triệu đồng")
    charts = _charts_drawn(v, 4)
    assert_clean(v)
    text = v.text()
    assert "70.852 triệu đồng" in text and "10.837 triệu đồng" in text
    assert "72.916 (89,3%)" in charts  # bar label, Vietnamese number format
    assert "— Trung ương chưa phân bổ" in charts  # Dự án 5: a dash, not a zero bar
    assert "80.091 (98,0%)" in charts  # Phòng LĐ-TB&XH


def test_funding_in_english(warm, visit):
    v = visit(warm + "/kinh-phi?lang=en", wait_text="VND 81,689 million")
    charts = _charts_drawn(v, 4)
    assert_clean(v)
    text = v.text()
    assert "VND 70,852 million" in text and "Funding for 2022" in text
    assert "Kinh phí thực hiện" not in text
    assert "72,916 (89.3%)" in charts and "Not allocated by the centre" in charts


def test_a_charts_table_opens_under_it_and_stays_open(warm, visit):
    """A chart's table is drawn when its fold is opened (not before), in the page's number
    format, and is still open after another control of the page moves."""
    v = visit(warm + "/kinh-phi", wait_text="81.689 triệu đồng")
    _charts_drawn(v, 4)
    assert v.page.locator("[data-testid=stTable]").count() == 0
    v.page.locator("[data-testid=stExpander] summary").first.click()
    table = v.page.locator("[data-testid=stTable]").first
    table.wait_for(timeout=30000)
    assert "81.689" in table.inner_text() and "72.916" in table.inner_text()
    v.page.get_by_text("Tỷ trọng", exact=True).first.click()  # amounts → shares
    v.page.wait_for_function(
        "() => [...document.querySelectorAll('.js-plotly-plot')].some("
        "p => p.innerText.includes('89,3%') && !p.innerText.includes('72.916'))",
        timeout=30000,
    )
    settle(v.page)
    assert v.page.locator("[data-testid=stTable]").count() == 1
    assert_clean(v)


def test_targets_in_both_languages(warm, visit):
    v = visit(warm + "/muc-tieu", wait_text="≥ 7 điểm %/năm")
    assert_clean(v)
    text = v.text()
    assert "Phân công nhiệm vụ" in text and "Nghị quyết số 24/2021/QH15" in text
    assert "Năm 2024: giảm 5,67 điểm %" in text
    v = visit(warm + "/muc-tieu?lang=en", wait_text="≥ 7 pp a year")
    assert_clean(v)
    text = v.text()
    assert "Who does what" in text and "National Assembly" in text
    assert "Mục tiêu cụ thể" not in text


def test_presentation_view_from_the_url_kept_across_pages(warm, visit):
    v = visit(warm + "/kinh-phi?present=1", wait_text="81.689 triệu đồng")
    _charts_drawn(v, 4)
    assert_clean(v)
    page = v.page
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "20px"
    expand = page.locator("[data-testid='stExpandSidebarButton']")
    assert expand.is_visible()  # the sidebar is folded away
    expand.click()
    page.locator("[data-testid='stSidebarNav'] a", has_text="Mục tiêu").first.click()
    page.wait_for_function("() => location.pathname.endsWith('/muc-tieu')", timeout=20000)
    page.get_by_text("≥ 7 điểm %/năm").first.wait_for(timeout=30000)
    page.wait_for_function("() => location.search.includes('present=1')", timeout=10000)
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "20px"
    assert_clean(v)


def test_presentation_switch_in_the_sidebar(warm, visit):
    v = visit(warm + "/kinh-phi?lang=en", wait_text="VND 81,689 million")
    page = v.page
    page.get_by_text("Presentation view", exact=True).click()
    page.wait_for_function("() => location.search.includes('present=1')", timeout=20000)
    page.wait_for_function(
        "() => getComputedStyle(document.documentElement).fontSize === '20px'", timeout=20000
    )
    page.get_by_role("button", name="Leave presentation view").click()
    page.wait_for_function("() => !location.search.includes('present')", timeout=20000)
    assert "lang=en" in page.url
    assert_clean(v)


def test_excel_download_has_numbers(warm, visit):
    v = visit(warm + "/kinh-phi", wait_text="81.689 triệu đồng")
    with v.page.expect_download(timeout=30000) as info:
        v.page.get_by_role("button", name="Tải Excel (.xlsx)").click()
    book = openpyxl.load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()))
    assert book.sheetnames == ["Theo dự án", "Theo loại vốn", "Theo cơ quan chủ trì"]
    sheet = book["Theo dự án"]
    header = [c.value for c in sheet[1]]
    total = header.index("Tổng (triệu đồng)") + 1
    values = [sheet.cell(r, total).value for r in range(2, sheet.max_row + 1)]
    assert values[-1] == 81689 and isinstance(values[0], int)
    assert values[4] is None  # Dự án 5: empty, not 0
    assert_clean(v)
