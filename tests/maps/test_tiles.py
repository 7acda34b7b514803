"""gnbv.maps.tiles: the equal-area tile grid."""

from gnbv.geo import join_communes
from gnbv.maps.classes import (
    SEQUENTIAL,
    classes_for,
)
from gnbv.maps.tiles import read_tile_grid, tile_grid_figure


def test_one_sided_codes_are_reported_and_grey_in_the_tile_grid(plan_data, table, boxes):
    broken = boxes[boxes["code"] != "02872"].copy()
    broken.loc[broken.index[0], "code"] = "99999"
    joined, report = join_communes(plan_data.communes, broken)
    assert report.only_in_boundaries == ("99999",)
    assert "02872" in report.only_in_data
    assert len(joined) == 17


def test_tile_grid_covers_exactly_the_19_codes_once(plan_data):
    grid = read_tile_grid()
    assert sorted(grid["code"]) == sorted(plan_data.communes["code"])
    assert len(grid) == 19
    assert not grid.duplicated(["row", "col"]).any()


def test_tile_grid_figure_has_every_commune_with_its_colour(table):
    classes = classes_for(table, "poor_rate", "en")
    fig = tile_grid_figure(read_tile_grid(), table, classes, "en")
    assert len(fig.layout.shapes) == 19
    fills = {shape.fillcolor for shape in fig.layout.shapes}
    assert fills <= set(SEQUENTIAL)
    hover = " ".join(fig.data[0].hovertext)
    assert "Lùng Cải</b> · commune" in hover and "Poor rate 2023: 65.8%" in hover
    assert "Bắc Hà</b> · town" in hover
