"""Where a scenario starts (issue 20): from the latest year loaded, one rule for every page
that projects with the scenario engine (the scenario page, its exports and brief, the map).

Two commune data sets are in use at once: the one-year commune baseline (the shipped
illustrative end-2023 figures, or a planner's upload) and the series of yearly reviews (the
shipped illustrative 2022–2024 series, or a planner's upload on the Progress page). The
scenario starts from the rows of the latest review year either holds, a planner's upload
before the shipped data whatever its year (real figures replace the illustrative ones: an
uploaded end-2023 baseline is not outrun by the shipped 2024 series); on a tie of years, the
one-year baseline before the series. On the shipped data: the series' 2024 rows.

Plain Python; :func:`gnbv.cache.scenario_start` keeps the result once per pair of data
versions, so a page's run only looks it up.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from gnbv.versioned import Versioned, derived_version

SOURCES = ("baseline", "series")  # the one-year figures, the series of yearly reviews


@dataclass(frozen=True)
class ScenarioStart:
    """The scenario's starting data and where it comes from.

    ``data``: the rows of ``year`` with the one-year baseline's columns, versioned (the
    baseline itself when it is the start; else a version derived from the series' and the
    year, so equal inputs give equal versions); ``year``: the starting year (None when neither
    holds a year: an empty upload, which the engine refuses); ``source``: "baseline" or
    "series" (:data:`SOURCES`); ``uploaded``: a planner's upload (else the shipped data);
    ``illustrative``: some of its rows are marked illustrative; ``communes``: how many
    communes its rows hold (a series may lack a commune's review of that year)."""

    data: Versioned
    year: int | None
    source: str
    uploaded: bool
    illustrative: bool
    communes: int


def latest_year(frame: pd.DataFrame) -> int | None:
    """The latest year in ``frame``'s ``year`` column (None if it has none)."""
    if "year" not in frame.columns:
        return None
    years = pd.to_numeric(frame["year"], errors="coerce")
    latest = years.max()
    return None if pd.isna(latest) else int(latest)


def _communes(frame: pd.DataFrame) -> int:
    return int(frame["code"].nunique()) if "code" in frame.columns else 0


def _illustrative(frame: pd.DataFrame) -> bool:
    if "is_illustrative" not in frame.columns:
        return False
    return bool(frame["is_illustrative"].fillna(False).astype(bool).any())


def scenario_start(baseline: Versioned, series: Versioned) -> ScenarioStart:
    """The scenario's starting data from the ``baseline`` and ``series`` in use (both
    :class:`Versioned` DataFrames): the rows of the latest year loaded across both, an upload
    (``shipped`` False) before the shipped data whatever the years; on a tie of years, the
    baseline before the series. Never changes its inputs."""
    candidates = []
    for rank, (source, data) in enumerate((("series", series), ("baseline", baseline))):
        year = latest_year(data.frame)
        if year is not None:
            candidates.append(((not data.shipped, year, rank), source, data))
    if not candidates:  # nothing dated: the baseline as it is (the engine says what is wrong)
        frame = baseline.frame
        uploaded = not baseline.shipped
        return ScenarioStart(
            baseline, None, "baseline", uploaded, _illustrative(frame), _communes(frame)
        )
    (uploaded, year, _), source, chosen = max(candidates, key=lambda c: c[0])
    frame = chosen.frame
    years = pd.to_numeric(frame["year"], errors="coerce").astype("float64")
    rows = (years == year).to_numpy(dtype=bool)  # a blank year is no year
    columns = [c for c in baseline.frame.columns if c in frame.columns]
    if chosen is baseline and rows.all():
        data = baseline  # the baseline itself: its views are the other pages' too
    else:
        part = frame.loc[rows, columns].reset_index(drop=True)
        version = derived_version("scenario_start", chosen.version, str(year), *columns)
        data = Versioned(part, version, chosen.shipped)
    frame = data.frame
    return ScenarioStart(data, year, source, uploaded, _illustrative(frame), _communes(frame))
