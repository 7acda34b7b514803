"""The problems report: what is wrong with an upload and where, in the UI language.

A :class:`Problem` names the sheet, the Excel row, the column and what is expected, as an
i18n key with values. :class:`Problems` collects them with a bound (``max_problems``): the
first ones are kept (errors before warnings), the rest only counted, so that a file with
40 000 bad cells costs no more to report than one with 100. Every value quoted from a cell
goes through :func:`shown` (at most :data:`QUOTE_CHARS` characters).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd

from gnbv import fmt, i18n

QUOTE_CHARS = 40
# Numbers shown in the UI's format up to this size; larger ones (a hostile 1e308) are quoted.
FORMATTED_BELOW = 10**15
REPORT_COLUMNS: i18n.TextKeyTuple = (
    "report_severity",
    "report_sheet",
    "report_row",
    "report_column",
    "report_problem",
)
SEVERITY_TEXT_KEYS: i18n.TextKeys = {"error": "report_error", "warning": "report_warning"}


def shown(value: object, limit: int = QUOTE_CHARS) -> str:
    """A cell value as it may be quoted in a message: printable, at most ``limit``
    characters. Only the first ``limit`` + 1 characters are ever looked at."""
    try:
        text = value[: limit + 1] if isinstance(value, str) else str(value)[: limit + 1]
    except ValueError:  # an int too long for str() (Python refuses over 4 300 digits)
        return "…"
    text = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(name: str, value: int | float, lang: str) -> str:
    if abs(value) >= FORMATTED_BELOW:
        return shown(value)
    sign = "+" if name == "diff" and value > 0 else ""
    return sign + fmt.compact(value, lang, 4)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an upload: where (sheet, Excel row, column letter and header)
    and what, as an i18n key with values. A value "i18n:key" is translated too."""

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
                value = _number(name, value, lang)
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


def problem(key: str, severity: str = "error", **values: object) -> Problem:
    """A problem with the whole file (no sheet, row or column)."""
    return Problem(severity, key, values=tuple(values.items()))


class Problems:
    """The problems of one upload, bounded: at most ``limit`` errors and ``limit`` warnings
    are kept (in the order found); the others are counted."""

    def __init__(self, limit: int):
        self.limit = max(1, limit)
        self._kept: dict[str, list[tuple[int, Problem]]] = {"error": [], "warning": []}
        self._count = {"error": 0, "warning": 0}
        self._seen = 0

    def add(self, item: Problem) -> None:
        kind = "error" if item.is_error else "warning"
        self._count[kind] += 1
        self._seen += 1
        if len(self._kept[kind]) < self.limit:
            self._kept[kind].append((self._seen, item))

    def extend(self, items: list[Problem]) -> None:
        for item in items:
            self.add(item)

    @property
    def has_errors(self) -> bool:
        return self._count["error"] > 0

    @property
    def error_count(self) -> int:
        return self._count["error"]

    @property
    def warning_count(self) -> int:
        return self._count["warning"]

    def listed(self) -> list[Problem]:
        """The problems to list, in the order found: errors first in choosing, so that
        warnings never hide an error."""
        errors = self._kept["error"][: self.limit]
        warnings = self._kept["warning"][: self.limit - len(errors)]
        return [item for _, item in sorted(errors + warnings, key=lambda pair: pair[0])]

    def result(self, kind: str, frame: pd.DataFrame | None = None) -> UploadResult:
        listed = self.listed()
        return UploadResult(
            kind,
            None if self.has_errors else frame,
            listed,
            error_count=self.error_count,
            warning_count=self.warning_count,
        )


@dataclass
class UploadResult:
    """What checking an upload gives: the data (only when no error) and the problems
    listed; ``error_count`` / ``warning_count`` count them all, listed or not."""

    kind: str
    frame: pd.DataFrame | None
    problems: list[Problem] = field(default_factory=list)
    error_count: int | None = None
    warning_count: int | None = None

    def __post_init__(self):
        if self.error_count is None:
            self.error_count = len(self.errors)
        if self.warning_count is None:
            self.warning_count = len(self.warnings)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def omitted(self) -> int:
        """How many problems were found but not listed."""
        return self.error_count + self.warning_count - len(self.problems)

    @property
    def ok(self) -> bool:
        return self.frame is not None and not self.error_count


def problems_table(problems: list[Problem], lang: str, omitted: int = 0) -> pd.DataFrame:
    """The validation report: one row per problem, headers and text in ``lang``; a last
    row says how many more were found but not listed (``omitted``)."""
    rows = [
        [
            i18n.t(SEVERITY_TEXT_KEYS[p.severity], lang),
            p.sheet or "",
            "" if p.row is None else str(p.row),
            p.where_column(lang),
            p.message(lang),
        ]
        for p in problems
    ]
    if omitted > 0:
        rows.append(["…", "", "", "", i18n.t("report_more", lang, count=fmt.number(omitted, lang))])
    return pd.DataFrame(rows, columns=[i18n.t(k, lang) for k in REPORT_COLUMNS])


def unexpected_failure(kind: str) -> UploadResult:
    """The result shown when checking a file failed in a way nobody foresaw (a bug): the
    file is not used, and the message says so in the UI language."""
    return UploadResult(kind, None, [problem("wb_unexpected")])


def _sanitise_filename(filename: str) -> str:
    name = str(filename)[:1000].replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return (name or "upload.xlsx")[:100]


def upload_source(filename: str, when: datetime) -> str:
    """What the ``source`` of uploaded data says: the file's name and when it was loaded."""
    return f"{_sanitise_filename(filename)} ({when:%Y-%m-%d %H:%M:%S})"
