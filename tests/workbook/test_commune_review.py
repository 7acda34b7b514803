"""Commune review workbooks: round trip, every content error with its place, warnings."""

from __future__ import annotations

import datetime as dt

from gnbv import workbook
from gnbv.workbook import read_commune_review
from tests.workbook.builders import (
    DATA_PART,
    LIMITS,
    NOW,
    filled_review,
    part,
    replace_cell,
    sheet_xml,
    with_shared_strings,
)


def test_commune_review_round_trip(plan_data):
    result = read_commune_review(
        filled_review(plan_data), "rà soát 2024.xlsx", plan_data.communes, LIMITS, NOW
    )
    assert result.ok, workbook.problems_table(result.problems, "en").to_string()
    frame = result.frame
    shipped = plan_data.commune_baseline
    assert list(frame.columns) == list(shipped.columns)
    assert list(frame.dtypes) == list(shipped.dtypes)
    assert list(frame["code"]) == list(shipped["code"])
    assert list(frame["households"]) == list(shipped["households"])
    assert not frame["is_illustrative"].any()
    assert set(frame["year"]) == {2024}
    assert set(frame["households_basis"]) == {"uploaded"}
    assert set(frame["source"]) == {"rà soát 2024.xlsx (2025-03-01 09:30:00)"}
    # the poor-commune rule is the generator's: 40 % or more
    assert list(frame["is_poor_commune"]) == list(shipped["is_poor_commune"])


def test_vietnamese_number_text_in_cells(plan_data):
    def edit(sheet):
        sheet["D2"] = "1.014"
        sheet["E2"] = " 52 "
        sheet["A3"] = 2842  # Excel dropped the leading zero

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert result.ok
    assert result.frame.loc[0, "households"] == 1014
    assert result.frame.loc[1, "code"] == "02842"


def test_every_content_error_names_sheet_row_column_and_expectation(plan_data):
    def edit(sheet):
        sheet["D2"] = "abc"  # not a number
        sheet["E3"] = dt.datetime(2024, 1, 1)  # a date
        sheet["F4"] = True  # a boolean
        sheet["G5"] = 12.5  # not whole
        sheet["H6"] = -1  # negative
        sheet["E7"] = 10_000  # poor + near-poor > households
        sheet["H8"] = 10_000  # em-poor > poor
        sheet["A9"] = "99999"  # unknown commune
        sheet["A10"] = "02839"  # duplicate of row 2
        sheet["C11"] = 2023  # another year
        sheet["C12"] = 1999  # out of range
        sheet["D13"] = "=E13+F13"  # formula with no saved value
        sheet["B14"] = "Sai tên"  # a warning only
        sheet["G15"] = 9_000  # em households > households (under the 10 000 bound)

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert not result.ok and result.frame is None
    got = {(p.key, p.row, p.column) for p in result.problems}
    expected = {
        ("wb_not_number", 2, "D"),
        ("wb_wrong_type", 3, "E"),
        ("wb_wrong_type", 4, "F"),
        ("wb_not_whole", 5, "G"),
        ("wb_negative", 6, "H"),
        ("wb_poor_exceed", 7, "F"),
        ("wb_em_poor_exceed_poor", 8, "H"),
        ("wb_unknown_commune", 9, "A"),
        ("wb_duplicate_commune", 10, "A"),
        ("wb_year_mixed", 11, "C"),
        ("wb_year_range", 12, "C"),
        ("wb_formula_no_value", 13, "D"),
        ("wb_name_mismatch", 14, "B"),
        ("wb_em_exceed", 15, "G"),
        ("wb_missing_communes", None, "A"),  # 02866 (row 9) and 02869 (row 10) replaced
    }
    assert expected <= got, got - expected
    table = workbook.problems_table(result.problems, "vi")
    assert list(table.columns) == ["Mức độ", "Trang tính", "Dòng", "Cột", "Vấn đề và yêu cầu"]
    for p in result.problems:
        assert p.sheet == "Rà soát hộ nghèo"
        assert p.column is not None
    messages = {
        p.key: (p.message("vi"), p.message("en"), p.where_column("en")) for p in result.problems
    }
    assert messages["wb_not_number"][0] == "“abc” không phải là số; cần số hộ: số nguyên ≥ 0."
    assert messages["wb_not_number"][2] == "D (Tổng số hộ — households)"
    assert "E13+F13" in messages["wb_formula_no_value"][1]
    assert (
        "02866 Bản Cái" in messages["wb_missing_communes"][0]
        or "02866" in (messages["wb_missing_communes"][0])
    )
    assert messages["wb_poor_exceed"][1].startswith("Poor ")
    assert "10.000" in messages["wb_poor_exceed"][0] and "10,000" in messages["wb_poor_exceed"][1]


