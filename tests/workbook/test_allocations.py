"""Allocation workbooks: round trip, revised allocations, errors with their place."""

from __future__ import annotations

from gnbv.workbook import Limits, read_allocations
from tests.workbook.builders import LIMITS, NOW, filled_allocation


def _read(plan_data, edit=None, limits=LIMITS, name="x.xlsx"):
    return read_allocations(
        filled_allocation(plan_data, edit),
        name,
        plan_data.projects,
        plan_data.sub_projects,
        plan_data.plan,
        limits,
        NOW,
    )


def test_allocation_round_trip_is_the_plan(plan_data):
    result = _read(plan_data, name="phân bổ.xlsx")
    assert result.ok and result.problems == []
    frame = result.frame
    assert list(frame.columns) == list(plan_data.projects.columns)
    assert list(frame.dtypes) == list(plan_data.projects.dtypes)
    assert frame["total_mvnd"].sum() == 81689
    assert frame["investment_mvnd"].sum() == 70852
    assert frame["recurrent_mvnd"].sum() == 10837
    da5 = frame.set_index("project_id").loc["DA5"]
    assert da5["allocation_status"] == "not_allocated" and da5.isna()["total_mvnd"]
    assert set(frame["source_ref"]) == {"phân bổ.xlsx (2025-03-01 09:30:00)"}


def test_revised_allocation_is_accepted_with_the_difference_as_a_warning(plan_data):
    def edit(sheet):
        # DA2 split into its sub-projects? DA4: two sub-project rows instead of one
        sheet["C5"] = "DA4_TDA1"
        sheet["E5"], sheet["F5"] = 1385, 1385
        sheet.append(["DA4", None, "DA4_TDA3", 0, "1.100", "1.100"])
        sheet["D7"] = sheet["E7"] = sheet["F7"] = None  # DA6 → not allocated

    result = _read(plan_data, edit)
    assert result.ok
    by_id = result.frame.set_index("project_id")
    assert by_id.loc["DA4", "total_mvnd"] == 2485
    assert by_id.loc["DA6", "allocation_status"] == "not_allocated"
    warnings = {p.column: p.message("vi") for p in result.warnings}
    assert set(warnings) == {"E", "F"}  # investment unchanged
    assert warnings["F"] == (
        "Tổng kinh phí cộng lại là 81.701 triệu đồng; kế hoạch ghi 81.689 (chênh +12); "
        "được nhận như một phân bổ điều chỉnh."
    )
    assert result.warnings[-1].message("en") == (
        "Total funds add up to 81,701 million VND; the plan states 81,689 (difference +12); "
        "accepted as a revised allocation."
    )


def test_allocation_errors_name_sheet_row_column(plan_data):
    def edit(sheet):
        sheet["F2"] = 72917  # 70852 + 2064 ≠ 72917
        sheet["A3"] = "DA9"
        sheet["E4"] = None  # partial amounts
        sheet["C5"] = "DA1_TDA1"  # not a sub-project of DA4
        sheet.append(["DA7", None, None, 0, 1, 1])  # duplicate

    result = _read(plan_data, edit)
    assert not result.ok and result.frame is None
    got = {(p.key, p.row, p.column) for p in result.errors}
    assert ("wb_row_total", 2, "F") in got
    assert ("wb_unknown_project", 3, "A") in got
    assert ("wb_partial_amounts", 4, "E") in got
    assert ("wb_unknown_sub_project", 5, "C") in got
    assert ("wb_duplicate_allocation", 9, "A") in got
    assert ("wb_missing_projects", None, "A") in got  # DA2 and DA4 gone
    for p in result.errors:
        assert p.sheet == "Phân bổ kinh phí"


def test_two_rows_of_5e18_are_refused_not_summed(plan_data):
    def edit(sheet):
        sheet["D3"], sheet["E3"], sheet["F3"] = 0, 5 * 10**18, 5 * 10**18
        sheet["D4"], sheet["E4"], sheet["F4"] = 0, 5e18, 5e18

    result = _read(plan_data, edit)
    assert not result.ok and result.frame is None
    assert {(p.key, p.row, p.column) for p in result.errors} == {
        ("wb_above_bound", 3, "E"),
        ("wb_above_bound", 3, "F"),
        ("wb_above_bound", 4, "E"),
        ("wb_above_bound", 4, "F"),
    }
    message = result.errors[0].message("vi")
    assert message == (
        "5e+18 lớn hơn giới hạn hợp lý 163.378 (số tiền tối đa cho một dự án, tính "
        "theo tổng kế hoạch); hãy kiểm tra lại số liệu. Giới hạn này do cài đặt "
        "GNBV_MAX_PROJECT_AMOUNT_TIMES_PLAN quy định."
    )
    assert "163,378 (the largest amount for one project" in result.errors[0].message("en")


def test_sub_project_rows_adding_up_above_the_bound(plan_data):
    def edit(sheet):
        sheet["C5"] = "DA4_TDA1"
        sheet["D5"], sheet["E5"], sheet["F5"] = 100_000, 0, 100_000
        sheet.append(["DA4", None, "DA4_TDA3", 100_000, 0, 100_000])

    result = _read(plan_data, edit)
    assert [(p.key, p.row, p.column) for p in result.errors] == [
        ("wb_project_above_bound", 5, "D"),
        ("wb_project_above_bound", 5, "F"),
    ]
    assert result.errors[0].message("en") == (
        "The rows of DA4 add up to 200,000 million VND, above the plausible bound of 163,378 for "
        "one project (setting GNBV_MAX_PROJECT_AMOUNT_TIMES_PLAN)."
    )


def test_the_amount_bound_is_relative_to_the_plan_and_a_setting(plan_data):
    def edit(sheet):
        sheet["D2"], sheet["F2"] = 79_625, 81_689  # DA1 takes the whole plan

    assert _read(plan_data, edit).ok
    tight = Limits(max_amount_times_plan=0.9)  # 73 520 million
    assert [p.key for p in _read(plan_data, edit, tight).errors] == ["wb_above_bound"] * 2


def test_a_zero_for_a_project_the_plan_does_not_allocate_is_a_warning(plan_data):
    def edit(sheet):
        sheet["D6"], sheet["E6"], sheet["F6"] = 0, 0, 0  # Dự án 5

    result = _read(plan_data, edit)
    assert result.ok
    (warning,) = result.warnings
    assert (warning.key, warning.row, warning.column) == ("wb_zero_not_allocated", 6, "F")
    assert warning.message("vi") == (
        "Kế hoạch ghi DA5 “chưa phân bổ”, nhưng tệp ghi 0; dự án sẽ hiện là đã phân bổ 0 đồng. "
        "Nếu vẫn chưa phân bổ, hãy để trống cả ba ô số tiền."
    )
    assert warning.message("en") == (
        "The plan marks DA5 “not allocated”, but the file says 0; the project will show as "
        "allocated 0. If it is still not allocated, leave the three amounts empty."
    )
    da5 = result.frame.set_index("project_id").loc["DA5"]
    assert da5["allocation_status"] == "allocated" and da5["total_mvnd"] == 0
    assert result.frame["total_mvnd"].sum() == 81689
