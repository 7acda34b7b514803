"""What the allocation page shows for one set of inputs: tables, legend, maps, charts, the
comparison, and errors in the UI language (gnbv.allocation_view, gnbv.allocation_charts)."""

from __future__ import annotations

import pytest

from gnbv import allocation as al
from gnbv import allocation_charts as charts
from gnbv import maps
from gnbv.allocation_view import build, criteria_sources, error_text
from gnbv.geo import read_boundaries, read_district_outline
from tests.test_allocation import HAND, HAND_COEFFICIENTS


@pytest.fixture(scope="module")
def criteria(plan_data):
    return al.criteria_table(plan_data.communes, plan_data.commune_baseline)


def test_the_view_of_the_neutral_default(criteria):
    view = build(criteria, al.NEUTRAL, 3695, lang="vi")
    assert view.error is None
    table = view.table.set_index("Xã, thị trấn")
    assert list(table.index[:2]) == ["Bắc Hà (thị trấn)", "Lùng Cải"]
    assert table.loc["Toàn huyện", "Số tiền (triệu đồng)"] == "3.695"
    assert table.loc["Cốc Ly", "Số tiền (triệu đồng)"] == "399"
    assert table.loc["Cốc Ly", "Tỷ lệ kinh phí"] == "10,8%"
    assert table.loc["Toàn huyện", "Triệu đồng / hộ nghèo"] == "0,86"
    assert view.deck is None  # no boundaries given
    assert len(view.classes.legend) == 5
    assert view.compared is None
    shares = view.share_table.set_index("Xã, thị trấn")
    assert shares.loc["Cốc Ly", "Tỷ lệ hộ nghèo"] == "10,8%"
    assert shares.index[0] == "Cốc Ly"  # most poor households first


def test_the_view_compares_two_sets_and_says_who_gains(criteria):
    other = ("Hộ cận nghèo", al.Coefficients(poor_households=0, near_poor_households=1))
    view = build(criteria, al.NEUTRAL, 3695, lang="en", other=other)
    compared = view.compared
    assert compared.error is None
    assert compared.changes["change_mvnd"].sum() == 0
    assert list(compared.table.columns) == [
        "Commune",
        "Current coefficients",
        "Hộ cận nghèo",
        "Change (million VND)",
        "Change (%)",
    ]
    sides = compared.coefficients.set_index("Criterion")
    assert sides.loc["Poor households", "Current coefficients"] == "1 points / household"
    assert sides.loc["Poor households", "Hộ cận nghèo"] == "0 points / household"
    assert compared.figure.data[0].orientation == "h"


def test_a_comparison_that_cannot_be_allocated_is_explained(criteria):
    view = build(criteria, al.NEUTRAL, 3695, lang="vi", other=("Z", al.Coefficients(zone_iii=5)))
    assert view.error is None
    assert "Xã khu vực III" in view.compared.error


def test_errors_in_the_ui_language(criteria):
    view = build(criteria, al.NEUTRAL, 3695, [1000] * 19, lang="vi")
    assert view.result is None
    assert view.error.startswith("Tổng các mức sàn (19.000 triệu đồng) lớn hơn kinh phí")
    exc = al.AllocationError("caps_short", "x", caps=10, funds=20)
    assert error_text(exc, "en").startswith("The caps add up to VND 10 million")


def test_the_map_of_the_amounts(criteria, boundaries_path):
    if not boundaries_path.exists():
        pytest.skip("no boundaries")
    view = build(
        criteria,
        al.NEUTRAL,
        3695,
        lang="vi",
        boundaries=read_boundaries(boundaries_path),
        outline=read_district_outline(boundaries_path.with_name("bac_ha_district_2022.geojson")),
    )
    features = view.deck.layers[0].data["features"]
    props = {f["properties"]["name"]: f["properties"] for f in features}
    assert props["Cốc Ly"]["l0"] == "Số tiền (triệu đồng): 399 triệu đồng"
    assert props["Cốc Ly"]["fill"][:3] == maps.rgb(maps.SEQUENTIAL[-1])[:3]  # the top class
    # a missing layer (its error text) gives no map, not an exception
    assert build(criteria, al.NEUTRAL, 10, lang="vi", boundaries="missing").deck is None


def test_amount_lines_mark_a_bound():
    result = al.allocate(HAND, HAND_COEFFICIENTS, 1000, caps=[450] * 3)
    row = result.table.iloc[0]
    lines = charts.amount_lines(row, "en")
    assert lines[0] == "Amount (million VND): VND 450 million"
    assert lines[-1] == "▲ at its cap"


def test_amount_classes_have_whole_breaks():
    result = al.allocate(HAND, HAND_COEFFICIENTS, 1000)
    classes = maps.amount_classes(result.table, "amount_mvnd", "vi")
    assert all(b == int(b) for b in classes.breaks)
    assert classes.breaks[0] == 204 and classes.breaks[-1] == 500
    assert len(set(classes.colours.values())) == 3


def test_sources_say_what_is_illustrative_and_what_is_missing():
    vi = criteria_sources("vi", illustrative=True)
    assert "MINH HỌA" in vi["poor_households"]
    assert "2009" in vi["population"]
    assert "861/QĐ-TTg" in vi["zone_iii"]
    real = criteria_sources("en", False, "review.xlsx (2026-01-01)", {"zone_iii": "z.xlsx"})
    assert real["poor_households"].endswith("review.xlsx (2026-01-01)")
    assert real["zone_iii"] == "The criteria workbook uploaded by the user: z.xlsx"


def test_the_shares_figure(criteria):
    result = al.allocate(criteria, al.NEUTRAL, 3695)
    fig = charts.share_figure(result.table, "vi")
    assert [trace.name for trace in fig.data] == ["Tỷ lệ hộ nghèo", "Tỷ lệ kinh phí"]
    assert list(fig.data[0].y)[-1] == "Cốc Ly"  # the most poor households at the top
    assert fig.layout.separators == ",."


def test_the_criteria_and_rules_as_shown(plan_data, criteria):
    from gnbv.allocation_view import criteria_shown, rules_shown, source_lines

    shown = criteria_shown(criteria, "vi").set_index("Xã, thị trấn")
    assert shown.loc["Cốc Ly", "Tổng số hộ"] == "1.141"
    assert shown.loc["Cốc Ly", "Xã khu vực III"] == "—"  # empty, never 0
    lines = source_lines(criteria_sources("en", illustrative=True), "en")
    assert len(lines) == 4  # the four household counts share one source
    assert lines[0].startswith("**Households, Poor households, Near-poor households, Ethnic")
    rules = rules_shown(plan_data.allocation_rules, "en").set_index("Document")
    assert rules.loc["Decision 02/2022/QĐ-TTg", "Issued"] == "issued January 18, 2022"
    assert "could not be read" in rules.loc["Decision 02/2022/QĐ-TTg", "What we know"]
