"""Planners' Excel workbooks: downloadable templates, and the safe, whole-workbook validation
of an upload (commune review results, plan allocations).

Nothing here imports streamlit. An upload goes through three gates, and nothing is returned
for use unless all pass:

1. the container (:func:`check_container`): size cap (``max_upload_mb``), extension ``.xlsx``
   (``.xlsm`` and anything else refused), zip signature, at most ``max_zip_entries`` parts,
   the *declared* uncompressed size and then the *actual* one (every part read in 64 KiB chunks
   with a hard cap, ``max_uncompressed_mb``), ``[Content_Types].xml`` present and naming a
   spreadsheet, no macro content type and no ``vbaProject.bin``, no DTD / entity declaration
   in any XML part (an XML "billion laughs" bomb needs one);
2. the reader: openpyxl with ``defusedxml`` in force (:data:`DEFUSED`; uploads are refused
   when it is not), ``read_only`` streaming, ``data_only=True`` (formulas are read as their
   saved values, never evaluated; a formula with no saved value is reported), external links
   not kept, macros never kept;
3. the content: sheet and column names, types, commune / project codes, ranges, duplicates,
   missing rows, totals. Every :class:`Problem` names the sheet, the row, the column and what
   is expected; its text comes from ``gnbv.i18n`` in the UI language.

Allocations whose totals differ from the plan (70.852 + 10.837 = 81.689 million VND) are
accepted with a **warning** giving the difference: a planner's revised allocation may
legitimately differ from the July 2022 plan. A row whose investment + recurrent is not its
total is an **error**, like every structural problem.

Numbers typed as text the Vietnamese way are read by :func:`parse_vn_number`.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime

import openpyxl
import openpyxl.xml
import pandas as pd
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from gnbv import fmt, i18n
from gnbv.data import SCHEMAS
from gnbv.export import workbook_to_bytes
from gnbv.settings import Config, load_config

# openpyxl parses every XML part through defusedxml only when it is installed (and not
# switched off with OPENPYXL_DEFUSEDXML=False). Uploads are refused when it is not in force.
DEFUSED: bool = bool(openpyxl.xml.DEFUSEDXML)

MB = 1024 * 1024
CHUNK = 64 * 1024
ZIP_SIGNATURE = b"PK\x03\x04"
CONTENT_TYPES = "[Content_Types].xml"
SPREADSHEET_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MACRO_EXTENSIONS = {".xlsm", ".xltm", ".xlam", ".xlsb"}
# The templates hold 19 communes / a handful of projects: these caps only stop a hostile sheet.
MAX_DATA_ROWS = 1000
MAX_COLUMNS = 40
YEAR_RANGE = (2021, 2030)
# A commune whose poor rate is 40 % or more is a "xã nghèo" (NQ 20-NQ/TU, cited in the plan,
# mục II.6.7) — the same rule as scripts/generate_illustrative_baseline.py.
POOR_COMMUNE_THRESHOLD_PCT = 40.0
UPLOADED_BASIS = "uploaded"
UPLOADED_SOURCE_ID = "UPLOAD"

COMMUNE_REVIEW = "commune_review"
ALLOCATIONS = "allocations"
INSTRUCTIONS_SHEET = "Hướng dẫn"
COMMUNE_SHEET = "Rà soát hộ nghèo"
ALLOCATION_SHEET = "Phân bổ kinh phí"


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # the Vietnamese header in the template (the file format)
    label_en: str  # an English gloss, for messages in the English UI
    kind: str  # code, text, year, count, project, sub_project, amount
    required: bool = True


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
AMOUNT_COLUMNS = ("investment_mvnd", "recurrent_mvnd", "total_mvnd")
ALLOCATION_COLUMNS = (
    Column("project_id", "Mã dự án", "project code", "project"),
    Column("name", "Tên dự án", "project name", "text", required=False),
    Column("sub_project_id", "Mã tiểu dự án", "sub-project code", "sub_project", required=False),
    Column(
        "investment_mvnd",
        "Vốn đầu tư phát triển (triệu đồng)",
        "development investment, million VND",
        "amount",
        required=False,
    ),
    Column(
        "recurrent_mvnd",
        "Vốn sự nghiệp (triệu đồng)",
        "recurrent funds, million VND",
        "amount",
        required=False,
    ),
    Column("total_mvnd", "Tổng (triệu đồng)", "total, million VND", "amount", required=False),
    Column("note", "Ghi chú", "note", "text", required=False),
)
# A required *column* must be present; its cells may still be empty where allowed (amounts
# of a project not allocated). Header presence is checked for every column below.
ALLOCATION_HEADER_REQUIRED = {"project_id", "investment_mvnd", "recurrent_mvnd", "total_mvnd"}

EXPECTED = {
    "code": "expect_code",
    "year": "expect_year",
    "count": "expect_count",
    "project": "expect_project",
    "sub_project": "expect_sub_project",
    "amount": "expect_amount",
}


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an upload: where (sheet, Excel row, column letter and header)
    and what, as an i18n key with values."""

    severity: str  # "error" or "warning"
    key: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None  # column letter, e.g. "D"
    header: str | None = None  # the column's header in the file
    label_en: str | None = None
    values: tuple[tuple[str, object], ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def message(self, lang: str) -> str:
        values = {}
        for name, value in self.values:
            if isinstance(value, str) and value.startswith("i18n:"):
                value = i18n.t(value[5:], lang)
            elif isinstance(value, bool):
                value = str(value)
            elif isinstance(value, int | float):
                sign = "+" if name == "diff" and value > 0 else ""
                value = sign + fmt.compact(value, lang, 4)
            values[name] = value
        return i18n.t(self.key, lang, **values)

    def where_column(self, lang: str) -> str:
        if self.column is None:
            return ""
        if self.header is None:
            return self.column
        if lang == "en" and self.label_en:
            return f"{self.column} ({self.header} — {self.label_en})"
        return f"{self.column} ({self.header})"


def _problem(key: str, severity: str = "error", **values: object) -> Problem:
    return Problem(severity, key, values=tuple(values.items()))


@dataclass
class UploadResult:
    kind: str
    frame: pd.DataFrame | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return self.frame is not None and not self.errors


def problems_table(problems: list[Problem], lang: str) -> pd.DataFrame:
    """The validation report: one row per problem, headers and text in ``lang``."""
    rows = [
        {
            i18n.t("report_severity", lang): i18n.t(f"report_{p.severity}", lang),
            i18n.t("report_sheet", lang): p.sheet or "",
            i18n.t("report_row", lang): "" if p.row is None else str(p.row),
            i18n.t("report_column", lang): p.where_column(lang),
            i18n.t("report_problem", lang): p.message(lang),
        }
        for p in problems
    ]
    columns = [
        i18n.t(k, lang)
        for k in (
            "report_severity",
            "report_sheet",
            "report_row",
            "report_column",
            "report_problem",
        )
    ]
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------- numbers


def _grouped(digits: str, sep: str) -> bool:
    groups = digits.split(sep)
    return (
        1 <= len(groups[0]) <= 3
        and all(g.isdigit() for g in groups)
        and all(len(g) == 3 for g in groups[1:])
    )


def parse_vn_number(text: str) -> int | float:
    """A number typed as text, the Vietnamese way first: dot for thousands, comma for decimals.

    "1.234" → 1234, "7,6" → 7.6, "1.234,5" → 1234.5, "1.234.567" → 1234567, "1 234" → 1234,
    "-5" → -5. Ambiguous cases, decided and tested:

    * both marks present: the last one is the decimal mark ("1,234.5" → 1234.5 too);
    * one dot followed by exactly three digits is a thousands mark ("1.234" → 1234), unless
      the part before it is 0 ("0.500" → 0.5); any other single dot is a decimal point, as
      an English-locale cell would show it ("7.6" → 7.6);
    * one comma is always the decimal mark ("1,234" → 1.234, the Vietnamese reading; in a
      household-count column this is then reported as not a whole number);
    * several commas can only be thousands marks ("1,234,567" → 1234567);
    * anything else (letters, "1..2", ",5", a lone sign, wrongly grouped thousands) raises
      ValueError.
    """
    s = unicodedata.normalize("NFKC", str(text)).strip()
    s = re.sub(r"[\s\u00a0\u202f]", "", s).replace("\u2212", "-")
    sign = -1 if s.startswith("-") else 1
    body = s[1:] if s[:1] in "+-" else s
    if not body or not re.fullmatch(r"[0-9.,]+", body):
        raise ValueError(text)
    if not (body[0].isdigit() and body[-1].isdigit()):
        raise ValueError(text)
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        dec = "." if body.rfind(".") > body.rfind(",") else ","
        group = "," if dec == "." else "."
        if body.count(dec) > 1:
            raise ValueError(text)
        whole, frac = body.split(dec)
        if not _grouped(whole, group):
            raise ValueError(text)
        whole = whole.replace(group, "")
    elif dots > 1 or commas > 1:
        group = "." if dots else ","
        if not _grouped(body, group):
            raise ValueError(text)
        whole, frac = body.replace(group, ""), ""
    elif dots == 1:
        whole, frac = body.split(".")
        if len(frac) == 3 and whole.lstrip("0") != "":
            whole, frac = whole + frac, ""
    elif commas == 1:
        whole, frac = body.split(",")
    else:
        whole, frac = body, ""
    if not (whole.isdigit() and (frac == "" or frac.isdigit())):
        raise ValueError(text)
    if frac:
        return sign * float(f"{whole}.{frac}")
    return sign * int(whole)


# --------------------------------------------------------------------------- container


@dataclass(frozen=True)
class Limits:
    max_upload_bytes: int
    max_uncompressed_bytes: int
    max_entries: int

    @classmethod
    def from_config(cls, config: Config | None = None) -> Limits:
        config = config or load_config()
        return cls(
            int(config.max_upload_mb * MB),
            int(config.max_uncompressed_mb * MB),
            int(config.max_zip_entries),
        )


def _mb(n: int) -> float:
    return round(n / MB, 3)


def _extension(filename: str) -> str:
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return "." + name.rsplit(".", 1)[-1] if "." in name else ""


def _declared_size(infos: list[zipfile.ZipInfo]) -> int:
    """What the zip's central directory says the parts unzip to (a hostile file may lie:
    the parts are then also counted as they are read)."""
    return sum(info.file_size for info in infos)


def check_container(content: bytes, filename: str, limits: Limits) -> list[Problem]:
    """The file-level gate: everything that can be checked without parsing a spreadsheet.
    Returns the problems (all errors); empty when the file may be opened."""
    if not content:
        return [_problem("wb_file_empty")]
    if len(content) > limits.max_upload_bytes:
        return [
            _problem("wb_too_large", size=_mb(len(content)), limit=_mb(limits.max_upload_bytes))
        ]
    ext = _extension(filename)
    if ext in MACRO_EXTENSIONS:
        return [_problem("wb_macro_extension", ext=ext)]
    if ext != ".xlsx":
        return [_problem("wb_not_xlsx", ext=ext or "—")]
    if not content.startswith(ZIP_SIGNATURE):
        return [_problem("wb_not_zip")]
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return [_problem("wb_damaged")]
    if len(infos) > limits.max_entries:
        return [_problem("wb_too_many_parts", count=len(infos), limit=limits.max_entries)]
    declared = _declared_size(infos)
    if declared > limits.max_uncompressed_bytes:
        return [
            _problem(
                "wb_uncompressed_declared",
                size=_mb(declared),
                limit=_mb(limits.max_uncompressed_bytes),
            )
        ]
    names = [info.filename for info in infos]
    if CONTENT_TYPES not in names:
        return [_problem("wb_not_spreadsheet")]
    if any(name.lower().rsplit("/", 1)[-1] == "vbaproject.bin" for name in names):
        return [_problem("wb_macro_content")]
    if any(info.flag_bits & 0x1 for info in infos):
        return [_problem("wb_encrypted")]
    content_types = b""
    total = 0
    try:
        for info in infos:
            if info.is_dir():
                continue
            is_xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
            tail = b""
            with archive.open(info) as part:
                while chunk := part.read(CHUNK):
                    total += len(chunk)
                    if total > limits.max_uncompressed_bytes:
                        return [
                            _problem(
                                "wb_uncompressed_actual", limit=_mb(limits.max_uncompressed_bytes)
                            )
                        ]
                    if is_xml:
                        window = tail + chunk
                        if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                            return [_problem("wb_xml_dtd", part=info.filename[:80])]
                        tail = chunk[-16:]
                    if info.filename == CONTENT_TYPES and len(content_types) < MB:
                        content_types += chunk
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError):
        return [_problem("wb_damaged")]
    if b"macroenabled" in content_types.lower():
        return [_problem("wb_macro_content")]
    if SPREADSHEET_MAIN not in content_types:
        return [_problem("wb_not_spreadsheet")]
    return []


