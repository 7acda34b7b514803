"""Commune review results (rà soát hộ nghèo): one row per commune, one review year, the
household counts. Accepted as a whole or not at all; the frame has exactly the columns of
the shipped baseline (``commune_poverty_illustrative.csv``), ``is_illustrative`` False."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from gnbv.data import SCHEMAS
from gnbv.settings import SETTINGS
from gnbv.workbook import cells as parse
from gnbv.workbook.limits import Limits
from gnbv.workbook.report import Problems, UploadResult, shown, upload_source
from gnbv.workbook.sheet import Cells, Column, Sheet, open_upload

COMMUNE_REVIEW = "commune_review"
COMMUNE_SHEET = "Rà soát hộ nghèo"
COMMUNE_COLUMNS = (
    Column("code", "Mã xã", "commune code", "code"),
    Column("name", "Tên xã", "commune name", "text", required=False),
    Column("year", "Năm rà soát", "review year", "year"),
    Column("households", "Tổng số hộ", "households", "count"),
    Column("poor_households", "Số hộ nghèo", "poor households", "count"),
    Column("near_poor_households", "Số hộ cận nghèo", "near-poor households", "count"),
    Column("ethnic_minority_households", "Số hộ DTTS", "ethnic-minority households", "count"),
    Column(
        "ethnic_minority_poor_households",
        "Số hộ nghèo DTTS",
        "ethnic-minority poor households",
        "count",
    ),
)
COUNT_KEYS = (
    "households",
    "poor_households",
    "near_poor_households",
    "ethnic_minority_households",
    "ethnic_minority_poor_households",
)
# Exactly the columns of the shipped baseline file, in its order (its schema in gnbv.data).
BASELINE_COLUMNS = list(SCHEMAS["commune_poverty_illustrative.csv"][0])
# The review years accepted by default (GNBV_REVIEW_YEAR_FIRST / _LAST set them: Limits).
YEAR_RANGE = (2021, 2030)
# A commune whose poor rate is 40 % or more is a "xã nghèo" (NQ 20-NQ/TU, cited in the plan,
# mục II.6.7) — the same rule as scripts/generate_illustrative_baseline.py.
POOR_COMMUNE_THRESHOLD_PCT = 40.0
UPLOADED_BASIS = "uploaded"
CODE_DIGITS = 5


def count_bounds(limits: Limits) -> dict[str, parse.Bound]:
    """Every household count of one commune is at most ``max_households``."""
    bound = parse.Bound(
        limits.max_households, "bound_households", SETTINGS["max_households_per_commune"].env
    )
    return dict.fromkeys(COUNT_KEYS, bound)


def commune_code(raw: object) -> str | None:
    """A 5-digit GSO code from a cell (Excel drops the leading zero of 02839 in a number
    cell: 2839 → "02839"); None when the cell cannot be a code."""
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, int | float):
        if not float(raw).is_integer() or raw < 0 or raw >= 10**CODE_DIGITS:
            return None
        raw = str(int(raw))
    text = parse.text(raw)
    if not text.isdigit() or not text.isascii() or len(text) > CODE_DIGITS:
        return None
    return text.zfill(CODE_DIGITS)


class CommuneRows:
    """The rows of a sheet with one row per commune (a review, allocation criteria): each
    row's code checked (known, once), its name compared with the code's, and the communes
    without a row reported. ``seen``: code → the row it is on."""

    def __init__(self, cells: Cells, communes: pd.DataFrame):
        self.cells = cells
        self.order = list(communes["code"])
        self.names = dict(zip(communes["code"], communes["name"]))
        self.codes_by_name = {parse.norm(name): code for code, name in self.names.items()}
        self.seen: dict[str, int] = {}

    def code(self, row: int, raw: object) -> str | None:
        """The row's commune code, or None with the problem recorded."""
        code = commune_code(raw)
        if code is None and parse.is_empty(raw):
            self.cells.problem("wb_required", row, "code", expected=self.cells.expected("code"))
        elif code is None or code not in self.names:
            self.cells.problem("wb_unknown_commune", row, "code", value=shown(code or raw))
        elif code in self.seen:
            self.cells.problem(
                "wb_duplicate_commune", row, "code", value=code, first=self.seen[code]
            )
        else:
            self.seen[code] = row
            return code
        return None

    def name(self, row: int, code: str, raw: object) -> None:
        """A warning when the name given is not the code's (the code is used)."""
        given = self.cells.text(raw)
        if not given or parse.norm(given) == parse.norm(self.names[code]):
            return
        other = self.codes_by_name.get(parse.norm(given))
        if other is not None:
            self.cells.problem(
                "wb_name_other_commune",
                row,
                "name",
                severity="warning",
                value=shown(given),
                other=other,
                code=code,
                expected=self.names[code],
            )
            return
        self.cells.problem(
            "wb_name_mismatch",
            row,
            "name",
            severity="warning",
            value=shown(given),
            code=code,
            expected=self.names[code],
        )

    def missing(self) -> None:
        """An error listing the communes that have no row."""
        missing = [code for code in self.order if code not in self.seen]
        if missing:
            listed = ", ".join(f"{code} {self.names[code]}" for code in missing)
            self.cells.problem(
                "wb_missing_communes", None, "code", count=len(missing), communes=listed
            )


