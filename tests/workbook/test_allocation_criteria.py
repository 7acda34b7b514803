"""Allocation criteria workbooks: the template, a filled file read back and used by the
allocation, every content error with its place, the container gate, and a property test."""

from __future__ import annotations

import contextlib
import io

import numpy as np
import openpyxl
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gnbv import allocation as al
from gnbv import workbook
from gnbv.workbook import CRITERIA_SHEET, Limits, criteria_template, read_allocation_criteria
from tests.workbook.builders import LIMITS, NOW, keys, save, zip_bomb

# The columns of the template, by key.
COLUMN = {c.key: i for i, c in enumerate(workbook.CRITERIA_COLUMNS, start=1)}
# 13 Zone III communes made up for the test (which 13 are real is not known).
ZONE_III = {
    "02842", "02848", "02851", "02854", "02857", "02863", "02866",
    "02878", "02881", "02884", "02887", "02893", "02899",
}  # fmt: skip


def filled(plan_data, values: dict[str, object] | None = None, edit=None) -> bytes:
    """The template with, for every commune, the column ``key`` filled by ``values[key]``
    (a function of the code, or a constant), then ``edit(sheet)``."""
    book = openpyxl.load_workbook(io.BytesIO(criteria_template(plan_data.communes)))
    sheet = book[CRITERIA_SHEET]
    for row in range(2, sheet.max_row + 1):
        code = sheet.cell(row, 1).value
        for key, value in (values or {}).items():
            sheet.cell(row, COLUMN[key]).value = value(code) if callable(value) else value
    if edit:
        edit(sheet)
    return save(book)


def zone(code: str) -> int:
    return int(code in ZONE_III)


def read(plan_data, content: bytes, limits: Limits = LIMITS):
    return read_allocation_criteria(
        content, "tiêu chí.xlsx", plan_data.communes, plan_data.plan, limits, NOW
    )


def messages(result, lang: str = "vi") -> str:
    return workbook.problems_table(result.problems, lang).to_string()


def test_the_template(plan_data):
    book = openpyxl.load_workbook(io.BytesIO(criteria_template(plan_data.communes)))
    assert book.sheetnames == ["Hướng dẫn", CRITERIA_SHEET]
    sheet = book[CRITERIA_SHEET]
    assert [c.value for c in sheet[1]][:3] == ["Mã xã", "Tên xã", "Tổng số hộ"]
    assert sheet["A2"].value == "02839" and sheet["B2"].value == "Bắc Hà"
    assert sheet.max_row == 20
    # nothing pre-filled: the figures in use may be illustrative
    assert all(c.value is None for row in sheet.iter_rows(min_row=2, min_col=3) for c in row)
    instructions = " ".join(str(c.value) for row in book["Hướng dẫn"].iter_rows() for c in row)
    assert "861/QĐ-TTg" in instructions and "612/QĐ-UBDT" in instructions


def test_zone_iii_and_villages_read_back_and_used(plan_data):
    content = filled(plan_data, {"zone_iii": zone, "difficult_villages": 3})
    result = read(plan_data, content)
    assert result.ok, messages(result, "en")
    frame = result.frame
    assert list(frame.columns) == ["code", "zone_iii", "difficult_villages", "source"]
    assert int(frame["zone_iii"].sum()) == 13 and set(frame["difficult_villages"]) == {3.0}
    assert set(frame["source"]) == {"tiêu chí.xlsx (2025-03-01 09:30:00)"}
    supplied = al.SuppliedCriteria(frame.drop(columns="source"), frame["source"].iloc[0])
    assert supplied.criteria == ("zone_iii", "difficult_villages")
    criteria = al.with_values(
        al.criteria_table(plan_data.communes, plan_data.commune_baseline), supplied.frame
    )
    # 50 points per Zone III commune and nothing else: 13 communes share 1.300 equally
    result = al.allocate(criteria, al.Coefficients(poor_households=0, zone_iii=50), 1300)
    amounts = result.table.set_index("code")["amount_mvnd"]
    assert set(amounts[list(ZONE_III)]) == {100} and amounts.sum() == 1300
    assert amounts["02839"] == 0  # the town: not in the made-up list


def test_vietnamese_number_text_and_booleans(plan_data):
    def edit(sheet):
        sheet.cell(2, COLUMN["population"]).value = "4.253"
        sheet.cell(3, COLUMN["zone_iii"]).value = True

    content = filled(plan_data, {"population": 1000, "zone_iii": 0}, edit)
    result = read(plan_data, content)
    assert result.ok, messages(result, "en")
    assert result.frame.loc[0, "population"] == 4253
    assert result.frame.loc[1, "zone_iii"] == 1


def test_floors_and_caps_for_some_communes_only(plan_data):
    def edit(sheet):
        sheet.cell(2, COLUMN["floor_mvnd"]).value = 50
        sheet.cell(3, COLUMN["cap_mvnd"]).value = 300

    result = read(plan_data, filled(plan_data, edit=edit))
    assert result.ok, messages(result, "en")
    frame = result.frame.set_index("code")
    assert frame.loc["02839", "floor_mvnd"] == 50 and np.isnan(frame.loc["02842", "floor_mvnd"])
    assert frame.loc["02842", "cap_mvnd"] == 300


