"""Where a scenario starts (gnbv.scenario_start): the rows of the latest year loaded across the
one-year commune baseline and the series of reviews, a planner's upload before the shipped
data whatever its year; on a tie of years, the baseline before the series."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gnbv import cache
from gnbv.scenario_start import ScenarioStart, scenario_start
from gnbv.versioned import Versioned, unchanged


def _shipped(plan_data):
    return plan_data.versioned("commune_baseline"), plan_data.versioned("commune_series")


def _as_year(frame: pd.DataFrame, year: int, uploaded: bool = True) -> Versioned:
    """``frame``'s rows of its first year, moved to ``year`` (a planner's upload unless
    ``uploaded`` is False)."""
    first = frame[frame["year"] == frame["year"].min()].copy()
    first["year"] = year
    if uploaded:
        first["is_illustrative"] = False
        return Versioned.of(first.reset_index(drop=True))
    return Versioned.of(first.reset_index(drop=True), shipped=True)


def test_on_the_shipped_data_it_starts_from_the_series_2024_rows(plan_data):
    baseline, series = _shipped(plan_data)
    start = scenario_start(baseline, series)
    assert (start.year, start.source, start.uploaded, start.illustrative) == (
        2024,
        "series",
        False,
        True,
    )
    frame = start.data.frame
    assert list(frame.columns) == list(baseline.frame.columns)
    assert len(frame) == 19 and set(frame["year"]) == {2024}
    # the district's end-2024 rate, from the data file: 3.593 poor of 12.773 households
    assert frame["households"].sum() == 12773
    assert frame["poor_households"].sum() == 3593
    assert round(frame["poor_households"].sum() * 100 / frame["households"].sum(), 2) == 28.13
    assert start.data.shipped  # shared by every session, like the data it comes from
    assert start.communes == 19
    assert unchanged(baseline) and unchanged(series)


def test_its_version_is_stable_and_says_its_content(plan_data):
    baseline, series = _shipped(plan_data)
    one, two = scenario_start(baseline, series), scenario_start(baseline, series)
    assert one.data.version == two.data.version
    assert one.data.version not in (baseline.version, series.version)
    other_series = Versioned.of(series.frame.iloc[::-1].reset_index(drop=True))
    assert scenario_start(baseline, other_series).data.version != one.data.version


def test_an_uploaded_2025_baseline_wins(plan_data):
    _, series = _shipped(plan_data)
    uploaded = _as_year(plan_data.commune_baseline, 2025)
    start = scenario_start(uploaded, series)
    assert (start.year, start.source, start.uploaded, start.illustrative) == (
        2025,
        "baseline",
        True,
        False,
    )
    assert start.data is uploaded  # the baseline itself: its views are the other pages' too


def test_an_uploaded_series_ending_2023_with_an_uploaded_2023_baseline_starts_from_the_baseline(
    plan_data,
):
    series = Versioned.of(plan_data.commune_series[plan_data.commune_series["year"] <= 2023])
    baseline = _as_year(plan_data.commune_baseline, 2023)
    start = scenario_start(baseline, series)
    assert (start.year, start.source, start.uploaded) == (2023, "baseline", True)
    assert start.data is baseline


def test_an_uploaded_series_ending_2023_beats_the_shipped_2023_baseline(plan_data):
    """A tie of years: the planner's upload before the shipped illustrative figures."""
    frame = plan_data.commune_series[plan_data.commune_series["year"] <= 2023].copy()
    frame["is_illustrative"] = False
    series = Versioned.of(frame.reset_index(drop=True))
    start = scenario_start(plan_data.versioned("commune_baseline"), series)
    assert (start.year, start.source, start.uploaded, start.illustrative) == (
        2023,
        "series",
        True,
        False,
    )
    assert not start.data.shipped  # kept with the session that uploaded it
    assert set(start.data.frame["year"]) == {2023} and len(start.data.frame) == 19


def test_an_uploaded_2023_baseline_is_not_outrun_by_the_shipped_2024_series(plan_data):
    """Real figures replace the illustrative ones (issue 20): a planner's end-2023 upload is
    the start, not the shipped illustrative series' later year."""
    _, series = _shipped(plan_data)
    uploaded = _as_year(plan_data.commune_baseline, 2023)
    start = scenario_start(uploaded, series)
    assert (start.year, start.source, start.uploaded, start.illustrative) == (
        2023,
        "baseline",
        True,
        False,
    )
    assert start.data is uploaded


