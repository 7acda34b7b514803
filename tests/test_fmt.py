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
