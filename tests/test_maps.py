import json
import math

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from gnbv import maps
from gnbv.geo import join_communes, read_boundaries
from gnbv.scenario import ScenarioParams, project


@pytest.fixture(scope="module")
def table(plan_data):
    return maps.baseline_table(plan_data.communes, plan_data.commune_baseline)


@pytest.fixture(scope="module")
def boxes(plan_data):
    """Made-up square 'communes' (in memory only), one per code, laid out on the tile grid:
    enough geometry to build a deck without the third-party boundary file."""
    grid = maps.read_tile_grid().set_index("code")
    geoms = [
        box(104.2 + 0.05 * c, 22.6 - 0.05 * r, 104.24 + 0.05 * c, 22.64 - 0.05 * r)
        for r, c in zip(grid["row"], grid["col"])
    ]
    return gpd.GeoDataFrame({"code": grid.index}, geometry=geoms, crs=4326)


# --- join ----------------------------------------------------------------------------------


def test_boundaries_join_and_every_commune_gets_a_colour(plan_data, table, boundaries_path):
    joined, report = join_communes(plan_data.communes, read_boundaries(boundaries_path))
    assert report.ok and len(joined) == 19
    classes = maps.classes_for(table, "poor_rate", "vi")
    features = maps.communes_geojson(joined, table, classes, "vi")["features"]
    assert len(features) == 19
    assert maps.NO_DATA not in classes.colours.values()
    labels = maps.label_points(joined, table)
    assert {label["name"] for label in labels} == set(plan_data.communes["name"])
    # Every label point lies inside its commune.
    for label, geom in zip(labels, joined.geometry):
        assert geom.contains(gpd.points_from_xy([label["position"][0]], [label["position"][1]])[0])


def test_one_sided_codes_are_reported_and_grey_in_the_tile_grid(plan_data, table, boxes):
    broken = boxes[boxes["code"] != "02872"].copy()
    broken.loc[broken.index[0], "code"] = "99999"
    joined, report = join_communes(plan_data.communes, broken)
    assert report.only_in_boundaries == ("99999",)
    assert "02872" in report.only_in_data
    assert len(joined) == 17


# --- classing ------------------------------------------------------------------------------


def test_quantile_breaks_worked_by_hand():
    # numpy's linear quantiles of 1..10 at 0, .2, .4, .6, .8, 1: 1 + 9 * q.
    assert maps.quantile_breaks(range(1, 11), 5) == [1.0, 2.8, 4.6, 6.4, 8.2, 10.0]
    # Ties collapse: six equal values and one other give two breaks, one class.
    assert maps.quantile_breaks([5, 5, 5, 5, 5, 5, 9], 5) == [5.0, 9.0]
    assert maps.quantile_breaks([3, 3, 3], 5) == [3.0, 3.0]
    assert maps.quantile_breaks([math.nan, None], 5) == []


def test_classify_lower_bound_included_top_class_closed():
    breaks = [1.0, 2.8, 4.6, 6.4, 8.2, 10.0]
    assert maps.classify([1, 2.79, 2.8, 4.6, 10, 0.5, math.nan, None], breaks) == [
        0,
        0,
        1,
        2,
        4,
        0,
        None,
        None,
    ]
    fixed = maps.class_breaks("poor_rate", [], "fixed")
    assert fixed == [0, 10, 20, 30, 40, math.inf]
    assert maps.classify([0, 9.99, 10, 39.9, 40, 65.8], fixed) == [0, 0, 1, 3, 4, 4]


def test_real_baseline_rates_and_classes(table):
    rows = table.set_index("code")
    # Town: 52 poor of 1 014 households = 5,13 %; Lùng Cải: 356 / 541 = 65,80 %.
    assert rows.loc["02839", "poor_rate"] == pytest.approx(5.128, abs=1e-3)
    assert rows.loc["02842", "poor_rate"] == pytest.approx(65.804, abs=1e-3)
    assert rows.loc["02842", "near_poor_rate"] == pytest.approx(120 / 541 * 100)
    classes = maps.classes_for(table, "poor_rate", "vi")
    assert classes.colours["02839"] == maps.SEQUENTIAL[0]
    assert classes.colours["02842"] == maps.SEQUENTIAL[-1]


