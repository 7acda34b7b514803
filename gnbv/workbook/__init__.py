"""Planners' Excel workbooks: downloadable templates, and the safe, whole-workbook check of
an upload. Nothing here imports streamlit; nothing raises on a bad file: every problem is
reported, and data is returned only when there is no error.

The pieces, one job each:

* :mod:`~gnbv.workbook.limits` — :class:`Limits`: every bound an upload is checked under
  (sizes, rows, columns, text length, problems listed, plausible figures), from the settings;
* :mod:`~gnbv.workbook.container` — :func:`gate` / :func:`check_container`: the file-level
  checks before anything is parsed (size, extension, zip, zip bombs, macros, DTDs);
* :mod:`~gnbv.workbook.xlsx` — the bounded reader: sheets, and one sheet's cells as saved
  (:mod:`~gnbv.workbook.xlsx_grid`), at a cost bounded whatever the file holds (why not
  openpyxl's reader: see there);
* :mod:`~gnbv.workbook.sheet` — :func:`read_sheet`: find a declared sheet, map its header to
  :class:`Column` s, keep its data rows, warn about hidden sheets, copies and formulas;
  :class:`Cells`: parse its cells (``number``, ``decimal``, ``text``), each problem with its
  row and column;
* :mod:`~gnbv.workbook.cells` — cell parsing: :func:`parse_vn_number` (1.234,5),
  :func:`whole_number` / :func:`decimal_number` within a :class:`Bound`, :func:`text`;
* :mod:`~gnbv.workbook.report` — :class:`Problem`, the bounded :class:`Problems`,
  :class:`UploadResult`, :func:`problems_table` (the report in the UI language);
* :mod:`~gnbv.workbook.commune_review` — :func:`read_commune_review` (rà soát hộ nghèo);
* :mod:`~gnbv.workbook.review_series` — :func:`read_review_series` (a series of yearly
  reviews: one sheet with a year column or a sheet per year; issue 20);
* :mod:`~gnbv.workbook.allocations` — :func:`read_allocations` (phân bổ kinh phí);
* :mod:`~gnbv.workbook.allocation_criteria` — :func:`read_allocation_criteria` and its
  template (the allocation page's criteria per commune, floors and caps);
* :mod:`~gnbv.workbook.allocation_coefficients` — :func:`read_coefficients` and
  :func:`coefficient_workbook` (a coefficient set, out and back in);
* :mod:`~gnbv.workbook.templates` — the templates, and the helpers that write one.

A new kind of workbook is a small module: declare its sheet name and its columns, its bounds
(settings in ``gnbv/settings.py``), then::

    def read_criteria(content, filename, communes, limits=None) -> UploadResult:
        problems, sheet, limits = open_upload(
            content, filename, CRITERIA_SHEET, CRITERIA_COLUMNS, limits
        )  # the container gate, then the sheet
        if sheet is None:
            return problems.result(CRITERIA)
        cells = Cells(sheet, problems, {"villages": Bound(200, "…", "GNBV_…")})
        for row, raw in sheet.rows:
            villages = cells.number(row, "villages", raw["villages"])
            ...
        return problems.result(CRITERIA, frame)   # frame dropped when there is an error

with its i18n keys in the workbook catalogue ``gnbv/i18n/workbook.py`` (every problem key used
here is checked to exist in both languages) and its template from :func:`new_template`.
"""

from __future__ import annotations

from gnbv.workbook.allocation_coefficients import (
    ALLOCATION_COEFFICIENTS,
    COEFFICIENT_SHEET,
    coefficient_workbook,
    coefficients,
    read_coefficients,
)
from gnbv.workbook.allocation_criteria import (
    ALLOCATION_CRITERIA,
    CRITERIA_COLUMNS,
    CRITERIA_SHEET,
    criteria_template,
    read_allocation_criteria,
)
from gnbv.workbook.allocations import (
    ALLOCATION_COLUMNS,
    ALLOCATION_SHEET,
    ALLOCATIONS,
    AMOUNT_COLUMNS,
    UPLOADED_SOURCE_ID,
    amount_bounds,
    read_allocations,
)
from gnbv.workbook.cells import (
    Bound,
    Rejected,
    decimal_number,
    norm,
    parse_vn_number,
    text,
    whole_number,
)
from gnbv.workbook.commune_review import (
    BASELINE_COLUMNS,
    COMMUNE_COLUMNS,
    COMMUNE_REVIEW,
    COMMUNE_SHEET,
    COUNT_KEYS,
    POOR_COMMUNE_THRESHOLD_PCT,
    UPLOADED_BASIS,
    YEAR_RANGE,
    CommuneRows,
    count_bounds,
    read_commune_review,
)
from gnbv.workbook.container import check_container, gate
from gnbv.workbook.limits import MB, Limits
from gnbv.workbook.report import (
    Problem,
    Problems,
    UploadResult,
    problem,
    problems_table,
    shown,
    unexpected_failure,
    upload_source,
)
from gnbv.workbook.review_series import (
    REVIEW_SERIES,
    SERIES_SHEET,
    SERIES_SHEET_EN,
    read_review_series,
)
from gnbv.workbook.sheet import EXPECTED, Cells, Column, Sheet, find_sheet, read_sheet
from gnbv.workbook.templates import (
    INSTRUCTIONS_SHEET,
    allocation_template,
    commune_review_template,
    data_sheet,
    instructions_sheet,
    new_template,
    review_series_template,
)
from gnbv.workbook.xlsx import DEFUSED

__all__ = [
    "ALLOCATIONS",
    "ALLOCATION_COEFFICIENTS",
    "ALLOCATION_COLUMNS",
    "ALLOCATION_CRITERIA",
    "ALLOCATION_SHEET",
    "AMOUNT_COLUMNS",
    "BASELINE_COLUMNS",
    "COEFFICIENT_SHEET",
    "COMMUNE_COLUMNS",
    "COMMUNE_REVIEW",
    "COMMUNE_SHEET",
    "COUNT_KEYS",
    "CRITERIA_COLUMNS",
    "CRITERIA_SHEET",
    "DEFUSED",
    "EXPECTED",
    "INSTRUCTIONS_SHEET",
    "MB",
    "POOR_COMMUNE_THRESHOLD_PCT",
    "REVIEW_SERIES",
    "SERIES_SHEET",
    "SERIES_SHEET_EN",
    "UPLOADED_BASIS",
    "UPLOADED_SOURCE_ID",
    "YEAR_RANGE",
    "Bound",
    "Cells",
    "Column",
    "CommuneRows",
    "Limits",
    "Problem",
    "Problems",
    "Rejected",
    "Sheet",
    "UploadResult",
    "allocation_template",
    "amount_bounds",
    "check_container",
    "coefficient_workbook",
    "coefficients",
    "commune_review_template",
    "count_bounds",
    "criteria_template",
    "data_sheet",
    "decimal_number",
    "find_sheet",
    "gate",
    "instructions_sheet",
    "new_template",
    "norm",
    "parse_vn_number",
    "problem",
    "problems_table",
    "read_allocation_criteria",
    "read_allocations",
    "read_coefficients",
    "read_commune_review",
    "read_review_series",
    "read_sheet",
    "review_series_template",
    "shown",
    "text",
    "unexpected_failure",
    "upload_source",
    "whole_number",
]
