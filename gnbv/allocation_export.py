"""The Excel workbook of an allocation: the amounts, the parameters, the coefficients, the
criteria and their sources, in the UI language.

Built through gnbv.export (text neutralised against formulas, numbers left as numbers)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from gnbv import allocation as al
from gnbv.allocation import UNITS
from gnbv.export import to_excel_bytes
from gnbv.i18n import TextKeys, column, t
from gnbv.maps.tables import unit_label
from gnbv.views.allocation import DEFAULT_SOURCES, SOURCE_TEXT_KEYS, criterion_label

SHEETS = ("allocation", "parameters", "coefficients", "criteria", "sources")
SHEET_TEXT_KEYS: TextKeys = {
    "allocation": "alc_x_sheet_allocation",
    "parameters": "alc_x_sheet_parameters",
    "coefficients": "alc_x_sheet_coefficients",
    "criteria": "alc_x_sheet_criteria",
    "sources": "alc_x_sheet_sources",
}
# The allocation sheet's columns.
COLUMN_TEXT_KEYS: TextKeys = {
    "code": "alc_x_code",
    "name": "alc_x_name",
    "unit": "alc_x_unit",
    "poor": "alc_x_poor",
    "points": "alc_x_points",
    "points_share": "alc_x_points_share",
    "amount": "alc_x_amount",
    "share": "alc_x_share",
    "floor": "alc_x_floor",
    "cap": "alc_x_cap",
    "bound": "alc_x_bound",
    "per_poor": "alc_x_per_poor",
}


def _number(value: object) -> object:
    """A plain number for a cell (NaN → empty, -0.0 → 0, whole floats → int)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        value = float(value)
        return int(value) if value == int(value) else value
    return value


def _numbers(values, decimals: int | None = None) -> list[object]:
    out = []
    for v in values:
        n = _number(v)
        if decimals is not None and isinstance(n, float):
            n = _number(round(n, decimals))
        out.append(n)
    return out


def allocation_sheet(result: al.Allocation, lang: str) -> pd.DataFrame:
    tab = result.table
    rows = {
        "code": list(tab["code"]),
        "name": list(tab["name"]),
        "unit": [unit_label(u, lang) for u in tab["unit_type"]],
        "poor": _numbers(tab["poor_households"]),
        "points": _numbers(tab["points"], 4),
        "points_share": _numbers(tab["points_share_pct"], 2),
        "amount": _numbers(tab["amount_mvnd"]),
        "share": _numbers(tab["share_pct"], 2),
        "floor": _numbers(tab["floor_mvnd"]),
        "cap": _numbers(tab["cap_mvnd"]),
        "bound": [t(al.BOUND_TEXT_KEYS[b], lang) if b else "" for b in tab["bound"]],
        "per_poor": _numbers(tab["funds_per_poor_household"], 4),
    }
    frame = pd.DataFrame(rows)
    poor = tab["poor_households"].sum()
    total = {
        "code": "",
        "name": t("alc_total", lang),
        "unit": "",
        "poor": _number(poor),
        "points": _number(round(result.total_points, 4)),
        "points_share": 100 if result.total_points else 0,
        "amount": int(result.funds),
        "share": 100 if result.funds else 0,
        "floor": None,
        "cap": None,
        "bound": "",
        "per_poor": _number(round(result.funds / poor, 4)) if poor else None,
    }
    frame = pd.concat([frame, pd.DataFrame([total])], ignore_index=True)
    return frame.rename(columns={c: t(COLUMN_TEXT_KEYS[c], lang) for c in frame.columns})


