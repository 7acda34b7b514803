"""A bounded reader of .xlsx workbooks: the list of sheets, and the cells of one sheet as
saved. What an upload check needs, at a cost bounded whatever the file holds.

Why not openpyxl's reader: it reads a workbook whole and trusts it. Measured on this machine
(openpyxl 3.1.5, ``read_only=True``): a 142 KB file whose ``styles.xml`` lists 800 000 cell
formats took 27 s of CPU and 650 MiB; a 119 KB file with one row of two million cells 24 s and
1,2 GiB; a 52 KB file with one 45 MB inline string 2,7 s and 400 MiB; a ``workbook.xml``
naming one sheet 200 000 times did not finish in five minutes; every shared string is
materialised up front. (openpyxl still writes the templates: :mod:`gnbv.workbook.templates`;
its date-format and cell-reference helpers are used here.)

This reader streams each XML part it needs through expat under defusedxml's rules (no DTD,
no entity, no external reference: :data:`DEFUSED`), calling its handlers directly, and keeps
only what the checks use:

* at most ``Limits.max_xml_elements`` elements are read from any part (:class:`ReadError`
  ``wb_part_too_complex``), so a small file cannot make it walk millions;
* the cells of rows 1 … ``max_rows`` + 1 (the header and the data rows) and columns
  1 … ``max_columns``; a value further down is refused (``wb_too_many_rows``); cells to the
  right are ignored; reading stops at the end of the sheet's data;
* any text (a value, a formula, a shared string) is kept to ``max_cell_chars`` characters: a
  longer one becomes a :class:`LongText` (its start and its length), which no code or number
  parser accepts and no message quotes whole;
* only the shared strings that the cells in bounds use are kept, read after the sheet;
* of the styles, only which cell formats are dates (Excel allows 64 000 cell formats).

Values follow openpyxl's ``data_only`` reading: a formula's saved value (the formula's text
is kept beside it); numbers as int or float (a number Excel could not have saved stays text,
which the checks then refuse); dates, by their cell format, as datetime; booleans; Excel
errors as :class:`CellError`.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel, from_ISO8601

from gnbv.workbook.limits import Limits
from gnbv.workbook.report import Problem, problem

try:  # every XML part is parsed under defusedxml's rules; uploads are refused without it
    from defusedxml import (
        DefusedXmlException,
        DTDForbidden,
        EntitiesForbidden,
        ExternalReferenceForbidden,
    )

    DEFUSED: bool = True
except ImportError:  # pragma: no cover - defusedxml is a pinned dependency
    DefusedXmlException = DTDForbidden = EntitiesForbidden = ExternalReferenceForbidden = None
    DEFUSED = False

CHUNK = 64 * 1024
# expat 2.5 (this Python's) re-reads an unfinished token from its start each time more input
# arrives: a 45 MB attribute fed in 64 KiB chunks cost 15 s of CPU. No markup token of a
# workbook comes near 1 MiB, so that much input with no event at all is refused.
MAX_SILENT_BYTES = 1024 * 1024
# Excel's own limit on the length of a number format code.
MAX_FORMAT_CODE = 255
COORDINATE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
DAMAGED = (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError)
TRUE_TEXT = {"1", "true"}


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class LongText:
    """A text longer than the cap: its first ``max_cell_chars`` characters and its length."""

    start: str
    length: int

    def __str__(self) -> str:
        return self.start + "…"


@dataclass(frozen=True)
class CellError:
    """An Excel error value as saved (``#DIV/0!``, ``#REF!``…)."""

    code: str

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True)
class SharedRef:
    index: int


class Cell:
    """A cell as saved: its value and, when it holds a formula, the formula's text ("=…")."""

    __slots__ = ("formula", "value")

    def __init__(self, value: object, formula: str | LongText | None = None):
        self.value = value
        self.formula = formula


@dataclass(frozen=True)
class SheetEntry:
    """A sheet of the workbook: its name, its state ("visible", "hidden", "veryHidden")
    and the zip part of its cells (None when it is not a worksheet, e.g. a chart sheet)."""

    name: str
    state: str
    part: str | None
    position: int


@dataclass
class Grid:
    """The cells of one sheet within the caps: ``rows[row][column]`` (both from 1)."""

    title: str
    rows: dict[int, dict[int, Cell]] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    wider: bool = False  # a value was seen right of the column cap (ignored)

    def value(self, row: int, column: int) -> object:
        cell = self.rows.get(row, {}).get(column)
        return None if cell is None else cell.value


class ReadError(Exception):
    """The workbook cannot be read within the bounds; ``problem`` says why."""

    def __init__(self, item: Problem):
        super().__init__(item.key)
        self.problem = item


class _Done(Exception):
    """Everything needed from a part has been read: stop parsing it."""


# --------------------------------------------------------------------------- parsing


def _forbid_dtd(name, sysid, pubid, has_internal_subset):
    raise DTDForbidden(name, sysid, pubid)


