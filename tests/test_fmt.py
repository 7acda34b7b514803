import pytest

from gnbv import fmt


@pytest.mark.parametrize(
    ("func", "args", "vi", "en"),
    [
        (fmt.number, (81689,), "81.689", "81,689"),
        (fmt.percent, (7.6,), "7,6%", "7.6%"),
        (fmt.percent, (18.31, 2), "18,31%", "18.31%"),
        (fmt.money_mvnd, (81689,), "81.689 triệu đồng", "VND 81,689 million"),
        (fmt.compact, (0.9,), "0,9", "0.9"),
        (fmt.compact, (7.0,), "7", "7"),
        (fmt.points, (7.6,), "7,6 điểm %", "7.6 pp"),
        (fmt.number, (None,), "—", "—"),
        (fmt.money_mvnd, (float("nan"),), "—", "—"),
    ],
)
def test_both_conventions(func, args, vi, en):
    assert func(*args[:1], "vi", *args[1:]) == vi
    assert func(*args[:1], "en", *args[1:]) == en


def test_plotly_separators():
    assert fmt.plotly_separators("vi") == ",."
    assert fmt.plotly_separators("en") == ".,"


def test_rate_in_both_readings_and_languages():
    assert fmt.rate(5.67, "points", "vi") == "5,67 điểm %"
    assert fmt.rate(7.0, "points", "vi") == "7 điểm %"
    assert fmt.rate(5.67, "points", "en") == "5.67 pp"
    assert fmt.rate(16.78, "relative", "vi") == "16,78%"
    assert fmt.rate(0.9, "relative", "en") == "0.9%"
    assert fmt.rate(None, "relative", "en") == fmt.DASH
    assert fmt.rate_number(5.678, "vi") == "5,68"


# --- the fast path against Babel ------------------------------------------------------------

import decimal  # noqa: E402

from babel.numbers import format_decimal  # noqa: E402
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _babel(value, lang, decimals, drop_zeros):
    """What fmt.number / fmt.compact wrote through Babel alone (before the fast path)."""
    tail = ("#" if drop_zeros else "0") * decimals
    pattern = "#,##0" + ("." + tail if decimals > 0 else "")
    return format_decimal(round(float(value), decimals), format=pattern, locale=fmt.locale(lang))


VALUES = st.one_of(
    st.floats(allow_nan=False),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.decimals(min_value=-1000, max_value=1000, places=3, allow_nan=False).map(float),
)


@given(value=VALUES, lang=st.sampled_from(["vi", "en"]), decimals=st.integers(0, 4))
def test_number_and_compact_write_what_babel_writes(value, lang, decimals):
    """Any float or integer, huge, tiny, negative, infinite, a tie at the last decimal: the
    same text as Babel's pattern; where Babel itself raises (beyond its Decimal context's 28
    digits), a number all the same, with the locale's marks and its decimals."""
    for drop_zeros, write in ((False, fmt.number), (True, fmt.compact)):
        text = write(value, lang, decimals)
        try:
            expected = _babel(value, lang, decimals, drop_zeros)
        except decimal.InvalidOperation:
            assert abs(value) >= 1e27
            whole, _, part = text.partition(fmt._symbols(fmt.locale(lang))[ord(".")])
            assert whole.lstrip("-").replace(fmt._symbols(fmt.locale(lang))[ord(",")], "").isdigit()
            assert len(part) <= decimals and (drop_zeros or len(part) == decimals)
            continue
        assert text == expected


@pytest.mark.parametrize(
    "value, lang, decimals, text",
    [
        (-0.04, "vi", 1, "-0,0"),
        (-0.001, "en", 2, "-0.00"),
        (2.675, "vi", 2, "2,67"),  # the float below 2.675: rounded down, as Babel does
        (1234567.891, "vi", 2, "1.234.567,89"),
        (1e16, "en", 0, "10,000,000,000,000,000"),
        (1e28, "vi", 0, "10" + ".000" * 9),  # Babel raised here
        (float("inf"), "vi", 1, "∞"),
    ],
)
def test_number_examples(value, lang, decimals, text):
    assert fmt.number(value, lang, decimals) == text
