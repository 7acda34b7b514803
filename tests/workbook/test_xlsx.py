"""The bounded reader: values as saved, shared strings, and every bound on what it reads."""

from __future__ import annotations

import datetime as dt

import pytest

from gnbv.workbook import COMMUNE_SHEET, Limits, xlsx, xlsx_grid
from tests.workbook.builders import (
    DATA_PART,
    LIMITS,
    filled_review,
    part,
    rezip,
    sheet_xml,
    with_shared_strings,
)


def grid_of(content: bytes, limits: Limits = LIMITS) -> xlsx.Grid:
    book = xlsx.open_book(content, limits)
    entry = next(s for s in book.sheets if s.name == COMMUNE_SHEET)
    return xlsx_grid.read_grid(book, entry, limits)


def refused(content: bytes, limits: Limits = LIMITS) -> xlsx.ReadError:
    with pytest.raises(xlsx.ReadError) as info:
        grid_of(content, limits)
    return info.value


def raw(plan_data, rows: str, before: str = "") -> bytes:
    return rezip(filled_review(plan_data), {DATA_PART: sheet_xml(rows, before)})


def test_values_are_read_as_saved(plan_data):
    def edit(sheet):
        sheet["D2"] = 1014
        sheet["E2"] = 2.5
        sheet["F2"] = True
        sheet["G2"] = dt.datetime(2024, 1, 2)
        sheet["H2"] = "  1.234 "
        sheet["D3"] = "=1000+14"  # no saved value

    grid = grid_of(filled_review(plan_data, edit))
    assert [grid.value(2, c) for c in range(1, 9)] == [
        "02839",
        "Bắc Hà",
        2024,
        1014,
        2.5,
        True,
        dt.datetime(2024, 1, 2),
        "  1.234 ",
    ]
    assert grid.value(3, 4) is None and grid.rows[3][4].formula == "=1000+14"
    assert grid.value(1, 1) == "Mã xã"


def test_raw_cell_types(plan_data):
    cells = (
        '<c r="A2" t="e"><v>#DIV/0!</v></c>'
        '<c r="B2" t="str"><f>A1&amp;"x"</f><v>Mã xãx</v></c>'
        '<c r="C2" t="b"><v>7</v></c>'
        '<c r="D2"><v>abc</v></c>'
        '<c r="E2"><v>1e400</v></c>'
        '<c r="F2" t="d"><v>2024-02-30</v></c>'
        '<c r="G2" t="inlineStr"><is><r><t>Bắc</t></r><r><t> Hà</t></r></is></c>'
        '<c r="H2" t="s"><v>x</v></c>'
    )
    grid = grid_of(raw(plan_data, f'<row r="2">{cells}</row>'))
    values = [grid.value(2, c) for c in range(1, 9)]
    assert values[0] == xlsx.CellError("#DIV/0!")
    assert values[1] == "Mã xãx" and grid.rows[2][2].formula == '=A1&"x"'
    assert values[2] == xlsx.CellError("#VALUE!")
    assert values[3] == "abc"  # not a number as Excel saves one: kept as text, refused later
    assert values[4] == float("inf")
    assert values[5] == xlsx.CellError("#VALUE!")
    assert values[6] == "Bắc Hà"
    assert values[7] == xlsx.CellError("#REF!")


def test_cells_without_references_follow_each_other(plan_data):
    grid = grid_of(
        raw(plan_data, "<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>")
    )
    assert grid.rows == {1: grid.rows[1], 2: grid.rows[2]}
    assert (grid.value(1, 1), grid.value(1, 2), grid.value(2, 1)) == (1, 2, 3)


def test_only_the_shared_strings_used_are_kept_each_bounded(plan_data):
    strings = [
        "02839",
        "x" * 5000,  # over the cap
        "<si><t>Bắc</t><rPh><t>ignored</t></rPh></si>",  # phonetic guides are not text
        "unused",
    ]
    cells = "".join(f'<c r="{c}2" t="s"><v>{i}</v></c>' for c, i in zip("ABCD", (0, 1, 2, 9)))
    content = with_shared_strings(
        filled_review(plan_data), strings, sheet_xml(f'<row r="2">{cells}</row>')
    )
    grid = grid_of(content, Limits(max_cell_chars=1000))
    assert grid.value(2, 1) == "02839"
    long = grid.value(2, 2)
    assert isinstance(long, xlsx.LongText) and long.length == 5000 and len(long.start) == 1000
    assert grid.value(2, 3) == "Bắc"
    assert grid.value(2, 4) == xlsx.CellError("#REF!")  # index 9 does not exist