def test_a_column_filled_for_some_communes_only_is_refused(plan_data):
    def edit(sheet):
        sheet.cell(5, COLUMN["zone_iii"]).value = None
        sheet.cell(9, COLUMN["zone_iii"]).value = None

    result = read(plan_data, filled(plan_data, {"zone_iii": zone}, edit))
    assert not result.ok and result.frame is None
    partial = [p for p in result.errors if p.key == "wb_criteria_partial"]
    assert [(p.row, p.column) for p in partial] == [(5, "H"), (9, "H")]
    assert "có số liệu cho 17 xã khác" in partial[0].message("vi")
    assert "Xã khu vực III (1 = có, 0 = không)" in partial[0].where_column("vi")


def test_every_content_error_names_its_row_and_column(plan_data):
    def edit(sheet):
        sheet.cell(2, COLUMN["zone_iii"]).value = 2  # not a flag
        sheet.cell(3, COLUMN["zone_iii"]).value = "có"  # not a number
        sheet.cell(4, COLUMN["poor_households"]).value = 900  # more than its households
        sheet.cell(5, COLUMN["ethnic_minority_poor_households"]).value = 1000  # > poor
        sheet.cell(6, COLUMN["floor_mvnd"]).value = 500
        sheet.cell(6, COLUMN["cap_mvnd"]).value = 100  # floor above cap
        sheet.cell(7, COLUMN["population"]).value = 600_000  # above the plausible bound
        sheet.cell(8, COLUMN["difficult_villages"]).value = -1  # negative
        sheet.cell(9, 1).value = "02842"  # a duplicate code (row 3 has it)
        sheet.cell(10, 1).value = "99999"  # not a commune

    values = {
        "households": 500,
        "poor_households": 100,
        "near_poor_households": 50,
        "ethnic_minority_poor_households": 80,
        "population": 2000,
        "zone_iii": zone,
        "difficult_villages": 1,
    }
    result = read(plan_data, filled(plan_data, values, edit))
    found = {(p.key, p.row, p.column) for p in result.errors}
    assert {
        ("wb_flag", 2, "H"),
        ("wb_not_number", 3, "H"),
        ("wb_poor_exceed", 4, "E"),
        ("wb_em_poor_exceed_poor", 5, "F"),
        ("wb_floor_above_cap", 6, "J"),
        ("wb_above_bound", 7, "G"),
        ("wb_negative", 8, "I"),
        ("wb_duplicate_commune", 9, "A"),
        ("wb_unknown_commune", 10, "A"),
    } <= found
    assert "wb_missing_communes" in keys(result)  # the two rows replaced hold no commune now
    text = messages(result, "en")
    assert "GNBV_MAX_POPULATION_PER_COMMUNE" in text and "write 1 for a Zone III commune" in text
    assert result.frame is None


def test_the_population_bound_is_a_setting(plan_data):
    content = filled(plan_data, {"population": 50_000})
    assert read(plan_data, content).ok
    tight = Limits(max_population=40_000)
    result = read(plan_data, content, tight)
    assert {p.key for p in result.errors} == {"wb_above_bound"}


def test_a_file_with_no_figures_is_refused(plan_data):
    result = read(plan_data, filled(plan_data))
    assert keys(result) == ["wb_criteria_nothing"]


def test_a_missing_commune_is_named(plan_data):
    def edit(sheet):
        sheet.delete_rows(20)

    result = read(plan_data, filled(plan_data, {"population": 10}, edit))
    assert keys(result) == ["wb_missing_communes"]
    assert "02899 Bản Cái" in messages(result)


def test_the_container_gate_comes_first(plan_data):
    content = filled(plan_data, {"population": 10})
    assert keys(read_allocation_criteria(content, "x.xlsm", plan_data.communes, plan_data.plan))
    bomb = zip_bomb(content, megabytes=60)
    result = read(plan_data, bomb)
    assert not result.ok and keys(result)[0].startswith("wb_uncompressed")


# openpyxl cannot write control characters (and leaves the cell broken when asked to).
PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))
CELL = st.one_of(
    st.none(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(PRINTABLE, max_size=12),
    st.sampled_from(["1.234", "0,5", "có", "=1+1", "02839", " ", "1e308"]),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.integers(2, 21), st.integers(1, 11), CELL), max_size=25))
def test_whatever_the_cells_hold_the_check_never_raises(plan_data, cells):
    def edit(sheet):
        for row, col, value in cells:
            # what openpyxl itself refuses to write is skipped
            with contextlib.suppress(ValueError, TypeError):
                sheet.cell(row, col).value = value

    result = read(plan_data, filled(plan_data, {"zone_iii": zone}, edit))
    assert result.ok == (result.frame is not None)
    if result.ok:
        frame = result.frame
        assert len(frame) == 19 and frame["code"].is_unique
        numeric = frame.drop(columns=["code", "source"])
        assert (numeric.fillna(0) >= 0).all().all()
        assert set(frame.get("zone_iii", pd.Series([0.0]))) <= {0.0, 1.0}
    else:
        assert workbook.problems_table(result.problems, "en").shape[0] >= 1
