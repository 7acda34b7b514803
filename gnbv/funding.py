"""Where the money goes: the plan's funding table shaped for the Funding page.

Every function takes the project funding table in use (``projects.csv``'s columns, from
``ui.common.projects()``) and returns plain DataFrames. Amounts are million VND. A project
whose ``allocation_status`` is ``not_allocated`` (Dự án 5, "Trung ương chưa phân bổ") keeps
empty amounts (``<NA>``), never 0, and is left out of totals and shares.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from gnbv import fmt
from gnbv.i18n import TextKeys, column, t

CAPITAL_TYPES = ("investment", "recurrent")
AMOUNT = {"investment": "investment_mvnd", "recurrent": "recurrent_mvnd", "total": "total_mvnd"}
NOT_ALLOCATED = "not_allocated"
CAPITAL_TEXT_KEYS: TextKeys = {
    "total": "fund_total",
    "investment": "fund_investment",
    "recurrent": "fund_recurrent",
}
MEASURE_TEXT_KEYS: TextKeys = {
    "amount": "fund_measure_amount",
    "share": "fund_measure_share",
}


def allocated(projects: pd.DataFrame) -> pd.Series:
    """True for the rows that have amounts."""
    return projects["allocation_status"] != NOT_ALLOCATED


def _share(part, whole) -> float | None:
    if pd.isna(part) or not whole:
        return None
    return 100.0 * float(part) / float(whole)


def totals(projects: pd.DataFrame) -> dict[str, int]:
    """``{"investment", "recurrent", "total"}`` summed over the allocated projects."""
    funded = projects[allocated(projects)]
    return {kind: int(funded[col].fillna(0).sum()) for kind, col in AMOUNT.items()}


def project_label(number: object, lang: str) -> str:
    """'Dự án 1' / 'Project 1'."""
    return t("fund_project_n", lang, n=int(number))


def projects_text(numbers: list[int], lang: str) -> str:
    """'Dự án 3' / 'Dự án 1, 2, 4' — 'Project 3' / 'Projects 1, 2, 4'."""
    if len(numbers) == 1:
        return project_label(numbers[0], lang)
    return t("fund_projects_n", lang, numbers=", ".join(str(int(n)) for n in numbers))


def short_headers(lang: str) -> dict[str, str]:
    """Short on-screen headers for the long, unit-bearing export headers."""
    return {
        t("fund_investment_col", lang): t("fund_investment_short", lang),
        t("fund_recurrent_col", lang): t("fund_recurrent_short", lang),
        t("fund_total_col", lang): t("fund_total_short", lang),
        t("fund_amount", lang): t("fund_total_short", lang),
        t("fund_share_col", lang): t("fund_share_short", lang),
    }


def by_capital_type(projects: pd.DataFrame) -> pd.DataFrame:
    """One row per capital type: ``capital_type``, ``amount_mvnd``, ``share_pct``."""
    sums = totals(projects)
    rows = [
        {
            "capital_type": kind,
            "amount_mvnd": sums[kind],
            "share_pct": _share(sums[kind], sums["total"]),
        }
        for kind in CAPITAL_TYPES
    ]
    return pd.DataFrame(rows).astype({"amount_mvnd": "Int64", "share_pct": "Float64"})


def by_project(projects: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per project in the plan's order, with its label, name, amounts and share of the
    total. Not-allocated projects keep ``<NA>`` amounts and ``allocated`` False."""
    total = totals(projects)["total"]
    out = pd.DataFrame(
        {
            "project_id": projects["project_id"].astype(str),
            "number": projects["number"].astype(int),
            "label": [project_label(n, lang) for n in projects["number"]],
            "name": projects[column("name", lang)].astype(str),
            "lead_body_id": projects["lead_body_id"].astype(str),
            "allocated": allocated(projects).astype(bool),
            "investment_mvnd": projects[AMOUNT["investment"]].astype("Int64"),
            "recurrent_mvnd": projects[AMOUNT["recurrent"]].astype("Int64"),
            "total_mvnd": projects[AMOUNT["total"]].astype("Int64"),
        }
    )
    out.loc[~out["allocated"], ["investment_mvnd", "recurrent_mvnd", "total_mvnd"]] = pd.NA
    out["share_pct"] = pd.array([_share(v, total) for v in out["total_mvnd"]], dtype="Float64")
    return out.sort_values("number").reset_index(drop=True)


