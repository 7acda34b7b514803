"""Shared fixtures: the repo's data, copies of it to break, and boundaries of the tests' own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
import shapely
from shapely.geometry import box, mapping

from gnbv.data import load_plan_data
from gnbv.maps.tiles import TILE_GRID
from gnbv.settings import REPO_ROOT

DATA_DIR = REPO_ROOT / "data"
# The tile grid laid out as squares over Bắc Hà's real extent (about 0.30° × 0.36°).
SQUARE_DEG = 0.06
NORTH_WEST = (104.166, 22.679)
CRS84 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}


@pytest.fixture(scope="session")
def plan_data():
    return load_plan_data(DATA_DIR)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of data/ to break in a test."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def write_tile_boundaries(folder: Path) -> tuple[Path, Path]:
    """Stand-in boundaries (not the third-party file): one square per commune of
    ``geo/tile_grid.csv`` at its row and column, and their union as the district outline,
    written as the two GeoJSON files the settings point at (exterior rings clockwise, as in
    the real files). Returns (communes, outline)."""
    grid = pd.read_csv(TILE_GRID, dtype={"code": str})
    west, north = NORTH_WEST
    squares = {
        row.code: box(
            west + row.col * SQUARE_DEG,
            north - (row.row + 1) * SQUARE_DEG,
            west + (row.col + 1) * SQUARE_DEG,
            north - row.row * SQUARE_DEG,
        )
        for row in grid.itertuples()
    }

    def feature(properties: dict, geometry) -> dict:
        geometry = shapely.orient_polygons(geometry, exterior_cw=True)
        return {"type": "Feature", "properties": properties, "geometry": mapping(geometry)}

    def write(path: Path, features: list[dict]) -> Path:
        layer = {"type": "FeatureCollection", "crs": CRS84, "features": features}
        path.write_text(json.dumps(layer), encoding="utf-8")
        return path

    folder.mkdir(parents=True, exist_ok=True)
    communes = write(
        folder / "bac_ha_communes_2022.geojson",
        [feature({"code": code}, square) for code, square in sorted(squares.items())],
    )
    outline = write(
        folder / "bac_ha_district_2022.geojson",
        [feature({"code": "085"}, shapely.union_all(list(squares.values())))],
    )
    return communes, outline


@pytest.fixture(scope="session", autouse=True)
def tile_boundaries(tmp_path_factory) -> tuple[Path, Path]:
    """Every test (AppTests, and the browser tests' servers, which inherit the environment)
    sees the stand-in boundaries through GNBV_BOUNDARIES and GNBV_DISTRICT_OUTLINE, so the
    true-shape map is drawn on a clone with nothing beside it; a test of the no-file path
    sets GNBV_BOUNDARIES to a missing file itself."""
    communes, outline = write_tile_boundaries(tmp_path_factory.mktemp("boundaries"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GNBV_BOUNDARIES", str(communes))
        patch.setenv("GNBV_DISTRICT_OUTLINE", str(outline))
        yield communes, outline


@pytest.fixture(scope="session")
def boundaries_path(tile_boundaries) -> Path:
    return tile_boundaries[0]


@pytest.fixture(scope="session")
def district_outline_path(tile_boundaries) -> Path:
    return tile_boundaries[1]


@pytest.fixture(autouse=True)
def _full_error_details_in_apptests():
    """.streamlit/config.toml hides error details (public mode), so an AppTest's exception would
    read "This app has encountered an error…"; in the tests we want the real message."""
    from streamlit import config

    config.set_option("client.showErrorDetails", "full")