# --------------------------------------------------------------------------- reading


def _norm(text: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).split()).casefold()


def _shown(value: object, limit: int = 40) -> str:
    """A cell value as it may be quoted in a message: printable, short."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(value)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class _Sheet:
    title: str
    columns: dict[str, tuple[str, Column]]  # key → (column letter, Column)
    rows: list[tuple[int, dict[str, object]]]  # Excel row number, key → raw value
    formulas: dict[tuple[int, str], str]  # (row, key) → formula text, for cells with one


def _from_defusedxml(exc: BaseException | None) -> bool:
    """Whether defusedxml refused the XML (openpyxl may wrap its exception in another)."""
    seen = 0
    while exc is not None and seen < 10:
        if type(exc).__module__.startswith("defusedxml"):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _open_book(content: bytes, data_only: bool):
    return openpyxl.load_workbook(
        io.BytesIO(content), read_only=True, data_only=data_only, keep_links=False
    )


def _read_sheet(
    content: bytes,
    sheet_name: str,
    spec: tuple[Column, ...],
    header_required: set[str],
    problems: list[Problem],
) -> _Sheet | None:
    try:
        values_book = _open_book(content, data_only=True)
        formula_book = _open_book(content, data_only=False)
    except Exception as exc:  # an untrusted file: any failure is "unreadable"
        if _from_defusedxml(exc):
            problems.append(_problem("wb_xml_dtd", part="?"))
        else:
            problems.append(_problem("wb_unreadable"))
        return None
    try:
        titles = {_norm(t): t for t in values_book.sheetnames}
        title = titles.get(_norm(sheet_name))
        if title is None:
            found = ", ".join(f"“{_shown(t)}”" for t in values_book.sheetnames) or "—"
            problems.append(_problem("wb_sheet_missing", expected=sheet_name, found=found))
            return None
        grid = _rows(values_book[title], values_only=True)
        formula_grid = _rows(formula_book[title], values_only=False)
    except Exception as exc:  # streamed parsing of an untrusted part
        if _from_defusedxml(exc):
            problems.append(_problem("wb_xml_dtd", part=sheet_name))
        else:
            problems.append(_problem("wb_unreadable"))
        return None
    finally:
        values_book.close()
        formula_book.close()
    if grid is None:
        problems.append(
            Problem(
                "error",
                "wb_too_many_rows",
                title,
                MAX_DATA_ROWS + 2,
                values=(("limit", MAX_DATA_ROWS),),
            )
        )
        return None
    if not grid or not any(v not in (None, "") for v in grid[0][1]):
        problems.append(Problem("error", "wb_no_header", title, 1))
        return None
    header_row = grid[0][1]
    by_header = {}
    for c in spec:
        by_header[_norm(c.header)] = c
        by_header[_norm(c.key)] = c  # the data file's own column name is accepted too
    columns: dict[str, tuple[str, Column]] = {}
    for index, cell in enumerate(header_row):
        if cell in (None, ""):
            continue
        letter = get_column_letter(index + 1)
        column = by_header.get(_norm(cell))
        if column is None:
            problems.append(Problem("warning", "wb_column_ignored", title, 1, letter, _shown(cell)))
        elif column.key in columns:
            problems.append(
                Problem(
                    "error",
                    "wb_column_duplicate",
                    title,
                    1,
                    letter,
                    column.header,
                    column.label_en,
                    (("first", columns[column.key][0]),),
                )
            )
        else:
            columns[column.key] = (letter, column)
    for column in spec:
        if column.key not in columns and (column.required or column.key in header_required):
            problems.append(
                Problem(
                    "error",
                    "wb_column_missing",
                    title,
                    1,
                    None,
                    None,
                    None,
                    (("expected", column.header),),
                )
            )
    if any(p.is_error for p in problems):
        return None
    rows = []
    formulas = {}
    for (number, values), (_, cells) in zip(grid[1:], formula_grid[1:]):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        record = {}
        for key, (letter, _col) in columns.items():
            idx = openpyxl.utils.column_index_from_string(letter) - 1
            record[key] = values[idx] if idx < len(values) else None
            cell = cells[idx] if idx < len(cells) else None
            if cell is not None and getattr(cell, "data_type", None) == "f":
                formulas[(number, key)] = _shown(cell.value)
        rows.append((number, record))
    if not rows:
        problems.append(Problem("error", "wb_no_rows", title, 2))
        return None
    return _Sheet(title, columns, rows, formulas)


def _rows(sheet, values_only: bool) -> list[tuple[int, tuple]] | None:
    """Rows 1..MAX_DATA_ROWS+1 of a streamed sheet; None when a later row holds data."""
    out = []
    limit = MAX_DATA_ROWS + 1
    for number, row in enumerate(
        sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=values_only), start=1
    ):
        if number > limit:
            values = row if values_only else [getattr(c, "value", None) for c in row]
            if any(v not in (None, "") for v in values):
                return None
            if number > limit + MAX_DATA_ROWS:  # a long tail of empty rows: stop reading
                break
            continue
        out.append((number, tuple(row)))
    return out


class _Cells:
    """Converts the raw cells of one sheet, collecting problems with their place."""

    def __init__(self, sheet: _Sheet, problems: list[Problem]):
        self.sheet = sheet
        self.problems = problems

    def problem(self, key: str, row: int | None, col: str | None, severity="error", **values):
        letter, column = self.sheet.columns[col] if col else (None, None)
        self.problems.append(
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
        return "i18n:" + EXPECTED[self.sheet.columns[key][1].kind]

    def number(self, row: int, key: str, raw: object, *, required: bool = True):
        """A whole number ≥ 0 (or None when empty and allowed), or None with a problem."""
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            formula = self.sheet.formulas.get((row, key))
            if formula:
                self.problem("wb_formula_no_value", row, key, formula=formula)
            elif required:
                self.problem("wb_required", row, key, expected=self.expected(key))
            return None
        if isinstance(raw, bool):
            self.problem("wb_wrong_type", row, key, value=str(raw), expected=self.expected(key))
            return None
        if isinstance(raw, int | float):
            value = raw
        elif isinstance(raw, str):
            try:
                value = parse_vn_number(raw)
            except ValueError:
                self.problem(
                    "wb_not_number", row, key, value=_shown(raw), expected=self.expected(key)
                )
                return None
        else:  # dates, times, errors such as #DIV/0!
            self.problem("wb_wrong_type", row, key, value=_shown(raw), expected=self.expected(key))
            return None
        if value != value or value in (float("inf"), float("-inf")):
            self.problem("wb_not_number", row, key, value=_shown(raw), expected=self.expected(key))
            return None
        if value != int(value):
            self.problem("wb_not_whole", row, key, value=value, expected=self.expected(key))
            return None
        value = int(value)
        if value < 0:
            self.problem("wb_negative", row, key, value=value)
            return None
        return value

    def text(self, raw: object) -> str:
        if raw is None:
            return ""
        if isinstance(raw, float) and raw == int(raw):
            raw = int(raw)
        return unicodedata.normalize("NFC", str(raw)).strip()


def _sanitise_filename(filename: str) -> str:
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return (name or "upload.xlsx")[:100]


def upload_source(filename: str, when: datetime) -> str:
    """What the ``source`` of uploaded data says: the file's name and when it was loaded."""
    return f"{_sanitise_filename(filename)} ({when:%Y-%m-%d %H:%M:%S})"


