"""The scenario engine and solvers against numbers worked out by hand."""

import math
import time

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from gnbv.data import load_plan_data
from gnbv.errors import ScenarioInputError
from gnbv.scenario import (
    DISTRICT,
    MAX_YEARS,
    PART_OF,
    PLAN,
    READINGS,
    ScenarioParams,
    project,
    rate_path,
    validate_baseline,
)
from gnbv.scenario_effort import (
    livelihood_funds,
    money_per_household,
    required_other_rate,
    year_below,
)
from gnbv.scenario_export import COUNTS  # the engine's count columns
from gnbv.scenario_export import RATES as RATE_COLUMNS
from gnbv.settings import REPO_ROOT


def commune(code, households, poor, near_poor=0, em_households=0, em_poor=0, poor_commune=False):
    return {
        "code": code,
        "year": 2022,
        "households": households,
        "poor_households": poor,
        "near_poor_households": near_poor,
        "ethnic_minority_households": em_households,
        "ethnic_minority_poor_households": em_poor,
        "is_poor_commune": poor_commune,
    }


# A: 42,96% poor (the derived end-2022 district rate), 10% near-poor, 40% EM poor.
A = commune("A", 10000, 4296, 1000, 8000, 3200)
# B: a poor commune at 60%.
B = commune("B", 1000, 600, poor_commune=True)


def by_year(result, code, column):
    c = result.communes
    return c[c["code"] == code].set_index("year")[column]


def test_points_reading_42_96_at_7_points_a_year():
    r = project(pd.DataFrame([A]), ScenarioParams(horizon=2025))
    assert by_year(r, "A", "poor_rate").round(6).tolist() == [42.96, 35.96, 28.96, 21.96]
    assert by_year(r, "A", "poor_households").round(6).tolist() == [4296, 3596, 2896, 2196]
    assert by_year(r, "A", "households_leaving_poverty").round(6).tolist() == [0, 700, 700, 700]
    # near-poor 10% falling 0,9 a year; ethnic-minority 40% falling 7,6 a year
    assert by_year(r, "A", "near_poor_rate").round(6).tolist() == [10, 9.1, 8.2, 7.3]
    assert by_year(r, "A", "ethnic_minority_poor_rate").round(6).tolist() == [40, 32.4, 24.8, 17.2]
    assert by_year(r, "A", "ethnic_minority_poor_households").round(6).tolist() == [
        3200,
        2592,
        1984,
        1376,
    ]


def test_relative_reading():
    r = project(pd.DataFrame([A]), ScenarioParams(reading="relative"))
    # 42,96 × 0,93 = 39,9528; × 0,93 = 37,156104; × 0,93 = 34,55517672
    assert by_year(r, "A", "poor_rate").round(8).tolist() == [
        42.96,
        39.9528,
        37.156104,
        34.55517672,
    ]


def test_a_rate_reaching_zero_stays_at_zero():
    low = commune("L", 1000, 100)  # 10%
    r = project(pd.DataFrame([low]), ScenarioParams())
    assert by_year(r, "L", "poor_rate").round(6).tolist() == [10, 3, 0, 0]
    assert by_year(r, "L", "households_leaving_poverty").round(6).tolist() == [0, 70, 30, 0]
    assert (r.communes["poor_rate"] >= 0).all()
    # the target path clips at zero too: a commune at zero has met its target
    status = r.commune_status().set_index("code")
    assert bool(status.loc["L", "poor_met"])
    assert status.loc["L", "poor_target_rate_end"] == 0


def test_household_growth():
    r = project(pd.DataFrame([A]), ScenarioParams(household_growth_pct=2.0))
    # 10000 × 1,02 = 10200; × 1,02 = 10404; × 1,02 = 10612,08
    assert by_year(r, "A", "households").round(6).tolist() == [10000, 10200, 10404, 10612.08]
    # 35,96% of 10200 = 3667,92; leaving = 4296 − 3667,92 = 628,08
    assert by_year(r, "A", "poor_households").round(6)[2023] == 3667.92
    assert by_year(r, "A", "households_leaving_poverty").round(6)[2023] == 628.08
    assert by_year(r, "A", "poor_rate").round(6).tolist() == [42.96, 35.96, 28.96, 21.96]


