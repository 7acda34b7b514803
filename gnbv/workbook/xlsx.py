"""A bounded reader of .xlsx workbooks: the list of sheets, and the cells of one sheet as
saved (the sheet's cells: :func:`gnbv.workbook.xlsx_grid.read_grid`). What an upload check
needs, at a cost bounded whatever the file holds.

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
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH

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
