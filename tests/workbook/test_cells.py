"""Cell parsing: numbers typed the Vietnamese way, whole numbers within bounds, texts."""

from __future__ import annotations

import datetime as dt

import pytest

from gnbv.workbook import Bound, Rejected, decimal_number, norm, parse_vn_number, text, whole_number
from gnbv.workbook.xlsx import CellError, LongText


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234", 1234),
        ("7,6", 7.6),
        ("1.234,5", 1234.5),
        ("1.234.567", 1234567),
        ("1 234", 1234),
        ("1\u00a0234", 1234),
        ("  682 ", 682),
        ("-5", -5),
        ("0,5", 0.5),
        ("0.500", 0.5),  # a leading 0 group is not a thousands group
        ("7.6", 7.6),  # a single dot not followed by three digits: a decimal point
        ("1,234", 1.234),  # one comma is the Vietnamese decimal mark
        ("1,234,567", 1234567),  # several commas can only be thousands
        ("1,234.5", 1234.5),  # both marks: the last one is the decimal mark
        ("81.689", 81689),
    ],
)
def test_vietnamese_number_text(text, value):
    parsed = parse_vn_number(text)
    assert parsed == value
    assert isinstance(parsed, int) == isinstance(value, int)


@pytest.mark.parametrize(
    "text", ["", "abc", "1..2", ",5", "5,", "-", "1.2.3", "12.34,5", "1,2,3", "1.234.5,6,7"]
)
def test_not_numbers(text):
    with pytest.raises(ValueError):
        parse_vn_number(text)


HOUSEHOLDS = Bound(10_000, "bound_households", "GNBV_MAX_HOUSEHOLDS_PER_COMMUNE")


def _rejected(value, bound=HOUSEHOLDS) -> Rejected:
    with pytest.raises(Rejected) as info:
        whole_number(value, bound)
    return info.value


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1014, 1014), (1014.0, 1014), ("1.014", 1014), (" 10 000 ", 10_000), (0, 0)],
)
def test_whole_numbers_within_the_bound(value, expected):
    assert whole_number(value, HOUSEHOLDS) == expected


@pytest.mark.parametrize(
    "value",
    [1e308, 2**63, 2**63 - 1, 5e18, "1.000.000.000.000.000.000.000", "9" * 22, 10_001],
)
def test_numbers_above_the_bound_are_rejected_with_it(value):
    rejected = _rejected(value)
    assert rejected.key == "wb_above_bound"
    assert rejected.values["bound"] == 10_000
    assert rejected.values["setting"] == "GNBV_MAX_HOUSEHOLDS_PER_COMMUNE"


@pytest.mark.parametrize(
    ("value", "key"),
    [
        (-1e308, "wb_negative"),
        (-(2**63), "wb_negative"),
        (float("inf"), "wb_not_number"),
        (float("nan"), "wb_not_number"),
        ("1e5", "wb_not_number"),
        (12.5, "wb_not_whole"),
        (True, "wb_wrong_type"),
        (dt.datetime(2024, 1, 1), "wb_wrong_type"),
        (CellError("#DIV/0!"), "wb_wrong_type"),
        (LongText("7" * 1000, 200_000), "wb_text_too_long"),
        ("7" * 65, "wb_not_number"),  # no plausible number is that long
    ],
)
def test_values_that_are_not_whole_numbers_in_bounds(value, key):
    rejected = _rejected(value)
    assert rejected.key == key
    quoted = rejected.values.get("value")
    assert not isinstance(quoted, str) or len(quoted) <= 40


def test_decimal_numbers_for_coefficients():
    bound = Bound(100, "bound_households", "X")
    assert decimal_number("1,5", bound) == 1.5
    assert decimal_number(0.25, bound) == 0.25
    with pytest.raises(Rejected, match="wb_above_bound"):
        decimal_number(100.5, bound)
    with pytest.raises(Rejected, match="wb_negative"):
        decimal_number(-0.1, bound)


def test_texts_and_names():
    assert text(None) == ""
    assert text(2839.0) == "2839"
    assert text(" Bắc  Hà ") == "Bắc  Hà"
    assert text(LongText("abc", 5000)) == "abc"
    assert norm("  Bắc   HÀ ") == norm("bắc hà")