def test_poor_communes_fall_faster_and_the_district_is_summed():
    r = project(pd.DataFrame([A, B]), ScenarioParams())
    assert by_year(r, "B", "poor_rate").round(6).tolist() == [60, 50, 40, 30]
    d = r.district.set_index("year")
    # 2025: (2196 + 300) / 11000 = 22,690909…%
    assert d.loc[2025, "poor_households"] == pytest.approx(2496)
    assert d.loc[2025, "poor_rate"] == pytest.approx(2496 / 11000 * 100)
    ds = r.district_status().set_index("target")
    # target: (4896 / 11000 × 100) − 3 × 7 = 23,509090…%
    assert ds.loc["poor", "target_rate_end"] == pytest.approx(4896 / 110 - 21)
    assert bool(ds.loc["poor", "met"])
    assert ds.loc["poor", "gap_pp"] == pytest.approx(2496 / 110 - (4896 / 110 - 21))
    assert set(r.status["code"]) == {"A", "B", DISTRICT}


def test_status_short_by_how_much():
    r = project(pd.DataFrame([A]), ScenarioParams(other_communes_rate=5))
    s = r.commune_status().set_index("code")
    # 42,96 − 3 × 5 = 27,96 against the target 21,96: short by 6 points
    assert not bool(s.loc["A", "poor_met"])
    assert s.loc["A", "poor_gap_pp"] == pytest.approx(6.0)
    row = r.status[(r.status["code"] == "A") & (r.status["target"] == "poor")].iloc[0]
    assert row["achieved_yearly_fall"] == pytest.approx(5.0)


def test_threshold_rule_for_poor_communes():
    params = ScenarioParams(poor_commune_rule="threshold", poor_commune_threshold_pct=40)
    r = project(pd.DataFrame([A, B]), params)
    flags = r.communes.groupby("code")["is_poor_commune"].first()
    assert flags.to_dict() == {"A": True, "B": True}  # 42,96% ≥ 40
    assert by_year(r, "A", "poor_rate").round(6)[2025] == 12.96  # 42,96 − 30


def test_em_poor_never_exceeds_poor():
    c = commune("E", 1000, 600, em_households=1000, em_poor=600, poor_commune=True)
    r = project(pd.DataFrame([c]), ScenarioParams())
    # poor falls 10 a year, EM poor only 7,6: EM poor is capped at poor
    assert by_year(r, "E", "ethnic_minority_poor_households").round(6).tolist() == [
        600,
        500,
        400,
        300,
    ]


def test_horizon_before_the_baseline_gives_the_baseline_only():
    r = project(pd.DataFrame([A]), ScenarioParams(horizon=2020))
    assert r.district["year"].tolist() == [2022]
    assert r.status["met"].all()


def test_unknown_reading_is_an_error():
    with pytest.raises(ScenarioInputError, match="reading"):
        project(pd.DataFrame([A]), ScenarioParams(reading="nonsense"))


# --- the engine guards its door -------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "column", "code", "problem"),
    [
        ({"poor_households": math.nan}, "poor_households", "B", "not_a_number"),
        ({"households": None}, "households", "B", "not_a_number"),
        ({"households": "nhiều"}, "households", "B", "not_a_number"),
        ({"near_poor_households": -1}, "near_poor_households", "B", "negative"),
        ({"ethnic_minority_households": -5}, "ethnic_minority_households", "B", "negative"),
        ({"poor_households": 1001}, "poor_households", "B", "exceeds"),
        ({"near_poor_households": 1001}, "near_poor_households", "B", "exceeds"),
        ({"ethnic_minority_poor_households": 1}, "ethnic_minority_poor_households", "B", "exceeds"),
        ({"year": 2023}, "year", "B", "mixed_year"),
        ({"year": 0}, "year", "B", "not_a_year"),
        ({"year": -3}, "year", "B", "not_a_year"),
        ({"year": 2022.5}, "year", "B", "not_a_year"),
        ({"year": 6000}, "year", "B", "not_a_year"),
        ({"code": "A"}, "code", "A", "duplicate"),
    ],
)
def test_bad_baseline_is_refused_naming_the_column_and_the_commune(change, column, code, problem):
    frame = pd.DataFrame([A, {**B, **change}])
    for call in (
        lambda: project(frame, ScenarioParams()),
        lambda: required_other_rate(frame, ScenarioParams()),
        lambda: year_below(frame, ScenarioParams(), 30),
    ):
        with pytest.raises(ScenarioInputError) as info:
            call()
        assert (info.value.column, info.value.code, info.value.problem) == (column, code, problem)
        assert column in str(info.value) and f"commune {code}" in str(info.value)