def test_a_count_above_the_bound_names_sheet_row_column_and_bound(plan_data):
    def edit(sheet):
        sheet["D2"] = 10_001  # households of Bắc Hà, an extra digit typed

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert not result.ok and result.frame is None
    (error,) = result.errors
    assert (error.key, error.sheet, error.row, error.column) == (
        "wb_above_bound",
        "Rà soát hộ nghèo",
        2,
        "D",
    )
    assert error.message("vi") == (
        "10.001 lớn hơn giới hạn hợp lý 10.000 (số hộ tối đa của một xã); hãy kiểm tra lại số "
        "liệu. Giới hạn này do cài đặt GNBV_MAX_HOUSEHOLDS_PER_COMMUNE quy định."
    )
    assert error.message("en") == (
        "10,001 is above the plausible bound of 10,000 (the most households of one commune); "
        "check the figure. The bound is set by GNBV_MAX_HOUSEHOLDS_PER_COMMUNE."
    )


def test_the_bound_is_a_setting(plan_data):
    def edit(sheet):
        sheet["D2"] = 10_001

    limits = workbook.Limits(max_households=20_000)
    assert read_commune_review(
        filled_review(plan_data, edit), "x.xlsx", plan_data.communes, limits
    ).ok


def test_huge_numbers_are_refused_with_short_messages(plan_data):
    def edit(sheet):
        sheet["D2"] = 1e308
        sheet["F4"] = "1.000.000.000.000.000.000.000"
        sheet["G5"] = -1e308
        sheet["H6"] = 5e18

    int64_edge = '<c r="E3"><v>9223372036854775808</v></c>'  # 2**63, as Excel could not save it
    content = replace_cell(filled_review(plan_data, edit), "E3", int64_edge)
    result = read_commune_review(content, "x.xlsx", plan_data.communes)
    assert not result.ok
    got = {(p.key, p.row, p.column) for p in result.errors}
    assert got == {
        ("wb_above_bound", 2, "D"),
        ("wb_above_bound", 3, "E"),
        ("wb_above_bound", 4, "F"),
        ("wb_negative", 5, "G"),
        ("wb_above_bound", 6, "H"),
    }
    messages = {p.row: (p.message("vi"), p.message("en")) for p in result.errors}
    assert messages[2][1].startswith("1e+308 is above the plausible bound of 10,000")
    assert messages[3][0].startswith("9223372036854775808 lớn hơn giới hạn hợp lý 10.000")
    assert messages[4][1].startswith("1.000.000.000.000.000.000.000 is above")  # as typed
    assert messages[5][1] == "-1e+308 is negative; expected ≥ 0."
    for vi, en in messages.values():
        assert len(vi) < 250 and len(en) < 250


def test_a_name_that_belongs_to_another_commune(plan_data):
    def edit(sheet):
        sheet["B2"] = "lùng  cải"  # the name of 02842, on the row of 02839

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert result.ok  # the code decides; the reviewer is told
    (warning,) = result.warnings
    assert (warning.key, warning.row, warning.column) == ("wb_name_other_commune", 2, "B")
    assert warning.message("vi") == (
        "Tên “lùng  cải” là tên của xã mã 02842, nhưng dòng này ghi mã 02839 (“Bắc Hà”); số liệu "
        "được gán cho mã 02839. Hãy kiểm tra lại mã hoặc tên."
    )
    assert warning.message("en") == (
        "Name “lùng  cải” is the name of commune 02842, but this row has code 02839 (“Bắc Hà”); "
        "the figures go to code 02839. Check the code or the name."
    )


def test_a_200000_digit_code_in_every_row_is_quoted_short(plan_data):
    cells = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(2, 21))
    header = part(filled_review(plan_data), DATA_PART).decode()
    header = header[header.index('<row r="1"') : header.index('<row r="2"')]
    content = with_shared_strings(
        filled_review(plan_data), ["7" * 200_000], sheet_xml(header + cells)
    )
    result = read_commune_review(content, "x.xlsx", plan_data.communes)
    unknown = [p for p in result.errors if p.key == "wb_unknown_commune"]
    assert len(unknown) == 19
    assert unknown[0].message("en") == (
        f"“{'7' * 39}…” is not the code of one of the 19 communes (02839–02899)."
    )
    assert unknown[0].message("vi") == (
        f"“{'7' * 39}…” không phải mã của một trong 19 xã, thị trấn (02839–02899)."
    )


def test_a_file_lists_a_bounded_number_of_problems(plan_data):
    def edit(sheet):
        for row in range(2, 602):
            sheet.cell(row, 1).value = f"9{row:04d}"  # not a commune code

    result = read_commune_review(
        filled_review(plan_data, edit), "x.xlsx", plan_data.communes, LIMITS
    )
    assert len(result.problems) == LIMITS.max_problems == 100
    assert result.error_count == 600 + 1  # each row, and the 19 communes missing
    assert result.omitted == 501
    table = workbook.problems_table(result.problems, "vi", result.omitted)
    assert len(table) == 101
    assert table.iloc[-1, -1] == (
        "… và 501 vấn đề khác chưa liệt kê; sửa các vấn đề trên rồi tải lên lại để xem tiếp."
    )
    english = workbook.problems_table(result.problems, "en", result.omitted)
    assert english.iloc[-1, -1].startswith("… and 501 more not listed")
