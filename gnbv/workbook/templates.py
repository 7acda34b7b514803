"""The downloadable templates: an instructions sheet (Vietnamese and English) and a data
sheet with the Vietnamese headers of a workbook kind, pre-filled where the data is known.

:func:`new_template` / :func:`instructions_sheet` / :func:`data_sheet` are the pieces a new
workbook kind reuses; :func:`commune_review_template` and :func:`allocation_template` are
the two kinds of today. Saved through :func:`gnbv.export.workbook_to_bytes` (every text
neutralised, no live formula).
"""

from __future__ import annotations

import openpyxl
import pandas as pd
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from gnbv import i18n
from gnbv.export import workbook_to_bytes
from gnbv.workbook.allocations import ALLOCATION_COLUMNS, ALLOCATION_SHEET, NOT_ALLOCATED
from gnbv.workbook.commune_review import COMMUNE_COLUMNS, COMMUNE_SHEET
from gnbv.workbook.review_series import SERIES_COLUMNS, SERIES_SHEET, SERIES_SHEET_EN
from gnbv.workbook.sheet import Column

INSTRUCTIONS_SHEET = "Hướng dẫn"
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
INFO_FILL = PatternFill("solid", fgColor="F2F2F2")
CODE_KINDS = ("code", "project", "sub_project")
NUMBER_KINDS = ("count", "amount")

COMMUNE_INSTRUCTIONS: i18n.TextKeyTuple = (
    "tpl_intro_commune",
    "tpl_sheet_commune",
    "tpl_keep_codes",
    "tpl_whole_numbers",
    "tpl_commune_rules",
    "tpl_one_year",
    "tpl_poor_commune_rule",
    "tpl_no_formulas",
    "tpl_xlsx_only",
    "tpl_all_or_nothing",
)
SERIES_INSTRUCTIONS: i18n.TextKeyTuple = (
    "tpl_intro_series",
    "tpl_sheet_series",
    "tpl_series_sheets_per_year",
    "tpl_keep_codes",
    "tpl_whole_numbers",
    "tpl_commune_rules",
    "tpl_series_years",
    "tpl_series_missing",
    "tpl_poor_commune_rule",
    "tpl_no_formulas",
    "tpl_xlsx_only",
    "tpl_all_or_nothing",
)
ALLOCATION_INSTRUCTIONS: i18n.TextKeyTuple = (
    "tpl_intro_allocation",
    "tpl_sheet_allocation",
    "tpl_alloc_amounts",
    "tpl_alloc_not_allocated",
    "tpl_alloc_sub_projects",
    "tpl_alloc_totals",
    "tpl_whole_numbers",
    "tpl_no_formulas",
    "tpl_xlsx_only",
    "tpl_all_or_nothing",
)


def instructions_sheet(book, keys: i18n.TextKeyTuple, extra: list[tuple[str, str]]) -> None:
    """The first sheet: the i18n texts ``keys`` in Vietnamese and English, then ``extra``
    (Vietnamese, English) lines."""
    sheet = book.active
    sheet.title = INSTRUCTIONS_SHEET
    sheet.append(["Hướng dẫn", "Instructions"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for key in keys:
        sheet.append([i18n.t(key, "vi"), i18n.t(key, "en")])
    for vi, en in extra:
        sheet.append([vi, en])
    for letter in ("A", "B"):
        sheet.column_dimensions[letter].width = 90
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def new_template(keys: i18n.TextKeyTuple, extra: list[tuple[str, str]] | None = None):
    """A new template workbook holding its instructions sheet (see :func:`instructions_sheet`);
    add the data sheet with :func:`data_sheet`, then save with ``workbook_to_bytes``."""
    book = openpyxl.Workbook()
    instructions_sheet(book, keys, extra or [])
    return book


def _format_column(sheet, index: int, column: Column) -> None:
    for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
        if column.kind in CODE_KINDS:
            cell.number_format = "@"  # text: keeps the leading zero of 02839
        elif column.kind in NUMBER_KINDS:
            cell.number_format = "#,##0"
        if column.kind == "text" and column.key == "name":
            cell.fill = INFO_FILL


def data_sheet(book, title: str, spec: tuple[Column, ...], rows: list[list[object]]) -> None:
    """The data sheet: the headers of ``spec`` (bold, shaded), then ``rows``; codes as text,
    numbers with thousands separators, names shaded (given for information)."""
    sheet = book.create_sheet(title)
    sheet.append([c.header for c in spec])
    for index, column in enumerate(spec, start=1):
        cell = sheet.cell(1, index)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = max(14, len(column.header) + 2)
    for values in rows:
        sheet.append(values)
    for index, column in enumerate(spec, start=1):
        _format_column(sheet, index, column)
    sheet.freeze_panes = "B2"


def commune_review_template(communes: pd.DataFrame) -> bytes:
    """The commune review template: instructions, and the 19 communes pre-filled (code,
    name); the figures and the year are left for the planner."""
    book = new_template(COMMUNE_INSTRUCTIONS)
    rows = [[str(code), str(name)] for code, name in zip(communes["code"], communes["name"])]
    data_sheet(book, COMMUNE_SHEET, COMMUNE_COLUMNS, rows)
    return workbook_to_bytes(book)


def allocation_template(projects: pd.DataFrame, sub_projects: pd.DataFrame) -> bytes:
    """The allocation template, pre-filled with the plan's rows (one per project); Dự án 5
    has its amounts empty: "not allocated", which is not zero."""
    extra = [("Mã tiểu dự án được nhận:", "Sub-project codes accepted:")] + [
        (f"{r.sub_project_id}: {r.label_vi} — {r.name_vi}", f"{r.sub_project_id}: {r.name_en}")
        for r in sub_projects.itertuples()
    ]
    book = new_template(ALLOCATION_INSTRUCTIONS, extra)
    rows = []
    for r in projects.itertuples():
        if r.allocation_status == NOT_ALLOCATED:
            amounts = [None, None, None]
            note = i18n.t("not_allocated", "vi")
        else:
            amounts = [int(r.investment_mvnd), int(r.recurrent_mvnd), int(r.total_mvnd)]
            note = None
        rows.append([r.project_id, r.name_vi, None, *amounts, note])
    data_sheet(book, ALLOCATION_SHEET, ALLOCATION_COLUMNS, rows)
    return workbook_to_bytes(book)


def review_series_template(communes: pd.DataFrame, years: list[int], lang: str = "vi") -> bytes:
    """The template of a series of reviews: instructions, and one sheet with a year column,
    pre-filled with every commune (code, name) for each of ``years``; the figures are left
    for the planner. Its sheet name and headers are in ``lang`` (the reader takes either)."""
    book = new_template(SERIES_INSTRUCTIONS)
    english = i18n.normalise_lang(lang) == "en"
    spec = tuple(
        Column(c.key, c.label_en.capitalize(), c.label_en, c.kind, c.required, c.expected)
        if english
        else c
        for c in SERIES_COLUMNS
    )
    rows = [
        [str(code), str(name), int(year)]
        for year in years
        for code, name in zip(communes["code"], communes["name"])
    ]
    data_sheet(book, SERIES_SHEET_EN if english else SERIES_SHEET, spec, rows)
    return workbook_to_bytes(book)
