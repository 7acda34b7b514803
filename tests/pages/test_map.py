import json

import pytest

from gnbv.i18n import t
from tests.apptest import run_page, texts


def _decks(at):
    return at.get("deck_gl_json_chart")


def _plotly(at):
    return at.get("plotly_chart")


def test_map_in_vietnamese():
    at = run_page("map.py")
    assert not at.exception
    page = texts(at)
    assert "Bản đồ nghèo theo xã, thị trấn" in page
    assert "0–10%" in page and "≥ 40%" in page  # the legend's classes with units
    assert "MINH HỌA" in page  # illustrative figures say so
    # the scenario in force: the opening one, the published trend, named
    assert (
        "Kịch bản đang dùng: Xu hướng đã công bố. Tỷ lệ hộ nghèo giảm 5,67 điểm %/năm "
        "(8,1 điểm %/năm ở xã nghèo)"
    ) in page
    spec = json.loads(_decks(at)[0].proto.json)
    assert "mapProvider" not in spec
    names = {f["properties"]["name"] for f in spec["layers"][0]["data"]["features"]}
    assert len(names) == 19 and "Thải Giàng Phố" in names
    assert len(_plotly(at)) == 1  # the tile grid


def test_map_in_english_has_english_tooltips():
    at = run_page("map.py", lang="en")
    assert not at.exception
    page = texts(at)
    assert "Poverty map of the communes" in page and "Each class includes its lower bound" in page
    assert "Tỷ lệ" not in page
    spec = json.loads(_decks(at)[0].proto.json)
    features = spec["layers"][0]["data"]["features"]
    props = {f["properties"]["code"]: f["properties"] for f in features}
    # First the coloured value and its class in words (readable without colour)... The map
    # shows the scenario page's start: the series' end-2024 rows (Lùng Cải: 313 poor of 541).
    assert props["02842"]["l0"] == "Baseline poor rate: 57.9% (class ≥ 40%)"
    assert props["02842"]["l1"] == "Poor rate 2024: 57.9% (313 households)"
    assert props["02839"]["unit"] == "town"


def test_metric_year_and_panel():
    at = run_page("map.py", lang="en", preset="plan")
    at.selectbox(key="map_metric").set_value("households_to_lift").run()
    assert not at.exception
    assert "households" in texts(at)
    at.selectbox(key="map_commune").set_value("02842").run()
    assert not at.exception
    assert "Lùng Cải · commune" in [s.value for s in at.subheader]
    metrics = {m.label: m.value for m in at.metric}
    # From the scenario's start, end-2024 (the series file): 313 of 541 = 57.86%; the plan's 10
    # points in a poor commune for one year: 47.86%, 258.9 households: 313 − 258.9 = 54.
    assert metrics["Poor rate 2024"] == "57.9%"
    assert metrics["Projected poor rate 2025"] == "47.9%"
    assert metrics["Households to lift by 2025"] == "54"
    status = at.dataframe[0].value
    assert list(status["Status"]) == ["Met", "Met", "Met"]
    assert len(_plotly(at)) == 2  # tile grid and the commune's trajectory


def test_target_status_follows_the_scenario_in_the_url():
    # A slower district rate (5 points a year) than the plan's 7: some communes fall short.
    at = run_page("map.py", r="5")
    assert not at.exception
    assert "giảm 5 điểm %/năm" in texts(at)
    at.selectbox(key="map_metric").set_value("target_status").run()
    page = texts(at)
    assert "Chưa đạt" in page and "Đạt" in page
    at.selectbox(key="map_commune").set_value("02866").run()  # Bản Phố, not a poor commune
    assert "Chưa đạt" in list(at.dataframe[0].value["Tình trạng"])


# Words of the English messages (and of the log's) that must not reach a Vietnamese page.
ENGLISH = ("boundary", "file", "not found", "cannot", "server", "map", "the ", "GNBV_", "geojson")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_missing_boundary_file_says_so_and_the_tile_grid_still_works(
    monkeypatch, tmp_path, caplog, lang
):
    monkeypatch.setenv("GNBV_BOUNDARIES", str(tmp_path / "nope.geojson"))
    with caplog.at_level("WARNING", logger="gnbv.cache"):
        at = run_page("map.py", lang=lang)
    assert not at.exception
    # the public is told, in the page's language, what is wrong; no path, no internals
    message = at.error[0].value
    reason = t("geo_missing", lang)
    assert message == t("map_boundary_missing", lang, message=reason)
    assert at.info[0].value == t("map_boundary_needs", lang)
    shown = [e.value for e in (*at.error, *at.warning, *at.info, *at.caption)]
    for text in shown:
        assert str(tmp_path) not in text and "nope" not in text
    assert "/" not in message and "/" not in at.info[0].value
    if lang == "vi":
        for text in (message, at.info[0].value):
            assert not [w for w in ENGLISH if w.lower() in text.lower()], text
    # the detail (the path, the setting to set) goes to the server log
    assert any(str(tmp_path / "nope.geojson") in r.getMessage() for r in caplog.records)
    assert any("GNBV_BOUNDARIES" in r.getMessage() for r in caplog.records)
    assert len(_decks(at)) == 0
    assert len(_plotly(at)) == 1  # the tile grid
    at.selectbox(key="map_commune").set_value("02839").run()  # the panel works too
    assert not at.exception
    town = {"vi": "Bắc Hà · thị trấn", "en": "Bắc Hà · town"}[lang]
    assert town in [s.value for s in at.subheader]


def test_an_unreadable_boundary_file_says_so_without_the_readers_words(monkeypatch, tmp_path):
    broken = tmp_path / "broken.geojson"
    broken.write_text("not json at all", encoding="utf-8")
    monkeypatch.setenv("GNBV_BOUNDARIES", str(broken))
    at = run_page("map.py")
    assert not at.exception
    assert at.error[0].value == t("map_boundary_missing", "vi", message=t("geo_unreadable", "vi"))


def test_codes_that_do_not_match_are_listed(monkeypatch, tmp_path, boundaries_path):
    layer = json.loads(boundaries_path.read_text(encoding="utf-8"))
    for feature in layer["features"]:
        if feature["properties"]["code"] == "02872":
            feature["properties"]["code"] = "99999"
    broken = tmp_path / "broken.geojson"  # a temporary file, outside the repository
    broken.write_text(json.dumps(layer), encoding="utf-8")
    monkeypatch.setenv("GNBV_BOUNDARIES", str(broken))
    at = run_page("map.py", lang="en")
    assert not at.exception
    warning = at.warning[-1].value
    assert "In the data but not in the boundary file: 02872" in warning
    assert "In the boundary file but not in the data: 99999" in warning
    assert len(_decks(at)) == 1 and len(_plotly(at)) == 1


def test_home_shows_the_small_tile_map():
    at = run_page()
    assert not at.exception
    assert "Tỷ lệ hộ nghèo theo xã" in [s.value for s in at.subheader]
    assert len(_plotly(at)) >= 1
    at = run_page(lang="en")
    assert not at.exception
    assert "Poor rate by commune" in [s.value for s in at.subheader]
