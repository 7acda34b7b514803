"""Load and validate the shipped data files into typed pandas DataFrames.

Every file is read as text and converted column by column, so that a broken file fails with
a :class:`~gnbv.errors.DataFileError` naming the file, the row and the column.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path

import pandas as pd

from gnbv.data_series import SERIES_FILE, SERIES_SCHEMA, check_commune_series
from gnbv.errors import DataFileError
from gnbv.versioned import Versioned, derived_version, digest

# Column kinds: "id" (non-empty text), "code" (digits, leading zeros kept), "text"
# (optional text), "int", "float", "bool". Required columns may not be empty.
Schema = dict[str, str]

SCHEMAS: dict[str, tuple[Schema, set[str], list[str]]] = {
    # file: (columns and kinds, required columns, unique key)
    "plan.csv": (
        {
            "plan_id": "id",
            "number": "text",
            "title_vi": "id",
            "title_en": "id",
            "issuer_vi": "id",
            "issuer_en": "id",
            "place_date_vi": "text",
            "place_date_en": "text",
            "signed_by_vi": "text",
            "signed_by_en": "text",
            "year": "int",
            "total_mvnd": "int",
            "investment_mvnd": "int",
            "recurrent_mvnd": "int",
            "source_id": "id",
            "source_ref": "id",
        },
        {"year", "total_mvnd", "investment_mvnd", "recurrent_mvnd"},
        ["plan_id"],
    ),
    "projects.csv": (
        {
            "project_id": "id",
            "number": "int",
            "name_vi": "id",
            "name_en": "id",
            "investment_mvnd": "int",
            "recurrent_mvnd": "int",
            "total_mvnd": "int",
            "allocation_status": "id",
            "lead_body_id": "id",
            "coordinating_body_ids": "text",
            "objective_vi": "id",
            "objective_en": "id",
            "target_groups_vi": "id",
            "target_groups_en": "id",
            "support_content_vi": "id",
            "support_content_en": "id",
            "source_id": "id",
            "source_ref": "id",
        },
        {"number"},
        ["project_id"],
    ),
    "sub_projects.csv": (
        {
            "project_id": "id",
            "sub_project_id": "id",
            "label_vi": "id",
            "name_vi": "id",
            "name_en": "id",
            "source_id": "id",
            "source_ref": "id",
        },
        set(),
        ["sub_project_id"],
    ),
    "targets.csv": (
        {
            "target_id": "id",
            "kind": "id",
            "metric": "id",
            "scope": "id",
            "value": "float",
            "unit": "id",
            "direction": "id",
            "wording_vi": "id",
            "wording_en": "id",
            "source_id": "id",
            "source_ref": "id",
        },
        {"value"},
        ["target_id"],
    ),
    "bodies.csv": (
        {
            "body_id": "id",
            "section": "id",
            "name_vi": "id",
            "name_en": "id",
            "tasks_vi": "id",
            "tasks_en": "id",
            "source_id": "id",
            "source_ref": "id",
        },
        set(),
        ["body_id"],
    ),
    "other_bodies.csv": (
        {"body_id": "id", "name_vi": "id", "name_en": "id", "source_id": "id", "source_ref": "id"},
        set(),
        ["body_id"],
    ),
    "legal_bases.csv": (
        {
            "document_id": "id",
            "number": "id",
            "issued_on": "text",
            "issuer": "id",
            "issuer_en": "id",
            "title_vi": "id",
            "title_en": "id",
            "level": "id",
            "source_id": "id",
            "source_ref": "id",
        },
        set(),
        ["document_id"],
    ),
    "allocation_rules.csv": (
        {
            "rule_id": "id",
            "document_vi": "id",
            "document_en": "id",
            "issued_on": "text",
            "issuer_vi": "id",
            "issuer_en": "id",
            "used_for": "id",
            "coefficients_read": "bool",
            "what_we_know_vi": "id",
            "what_we_know_en": "id",
            "source_id": "id",
            "source_ref": "id",
        },
        {"coefficients_read"},
        ["rule_id"],
    ),
    "communes.csv": (
        {
            "code": "code",
            "name": "id",
            "full_name": "id",
            "unit_type": "id",
            "area_km2_reported": "float",
            "population_2009": "int",
            "population_2009_note": "text",
            "households_reported": "int",
            "households_reported_year": "text",
            "villages": "int",
            "main_ethnic_groups": "text",
            "is_extremely_difficult": "bool",
            "source_ids": "id",
            "notes": "text",
        },
        {"population_2009"},
        ["code"],
    ),
    "sources.csv": (
        {
            "source_id": "id",
            "publisher_vi": "id",
            "publisher_en": "id",
            "year": "text",
            "title": "text",
            "url": "text",
        },
        {"source_id", "publisher_vi", "publisher_en"},
        ["source_id"],
    ),
    "district_poverty.csv": (
        {
            "year": "int",
            "reference_point": "id",
            "poor_rate_pct": "float",
            "near_poor_rate_pct": "float",
            "poor_rate_reduction_pp": "float",
            "status": "id",
            "source_id": "id",
            "note": "text",
        },
        {"year", "poor_rate_pct"},
        ["year"],
    ),
    "commune_poverty_illustrative.csv": (
        {
            "code": "code",
            "year": "int",
            "households": "int",
            "poor_households": "int",
            "near_poor_households": "int",
            "ethnic_minority_households": "int",
            "ethnic_minority_poor_households": "int",
            "is_poor_commune": "bool",
            "households_basis": "id",
            "is_illustrative": "bool",
            "source": "id",
        },
        {
            "year",
            "households",
            "poor_households",
            "near_poor_households",
            "ethnic_minority_households",
            "ethnic_minority_poor_households",
            "is_poor_commune",
            "is_illustrative",
        },
        ["code"],
    ),
    # One row per commune and review year (issue 20): gnbv.data_series.
    SERIES_FILE: SERIES_SCHEMA,
}

ALLOCATION_STATUSES = {"allocated", "not_allocated"}
UNIT_TYPES = {"thi_tran", "xa"}
COMMUNE_CODE_DIGITS = 5
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def split_ids(value: object) -> list[str]:
    """The ids of a ";"-separated field: "LDTBXH; TC" → ["LDTBXH", "TC"]. An empty or missing
    value (None, pd.NA, NaN, "") gives []. The one reader of such fields (bodies, sources)."""
    if isinstance(value, str):
        text = value
    elif value is None or pd.isna(value):
        return []
    else:
        text = str(value)
    return [part.strip() for part in text.split(";") if part.strip()]


def _first(file: str, column: str, raw: pd.Series, bad: pd.Series, message: str) -> None:
    """Raise for the first row where ``bad`` holds; ``message`` may quote the value ({value})."""
    if bad.any():
        row = bad.idxmax()
        raise DataFileError(file, message.format(value=raw[row]), row + 2, column)


def _as_code(file: str, column: str, raw: pd.Series, empty: pd.Series) -> pd.Series:
    _first(
        file, column, raw, ~empty & ~raw.str.fullmatch(r"\d+"), "'{value}' is not a code of digits"
    )
    return raw.astype("string")


def _as_number(file: str, column: str, raw: pd.Series, empty: pd.Series, kind: str) -> pd.Series:
    values = pd.to_numeric(raw.where(~empty, None), errors="coerce")
    _first(file, column, raw, ~empty & values.isna(), "'{value}' is not a number")
    if kind == "float":
        return values.astype("Float64")
    fractional = values.notna() & (values != values.round())
    _first(file, column, raw, fractional, "'{value}' is not a whole number")
    return values.astype("Int64")


def _as_bool(file: str, column: str, raw: pd.Series, empty: pd.Series) -> pd.Series:
    lowered = raw.str.lower()
    _first(
        file, column, raw, ~empty & ~lowered.isin(_TRUE | _FALSE), "'{value}' is not true or false"
    )
    return lowered.map(lambda v: True if v in _TRUE else (False if v in _FALSE else pd.NA)).astype(
        "boolean"
    )


def _converted(file: str, column: str, kind: str, raw: pd.Series, empty: pd.Series) -> pd.Series:
    if kind == "id":
        return raw.astype("string")
    if kind == "text":
        return raw.where(~empty, None).astype("string")
    if kind == "code":
        return _as_code(file, column, raw, empty)
    if kind in ("int", "float"):
        return _as_number(file, column, raw, empty, kind)
    return _as_bool(file, column, raw, empty)


def _convert(file: str, frame: pd.DataFrame, schema: Schema, required: set[str]) -> pd.DataFrame:
    missing = [c for c in schema if c not in frame.columns]
    if missing:
        raise DataFileError(
            file,
            f"missing column(s) {', '.join(missing)}; expected {', '.join(schema)}",
            column=missing[0],
        )
    out = {}
    for column, kind in schema.items():
        raw = frame[column].str.strip()
        empty = raw == ""
        if kind == "id" or column in required:
            _first(file, column, raw, empty, "is empty; a value is required")
        out[column] = _converted(file, column, kind, raw, empty)
    return pd.DataFrame(out, index=frame.index)


def read_table(path: Path) -> pd.DataFrame:
    """Read and type one data file according to its schema in :data:`SCHEMAS`."""
    file = path.name
    schema, required, key = SCHEMAS[file]
    if not path.exists():
        raise DataFileError(file, f"file not found at {path}")
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise DataFileError(file, f"cannot be read as UTF-8 CSV ({exc})") from exc
    if raw.empty:
        raise DataFileError(file, "has no data rows")
    table = _convert(file, raw, schema, required)
    duplicated = table.duplicated(subset=key, keep="first")
    if duplicated.any():
        row = duplicated.idxmax()
        value = ", ".join(str(table.at[row, k]) for k in key)
        raise DataFileError(file, f"duplicate {'/'.join(key)} '{value}'", row + 2, key[0])
    return table


@dataclass(frozen=True)
class PlanData:
    """All the shipped data, validated and reconciled."""

    plan: pd.Series
    projects: pd.DataFrame
    sub_projects: pd.DataFrame
    targets: pd.DataFrame
    bodies: pd.DataFrame
    other_bodies: pd.DataFrame
    legal_bases: pd.DataFrame
    communes: pd.DataFrame
    district_poverty: pd.DataFrame
    commune_baseline: pd.DataFrame
    allocation_rules: pd.DataFrame
    sources: pd.DataFrame
    # One row per commune and review year (2022–2024, illustrative): gnbv.progress's input.
    commune_series: pd.DataFrame
    # The digest of each table's content and of them all (gnbv.versioned), computed once when
    # the data is made (a copy made by dataclasses.replace computes its own): the caches key
    # views by them. The tables are never changed in place.
    versions: dict[str, str] = field(init=False, repr=False, compare=False)
    version: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        versions = {f.name: digest(getattr(self, f.name)) for f in fields(self) if f.init}
        object.__setattr__(self, "versions", versions)
        object.__setattr__(self, "version", derived_version(*versions.values()))

    def versioned(self, name: str) -> Versioned:
        """The table ``name`` with its version, as the shipped data (its views are shared)."""
        return Versioned(getattr(self, name), self.versions[name], shipped=True)

    @cached_property
    def citations(self) -> dict[str, tuple[str, str]]:
        """``{source_id: (Vietnamese, English)}`` short citations for readers: the publisher
        and, when known, the year ('VietNamNet, ~2024'; '~' where data/SOURCES.md gives the
        date only roughly). For :func:`gnbv.i18n.cite`."""
        out = {}
        for r in self.sources.itertuples():
            year = f", {r.year}" if isinstance(r.year, str) and r.year else ""
            out[r.source_id] = (f"{r.publisher_vi}{year}", f"{r.publisher_en}{year}")
        return out

    def body_name(self, body_id: str, lang: str) -> str:
        for table in (self.bodies, self.other_bodies):
            hit = table.loc[table["body_id"] == body_id, f"name_{lang}"]
            if len(hit):
                return str(hit.iloc[0])
        return body_id


AMOUNTS = ("investment_mvnd", "recurrent_mvnd", "total_mvnd")


def _check_project_row(i, row: pd.Series, file: str) -> None:
    status = row["allocation_status"]
    if status not in ALLOCATION_STATUSES:
        raise DataFileError(
            file,
            f"'{status}' is not one of {sorted(ALLOCATION_STATUSES)}",
            i + 2,
            "allocation_status",
        )
    amounts = [row[column] for column in AMOUNTS]
    if status == "not_allocated":
        for column, value in zip(AMOUNTS, amounts):
            if not pd.isna(value):
                raise DataFileError(
                    file,
                    f"project {row['project_id']} is not allocated, so it has no "
                    f"amount (found {value}); leave the cell empty, not 0",
                    i + 2,
                    column,
                )
        return
    for column, value in zip(AMOUNTS, amounts):
        if pd.isna(value):
            raise DataFileError(file, "is empty for an allocated project", i + 2, column)
        if value < 0:
            raise DataFileError(file, f"{value} is negative", i + 2, column)
    if amounts[0] + amounts[1] != amounts[2]:
        raise DataFileError(
            file,
            f"investment {amounts[0]} + recurrent {amounts[1]} = "
            f"{amounts[0] + amounts[1]}, not the total {amounts[2]}",
            i + 2,
            "total_mvnd",
        )


def check_projects(projects: pd.DataFrame, plan: pd.Series, file: str = "projects.csv") -> None:
    """DOMAIN.md §1: ĐTPT + SN = total on every row; rows add up to the plan's totals;
    a project not allocated has no amounts (it is not a zero)."""
    for i, row in projects.iterrows():
        _check_project_row(i, row, file)
    for column in AMOUNTS:
        total = int(projects[column].sum())
        if total != int(plan[column]):
            raise DataFileError(
                file,
                f"the projects add up to {total}, but the plan states {int(plan[column])}",
                column=column,
            )
    if int(plan["investment_mvnd"]) + int(plan["recurrent_mvnd"]) != int(plan["total_mvnd"]):
        raise DataFileError("plan.csv", "investment + recurrent is not the total", 2, "total_mvnd")


def check_communes(communes: pd.DataFrame, file: str = "communes.csv") -> None:
    for i, row in communes.iterrows():
        if len(row["code"]) != COMMUNE_CODE_DIGITS:
            raise DataFileError(
                file,
                f"'{row['code']}' is not a {COMMUNE_CODE_DIGITS}-digit GSO code",
                i + 2,
                "code",
            )
        if row["unit_type"] not in UNIT_TYPES:
            raise DataFileError(
                file, f"'{row['unit_type']}' is not one of {sorted(UNIT_TYPES)}", i + 2, "unit_type"
            )


def check_commune_baseline(baseline: pd.DataFrame, communes: pd.DataFrame, file: str) -> None:
    """Codes known, every commune present, counts consistent (poor + near-poor ≤ households)."""
    known = set(communes["code"])
    for i, row in baseline.iterrows():
        if row["code"] not in known:
            raise DataFileError(
                file, f"'{row['code']}' is not one of the 19 communes", i + 2, "code"
            )
        for column in (
            "households",
            "poor_households",
            "near_poor_households",
            "ethnic_minority_households",
            "ethnic_minority_poor_households",
        ):
            if row[column] < 0:
                raise DataFileError(file, f"{row[column]} is negative", i + 2, column)
        if row["households"] == 0:
            raise DataFileError(file, "a commune has households; 0 found", i + 2, "households")
        if row["poor_households"] + row["near_poor_households"] > row["households"]:
            raise DataFileError(
                file, "poor + near-poor households exceed households", i + 2, "near_poor_households"
            )
        if row["ethnic_minority_poor_households"] > row["poor_households"]:
            raise DataFileError(
                file,
                "ethnic-minority poor households exceed poor households",
                i + 2,
                "ethnic_minority_poor_households",
            )
        if row["ethnic_minority_households"] > row["households"]:
            raise DataFileError(
                file,
                "ethnic-minority households exceed households",
                i + 2,
                "ethnic_minority_households",
            )
    missing = known - set(baseline["code"])
    if missing:
        raise DataFileError(
            file, f"commune code(s) missing: {', '.join(sorted(missing))}", column="code"
        )


def check_sources(data: PlanData) -> None:
    """Every source id cited by a data file has its citation in sources.csv."""
    known = set(data.sources["source_id"])
    cited = {
        "projects.csv": (data.projects, "source_id"),
        "sub_projects.csv": (data.sub_projects, "source_id"),
        "targets.csv": (data.targets, "source_id"),
        "bodies.csv": (data.bodies, "source_id"),
        "other_bodies.csv": (data.other_bodies, "source_id"),
        "legal_bases.csv": (data.legal_bases, "source_id"),
        "communes.csv": (data.communes, "source_ids"),
        "district_poverty.csv": (data.district_poverty, "source_id"),
    }
    for file, (table, column) in cited.items():
        for i, cell in enumerate(table[column]):
            missing = [s for s in split_ids(cell) if s not in known]
            if missing:
                raise DataFileError(
                    file, f"source '{missing[0]}' is not in sources.csv", i + 2, column
                )


def check_references(data: PlanData) -> None:
    check_sources(data)
    bodies = set(data.bodies["body_id"]) | set(data.other_bodies["body_id"])
    for i, row in data.projects.iterrows():
        ids = [row["lead_body_id"], *split_ids(row["coordinating_body_ids"])]
        for body in ids:
            if body not in bodies:
                raise DataFileError(
                    "projects.csv",
                    f"body '{body}' is in neither bodies.csv nor other_bodies.csv",
                    i + 2,
                    "lead_body_id" if body == ids[0] else "coordinating_body_ids",
                )
    projects = set(data.projects["project_id"])
    for i, row in data.sub_projects.iterrows():
        if row["project_id"] not in projects:
            raise DataFileError(
                "sub_projects.csv",
                f"project '{row['project_id']}' is not in projects.csv",
                i + 2,
                "project_id",
            )


def load_plan_data(data_dir: Path) -> PlanData:
    """Load, type and check every shipped data file in ``data_dir``."""
    tables = {name: read_table(Path(data_dir) / name) for name in SCHEMAS}
    plan = tables["plan.csv"].iloc[0]
    check_projects(tables["projects.csv"], plan)
    check_communes(tables["communes.csv"])
    check_commune_baseline(
        tables["commune_poverty_illustrative.csv"],
        tables["communes.csv"],
        "commune_poverty_illustrative.csv",
    )
    check_commune_series(
        tables[SERIES_FILE],
        tables["commune_poverty_illustrative.csv"],
        tables["communes.csv"],
        tables["district_poverty.csv"],
        check_commune_baseline,
    )
    data = PlanData(
        plan=plan,
        projects=tables["projects.csv"],
        sub_projects=tables["sub_projects.csv"],
        targets=tables["targets.csv"],
        bodies=tables["bodies.csv"],
        other_bodies=tables["other_bodies.csv"],
        legal_bases=tables["legal_bases.csv"],
        communes=tables["communes.csv"],
        district_poverty=tables["district_poverty.csv"],
        commune_baseline=tables["commune_poverty_illustrative.csv"],
        allocation_rules=tables["allocation_rules.csv"],
        sources=tables["sources.csv"],
        commune_series=tables[SERIES_FILE],
    )
    check_references(data)
    return data


def headline(data: PlanData) -> dict[str, object]:
    """The figures of the home page, all from the data."""
    allocated = data.projects[data.projects["allocation_status"] == "allocated"]
    poor_target = data.targets.set_index("target_id")["value"]
    return {
        "total_mvnd": int(data.plan["total_mvnd"]),
        "investment_mvnd": int(data.plan["investment_mvnd"]),
        "recurrent_mvnd": int(data.plan["recurrent_mvnd"]),
        "projects": len(data.projects),
        "projects_allocated": len(allocated),
        "communes": len(data.communes),
        "towns": int((data.communes["unit_type"] == "thi_tran").sum()),
        "poor_rate_reduction_pp": float(poor_target["T_POOR"]),
        "poor_commune_reduction_pp": float(poor_target["T_POOR_COMMUNE"]),
        "near_poor_reduction_pp": float(poor_target["T_NEAR_POOR"]),
        "ethnic_minority_reduction_pp": float(poor_target["T_EM_POOR"]),
    }