def test_labels_carry_units_in_the_ui_language():
    fixed = [0, 10, 20, 30, 40, math.inf]
    assert maps.class_labels(fixed, "percent", "vi") == [
        "0–10%",
        "10–20%",
        "20–30%",
        "30–40%",
        "≥ 40%",
    ]
    assert maps.class_labels([1.0, 2.8, 4.6], "percent", "vi", 1) == ["1,0–2,8%", "2,8–4,6%"]
    assert maps.class_labels([1.0, 2.8, 4.6], "percent", "en", 1) == ["1.0–2.8%", "2.8–4.6%"]
    assert maps.class_labels([0, 1000, math.inf], "households", "vi") == [
        "0–1.000 hộ",
        "≥ 1.000 hộ",
    ]
    assert maps.class_labels([0, 1000, math.inf], "households", "en") == [
        "0–1,000 households",
        "≥ 1,000 households",
    ]


def test_missing_values_are_grey_with_a_no_data_row(table):
    t = table.copy()
    t.loc[t["code"] == "02872", "poor_rate"] = math.nan
    classes = maps.classes_for(t, "poor_rate", "en")
    assert classes.colours["02872"] == maps.NO_DATA
    assert classes.legend[-1] == (maps.NO_DATA, "No data")


def test_palette_is_sequential_light_to_dark():
    lum = [maps.is_dark(c) for c in maps.SEQUENTIAL]
    assert lum == [False, False, False, True, True]
    assert maps.sequential_colours(5) == list(maps.SEQUENTIAL)
    assert maps.sequential_colours(2) == [maps.SEQUENTIAL[0], maps.SEQUENTIAL[-1]]


# --- scenario metrics ----------------------------------------------------------------------


def test_scenario_metrics_worked_by_hand(plan_data, table):
    base = plan_data.commune_baseline
    params = ScenarioParams()
    result, target = project(base, params), project(base, params.targets())
    s = maps.scenario_table(table, result, target, 2025).set_index("code")
    # Lùng Cải is a poor commune: 65,80 % - 2 × 10 points = 45,80 % in 2025; on the target
    # path 20 points × 541 households / 100 = 108,2 households leave poverty.
    assert s.loc["02842", "projected_poor_rate"] == pytest.approx(356 / 541 * 100 - 20)
    assert s.loc["02842", "households_to_lift"] == pytest.approx(108.2)
    # The town (5,13 %) reaches 0 in 2024: all its 52 poor households.
    assert s.loc["02839", "households_to_lift"] == pytest.approx(52)
    assert set(s["target_status"]) == {"met"}  # the scenario is the plan itself

    slower = ScenarioParams(district_rate=5.0)
    s = maps.scenario_table(
        table, project(base, slower), project(base, slower.targets()), 2025
    ).set_index("code")
    # Bản Phố (not a poor commune, 17,88 %) falls 10 points instead of 14: short.
    assert s.loc["02866", "target_status"] == "short"
    assert s.loc["02839", "target_status"] == "met"  # reaches 0 either way
    classes = maps.classes_for(s.reset_index(), "target_status", "vi")
    assert [label for _, label in classes.legend] == ["Đạt", "Chưa đạt"]


# --- tile grid -----------------------------------------------------------------------------


def test_tile_grid_covers_exactly_the_19_codes_once(plan_data):
    grid = maps.read_tile_grid()
    assert sorted(grid["code"]) == sorted(plan_data.communes["code"])
    assert len(grid) == 19
    assert not grid.duplicated(["row", "col"]).any()


def test_tile_grid_figure_has_every_commune_with_its_colour(table):
    classes = maps.classes_for(table, "poor_rate", "en")
    fig = maps.tile_grid_figure(maps.read_tile_grid(), table, classes, "en")
    assert len(fig.layout.shapes) == 19
    fills = {shape.fillcolor for shape in fig.layout.shapes}
    assert fills <= set(maps.SEQUENTIAL)
    hover = " ".join(fig.data[0].hovertext)
    assert "Lùng Cải</b> · commune" in hover and "Poor rate 2023: 65.8%" in hover
    assert "Bắc Hà</b> · town" in hover


# --- the deck ------------------------------------------------------------------------------


def test_fit_view_worked_by_hand():
    # 2° of longitude over 512 usable pixels: 512 · 2^z / 360 · 2 = 512 → z = log2(180).
    view = maps.fit_view((-1, -0.1, 1, 0.1), width_px=560, height_px=560, pad=24)
    assert view == {"latitude": 0.0, "longitude": 0.0, "zoom": round(math.log2(180), 3)}


