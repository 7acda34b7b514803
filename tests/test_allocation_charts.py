"""The allocation page's figures (gnbv.allocation_charts): dressed by gnbv.chart_style for the
view, room for the labels beside the bars, and the maps' lines with the class in words."""

from __future__ import annotations

import pytest

from gnbv import allocation as al
from gnbv import allocation_charts as charts
from gnbv import chart_style
from gnbv.maps.classes import amount_classes
from tests.test_allocation import HAND, HAND_COEFFICIENTS


@pytest.fixture(scope="module")
def result(plan_data):
    criteria = al.criteria_table(plan_data.communes, plan_data.commune_baseline)
    return al.allocate(criteria, al.NEUTRAL, 3695)


def _sizes(fig) -> list[float]:
    """Every font size the figure sets (its template aside): layout, axes, legend, hover
    labels, title, bar texts."""
    spec = fig.to_plotly_json()
    spec["layout"].pop("template", None)
    return _font_sizes(spec)


def _font_sizes(node, in_font: bool = False) -> list[float]:
    if isinstance(node, dict):
        found = [node["size"]] if in_font and isinstance(node.get("size"), int | float) else []
        for key, value in node.items():
            found += _font_sizes(value, key.endswith("font"))
        return found
    if isinstance(node, list | tuple):
        return [size for item in node for size in _font_sizes(item, in_font)]
    return []


def test_amount_lines_mark_a_bound_and_read_the_class_in_words():
    # 1.000 million by hand (tests/test_allocation.py): A 500 → capped at 450
    table = al.allocate(HAND, HAND_COEFFICIENTS, 1000, caps=[450] * 3).table
    lines = charts.amount_lines(table.iloc[0], "en")
    assert lines[0] == "Amount (million VND): 450"
    assert lines[-1] == "▲ at its cap"
    classes = amount_classes(table, "amount_mvnd", "en")
    by_code = table.set_index("code")  # as the maps give a row: its code is its name
    for row in (table.iloc[0], by_code.loc["001"]):
        line = charts.amount_lines(row, "en", classes=classes)[0]
        assert line == f"Amount (million VND): 450 (class {classes.labels['001']})"
    assert classes.labels["001"].endswith("–450")  # the top class


@pytest.mark.parametrize("present", [False, True])
def test_the_shares_figure_is_dressed_for_the_view(result, present):
    fig = charts.share_figure(result.table, "vi", present)
    assert [trace.name for trace in fig.data] == ["Tỷ lệ hộ nghèo", "Tỷ lệ kinh phí"]
    assert list(fig.data[0].y)[-1] == "Cốc Ly"  # the most poor households at the top
    assert fig.layout.separators == ",."
    sizes = _sizes(fig)
    assert len(sizes) >= 8 and min(sizes) >= chart_style.min_px(present), sizes
    assert fig.layout.legend.y > 1  # above the plot, never over an axis
    assert fig.layout.legend.traceorder == "reversed"  # as the bars: funds above poor
    # room beside the longest bar (Cốc Ly, 10,8 %) for its label
    assert fig.layout.xaxis.range[1] == pytest.approx(1.3 * result.table["share_pct"].max())
    assert fig.layout.height == chart_style.scaled(2 * 19 * charts.ROW_PX + 110, present)


def test_the_compare_figure_has_room_on_both_sides(result, plan_data):
    criteria = al.criteria_table(plan_data.communes, plan_data.commune_baseline)
    other = al.allocate(criteria, al.Coefficients(poor_households=0, households=1), 3695)
    changes = al.compare(result, other)
    long_name = "Một bộ hệ số có tên rất dài để thử xuống dòng trên điện thoại"
    fig = charts.compare_figure(changes, "Hệ số hiện tại", long_name, "vi", present=True)
    low, high = changes["change_mvnd"].min(), changes["change_mvnd"].max()
    assert low < 0 < high
    span = high - low
    assert fig.layout.xaxis.range == pytest.approx((low - 0.3 * span, high + 0.3 * span))
    assert min(_sizes(fig)) >= chart_style.PRESENT_MIN_PX
    assert "<br>" in fig.layout.xaxis.title.text  # the long name wraps
    assert list(fig.data[0].y)[-1] == changes["name"].iloc[0]  # the largest gain at the top
    assert fig.data[0].text[-1].startswith("+")