def _gate(content: bytes, filename: str, limits: Limits | None) -> list[Problem]:
    if not DEFUSED:
        return [_problem("wb_xml_unprotected")]
    return check_container(content, filename, limits or Limits.from_config())


# --------------------------------------------------------------------------- commune review

COUNT_KEYS = (
    "households",
    "poor_households",
    "near_poor_households",
    "ethnic_minority_households",
    "ethnic_minority_poor_households",
)
# Exactly the columns of the shipped baseline file, in its order (its schema in gnbv.data).
BASELINE_COLUMNS = list(SCHEMAS["commune_poverty_illustrative.csv"][0])


def _code(raw: object) -> str | None:
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, int | float):
        if raw != raw or raw != int(raw) or raw < 0:
            return None
        raw = str(int(raw))
    text = str(raw).strip()
    if not text.isdigit() or not text.isascii():
        return None
    return text.zfill(5)  # Excel drops the leading zero of 02839 when the cell is a number


def read_commune_review(
    content: bytes,
    filename: str,
    communes: pd.DataFrame,
    limits: Limits | None = None,
    now: datetime | None = None,
) -> UploadResult:
    """Validate a commune review workbook as a whole. ``frame`` (the columns of
    ``commune_poverty_illustrative.csv``, ``is_illustrative`` False) only when no error."""
    problems = _gate(content, filename, limits)
    if problems:
        return UploadResult(COMMUNE_REVIEW, None, problems)
    sheet = _read_sheet(content, COMMUNE_SHEET, COMMUNE_COLUMNS, set(), problems)
    if sheet is None:
        return UploadResult(COMMUNE_REVIEW, None, problems)
    cells = _Cells(sheet, problems)
    names = dict(zip(communes["code"], communes["name"]))
    seen: dict[str, int] = {}
    years: dict[int, int] = {}
    records = []
    for row, raw in sheet.rows:
        code = _code(raw["code"])
        if code is None:
            if raw["code"] is None or not str(raw["code"]).strip():
                cells.problem("wb_required", row, "code", expected=cells.expected("code"))
            else:
                cells.problem("wb_unknown_commune", row, "code", value=_shown(raw["code"]))
            continue
        if code not in names:
            cells.problem("wb_unknown_commune", row, "code", value=code)
            continue
        if code in seen:
            cells.problem("wb_duplicate_commune", row, "code", value=code, first=seen[code])
            continue
        seen[code] = row
        if "name" in sheet.columns:
            given = cells.text(raw.get("name"))
            if given and _norm(given) != _norm(names[code]):
                cells.problem(
                    "wb_name_mismatch",
                    row,
                    "name",
                    severity="warning",
                    value=_shown(given),
                    code=code,
                    expected=names[code],
                )
        year = cells.number(row, "year", raw["year"])
        if year is not None and not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            cells.problem(
                "wb_year_range",
                row,
                "year",
                value=str(year),
                low=str(YEAR_RANGE[0]),
                high=str(YEAR_RANGE[1]),
            )
            year = None
        if year is not None:
            years.setdefault(year, row)
        counts = {key: cells.number(row, key, raw[key]) for key in COUNT_KEYS}
        records.append((row, code, year, counts))
    if len(years) > 1:
        first_year, first_row = min(years.items(), key=lambda item: item[1])
        for row, _c, year, _counts in records:
            if year is not None and year != first_year:
                cells.problem(
                    "wb_year_mixed",
                    row,
                    "year",
                    value=str(year),
                    expected=str(first_year),
                    first=first_row,
                )
    out = []
    for row, code, year, c in records:
        h, poor, near = c["households"], c["poor_households"], c["near_poor_households"]
        em, em_poor = c["ethnic_minority_households"], c["ethnic_minority_poor_households"]
        if h == 0:
            cells.problem("wb_households_zero", row, "households")
        if None not in (h, poor, near) and poor + near > h:
            cells.problem(
                "wb_poor_exceed",
                row,
                "near_poor_households",
                poor=poor,
                near=near,
                total=poor + near,
                households=h,
            )
        if None not in (h, em) and em > h:
            cells.problem("wb_em_exceed", row, "ethnic_minority_households", value=em, households=h)
        if None not in (poor, em_poor) and em_poor > poor:
            cells.problem(
                "wb_em_poor_exceed_poor",
                row,
                "ethnic_minority_poor_households",
                value=em_poor,
                poor=poor,
            )
        if None not in (em, em_poor) and em_poor > em:
            cells.problem(
                "wb_em_poor_exceed_em", row, "ethnic_minority_poor_households", value=em_poor, em=em
            )
        out.append({"code": code, "year": year, **c})
    missing = [code for code in communes["code"] if code not in seen]
    if missing:
        listed = ", ".join(f"{code} {names[code]}" for code in missing)
        cells.problem("wb_missing_communes", None, "code", count=len(missing), communes=listed)
    if any(p.is_error for p in problems):
        return UploadResult(COMMUNE_REVIEW, None, problems)
    when = now or datetime.now()
    frame = pd.DataFrame(out)
    order = {code: i for i, code in enumerate(communes["code"])}
    frame = frame.sort_values("code", key=lambda s: s.map(order)).reset_index(drop=True)
    frame["is_poor_commune"] = (
        frame["poor_households"] * 100 >= POOR_COMMUNE_THRESHOLD_PCT * frame["households"]
    )
    frame["households_basis"] = UPLOADED_BASIS
    frame["is_illustrative"] = False
    frame["source"] = upload_source(filename, when)
    typed = pd.DataFrame(
        {
            "code": frame["code"].astype("string"),
            "year": frame["year"].astype("Int64"),
            **{key: frame[key].astype("Int64") for key in COUNT_KEYS},
            "is_poor_commune": frame["is_poor_commune"].astype("boolean"),
            "households_basis": frame["households_basis"].astype("string"),
            "is_illustrative": frame["is_illustrative"].astype("boolean"),
            "source": frame["source"].astype("string"),
        }
    )
    return UploadResult(COMMUNE_REVIEW, typed[BASELINE_COLUMNS], problems)


