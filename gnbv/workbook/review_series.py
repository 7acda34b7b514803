"""A series of commune reviews (rà soát hộ nghèo hằng năm, issue 20): one row per commune
and review year, from one workbook laid out either way:

* one sheet, :data:`SERIES_SHEET` ("Rà soát theo năm", or its English name), with a year
  column; or
* one sheet per year, named by the year ("2023", "Năm 2023", "Year 2023"); a year column
  there is optional and, when filled, must be the sheet's year.

Checked as carefully as a single review (:mod:`~gnbv.workbook.commune_review`): every problem
with its sheet, row and column; a commune given twice for the same year; a year outside the
span the settings allow (``GNBV_REVIEW_YEAR_FIRST`` … ``GNBV_REVIEW_YEAR_LAST``); the counts
of each row against each other. Across years: a commune whose households or poor households
grow or shrink by more than ``GNBV_REVIEW_CHANGE_FACTOR`` from one review to the next gets a
warning naming both years. Missing years are allowed and said (a warning per commune).

Accepted as a whole or not at all; the frame has exactly the columns of the shipped series
(``commune_poverty_series_illustrative.csv``), ``is_illustrative`` False.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

import pandas as pd

from gnbv.data import SCHEMAS, SERIES_FILE
from gnbv.i18n import TextKeys
from gnbv.workbook import cells as parse
from gnbv.workbook import xlsx
from gnbv.workbook.commune_review import (
    COMMUNE_COLUMNS,
    COUNT_KEYS,
    CommuneRows,
    check_counts,
    commune_code,
    count_bounds,
    records_frame,
)
from gnbv.workbook.container import gate
from gnbv.workbook.limits import Limits
from gnbv.workbook.report import Problem, Problems, UploadResult, problem, shown, upload_source
from gnbv.workbook.sheet import Cells, Column, read_sheet

REVIEW_SERIES = "review_series"
SERIES_SHEET = "Rà soát theo năm"
SERIES_SHEET_EN = "Reviews by year"
SERIES_COLUMNS = COMMUNE_COLUMNS
# In a sheet per year the year column may be left out (the sheet's name gives the year).
YEAR_SHEET_COLUMNS = tuple(
    Column(c.key, c.header, c.label_en, c.kind, required=False) if c.key == "year" else c
    for c in COMMUNE_COLUMNS
)
YEAR_SHEET_NAME = re.compile(r"(?:năm|nam|year)?\s*(\d{4})", re.IGNORECASE)
SERIES_COLUMNS_OUT = list(SCHEMAS[SERIES_FILE][0])
# What the columns that say where the shipped figures come from say for an upload.
UPLOADED = "uploaded"
# The counts compared from one review to the next, and their names in the warning.
CHANGE_COUNTS = ("households", "poor_households")
CHANGE_TEXT_KEYS: TextKeys = {
    "households": "wb_series_what_households",
    "poor_households": "wb_series_what_poor_households",
}


def year_of_sheet(name: str) -> int | None:
    """The year a sheet's name gives ("2023", "Năm 2023", "Year 2023"), or None."""
    match = YEAR_SHEET_NAME.fullmatch(parse.norm(name))
    return int(match.group(1)) if match else None


@dataclass
class _Record:
    sheet: str
    row: int
    code: str
    year: int
    counts: dict[str, int | None]