def test_texts_over_the_cap_keep_their_start_and_length(plan_data):
    text = "9" * 200_000
    cell = f'<c r="A2" t="inlineStr"><is><t>{text}</t></is></c><c r="B2"><f>{"A" * 50}</f></c>'
    grid = grid_of(raw(plan_data, f'<row r="2">{cell}</row>'), Limits(max_cell_chars=100))
    value = grid.value(2, 1)
    assert value == xlsx.LongText("9" * 100, 200_000)
    assert str(value) == "9" * 100 + "…"
    assert grid.rows[2][2].formula == "=" + "A" * 50


def test_data_past_the_row_cap_is_refused_empty_cells_are_not(plan_data):
    limits = Limits(max_rows=3)
    empty_below = '<row r="2"><c r="A2"><v>1</v></c></row><row r="9"><c r="A9" s="1"/></row>'
    assert grid_of(raw(plan_data, empty_below), limits).value(2, 1) == 1
    error = refused(raw(plan_data, '<row r="1048576"><c r="A1048576"><v>1</v></c></row>'), limits)
    assert error.problem.key == "wb_too_many_rows"
    assert (error.problem.row, error.problem.sheet) == (1048576, COMMUNE_SHEET)


def test_cells_right_of_the_column_cap_are_ignored(plan_data):
    grid = grid_of(raw(plan_data, '<row r="2"><c r="E2"><v>5</v></c></row>'), Limits(max_columns=4))
    assert grid.rows.get(2, {}) == {} and grid.wider


def test_a_part_with_too_many_elements_is_refused(plan_data):
    limits = Limits(max_rows=2, max_columns=2)
    cells = '<c r="Z2"><v>1</v></c>' * (limits.max_xml_elements // 2 + 1)
    error = refused(raw(plan_data, f'<row r="2">{cells}</row>'), limits)
    assert error.problem.key == "wb_part_too_complex"
    assert dict(error.problem.values)["part"] == DATA_PART


def test_styles_with_too_many_formats_are_refused(plan_data):
    limits = Limits(max_rows=2, max_columns=2)
    content = filled_review(plan_data)
    styles = part(content, "xl/styles.xml").replace(
        b'<cellXfs count="7">', b'<cellXfs count="7">' + b'<xf numFmtId="0"/>' * 20_000
    )
    with pytest.raises(xlsx.ReadError) as info:
        xlsx.open_book(rezip(content, {"xl/styles.xml": styles}), limits)
    assert info.value.problem.key == "wb_part_too_complex"


def test_a_huge_xml_tag_is_refused_quickly(plan_data):
    huge = f'<row r="2"><c r="A2" s="{"7" * 3_000_000}"><v>1</v></c></row>'
    error = refused(raw(plan_data, huge))
    assert error.problem.key == "wb_xml_token_too_long"


@pytest.mark.parametrize("reference", ["A1B", "1A", "A" * 20 + "1", ""])
def test_a_cell_reference_excel_cannot_write_is_unreadable(plan_data, reference):
    error = refused(raw(plan_data, f'<row r="2"><c r="{reference}"><v>1</v></c></row>'))
    assert error.problem.key == "wb_unreadable"


def test_sheets_with_their_state_position_and_part(plan_data):
    content = filled_review(plan_data)
    book_xml = part(content, "xl/workbook.xml").decode()
    entry = book_xml[book_xml.index('<sheet name="R') : book_xml.index("/></sheets>") + 2]
    copy = entry.replace('state="visible"', 'state="hidden"').replace('sheetId="2"', 'sheetId="5"')
    book_xml = book_xml.replace("</sheets>", copy + "</sheets>")
    book = xlsx.open_book(rezip(content, {"xl/workbook.xml": book_xml.encode()}), LIMITS)
    assert [(s.name, s.state, s.part, s.position) for s in book.sheets] == [
        ("Hướng dẫn", "visible", "xl/worksheets/sheet1.xml", 1),
        (COMMUNE_SHEET, "visible", DATA_PART, 2),
        (COMMUNE_SHEET, "hidden", DATA_PART, 3),
    ]
    with pytest.raises(xlsx.ReadError) as info:
        xlsx.open_book(
            rezip(content, {"xl/workbook.xml": book_xml.encode()}), Limits(max_entries=2)
        )
    assert info.value.problem.key == "wb_too_many_sheets"


def test_dates_follow_the_workbooks_epoch(plan_data):
    def edit(sheet):
        sheet["G2"] = dt.datetime(2024, 1, 2)

    content = filled_review(plan_data, edit)
    book_xml = part(content, "xl/workbook.xml").replace(
        b"<workbookPr />", b'<workbookPr date1904="1" />'
    )
    grid = grid_of(rezip(content, {"xl/workbook.xml": book_xml}))
    assert grid.value(2, 7) == dt.datetime(2024, 1, 2) + dt.timedelta(days=1462)
