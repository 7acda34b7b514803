"""Allocation criteria (tiêu chí phân bổ): a planner's figures per commune for the allocation
page — household counts, population, Zone III membership, especially difficult villages — and
optionally a floor and a cap per commune. Accepted as a whole or not at all.

Every one of the 19 communes has one row. A criterion column is either filled for every
commune or left entirely empty (an empty column keeps the figures in use; a column filled for
some communes only would mix two sources in one criterion). Floors and caps may be given for
some communes only (the others keep the page's uniform floor and cap). The frame has ``code``,
the criteria given, ``floor_mvnd`` / ``cap_mvnd`` when given, and ``source``.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from gnbv.allocation import CRITERIA, FLAG_CRITERIA
from gnbv.export import workbook_to_bytes
from gnbv.i18n import TextKeyTuple
from gnbv.settings import SETTINGS
from gnbv.workbook import cells as parse
from gnbv.workbook.allocations import amount_bounds
from gnbv.workbook.commune_review import CommuneRows, count_bounds
from gnbv.workbook.limits import Limits
from gnbv.workbook.report import Problems, UploadResult, shown, upload_source
from gnbv.workbook.sheet import Cells, Column, Sheet, open_upload
from gnbv.workbook.templates import data_sheet, new_template

ALLOCATION_CRITERIA = "allocation_criteria"
CRITERIA_SHEET = "Tiêu chí phân bổ"
BOUND_COLUMNS = ("floor_mvnd", "cap_mvnd")
CRITERIA_COLUMNS = (
    Column("code", "Mã xã", "commune code", "code"),
    Column("name", "Tên xã", "commune name", "text", required=False),
    Column("households", "Tổng số hộ", "households", "count", required=False),
    Column("poor_households", "Số hộ nghèo", "poor households", "count", required=False),
    Column(
        "near_poor_households", "Số hộ cận nghèo", "near-poor households", "count", required=False
    ),
    Column(
        "ethnic_minority_poor_households",
        "Số hộ nghèo DTTS",
        "ethnic-minority poor households",
        "count",
        required=False,
    ),
    Column(
        "population",
        "Dân số (người)",
        "population",
        "count",
        required=False,
        expected="expect_population",
    ),
    Column(
        "zone_iii",
        "Xã khu vực III (1 = có, 0 = không)",
        "Zone III commune (1 = yes, 0 = no)",
        "flag",
        required=False,
        expected="expect_flag",
    ),
    Column(
        "difficult_villages",
        "Số thôn đặc biệt khó khăn",
        "especially difficult villages",
        "count",
        required=False,
        expected="expect_villages",
    ),
    Column("floor_mvnd", "Mức sàn (triệu đồng)", "floor, million VND", "amount", required=False),
    Column("cap_mvnd", "Mức trần (triệu đồng)", "cap, million VND", "amount", required=False),
)


def criteria_bounds(plan: pd.Series, limits: Limits) -> dict[str, parse.Bound]:
    """The largest plausible value of each numeric column: household counts as in a commune
    review, population and villages from their settings, floors and caps as a project's
    amount."""
    households = count_bounds(limits)["households"]
    amount = amount_bounds(plan, limits)["total_mvnd"]
    return {
        **dict.fromkeys(CRITERIA[:4], households),
        "population": parse.Bound(
            limits.max_population, "bound_population", SETTINGS["max_population_per_commune"].env
        ),
        "difficult_villages": parse.Bound(
            limits.max_villages, "bound_villages", SETTINGS["max_villages_per_commune"].env
        ),
        **dict.fromkeys(BOUND_COLUMNS, amount),
    }


class _Criteria:
    """The checks of one criteria sheet: row by row, then column by column."""

    def __init__(self, sheet: Sheet, communes: pd.DataFrame, problems: Problems, bounds):
        self.sheet = sheet
        self.cells = Cells(sheet, problems, bounds)
        self.communes = CommuneRows(self.cells, communes)
        self.keys = [k for k in (*CRITERIA, *BOUND_COLUMNS) if k in sheet.columns]
        self.values: dict[str, dict[str, object]] = {}  # code → key → value (None: empty)
        self.rows: dict[str, int] = {}
        self.refused: set[tuple[str, str]] = set()  # (code, key) of a cell given but refused

    def read(self) -> None:
        for row, raw in self.sheet.rows:
            code = self.communes.code(row, raw["code"])
            if code is None:
                continue
            if "name" in self.sheet.columns:
                self.communes.name(row, code, raw.get("name"))
            self.rows[code] = row
            self.values[code] = {key: self._value(row, key, raw[key]) for key in self.keys}
            self.refused |= {
                (code, key)
                for key in self.keys
                if self.values[code][key] is None and not parse.is_empty(raw[key])
            }
            self._consistent(row, self.values[code])
        self.communes.missing()
        for key in self.keys:
            if key in CRITERIA:
                self._whole_column(key)
        given = any(v is not None for values in self.values.values() for v in values.values())
        if not given and not self.cells.problems.has_errors:
            self.cells.problem("wb_criteria_nothing", None, None)

    def _value(self, row: int, key: str, raw: object) -> int | None:
        if key not in FLAG_CRITERIA:
            return self.cells.number(row, key, raw, required=False)
        if isinstance(raw, bool):  # TRUE / FALSE typed in Excel
            return int(raw)
        value = self.cells.number(row, key, raw, required=False)
        if value is not None and value > 1:
            self.cells.problem("wb_flag", row, key, value=shown(raw))
            return None
        return value

    def _consistent(self, row: int, v: dict[str, object]) -> None:
        h, poor = v.get("households"), v.get("poor_households")
        near, em_poor = v.get("near_poor_households"), v.get("ethnic_minority_poor_households")
        problem = self.cells.problem
        if None not in (h, poor, near) and poor + near > h:
            total = poor + near
            problem(
                "wb_poor_exceed",
                row,
                "near_poor_households",
                poor=poor,
                near=near,
                total=total,
                households=h,
            )
        elif None not in (h, poor) and poor > h:
            problem("wb_criteria_poor_exceed", row, "poor_households", value=poor, households=h)
        if None not in (poor, em_poor) and em_poor > poor:
            problem(
                "wb_em_poor_exceed_poor",
                row,
                "ethnic_minority_poor_households",
                value=em_poor,
                poor=poor,
            )
        floor, cap = v.get("floor_mvnd"), v.get("cap_mvnd")
        if None not in (floor, cap) and floor > cap:
            problem("wb_floor_above_cap", row, "floor_mvnd", floor=floor, cap=cap)

    def _whole_column(self, key: str) -> None:
        """A criterion is given for every commune or for none."""
        filled = [code for code, values in self.values.items() if values[key] is not None]
        if not filled or len(filled) == len(self.values):
            return
        for code, values in self.values.items():
            reported = (code, key) in self.refused or (self.rows[code], key) in self.sheet.formulas
            if values[key] is None and not reported:
                self.cells.problem("wb_criteria_partial", self.rows[code], key, filled=len(filled))

    def frame(self, source: str) -> pd.DataFrame:
        given = [k for k in self.keys if any(v[k] is not None for v in self.values.values())]
        rows = [
            {"code": code, **{k: self.values[code][k] for k in given}}
            for code in self.communes.order
            if code in self.values
        ]
        frame = pd.DataFrame(rows, columns=["code", *given])
        for key in given:
            frame[key] = pd.to_numeric(frame[key], errors="coerce").astype(float)
        frame["source"] = source
        return frame


def read_allocation_criteria(
    content: bytes,
    filename: str,
    communes: pd.DataFrame,
    plan: pd.Series,
    limits: Limits | None = None,
    now: datetime | None = None,
) -> UploadResult:
    """Check an allocation criteria workbook as a whole; ``frame`` (see the module) only when
    there is no error."""
    problems, sheet, limits = open_upload(
        content, filename, CRITERIA_SHEET, CRITERIA_COLUMNS, limits
    )
    if sheet is None:
        return problems.result(ALLOCATION_CRITERIA)
    checks = _Criteria(sheet, communes, problems, criteria_bounds(plan, limits))
    checks.read()
    if problems.has_errors:
        return problems.result(ALLOCATION_CRITERIA)
    source = upload_source(filename, now or datetime.now())
    return problems.result(ALLOCATION_CRITERIA, checks.frame(source))


CRITERIA_INSTRUCTIONS: TextKeyTuple = (
    "tpl_criteria_intro",
    "tpl_criteria_sheet",
    "tpl_keep_codes",
    "tpl_criteria_columns",
    "tpl_criteria_zone",
    "tpl_criteria_bounds",
    "tpl_criteria_sources",
    "tpl_whole_numbers",
    "tpl_no_formulas",
    "tpl_xlsx_only",
    "tpl_all_or_nothing",
)


def criteria_template(communes: pd.DataFrame) -> bytes:
    """The criteria template: instructions, and the 19 communes (code, name); the figures are
    left for the planner (never pre-filled: the figures in use may be illustrative)."""
    book = new_template(CRITERIA_INSTRUCTIONS)
    rows = [[str(code), str(name)] for code, name in zip(communes["code"], communes["name"])]
    data_sheet(book, CRITERIA_SHEET, CRITERIA_COLUMNS, rows)
    return workbook_to_bytes(book)