def by_lead_agency(
    projects: pd.DataFrame, body_name: Callable[[str, str], str], lang: str
) -> pd.DataFrame:
    """One row per lead agency (``chủ trì``): the projects it leads, its amounts and share.

    ``body_name(body_id, lang)`` names a body (``PlanData.body_name``). An agency that leads
    only not-allocated projects keeps ``<NA>`` amounts. Largest total first.
    """
    table = by_project(projects, lang)
    total = totals(projects)["total"]
    rows = []
    for body_id, group in table.groupby("lead_body_id", sort=False):
        funded = group[group["allocated"]]
        has_money = len(funded) > 0
        amounts = {
            col: int(funded[col].sum()) if has_money else pd.NA
            for col in ("investment_mvnd", "recurrent_mvnd", "total_mvnd")
        }
        rows.append(
            {
                "body_id": body_id,
                "name": body_name(body_id, lang),
                "projects": projects_text(list(group["number"]), lang),
                "project_ids": list(group["project_id"]),
                "not_allocated_projects": ", ".join(group.loc[~group["allocated"], "label"]),
                **amounts,
                "share_pct": _share(amounts["total_mvnd"], total) if has_money else None,
            }
        )
    out = pd.DataFrame(rows).astype(
        {
            "investment_mvnd": "Int64",
            "recurrent_mvnd": "Int64",
            "total_mvnd": "Int64",
            "share_pct": "Float64",
        }
    )
    return out.sort_values("total_mvnd", ascending=False, na_position="last").reset_index(drop=True)


def sub_project_number(row) -> str:
    """'3' for a sub_projects.csv row labelled 'Tiểu dự án 3' (or id 'DA4_TDA3')."""
    label_vi, sub_project_id = str(row["label_vi"]), str(row["sub_project_id"])
    found = re.search(r"(\d+)\s*$", label_vi) or re.search(r"(\d+)\s*$", sub_project_id)
    return found.group(1) if found else sub_project_id