def _forbid_entity(name, is_parameter_entity, value, base, sysid, pubid, notation_name):
    raise EntitiesForbidden(name, value, base, sysid, pubid, notation_name)


def _forbid_unparsed_entity(name, base, sysid, pubid, notation_name):
    raise EntitiesForbidden(name, None, base, sysid, pubid, notation_name)


def _forbid_external(context, base, sysid, pubid):
    raise ExternalReferenceForbidden(context, base, sysid, pubid)


def _parser(handler: _Part):
    """An expat parser under defusedxml's rules (those of ``defusedxml.expatreader`` with
    ``forbid_dtd``: no DTD, no entity declaration, no external reference), with text
    buffering on (a text of a million line breaks is one call, not a million), calling
    ``handler`` directly: expat builds each element's attributes in C, where defusedxml's
    SAX driver loops over them in Python (a part of 100-attribute elements took 2,2 s)."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _forbid_dtd
    parser.EntityDeclHandler = _forbid_entity
    parser.UnparsedEntityDeclHandler = _forbid_unparsed_entity
    parser.ExternalEntityRefHandler = _forbid_external
    parser.buffer_text = True
    parser.buffer_size = CHUNK
    parser.StartElementHandler = handler.start_element
    parser.EndElementHandler = handler.end_element
    parser.CharacterDataHandler = handler.characters
    return parser


class _Text:
    """Text gathered from character data, kept to ``cap`` characters, its length counted."""

    __slots__ = ("cap", "parts", "size")

    def __init__(self, cap: int):
        self.cap = cap
        self.parts: list[str] = []
        self.size = 0

    def add(self, content: str) -> None:
        room = self.cap - self.size
        if room > 0:
            self.parts.append(content[:room])
        self.size += len(content)

    def value(self) -> str | LongText:
        text = "".join(self.parts)
        return text if self.size <= self.cap else LongText(text, self.size)


class _Part:
    """Handles the events of one XML part: counts elements against the budget and gathers
    text into ``self.text`` while it is set. Subclasses implement ``start(tag, attrs)`` and
    ``end(tag)``, with the tag's local name and the attributes by name."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.elements = 0
        self.characters_seen = 0
        self.text: _Text | None = None

    @property
    def events(self) -> int:
        return self.elements + self.characters_seen

    def start_element(self, name: str, attrs: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > self.limits.max_xml_elements:
            raise ReadError(problem("wb_part_too_complex", limit=self.limits.max_xml_elements))
        self.start(name.rpartition(" ")[2], attrs)

    def end_element(self, name: str) -> None:
        self.end(name.rpartition(" ")[2])

    def characters(self, content):
        self.characters_seen += 1
        if self.text is not None:
            self.text.add(content)

    def start(self, tag: str, attrs) -> None:
        pass

    def end(self, tag: str) -> None:
        pass


def _attr(attrs: dict[str, str], name: str) -> str | None:
    return attrs.get(name)


def _rel_id(attrs) -> str | None:
    """The r:id of an element, whatever the relationships namespace (transitional or strict)."""
    for name, value in attrs.items():
        if name.endswith(" id"):
            return value
    return None


def _small_int(text: str | None, default: int = 0, digits: int = 7) -> int:
    if text and text.isascii() and text.isdigit() and len(text) <= digits:
        return int(text)
    return default


def _parse(archive: zipfile.ZipFile, name: str, handler: _Part) -> None:
    """Stream the XML part ``name`` through ``handler``; stops early on :class:`_Done`."""
    parser = _parser(handler)
    try:
        with archive.open(name) as part:
            _feed(parser, part, handler)
        parser.Parse(b"", True)
    except _Done:
        return
    except ReadError as exc:
        raise ReadError(_with_part(exc.problem, name)) from None
    except DefusedXmlException:
        raise ReadError(problem("wb_xml_dtd", part=name[:80])) from None
    except (expat.ExpatError, KeyError, ValueError, *DAMAGED):
        raise ReadError(problem("wb_unreadable")) from None


def _feed(parser, part, handler: _Part) -> None:
    silent = 0
    while chunk := part.read(CHUNK):
        before = handler.events
        parser.Parse(chunk, False)
        silent = silent + len(chunk) if handler.events == before else 0
        if silent > MAX_SILENT_BYTES:
            raise ReadError(problem("wb_xml_token_too_long", limit=MAX_SILENT_BYTES // 1024))


def _with_part(item: Problem, name: str) -> Problem:
    if item.key not in ("wb_part_too_complex", "wb_xml_token_too_long"):
        return item
    return problem(item.key, part=name[:80], **dict(item.values))


# --------------------------------------------------------------------------- package parts


class _Relationships(_Part):
    def __init__(self, limits: Limits):
        super().__init__(limits)
        self.items: list[tuple[str, str, str]] = []  # (id, type, target)

    def start(self, tag, attrs):
        if tag == "Relationship" and (_attr(attrs, "TargetMode") or "") != "External":
            target = _attr(attrs, "Target") or ""
            self.items.append((_attr(attrs, "Id") or "", _attr(attrs, "Type") or "", target))


def _relationships(archive: zipfile.ZipFile, names: set[str], rels: str, limits: Limits):
    if rels not in names:
        return []
    handler = _Relationships(limits)
    _parse(archive, rels, handler)
    return handler.items


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target[1:])
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _rels_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


class _WorkbookPart(_Part):
    def __init__(self, limits: Limits):
        super().__init__(limits)
        self.sheets: list[tuple[str, str, str | None]] = []  # (name, state, r:id)
        self.date1904 = False

    def start(self, tag, attrs):
        if tag == "sheet":
            if len(self.sheets) >= self.limits.max_entries:
                raise ReadError(problem("wb_too_many_sheets", limit=self.limits.max_entries))
            name = (_attr(attrs, "name") or "")[: self.limits.max_cell_chars]
            self.sheets.append((name, _attr(attrs, "state") or "visible", _rel_id(attrs)))
        elif tag == "workbookPr":
            self.date1904 = (_attr(attrs, "date1904") or "").lower() in TRUE_TEXT


class _StylesPart(_Part):
    """Which cell formats (``s`` of a cell) are dates, and which of those are durations."""

    def __init__(self, limits: Limits):
        super().__init__(limits)
        self.codes: dict[int, str] = {}
        self.cell_formats: list[int] = []  # number format id of each cell format
        self.in_cell_formats = False

    def start(self, tag, attrs):
        if tag == "cellXfs":
            self.in_cell_formats = True
        elif tag == "xf" and self.in_cell_formats:
            self.cell_formats.append(_small_int(_attr(attrs, "numFmtId")))
        elif tag == "numFmt":
            code = _attr(attrs, "formatCode") or ""
            if len(code) <= MAX_FORMAT_CODE:
                self.codes[_small_int(_attr(attrs, "numFmtId"), -1)] = code

    def end(self, tag):
        if tag == "cellXfs":
            self.in_cell_formats = False

    def date_styles(self) -> tuple[frozenset[int], frozenset[int]]:
        dates, durations = set(), set()
        kinds: dict[int, tuple[bool, bool]] = {}
        for index, format_id in enumerate(self.cell_formats):
            if format_id not in kinds:
                code = self.codes.get(format_id) or BUILTIN_FORMATS.get(format_id)
                kinds[format_id] = (is_date_format(code), is_timedelta_format(code))
            is_date, is_duration = kinds[format_id]
            if is_date:
                dates.add(index)
            if is_duration:
                durations.add(index)
        return frozenset(dates), frozenset(durations)


@dataclass
class Book:
    """An opened workbook: its sheets and what reading a sheet's cells needs."""

    archive: zipfile.ZipFile
    sheets: list[SheetEntry]
    epoch: datetime = WINDOWS_EPOCH
    date_styles: frozenset[int] = frozenset()
    duration_styles: frozenset[int] = frozenset()
    shared_strings: str | None = None


def _workbook_part(archive: zipfile.ZipFile, names: set[str], limits: Limits) -> str:
    for _id, kind, target in _relationships(archive, names, "_rels/.rels", limits):
        if kind.endswith("/officeDocument"):
            return _resolve("", target)
    return "xl/workbook.xml"


def _sheet_entries(parsed: _WorkbookPart, targets: dict[str, tuple[str, str]], names: set[str]):
    entries = []
    for position, (name, state, rid) in enumerate(parsed.sheets, start=1):
        kind, part = targets.get(rid or "", ("", ""))
        is_sheet = kind.endswith("/worksheet") and part in names
        entries.append(SheetEntry(name, state, part if is_sheet else None, position))
    return entries


def open_book(content: bytes, limits: Limits) -> Book:
    """Open an upload that passed the container gate: its sheets, date formats and where
    its shared strings are. Raises :class:`ReadError`."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError, *DAMAGED):
        raise ReadError(problem("wb_unreadable")) from None
    names = set(archive.namelist())
    main = _workbook_part(archive, names, limits)
    if main not in names:
        raise ReadError(problem("wb_unreadable"))
    parsed = _WorkbookPart(limits)
    _parse(archive, main, parsed)
    targets = {
        rid: (kind, _resolve(main, target))
        for rid, kind, target in _relationships(archive, names, _rels_of(main), limits)
    }
    book = Book(archive, _sheet_entries(parsed, targets, names))
    book.epoch = MAC_EPOCH if parsed.date1904 else WINDOWS_EPOCH
    for kind, part in targets.values():
        if kind.endswith("/sharedStrings") and part in names:
            book.shared_strings = part
        elif kind.endswith("/styles") and part in names:
            styles = _StylesPart(limits)
            _parse(archive, part, styles)
            book.date_styles, book.duration_styles = styles.date_styles()
    return book


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
