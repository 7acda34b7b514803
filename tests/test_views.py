"""gnbv.views: what each page shows, built once from its inputs (real values from data/)."""

import json

import plotly.io as pio
import pytest

from gnbv import charts, funding, maps, views


@pytest.fixture(scope="module")
def funding_vi(plan_data):
    return views.funding_page(plan_data.projects, plan_data, "vi", present=False)


def test_frozen_figure_serialises_like_the_figure_it_froze(plan_data):
    figure = charts.capital_type_bars(funding.by_capital_type(plan_data.projects), "vi")
    expected = figure.to_dict()
    assert "template" in expected["layout"]
    del expected["layout"]["template"]  # Streamlit's theme brings its own
    frozen = views.freeze(figure)
    assert frozen is figure and isinstance(frozen, views.FrozenFigure)  # in place, no copy
    assert frozen.to_dict() == expected
    assert pio.to_json(frozen.to_dict()) == pio.to_json(expected)  # what st.plotly_chart sends
    assert frozen.to_dict() is frozen.to_dict()  # made once
    assert views.freeze(frozen) is frozen


def test_a_figures_own_template_is_kept():
    import plotly.graph_objects as go

    figure = go.Figure(layout={"template": "plotly_dark"})
    assert views.freeze(figure).to_dict()["layout"]["template"]["layout"]["paper_bgcolor"]


def test_frozen_deck_writes_the_same_spec_once_and_compact(plan_data):
    args = (
        {"type": "FeatureCollection", "features": []},
        [{"position": [104.3, 22.5], "name": "Bắc Hà", "offset": [0, 0]}],
        None,
        {"latitude": 22.5, "longitude": 104.3, "zoom": 9},
    )
    deck = maps.build_deck(*args)
    frozen = maps.build_deck(*args, deck=maps.FrozenDeck)
    assert json.loads(frozen.to_json()) == json.loads(deck.to_json())
    assert "\n" not in frozen.to_json() and len(frozen.to_json()) < len(deck.to_json())
    assert frozen.to_json() is frozen.to_json()


def test_arrow_table_has_no_index(plan_data):
    table = views.arrow(plan_data.communes[["code", "name"]].iloc[3:6])
    assert table.column_names == ["code", "name"]
    assert table.num_rows == 3


def test_home_carries_the_plans_figures(plan_data):
    home = views.home(plan_data, plan_data.commune_baseline, "vi", False)
    assert [m.value for m in home.amounts] == [
        "81.689 triệu đồng",
        "70.852 triệu đồng",
        "10.837 triệu đồng",
    ]
    assert home.communes.value == "19"
    assert [m.value for m in home.targets] == ["7 điểm %", "10 điểm %", "0,9 điểm %", "7,6 điểm %"]
    # as the plan writes each: "từ 7%/năm trở lên", but the near-poor "bình quân 0,9%"
    assert [m.caption for m in home.targets] == ["mỗi năm, tối thiểu"] * 2 + [
        "bình quân mỗi năm",
        "mỗi năm, tối thiểu",
    ]
    assert [m.value for m in home.actuals] == ["42,96%", "33,80%", "28,13%"]
    assert home.actuals[0].caption.startswith("suy ra, không công bố")
    assert len(home.tiles.classes.colours) == 19
    assert isinstance(home.tiles.figure, views.FrozenFigure)


def test_home_in_english(plan_data):
    home = views.home(plan_data, plan_data.commune_baseline, "en", False)
    assert home.amounts[0].value == "VND 81,689 million"
    assert [m.value for m in home.targets] == ["7 pp", "10 pp", "0.9 pp", "7.6 pp"]
    assert home.actuals[0].caption.startswith("derived, not published")


def test_funding_headline_and_capital_split(funding_vi):
    assert funding_vi.total == 81689
    assert funding_vi.total_text == "81.689 triệu đồng"
    assert [(m.value, m.caption) for m in funding_vi.capital] == [
        ("70.852 triệu đồng", "86,7% tổng số"),
        ("10.837 triệu đồng", "13,3% tổng số"),
    ]
    assert not funding_vi.all_allocated


def test_funding_bars_by_amount_and_share(funding_vi):
    amount = funding_vi.project_bars["amount"].to_dict()["data"][0]
    share = funding_vi.project_bars["share"].to_dict()["data"][0]
    assert amount["x"] == [72916, 3695, 1598, 2385, 88, 1007]
    assert round(sum(share["x"]), 6) == 100


def test_funding_details_of_an_unallocated_and_a_split_project(plan_data):
    view = views.funding_page(plan_data.projects, plan_data, "en", present=False)
    da5, da4 = view.details["DA5"], view.details["DA4"]
    assert not da5.allocated and da5.amounts == []
    assert da5.lead == "Office of Economy and Infrastructure"
    assert da4.allocated
    assert [m.value for m in da4.amounts][2] == "VND 2,385 million"
    assert "Sub-project 1: Vocational education" in " ".join(da4.sub_projects)
    assert "Vocational and Continuing Education Centre" in da4.coordinating
    assert list(view.project_labels)[:2] == ["DA1", "DA2"]


def test_funding_tables_shown_are_the_exported_ones_in_words(funding_vi, plan_data):
    assert list(funding_vi.tables) == list(
        funding.shown_tables(plan_data.projects, plan_data.body_name, "vi")
    )
    projects = funding_vi.shown[0]
    frame = projects.table.to_pandas()
    assert frame["Tổng (triệu đồng)"].iloc[-1] == "81.689"
    assert "Tổng (triệu đồng)" in projects.numeric
    assert projects.headers["Tổng (triệu đồng)"] != "Tổng (triệu đồng)"  # the short header
    exported = funding_vi.tables[projects.name]
    assert exported["Tổng (triệu đồng)"].iloc[-1] == 81689  # numbers, not text