def hierarchy(projects: pd.DataFrame, sub_projects: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Nodes of a treemap project → sub-project → capital type (``id``, ``parent``,
    ``label``, ``value``, ``project_id``, ``level``, ``note``), branch values adding up.

    The plan gives amounts per project only. A project with named sub-projects gets ONE
    sub-project node naming them all and carrying the whole project amount, with the note
    that the plan does not split it; no split between sub-projects is invented. A project
    without sub-projects has its capital types directly below it. Not-allocated projects and
    zero amounts have no node (a zero-size box shows nothing)."""
    rows = []
    root = "ROOT"
    sums = totals(projects)
    rows.append(
        {
            "id": root,
            "parent": "",
            "label": t("fund_all_projects", lang),
            "value": sums["total"],
            "project_id": "",
            "level": "root",
            "note": "",
        }
    )
    for _, p in by_project(projects, lang).iterrows():
        if not p["allocated"] or not p["total_mvnd"]:
            continue
        pid = p["project_id"]
        rows.append(
            {
                "id": pid,
                "parent": root,
                "label": p["label"],
                "value": int(p["total_mvnd"]),
                "project_id": pid,
                "level": "project",
                "note": p["name"],
            }
        )
        subs = sub_projects[sub_projects["project_id"] == pid]
        parent = pid
        if len(subs):
            numbers = [sub_project_number(s) for _, s in subs.iterrows()]
            names = "; ".join(str(n) for n in subs[column("name", lang)])
            parent = f"{pid}/TDA"
            rows.append(
                {
                    "id": parent,
                    "parent": pid,
                    "label": t("fund_sub_project_n", lang, n=", ".join(numbers)),
                    "value": int(p["total_mvnd"]),
                    "project_id": pid,
                    "level": "sub_project",
                    "note": f"{names} ({t('fund_sub_not_split', lang)})",
                }
            )
        for kind in CAPITAL_TYPES:
            amount = p[AMOUNT[kind]]
            if pd.isna(amount) or int(amount) == 0:
                continue
            rows.append(
                {
                    "id": f"{parent}/{kind}",
                    "parent": parent,
                    "label": t(CAPITAL_TEXT_KEYS[kind], lang),
                    "value": int(amount),
                    "project_id": pid,
                    "level": kind,
                    "note": "",
                }
            )
    return pd.DataFrame(rows)


def shown_tables(
    projects: pd.DataFrame, body_name: Callable[[str, str], str], lang: str
) -> dict[str, pd.DataFrame]:
    """The tables of exactly what the Funding page shows, with headers in ``lang``, each with
    a total row: {sheet name: table}. Amounts are numbers (empty for not allocated), shares in
    percent rounded to 0.1; text cells are plain text (export.py neutralises them)."""
    na_text = t("not_allocated", lang)
    ok_text = t("fund_allocated", lang)
    sums = totals(projects)

    p = by_project(projects, lang)
    project_table = pd.DataFrame(
        {
            t("fund_project", lang): p["label"],
            t("fund_project_name", lang): p["name"],
            t("fund_investment_col", lang): p["investment_mvnd"],
            t("fund_recurrent_col", lang): p["recurrent_mvnd"],
            t("fund_total_col", lang): p["total_mvnd"],
            t("fund_share_col", lang): p["share_pct"].round(1),
            t("fund_status", lang): [ok_text if a else na_text for a in p["allocated"]],
        }
    )
    project_table = _with_total_row(project_table, sums, lang)

    c = by_capital_type(projects)
    capital_table = pd.DataFrame(
        {
            t("fund_capital_type", lang): [
                t(CAPITAL_TEXT_KEYS[k], lang) for k in c["capital_type"]
            ],
            t("fund_amount", lang): c["amount_mvnd"],
            t("fund_share_col", lang): c["share_pct"].round(1),
        }
    )
    capital_table = pd.concat(
        [
            capital_table,
            pd.DataFrame(
                {
                    t("fund_capital_type", lang): [t("fund_all_projects", lang)],
                    t("fund_amount", lang): pd.array([sums["total"]], dtype="Int64"),
                    t("fund_share_col", lang): pd.array([100.0], dtype="Float64"),
                }
            ),
        ],
        ignore_index=True,
    )

    a = by_lead_agency(projects, body_name, lang)
    agency_table = pd.DataFrame(
        {
            t("fund_lead", lang): a["name"],
            t("fund_projects_led", lang): a["projects"],
            t("fund_investment_col", lang): a["investment_mvnd"],
            t("fund_recurrent_col", lang): a["recurrent_mvnd"],
            t("fund_total_col", lang): a["total_mvnd"],
            t("fund_share_col", lang): a["share_pct"].round(1),
            t("fund_status", lang): [na_text if pd.isna(v) else ok_text for v in a["total_mvnd"]],
        }
    )
    agency_table = _with_total_row(agency_table, sums, lang)
    return {
        t("fund_sheet_projects", lang): project_table,
        t("fund_sheet_capital", lang): capital_table,
        t("fund_sheet_agency", lang): agency_table,
    }


def _with_total_row(table: pd.DataFrame, sums: dict[str, int], lang: str) -> pd.DataFrame:
    row = {c: [None] for c in table.columns}
    row[table.columns[0]] = [t("fund_all_projects", lang)]
    row[t("fund_investment_col", lang)] = [sums["investment"]]
    row[t("fund_recurrent_col", lang)] = [sums["recurrent"]]
    row[t("fund_total_col", lang)] = [sums["total"]]
    row[t("fund_share_col", lang)] = [100.0]
    total = pd.DataFrame(row)
    out = pd.concat([table, total], ignore_index=True)
    for col in (t("fund_investment_col", lang), t("fund_recurrent_col", lang)):
        out[col] = out[col].astype("Int64")
    out[t("fund_total_col", lang)] = out[t("fund_total_col", lang)].astype("Int64")
    out[t("fund_share_col", lang)] = out[t("fund_share_col", lang)].astype("Float64")
    return out


def amount_text(value, lang: str) -> str:
    """An amount for a label: '70.852' / '70,852', or the not-allocated wording for <NA>."""
    return t("not_allocated", lang) if pd.isna(value) else fmt.number(value, lang)


def formatted(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A display copy of a table with its numbers written in ``lang`` (whole numbers as
    amounts, decimals to 0.1) and empty cells as a dash; the exported tables keep numbers."""
    out = frame.copy()
    for col in out.columns:
        series = out[col]
        if pd.api.types.is_integer_dtype(series):
            out[col] = [fmt.number(v, lang) for v in series]
        elif pd.api.types.is_float_dtype(series):
            out[col] = [fmt.number(v, lang, 1) for v in series]
        else:
            out[col] = ["" if v is None or pd.isna(v) else str(v) for v in series]
    return out
