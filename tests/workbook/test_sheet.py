"""Reading a declared sheet: header mapping, sheets, formulas."""

from __future__ import annotations

import io
import zipfile

from gnbv.workbook import read_commune_review
from tests.workbook.builders import DATA_PART, filled_review, keys, part, replace_cell, rezip


def test_columns_and_sheets_checked(plan_data):
    def edit(sheet):
        sheet["D1"] = "Hộ"  # the households column renamed
        sheet["I1"] = "Thêm"  # an extra column: ignored with a warning

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert [(p.key, p.row, p.column) for p in result.errors] == [("wb_column_missing", 1, None)]
    assert "“Tổng số hộ”" in result.errors[0].message("vi")
    assert {(p.key, p.column) for p in result.warnings} == {
        ("wb_column_ignored", "D"),
        ("wb_column_ignored", "I"),
    }

    def rename(sheet):
        sheet.title = "Sheet9"

    result = read_commune_review(filled_review(plan_data, rename), "x.xlsx", plan_data.communes)
    assert keys(result) == ["wb_sheet_missing"]
    assert "Sheet9" in result.errors[0].message("en")


def test_header_matching_ignores_case_spacing_and_accepts_data_names(plan_data):
    def edit(sheet):
        sheet["A1"] = "  mã   XÃ "
        sheet["D1"] = "households"

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert result.ok


def test_formula_with_a_saved_value_is_read_as_that_value(plan_data):
    def edit(sheet):
        sheet["D2"] = "=1000+14"

    content = filled_review(plan_data, edit)
    sheet_xml = "xl/worksheets/sheet2.xml"
    xml = zipfile.ZipFile(io.BytesIO(content)).read(sheet_xml)
    assert b"<f>1000+14</f><v />" in xml
    content = rezip(
        content, {sheet_xml: xml.replace(b"<f>1000+14</f><v />", b"<f>1000+14</f><v>1014</v>")}
    )
    result = read_commune_review(content, "x.xlsx", plan_data.communes)
    assert result.ok
    assert result.frame.loc[0, "households"] == 1014


def _warnings(result) -> dict[str, object]:
    return {p.key: p for p in result.warnings}


def test_a_hidden_data_sheet_is_read_with_a_warning(plan_data):
    def edit(sheet):
        sheet.sheet_state = "hidden"

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert result.ok
    warning = _warnings(result)["wb_sheet_hidden"]
    assert warning.message("vi") == (
        "Trang tính dữ liệu “Rà soát hộ nghèo” đang bị ẩn trong Excel; số liệu của nó vẫn được "
        "đọc. Hãy kiểm tra đây đúng là trang cần tải lên."
    )
    assert warning.message("en").startswith("The data sheet “Rà soát hộ nghèo” is hidden")


def test_a_copy_of_the_data_sheet_is_named_and_not_read(plan_data):
    def edit(sheet):
        copy = sheet.parent.copy_worksheet(sheet)
        copy.title = "Rà soát hộ nghèo (2)"
        copy["D2"] = "not read"

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert result.ok  # the copy's bad cell is not read
    warning = _warnings(result)["wb_sheet_copy"]
    assert warning.message("en") == (
        "Sheet “Rà soát hộ nghèo (2)” (number 3) has the same name as, or is a copy of, "
        "“Rà soát hộ nghèo”; only “Rà soát hộ nghèo” (number 2) is read. Delete the extra one "
        "to avoid confusion."
    )
    assert "chỉ trang “Rà soát hộ nghèo” (thứ 2) được đọc" in warning.message("vi")


def test_two_sheets_of_the_same_name_the_first_is_read(plan_data):
    content = filled_review(plan_data)
    book_xml = part(content, "xl/workbook.xml").decode()
    entry = book_xml[book_xml.index('<sheet name="R') : book_xml.index("/></sheets>") + 2]
    twin = entry.replace('sheetId="2"', 'sheetId="7"').replace('r:id="rId2"', 'r:id="rId1"')
    content = rezip(content, {"xl/workbook.xml": book_xml.replace(entry, twin + entry).encode()})
    result = read_commune_review(content, "x.xlsx", plan_data.communes)
    # the first entry points at the instructions sheet: that is what is read, and said
    assert keys(result) == ["wb_column_missing"] * 7
    assert (
        _warnings(result)["wb_sheet_copy"]
        .message("en")
        .endswith(
            "only “Rà soát hộ nghèo” (number 2) is read. Delete the extra one to avoid confusion."
        )
    )


