"""scripts/build_boundaries.py: from vietnam63's public communes.rda to the two GeoJSON files,
checked against the boundaries in ../shared (skipped on a clone with nothing beside it)."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from gnbv.settings import REPO_ROOT, SHARED_GEO
from scripts import build_boundaries as bb

SOURCE = SHARED_GEO / "source" / "vietnam63_communes.rda"
SHARED_COMMUNES = SHARED_GEO / "bac_ha_communes_2022.geojson"
SHARED_DISTRICT = SHARED_GEO / "bac_ha_district_2022.geojson"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The script's two files, built once from the shared upstream file."""
    missing = [p for p in (SOURCE, SHARED_COMMUNES, SHARED_DISTRICT) if not p.is_file()]
    if missing:
        pytest.skip(f"no shared boundaries to build from and compare with: {missing[0]} absent")
    pytest.importorskip("rdata", reason="rdata (the dev extra) reads the .rda")
    out = tmp_path_factory.mktemp("built")
    communes, district = out / "communes.geojson", out / "district.geojson"
    assert bb.main([str(communes), str(district), "--source", str(SOURCE)]) == 0
    return gpd.read_file(communes), gpd.read_file(district)


def _areas(layer: gpd.GeoDataFrame):
    return layer.to_crs(bb.AREA_CRS).area


def test_the_same_19_codes_as_the_shared_file_and_the_data(built, plan_data):
    communes, _ = built
    shared = gpd.read_file(SHARED_COMMUNES)
    assert sorted(communes["code"]) == sorted(shared["code"]) == sorted(plan_data.communes["code"])
    assert len(communes) == 19 and communes["code"].str.fullmatch(r"0\d{4}").all()
    assert communes.set_index("code").loc["02872", "name"] == "Tà Chải"  # its own unit in 2022
    assert communes.set_index("code").loc["02839", "unit_type"] == "thị trấn"


def test_each_unit_s_area_within_1_percent_of_the_shared_file(built):
    communes, _ = built
    ours = _areas(communes.set_index("code"))
    shared = _areas(gpd.read_file(SHARED_COMMUNES).set_index("code"))
    ratio = (ours / shared.loc[ours.index] - 1).abs()
    assert (ratio <= 0.01).all(), ratio[ratio > 0.01].to_dict()
    # the merged units carry what they absorbed in 2020 (Bản Già, Lầu Thí Ngài)
    assert 41 < ours["02854"] / 1e6 < 42.5 and 39.5 < ours["02848"] / 1e6 < 41


def test_the_district_outline_within_half_a_percent(built):
    communes, district = built
    shared = gpd.read_file(SHARED_DISTRICT)
    assert len(district) == 1 and district.loc[0, "code"] == "085"
    assert abs(_areas(district)[0] / _areas(shared)[0] - 1) <= 0.005
    # the communes tile the outline: no overlap, no gap
    union = shapely.union_all(communes.geometry.values)
    assert union.symmetric_difference(district.geometry[0]).area < 1e-9
    total = shapely.area(communes.geometry.values).sum()
    assert total == pytest.approx(shapely.area(district.geometry[0]), rel=1e-6)


def test_rings_run_clockwise_for_plotly(built):
    communes, district = built
    for geometry in [*communes.geometry, *district.geometry]:
        assert not geometry.exterior.is_ccw


def test_a_file_with_another_checksum_is_refused(tmp_path, capsys):
    fake = tmp_path / "communes.rda"
    fake.write_bytes(b"not the upstream file")
    out = tmp_path / "out"
    code = bb.main([str(out / "c.geojson"), str(out / "d.geojson"), "--source", str(fake)])
    assert code == 2
    error = capsys.readouterr().err
    assert "sha256" in error and bb.SOURCE_SHA256 in error and str(fake) in error
    assert not out.exists()  # nothing written


def test_a_missing_source_says_where_to_get_it(tmp_path, capsys):
    out = tmp_path / "out"
    code = bb.main([str(out / "c.geojson"), str(out / "d.geojson"), "--source", "nope.rda"])
    assert code == 2
    assert "choisy/vietnam63" in capsys.readouterr().err
    assert not out.exists()


def test_the_output_never_goes_into_the_repository(tmp_path, capsys):
    inside = REPO_ROOT / "geo" / "bac_ha_communes_2022.geojson"
    code = bb.main([str(inside), str(tmp_path / "d.geojson"), "--source", str(SOURCE)])
    assert code == 2
    assert "inside the repository" in capsys.readouterr().err
    assert not inside.exists()
