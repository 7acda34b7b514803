"""The Data page's view: the catalogue of the data in use, its sources and previews."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd
import pyarrow as pa

from gnbv import fmt, funding, workbook
from gnbv.arrow import arrow
from gnbv.data import PlanData
from gnbv.datasets import Dataset, catalogue, catalogue_table, sources_table
from gnbv.i18n import TextKeys, column, t


@dataclass(frozen=True)
class DataPage:
    datasets: list[Dataset]
    catalogue: pa.Table
    sources: pa.Table  # every source the datasets cite
    baseline_preview: pa.Table
    projects_preview: pa.Table
    funding_totals: dict[str, str]  # investment, recurrent, total, formatted


def data_page(
    plan_data: PlanData,
    baseline: pd.DataFrame,
    is_illustrative: bool,
    projects: pd.DataFrame,
    shipped_loaded_at: datetime,
    uploaded_at: dict[str, datetime],
    lang: str,
) -> DataPage:
    """The Data page's catalogue and previews of the data in use."""
    datasets = catalogue(
        plan_data, baseline, is_illustrative, projects, shipped_loaded_at, uploaded_at
    )
    return DataPage(
        datasets=datasets,
        catalogue=arrow(catalogue_table(datasets, lang, plan_data.citations)),
        sources=arrow(sources_table(datasets, plan_data.sources, lang, plan_data.citations)),
        baseline_preview=arrow(_baseline_preview(plan_data, baseline, lang)),
        projects_preview=arrow(_projects_preview(projects, lang)),
        funding_totals={
            k: fmt.money_mvnd(projects[f"{k}_mvnd"].sum(), lang)
            for k in ("investment", "recurrent", "total")
        },
    )


# The previews' columns: the review's counts, the projects' amounts.
PREVIEW_COLUMN_TEXT_KEYS: TextKeys = {
    "households": "pv_households",
    "poor_households": "pv_poor_households",
    "near_poor_households": "pv_near_poor_households",
    "ethnic_minority_households": "pv_ethnic_minority_households",
    "ethnic_minority_poor_households": "pv_ethnic_minority_poor_households",
    "investment_mvnd": "pv_investment_mvnd",
    "recurrent_mvnd": "pv_recurrent_mvnd",
    "total_mvnd": "pv_total_mvnd",
}


def _baseline_preview(plan_data: PlanData, baseline: pd.DataFrame, lang: str) -> pd.DataFrame:
    preview = baseline.merge(
        plan_data.communes[["code", "name"]], on="code", how="left", validate="one_to_one"
    )
    return pd.DataFrame(
        {
            t("pv_code", lang): preview["code"],
            t("pv_name", lang): preview["name"],
            t("pv_year", lang): preview["year"].astype(str),
            **{
                t(PREVIEW_COLUMN_TEXT_KEYS[k], lang): preview[k].map(lambda v: fmt.number(v, lang))
                for k in workbook.COUNT_KEYS
            },
            t("pv_status", lang): preview["is_illustrative"].map(
                lambda v: t("ds_status_illustrative" if v else "ds_status_uploaded", lang)
            ),
        }
    )


def _projects_preview(projects: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("pv_project", lang): [funding.project_label(n, lang) for n in projects["number"]],
            t("pv_project_name", lang): projects[column("name", lang)],
            **{
                t(PREVIEW_COLUMN_TEXT_KEYS[k], lang): projects[k].map(lambda v: fmt.number(v, lang))
                for k in ("investment_mvnd", "recurrent_mvnd", "total_mvnd")
            },
            t("pv_allocation", lang): projects["allocation_status"].map(
                lambda v: t("not_allocated" if v == "not_allocated" else "pv_allocated", lang)
            ),
        }
    )