def test_an_impossible_baseline_year_is_named_as_the_year_not_the_horizon():
    # found by the property test below on a fresh clone: a baseline year of 0 was taken, and
    # then refused as a horizon 2025 more than MAX_YEARS past it
    for year in (0, 1, 1989, 2101, 2022.5):
        with pytest.raises(ScenarioInputError) as info:
            project(pd.DataFrame([{**A, "year": year}]), ScenarioParams())
        assert (info.value.column, info.value.problem, info.value.code) == (
            "year",
            "not_a_year",
            "A",
        )
    # the odd one out is named, not the first row: two communes of 2022, one of 2023
    frame = pd.DataFrame([{**A, "year": 2023}, B, {**B, "code": "C"}])
    with pytest.raises(ScenarioInputError) as info:
        project(frame, ScenarioParams())
    assert (info.value.code, info.value.problem, info.value.value) == ("A", "mixed_year", 2023)
    assert info.value.limit == 2022


def test_a_missing_column_and_an_empty_baseline_are_refused():
    with pytest.raises(ScenarioInputError, match="column 'households': is missing"):
        project(pd.DataFrame([A]).drop(columns="households"), ScenarioParams())
    with pytest.raises(ScenarioInputError, match="no commune"):
        project(pd.DataFrame([A]).iloc[0:0], ScenarioParams())


@pytest.mark.parametrize(
    ("params", "column", "problem"),
    [
        (ScenarioParams(horizon=math.nan), "horizon", "not_a_number"),
        (ScenarioParams(horizon=2025.5), "horizon", "not_a_year"),
        (ScenarioParams(horizon=2022 + MAX_YEARS + 1), "horizon", "out_of_range"),
        (ScenarioParams(other_communes_rate=-1), "other_communes_rate", "negative"),
        (ScenarioParams(poor_commune_rate=-0.1), "poor_commune_rate", "negative"),
        (ScenarioParams(near_poor_rate=math.inf), "near_poor_rate", "not_a_number"),
        (ScenarioParams(ethnic_minority_rate=math.nan), "ethnic_minority_rate", "not_a_number"),
        (ScenarioParams(household_growth_pct=-100), "household_growth_pct", "out_of_range"),
        (ScenarioParams(preset="made-up"), "preset", "not_a_choice"),
    ],
)
def test_bad_parameters_are_refused_naming_the_field(params, column, problem):
    calls = [
        lambda: project(pd.DataFrame([A]), params),
        lambda: required_other_rate(pd.DataFrame([A]), params),
    ]
    if problem != "out_of_range" or column != "horizon":  # year_below searches 50 years anyway
        calls.append(lambda: year_below(pd.DataFrame([A]), params, 30))
    for call in calls:
        with pytest.raises(ScenarioInputError) as info:
            call()
        assert (info.value.column, info.value.code, info.value.problem) == (column, None, problem)


def test_solver_and_year_below_refuse_a_bad_target_or_threshold():
    with pytest.raises(ScenarioInputError, match="target_rate"):
        required_other_rate(pd.DataFrame([A]), ScenarioParams(), target_rate=-3)
    with pytest.raises(ScenarioInputError, match="threshold_pct"):
        year_below(pd.DataFrame([A]), ScenarioParams(), math.nan)


def test_rate_path_formulas():
    assert rate_path(42.96, 7, 3) == pytest.approx(21.96)
    assert rate_path(42.96, 7, 3, "relative") == pytest.approx(42.96 * 0.93**3)
    assert rate_path(5, 7, 1) == 0


def test_defaults_are_the_plans_targets():
    targets = load_plan_data(REPO_ROOT / "data").targets.set_index("target_id")["value"]
    assert PLAN.other_communes_rate == targets["T_POOR"]
    assert PLAN.poor_commune_rate == targets["T_POOR_COMMUNE"]
    assert PLAN.near_poor_rate == targets["T_NEAR_POOR"]
    assert PLAN.ethnic_minority_rate == targets["T_EM_POOR"]


def test_shipped_baseline_starts_at_the_published_end_2023_rate():
    baseline = load_plan_data(REPO_ROOT / "data").commune_baseline
    r = project(baseline, ScenarioParams())
    d = r.district.set_index("year")
    assert r.baseline_year == 2023
    assert round(d.loc[2023, "poor_rate"], 2) == 33.8
    assert round(d.loc[2023, "near_poor_rate"], 2) == 18.31
    assert len(r.communes) == 19 * 3


# --- solvers -------------------------------------------------------------------------------