class _Series:
    """The checks of a series, sheet by sheet and row by row, then across years."""

    def __init__(self, communes: pd.DataFrame, problems: Problems, limits: Limits):
        self.communes = communes
        self.names = dict(zip(communes["code"], communes["name"]))
        self.problems = problems
        self.limits = limits
        self.records: list[_Record] = []
        self.seen: dict[tuple[str, int], tuple[str, int]] = {}  # (code, year) → (sheet, row)

    def in_span(self, year: int) -> bool:
        return self.limits.review_year_first <= year <= self.limits.review_year_last

    def span(self) -> dict[str, str]:
        return {
            "low": str(self.limits.review_year_first),
            "high": str(self.limits.review_year_last),
        }

    def read_sheet(self, sheet, sheet_year: int | None) -> None:
        cells = Cells(sheet, self.problems, count_bounds(self.limits))
        names = CommuneRows(cells, self.communes)
        for row, raw in sheet.rows:
            if all(parse.is_empty(raw.get(key)) for key in COUNT_KEYS) and not any(
                (row, key) in sheet.formulas for key in COUNT_KEYS
            ):
                continue  # a year not reviewed: its figures left empty (said across years)
            code = self._code(cells, row, raw.get("code"))
            if code is not None and "name" in sheet.columns:
                names.name(row, code, raw.get("name"))
            year = self._year(cells, row, raw.get("year"), sheet_year, "year" in sheet.columns)
            counts = {key: cells.number(row, key, raw[key]) for key in COUNT_KEYS}
            check_counts(cells, row, counts)
            if code is None or year is None:
                continue
            first = self.seen.get((code, year))
            if first is not None:
                cells.problem(
                    "wb_series_duplicate",
                    row,
                    "code",
                    value=code,
                    year=str(year),
                    sheet=shown(first[0]),
                    first=first[1],
                )
                continue
            self.seen[(code, year)] = (sheet.title, row)
            self.records.append(_Record(sheet.title, row, code, year, counts))

    def _code(self, cells: Cells, row: int, raw: object) -> str | None:
        code = commune_code(raw)
        if code is None and parse.is_empty(raw):
            cells.problem("wb_required", row, "code", expected=cells.expected("code"))
        elif code is None or code not in self.names:
            cells.problem("wb_unknown_commune", row, "code", value=shown(code or raw))
        else:
            return code
        return None

    def _year(self, cells, row, raw, sheet_year: int | None, has_column: bool) -> int | None:
        if sheet_year is not None and (not has_column or parse.is_empty(raw)):
            return sheet_year
        year = cells.number(row, "year", raw)
        if year is None:
            return None
        if not self.in_span(year):
            cells.problem("wb_year_range", row, "year", value=shown(year), **self.span())
            return None
        if sheet_year is not None and year != sheet_year:
            cells.problem(
                "wb_series_year_not_sheet", row, "year", value=str(year), expected=str(sheet_year)
            )
            return None
        return year

    def across_years(self) -> None:
        """Plausibility from one review to the next, and the years each commune lacks."""
        years = sorted({r.year for r in self.records})
        by_code: dict[str, list[_Record]] = {}
        for record in sorted(self.records, key=lambda r: (r.code, r.year)):
            by_code.setdefault(record.code, []).append(record)
        factor = self.limits.review_change_factor
        for code in self.communes["code"]:
            reviews = by_code.get(code, [])
            for before, after in pairwise(reviews):
                for key in CHANGE_COUNTS:
                    self._change(code, key, before, after, factor)
            missing = [y for y in years if y not in {r.year for r in reviews}]
            if missing and len(years) > 0:
                self.problems.add(
                    problem(
                        "wb_series_missing_years",
                        "warning",
                        code=code,
                        name=self.names[code],
                        years=", ".join(str(y) for y in missing),
                    )
                )

    def _change(self, code: str, key: str, before: _Record, after: _Record, factor: float):
        a, b = before.counts[key], after.counts[key]
        if a is None or b is None or (a == 0 and b == 0):
            return
        low, high = min(a, b), max(a, b)
        if low == 0 or high > factor * low:
            self.problems.add(
                Problem(
                    "warning",
                    "wb_series_change",
                    after.sheet,
                    after.row,
                    None,
                    values=(
                        ("code", code),
                        ("what", "i18n:" + CHANGE_TEXT_KEYS[key]),
                        ("before", a),
                        ("year_before", str(before.year)),
                        ("after", b),
                        ("year_after", str(after.year)),
                        ("factor", factor),
                    ),
                )
            )

    def frame(self, source: str) -> pd.DataFrame:
        order = {code: i for i, code in enumerate(self.communes["code"])}
        records = sorted(self.records, key=lambda r: (order[r.code], r.year))
        frame = records_frame(
            records, source, near_poor_basis=UPLOADED, district_rate_status=UPLOADED
        )
        return frame[SERIES_COLUMNS_OUT]


def _layout(content: bytes, limits: Limits, problems: Problems):
    """The sheets to read: [(name, year or None)] — the one series sheet, else the sheets
    named by a year (at most one per year of the span; a name seen twice is warned about by
    the sheet reader). Empty, with the problem recorded, when there is neither."""
    try:
        book = xlsx.open_book(content, limits)
    except xlsx.ReadError as exc:
        problems.add(exc.problem)
        return []
    book.archive.close()  # only the sheets' names are needed here
    wanted = {parse.norm(SERIES_SHEET), parse.norm(SERIES_SHEET_EN)}
    for entry in book.sheets:
        if parse.norm(entry.name) in wanted:
            return [(entry.name, None)]
    by_year: dict[int, str] = {}
    for entry in book.sheets:
        year = year_of_sheet(entry.name)
        if year is not None and year not in by_year:
            by_year[year] = entry.name
    if not by_year:
        names = ", ".join(f"“{shown(s.name)}”" for s in book.sheets[:10]) or "—"
        problems.add(problem("wb_series_no_sheet", expected=SERIES_SHEET, found=names))
        return []
    span = range(limits.review_year_first, limits.review_year_last + 1)
    for year, name in sorted(by_year.items()):
        if year not in span:
            problems.add(
                Problem(
                    "error",
                    "wb_series_sheet_year",
                    name,
                    values=(
                        ("value", str(year)),
                        ("low", str(span.start)),
                        ("high", str(span.stop - 1)),
                    ),
                )
            )
    return [(name, year) for year, name in sorted(by_year.items()) if year in span]


def read_review_series(
    content: bytes,
    filename: str,
    communes: pd.DataFrame,
    limits: Limits | None = None,
    now: datetime | None = None,
) -> UploadResult:
    """Validate a series of reviews as a whole. ``frame`` (the columns of
    ``commune_poverty_series_illustrative.csv``, ``is_illustrative`` False) only when no
    error."""
    limits = limits or Limits.from_config()
    problems = Problems(limits.max_problems)
    problems.extend(gate(content, filename, limits))
    if problems.has_errors:
        return problems.result(REVIEW_SERIES)
    layout = _layout(content, limits, problems)
    series = _Series(communes, problems, limits)
    for name, year in layout:
        # Each sheet is read on its own (the sheet reader stops at the first error it sees
        # in the problems it is given), then its problems join the file's.
        own = Problems(limits.max_problems)
        spec = SERIES_COLUMNS if year is None else YEAR_SHEET_COLUMNS
        sheet = read_sheet(content, name, spec, limits, own)
        if sheet is not None:
            series.read_sheet(sheet, year)
        problems.extend(own.listed())
    if not problems.has_errors and layout and not series.records:
        problems.add(problem("wb_series_no_reviews"))
    if problems.has_errors or not layout:
        return problems.result(REVIEW_SERIES)
    series.across_years()
    source = upload_source(filename, now or datetime.now())
    return problems.result(REVIEW_SERIES, series.frame(source))