def test_an_uploaded_series_ending_2022_beats_the_shipped_2023_baseline(plan_data):
    frame = plan_data.commune_series[plan_data.commune_series["year"] == 2022].copy()
    frame["is_illustrative"] = False
    start = scenario_start(plan_data.versioned("commune_baseline"), Versioned.of(frame))
    assert (start.year, start.source, start.uploaded) == (2022, "series", True)


def test_a_tie_of_shipped_data_starts_from_the_baseline(plan_data):
    baseline = plan_data.versioned("commune_baseline")
    series = _as_year(plan_data.commune_series, 2023, uploaded=False)
    start = scenario_start(baseline, series)
    assert (start.year, start.source, start.uploaded) == (2023, "baseline", False)
    assert start.data is baseline


def test_nothing_dated_leaves_the_baseline_as_it_is(plan_data):
    empty = Versioned.of(plan_data.commune_baseline.iloc[0:0])
    start = scenario_start(empty, Versioned.of(plan_data.commune_series.iloc[0:0]))
    assert start.year is None and start.data is empty and start.source == "baseline"


def test_it_is_cached_once_per_pair_of_versions(plan_data, monkeypatch):
    baseline, series = _shipped(plan_data)
    first = cache.scenario_start(baseline, series)
    monkeypatch.setattr(cache, "_scenario_start", lambda *a: (_ for _ in ()).throw(AssertionError))
    again = cache.scenario_start(baseline, series)
    assert again is first and isinstance(again, ScenarioStart)


YEARS = st.lists(st.integers(1990, 2100), min_size=0, max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    baseline_years=YEARS,
    series_years=YEARS,
    baseline_uploaded=st.booleans(),
    series_uploaded=st.booleans(),
    missing=st.booleans(),
)
def test_any_years_start_from_the_latest_by_the_tie_rule(
    baseline_years, series_years, baseline_uploaded, series_uploaded, missing
):
    """Random years on each side (none, repeated, a year left blank): the start is the latest
    year of the uploads if any, else of either, its rows and only them; ties by the rule;
    nothing raises."""

    def frame(years, marked):
        rows = pd.DataFrame(
            {
                "code": [f"{i:05d}" for i in range(len(years))],
                "year": pd.array(years, dtype="Int64"),
                "households": 10,
                "poor_households": 1,
                "is_illustrative": marked,
            }
        )
        if missing and len(rows):
            rows.loc[0, "year"] = pd.NA
        return rows

    baseline = Versioned.of(frame(baseline_years, False), shipped=not baseline_uploaded)
    series = Versioned.of(frame(series_years, True), shipped=not series_uploaded)
    start = scenario_start(baseline, series)
    dated = {
        side: [int(y) for y in data.frame["year"].dropna()]
        for side, data in (("baseline", baseline), ("series", series))
    }
    every = dated["baseline"] + dated["series"]
    if not every:
        assert start.year is None and start.data is baseline
        return
    candidates = [
        (
            baseline_uploaded if side == "baseline" else series_uploaded,
            max(years),
            side == "baseline",
            side,
        )
        for side, years in dated.items()
        if years
    ]
    expected = max(candidates)[3]
    assert start.year == max(dated[expected])
    if baseline_uploaded == series_uploaded:
        assert start.year == max(every)  # both uploaded or both shipped: the latest year
    assert start.source == expected
    assert start.illustrative == (expected == "series")
    rows = start.data.frame
    assert list(rows.columns) == list(baseline.frame.columns)
    assert len(rows) == dated[expected].count(start.year)
    assert (rows["year"] == start.year).all()
    assert start.communes == rows["code"].nunique()


def test_a_latest_year_some_communes_lack_starts_there_and_says_how_many(plan_data):
    """A series whose 2025 review holds 2 communes: the start is those rows, and it says it
    holds 2 communes (the page says so; gnbv.views.scenario.start_sentence)."""
    series = plan_data.commune_series
    late = series[series["year"] == 2024].head(2).assign(year=2025)
    uploaded = Versioned.of(pd.concat([series, late], ignore_index=True))
    start = scenario_start(plan_data.versioned("commune_baseline"), uploaded)
    assert (start.year, start.source, start.communes) == (2025, "series", 2)
    assert list(start.data.frame["code"]) == list(late["code"])