def test_required_rate_of_the_other_communes():
    # B (poor commune) falls 10 a year: 600 → 300 poor in 2025. The district needs
    # 10000 × (42,96 − 3s)/100 + 300 ≤ 23,50909…% × 11000 = 2586 → 30000 s ≥ 201000 → s = 6,7
    s = required_other_rate(pd.DataFrame([A, B]), ScenarioParams())
    assert s == pytest.approx(6.7, abs=1e-6)
    # A alone: exactly the district target
    assert required_other_rate(pd.DataFrame([A]), ScenarioParams()) == pytest.approx(7, abs=1e-6)


def test_required_rate_zero_and_impossible():
    # the poor commune alone gets the district there: 0
    tiny = commune("T", 10, 1)
    assert required_other_rate(pd.DataFrame([B, tiny]), ScenarioParams()) == 0.0
    # poor communes that do not move and hold nearly all households: beyond reach, None
    still = commune("P", 10000, 4296, poor_commune=True)
    params = ScenarioParams(poor_commune_rate=0)
    assert required_other_rate(pd.DataFrame([still, tiny]), params) is None


@pytest.mark.parametrize("reading", READINGS)
def test_year_below_at_an_exact_tie(reading):
    # 29 poor of 50 households is 58% exactly (29 / 50 × 100 would be 57,999…).
    tie = pd.DataFrame([commune("T", 50, 29)])
    params = ScenarioParams(reading=reading)
    # 58 is not below 58: the first year below is the next one, in both readings.
    assert year_below(tie, params, 58)["year_below"].tolist() == [2023]
    # points: 58 → 51 → 44 → 37 → 30 (2026, not below 30) → 23 (2027)
    assert year_below(tie, ScenarioParams(), 30)["year_below"].tolist() == [2027]
    # 15 of 50 households is 30%: not below 30 in the baseline year, 23% the year after
    thirty = pd.DataFrame([commune("U", 50, 15)])  # 30%
    assert year_below(thirty, ScenarioParams(), 30)["year_below"].tolist() == [2023]
    # the poor-commune threshold rule treats the tie the same way: 58 is "at or above 58"
    flagged = project(
        tie, ScenarioParams(poor_commune_rule="threshold", poor_commune_threshold_pct=58)
    )
    assert bool(flagged.communes["is_poor_commune"].iloc[0])


def test_year_below_threshold():
    out = year_below(pd.DataFrame([A, B]), ScenarioParams(), 30).set_index("code")["year_below"]
    # A: 42,96 → 35,96 → 28,96 (2024). B: 60 → 50 → 40 → 30 (not below) → 20 (2026)
    assert out.to_dict() == {"A": 2024, "B": 2026}
    never = year_below(pd.DataFrame([A]), ScenarioParams(), 0)["year_below"]
    assert never.isna().all()
    already = year_below(pd.DataFrame([A]), ScenarioParams(), 50)["year_below"]
    assert already.tolist() == [2022]
    stuck = year_below(pd.DataFrame([A]), ScenarioParams(other_communes_rate=0), 30)["year_below"]
    assert stuck.isna().all()


# --- money against outcome ----------------------------------------------------------------


def test_livelihood_funds_of_the_plan():
    projects = load_plan_data(REPO_ROOT / "data").projects
    assert livelihood_funds(projects) == 3695 + 1598 + 2385 == 7678


def test_money_per_household_by_hand():
    r = project(pd.DataFrame([A, B]), ScenarioParams())
    m = money_per_household(4896, r).set_index("group")
    # district: (4896 − 2496) / 3 = 800 households a year; 4896 / 800 = 6,12
    assert m.loc["district", "households_leaving_per_year"] == pytest.approx(800)
    assert m.loc["district", "funds_per_household_mvnd"] == pytest.approx(6.12)
    # poor communes: 600/4896 of the funds = 600; (600 − 300)/3 = 100 a year → 6,0
    assert m.loc["poor_communes", "funds_mvnd"] == pytest.approx(600)
    assert m.loc["poor_communes", "funds_per_household_mvnd"] == pytest.approx(6.0)
    # others: 4296; (4296 − 2196)/3 = 700 a year → 6,137…
    assert m.loc["other_communes", "funds_per_household_mvnd"] == pytest.approx(4296 / 700)


def test_money_when_nobody_leaves_poverty():
    r = project(pd.DataFrame([A]), ScenarioParams(other_communes_rate=0))
    m = money_per_household(100, r).set_index("group")
    assert np.isnan(m.loc["district", "funds_per_household_mvnd"])


