"""The progress table as files (issue 20): every commune and the district with its measures,
in the UI language, as Excel (with a sheet of notes: the method, its source, the reading,
the illustrative marking) and CSV. What the page shows is :mod:`gnbv.views.progress`."""

from __future__ import annotations

import numpy as np
import pandas as pd

from gnbv.export import to_csv_bytes, to_excel_bytes
from gnbv.i18n import TextKeys, t
from gnbv.progress import MEASURE_COLUMNS, READING_TEXT_KEYS, ProgressResult
from gnbv.views.progress import (
    RATE_DECIMALS,
    category_label,
    display_names,
    method_text,
    sorted_communes,
)

EXPORT_COLUMNS = (  # the commune, its category, then the measures in the engine's order
    "code",
    "name",
    "category",
    "is_poor_commune",
    *(column for column in MEASURE_COLUMNS if column != "category"),
)
# Each exported column's heading.
EXPORT_COLUMN_TEXT_KEYS: TextKeys = {
    "code": "pg_x_code",
    "name": "pg_x_name",
    "category": "pg_x_category",
    "is_poor_commune": "pg_x_is_poor_commune",
    "reviews": "pg_x_reviews",
    "first_year": "pg_x_first_year",
    "first_rate": "pg_x_first_rate",
    "latest_year": "pg_x_latest_year",
    "latest_rate": "pg_x_latest_rate",
    "yearly_target": "pg_x_yearly_target",
    "end_target": "pg_x_end_target",
    "needed_yearly_fall": "pg_x_needed_yearly_fall",
    "observed_yearly_fall": "pg_x_observed_yearly_fall",
    "ratio": "pg_x_ratio",
    "path_rate_latest": "pg_x_path_rate_latest",
    "gap_pp": "pg_x_gap_pp",
}


def export_frame(result: ProgressResult, communes: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The progress table for a report: numbers as numbers (rates rounded to 2 decimals; a
    relative reading's falls in % a year), the district last, headers in ``lang``."""
    names = display_names(communes, lang)
    rows = pd.concat([sorted_communes(result), result.district], ignore_index=True)
    out = pd.DataFrame(
        {
            "code": [str(c) for c in rows["code"]],
            "name": [
                t("pg_district", lang) if c == "district" else names.get(str(c), str(c))
                for c in rows["code"]
            ],
            "category": [category_label(c, lang) for c in rows["category"]],
            "is_poor_commune": [
                t("pg_yes", lang) if f else t("pg_no", lang) for f in rows["is_poor_commune"]
            ],
            "reviews": rows["reviews"].astype(int),
        }
    )
    scale = 100.0 if result.reading == "relative" else 1.0
    for column in EXPORT_COLUMNS[5:]:
        values = rows[column].to_numpy(dtype=float)
        if column in ("needed_yearly_fall", "observed_yearly_fall"):
            values = values * scale
        if column in ("first_year", "latest_year"):
            out[column] = pd.array(
                [None if not np.isfinite(v) else int(v) for v in values], dtype="Int64"
            )
        else:
            out[column] = np.round(values, RATE_DECIMALS if column != "ratio" else 3) + 0.0
    out.columns = [t(EXPORT_COLUMN_TEXT_KEYS[c], lang) for c in out.columns]
    return out


EXPORT_FORMATS = ("xlsx", "csv")  # the order of export_files' result
DOWNLOAD_TEXT_KEYS: TextKeys = {"xlsx": "pg_download_xlsx", "csv": "pg_download_csv"}


def export_files(
    result: ProgressResult, communes: pd.DataFrame, lang: str, illustrative: bool
) -> tuple[bytes, bytes]:
    """The progress table as (Excel, CSV) in ``lang``; the workbook's second sheet says the
    method, its source, the reading and whether the figures are illustrative."""
    table = export_frame(result, communes, lang)
    notes = [
        method_text(result, lang).replace("**", ""),
        t("pg_x_reading", lang, reading=t(READING_TEXT_KEYS[result.reading], lang)),
    ]
    if illustrative:
        notes.insert(0, t("pg_illustrative", lang))
    about = pd.DataFrame({t("pg_x_about", lang): notes})
    xlsx = to_excel_bytes({t("pg_x_sheet", lang): table, t("pg_x_about", lang): about})
    return xlsx, to_csv_bytes(table, lang)
