"""The cells of one worksheet of an .xlsx workbook opened by :func:`gnbv.workbook.xlsx.open_book`,
read within bounds (:func:`read_grid`): rows 1 … ``max_rows`` + 1 and columns 1 …
``max_columns``, text kept to ``max_cell_chars``, only the shared strings those cells use.
See :mod:`gnbv.workbook.xlsx` for why and how (its streaming parser and values are used here).
"""

from __future__ import annotations

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601

from gnbv.workbook.limits import Limits
from gnbv.workbook.report import Problem, problem
from gnbv.workbook.xlsx import (
    COORDINATE,
    TRUE_TEXT,
    Book,
    Cell,
    CellError,
    Grid,
    LongText,
    ReadError,
    SharedRef,
    SheetEntry,
    _attr,
    _Done,
    _parse,
    _Part,
    _small_int,
    _Text,
)

# --------------------------------------------------------------------------- a sheet's cells


class _CellState:
    __slots__ = ("column", "formula", "inline", "row", "style", "type", "value")

    def __init__(self, row: int, column: int, kind: str, style: int):
        self.row = row
        self.column = column
        self.type = kind
        self.style = style
        self.value: _Text | None = None
        self.formula: _Text | None = None
        self.inline: _Text | None = None

    def has_content(self) -> bool:
        return any(t is not None and t.size > 0 for t in (self.value, self.inline)) or (
            self.formula is not None
        )


class _SheetPart(_Part):
    """The cells of one worksheet within the caps (see the module's docstring)."""

    def __init__(self, limits: Limits, book: Book, title: str):
        super().__init__(limits)
        self.book = book
        self.grid = Grid(title)
        self.last_row = limits.max_rows + 1
        self.row = 0
        self.column = 0
        self.cell: _CellState | None = None
        self.phonetic = 0  # inside <rPh>: phonetic guides are not part of the text
        self.shared: set[int] = set()

    def start(self, tag, attrs):
        if tag == "row":
            self._start_row(attrs)
        elif tag == "c":
            self._start_cell(attrs)
        elif self.cell is not None:
            self._start_inner(tag)

    def _start_row(self, attrs) -> None:
        number = _attr(attrs, "r")
        self.row = self.row + 1 if number is None else _small_int(number, -1)
        if self.row < 0:
            raise ReadError(problem("wb_unreadable"))  # a row number Excel cannot write
        self.column = 0
        hidden = (_attr(attrs, "hidden") or "").lower() in TRUE_TEXT
        if hidden and self.row <= self.last_row:
            self.grid.hidden_rows.add(self.row)

    def _start_cell(self, attrs) -> None:
        row, column = self.row, self.column + 1
        reference = _attr(attrs, "r")
        if reference is not None:
            match = COORDINATE.fullmatch(reference)
            if not match:
                raise ReadError(problem("wb_unreadable"))  # not a cell reference
            row, column = int(match[2]), column_index_from_string(match[1].upper())
        self.column = column
        kind = (_attr(attrs, "t") or "n")[:12]
        self.cell = _CellState(row, column, kind, _small_int(_attr(attrs, "s")))

    def _start_inner(self, tag: str) -> None:
        cap = self.limits.max_cell_chars
        if tag == "v":
            self.cell.value = self.text = _Text(cap)
        elif tag == "f":
            self.cell.formula = self.text = _Text(cap)
        elif tag == "is":
            self.cell.inline = _Text(cap)
        elif tag == "rPh":
            self.phonetic += 1
        elif tag == "t" and self.cell.inline is not None and not self.phonetic:
            self.text = self.cell.inline

    def end(self, tag):
        if tag in ("v", "f", "t"):
            self.text = None
        elif tag == "rPh":
            self.phonetic -= 1
        elif tag == "c" and self.cell is not None:
            self._end_cell(self.cell)
            self.cell = None
        elif tag == "sheetData":
            raise _Done

    def _end_cell(self, state: _CellState) -> None:
        if state.row > self.last_row:
            if state.has_content():
                raise ReadError(
                    Problem(
                        "error",
                        "wb_too_many_rows",
                        self.grid.title,
                        state.row,
                        values=(("limit", self.limits.max_rows),),
                    )
                )
            return
        if state.column > self.limits.max_columns:
            self.grid.wider = self.grid.wider or state.has_content()
            return
        cells = self.grid.rows.setdefault(state.row, {})
        if state.column not in cells:
            formula = None if state.formula is None else _formula_text(state.formula)
            cells[state.column] = Cell(self._value(state), formula)

    def _value(self, state: _CellState) -> object:
        if state.type == "inlineStr":
            return None if state.inline is None else state.inline.value()
        raw = None if state.value is None else state.value.value()
        if not raw:
            return None
        if isinstance(raw, LongText):
            return raw
        convert = _CONVERT.get(state.type, _as_text)
        return convert(self, raw, state.style)


