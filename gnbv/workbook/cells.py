"""Cell parsing: numbers typed the Vietnamese way, whole numbers within bounds, texts.

Pure functions over the values :mod:`gnbv.workbook.xlsx` reads. A value that cannot be used
raises :class:`Rejected` with an i18n key and its values; :class:`gnbv.workbook.sheet.Cells`
turns it into a :class:`~gnbv.workbook.report.Problem` that names the cell.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from gnbv.workbook.report import shown
from gnbv.workbook.xlsx import LongText

# No number a planner types needs more characters ("1.000.000.000.000.000.000.000" has 29).
MAX_NUMBER_CHARS = 64
_NUMBER_BODY = re.compile(r"[0-9.,]+")
_SPACES = re.compile(r"[\s\u00a0\u202f]")


class Rejected(Exception):
    """A cell value that cannot be used: ``key`` is the i18n message, ``values`` its fields."""

    def __init__(self, key: str, **values: object):
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass(frozen=True)
class Bound:
    """The largest plausible value of a column: ``maximum``, what it is (an i18n key, e.g.
    "bound_households") and the setting that sets it (e.g. "GNBV_MAX_HOUSEHOLDS_PER_COMMUNE")."""

    maximum: int | float
    what: str
    setting: str


# --------------------------------------------------------------------------- Vietnamese numbers


def _grouped(digits: str, sep: str) -> bool:
    groups = digits.split(sep)
    return (
        1 <= len(groups[0]) <= 3
        and all(g.isdigit() for g in groups)
        and all(len(g) == 3 for g in groups[1:])
    )


def _both_marks(body: str) -> tuple[str, str]:
    dec = "." if body.rfind(".") > body.rfind(",") else ","
    group = "," if dec == "." else "."
    if body.count(dec) > 1:
        raise ValueError(body)
    whole, frac = body.split(dec)
    if not _grouped(whole, group):
        raise ValueError(body)
    return whole.replace(group, ""), frac


def _one_dot(body: str) -> tuple[str, str]:
    whole, frac = body.split(".")
    if len(frac) == 3 and whole.lstrip("0") != "":
        return whole + frac, ""
    return whole, frac


def _split(body: str) -> tuple[str, str]:
    """The whole and fractional digits of a number body (digits, dots and commas)."""
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        return _both_marks(body)
    if dots > 1 or commas > 1:
        group = "." if dots else ","
        if not _grouped(body, group):
            raise ValueError(body)
        return body.replace(group, ""), ""
    if dots == 1:
        return _one_dot(body)
    if commas == 1:
        whole, frac = body.split(",")
        return whole, frac
    return body, ""


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
    * anything else (letters, "1..2", ",5", a lone sign, wrongly grouped thousands, more than
      :data:`MAX_NUMBER_CHARS` characters) raises ValueError.
    """
    raw = str(text)[: MAX_NUMBER_CHARS * 4 + 1]
    s = _SPACES.sub("", unicodedata.normalize("NFKC", raw)).replace("\u2212", "-")
    if len(s) > MAX_NUMBER_CHARS:
        raise ValueError("too long")
    sign = -1 if s.startswith("-") else 1
    body = s[1:] if s[:1] in "+-" else s
    if not _NUMBER_BODY.fullmatch(body) or not (body[0].isdigit() and body[-1].isdigit()):
        raise ValueError(text)
    whole, frac = _split(body)
    if not (whole.isdigit() and (frac == "" or frac.isdigit())):
        raise ValueError(text)
    if frac:
        return sign * float(f"{whole}.{frac}")
    return sign * int(whole)


# --------------------------------------------------------------------------- cells


def is_empty(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def to_number(raw: object) -> int | float:
    """A cell's number: a number cell, or a text typed the Vietnamese way. Raises
    :class:`Rejected` for anything else (dates, booleans, errors, texts, infinities)."""
    if isinstance(raw, bool):
        raise Rejected("wb_wrong_type", value=str(raw))
    if isinstance(raw, LongText):
        raise Rejected("wb_text_too_long", value=shown(raw.start), length=raw.length)
    if isinstance(raw, str):
        try:
            raw_value = parse_vn_number(raw)
        except ValueError:
            raise Rejected("wb_not_number", value=shown(raw)) from None
        return raw_value
    if not isinstance(raw, int | float):  # dates, times, errors such as #DIV/0!
        raise Rejected("wb_wrong_type", value=shown(raw))
    if isinstance(raw, float) and not math.isfinite(raw):
        raise Rejected("wb_not_number", value=shown(raw))
    return raw


def within(value: int | float, bound: Bound | None, minimum: int | float = 0) -> int | float:
    """``value`` when it is at least ``minimum`` and at most the bound; else :class:`Rejected`."""
    if value < minimum:
        raise Rejected("wb_negative", value=value)
    if bound is not None and value > bound.maximum:
        raise Rejected(
            "wb_above_bound",
            value=value,
            bound=bound.maximum,
            what="i18n:" + bound.what,
            setting=bound.setting,
        )
    return value


def whole_number(raw: object, bound: Bound | None = None) -> int:
    """A whole number ≥ 0 and within ``bound``; raises :class:`Rejected`, quoting a text
    as it was typed ("1.000.000.000.000.000.000.000")."""
    value = to_number(raw)
    if value != int(value):
        raise Rejected("wb_not_whole", value=value)
    try:
        return int(within(value, bound))  # checked on the value as given (1e+308)
    except Rejected as rejected:
        if isinstance(raw, str):
            rejected.values["value"] = shown(raw.strip())
        raise


def decimal_number(raw: object, bound: Bound | None = None, minimum: float = 0) -> float:
    """A number (decimals allowed) ≥ ``minimum`` and within ``bound``; raises
    :class:`Rejected`. For coefficients and rates."""
    return float(within(to_number(raw), bound, minimum))


def text(raw: object) -> str:
    """A cell as text, NFC, trimmed: 2839.0 → "2839"; a text over the cap gives its start."""
    if raw is None:
        return ""
    if isinstance(raw, LongText):
        raw = raw.start
    elif isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e16:
        raw = int(raw)
    return unicodedata.normalize("NFC", str(raw)).strip()


def norm(value: object) -> str:
    """A name for comparing: NFC, spaces collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFC", str(value)).split()).casefold()