def test_targets_cards_matrix_and_tasks(plan_data):
    view = views.targets_page(plan_data.projects, plan_data, "vi")
    assert [c.value_text for c in view.targets] == [
        "≥ 7 điểm %/năm",
        "≥ 10 điểm %/năm",
        "bình quân 0,9 điểm %/năm",  # as the plan writes it (issue 10)
        "≥ 7,6 điểm %/năm",
    ]
    badges = view.targets[0].badges_html  # the published falls of 2023 (met) and 2024 (short)
    assert "Năm 2023: giảm 9,16 điểm % (đạt" in badges
    assert "Năm 2024: giảm 5,67 điểm % (chưa đạt" in badges
    assert [bool(c.badges_html) for c in view.targets] == [True, False, False, False]
    matrix = view.matrix.to_pandas()
    assert len(matrix) == 12  # 10 bodies of section 6 + 2 named only in section 4
    assert list(matrix["Dự án 5"])[2] == "● Chủ trì"
    assert view.ubnd_coordinates_all
    assert len(view.bodies) == 10
    assert [level for level, _ in view.legal_bases] == ["central", "province", "district"]


def test_data_page_previews_in_english(plan_data):
    from datetime import datetime

    view = views.data_page(
        plan_data,
        plan_data.commune_baseline,
        True,
        plan_data.projects,
        datetime(2026, 1, 1, 8, 0),
        {},
        "en",
    )
    assert view.funding_totals == {
        "investment": "VND 70,852 million",
        "recurrent": "VND 10,837 million",
        "total": "VND 81,689 million",
    }
    assert view.baseline_preview.num_rows == 19
    assert view.projects_preview.num_rows == len(plan_data.projects)
    assert view.catalogue.num_rows == len(view.datasets)


@pytest.fixture(scope="module")
def map_table(plan_data):
    from gnbv import cache
    from gnbv.url_state import DEFAULTS

    scenario = cache.map_scenario(plan_data.versioned("commune_baseline"), DEFAULTS)
    year = scenario.result.horizon
    base = maps.baseline_table(plan_data.communes, plan_data.commune_baseline)
    rows = views.map_rows(base, scenario, year)
    return views.map_table(scenario, rows, "poor_rate", year, "fixed", "en")


def test_map_table_and_years(map_table):
    assert map_table.scenario.years[0] == map_table.scenario.result.baseline_year
    assert map_table.scenario.years[-1] == map_table.year
    assert len(map_table.table) == 19
    assert len(map_table.classes.colours) == 19


def test_map_deck_from_the_boundaries_or_its_reason(map_table, plan_data, boundaries_path):
    from gnbv.geo import read_boundaries

    missing = views.map_deck(map_table, plan_data.communes, "file not found", "x", "en", False)
    assert missing.deck is None and missing.boundary_error == "file not found"
    if not boundaries_path.exists():
        pytest.skip("boundary file not found")
    deck = views.map_deck(
        map_table, plan_data.communes, read_boundaries(boundaries_path), "no outline", "en", False
    )
    spec = json.loads(deck.deck.to_json())
    communes = next(layer for layer in spec["layers"] if layer["id"] == "communes")
    assert len(communes["data"]["features"]) == 19
    assert deck.outline_error == "no outline"
    assert deck.only_in_data == () and deck.only_in_boundaries == ()


def test_commune_panel(map_table, plan_data):
    code = str(plan_data.communes["code"].iloc[0])
    scenario, rows, year = map_table.scenario, map_table.table, map_table.year
    panel = views.commune_panel(scenario, rows, year, code, "en", False)
    name = plan_data.communes["name"].iloc[0]
    assert panel.heading.startswith(f"{name} · ")
    assert len(panel.metrics) == 4 and panel.metrics[0].value.endswith("%")
    assert panel.targets.num_rows == 3  # poor, near-poor, ethnic-minority poor
    assert isinstance(panel.trajectory, views.FrozenFigure)


def test_map_tiles_outline_the_selected_commune(map_table):
    code = map_table.table["code"].iloc[0]
    shapes = views.map_tiles(map_table, "en", 400, code, False).to_dict()["layout"]["shapes"]
    assert sum(s["line"]["width"] == 3 for s in shapes) == 1
    assert len(shapes) == 19


def test_text_alternatives_are_built_with_the_views(plan_data, funding_vi, map_table):
    """Every chart's table (its text alternative) is in the view, built once with it."""
    assert funding_vi.treemap_table.num_rows > 0
    assert funding_vi.shown_table("Theo dự án").num_rows == funding_vi.shown[0].table.num_rows
    alternative = map_table.alternative.to_pandas()
    assert len(alternative) == 19
    assert alternative.iloc[:, 2].str.endswith("%").all()  # poor rates, as on screen
    code = map_table.table["code"].iloc[0]
    scenario, rows, year = map_table.scenario, map_table.table, map_table.year
    panel = views.commune_panel(scenario, rows, year, code, "en", False)
    assert panel.trajectory_table.num_rows == len(scenario.years)
    home = views.home(plan_data, plan_data.commune_baseline, "vi", False)
    assert home.tiles.table.num_rows == 19