# --------------------------------------------------------------------------- allocations


def read_allocations(
    content: bytes,
    filename: str,
    projects: pd.DataFrame,
    sub_projects: pd.DataFrame,
    plan: pd.Series,
    limits: Limits | None = None,
    now: datetime | None = None,
) -> UploadResult:
    """Validate a plan-allocation workbook as a whole. ``frame`` has the columns of
    ``projects.csv`` (amounts summed per project; a project whose three amount cells are
    empty is "not allocated") only when no error. Totals that differ from the plan are
    warnings (a revised allocation), not errors."""
    problems = _gate(content, filename, limits)
    if problems:
        return UploadResult(ALLOCATIONS, None, problems)
    sheet = _read_sheet(
        content, ALLOCATION_SHEET, ALLOCATION_COLUMNS, ALLOCATION_HEADER_REQUIRED, problems
    )
    if sheet is None:
        return UploadResult(ALLOCATIONS, None, problems)
    cells = _Cells(sheet, problems)
    known = list(projects["project_id"])
    subs = {
        pid: list(sub_projects.loc[sub_projects["project_id"] == pid, "sub_project_id"])
        for pid in known
    }
    seen: dict[tuple[str, str], int] = {}
    amounts: dict[str, list[tuple[int, int, int] | None]] = {pid: [] for pid in known}
    shapes: dict[str, set[bool]] = {pid: set() for pid in known}  # has a sub-project?
    for row, raw in sheet.rows:
        pid = cells.text(raw["project_id"]).upper()
        if not pid:
            cells.problem("wb_required", row, "project_id", expected=cells.expected("project_id"))
            continue
        if pid not in amounts:
            cells.problem(
                "wb_unknown_project", row, "project_id", value=_shown(pid), known=", ".join(known)
            )
            continue
        sub = cells.text(raw.get("sub_project_id")).upper() if "sub_project_id" in raw else ""
        if sub and sub not in subs[pid]:
            cells.problem(
                "wb_unknown_sub_project",
                row,
                "sub_project_id",
                value=_shown(sub),
                project=pid,
                known=", ".join(subs[pid]) or "—",
            )
            continue
        if (pid, sub) in seen:
            cells.problem(
                "wb_duplicate_allocation",
                row,
                "project_id",
                value=f"{pid} {sub}".strip(),
                first=seen[(pid, sub)],
            )
            continue
        seen[(pid, sub)] = row
        shapes[pid].add(bool(sub))
        given = {k: raw[k] for k in AMOUNT_COLUMNS}
        empty = [
            k
            for k, v in given.items()
            if (v is None or (isinstance(v, str) and not v.strip()))
            and (row, k) not in sheet.formulas
        ]
        if len(empty) == 3:
            amounts[pid].append(None)  # not allocated
            continue
        if empty:
            for key in empty:
                cells.problem("wb_partial_amounts", row, key)
            continue
        inv, rec, tot = (cells.number(row, k, given[k]) for k in AMOUNT_COLUMNS)
        if None in (inv, rec, tot):
            continue
        if inv + rec != tot:
            cells.problem(
                "wb_row_total",
                row,
                "total_mvnd",
                investment=inv,
                recurrent=rec,
                sum=inv + rec,
                total=tot,
            )
            continue
        amounts[pid].append((inv, rec, tot))
    for pid in known:
        if shapes[pid] == {True, False}:
            cells.problem("wb_mixed_rows", seen[(pid, "")], "sub_project_id", project=pid)
    missing = [pid for pid in known if not any(k[0] == pid for k in seen)]
    if missing:
        cells.problem("wb_missing_projects", None, "project_id", projects=", ".join(missing))
    if any(p.is_error for p in problems):
        return UploadResult(ALLOCATIONS, None, problems)
    when = now or datetime.now()
    out = projects.copy()
    for i, pid in zip(out.index, out["project_id"]):
        given = [a for a in amounts[pid] if a is not None]
        if given:
            for j, column in enumerate(AMOUNT_COLUMNS):
                out.at[i, column] = sum(a[j] for a in given)
            out.at[i, "allocation_status"] = "allocated"
        else:
            for column in AMOUNT_COLUMNS:
                out.at[i, column] = pd.NA
            out.at[i, "allocation_status"] = "not_allocated"
    for column in AMOUNT_COLUMNS:
        out[column] = out[column].astype("Int64")
    out["source_id"] = pd.array([UPLOADED_SOURCE_ID] * len(out), dtype="string")
    out["source_ref"] = pd.array([upload_source(filename, when)] * len(out), dtype="string")
    for column, label in zip(
        AMOUNT_COLUMNS, ("wb_capital_investment", "wb_capital_recurrent", "wb_capital_total")
    ):
        found, stated = int(out[column].sum()), int(plan[column])
        if found != stated:
            problems.append(
                Problem(
                    "warning",
                    "wb_plan_total_differs",
                    sheet.title,
                    None,
                    sheet.columns[column][0],
                    sheet.columns[column][1].header,
                    sheet.columns[column][1].label_en,
                    (
                        ("what", "i18n:" + label),
                        ("found", found),
                        ("plan", stated),
                        ("diff", found - stated),
                    ),
                )
            )
    return UploadResult(ALLOCATIONS, out[list(projects.columns)], problems)


