"""A set of allocation coefficients (hệ số phân bổ): one row per coefficient, its key and its
value in points. The file the allocation page downloads is the same format, so a set can go
out to a colleague and come back. Accepted as a whole or not at all; the frame has one row,
a column per coefficient key (``gnbv.allocation.COEFFICIENT_KEYS``) and ``source``.

A key the file leaves out is 0 (a warning names it): a coefficient not given is not used.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from gnbv import i18n
from gnbv.allocation import (
    COEFFICIENT_KEYS,
    COEFFICIENT_TEXT_KEYS,
    UNIT_TEXT_KEYS,
    UNITS,
    Coefficients,
)
from gnbv.export import workbook_to_bytes
from gnbv.url_state import COEFFICIENT_RANGE
from gnbv.workbook import cells as parse
from gnbv.workbook.limits import Limits
from gnbv.workbook.report import UploadResult, shown, upload_source
from gnbv.workbook.sheet import Cells, Column, open_upload
from gnbv.workbook.templates import data_sheet, new_template

ALLOCATION_COEFFICIENTS = "allocation_coefficients"
COEFFICIENT_SHEET = "Hệ số phân bổ"
COEFFICIENT_COLUMNS = (
    Column("key", "Mã hệ số", "coefficient key", "text", expected="expect_coefficient_key"),
    Column("label", "Tiêu chí", "criterion", "text", required=False),
    Column(
        "value", "Hệ số (điểm)", "coefficient, points", "decimal", expected="expect_coefficient"
    ),
    Column("unit", "Đơn vị", "unit", "text", required=False),
)


def _key(cells: Cells, row: int, raw: object, seen: dict[str, int]) -> str | None:
    key = parse.norm(cells.text(raw))
    if not key:
        cells.problem("wb_required", row, "key", expected=cells.expected("key"))
    elif key not in COEFFICIENT_KEYS:
        cells.problem(
            "wb_unknown_coefficient",
            row,
            "key",
            value=shown(raw),
            known=", ".join(COEFFICIENT_KEYS),
        )
    elif key in seen:
        cells.problem("wb_duplicate_coefficient", row, "key", value=key, first=seen[key])
    else:
        seen[key] = row
        return key
    return None


def _value(cells: Cells, row: int, raw: object) -> float | None:
    value = cells.decimal(row, "value", raw)
    if value is not None and value > COEFFICIENT_RANGE[1]:
        cells.problem("wb_coefficient_range", row, "value", value=value, high=COEFFICIENT_RANGE[1])
        return None
    return value


def read_coefficients(
    content: bytes, filename: str, limits: Limits | None = None, now: datetime | None = None
) -> UploadResult:
    """Check a coefficient workbook as a whole; ``frame`` (see the module) only when there
    is no error. :func:`coefficients` turns it into a :class:`~gnbv.allocation.Coefficients`."""
    problems, sheet, limits = open_upload(
        content, filename, COEFFICIENT_SHEET, COEFFICIENT_COLUMNS, limits
    )
    if sheet is None:
        return problems.result(ALLOCATION_COEFFICIENTS)
    cells = Cells(sheet, problems)
    seen: dict[str, int] = {}
    values: dict[str, float] = {}
    for row, raw in sheet.rows:
        key = _key(cells, row, raw["key"], seen)
        value = _value(cells, row, raw["value"])
        if key is not None and value is not None:
            values[key] = value
    missing = [k for k in COEFFICIENT_KEYS if k not in seen]
    if missing and not problems.has_errors:
        cells.problem("wb_coefficients_missing", None, "key", "warning", keys=", ".join(missing))
    if problems.has_errors:
        return problems.result(ALLOCATION_COEFFICIENTS)
    frame = pd.DataFrame([{k: values.get(k, 0.0) for k in COEFFICIENT_KEYS}])
    frame["source"] = upload_source(filename, now or datetime.now())
    return problems.result(ALLOCATION_COEFFICIENTS, frame)


def coefficients(frame: pd.DataFrame) -> Coefficients:
    """The coefficient set of an accepted upload's frame."""
    return Coefficients(**{k: float(frame[k].iloc[0]) for k in COEFFICIENT_KEYS})


def coefficient_rows(coefficients_: Coefficients) -> list[list[object]]:
    """The data rows of the coefficient workbook for ``coefficients_``: key, criterion
    (Vietnamese, the file format), value, unit."""
    return [
        [
            key,
            i18n.t(COEFFICIENT_TEXT_KEYS[key], "vi"),
            float(getattr(coefficients_, key)),
            i18n.t("alc_points_per_unit", "vi", unit=i18n.t(UNIT_TEXT_KEYS[UNITS[key]], "vi")),
        ]
        for key in COEFFICIENT_KEYS
    ]


COEFFICIENT_INSTRUCTIONS: i18n.TextKeyTuple = (
    "tpl_coefficients_intro",
    "tpl_coefficients_sheet",
    "tpl_coefficients_keys",
    "tpl_coefficients_not_legal",
    "tpl_no_formulas",
    "tpl_xlsx_only",
    "tpl_all_or_nothing",
)


def coefficient_workbook(coefficients_: Coefficients) -> bytes:
    """The coefficient workbook of ``coefficients_`` (instructions, then one row per
    coefficient): what the page downloads, and what :func:`read_coefficients` reads back."""
    book = new_template(COEFFICIENT_INSTRUCTIONS)
    data_sheet(book, COEFFICIENT_SHEET, COEFFICIENT_COLUMNS, coefficient_rows(coefficients_))
    return workbook_to_bytes(book)