def test_formulas_are_read_as_their_saved_values_with_a_warning(plan_data):
    content = replace_cell(
        filled_review(plan_data), "D2", '<c r="D2"><f>SUM(D3:D4)</f><v>1014</v></c>'
    )
    result = read_commune_review(content, "x.xlsx", plan_data.communes)
    assert result.ok and result.frame.loc[0, "households"] == 1014
    warning = _warnings(result)["wb_formula_value_used"]
    assert (warning.row, warning.column) == (2, "D")
    assert warning.message("vi") == (
        "Ô có công thức “=SUM(D3:D4)”; dùng giá trị đã lưu “1014”, công thức không được tính "
        "lại ở đây."
    )
    assert warning.message("en") == (
        "The cell holds the formula “=SUM(D3:D4)”; its saved value “1014” is used, formulas are "
        "not recalculated here."
    )


def test_hyperlink_and_dde_formulas_are_flagged(plan_data):
    link = '<c r="B2" t="str"><f>HYPERLINK("http://x.invalid","Bắc Hà")</f><v>Bắc Hà</v></c>'
    dde = '<c r="J5" t="str"><f>cmd|\' /C calc\'!A0</f><v>0</v></c>'
    content = replace_cell(filled_review(plan_data), "B2", link)
    xml = part(content, DATA_PART).decode().replace('<c r="A5"', dde + '<c r="A5"', 1)
    result = read_commune_review(
        rezip(content, {DATA_PART: xml.encode()}), "x.xlsx", plan_data.communes
    )
    assert result.ok
    warnings = _warnings(result)
    assert (warnings["wb_formula_hyperlink"].row, warnings["wb_formula_hyperlink"].column) == (
        2,
        "B",
    )
    assert "liên kết bị bỏ qua và không bao giờ được mở" in warnings[
        "wb_formula_hyperlink"
    ].message("vi")
    assert (warnings["wb_formula_dde"].row, warnings["wb_formula_dde"].column) == (5, "J")
    assert (
        warnings["wb_formula_dde"]
        .message("en")
        .startswith("The cell holds a DDE formula “=cmd|' /C calc'!A0”")
    )


def test_hidden_rows_and_columns_beyond_the_cap_are_said(plan_data):
    def edit(sheet):
        sheet.row_dimensions[4].hidden = True
        sheet["AZ3"] = "far right"

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert result.ok
    warnings = _warnings(result)
    assert warnings["wb_row_hidden"].row == 4
    assert warnings["wb_columns_beyond"].message("en") == (
        "There are values right of column AN; only columns up to AN are read."
    )


def test_cells_parse_decimals_for_a_new_workbook_kind(plan_data):
    """What a new kind (say, coefficients) builds on: its own column, expectation and bound."""
    from gnbv.workbook import Bound, Cells, Column, Problems, Sheet

    column = Column("coefficient", "Hệ số", "coefficient", "decimal", expected="expect_amount")
    sheet = Sheet("Hệ số", {"coefficient": ("B", column)}, [], {})
    problems = Problems(10)
    cells = Cells(sheet, problems, {"coefficient": Bound(5, "bound_households", "GNBV_X")})
    assert cells.decimal(2, "coefficient", "1,5") == 1.5
    assert cells.decimal(3, "coefficient", 7) is None
    assert cells.decimal(4, "coefficient", None, required=False) is None
    assert cells.decimal(5, "coefficient", "") is None
    assert [(p.key, p.row, p.column) for p in problems.listed()] == [
        ("wb_above_bound", 3, "B"),
        ("wb_required", 5, "B"),
    ]
    assert problems.listed()[1].message("en") == (
        "Empty cell; expected an amount: whole million VND ≥ 0."
    )
