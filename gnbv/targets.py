"""Targets and responsibilities: the plan's targets as cards, who leads / co-ordinates which
project, and the legal bases by level. Plain pandas; text in the UI language."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from babel.dates import format_date

from gnbv import fmt
from gnbv.data import split_ids
from gnbv.i18n import TextKeys, column, t

LEAD = "lead"
COORDINATES = "coordinates"
LEVELS = ("central", "province", "district")
LEVEL_TEXT_KEYS: TextKeys = {
    "central": "tgt_level_central",
    "province": "tgt_level_province",
    "district": "tgt_level_district",
}
ROLE_TEXT_KEYS: TextKeys = {
    "lead": "tgt_lead",
    "coordinates": "tgt_coordinates",
}
DIRECTION_TEXT_KEYS: TextKeys = {
    "at_least": "tgt_at_least",
    "more_than": "tgt_more_than",
    "average": "tgt_average",
}
PER_YEAR_TEXT_KEYS: TextKeys = {
    "at_least": "home_per_year_at_least",
    "average": "home_per_year_average",
}
UNIT_TEXT_KEYS: TextKeys = {
    "pp_per_year": "tgt_unit_pp_per_year",
    "pct": "tgt_unit_pct",
}
UNIT_LONG_TEXT_KEYS: TextKeys = {
    "pp_per_year": "tgt_unit_pp_per_year_long",
    "pct": "tgt_unit_pct_long",
}
SCOPE_TEXT_KEYS: TextKeys = {
    "district": "tgt_scope_district",
    "poor_communes": "tgt_scope_poor_communes",
}
# targets.csv metric → district_poverty.csv column of the published yearly fall
ACTUAL_COLUMNS = {"poor_rate_reduction": "poor_rate_reduction_pp"}


def value_text(row, lang: str) -> str:
    """'≥ 7 điểm %/năm' / '≥ 7 pp a year'; '> 80%'."""
    sign = t(DIRECTION_TEXT_KEYS[row["direction"]], lang)
    number = fmt.compact(row["value"], lang, 2)
    unit = t(UNIT_TEXT_KEYS[row["unit"]], lang)
    joiner = "" if row["unit"] == "pct" else " "
    return f"{sign} {number}{joiner}{unit}"


def actuals(target, district_poverty: pd.DataFrame) -> list[dict]:
    """Published yearly falls to compare with a district target (only where the data has
    them, and only published figures — a derived year is not a result). Each:
    ``{"year", "value", "met", "source_id"}``."""
    col = ACTUAL_COLUMNS.get(str(target["metric"]))
    if col is None or target["scope"] != "district" or target["unit"] != "pp_per_year":
        return []
    rows = district_poverty[
        (district_poverty["status"] == "published") & district_poverty[col].notna()
    ]
    out = []
    for _, r in rows.sort_values("year").iterrows():
        value = float(r[col])
        goal = float(target["value"])
        met = value > goal if target["direction"] == "more_than" else value >= goal
        out.append(
            {"year": int(r["year"]), "value": value, "met": met, "source_id": str(r["source_id"])}
        )
    return out


def cards(targets: pd.DataFrame, district_poverty: pd.DataFrame, lang: str) -> list[dict]:
    """One card per target / key result in the plan's order: ``kind``, ``value_text``,
    ``unit_text``, ``scope_text``, ``wording`` (the plan's text in ``lang``), ``source_ref``,
    ``actuals``."""
    out = []
    for _, row in targets.iterrows():
        out.append(
            {
                "target_id": str(row["target_id"]),
                "kind": str(row["kind"]),
                "value_text": value_text(row, lang),
                "unit_text": t(UNIT_LONG_TEXT_KEYS[row["unit"]], lang),
                "scope_text": t(SCOPE_TEXT_KEYS[row["scope"]], lang),
                "wording": str(row[column("wording", lang)]),
                "source_ref": str(row["source_ref"]),
                "actuals": actuals(row, district_poverty),
            }
        )
    return out


def roles(projects: pd.DataFrame) -> dict[tuple[str, str], str]:
    """``{(body_id, project_id): "lead" | "coordinates"}`` from lead_body_id and
    coordinating_body_ids."""
    out: dict[tuple[str, str], str] = {}
    for _, p in projects.iterrows():
        pid = str(p["project_id"])
        for body in split_ids(p["coordinating_body_ids"]):
            out[(body, pid)] = COORDINATES
        out[(str(p["lead_body_id"]), pid)] = LEAD
    return out


def responsibility_matrix(
    projects: pd.DataFrame, bodies: pd.DataFrame, other_bodies: pd.DataFrame, lang: str
) -> pd.DataFrame:
    """Rows: the bodies of section 6 in the plan's order, then any other body the projects
    name (``section`` empty); columns ``body_id``, ``section``, ``name``, then one per project
    (``DA1`` …) holding "lead", "coordinates" or "" ."""
    role = roles(projects)
    project_ids = [str(p) for p in projects.sort_values("number")["project_id"]]
    named = {b for b, _ in role}
    rows = []
    for _, b in bodies.iterrows():
        rows.append((str(b["body_id"]), str(b["section"]), str(b[column("name", lang)])))
    for _, b in other_bodies.iterrows():
        if str(b["body_id"]) in named:
            rows.append((str(b["body_id"]), "", str(b[column("name", lang)])))
    table = pd.DataFrame(rows, columns=["body_id", "section", "name"])
    for pid in project_ids:
        table[pid] = [role.get((body, pid), "") for body in table["body_id"]]
    return table


def matrix_for_display(matrix: pd.DataFrame, projects: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The matrix with headers and cells in ``lang``: 'Dự án 1' columns, 'Chủ trì' /
    'Phối hợp' cells, '(ngoài mục 6)' after a body not in section 6."""
    numbers = dict(zip(projects["project_id"].astype(str), projects["number"].astype(int)))
    cell = {LEAD: "● " + t("tgt_lead", lang), COORDINATES: "○ " + t("tgt_coordinates", lang)}
    out = pd.DataFrame(
        {
            t("tgt_section", lang): [s or fmt.DASH for s in matrix["section"]],
            t("tgt_body", lang): [
                n if s else f"{n} ({t('tgt_other_body', lang)})"
                for n, s in zip(matrix["name"], matrix["section"], strict=True)
            ],
        }
    )
    for pid in [c for c in matrix.columns if c in numbers]:
        out[t("fund_project_n", lang, n=numbers[pid])] = [cell.get(v, "") for v in matrix[pid]]
    return out


def coordinates_all(matrix: pd.DataFrame, body_id: str) -> bool:
    """True when ``body_id`` has a role in every project (UBND_XA co-ordinates them all)."""
    hit = matrix[matrix["body_id"] == body_id]
    project_cols = [c for c in matrix.columns if c not in ("body_id", "section", "name")]
    return len(hit) == 1 and all(hit.iloc[0][c] for c in project_cols)


def issued_text(value: object, lang: str) -> str:
    """'28/07/2021' (vi) / 'July 28, 2021' (en); no date → the plan gives none."""
    if value is None or pd.isna(value) or not str(value).strip():
        return t("tgt_date_unknown", lang)
    try:
        day = dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return str(value)
    pattern = "dd/MM/yyyy" if lang == "vi" else "long"
    return t("tgt_issued", lang, date=format_date(day, format=pattern, locale=fmt.locale(lang)))


def legal_bases_by_level(legal_bases: pd.DataFrame, lang: str) -> dict[str, pd.DataFrame]:
    """``{level: rows}`` central → province → district (plan order kept within a level), each
    row with ``number``, ``issuer``, ``issued``, ``title``."""
    out = {}
    issuer_col = "issuer" if lang == "vi" else "issuer_en"
    for level in LEVELS:
        rows = legal_bases[legal_bases["level"] == level]
        if not len(rows):
            continue
        out[level] = pd.DataFrame(
            {
                "number": rows["number"].astype(str),
                "issuer": rows[issuer_col].astype(str),
                "issued": [issued_text(v, lang) for v in rows["issued_on"]],
                "title": rows[column("title", lang)].astype(str),
            }
        ).reset_index(drop=True)
    return out
