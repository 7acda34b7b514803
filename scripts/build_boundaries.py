"""Build the Bắc Hà commune boundaries (as they stood in 2022) from the public upstream file.

The upstream file is ``data/communes.rda`` of the R package *vietnam63* ("Shape files of
Vietnam after 2008", Marc Choisy, MIT), github.com/choisy/vietnam63 at commit
90ac14b5226cf3b9e0a3b1190e04f28fdb19899d. This script makes the derivation that
``../shared/data/geo/SOURCES.md`` §3 describes:

1. check the file's sha256, read it with ``rdata`` (no R needed) and turn its
   ``SpatialPolygonsDataFrame`` into shapely polygons (holes assigned to their shells);
2. keep Huyện Bắc Hà (source ``district_id`` 20509): the 21 units before 2020;
3. repair the coverage (each polygon was thinned on its own upstream, so neighbours overlap
   and leave gaps): polygonize all the edges into faces; a face inside one unit stays with it,
   a face inside several (an overlap) goes to the one of them that shares the longest edge with
   it, a face inside none (a gap) to the neighbour that shares the longest edge with it;
4. dissolve the 2020 mergers (Bản Già into Tả Củ Tỷ, Lầu Thí Ngài into Lùng Phình); Tà Chải
   stays its own commune, as it was in 2022 (it joined thị trấn Bắc Hà on 1 Nov 2024);
5. match each name (NFC, without its "Xã " / "Thị trấn " prefix) to the GSO code of
   ``data/communes.csv``: all 19 must match one to one, with the same unit type;
6. round coordinates to 1e-6°, run exterior rings clockwise (the d3-geo convention plotly's
   ``geo`` maps need), compute ``area_km2`` in EPSG:3405 (VN-2000 / UTM 48N); the district
   outline is the union of the 19 units.

It writes two GeoJSON files to the paths given on the command line. They are a derivative of
third-party data: they stay out of the repository (a path inside it is refused); point the
dashboard at them with the settings ``GNBV_BOUNDARIES`` and ``GNBV_DISTRICT_OUTLINE``.

Run (from the repository root, with the dev extra installed for ``rdata``)::

    python scripts/build_boundaries.py OUT/bac_ha_communes_2022.geojson \\
        OUT/bac_ha_district_2022.geojson --source PATH/TO/communes.rda
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
import warnings
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer
from shapely.geometry import LineString, MultiLineString, Polygon, mapping

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a file: make the repository's packages importable
    sys.path.insert(0, str(ROOT))

from gnbv.settings import SHARED_GEO  # noqa: E402

DEFAULT_SOURCE = SHARED_GEO / "source" / "vietnam63_communes.rda"
SOURCE_SHA256 = "d059503ef271a4d785eed4b0225708916ef1b03cbc21cd9bf5270907f7c8c35e"
SOURCE_OBJECT = "communes"
SOURCE_DISTRICT_ID = 20509  # Huyện Bắc Hà, Tỉnh Lào Cai in vietnam63's own numbering
COMMUNES_CSV = ROOT / "data" / "communes.csv"

# Units abolished by Nghị quyết 896/NQ-UBTVQH14 (2020) → the commune each one went into
# (SOURCES.md §1: the wardAlias column of vietnamadminunits 1.0.4).
MERGED_2020 = {"Bản Già": "Tả Củ Tỷ", "Lầu Thí Ngài": "Lùng Phình"}
PREFIXES = {"Thị trấn ": "thị trấn", "Xã ": "xã"}  # the source's name prefix → unit type
UNIT_TYPES = {"thi_tran": "thị trấn", "xa": "xã"}  # data/communes.csv's unit_type → the same

DISTRICT = {
    "code": "085",
    "name": "Bắc Hà",
    "name_ascii": "Bac Ha",
    "unit_type": "huyện",
    "full_name": "Huyện Bắc Hà",
    "province": "Lào Cai",
    "province_code": "10",
}
AREA_CRS = "EPSG:3405"  # VN-2000 / UTM zone 48N: the areas are planar areas in it
DECIMALS = 6  # coordinates rounded to 1e-6° (about 0.1 m)
CRS84 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}


class BuildError(Exception):
    """The source cannot give the 19 units: the message says what is wrong and where."""


@dataclass(frozen=True)
class Unit:
    name: str  # without its type prefix, NFC
    unit_type: str  # "xã" or "thị trấn"
    geometry: Polygon


# -- 1. read ---------------------------------------------------------------------------------


def verify_checksum(path: Path, expected: str = SOURCE_SHA256) -> None:
    if not path.is_file():
        raise BuildError(
            f"upstream file not found: {path}. It is data/communes.rda of github.com/choisy/"
            "vietnam63 (commit 90ac14b5); give its path with --source."
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected:
        raise BuildError(
            f"{path}: sha256 {digest}, expected {expected} "
            "(vietnam63 data/communes.rda at commit 90ac14b5): "
            "not the file this script derives from."
        )


def read_source(path: Path) -> tuple[pd.DataFrame, dict[str, list]]:
    """The attribute table of the ``communes`` object and its polygons by ID."""
    import rdata  # a tool dependency (the dev extra), not needed to run the dashboard

    parsed = rdata.parser.parse_file(path)
    with warnings.catch_warnings():
        # sp's S4 classes have no Python constructor: rdata returns their slots, as wanted.
        warnings.filterwarnings("ignore", message="Missing constructor for R class")
        converted = rdata.conversion.convert(parsed, default_encoding="utf-8")
    if SOURCE_OBJECT not in converted:
        raise BuildError(f"{path}: no R object '{SOURCE_OBJECT}' (it has {sorted(converted)})")
    spdf = converted[SOURCE_OBJECT]
    projargs = str(spdf.proj4string.projargs[0])
    if "+proj=longlat" not in projargs or "WGS84" not in projargs:
        raise BuildError(f"{path}: expected lon/lat WGS84 coordinates, the file says {projargs}")
    polygons = {str(p.ID[0]): list(p.Polygons) for p in spdf.polygons}
    return spdf.data, polygons


def to_shapely(rings: list) -> Polygon:
    """One sp ``Polygons`` object (shell and hole rings) as a valid shapely polygon."""
    shells = [Polygon(r.coords.values) for r in rings if not bool(r.hole[0])]
    holes = [Polygon(r.coords.values) for r in rings if bool(r.hole[0])]
    parts = []
    for shell in shells:
        inside = [h for h in holes if shell.contains(h.representative_point())]
        parts.append(Polygon(shell.exterior.coords, [h.exterior.coords for h in inside]))
    geometry = shapely.make_valid(shapely.union_all(parts))
    return shapely.union_all([g for g in shapely.get_parts(geometry) if g.area > 0])


def district_units(data: pd.DataFrame, polygons: dict[str, list]) -> list[Unit]:
    """The pre-2020 units of Bắc Hà as named in the source."""
    rows = data[data["district_id"] == SOURCE_DISTRICT_ID]
    if rows.empty:
        raise BuildError(f"no unit with district_id {SOURCE_DISTRICT_ID} (Huyện Bắc Hà)")
    units = []
    for row_name, row in rows.iterrows():
        name, unit_type = split_prefix(str(row["commune_vn"]))
        units.append(Unit(name, unit_type, to_shapely(polygons[str(row_name)])))
    return units


def split_prefix(full_name: str) -> tuple[str, str]:
    name = unicodedata.normalize("NFC", full_name).strip()
    for prefix, unit_type in PREFIXES.items():
        if name.startswith(prefix):
            return name[len(prefix) :].strip(), unit_type
    raise BuildError(f"unit '{full_name}': no 'Xã ' or 'Thị trấn ' prefix to tell its type")


# -- 3. coverage repair ----------------------------------------------------------------------


def repair_coverage(geometries: list[Polygon]) -> list[Polygon]:
    """The same units as a planar partition: no overlap, no gap inside their union."""
    edges = shapely.union_all([g.boundary for g in geometries])  # noded at every crossing
    faces = [f for f in shapely.get_parts(shapely.polygonize([edges])) if f.area > 0]
    shapely.prepare(geometries)
    covering = [
        [i for i, g in enumerate(geometries) if g.contains(f.representative_point())] for f in faces
    ]
    shared = _shared_edge_lengths(faces)
    owner: dict[int, int] = {k: cover[0] for k, cover in enumerate(covering) if len(cover) == 1}
    pending = [k for k in range(len(faces)) if k not in owner]
    while pending:  # an overlap or gap face may touch only other such faces at first
        settled = {}
        for k in pending:
            by_unit: dict[int, float] = defaultdict(float)
            for other, length in shared[k].items():
                if other in owner:
                    by_unit[owner[other]] += length
            candidates = covering[k] or list(by_unit)  # a gap: any neighbour
            best = max(candidates, key=lambda i: (by_unit.get(i, 0.0), -i), default=None)
            if best is not None and by_unit.get(best, 0.0) > 0:
                settled[k] = best
        if not settled:
            raise BuildError(f"{len(pending)} faces touch no unit: cannot repair the coverage")
        owner.update(settled)
        pending = [k for k in pending if k not in settled]
    repaired = []
    for i in range(len(geometries)):
        merged = shapely.union_all([faces[k] for k, unit in owner.items() if unit == i])
        repaired.append(_one_polygon(merged, f"unit {i}"))
    return repaired


def _shared_edge_lengths(faces: list[Polygon]) -> list[dict[int, float]]:
    """For each face, the length of boundary it shares with each face it touches."""
    tree = shapely.STRtree(faces)
    shared: list[dict[int, float]] = [{} for _ in faces]
    for a, b in zip(*tree.query(faces, predicate="touches")):
        if a < b:
            common = faces[a].boundary.intersection(faces[b].boundary)
            length = sum(
                g.length
                for g in shapely.get_parts(common)
                if isinstance(g, LineString | MultiLineString)
            )
            if length > 0:
                shared[a][b] = shared[b][a] = length
    return shared


def _one_polygon(geometry, what: str) -> Polygon:
    parts = [g for g in shapely.get_parts(geometry) if isinstance(g, Polygon) and g.area > 0]
    if len(parts) != 1:
        raise BuildError(f"{what} is {len(parts)} pieces after the repair, expected one polygon")
    return parts[0]


# -- 4.–5. mergers and codes -----------------------------------------------------------------


def dissolve_mergers(units: list[Unit]) -> list[Unit]:
    kept = {u.name: u for u in units if u.name not in MERGED_2020}
    for gone, into in MERGED_2020.items():
        absorbed = [u for u in units if u.name == gone]
        if len(absorbed) != 1 or into not in kept:
            raise BuildError(f"merger {gone} → {into}: expected each once in the source")
        target = kept[into]
        merged = _one_polygon(
            shapely.union_all([target.geometry, absorbed[0].geometry]), f"{into} with {gone}"
        )
        kept[into] = Unit(target.name, target.unit_type, merged)
    return list(kept.values())


def match_codes(units: list[Unit], communes: pd.DataFrame) -> dict[str, Unit]:
    """The units by GSO code; every unit and every commune of the data matched once."""
    by_name = {
        unicodedata.normalize("NFC", str(r["name"])).strip(): r for _, r in communes.iterrows()
    }
    if len(by_name) != len(communes):
        raise BuildError(f"{COMMUNES_CSV.name}: two communes with the same name")
    matched: dict[str, Unit] = {}
    for unit in units:
        row = by_name.get(unit.name)
        if row is None:
            raise BuildError(f"unit '{unit.name}' has no commune of that name in communes.csv")
        if UNIT_TYPES.get(str(row["unit_type"])) != unit.unit_type:
            raise BuildError(
                f"unit '{unit.name}': '{unit.unit_type}' in the source, "
                f"'{row['unit_type']}' in communes.csv"
            )
        matched[str(row["code"])] = unit
    missing = sorted(set(communes["code"].astype(str)) - set(matched))
    if missing:
        raise BuildError(f"communes.csv codes with no unit in the source: {', '.join(missing)}")
    return dict(sorted(matched.items()))


# -- 6. output -------------------------------------------------------------------------------


def finish(geometry: Polygon) -> Polygon:
    """Rounded to 1e-6° (kept valid), exterior ring clockwise, holes counter-clockwise."""
    rounded = shapely.set_precision(geometry, 10**-DECIMALS)
    return shapely.orient_polygons(_one_polygon(rounded, "a rounded unit"), exterior_cw=True)


def area_km2(geometry: Polygon) -> float:
    """Planar area in EPSG:3405 (of the geometry before rounding), to 0.01 km²."""
    to_metres = Transformer.from_crs("EPSG:4326", AREA_CRS, always_xy=True)
    projected = shapely.transform(geometry, lambda xy: np.column_stack(to_metres.transform(*xy.T)))
    return round(projected.area / 1e6, 2)


def ascii_name(name: str) -> str:
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)
    )
    return stripped.replace("đ", "d").replace("Đ", "D")


def _coordinates(geometry: Polygon) -> list:
    rings = mapping(geometry)["coordinates"]
    return [[[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring] for ring in rings]


def _collection(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "crs": CRS84, "features": features}


def _feature(properties: dict, geometry: Polygon) -> dict:
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": {"type": "Polygon", "coordinates": _coordinates(geometry)},
    }


def build(source: Path, communes: pd.DataFrame) -> tuple[dict, dict]:
    """The communes' and the district's GeoJSON (as dicts) from the upstream file."""
    verify_checksum(source)
    data, polygons = read_source(source)
    units = district_units(data, polygons)
    repaired = repair_coverage([u.geometry for u in units])
    units = [Unit(u.name, u.unit_type, g) for u, g in zip(units, repaired)]
    by_code = match_codes(dissolve_mergers(units), communes)
    shapes = {code: finish(unit.geometry) for code, unit in by_code.items()}
    features = [
        _feature(
            {
                "code": code,
                "name": unit.name,
                "name_ascii": ascii_name(unit.name),
                "unit_type": unit.unit_type,
                "full_name": f"{unit.unit_type.capitalize()} {unit.name}",
                "area_km2": area_km2(unit.geometry),
            },
            shapes[code],
        )
        for code, unit in by_code.items()
    ]
    outline = shapely.orient_polygons(
        _one_polygon(shapely.union_all(list(shapes.values())), "the district"), exterior_cw=True
    )
    whole = shapely.union_all([unit.geometry for unit in by_code.values()])
    district = {**DISTRICT, "n_units": len(shapes), "area_km2": area_km2(whole)}
    return _collection(features), _collection([_feature(district, outline)])


def refuse_inside_repo(path: Path) -> None:
    """The output derives from third-party data: it never goes inside the repository."""
    if path.resolve().is_relative_to(ROOT):
        raise BuildError(
            f"{path} is inside the repository: the boundaries derive from third-party data and "
            "must stay out of it (write them beside the repository, e.g. ../boundaries/)"
        )


def write(collection: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("communes_out", type=Path, help="GeoJSON of the 19 communes to write")
    parser.add_argument("district_out", type=Path, help="GeoJSON of the district outline")
    parser.add_argument(
        "--source",
        type=Path,
        default=DEFAULT_SOURCE,
        help=f"vietnam63's data/communes.rda (default: {DEFAULT_SOURCE})",
    )
    args = parser.parse_args(argv)
    try:
        for out in (args.communes_out, args.district_out):
            refuse_inside_repo(out)
        communes = pd.read_csv(COMMUNES_CSV, dtype=str, keep_default_na=False)
        communes_json, district_json = build(args.source, communes)
    except BuildError as exc:
        print(f"build_boundaries: {exc}", file=sys.stderr)
        return 2
    write(communes_json, args.communes_out)
    write(district_json, args.district_out)
    print(
        f"wrote {len(communes_json['features'])} communes to {args.communes_out} and the "
        f"district outline to {args.district_out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
