"""A series of reviews (issue 20): round trip in both layouts and both template languages,
every problem with its place, plausibility across years, missing years said; properties."""

from __future__ import annotations

import contextlib
import io

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gnbv import i18n
from gnbv.data import SCHEMAS, SERIES_FILE
from gnbv.workbook import COUNT_KEYS, Limits, problems_table
from gnbv.workbook.review_series import (
    SERIES_SHEET,
    SERIES_SHEET_EN,
    read_review_series,
    year_of_sheet,
)
from gnbv.workbook.templates import review_series_template
from tests.workbook.builders import LIMITS, NOW, save

YEARS = [2022, 2023, 2024]


def filled_series(plan_data, lang="vi", years=YEARS, edit=None) -> bytes:
    """The downloaded template (in ``lang``), filled with the shipped series' figures as a
    planner would type them, then ``edit(sheet)``."""
    book = openpyxl.load_workbook(
        io.BytesIO(review_series_template(plan_data.communes, years, lang))
    )
    sheet = book[SERIES_SHEET_EN if lang == "en" else SERIES_SHEET]
    shipped = plan_data.commune_series.set_index(["code", "year"])
    for row in range(2, sheet.max_row + 1):
        code, year = sheet.cell(row, 1).value, sheet.cell(row, 3).value
        figures = shipped.loc[(code, year)]
        for col, key in enumerate(COUNT_KEYS, start=4):
            sheet.cell(row, col).value = int(figures[key])
    if edit:
        edit(sheet)
    return save(book)


def report(result) -> str:
    return problems_table(result.problems, "en").to_string()


def messages(result, lang="en") -> list[str]:
    return [p.message(lang) for p in result.problems]


def test_round_trip_in_both_languages(plan_data):
    for lang in ("vi", "en"):
        result = read_review_series(
            filled_series(plan_data, lang), "series.xlsx", plan_data.communes, LIMITS, NOW
        )
        assert result.ok, report(result)
        assert not result.problems, report(result)
        frame = result.frame
        assert list(frame.columns) == list(SCHEMAS[SERIES_FILE][0])
        shipped = plan_data.commune_series
        assert list(frame["code"]) == list(shipped["code"])
        assert list(frame["year"]) == list(shipped["year"])
        assert list(frame["poor_households"]) == list(shipped["poor_households"])
        assert not frame["is_illustrative"].any()
        assert set(frame["source"]) == {"series.xlsx (2025-03-01 09:30:00)"}


def test_the_template_speaks_the_ui_language(plan_data):
    for lang, sheet_name, header in (
        ("vi", SERIES_SHEET, "Mã xã"),
        ("en", SERIES_SHEET_EN, "Commune code"),
    ):
        book = openpyxl.load_workbook(
            io.BytesIO(review_series_template(plan_data.communes, YEARS, lang))
        )
        sheet = book[sheet_name]
        assert sheet["A1"].value == header
        assert sheet.max_row == 1 + 19 * 3
        assert (sheet["A2"].value, sheet["C2"].value) == ("02839", 2022)
        assert book["Hướng dẫn"]["A2"].value == i18n.t("tpl_intro_series", "vi")


def test_a_sheet_per_year(plan_data):
    book = openpyxl.Workbook()
    book.remove(book.active)
    shipped = plan_data.commune_series
    for year, title in ((2022, "2022"), (2024, "Năm 2024")):
        sheet = book.create_sheet(title)
        sheet.append(["Mã xã", "Tên xã", *COUNT_KEYS])  # no year column: the name gives it
        for r in shipped[shipped["year"] == year].itertuples():
            sheet.append([r.code, None, *(int(getattr(r, k)) for k in COUNT_KEYS)])
    result = read_review_series(save(book), "x.xlsx", plan_data.communes, LIMITS, NOW)
    assert result.ok, report(result)
    assert sorted(set(result.frame["year"])) == [2022, 2024]
    assert len(result.frame) == 38
    assert year_of_sheet("Year 2023") == 2023 and year_of_sheet("Sheet1") is None


def test_duplicate_commune_year_and_year_out_of_span_name_their_place(plan_data):
    def edit(sheet):
        sheet["C3"] = 2022  # 02842's 2022 row is row 3: now row 3 stays, so copy row 2's code
        sheet["A3"] = "02839"  # 02839 2022 again (first on row 2)
        sheet["C4"] = 2045  # out of span
        sheet["D5"] = "abc"

    result = read_review_series(filled_series(plan_data, edit=edit), "x.xlsx", plan_data.communes)
    assert not result.ok
    found = {(p.key, p.sheet, p.row, p.column) for p in result.errors}
    assert ("wb_series_duplicate", SERIES_SHEET, 3, "A") in found
    assert ("wb_year_range", SERIES_SHEET, 4, "C") in found
    assert ("wb_not_a_number", SERIES_SHEET, 5, "D") in found or any(
        p.row == 5 and p.column == "D" for p in result.errors
    )
    dup = next(p for p in result.errors if p.key == "wb_series_duplicate")
    assert "row 2" in dup.message("en") and "2022" in dup.message("en")
    assert "2021–2030" in next(p for p in result.errors if p.key == "wb_year_range").message("en")


