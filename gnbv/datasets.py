"""The datasets in use, for the Data page: what each is, where it comes from, how far it can
be trusted (real, derived, illustrative, uploaded) and when it was loaded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from gnbv import i18n
from gnbv.data import PlanData, split_ids
from gnbv.i18n import TextKeys

PLAN_DATE = "7/2022"
STATUSES = ("real", "real_derived", "illustrative", "uploaded")
DATASET_TEXT_KEYS: TextKeys = {
    "plan": "ds_plan",
    "projects": "ds_projects",
    "sub_projects": "ds_sub_projects",
    "targets": "ds_targets",
    "bodies": "ds_bodies",
    "legal_bases": "ds_legal_bases",
    "allocation_rules": "ds_allocation_rules",
    "communes": "ds_communes",
    "district_poverty": "ds_district_poverty",
    "commune_baseline": "ds_commune_baseline",
}
STATUS_TEXT_KEYS: TextKeys = {
    "real": "ds_status_real",
    "real_derived": "ds_status_real_derived",
    "illustrative": "ds_status_illustrative",
    "uploaded": "ds_status_uploaded",
}
# Dates said in words (a Dataset's ``date`` names one, or is a literal date).
DATE_TEXT_KEYS: TextKeys = {
    "communes": "ds_date_communes",
    "district": "ds_date_district",
    "illustrative": "ds_date_illustrative",
}


@dataclass(frozen=True)
class Dataset:
    key: str  # also the stem of the downloaded file names
    file: str
    frame: pd.DataFrame
    sources: str
    date: str  # one of DATE_TEXT_KEYS or a literal date
    status: str  # one of STATUSES
    loaded_at: datetime


def _sources(frame: pd.DataFrame) -> str:
    ids: list[str] = []
    for column in ("source_id", "source_ids"):
        if column in frame.columns:
            for value in frame[column].dropna():
                ids += [part for part in split_ids(value) if part not in ids]
    return "; ".join(ids)


def catalogue(
    data: PlanData,
    baseline: pd.DataFrame,
    baseline_illustrative: bool,
    projects: pd.DataFrame,
    shipped_loaded_at: datetime,
    uploaded_at: dict[str, datetime] | None = None,
) -> list[Dataset]:
    """Every dataset the pages use, the uploaded ones in place of the shipped ones."""
    uploaded_at = uploaded_at or {}
    projects_uploaded = "projects" in uploaded_at
    baseline_uploaded = "commune_baseline" in uploaded_at and not baseline_illustrative
    plan = data.plan.to_frame().T.reset_index(drop=True)
    bodies = pd.concat([data.bodies, data.other_bodies], ignore_index=True)

    def shipped(key, file, frame, status="real", date=PLAN_DATE):
        return Dataset(key, file, frame, _sources(frame), date, status, shipped_loaded_at)

    def upload_date(key: str) -> str:
        return f"{uploaded_at[key]:%d/%m/%Y %H:%M}"

    if projects_uploaded:
        projects_ds = Dataset(
            "projects",
            "projects.csv",
            projects,
            str(projects["source_ref"].iloc[0]),
            upload_date("projects"),
            "uploaded",
            uploaded_at["projects"],
        )
    else:
        projects_ds = shipped("projects", "projects.csv", projects)
    if baseline_uploaded:
        baseline_ds = Dataset(
            "commune_baseline",
            "commune_poverty.csv",
            baseline,
            str(baseline["source"].iloc[0]),
            ", ".join(str(y) for y in sorted(baseline["year"].dropna().unique())),
            "uploaded",
            uploaded_at["commune_baseline"],
        )
    else:
        baseline_ds = Dataset(
            "commune_baseline",
            "commune_poverty_illustrative.csv",
            baseline,
            # Generated (scripts/generate_illustrative_baseline.py, seed 2022) to match the
            # published district totals of these sources; the table says it is generated.
            "VNN_2324450; BLC_395217",
            "illustrative",
            "illustrative",
            shipped_loaded_at,
        )
    return [
        shipped("plan", "plan.csv", plan),
        projects_ds,
        shipped("sub_projects", "sub_projects.csv", data.sub_projects),
        shipped("targets", "targets.csv", data.targets),
        shipped("bodies", "bodies.csv, other_bodies.csv", bodies),
        shipped("legal_bases", "legal_bases.csv", data.legal_bases),
        shipped("allocation_rules", "allocation_rules.csv", data.allocation_rules),
        shipped("communes", "communes.csv", data.communes, date="communes"),
        shipped(
            "district_poverty",
            "district_poverty.csv",
            data.district_poverty,
            status="real_derived",
            date="district",
        ),
        baseline_ds,
    ]


SOURCES_SHOWN = 3  # citations named in a catalogue cell; the rest are counted


def sources_text(
    sources: str, lang: str, citations: Mapping[str, tuple[str, str]] | None = None
) -> str:
    """A dataset's sources for readers: its first short citations ('VietNamNet, ~2024') and
    how many more there are (all are listed with the page's sources)."""
    named = i18n.cite(sources, lang, citations).split("; ")
    if len(named) <= SOURCES_SHOWN:
        return "; ".join(named)
    more = i18n.t("ds_sources_more", lang, n=len(named) - SOURCES_SHOWN)
    return "; ".join(named[:SOURCES_SHOWN]) + f" {more}"


def sources_table(
    datasets: list[Dataset], sources: pd.DataFrame, lang: str, citations: Mapping
) -> pd.DataFrame:
    """Every source the datasets in use cite, once, in citation order: its short citation,
    its title and, as a Markdown link, its address."""
    cited = {s for d in datasets for s in split_ids(d.sources)}
    rows = sources[sources["source_id"].isin(cited)].copy()
    rows["citation"] = [i18n.cite(s, lang, citations) for s in rows["source_id"]]
    rows = rows.sort_values("citation", key=lambda c: c.str.casefold())
    return pd.DataFrame(
        {
            i18n.t("ds_col_source", lang): rows["citation"].to_list(),
            i18n.t("ds_col_title", lang): [
                f"[{title or url}]({url})" if url else (title or "")
                for title, url in zip(rows["title"].fillna(""), rows["url"].fillna(""))
            ],
        }
    )


def catalogue_table(
    datasets: list[Dataset], lang: str, citations: Mapping[str, tuple[str, str]] | None = None
) -> pd.DataFrame:
    """The catalogue as a table in ``lang``; sources as readable citations (``citations``:
    ``PlanData.citations``)."""

    def t(key: str) -> str:
        return i18n.t(key, lang)

    rows = [
        {
            t("ds_col_dataset"): t(DATASET_TEXT_KEYS[d.key]),
            t("ds_col_status"): t(STATUS_TEXT_KEYS[d.status]),
            t("ds_col_date"): t(DATE_TEXT_KEYS[d.date]) if d.date in DATE_TEXT_KEYS else d.date,
            t("ds_col_loaded"): f"{d.loaded_at:%d/%m/%Y %H:%M:%S}",
            t("ds_col_source"): (
                t("ds_source_generated") + "; " if d.status == "illustrative" else ""
            )
            + sources_text(d.sources, lang, citations),
            t("ds_col_file"): d.file,
            t("ds_col_rows"): len(d.frame),
        }
        for d in datasets
    ]
    return pd.DataFrame(rows)