def test_engine_is_fast_on_10000_communes():
    rng = np.random.default_rng(1)
    n = 10_000
    hh = rng.integers(200, 3000, n)
    frame = pd.DataFrame(
        {
            "code": [f"{i:05d}" for i in range(n)],
            "year": 2023,
            "households": hh,
            "poor_households": (hh * rng.uniform(0, 0.7, n)).astype(int),
            "near_poor_households": (hh * 0.1).astype(int),
            "ethnic_minority_households": hh,
            "ethnic_minority_poor_households": (hh * 0.05).astype(int),
            "is_poor_commune": rng.random(n) < 0.3,
        }
    )
    params = ScenarioParams(horizon=2033)
    project(frame, params)
    start = time.perf_counter()
    project(frame, params)
    assert time.perf_counter() - start < 1.0  # the benchmark targets < 50 ms; CI is slower


# --- properties: random baselines and parameters ------------------------------------------


@st.composite
def baselines(draw):
    n = draw(st.integers(1, 6))
    year = draw(st.integers(2021, 2030))
    rows = []
    for i in range(n):
        households = draw(st.integers(0, 5000))
        poor = draw(st.integers(0, households))
        near = draw(st.integers(0, households))
        em = draw(st.integers(0, households))
        em_poor = draw(st.integers(0, em))
        rows.append(
            {
                "code": f"{i:05d}",
                "year": year,
                "households": households,
                "poor_households": poor,
                "near_poor_households": near,
                "ethnic_minority_households": em,
                "ethnic_minority_poor_households": em_poor,
                "is_poor_commune": draw(st.booleans()),
            }
        )
    return pd.DataFrame(rows)


RATES = st.floats(0, 150, allow_nan=False)
PARAMS = st.builds(
    ScenarioParams,
    other_communes_rate=RATES,
    poor_commune_rate=RATES,
    near_poor_rate=RATES,
    ethnic_minority_rate=RATES,
    reading=st.sampled_from(READINGS),
    household_growth_pct=st.floats(-99, 100, allow_nan=False),
    poor_commune_rule=st.sampled_from(("flag", "threshold")),
    poor_commune_threshold_pct=st.floats(0, 100, allow_nan=False),
    horizon=st.integers(2015, 2060),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(baselines(), PARAMS)
def test_engine_properties_on_valid_input(baseline, params):
    r = project(baseline, params)
    for frame in (r.communes, r.district):
        numbers = frame.select_dtypes("number")
        assert not numbers.isna().any().any()
        assert np.isfinite(numbers.to_numpy(dtype=float)).all()
        for c in RATE_COLUMNS:
            assert frame[c].between(0, 100 + 1e-9).all()
        for c in COUNTS:
            assert (frame[c] >= 0).all()
    status = r.status
    assert not status[["rate_start", "rate_end", "target_rate_end", "gap_pp"]].isna().any().any()
    assert status["rate_end"].between(0, 100 + 1e-9).all()
    assert status["target_rate_end"].between(0, 100 + 1e-9).all()
    needed = required_other_rate(baseline, params)
    assert needed is None or 0 <= needed <= 100
    below = year_below(baseline, params, 30)["year_below"].dropna()
    assert below.between(int(baseline["year"].iloc[0]), int(baseline["year"].iloc[0]) + 50).all()


JUNK = st.one_of(
    st.integers(-10, 6000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.none(),
    st.text(max_size=4),
)


def _one_commune(year=2022):
    return pd.DataFrame([{**A, "code": "00000", "year": year}])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(baselines(), st.sampled_from((*COUNTS, "year")), JUNK, st.integers(0, 10**6))
# found on a fresh clone: a baseline year of 0 was refused as a "horizon" problem
@example(baseline=_one_commune(), column="year", value=0, row=0)
@example(baseline=_one_commune(), column="year", value=-10, row=0)
@example(baseline=_one_commune(), column="year", value=5000, row=0)
@example(baseline=_one_commune(), column="year", value=2022.5, row=0)
def test_engine_raises_only_its_documented_error_on_bad_input(baseline, column, value, row):
    """One cell of a valid baseline set to junk: the engine computes, or refuses with its
    own error naming the column that was changed (or, for a count above its whole, the part
    or the whole) and a commune."""
    frame = baseline.astype({column: object})
    frame.loc[row % len(frame), column] = value
    try:
        r = project(frame, ScenarioParams())
    except ScenarioInputError as exc:
        related = (
            {column}
            | {p for p, w in PART_OF if w == column}
            | {w for p, w in PART_OF if p == column}
        )
        assert exc.column in related, (exc.column, column)
        assert exc.code in set(frame["code"])
        return
    validate_baseline(frame)  # what was accepted is valid
    assert not r.communes.select_dtypes("number").isna().any().any()
