"""What the allocation page shows for one set of inputs: tables, legend, maps, charts, the
comparison, and errors in the UI language (gnbv.views.allocation, gnbv.allocation_charts)."""

from __future__ import annotations

import json

import plotly.io as pio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gnbv import allocation as al
from gnbv.geo import read_boundaries, read_district_outline
from gnbv.maps.classes import SEQUENTIAL, rgb
from gnbv.maps.deck import LABEL_PX, PRESENT_LABEL_PX, fit_view, view_size
from gnbv.maps.tiles import read_tile_grid
from gnbv.views import allocation as allocation_view
from gnbv.views.allocation import build, criteria_sources, error_text, tile_height


@pytest.fixture(scope="module")
def criteria(plan_data):
    return al.criteria_table(plan_data.communes, plan_data.commune_baseline)


def test_the_view_of_the_neutral_default(criteria):
    view = build(criteria, al.NEUTRAL, 3695, lang="vi")
    assert view.error is None
    table = view.table.to_pandas()
    assert list(table.index[:2]) == ["Bắc Hà (thị trấn)", "Lùng Cải"]
    assert table.loc["Toàn huyện", "Số tiền (triệu đồng)"] == "3.695"
    assert table.loc["Cốc Ly", "Số tiền (triệu đồng)"] == "399"
    assert table.loc["Cốc Ly", "Tỷ lệ kinh phí"] == "10,8%"
    assert table.loc["Toàn huyện", "Triệu đồng / hộ nghèo"] == "0,86"
    assert view.deck is None  # no boundaries given
    assert len(view.classes.legend) == 5
    assert view.compared is None
    shares = view.share_table.to_pandas().set_index("Xã, thị trấn")
    assert shares.loc["Cốc Ly", "Tỷ lệ hộ nghèo"] == "10,8%"
    assert shares.index[0] == "Cốc Ly"  # most poor households first


def test_the_maps_read_without_colour(criteria):
    """Both maps' table (their text alternative) and the tile map's hover: each commune's
    amount and its class in words, as in the legend (quintiles of the 19 amounts)."""
    view = build(criteria, al.NEUTRAL, 3695, lang="vi")
    assert [label for _, label in view.classes.legend] == [
        "45–117",
        "117–158",
        "158–202",
        "202–264",
        "264–399",
    ]
    table = view.map_table.to_pandas().set_index("Xã, thị trấn")
    assert list(table.columns) == ["Loại đơn vị", "Số tiền (triệu đồng)", "Lớp trên bản đồ"]
    assert table.loc["Cốc Ly"].tolist() == ["xã", "399", "264–399"]
    assert table.loc["Bắc Hà"].tolist() == ["thị trấn", "45", "45–117"]
    assert len(table) == 19
    hover = " ".join(view.tiles.data[0].hovertext)
    assert "Số tiền (triệu đồng): 399 (lớp 264–399)" in hover
    english = build(criteria, al.NEUTRAL, 3695, lang="en").map_table.to_pandas()
    assert english.iloc[0].tolist() == ["Bắc Hà", "town", "45", "45–117"]


def test_the_tile_map_fills_a_phone_and_grows_when_presenting(criteria):
    # the grid has 5 columns and 6 rows, with half a tile of room on every side: a phone-wide
    # figure (358 px less 2 × 4 px of margin) is 350 × 6,2 / 5,2 = 417,3 px tall, plus margins
    assert tile_height(read_tile_grid()) == 417 + 8
    normal = build(criteria, al.NEUTRAL, 3695, lang="vi")
    big = build(criteria, al.NEUTRAL, 3695, lang="vi", present=True)
    assert normal.tiles.layout.height == 425 < big.tiles.layout.height
    assert normal.tiles.data[0].textfont.size == 12 and big.tiles.data[0].textfont.size == 18
    assert big.share_figure.layout.font.size > normal.share_figure.layout.font.size


def test_the_view_compares_two_sets_and_says_who_gains(criteria):
    other = ("Hộ cận nghèo", al.Coefficients(poor_households=0, near_poor_households=1))
    view = build(criteria, al.NEUTRAL, 3695, lang="en", other=other)
    compared = view.compared
    assert compared.error is None
    assert compared.changes["change_mvnd"].sum() == 0
    assert list(compared.table.column_names) == [
        "Commune",
        "Current coefficients",
        "Hộ cận nghèo",
        "Change (million VND)",
        "Change (%)",
    ]
    sides = compared.coefficients.to_pandas()
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


def test_the_map_of_the_amounts(criteria, boundaries_path, district_outline_path):
    layers = {
        "boundaries": read_boundaries(boundaries_path),
        "outline": read_district_outline(district_outline_path),
    }
    view = build(criteria, al.NEUTRAL, 3695, lang="vi", **layers)
    features = view.deck.layers[0].data["features"]
    props = {f["properties"]["name"]: f["properties"] for f in features}
    assert props["Cốc Ly"]["l0"] == "Số tiền (triệu đồng): 399 (lớp 264–399)"
    assert props["Cốc Ly"]["fill"][:3] == rgb(SEQUENTIAL[-1])[:3]  # the top class
    # fitted and labelled as the map page's, larger when presenting
    bounds = layers["outline"].total_bounds
    assert view.deck.initial_view_state.zoom == fit_view(bounds, *view_size())["zoom"]
    big = build(criteria, al.NEUTRAL, 3695, lang="vi", present=True, **layers).deck
    assert big.initial_view_state.zoom == fit_view(bounds, *view_size(True))["zoom"]
    sizes = [
        {layer.id: layer for layer in deck.layers}["names"].get_size for deck in (view.deck, big)
    ]
    assert sizes == [LABEL_PX, PRESENT_LABEL_PX]
    # a missing layer (its error text) gives no map, not an exception
    assert build(criteria, al.NEUTRAL, 10, lang="vi", boundaries="missing").deck is None


