"""Numbers, percentages and amounts in the UI language, through Babel.

Vietnamese: 81.689 triệu đồng, 7,6%. English: VND 81,689 million, 7.6%.

Speed: Babel's ``format_decimal`` costs about 50 µs a call (a locale lookup, a Decimal, its
pattern applied digit by digit), and a scenario's commune table formats ~170 numbers for
every new slider value. A finite rounded float is written by Python's own ``format`` of its
Decimal (the float's repr, as Babel reads it) with the locale's symbols (from Babel, once per
locale) in a few µs; infinities go through Babel. ``tests/test_fmt.py`` checks that both
give the same text for any float (hypothesis), and that values too large for Babel's
Decimal context (about 1e28, where Babel raises) are written too.
"""

from __future__ import annotations

import math
from decimal import Decimal
from functools import cache

from babel.numbers import (
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    get_minus_sign_symbol,
)

LOCALES = {"vi": "vi_VN", "en": "en_US"}
DASH = "—"


def locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["vi"])


def _missing(value) -> bool:
    try:
        return value is None or math.isnan(float(value))
    except (TypeError, ValueError):
        return True


@cache
def _symbols(loc: str) -> dict[int, str]:
    """Python's format symbols → the locale's (str.translate's table), once per locale."""
    return {
        ord(","): get_group_symbol(loc),
        ord("."): get_decimal_symbol(loc),
        ord("-"): get_minus_sign_symbol(loc),
    }


def _decimal(value, lang: str, decimals: int, drop_zeros: bool) -> str:
    """``value`` rounded to ``decimals`` with the locale's grouping and decimal mark; with
    ``drop_zeros``, trailing zeros (and a bare decimal mark) dropped. Babel's patterns
    '#,##0.00' and '#,##0.##'."""
    rounded = round(float(value), decimals)
    if not math.isfinite(rounded):  # ∞: Babel's sign
        return format_decimal(rounded, locale=locale(lang))
    text = f"{Decimal(repr(rounded)):,.{max(decimals, 0)}f}"
    if drop_zeros and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.translate(_symbols(locale(lang)))


def number(value, lang: str, decimals: int = 0) -> str:
    """81689 → '81.689' (vi) / '81,689' (en); None or NaN → a dash."""
    if _missing(value):
        return DASH
    return _decimal(value, lang, decimals, drop_zeros=False)


def compact(value, lang: str, max_decimals: int = 2) -> str:
    """Up to ``max_decimals`` decimals, trailing zeros dropped: 7.0 → '7', 0.9 → '0,9'."""
    if _missing(value):
        return DASH
    return _decimal(value, lang, max_decimals, drop_zeros=True)


def percent(value, lang: str, decimals: int = 1) -> str:
    """A value already in percent: 7.6 → '7,6%' (vi) / '7.6%' (en)."""
    if _missing(value):
        return DASH
    return number(value, lang, decimals) + "%"


def points(value, lang: str, decimals: int = 1) -> str:
    """Percentage points: 7 → '7 điểm %' / '7 pp'."""
    if _missing(value):
        return DASH
    unit = "điểm %" if lang == "vi" else "pp"
    return f"{compact(value, lang, decimals)} {unit}"


RATE_DECIMALS = 2  # a yearly rate of fall as the scenario's sliders hold it (5,67)


def rate_number(value, lang: str) -> str:
    """A yearly rate of fall without its unit, for a sentence that names it: 5.67 → '5,67',
    7.0 → '7' (trailing zeros dropped)."""
    return compact(value, lang, RATE_DECIMALS)


def rate(value, reading: str, lang: str) -> str:
    """A yearly rate of fall in its reading: '5,67 điểm %' / '5.67 pp' (``points``) or
    '16,78%' (``relative``); trailing zeros dropped ('7 điểm %'). The one way a scenario's
    rate is written."""
    if _missing(value):
        return DASH
    if reading == "points":
        return points(value, lang, RATE_DECIMALS)
    return rate_number(value, lang) + "%"


def money_mvnd(value, lang: str) -> str:
    """Million VND: '81.689 triệu đồng' / 'VND 81,689 million'."""
    if _missing(value):
        return DASH
    if lang == "en":
        return f"VND {number(value, lang)} million"
    return f"{number(value, lang)} triệu đồng"


def plotly_separators(lang: str) -> str:
    """plotly's layout.separators for the language: decimal mark then thousands mark."""
    loc = locale(lang)
    return get_decimal_symbol(loc) + get_group_symbol(loc)