def parameters_sheet(
    result: al.Allocation, funds_label: str, query: str, illustrative: bool, lang: str
) -> pd.DataFrame:
    c = result.coefficients
    items = [
        (t("alc_x_funds_source", lang), funds_label),
        (t("alc_x_funds", lang), int(result.funds)),
        (t("alc_x_total_points", lang), _number(round(result.total_points, 4))),
        (t("alc_x_money_per_point", lang), _number(round(result.money_per_point, 6))),
        (t("alc_x_money_per_point_free", lang), _number(round(result.money_per_point_free, 6))),
        (t("alc_x_bound_count", lang), result.bound_count),
        (
            t("alc_x_coefficient_status", lang),
            t("alc_neutral_short" if c.is_neutral else "alc_custom_short", lang),
        ),
        (t("alc_x_method", lang), t("alc_method", lang)),
        (t("alc_x_rounding", lang), t("alc_rounding", lang)),
        (
            t("alc_x_data", lang),
            t("illustrative_notice", lang) if illustrative else t("alc_x_data_real", lang),
        ),
        (t("alc_x_url", lang), query),
    ]
    return pd.DataFrame(
        {
            t("alc_x_parameter", lang): [label for label, _ in items],
            t("alc_x_value", lang): [v for _, v in items],
        }
    )


def coefficients_sheet(coefficients: al.Coefficients, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("alc_x_key", lang): list(al.COEFFICIENT_KEYS),
            t("alc_col_criterion", lang): [criterion_label(k, lang) for k in al.COEFFICIENT_KEYS],
            t("alc_x_coefficient", lang): [
                _number(float(getattr(coefficients, k))) for k in al.COEFFICIENT_KEYS
            ],
            t("alc_x_unit", lang): [
                t("alc_points_per_unit", lang, unit=t(al.UNIT_TEXT_KEYS[UNITS[k]], lang))
                for k in al.COEFFICIENT_KEYS
            ],
        }
    )


def criteria_sheet(criteria: pd.DataFrame, lang: str) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            t("alc_x_code", lang): list(criteria["code"]),
            t("alc_x_name", lang): list(criteria["name"]),
            t("alc_x_unit", lang): [unit_label(u, lang) for u in criteria["unit_type"]],
        }
    )
    for key in al.CRITERIA:
        frame[criterion_label(key, lang)] = _numbers(criteria[key])
    return frame


def sources_sheet(sources: dict[str, str], rules: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per criterion, where its values come from; then the rules behind the method, each with
    what we know of it and whether its coefficients were read (never, so far)."""
    rows = [
        {
            t("alc_x_item", lang): criterion_label(key, lang),
            t("source", lang): sources.get(key, t(SOURCE_TEXT_KEYS[DEFAULT_SOURCES[key]], lang)),
            t("alc_x_note", lang): "",
        }
        for key in al.CRITERIA
    ]
    for rule in rules.itertuples():
        note = getattr(rule, column("what_we_know", lang))
        read = t("alc_yes" if rule.coefficients_read else "alc_x_not_read", lang)
        rows.append(
            {
                t(
                    "alc_x_item", lang
                ): f"{getattr(rule, column('document', lang))} ({rule.issued_on})",
                t("source", lang): f"{rule.source_id}: {rule.source_ref}",
                t("alc_x_note", lang): f"{note} {t('alc_x_coefficients_read', lang)}: {read}",
            }
        )
    return pd.DataFrame(rows)


def allocation_sheets(
    result: al.Allocation,
    criteria: pd.DataFrame,
    sources: dict[str, str],
    rules: pd.DataFrame,
    funds_label: str,
    query: str,
    illustrative: bool,
    lang: str,
) -> dict[str, pd.DataFrame]:
    """The five sheets as DataFrames, keyed by their names in ``lang``."""
    frames = (
        allocation_sheet(result, lang),
        parameters_sheet(result, funds_label, query, illustrative, lang),
        coefficients_sheet(result.coefficients, lang),
        criteria_sheet(criteria, lang),
        sources_sheet(sources, rules, lang),
    )
    return {t(SHEET_TEXT_KEYS[s], lang): f for s, f in zip(SHEETS, frames)}


def allocation_workbook(*args, **kwargs) -> bytes:
    """The .xlsx bytes of :func:`allocation_sheets` (same arguments)."""
    return to_excel_bytes(allocation_sheets(*args, **kwargs))
