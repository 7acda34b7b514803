import json

import pytest

from gnbv.errors import BoundaryUnavailable
from gnbv.geo import join_communes, read_boundaries


@pytest.fixture
def boundaries(boundaries_path):
    return read_boundaries(boundaries_path)


def test_all_19_communes_join(plan_data, boundaries):
    joined, report = join_communes(plan_data.communes, boundaries)
    assert report.ok
    assert len(joined) == 19
    assert joined.set_index("code").loc["02839", "name"] == "Bắc Hà"
    assert joined.crs.to_epsg() == 4326


def test_codes_on_one_side_only_are_reported(plan_data, boundaries):
    fewer = boundaries[boundaries["code"] != "02872"].copy()
    fewer.loc[fewer.index[0], "code"] = "99999"
    joined, report = join_communes(plan_data.communes, fewer)
    assert set(report.only_in_data) == {"02872", "02839"}
    assert report.only_in_boundaries == ("99999",)
    assert len(joined) == 17


def test_missing_file_says_what_it_needs(tmp_path):
    with pytest.raises(BoundaryUnavailable, match="GNBV_BOUNDARIES") as info:
        read_boundaries(tmp_path / "nope.geojson")
    assert info.value.reason == "missing"


def test_file_without_code(tmp_path):
    path = tmp_path / "b.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"name": "x"},
                        "geometry": {"type": "Point", "coordinates": [104.3, 22.5]},
                    }
                ],
            }
        )
    )
    with pytest.raises(BoundaryUnavailable, match="no 'code' property") as info:
        read_boundaries(path)
    assert info.value.reason == "no_join_key"


def test_garbage_file(tmp_path):
    path = tmp_path / "b.geojson"
    path.write_text("not json at all")
    with pytest.raises(BoundaryUnavailable, match="cannot read") as info:
        read_boundaries(path)
    assert info.value.reason == "unreadable"
