"""The communes' baseline figures, and box-shaped boundaries of the 19 communes."""

import geopandas as gpd
import pytest
from shapely.geometry import box

from gnbv.maps.tables import baseline_table
from gnbv.maps.tiles import read_tile_grid


@pytest.fixture(scope="module")
def table(plan_data):
    return baseline_table(plan_data.communes, plan_data.commune_baseline)


@pytest.fixture(scope="module")
def boxes(plan_data):
    """Made-up square 'communes' (in memory only), one per code, laid out on the tile grid:
    enough geometry to build a deck without the third-party boundary file."""
    grid = read_tile_grid().set_index("code")
    geoms = [
        box(104.2 + 0.05 * c, 22.6 - 0.05 * r, 104.24 + 0.05 * c, 22.64 - 0.05 * r)
        for r, c in zip(grid["row"], grid["col"])
    ]
    return gpd.GeoDataFrame({"code": grid.index}, geometry=geoms, crs=4326)
