"""The templates: headers, pre-filled rows, instructions."""

from __future__ import annotations

import io

import openpyxl

from gnbv import workbook


def test_commune_template_has_19_communes_vietnamese_headers_and_instructions(plan_data):
    book = openpyxl.load_workbook(io.BytesIO(workbook.commune_review_template(plan_data.communes)))
    assert book.sheetnames == ["Hướng dẫn", "Rà soát hộ nghèo"]
    sheet = book["Rà soát hộ nghèo"]
    headers = [c.value for c in sheet[1]]
    assert headers == [
        "Mã xã",
        "Tên xã",
        "Năm rà soát",
        "Tổng số hộ",
        "Số hộ nghèo",
        "Số hộ cận nghèo",
        "Số hộ DTTS",
        "Số hộ nghèo DTTS",
    ]
    codes = [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)]
    assert len(codes) == 19 and codes[0] == "02839" and codes[-1] == "02899"
    assert sheet.cell(2, 2).value == "Bắc Hà"
    assert sheet.cell(2, 4).value is None  # figures are left for the planner
    instructions = book["Hướng dẫn"]
    assert instructions.cell(1, 1).value == "Hướng dẫn"
    assert "40%" in instructions.cell(8, 1).value


def test_allocation_template_is_the_plan_with_project_5_empty(plan_data):
    book = openpyxl.load_workbook(
        io.BytesIO(workbook.allocation_template(plan_data.projects, plan_data.sub_projects))
    )
    sheet = book["Phân bổ kinh phí"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == ["DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7"]
    assert rows[0][3:6] == [70852, 2064, 72916]
    assert rows[4][3:6] == [None, None, None]
    assert rows[4][6] == "Trung ương chưa phân bổ"
    assert sum(r[3] or 0 for r in rows) == 70852
    assert sum(r[4] or 0 for r in rows) == 10837
    assert sum(r[5] or 0 for r in rows) == 81689
    text = " ".join(str(c.value) for row in book["Hướng dẫn"].iter_rows() for c in row)
    assert "DA4_TDA3" in text