def check_counts(cells: Cells, row: int, c: dict[str, int | None]) -> None:
    """The counts of one commune row against each other (households > 0, parts within their
    wholes), each problem on the row and column concerned. Shared with a series of reviews."""
    problem = cells.problem
    h, poor, near = c["households"], c["poor_households"], c["near_poor_households"]
    em, em_poor = c["ethnic_minority_households"], c["ethnic_minority_poor_households"]
    if h == 0:
        problem("wb_households_zero", row, "households")
    if None not in (h, poor, near) and poor + near > h:
        problem(
            "wb_poor_exceed",
            row,
            "near_poor_households",
            poor=poor,
            near=near,
            total=poor + near,
            households=h,
        )
    if None not in (h, em) and em > h:
        problem("wb_em_exceed", row, "ethnic_minority_households", value=em, households=h)
    if None not in (poor, em_poor) and em_poor > poor:
        key = "ethnic_minority_poor_households"
        problem("wb_em_poor_exceed_poor", row, key, value=em_poor, poor=poor)
    if None not in (em, em_poor) and em_poor > em:
        key = "ethnic_minority_poor_households"
        problem("wb_em_poor_exceed_em", row, key, value=em_poor, em=em)


@dataclass
class _Record:
    row: int
    code: str
    year: int | None
    counts: dict[str, int | None]


class _Review:
    """The checks of one commune review sheet, row by row, then across rows."""

    def __init__(self, sheet: Sheet, communes: pd.DataFrame, problems: Problems, limits: Limits):
        self.sheet = sheet
        self.cells = Cells(sheet, problems, count_bounds(limits))
        self.communes = communes
        self.rows = CommuneRows(self.cells, communes)
        self.limits = limits
        self.records: list[_Record] = []

    def read(self) -> None:
        for row, raw in self.sheet.rows:
            code = self.rows.code(row, raw["code"])
            if code is None:
                continue
            if "name" in self.sheet.columns:
                self.rows.name(row, code, raw.get("name"))
            year = self._year(row, raw["year"])
            counts = {key: self.cells.number(row, key, raw[key]) for key in COUNT_KEYS}
            self.records.append(_Record(row, code, year, counts))
        self._one_year()
        for record in self.records:
            self._consistent(record)
        self.rows.missing()

    def _year(self, row: int, raw: object) -> int | None:
        year = self.cells.number(row, "year", raw)
        low, high = self.limits.review_year_first, self.limits.review_year_last
        if year is not None and not low <= year <= high:
            self.cells.problem(
                "wb_year_range",
                row,
                "year",
                value=shown(year),
                low=str(low),
                high=str(high),
            )
            return None
        return year

    def _one_year(self) -> None:
        dated = [r for r in self.records if r.year is not None]
        if not dated:
            return
        first = dated[0]
        for record in dated[1:]:
            if record.year != first.year:
                self.cells.problem(
                    "wb_year_mixed",
                    record.row,
                    "year",
                    value=str(record.year),
                    expected=str(first.year),
                    first=first.row,
                )

    def _consistent(self, record: _Record) -> None:
        check_counts(self.cells, record.row, record.counts)

    def frame(self, source: str) -> pd.DataFrame:
        order = {code: i for i, code in enumerate(self.communes["code"])}
        records = sorted(self.records, key=lambda r: order[r.code])
        return records_frame(records, source)[BASELINE_COLUMNS]


def records_frame(records, source: str, **same_text: str) -> pd.DataFrame:
    """Reviewed communes' rows (``records``: code, year and counts, in the order wanted) with
    the shipped files' columns: the counts, the poor-commune flag by the threshold, uploaded
    and not illustrative, ``source`` and each ``same_text`` column (text on every row)."""
    counts = {key: [r.counts[key] for r in records] for key in COUNT_KEYS}
    poor_commune = [
        r.counts["poor_households"] * 100 >= POOR_COMMUNE_THRESHOLD_PCT * r.counts["households"]
        for r in records
    ]
    n = len(records)
    text = {"households_basis": UPLOADED_BASIS, **same_text, "source": source}
    return pd.DataFrame(
        {
            "code": pd.array([r.code for r in records], dtype="string"),
            "year": pd.array([r.year for r in records], dtype="Int64"),
            **{key: pd.array(values, dtype="Int64") for key, values in counts.items()},
            "is_poor_commune": pd.array(poor_commune, dtype="boolean"),
            "is_illustrative": pd.array([False] * n, dtype="boolean"),
            **{name: pd.array([value] * n, dtype="string") for name, value in text.items()},
        }
    )


def read_commune_review(
    content: bytes,
    filename: str,
    communes: pd.DataFrame,
    limits: Limits | None = None,
    now: datetime | None = None,
) -> UploadResult:
    """Validate a commune review workbook as a whole. ``frame`` (the columns of
    ``commune_poverty_illustrative.csv``, ``is_illustrative`` False) only when no error."""
    problems, sheet, limits = open_upload(content, filename, COMMUNE_SHEET, COMMUNE_COLUMNS, limits)
    if sheet is None:
        return problems.result(COMMUNE_REVIEW)
    review = _Review(sheet, communes, problems, limits)
    review.read()
    if problems.has_errors:
        return problems.result(COMMUNE_REVIEW)
    source = upload_source(filename, now or datetime.now())
    return problems.result(COMMUNE_REVIEW, review.frame(source))