def test_sources_say_what_is_illustrative_and_what_is_missing():
    vi = criteria_sources("vi", illustrative=True)
    assert "MINH HỌA" in vi["poor_households"]
    assert "2009" in vi["population"]
    assert "861/QĐ-TTg" in vi["zone_iii"]
    real = criteria_sources("en", False, "review.xlsx (2026-01-01)", {"zone_iii": "z.xlsx"})
    assert real["poor_households"].endswith("review.xlsx (2026-01-01)")
    assert real["zone_iii"] == "The criteria workbook uploaded by the user: z.xlsx"


def test_the_criteria_and_rules_as_shown(plan_data, criteria):
    from gnbv.views.allocation import criteria_shown, rule_lines, rules_shown, source_lines

    shown = criteria_shown(criteria, "vi").set_index("Xã, thị trấn")
    assert shown.loc["Cốc Ly", "Tổng số hộ"] == "1.141"
    assert shown.loc["Cốc Ly", "Xã khu vực III"] == "—"  # empty, never 0
    lines = source_lines(criteria_sources("en", illustrative=True), "en")
    assert len(lines) == 4  # the four household counts share one source
    assert lines[0].startswith("**Households, Poor households, Near-poor households, Ethnic")
    rules = rules_shown(plan_data.allocation_rules, "en").set_index("Document")
    assert rules.loc["Decision 02/2022/QĐ-TTg", "Issued"] == "issued January 18, 2022"
    assert "could not be read" in rules.loc["Decision 02/2022/QĐ-TTg", "What we know"]
    # as the page writes them: one line per document (a four-column table overflows a phone)
    lines = rule_lines(plan_data.allocation_rules, "en", plan_data.citations)
    assert len(lines) == len(plan_data.allocation_rules) == 4
    assert lines[0].startswith("**Decision 02/2022/QĐ-TTg** (issued January 18, 2022). ")
    assert "could not be read" in lines[0]
    assert lines[0].endswith("*Source: Bắc Hà District People's Committee, 2022.*")


@settings(max_examples=15, deadline=None)
@given(
    weights=st.lists(st.sampled_from([0.0, 0.1, 0.5, 1.0, 2.5]), min_size=5, max_size=5),
    per_commune=st.sampled_from([0.0, 10.0]),
    lang=st.sampled_from(["vi", "en"]),
    present=st.booleans(),
)
def test_a_repainted_allocation_is_drawn_as_one_built_from_scratch(
    criteria, weights, per_commune, lang, present
):
    """The figures of a new allocation are repainted from the shapes of the criteria (no
    plotly figure built): what is sent is exactly what a figure built from scratch sends."""
    keys = ("households", "poor_households", "near_poor_households", "population", "per_xa")
    coefficients = al.Coefficients(**dict(zip(keys, weights)), per_thi_tran=per_commune)
    shapes = allocation_view.shapes(criteria, lang, present, None, None)
    fresh = build(criteria, coefficients, 3695, lang=lang, present=present)
    painted = build(criteria, coefficients, 3695, lang=lang, present=present, shapes=shapes)
    assert (fresh.error is None) == (painted.error is None)
    if fresh.error is None:
        for name in ("tiles", "share_figure"):
            spec = [
                pio.to_json(getattr(v, name).to_dict(), validate=False) for v in (fresh, painted)
            ]
            assert json.loads(spec[0]) == json.loads(spec[1])
        assert painted.table == fresh.table and painted.metrics == fresh.metrics


def test_a_repainted_map_is_the_map_built_from_scratch(
    criteria, boundaries_path, district_outline_path
):
    layer = read_boundaries(boundaries_path)
    outline = read_district_outline(district_outline_path)
    coefficients = al.Coefficients(households=0.4, per_xa=20)
    shapes = allocation_view.shapes(criteria, "en", False, layer, outline)
    fresh = build(criteria, coefficients, 72916, lang="en", boundaries=layer, outline=outline)
    painted = build(criteria, coefficients, 72916, lang="en", shapes=shapes)
    assert json.loads(painted.deck.to_json()) == json.loads(fresh.deck.to_json())


def test_the_coefficients_fold_says_the_ones_in_force():
    assert allocation_view.coefficients_label(al.NEUTRAL, "vi") == "Hệ số (điểm): Hộ nghèo 1"
    given = al.Coefficients(poor_households=2, near_poor_households=0.5, zone_iii=10)
    assert allocation_view.coefficients_label(given, "vi") == (
        "Hệ số (điểm): Hộ nghèo 2 · Hộ cận nghèo 0,5 · Xã khu vực III 10"
    )
    assert allocation_view.coefficients_label(given, "en") == (
        "Coefficients (points): Poor households 2 · Near-poor households 0.5 · Zone III commune 10"
    )
    none = al.Coefficients(poor_households=0)
    assert allocation_view.coefficients_label(none, "en") == "Coefficients (points): all 0"


def test_the_controls_fold_says_the_floor_the_cap_and_the_coefficients():
    assert allocation_view.controls_label(0, None, al.NEUTRAL, "vi") == (
        "Mức sàn 0 · mức trần không giới hạn (triệu đồng/xã) · Hệ số (điểm): Hộ nghèo 1"
    )
    assert allocation_view.controls_label(0, None, al.NEUTRAL, "en") == (
        "Floor 0 · no cap (million VND a commune) · Coefficients (points): Poor households 1"
    )
    assert allocation_view.controls_label(60, 1200, al.NEUTRAL, "en") == (
        "Floor 60 · cap 1,200 (million VND a commune) · Coefficients (points): Poor households 1"
    )
