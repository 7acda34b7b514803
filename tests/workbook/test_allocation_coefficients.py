"""Coefficient workbooks: a set goes out and comes back the same; every problem with its
place; the container gate; a property test."""

from __future__ import annotations

import contextlib
import io

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from gnbv import allocation as al
from gnbv import workbook
from gnbv.workbook import (
    COEFFICIENT_SHEET,
    coefficient_workbook,
    coefficients,
    read_coefficients,
)
from tests.workbook.builders import LIMITS, NOW, keys, save

SET = al.Coefficients(poor_households=1, near_poor_households=0.5, zone_iii=50, per_xa=2.25)


def edited(edit, start: al.Coefficients = SET) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(coefficient_workbook(start)))
    edit(book[COEFFICIENT_SHEET])
    return save(book)


def read(content: bytes, name: str = "hệ số.xlsx"):
    return read_coefficients(content, name, LIMITS, NOW)


def test_a_set_goes_out_and_comes_back():
    content = coefficient_workbook(SET)
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Hướng dẫn", COEFFICIENT_SHEET]
    rows = list(book[COEFFICIENT_SHEET].iter_rows(values_only=True))
    assert rows[0] == ("Mã hệ số", "Tiêu chí", "Hệ số (điểm)", "Đơn vị")
    assert rows[2] == ("poor_households", "Hộ nghèo", 1, "điểm / hộ")
    result = read(content)
    assert result.ok and not result.problems
    assert coefficients(result.frame) == SET
    assert result.frame["source"].iloc[0] == "hệ số.xlsx (2025-03-01 09:30:00)"
    instructions = " ".join(str(c.value) for r in book["Hướng dẫn"].iter_rows() for c in r)
    assert "02/2022/QĐ-TTg" in instructions


def test_vietnamese_decimals_and_left_out_keys():
    def edit(sheet):
        sheet["C3"] = "0,75"  # poor_households, typed the Vietnamese way
        sheet.delete_rows(10)  # per_thi_tran left out

    result = read(edited(edit))
    assert result.ok
    assert coefficients(result.frame).poor_households == 0.75
    assert coefficients(result.frame).per_thi_tran == 0
    assert [p.key for p in result.warnings] == ["wb_coefficients_missing"]
    assert "per_thi_tran" in result.warnings[0].message("en")


def test_every_problem_names_its_row_and_column():
    def edit(sheet):
        sheet["A2"] = "zone_3"  # unknown key
        sheet["A4"] = "poor_households"  # a duplicate of row 3
        sheet["C5"] = -1  # negative
        sheet["C6"] = 20_000  # above what the page accepts
        sheet["C7"] = "nhiều"  # not a number
        sheet["C8"] = None  # empty

    result = read(edited(edit))
    assert result.frame is None
    found = {(p.key, p.row, p.column) for p in result.errors}
    assert found == {
        ("wb_unknown_coefficient", 2, "A"),
        ("wb_duplicate_coefficient", 4, "A"),
        ("wb_negative", 5, "C"),
        ("wb_coefficient_range", 6, "C"),
        ("wb_not_number", 7, "C"),
        ("wb_required", 8, "C"),
    }
    text = workbook.problems_table(result.problems, "vi").to_string()
    assert "không phải mã hệ số" in text and "10.000 điểm" in text


def test_the_container_gate_comes_first():
    assert keys(read(coefficient_workbook(SET), "hệ số.xlsm")) == ["wb_macro_extension"]
    assert keys(read(b"not a zip", "hệ số.xlsx")) == ["wb_not_zip"]


# openpyxl cannot write control characters (and leaves the cell broken when asked to).
PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))
VALUES = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.text(PRINTABLE, max_size=10),
    st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(2, 12), st.sampled_from("ABCD"), VALUES), max_size=12))
def test_whatever_the_cells_hold_the_check_never_raises(cells):
    def edit(sheet):
        for row, col, value in cells:
            # what openpyxl itself refuses to write is skipped
            with contextlib.suppress(ValueError, TypeError):
                sheet[f"{col}{row}"] = value

    result = read(edited(edit))
    assert result.ok == (result.frame is not None)
    if result.ok:
        c = coefficients(result.frame)
        assert all(0 <= getattr(c, k) <= 10_000 for k in al.COEFFICIENT_KEYS)
