"""Every limit and setting of the dashboard: a name, a default, a documentation line.

Each setting is read from an environment variable. ``tests/test_settings.py`` fails when a
setting is not documented in README.md.
"""

from __future__ import annotations

import math
import os
import re
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
    # What reading an uploaded workbook may cost, whatever it holds
    # (benchmarks/upload_worst_cases.py measures the worst cases at these defaults).
    "upload_max_rows": Setting(
        "GNBV_UPLOAD_MAX_ROWS",
        "1000",
        "Most data rows under the header of an uploaded sheet (the templates have 19 and 7); "
        "data further down is refused.",
    ),
    "upload_max_columns": Setting(
        "GNBV_UPLOAD_MAX_COLUMNS",
        "40",
        "Columns of an uploaded sheet that are read (the templates have 8 and 7); cells to the "
        "right are ignored.",
    ),
    "upload_max_cell_chars": Setting(
        "GNBV_UPLOAD_MAX_CELL_CHARS",
        "1000",
        "Longest text kept from one cell of an upload; a longer code or number is refused, a "
        "longer note cut (Excel allows 32 767).",
    ),
    "upload_max_problems": Setting(
        "GNBV_UPLOAD_MAX_PROBLEMS",
        "100",
        'Most problems listed for one uploaded file; the rest are counted ("… and 812 more").',
    ),
    # Plausible numbers: a figure above these is refused with its sheet, row, column and bound.
    "max_households_per_commune": Setting(
        "GNBV_MAX_HOUSEHOLDS_PER_COMMUNE",
        "10000",
        "Largest number of households (any count column) accepted for one commune: about nine "
        "times the largest Bắc Hà commune on record (Cốc Ly, 1 141 households in 2021), so an "
        "extra digit typed on it is caught.",
    ),
    "max_project_amount_times_plan": Setting(
        "GNBV_MAX_PROJECT_AMOUNT_TIMES_PLAN",
        "2",
        "Largest amount accepted for one project (each capital source, the total, and the sum "
        "of its sub-project rows), as a multiple of the plan's total (2 × 81 689 = 163 378 "
        "million VND; Dự án 1 is 89 % of the plan, so an extra digit typed on it is caught).",
    ),
    "max_population_per_commune": Setting(
        "GNBV_MAX_POPULATION_PER_COMMUNE",
        "60000",
        "Largest population accepted for one commune in an allocation criteria workbook: about "
        "ten times the largest Bắc Hà commune on record (Cốc Ly, 6 200 people in 2021).",
    ),
    "max_villages_per_commune": Setting(
        "GNBV_MAX_VILLAGES_PER_COMMUNE",
        "100",
        "Most especially difficult villages accepted for one commune in an allocation criteria "
        "workbook: about five times the most villages of any Bắc Hà commune (Cốc Ly, 19).",
    ),
    # A series of yearly reviews (issue 20).
    "review_year_first": Setting(
        "GNBV_REVIEW_YEAR_FIRST",
        "2021",
        "Earliest review year accepted in an uploaded review (the 2021–2025 programme's first "
        "year); an earlier year is refused with its sheet, row and column.",
    ),
    "review_year_last": Setting(
        "GNBV_REVIEW_YEAR_LAST",
        "2030",
        "Latest review year accepted in an uploaded review; a later year is refused.",
    ),
    "review_change_factor": Setting(
        "GNBV_REVIEW_CHANGE_FACTOR",
        "2",
        "A commune whose households or poor households grow or shrink by more than this factor "
        "from one review to the next in an uploaded series gets a warning naming both years "
        "(2: more than doubling or halving).",
    ),
    "public_url": Setting(
        "GNBV_PUBLIC_URL",
        "http://localhost:8501",
        "The dashboard's address as its readers reach it (scheme, host, any path prefix): the "
        "PDF brief's link and QR code that reopen the same view start with it (the server "
        "cannot know its public host behind a proxy).",
    ),
    "view_cache_mb": Setting(
        "GNBV_VIEW_CACHE_MB",
        "64",
        "Bytes (MiB, as estimated when each is stored) that the views of the shipped data may "
        "hold, shared by all sessions; the least recently used go first.",
    ),
    "session_view_cache_mb": Setting(
        "GNBV_SESSION_VIEW_CACHE_MB",
        "8",
        "Bytes (MiB, estimated likewise) that the views of one session's uploaded data may "
        "hold; they go with the session.",
    ),
}


