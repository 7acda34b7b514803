"""The allocation workbook read back with openpyxl: sheets and headers in the UI language,
numbers as numbers adding up to the funds, text that cannot run as a formula, and the
coefficients, criteria and sources on their own sheets."""

from __future__ import annotations

import io

import openpyxl
import pytest

from gnbv import allocation as al
from gnbv.allocation_export import allocation_workbook
from gnbv.views.allocation import criteria_sources
from tests.test_allocation import HAND, HAND_COEFFICIENTS


def _book(plan_data, criteria, result, lang, illustrative=True):
    data = allocation_workbook(
        result,
        criteria,
        criteria_sources(lang, illustrative),
        plan_data.allocation_rules,
        "Dự án 2 — vốn sự nghiệp",
        "k_near=0.5",
        illustrative,
        lang,
    )
    return openpyxl.load_workbook(io.BytesIO(data))


def _rows(sheet):
    return [list(r) for r in sheet.iter_rows(values_only=True)]


@pytest.fixture(scope="module")
def shipped(plan_data):
    criteria = al.criteria_table(plan_data.communes, plan_data.commune_baseline)
    coefficients = al.Coefficients(poor_households=1, near_poor_households=0.5)
    floors = [100] * len(criteria)
    return criteria, al.allocate(criteria, coefficients, 3695, floors=floors)


def test_vietnamese_workbook(plan_data, shipped):
    criteria, result = shipped
    book = _book(plan_data, criteria, result, "vi")
    assert book.sheetnames == ["Phân bổ", "Thông số", "Hệ số", "Tiêu chí", "Nguồn"]
    rows = _rows(book["Phân bổ"])
    header = rows[0]
    assert header[:3] == ["Mã xã", "Xã, thị trấn", "Loại đơn vị"]
    amount = header.index("Số tiền (triệu đồng)")
    communes, total = rows[1:-1], rows[-1]
    assert len(communes) == 19
    assert all(isinstance(r[amount], int) for r in communes)  # numbers, not text
    assert sum(r[amount] for r in communes) == 3695 == total[amount]
    assert total[1] == "Toàn huyện"
    assert communes[0][0] == "02839"  # the code keeps its leading zero (text)
    floor = header.index("Mức sàn (triệu đồng)")
    assert all(r[amount] >= r[floor] == 100 for r in communes)
    bound = header.index("Sàn / trần")
    assert "▼ nhận mức sàn" in {r[bound] for r in communes}
    parameters = dict(_rows(book["Thông số"])[1:])
    assert parameters["Kinh phí (triệu đồng)"] == 3695
    assert "không phải hệ số đã kiểm chứng" in parameters["Hệ số"]
    assert "MINH HỌA" in parameters["Số liệu"]
    assert parameters["Tham số đường dẫn"] == "k_near=0.5"
    coefficients = {r[0]: r[2] for r in _rows(book["Hệ số"])[1:]}
    assert coefficients["poor_households"] == 1 and coefficients["near_poor_households"] == 0.5
    assert coefficients["zone_iii"] == 0
    criteria_rows = _rows(book["Tiêu chí"])
    assert "Xã khu vực III" in criteria_rows[0]
    assert criteria_rows[1][criteria_rows[0].index("Xã khu vực III")] is None  # empty, not 0
    sources = _rows(book["Nguồn"])
    text = " ".join(str(c) for r in sources for c in r)
    assert "Quyết định số 02/2022/QĐ-TTg" in text and "19/4/2022" in text
    assert "Đã đọc được hệ số: Không đọc được" in text
    assert "citypopulation.de" in text


def test_english_workbook(plan_data, shipped):
    criteria, result = shipped
    book = _book(plan_data, criteria, result, "en", illustrative=False)
    assert book.sheetnames == ["Allocation", "Parameters", "Coefficients", "Criteria", "Sources"]
    header = _rows(book["Allocation"])[0]
    assert "Amount (million VND)" in header and "Share of funds (%)" in header
    parameters = dict(_rows(book["Parameters"])[1:])
    assert parameters["Funds (million VND)"] == 3695
    assert parameters["Figures"] == "Commune poverty figures uploaded by the user."


def test_text_cannot_run_as_a_formula(plan_data):
    hostile = HAND.assign(name=['=HYPERLINK("http://x")', "+1", "@SUM(A1)"])
    result = al.allocate(hostile, HAND_COEFFICIENTS, 1000)
    book = _book(plan_data, hostile, result, "vi")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    names = [r[1] for r in _rows(book["Phân bổ"])[1:4]]
    assert names == ['\'=HYPERLINK("http://x")', "'+1", "'@SUM(A1)"]
    assert [r[6] for r in _rows(book["Phân bổ"])[1:4]] == [500, 296, 204]
