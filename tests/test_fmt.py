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