def _raw(name: str, environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    s = SETTINGS[name]
    value = env.get(s.env, "").strip()
    return value or s.default


@dataclass(frozen=True)
class SettingProblem:
    """A setting whose value could not be used: the variable, the value given and the
    default used instead (the pages name the variable; ``str()`` is the log's line)."""

    env: str
    value: str
    default: str
    expected: str = "a positive number"  # what the value should have been (for the log)

    def __str__(self) -> str:
        return f"{self.env}={self.value!r} is not {self.expected}; using {self.default}"


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
    upload_max_rows: int
    upload_max_columns: int
    upload_max_cell_chars: int
    upload_max_problems: int
    max_households_per_commune: int
    max_project_amount_times_plan: float
    max_population_per_commune: int
    max_villages_per_commune: int
    view_cache_mb: float = 64.0
    session_view_cache_mb: float = 8.0
    public_url: str = "http://localhost:8501"
    review_year_first: int = 2021
    review_year_last: int = 2030
    review_change_factor: float = 2.0
    errors: tuple[SettingProblem, ...] = field(default=())


def _number(name: str, environ, kind):
    raw = _raw(name, environ)
    try:
        value = kind(raw)
        if not math.isfinite(value) or value <= 0:
            raise ValueError
        return value, None
    except ValueError:
        s = SETTINGS[name]
        return kind(s.default), SettingProblem(s.env, raw, s.default)


_PARSED: dict[tuple, Config] = {}  # the settings as last parsed, by the raw values they came from


def load_config(environ: dict[str, str] | None = None) -> Config:
    """The settings in force, from the environment (or ``environ``), with defaults. Pages
    read them several times a run: the raw values are looked up each time (a change in the
    environment is seen at once) and parsed once per distinct set of values."""
    env = os.environ if environ is None else environ
    raw = tuple(env.get(s.env) for s in SETTINGS.values())
    config = _PARSED.get(raw)
    if config is None:
        config = _parse(env)
        if len(_PARSED) >= 16:  # a few environments at most (tests change them)
            _PARSED.clear()
        _PARSED[raw] = config
    return config


def _public_url(environ, errors: list[SettingProblem]) -> str:
    """GNBV_PUBLIC_URL, an http(s) address without query or fragment (else the default)."""
    raw = _raw("public_url", environ)
    if re.fullmatch(r"https?://[^\s?#]+", raw):
        return raw.rstrip("/")
    default = SETTINGS["public_url"].default
    errors.append(SettingProblem("GNBV_PUBLIC_URL", raw, default, "an http(s) address"))
    return default


def _parse(environ) -> Config:
    errors = []
    numbers = {}
    for name, kind in (
        ("max_upload_mb", float),
        ("max_uncompressed_mb", float),
        ("max_zip_entries", int),
        ("upload_max_rows", int),
        ("upload_max_columns", int),
        ("upload_max_cell_chars", int),
        ("upload_max_problems", int),
        ("max_households_per_commune", int),
        ("max_project_amount_times_plan", float),
        ("max_population_per_commune", int),
        ("max_villages_per_commune", int),
        ("review_year_first", int),
        ("review_year_last", int),
        ("review_change_factor", float),
        ("view_cache_mb", float),
        ("session_view_cache_mb", float),
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
        public_url=_public_url(environ, errors),
        errors=tuple(errors),
        **numbers,
    )
