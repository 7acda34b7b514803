"""Numbers, percentages and amounts in the UI language, through Babel.

Vietnamese: 81.689 triệu đồng, 7,6%. English: VND 81,689 million, 7.6%.
"""

from __future__ import annotations

import math

from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

LOCALES = {"vi": "vi_VN", "en": "en_US"}
DASH = "—"


def locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["vi"])


def _missing(value) -> bool:
    try:
        return value is None or math.isnan(float(value))
    except (TypeError, ValueError):
        return True


def number(value, lang: str, decimals: int = 0) -> str:
    """81689 → '81.689' (vi) / '81,689' (en); None or NaN → a dash."""
    if _missing(value):
        return DASH
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(round(float(value), decimals), format=pattern, locale=locale(lang))


def compact(value, lang: str, max_decimals: int = 2) -> str:
    """Up to ``max_decimals`` decimals, trailing zeros dropped: 7.0 → '7', 0.9 → '0,9'."""
    if _missing(value):
        return DASH
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals > 0 else "")
    return format_decimal(round(float(value), max_decimals), format=pattern, locale=locale(lang))


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
