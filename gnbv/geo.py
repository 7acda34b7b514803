"""Commune boundaries: read from a configurable path (never copied into the repo) and joined
to the communes on ``code``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from gnbv.errors import BoundaryUnavailable

JOIN_KEY = "code"


@dataclass(frozen=True)
class JoinReport:
    only_in_data: tuple[str, ...]
    only_in_boundaries: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.only_in_data and not self.only_in_boundaries


def _read_layer(path: Path, what: str, setting: str, file_name: str) -> gpd.GeoDataFrame:
    """A GeoJSON layer in WGS84, or :class:`BoundaryUnavailable` saying what is needed."""
    path = Path(path)
    if not path.exists():
        raise BoundaryUnavailable(
            "missing",
            f"{what} not found: {path}. Set {setting} to the path of {file_name} "
            "(see README, Settings).",
        )
    try:
        layer = gpd.read_file(path)
    except Exception as exc:  # pyogrio raises several types for unreadable files
        raise BoundaryUnavailable("unreadable", f"cannot read {what} {path}: {exc}") from exc
    if layer.crs is not None and layer.crs.to_epsg() != 4326:
        layer = layer.to_crs(4326)
    return layer


def read_boundaries(path: Path) -> gpd.GeoDataFrame:
    """The boundary layer, in WGS84, with ``code`` as a string; raises
    :class:`BoundaryUnavailable` (a reason for the public, a message for the log) when it
    cannot be used."""
    layer = _read_layer(path, "boundary file", "GNBV_BOUNDARIES", "bac_ha_communes_2022.geojson")
    if JOIN_KEY not in layer.columns:
        raise BoundaryUnavailable(
            "no_join_key",
            f"boundary file {path} has no '{JOIN_KEY}' property to join on "
            f"(it has: {', '.join(c for c in layer.columns if c != 'geometry')})",
        )
    layer[JOIN_KEY] = layer[JOIN_KEY].astype(str).str.strip()
    return layer


def join_communes(
    communes: pd.DataFrame, boundaries: gpd.GeoDataFrame
) -> tuple[gpd.GeoDataFrame, JoinReport]:
    """Communes with their geometry (inner join on ``code``), and the codes found on one
    side only."""
    data_codes = set(communes[JOIN_KEY].astype(str))
    geo_codes = set(boundaries[JOIN_KEY])
    report = JoinReport(
        only_in_data=tuple(sorted(data_codes - geo_codes)),
        only_in_boundaries=tuple(sorted(geo_codes - data_codes)),
    )
    joined = boundaries[[JOIN_KEY, "geometry"]].merge(
        pd.DataFrame(communes).assign(**{JOIN_KEY: communes[JOIN_KEY].astype(str)}),
        on=JOIN_KEY,
        how="inner",
    )
    return gpd.GeoDataFrame(joined, geometry="geometry", crs=boundaries.crs), report


def read_district_outline(path: Path) -> gpd.GeoDataFrame:
    """The district outline (setting GNBV_DISTRICT_OUTLINE), in WGS84; raises
    :class:`BoundaryUnavailable` (a reason for the public, a message for the log) when it
    cannot be used."""
    return _read_layer(
        path, "district outline", "GNBV_DISTRICT_OUTLINE", "bac_ha_district_2022.geojson"
    )