def test_year_span_is_a_setting(plan_data):
    narrow = Limits(review_year_first=2023, review_year_last=2030)
    result = read_review_series(filled_series(plan_data), "x.xlsx", plan_data.communes, narrow)
    assert not result.ok
    assert {p.key for p in result.errors} == {"wb_year_range"}
    assert len([p for p in result.errors]) == 19  # the 2022 rows


def test_a_change_beyond_the_factor_warns_naming_both_years(plan_data):
    # 02839 (town): rows 2 (2022), 21 (2023), 40 (2024) in the template's order (year, then
    # commune). Households 1014 in 2023 → 3000 in 2024: × 2,96 > 2.
    def edit(sheet):
        assert (sheet["A40"].value, sheet["C40"].value) == ("02839", 2024)
        sheet["D40"] = 3000

    result = read_review_series(filled_series(plan_data, edit=edit), "x.xlsx", plan_data.communes)
    assert result.ok, report(result)
    (warning,) = [p for p in result.warnings if p.key == "wb_series_change"]
    assert (warning.sheet, warning.row) == (SERIES_SHEET, 40)
    text = warning.message("en")
    assert "1014" in text.replace(",", "") and "2023" in text and "2024" in text
    assert "households" in text
    assert "2023" in warning.message("vi") and "tổng số hộ" in warning.message("vi")
    looser = Limits(review_change_factor=3.5)
    result = read_review_series(
        filled_series(plan_data, edit=edit), "x.xlsx", plan_data.communes, looser
    )
    assert not [p for p in result.warnings if p.key == "wb_series_change"]


def test_missing_years_are_allowed_and_said(plan_data):
    def edit(sheet):
        for col in range(4, 9):
            sheet.cell(21, col).value = None  # 02839 2023 not reviewed

    result = read_review_series(filled_series(plan_data, edit=edit), "x.xlsx", plan_data.communes)
    assert result.ok, report(result)
    assert len(result.frame) == 56
    (said,) = [p for p in result.warnings if p.key == "wb_series_missing_years"]
    assert "02839" in said.message("en") and "2023" in said.message("en")


def test_no_series_sheet_and_nothing_filled(plan_data):
    book = openpyxl.Workbook()
    book.active.title = "Data"
    book.active.append(["x"])
    result = read_review_series(save(book), "x.xlsx", plan_data.communes)
    assert [p.key for p in result.errors] == ["wb_series_no_sheet"]
    empty = review_series_template(plan_data.communes, YEARS, "vi")
    result = read_review_series(empty, "x.xlsx", plan_data.communes)
    assert [p.key for p in result.errors] == ["wb_series_no_reviews"]


def test_every_problem_key_is_translated():
    import re
    from pathlib import Path

    import gnbv.workbook.review_series as module

    used = set(re.findall(r'"((?:wb|tpl)_[a-z_]+)"', Path(module.__file__).read_text()))
    used |= {"wb_series_what_households", "wb_series_what_poor_households"}
    assert used <= set(i18n.TEXT)


SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
cell_values = st.one_of(
    st.none(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.sampled_from([0, 1, 10**21, 1e308, 0.5, "1.014", "abc", "", "2023", True]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=10),
)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(min_value=2, max_value=58), st.integers(1, 9), cell_values),
        max_size=15,
    )
)
def test_any_edit_of_the_filled_template_reports_or_accepts(plan_data, edits):
    def edit(sheet):
        for row, col, value in edits:
            with contextlib.suppress(Exception):  # openpyxl refuses some texts
                sheet.cell(row, col).value = value

    result = read_review_series(
        filled_series(plan_data, edit=edit), "x.xlsx", plan_data.communes, Limits(max_problems=30)
    )
    assert result.ok == (result.frame is not None)
    assert len(result.problems) <= 60
    for p in result.problems:
        p.message("vi"), p.message("en")
    if result.ok:
        assert not result.frame.duplicated(["code", "year"]).any()
        assert result.frame["year"].between(2021, 2030).all()


@SETTINGS
@given(
    st.lists(st.sampled_from(["2022", "Năm 2023", "Year 2024", "2050", "1999", "Khác"]), max_size=5)
)
def test_any_sheets_named_by_years(plan_data, names):
    book = openpyxl.Workbook()
    book.active.title = "Hướng dẫn"
    for name in names:
        if name in book.sheetnames:
            continue
        sheet = book.create_sheet(name)
        sheet.append(["Mã xã", "Số hộ nghèo"])
        sheet.append(["02839", 5])
    result = read_review_series(save(book), "x.xlsx", plan_data.communes)
    assert result.ok == (result.frame is not None)
    for p in result.problems:
        p.message("en")


def test_the_single_review_takes_the_same_year_setting(plan_data):
    from gnbv.workbook import read_commune_review
    from tests.workbook.builders import filled_review

    narrow = Limits(review_year_first=2025, review_year_last=2030)
    result = read_commune_review(filled_review(plan_data), "x.xlsx", plan_data.communes, narrow)
    assert {p.key for p in result.errors} == {"wb_year_range"}  # its rows say 2024
    assert "2025–2030" in result.errors[0].message("en")
