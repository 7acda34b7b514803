"""Named scenarios saved in SQLite (setting ``scenario_db``), and named coefficient sets of the
allocation page in a second table of the same file (``kind=COEFFICIENT_SETS``).

Every write is one transaction (WAL journal, full sync): a crash or an error mid-write leaves
the previous data as it was. A scenario (a coefficient set) is stored as its URL values
(gnbv.url_state) and read back through the same validation, so a tampered file cannot inject
anything.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from gnbv import url_state as us
from gnbv.i18n import TextKeys
from gnbv.scenario import ScenarioParams

MAX_NAME_LENGTH = 60
TIMEOUT_S = 5.0
SCHEMA = """
CREATE TABLE IF NOT EXISTS {table} (
    name TEXT PRIMARY KEY NOT NULL,
    params TEXT NOT NULL,
    saved_at TEXT NOT NULL
)
"""


# What the public is told of a name that cannot be saved (InvalidName.reason).
NAME_TEXT_KEYS: TextKeys = {
    "not_text": "store_name_not_text",
    "empty": "store_name_empty",
    "too_long": "store_name_too_long",
    "control": "store_name_control",
}


class InvalidName(ValueError):
    """A scenario name that is not text, empty, too long or has control characters:
    ``reason`` is one of ``REASONS`` (the pages translate it: ``NAME_TEXT_KEYS``, with
    ``limit``); the message is the English for logs."""

    REASONS = ("not_text", "empty", "too_long", "control")

    def __init__(self, reason: str, message: str):
        self.reason = reason
        self.limit = MAX_NAME_LENGTH
        super().__init__(message)


@dataclass(frozen=True)
class SavedScenario:
    name: str
    params: ScenarioParams  # or gnbv.allocation.Coefficients for COEFFICIENT_SETS
    saved_at: str
    notices: tuple[str, ...] = ()  # URL keys of stored values that failed validation


@dataclass(frozen=True)
class Kind:
    """What one table holds: its name (ours, never user input), how a value is stored as URL
    text and how it is read back through the URL's validation."""

    table: str
    payload: Callable[[object], str | None]
    parse: Callable[[dict], tuple[object, list[str]]]


SCENARIOS = Kind("scenarios", lambda params: _payload(params), us.params_from_query)
COEFFICIENT_SETS = Kind(
    "coefficient_sets",
    lambda coefficients: json.dumps(us.coefficients_to_values(coefficients), sort_keys=True),
    us.coefficients_from_values,
)
KINDS = (SCENARIOS, COEFFICIENT_SETS)


def clean_name(name: object) -> str:
    """The name, trimmed and NFC-normalised; :class:`InvalidName` if it is not acceptable."""
    if not isinstance(name, str):
        raise InvalidName("not_text", "not text")
    text = unicodedata.normalize("NFC", " ".join(name.split()))
    if not text:
        raise InvalidName("empty", "empty")
    if len(text) > MAX_NAME_LENGTH:
        raise InvalidName("too_long", f"longer than {MAX_NAME_LENGTH} characters")
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        raise InvalidName("control", "control characters")
    return text


def _connect(path: Path) -> sqlite3.Connection:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=TIMEOUT_S)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    for kind in KINDS:
        conn.execute(SCHEMA.format(table=kind.table))
    return conn


def _payload(params: ScenarioParams) -> str | None:
    """All the scenario's values as URL text (not only the non-default ones, so a later
    change of the defaults does not change a saved scenario)."""
    return json.dumps(
        {spec.key: us.format_value(getattr(params, spec.field)) for spec in us.URL_FIELDS},
        sort_keys=True,
    )


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def save(path: Path, name: str, params: ScenarioParams, kind: Kind = SCENARIOS) -> str:
    """Save (or replace) ``params`` under ``name`` in one transaction; the clean name."""
    name = clean_name(name)
    with closing(_connect(path)) as conn, conn:
        conn.execute(f"DELETE FROM {kind.table} WHERE name = ?", (name,))
        conn.execute(
            f"INSERT INTO {kind.table} (name, params, saved_at) VALUES (?, ?, ?)",
            (name, kind.payload(params), _now()),
        )
    return name


def _parse(name: str, payload: str, saved_at: str, kind: Kind = SCENARIOS) -> SavedScenario:
    try:
        values = json.loads(payload)
        if not isinstance(values, dict):
            values = {}
    except (TypeError, ValueError):
        values = {}
    params, rejected = kind.parse(values)
    return SavedScenario(name, params, saved_at, tuple(rejected))


def list_scenarios(path: Path, kind: Kind = SCENARIOS) -> list[SavedScenario]:
    """Saved scenarios (or coefficient sets) by name; an empty list if there is no database."""
    if not Path(path).exists():
        return []
    with closing(_connect(path)) as conn:
        rows = conn.execute(
            f"SELECT name, params, saved_at FROM {kind.table} ORDER BY name COLLATE NOCASE"
        ).fetchall()
    return [_parse(*row, kind=kind) for row in rows]


def load(path: Path, name: str, kind: Kind = SCENARIOS) -> SavedScenario | None:
    if not Path(path).exists():
        return None
    with closing(_connect(path)) as conn:
        row = conn.execute(
            f"SELECT name, params, saved_at FROM {kind.table} WHERE name = ?", (name,)
        ).fetchone()
    return _parse(*row, kind=kind) if row else None


def exists(path: Path, name: str, kind: Kind = SCENARIOS) -> bool:
    """Whether saving under ``name`` would replace something (the name cleaned as
    :func:`save` cleans it); False for a name that cannot be saved."""
    try:
        name = clean_name(name)
    except InvalidName:
        return False
    return load(path, name, kind) is not None


def delete(path: Path, name: str, kind: Kind = SCENARIOS) -> bool:
    """Delete ``name``; True if it existed."""
    if not Path(path).exists():
        return False
    with closing(_connect(path)) as conn, conn:
        cursor = conn.execute(f"DELETE FROM {kind.table} WHERE name = ?", (name,))
    return cursor.rowcount > 0
