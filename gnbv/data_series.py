"""The shipped series of yearly reviews (issue 20): its file, its columns and its checks,
called by :func:`gnbv.data.load_plan_data` (``PlanData.commune_series``)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from gnbv.errors import DataFileError

SERIES_FILE = "commune_poverty_series_illustrative.csv"
# One row per commune and review year; its 2023 rows are the commune baseline's
# (column → kind, the columns that must hold a value, the key), as gnbv.data.SCHEMAS.
SERIES_SCHEMA = (
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
        "near_poor_basis": "id",
        "district_rate_status": "id",
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
    ["code", "year"],
)


DISTRICT_RATE_DECIMALS = 2  # the precision of the published district rates


def check_commune_series(
    series: pd.DataFrame,
    baseline: pd.DataFrame,
    communes: pd.DataFrame,
    district: pd.DataFrame,
    check_year: Callable[[pd.DataFrame, pd.DataFrame, str], None],
    file: str = SERIES_FILE,
) -> None:
    """Each year as a baseline (``check_year``, gnbv.data.check_commune_baseline: codes
    known, every commune present, counts consistent); only years with a district figure; each
    year's totals give its district rate (to the published precision); every row
    illustrative; the rows of the baseline's year equal the baseline."""
    rates = dict(zip(district["year"], district["poor_rate_pct"]))
    for year, rows in series.groupby("year", sort=True):
        first = int(rows.index[0])
        if year not in rates:
            raise DataFileError(
                file, f"{year} has no district figure in district_poverty.csv", first + 2, "year"
            )
        check_year(rows, communes, file)
        total = rows["households"].sum()
        rate = round(float(rows["poor_households"].sum()) * 100 / float(total), 2)
        if rate != round(float(rates[year]), DISTRICT_RATE_DECIMALS):
            raise DataFileError(
                file,
                f"the communes of {year} give a district poor rate of {rate}%, "
                f"not the {rates[year]}% of district_poverty.csv",
                first + 2,
                "poor_households",
            )
    not_marked = ~series["is_illustrative"].astype(bool)
    if not_marked.any():
        raise DataFileError(
            file,
            "every row must say it is illustrative",
            int(not_marked.idxmax()) + 2,
            "is_illustrative",
        )
    year = int(baseline["year"].iloc[0])
    same_year = series[series["year"] == year].set_index("code")
    columns = [c for c in baseline.columns if c not in ("code", "source")]
    for code, row in baseline.set_index("code").iterrows():
        for column in columns:
            if code not in same_year.index or same_year.at[code, column] != row[column]:
                raise DataFileError(
                    file,
                    f"commune {code} in {year} differs from commune_poverty_illustrative.csv",
                    column=column,
                )