# --------------------------------------------------------------------------- templates

HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
INFO_FILL = PatternFill("solid", fgColor="F2F2F2")

COMMUNE_INSTRUCTIONS = (
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
ALLOCATION_INSTRUCTIONS = (
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


def _instructions(book, keys: tuple[str, ...], extra: list[tuple[str, str]]) -> None:
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


def _data_sheet(book, title: str, spec: tuple[Column, ...], rows: list[list[object]]) -> None:
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
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if column.kind in ("code", "project", "sub_project"):
                cell.number_format = "@"  # text: keeps the leading zero of 02839
            elif column.kind in ("count", "amount"):
                cell.number_format = "#,##0"
            if column.kind == "text" and column.key == "name":
                cell.fill = INFO_FILL
    sheet.freeze_panes = "B2"


def commune_review_template(communes: pd.DataFrame) -> bytes:
    """The commune review template: instructions, and the 19 communes pre-filled (code,
    name); the figures and the year are left for the planner."""
    book = openpyxl.Workbook()
    _instructions(book, COMMUNE_INSTRUCTIONS, [])
    rows = [[str(code), str(name)] for code, name in zip(communes["code"], communes["name"])]
    _data_sheet(book, COMMUNE_SHEET, COMMUNE_COLUMNS, rows)
    return workbook_to_bytes(book)


def allocation_template(projects: pd.DataFrame, sub_projects: pd.DataFrame) -> bytes:
    """The allocation template, pre-filled with the plan's rows (one per project); Dự án 5
    has its amounts empty: "not allocated", which is not zero."""
    book = openpyxl.Workbook()
    extra = [("Mã tiểu dự án được nhận:", "Sub-project codes accepted:")] + [
        (f"{r.sub_project_id}: {r.label_vi} — {r.name_vi}", f"{r.sub_project_id}: {r.name_en}")
        for r in sub_projects.itertuples()
    ]
    _instructions(book, ALLOCATION_INSTRUCTIONS, extra)
    rows = []
    for r in projects.itertuples():
        if r.allocation_status == "not_allocated":
            amounts = [None, None, None]
            note = i18n.t("not_allocated", "vi")
        else:
            amounts = [int(r.investment_mvnd), int(r.recurrent_mvnd), int(r.total_mvnd)]
            note = None
        rows.append([r.project_id, r.name_vi, None, *amounts, note])
    _data_sheet(book, ALLOCATION_SHEET, ALLOCATION_COLUMNS, rows)
    return workbook_to_bytes(book)