def _formula_text(text: _Text) -> str | LongText:
    value = text.value()
    if isinstance(value, LongText):
        return LongText("=" + value.start, value.length + 1)
    return "=" + (value or "…")  # a shared formula keeps its text in its first cell only


def _as_text(_sheet: _SheetPart, raw: str, _style: int) -> object:
    return raw


def _as_number(sheet: _SheetPart, raw: str, style: int) -> object:
    try:
        value = float(raw) if any(ch in raw for ch in ".eE") else int(raw)
    except ValueError:
        return raw  # not a number as Excel saves one: the checks refuse the text
    if style not in sheet.book.date_styles:
        return value
    try:
        return from_excel(value, sheet.book.epoch, timedelta=style in sheet.book.duration_styles)
    except (OverflowError, ValueError, TypeError):
        return CellError("#VALUE!")


def _as_shared(sheet: _SheetPart, raw: str, _style: int) -> object:
    index = _small_int(raw, -1, digits=9)
    if index < 0:
        return CellError("#REF!")
    sheet.shared.add(index)
    return SharedRef(index)


def _as_bool(_sheet: _SheetPart, raw: str, _style: int) -> object:
    text = raw.strip().lower()
    if text in ("1", "true"):
        return True
    if text in ("0", "false"):
        return False
    return CellError("#VALUE!")


def _as_error(_sheet: _SheetPart, raw: str, _style: int) -> object:
    return CellError(raw[:40])


def _as_date(_sheet: _SheetPart, raw: str, _style: int) -> object:
    try:
        return from_ISO8601(raw)
    except (ValueError, TypeError, OverflowError, AttributeError):
        return CellError("#VALUE!")


_CONVERT = {
    "n": _as_number,
    "s": _as_shared,
    "b": _as_bool,
    "e": _as_error,
    "str": _as_text,
    "d": _as_date,
}


class _SharedStringsPart(_Part):
    """The shared strings whose index is in ``wanted``, each bounded; stops after the last."""

    def __init__(self, limits: Limits, wanted: set[int]):
        super().__init__(limits)
        self.wanted = wanted
        self.last = max(wanted)
        self.index = -1
        self.current: _Text | None = None
        self.phonetic = 0
        self.found: dict[int, str | LongText] = {}

    def start(self, tag, attrs):
        if tag == "si":
            self.index += 1
            self.current = _Text(self.limits.max_cell_chars) if self.index in self.wanted else None
        elif tag == "rPh":
            self.phonetic += 1
        elif tag == "t" and self.current is not None and not self.phonetic:
            self.text = self.current

    def end(self, tag):
        if tag == "t":
            self.text = None
        elif tag == "rPh":
            self.phonetic -= 1
        elif tag == "si":
            if self.current is not None:
                self.found[self.index] = self.current.value()
                self.current = None
            if self.index >= self.last:
                raise _Done


def _resolve_shared(book: Book, sheet: _SheetPart) -> None:
    found: dict[int, str | LongText] = {}
    if sheet.shared and book.shared_strings is not None:
        strings = _SharedStringsPart(sheet.limits, sheet.shared)
        _parse(book.archive, book.shared_strings, strings)
        found = strings.found
    for cells in sheet.grid.rows.values():
        for cell in cells.values():
            if isinstance(cell.value, SharedRef):
                cell.value = found.get(cell.value.index, CellError("#REF!"))


def read_grid(book: Book, entry: SheetEntry, limits: Limits) -> Grid:
    """The cells of the worksheet ``entry`` within the caps. Raises :class:`ReadError`."""
    if entry.part is None:
        raise ReadError(problem("wb_not_a_worksheet", sheet=entry.name[:40]))
    sheet = _SheetPart(limits, book, entry.name)
    _parse(book.archive, entry.part, sheet)
    _resolve_shared(book, sheet)
    return sheet.grid
