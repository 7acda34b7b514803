"""Reading one declared sheet of an upload: find it, map its header row to the declared
columns, keep its data rows, and say what a careful reviewer would want to know.

A workbook kind declares its sheet name and its :class:`Column` s; :func:`read_sheet` gives
a :class:`Sheet` (data rows keyed by column) or None with the problems recorded; :class:`Cells`
parses the cells of that sheet, recording each problem with its row and column.

Warnings: a hidden data sheet; another sheet with the data sheet's name or a copy of it
("Rà soát hộ nghèo (2)"); a formula whose saved value is used; a HYPERLINK or DDE formula;
a hidden data row; values right of the columns read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from openpyxl.utils import column_index_from_string, get_column_letter

from gnbv.i18n import TextKeys
from gnbv.workbook import cells as parse
from gnbv.workbook import xlsx, xlsx_grid
from gnbv.workbook.container import gate
from gnbv.workbook.limits import Limits
from gnbv.workbook.report import Problem, Problems, problem, shown

EXPECTED: TextKeys = {
    "code": "expect_code",
    "year": "expect_year",
    "count": "expect_count",
    "project": "expect_project",
    "sub_project": "expect_sub_project",
    "amount": "expect_amount",
}
# Excel names a copied sheet "Name (2)"; LibreOffice "Name_2".
_COPY_SUFFIX = re.compile(r"\s*(\(\d+\)|_\d+)")
MAX_SHEETS_NAMED = 10


@dataclass(frozen=True)
class Column:
    """A column of a workbook kind: its key in the data, its Vietnamese header in the
    template (the file format), an English gloss for messages, its kind (a key of
    :data:`EXPECTED`, or "text"), whether its cells must be filled, and the i18n key saying
    what a cell must hold (by default the kind's, from :data:`EXPECTED`)."""

    key: str
    header: str
    label_en: str
    kind: str
    required: bool = True
    expected: str | None = None


@dataclass
class Sheet:
    """The data rows of a declared sheet: (Excel row, column key → value as saved)."""

    title: str
    columns: dict[str, tuple[str, Column]]  # key → (column letter, Column)
    rows: list[tuple[int, dict[str, object]]]
    formulas: dict[tuple[int, str], str]  # (row, key) → formula text, for cells with one


# --------------------------------------------------------------------------- finding the sheet


def _is_copy(name: str, wanted: str) -> bool:
    return name.startswith(wanted) and bool(_COPY_SUFFIX.fullmatch(name[len(wanted) :]))


def _sheet_names(book: xlsx.Book) -> str:
    names = [f"“{shown(s.name)}”" for s in book.sheets[:MAX_SHEETS_NAMED]]
    if len(book.sheets) > MAX_SHEETS_NAMED:
        names.append("…")
    return ", ".join(names) or "—"


def find_sheet(book: xlsx.Book, name: str, problems: Problems) -> xlsx.SheetEntry | None:
    """The sheet called ``name`` (case and spacing aside); warns when it is hidden and when
    another sheet has its name or is a copy of it (only the first is read)."""
    wanted = parse.norm(name)
    same = [s for s in book.sheets if parse.norm(s.name) == wanted]
    copies = [s for s in book.sheets if _is_copy(parse.norm(s.name), wanted)]
    if not same:
        problems.add(problem("wb_sheet_missing", expected=name, found=_sheet_names(book)))
        return None
    entry = same[0]
    for other in same[1:] + copies:
        problems.add(
            problem(
                "wb_sheet_copy",
                "warning",
                sheet=shown(other.name),
                position=other.position,
                used=shown(entry.name),
                used_position=entry.position,
            )
        )
    if entry.state != "visible":
        problems.add(problem("wb_sheet_hidden", "warning", sheet=shown(entry.name)))
    return entry


# --------------------------------------------------------------------------- the header row


def _header_map(spec: tuple[Column, ...]) -> dict[str, Column]:
    by_header = {}
    for column in spec:
        by_header[parse.norm(column.header)] = column
        by_header[parse.norm(column.key)] = column  # the data file's own column name too
        by_header.setdefault(parse.norm(column.label_en), column)  # an English template's
    return by_header


def _map_header(grid: xlsx.Grid, spec: tuple[Column, ...], problems: Problems):
    by_header = _header_map(spec)
    columns: dict[str, tuple[str, Column]] = {}
    for index, cell in sorted(grid.rows.get(1, {}).items()):
        heading = parse.text(cell.value)
        if not heading:
            continue
        letter = get_column_letter(index)
        column = by_header.get(parse.norm(heading))
        if column is None:
            problems.add(
                Problem("warning", "wb_column_ignored", grid.title, 1, letter, shown(heading))
            )
        elif column.key in columns:
            problems.add(
                Problem(
                    "error",
                    "wb_column_duplicate",
                    grid.title,
                    1,
                    letter,
                    column.header,
                    column.label_en,
                    (("first", columns[column.key][0]),),
                )
            )
        else:
            columns[column.key] = (letter, column)
    return columns


def _check_header(
    grid: xlsx.Grid, spec: tuple[Column, ...], header_required: set[str], problems: Problems
):
    if not any(parse.text(cell.value) for cell in grid.rows.get(1, {}).values()):
        problems.add(Problem("error", "wb_no_header", grid.title, 1))
        return None
    columns = _map_header(grid, spec, problems)
    for column in spec:
        if column.key not in columns and (column.required or column.key in header_required):
            problems.add(
                Problem(
                    "error",
                    "wb_column_missing",
                    grid.title,
                    1,
                    values=(("expected", column.header),),
                )
            )
    return columns


# --------------------------------------------------------------------------- data rows


FORMULA_WARNING_TEXT_KEYS: TextKeys = {
    "dde": "wb_formula_dde",
    "hyperlink": "wb_formula_hyperlink",
    "value_used": "wb_formula_value_used",
}


def _formula_warning(formula: str | xlsx.LongText, value: object) -> tuple[str, dict] | None:
    """What to say about a formula cell: a link or DDE formula, or that its saved value is
    used (nothing when there is no saved value: the checks report that as an error)."""
    text = str(formula)
    compact = text.upper().replace(" ", "")
    bar = text.find("|")
    if "DDE(" in compact or "DDEAUTO(" in compact or (bar >= 0 and "!" in text[bar:]):
        return "dde", {"formula": shown(text)}
    if "HYPERLINK(" in compact:
        return "hyperlink", {"formula": shown(text), "value": shown(value)}
    if value is None:
        return None
    return "value_used", {"formula": shown(text), "value": shown(value)}


class _Rows:
    """The data rows of a grid (row 2 on), keyed by the mapped columns, with warnings."""

    def __init__(self, grid: xlsx.Grid, columns: dict[str, tuple[str, Column]], problems):
        self.grid = grid
        self.columns = columns
        self.problems = problems
        self.index = {
            key: column_index_from_string(letter) for key, (letter, _c) in columns.items()
        }
        self.rows: list[tuple[int, dict[str, object]]] = []
        self.formulas: dict[tuple[int, str], str] = {}

    def read(self) -> None:
        for number in sorted(n for n in self.grid.rows if n >= 2):
            cells = self.grid.rows[number]
            record = {key: self._cell(number, key, cells.get(i)) for key, i in self.index.items()}
            if all(parse.is_empty(v) for v in record.values()) and not self._formula_in(number):
                continue
            if number in self.grid.hidden_rows:
                self.problems.add(Problem("warning", "wb_row_hidden", self.grid.title, number))
            self.rows.append((number, record))

    def _formula_in(self, number: int) -> bool:
        return any((number, key) in self.formulas for key in self.index)

    def _cell(self, number: int, key: str, cell: xlsx.Cell | None) -> object:
        if cell is None:
            return None
        if cell.formula is not None:
            self.formulas[(number, key)] = shown(cell.formula)
            warning = _formula_warning(cell.formula, cell.value)
            if warning:
                letter, column = self.columns[key]
                self.problems.add(
                    Problem(
                        "warning",
                        FORMULA_WARNING_TEXT_KEYS[warning[0]],
                        self.grid.title,
                        number,
                        letter,
                        column.header,
                        column.label_en,
                        tuple(warning[1].items()),
                    )
                )
        return cell.value


def _unmapped_links(grid: xlsx.Grid, mapped: set[int], problems: Problems) -> None:
    """DDE and link formulas anywhere else in the cells read (the header row included)."""
    for number, cells in sorted(grid.rows.items()):
        for index, cell in sorted(cells.items()):
            if cell.formula is None or (index in mapped and number >= 2):
                continue
            warning = _formula_warning(cell.formula, cell.value)
            if warning and warning[0] != "value_used":
                problems.add(
                    Problem(
                        "warning",
                        FORMULA_WARNING_TEXT_KEYS[warning[0]],
                        grid.title,
                        number,
                        get_column_letter(index),
                        values=tuple(warning[1].items()),
                    )
                )


def _open_grid(
    content: bytes, sheet_name: str, limits: Limits, problems: Problems
) -> xlsx.Grid | None:
    try:
        book = xlsx.open_book(content, limits)
        entry = find_sheet(book, sheet_name, problems)
        return None if entry is None else xlsx_grid.read_grid(book, entry, limits)
    except xlsx.ReadError as exc:
        problems.add(exc.problem)
        return None


def read_sheet(
    content: bytes,
    sheet_name: str,
    spec: tuple[Column, ...],
    limits: Limits,
    problems: Problems,
    header_required: set[str] | frozenset[str] = frozenset(),
) -> Sheet | None:
    """The data rows of the sheet ``sheet_name`` of an upload that passed the container
    gate, keyed by the columns of ``spec`` found in its header row (row 1). None, with the
    problems recorded, when the sheet cannot be used."""
    grid = _open_grid(content, sheet_name, limits, problems)
    if grid is None:
        return None
    columns = _check_header(grid, spec, set(header_required), problems)
    if columns is None or problems.has_errors:
        return None
    if grid.wider:
        letter = get_column_letter(limits.max_columns)
        problems.add(
            Problem("warning", "wb_columns_beyond", grid.title, values=(("last", letter),))
        )
    rows = _Rows(grid, columns, problems)
    rows.read()
    _unmapped_links(grid, set(rows.index.values()), problems)
    if not rows.rows:
        problems.add(Problem("error", "wb_no_rows", grid.title, 2))
        return None
    return Sheet(grid.title, columns, rows.rows, rows.formulas)


# --------------------------------------------------------------------------- cells of a sheet


class Cells:
    """Parses the cells of one :class:`Sheet`, recording each problem with its place.
    ``bounds``: the largest plausible value of each numeric column (by key)."""

    def __init__(
        self, sheet: Sheet, problems: Problems, bounds: dict[str, parse.Bound] | None = None
    ):
        self.sheet = sheet
        self.problems = problems
        self.bounds = bounds or {}

    def problem(self, key: str, row: int | None, col: str | None, severity="error", **values):
        letter, column = self.sheet.columns[col] if col else (None, None)
        self.problems.add(
            Problem(
                severity,
                key,
                self.sheet.title,
                row,
                letter,
                column.header if column else None,
                column.label_en if column else None,
                tuple(values.items()),
            )
        )

    def expected(self, key: str) -> str:
        column = self.sheet.columns[key][1]
        return "i18n:" + (column.expected or EXPECTED[column.kind])

    def _empty(self, row: int, key: str, required: bool) -> None:
        formula = self.sheet.formulas.get((row, key))
        if formula:
            self.problem("wb_formula_no_value", row, key, formula=formula)
        elif required:
            self.problem("wb_required", row, key, expected=self.expected(key))

    def _parsed(self, row: int, key: str, raw: object, required: bool, parser):
        if parse.is_empty(raw):
            self._empty(row, key, required)
            return None
        try:
            return parser(raw, self.bounds.get(key))
        except parse.Rejected as rejected:
            self.problem(rejected.key, row, key, expected=self.expected(key), **rejected.values)
            return None

    def number(self, row: int, key: str, raw: object, *, required: bool = True) -> int | None:
        """A whole number ≥ 0 within the column's bound (or None when empty and allowed),
        or None with a problem."""
        return self._parsed(row, key, raw, required, parse.whole_number)

    def decimal(self, row: int, key: str, raw: object, *, required: bool = True) -> float | None:
        """A number ≥ 0, decimals allowed (a coefficient, a rate), within the column's bound
        (or None when empty and allowed), or None with a problem."""
        return self._parsed(row, key, raw, required, parse.decimal_number)

    def text(self, raw: object) -> str:
        return parse.text(raw)


def open_upload(
    content: bytes,
    filename: str,
    sheet_name: str,
    spec: tuple[Column, ...],
    limits: Limits | None = None,
    header_required: set[str] | frozenset[str] = frozenset(),
) -> tuple[Problems, Sheet | None, Limits]:
    """The steps every upload starts with: the container gate (:func:`gate`), then the sheet
    (:func:`read_sheet`), under ``limits`` (the settings in force when None). Returns the
    problems so far, the sheet (None when the file cannot be read further) and the limits."""
    limits = limits or Limits.from_config()
    problems = Problems(limits.max_problems)
    problems.extend(gate(content, filename, limits))
    if problems.has_errors:
        return problems, None, limits
    return (
        problems,
        read_sheet(content, sheet_name, spec, limits, problems, header_required),
        limits,
    )