def test_deck_has_no_basemap_and_nothing_to_fetch(table, boxes, plan_data):
    joined, _ = join_communes(plan_data.communes, boxes)
    classes = maps.classes_for(table, "poor_rate", "vi")
    deck = maps.build_deck(
        maps.communes_geojson(joined, table, classes, "vi"),
        maps.label_points(joined, table),
        maps.outline_geojson(gpd.GeoDataFrame(geometry=[joined.union_all()], crs=4326)),
        maps.fit_view(joined.total_bounds),
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
    assert props["02842"]["fill"][:3] == maps.rgb(maps.SEQUENTIAL[-1])[:3]
    assert props["02842"]["l0"] == "Tỷ lệ hộ nghèo 2023: 65,8% (356 hộ)"
    assert props["02839"]["unit"] == "thị trấn"
    assert deck._tooltip["html"].startswith("<b>{name}</b> · {unit}<br/>{l0}")


def test_tooltip_lines_in_english(table, plan_data):
    base = plan_data.commune_baseline
    p = ScenarioParams()
    s = maps.scenario_table(table, project(base, p), project(base, p.targets()), 2024)
    row = s.set_index("code").loc["02842"]
    assert maps.commune_lines(row, "en", 2024) == [
        "Poor rate 2023: 65.8% (356 households)",
        "Near-poor rate: 22.2% (120 households)",
        "Projected poor rate 2024: 55.8%",
        "Households to lift by 2024: 54 households",
        "Poor-rate target at the horizon: Met",
    ]


def test_trajectory_chart(plan_data):
    base = plan_data.commune_baseline
    p = ScenarioParams()
    fig = maps.trajectory_figure(project(base, p), project(base, p.targets()), "02842", "vi")
    assert [list(tr.x) for tr in fig.data] == [[2023, 2024, 2025]] * 3
    assert list(fig.data[0].text) == ["65,8%", "55,8%", "45,8%"]
    assert fig.layout.separators == ",."


def test_nothing_derived_from_boundaries_is_in_the_repo():
    repo = maps.REPO_ROOT
    geo_files = [
        p
        for p in repo.rglob("*")
        if p.suffix.lower() in {".geojson", ".shp", ".topojson", ".gpkg"} and ".venv" not in p.parts
    ]
    assert geo_files == []
    assert pd.read_csv(maps.TILE_GRID, dtype=str).columns.tolist() == ["code", "row", "col"]


# --- read without colour, and fitted to every screen -------------------------------------------


def test_classes_in_words_for_the_tooltip_and_the_table(table):
    classes = maps.classes_for(table, "poor_rate", "vi")
    assert classes.values["02839"] == "5,1%"  # Bắc Hà: 2/39 = 5,128…%
    assert classes.labels["02839"] == "0–10%" and classes.labels["02842"] == "≥ 40%"
    assert maps.class_line("02842", "poor_rate", classes, "vi") == (
        "Tỷ lệ hộ nghèo năm gốc: 65,8% (lớp ≥ 40%)"
    )
    english = maps.classes_for(table, "poor_rate", "en")
    frame = maps.commune_table(table, "poor_rate", english, "en")
    assert list(frame.columns) == ["Commune", "Unit", "Baseline poor rate", "Class on the map"]
    assert frame.iloc[0].tolist() == ["Bắc Hà", "town", "5.1%", "0–10%"]
    fig = maps.tile_grid_figure(maps.read_tile_grid(), table, classes, "vi", metric="poor_rate")
    assert "Tỷ lệ hộ nghèo năm gốc: 65,8% (lớp ≥ 40%)" in " ".join(fig.data[0].hovertext)


def test_amount_classes_by_hand_read_without_colour():
    """Quintiles of three amounts (linear interpolation over 204, 296, 1.500): 240,8 →
    241; 277,6 → 278; 296 + 0,2 × 1.204 = 536,8 → 537; 296 + 0,6 × 1.204 = 1.018,4 → 1.018.
    Each commune's amount and class in words, as in the legend; no amount → no data."""
    amounts = pd.DataFrame({"code": ["a", "b", "c", "d"], "amount_mvnd": [1500, 296, 204, None]})
    classes = maps.amount_classes(amounts, "amount_mvnd", "en")
    assert classes.breaks == [204, 241, 278, 537, 1018, 1500]
    assert classes.values == {"a": "1,500", "b": "296", "c": "204", "d": "—"}
    assert classes.labels == {"a": "1,018–1,500", "b": "278–537", "c": "204–241", "d": "No data"}
    assert [label for _, label in classes.legend][-2:] == ["1,018–1,500", "No data"]
    assert classes.colours["a"] == maps.SEQUENTIAL[-1] and classes.colours["d"] == maps.NO_DATA
    vi = maps.amount_classes(amounts, "amount_mvnd", "vi")
    assert vi.values["a"] == "1.500" and vi.labels["a"] == "1.018–1.500"
    assert vi.labels["d"] == "Không có số liệu"


def test_amount_classes_have_whole_breaks():
    amounts = pd.DataFrame({"code": ["a", "b", "c"], "amount_mvnd": [500, 296, 204]})
    classes = maps.amount_classes(amounts, "amount_mvnd", "vi")
    assert all(b == int(b) for b in classes.breaks)
    assert classes.breaks[0] == 204 and classes.breaks[-1] == 500
    assert len(set(classes.colours.values())) == 3
    same = maps.amount_classes(amounts.assign(amount_mvnd=7), "amount_mvnd", "vi")
    assert same.breaks == [7, 7] and len(same.legend) == 1
    assert set(same.labels.values()) == {same.legend[0][1]}  # one class, read as the legend


def test_status_classes_in_words(table, plan_data):
    base = plan_data.commune_baseline
    p = ScenarioParams()
    s = maps.scenario_table(table, project(base, p), project(base, p.targets()), 2025)
    classes = maps.classes_for(s, "target_status", "en")
    frame = maps.commune_table(s, "target_status", classes, "en")
    assert list(frame.columns) == ["Commune", "Unit", "Poor-rate target status"]
    assert set(frame["Poor-rate target status"]) <= {"Met", "Short"}
    assert maps.class_line("02842", "target_status", classes, "en").startswith(
        "Poor-rate target status: "
    )
    counts = maps.commune_table(
        s, "households_to_lift", maps.classes_for(s, "households_to_lift", "en"), "en"
    )
    assert counts.iloc[1, 2].endswith(" households")


def test_trajectory_table(plan_data):
    base = plan_data.commune_baseline
    p = ScenarioParams()
    frame = maps.trajectory_table(project(base, p), project(base, p.targets()), "02842", "vi")
    assert list(frame.columns)[:2] == ["Năm", "Tỷ lệ hộ nghèo (kịch bản)"]
    assert frame.iloc[:, 1].tolist() == ["65,8%", "55,8%", "45,8%"]
    assert frame["Năm"].tolist() == ["2023", "2024", "2025"]


def test_the_view_fits_the_district_on_a_phone(boundaries_path):
    """The true-shape map's zoom is absolute: fitted to a phone's map width (358 px), the whole
    district shows there and on every wider screen."""
    west, south, east, north = read_boundaries(boundaries_path).total_bounds
    width, height = maps.view_size()
    view = maps.fit_view((west, south, east, north), width, height)
    scale = maps.WORLD_PX * 2 ** view["zoom"] / 360  # px per degree of longitude
    assert (east - west) * scale <= width - 2 * 24 + 0.5

    def merc(lat):
        return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))

    assert (merc(north) - merc(south)) * scale <= height - 2 * 24 + 0.5
    assert maps.view_size(True)[1] > height  # larger when presenting


def test_presentation_view_has_larger_map_text(table, boxes, plan_data):
    joined, _ = join_communes(plan_data.communes, boxes)
    classes = maps.classes_for(table, "poor_rate", "vi")
    spec = {}
    for present in (False, True):
        deck = maps.build_deck(
            maps.communes_geojson(joined, table, classes, "vi", metric="poor_rate"),
            maps.label_points(joined, table, present),
            None,
            maps.fit_view(joined.total_bounds, *maps.view_size(present)),
            present,
        )
        spec[present] = {layer["id"]: layer for layer in json.loads(deck.to_json())["layers"]}
    assert spec[False]["names"]["getSize"] == 12 and spec[True]["names"]["getSize"] == 18
    grid = maps.read_tile_grid()
    small = maps.tile_grid_figure(grid, table, classes, "vi", height=380)
    big = maps.tile_grid_figure(grid, table, classes, "vi", height=380, present=True)
    assert small.data[0].textfont.size == 12 and big.data[0].textfont.size == 18
    assert big.layout.height > small.layout.height
    # names on lines short enough for a phone's tile
    assert all(len(line) <= 8 for text in small.data[0].text for line in text.split("<br>"))
