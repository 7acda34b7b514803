"""gnbv.views.map: the Map page's view (real values from data/); every chart's table is built
with its view."""

import json

from gnbv.views import common
from gnbv.views import home as home_view
from gnbv.views import map as map_view


def test_map_table_and_years(map_table):
    assert map_table.scenario.years[0] == map_table.scenario.result.baseline_year
    assert map_table.scenario.years[-1] == map_table.year
    assert len(map_table.table) == 19
    assert len(map_table.classes.colours) == 19


def test_map_deck_from_the_boundaries_or_its_reason(map_table, plan_data, boundaries_path):
    from gnbv.geo import read_boundaries

    missing = map_view.map_deck(map_table, plan_data.communes, "file not found", "x", "en", False)
    assert missing.deck is None and missing.boundary_error == "file not found"
    deck = map_view.map_deck(
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
    panel = map_view.commune_panel(scenario, rows, year, code, "en", False)
    name = plan_data.communes["name"].iloc[0]
    assert panel.heading.startswith(f"{name} · ")
    assert len(panel.metrics) == 4 and panel.metrics[0].value.endswith("%")
    assert panel.targets.num_rows == 3  # poor, near-poor, ethnic-minority poor
    assert isinstance(panel.trajectory, common.FrozenFigure)


def test_map_tiles_outline_the_selected_commune(map_table):
    code = map_table.table["code"].iloc[0]
    shapes = map_view.map_tiles(map_table, "en", 400, code, False).to_dict()["layout"]["shapes"]
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
    panel = map_view.commune_panel(scenario, rows, year, code, "en", False)
    assert panel.trajectory_table.num_rows == len(scenario.years)
    home = home_view.home(plan_data, plan_data.commune_baseline, "vi", False)
    assert home.tiles.table.num_rows == 19
