"""Every limit and setting of the dashboard: a name, a default, a documentation line.

Each setting is read from an environment variable. ``tests/test_settings.py`` fails when a
setting is not documented in README.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_GEO = REPO_ROOT.parent / "shared" / "data" / "geo"


@dataclass(frozen=True)
class Setting:
    env: str
    default: str
    doc: str


SETTINGS: dict[str, Setting] = {
    "data_dir": Setting(
        "GNBV_DATA_DIR",
        str(REPO_ROOT / "data"),
        "Folder of the shipped data files (the plan, communes, district figures).",
    ),
    "boundaries": Setting(
        "GNBV_BOUNDARIES",
        str(SHARED_GEO / "bac_ha_communes_2022.geojson"),
        "Commune boundaries GeoJSON (third-party; read in place, never copied into the repo).",
    ),
    "district_outline": Setting(
        "GNBV_DISTRICT_OUTLINE",
        str(SHARED_GEO / "bac_ha_district_2022.geojson"),
        "District outline GeoJSON (third-party; read in place).",
    ),
    "read_only": Setting(
        "GNBV_READ_ONLY",
        "0",
        "1 for the public deployment: no upload, no saving or deleting scenarios.",
    ),
    "scenario_db": Setting(
        "GNBV_SCENARIO_DB",
        str(REPO_ROOT / "var" / "scenarios.sqlite3"),
        "SQLite file where named scenarios are saved.",
    ),
    "max_upload_mb": Setting(
        "GNBV_MAX_UPLOAD_MB",
        "5",
        "Largest Excel workbook accepted for upload, in MB.",
    ),
    "max_uncompressed_mb": Setting(
        "GNBV_MAX_UNCOMPRESSED_MB",
        "50",
        "Largest total uncompressed size of an uploaded workbook (zip-bomb guard), in MB.",
    ),
    "max_zip_entries": Setting(
        "GNBV_MAX_ZIP_ENTRIES",
        "200",
        "Most parts (zip entries) an uploaded workbook may hold (a normal .xlsx has ~10-20).",
    ),
    "scenario_cache_entries": Setting(
        "GNBV_SCENARIO_CACHE_ENTRIES",
        "128",
        "Scenario results kept per part of the scenario page (shared by all sessions; "
        "each a few hundred kB at most).",
    ),
}


def _raw(name: str, environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    s = SETTINGS[name]
    value = env.get(s.env, "").strip()
    return value or s.default


@dataclass(frozen=True)
class Config:
    data_dir: Path
    boundaries: Path
    district_outline: Path
    read_only: bool
    scenario_db: Path
    max_upload_mb: float
    max_uncompressed_mb: float
    max_zip_entries: int
    scenario_cache_entries: int = 128
    errors: tuple[str, ...] = field(default=())


def _number(name: str, environ, kind):
    raw = _raw(name, environ)
    try:
        value = kind(raw)
        if value <= 0:
            raise ValueError
        return value, None
    except ValueError:
        s = SETTINGS[name]
        return kind(s.default), f"{s.env}={raw!r} is not a positive number; using {s.default}"


def load_config(environ: dict[str, str] | None = None) -> Config:
    """The settings in force, from the environment (or ``environ``), with defaults."""
    errors = []
    numbers = {}
    for name, kind in (
        ("max_upload_mb", float),
        ("max_uncompressed_mb", float),
        ("max_zip_entries", int),
        ("scenario_cache_entries", int),
    ):
        numbers[name], err = _number(name, environ, kind)
        if err:
            errors.append(err)
    return Config(
        data_dir=Path(_raw("data_dir", environ)),
        boundaries=Path(_raw("boundaries", environ)),
        district_outline=Path(_raw("district_outline", environ)),
        read_only=_raw("read_only", environ).lower() in {"1", "true", "yes", "on"},
        scenario_db=Path(_raw("scenario_db", environ)),
        errors=tuple(errors),
        **numbers,
    )
