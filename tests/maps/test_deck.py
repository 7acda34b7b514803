"""gnbv.maps.deck: the true-shape map, with no basemap and nothing to fetch."""

import json
import math

import geopandas as gpd
import pandas as pd

from gnbv.geo import join_communes, read_boundaries
from gnbv.maps.classes import (
    NO_DATA,
    SEQUENTIAL,
    classes_for,
    rgb,
)
from gnbv.maps.deck import (
    WORLD_PX,
    FrozenDeck,
    build_deck,
    communes_geojson,
    fit_view,
    label_points,
    outline_geojson,
    view_size,
)
from gnbv.maps.tiles import TILE_GRID, read_tile_grid, tile_grid_figure
from gnbv.settings import REPO_ROOT


def test_boundaries_join_and_every_commune_gets_a_colour(plan_data, table, boundaries_path):
    joined, report = join_communes(plan_data.communes, read_boundaries(boundaries_path))
    assert report.ok and len(joined) == 19
    classes = classes_for(table, "poor_rate", "vi")
    features = communes_geojson(joined, table, classes, "vi")["features"]
    assert len(features) == 19
    assert NO_DATA not in classes.colours.values()
    labels = label_points(joined, table)
    assert {label["name"] for label in labels} == set(plan_data.communes["name"])
    # Every label point lies inside its commune.
    for label, geom in zip(labels, joined.geometry):
        assert geom.contains(gpd.points_from_xy([label["position"][0]], [label["position"][1]])[0])


def test_fit_view_worked_by_hand():
    # 2° of longitude over 512 usable pixels: 512 · 2^z / 360 · 2 = 512 → z = log2(180).
    view = fit_view((-1, -0.1, 1, 0.1), width_px=560, height_px=560, pad=24)
    assert view == {"latitude": 0.0, "longitude": 0.0, "zoom": round(math.log2(180), 3)}


def test_deck_has_no_basemap_and_nothing_to_fetch(table, boxes, plan_data):
    joined, _ = join_communes(plan_data.communes, boxes)
    classes = classes_for(table, "poor_rate", "vi")
    deck = build_deck(
        communes_geojson(joined, table, classes, "vi"),
        label_points(joined, table),
        outline_geojson(gpd.GeoDataFrame(geometry=[joined.union_all()], crs=4326)),
        fit_view(joined.total_bounds),
    )
    spec = json.loads(deck.to_json())
    assert "mapProvider" not in spec  # map_provider=None
    assert spec["mapStyle"] == "__MAP_STYLE__"  # pydeck's "not set": no style to fetch
    text = deck.to_json()
    assert "http" not in text and "mapbox" not in text.lower() and "carto" not in text.lower()
    layers = {layer["id"]: layer for layer in spec["layers"]}
    assert set(layers) == {"communes", "district", "names"}
    assert layers["names"]["characterSet"] == "auto"  # Vietnamese letters in the atlas
    features = layers["communes"]["data"]["features"]
    assert len(features) == 19
    props = {f["properties"]["code"]: f["properties"] for f in features}
    assert props["02842"]["fill"][:3] == rgb(SEQUENTIAL[-1])[:3]
    assert props["02842"]["l0"] == "Tỷ lệ hộ nghèo 2023: 65,8% (356 hộ)"
    assert props["02839"]["unit"] == "thị trấn"
    assert deck._tooltip["html"].startswith("<b>{name}</b> · {unit}<br/>{l0}")


def test_nothing_derived_from_boundaries_is_in_the_repo():
    repo = REPO_ROOT
    geo_files = [
        p
        for p in repo.rglob("*")
        if p.suffix.lower() in {".geojson", ".shp", ".topojson", ".gpkg"} and ".venv" not in p.parts
    ]
    assert geo_files == []
    assert pd.read_csv(TILE_GRID, dtype=str).columns.tolist() == ["code", "row", "col"]


def test_the_view_fits_the_district_on_a_phone(boundaries_path):
    """The true-shape map's zoom is absolute: fitted to a phone's map width (358 px), the whole
    district shows there and on every wider screen."""
    west, south, east, north = read_boundaries(boundaries_path).total_bounds
    width, height = view_size()
    view = fit_view((west, south, east, north), width, height)
    scale = WORLD_PX * 2 ** view["zoom"] / 360  # px per degree of longitude
    assert (east - west) * scale <= width - 2 * 24 + 0.5

    def merc(lat):
        return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))

    assert (merc(north) - merc(south)) * scale <= height - 2 * 24 + 0.5
    assert view_size(True)[1] > height  # larger when presenting


def test_presentation_view_has_larger_map_text(table, boxes, plan_data):
    joined, _ = join_communes(plan_data.communes, boxes)
    classes = classes_for(table, "poor_rate", "vi")
    spec = {}
    for present in (False, True):
        deck = build_deck(
            communes_geojson(joined, table, classes, "vi", metric="poor_rate"),
            label_points(joined, table, present),
            None,
            fit_view(joined.total_bounds, *view_size(present)),
            present,
        )
        spec[present] = {layer["id"]: layer for layer in json.loads(deck.to_json())["layers"]}
    assert spec[False]["names"]["getSize"] == 12 and spec[True]["names"]["getSize"] == 18
    grid = read_tile_grid()
    small = tile_grid_figure(grid, table, classes, "vi", height=380)
    big = tile_grid_figure(grid, table, classes, "vi", height=380, present=True)
    assert small.data[0].textfont.size == 12 and big.data[0].textfont.size == 18
    assert big.layout.height > small.layout.height
    # names on lines short enough for a phone's tile
    assert all(len(line) <= 8 for text in small.data[0].text for line in text.split("<br>"))


def test_frozen_deck_writes_the_same_spec_once_and_compact(plan_data):
    args = (
        {"type": "FeatureCollection", "features": []},
        [{"position": [104.3, 22.5], "name": "Bắc Hà", "offset": [0, 0]}],
        None,
        {"latitude": 22.5, "longitude": 104.3, "zoom": 9},
    )
    deck = build_deck(*args)
    frozen = build_deck(*args, deck=FrozenDeck)
    assert json.loads(frozen.to_json()) == json.loads(deck.to_json())
    assert "\n" not in frozen.to_json() and len(frozen.to_json()) < len(deck.to_json())
    assert frozen.to_json() is frozen.to_json()
