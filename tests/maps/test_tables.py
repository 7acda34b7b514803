"""gnbv.maps.tables: each commune's figures, worked by hand."""

import pytest

from gnbv.maps.classes import (
    classes_for,
)
from gnbv.maps.tables import commune_lines, scenario_table
from gnbv.scenario import ScenarioParams, project


def test_scenario_metrics_worked_by_hand(plan_data, table):
    base = plan_data.commune_baseline
    params = ScenarioParams()
    result, target = project(base, params), project(base, params.targets())
    s = scenario_table(table, result, target, 2025).set_index("code")
    # Lùng Cải is a poor commune: 65,80 % - 2 × 10 points = 45,80 % in 2025; on the target
    # path 20 points × 541 households / 100 = 108,2 households leave poverty.
    assert s.loc["02842", "projected_poor_rate"] == pytest.approx(356 / 541 * 100 - 20)
    assert s.loc["02842", "households_to_lift"] == pytest.approx(108.2)
    # The town (5,13 %) reaches 0 in 2024: all its 52 poor households.
    assert s.loc["02839", "households_to_lift"] == pytest.approx(52)
    assert set(s["target_status"]) == {"met"}  # the scenario is the plan itself

    slower = ScenarioParams(other_communes_rate=5.0)
    s = scenario_table(
        table, project(base, slower), project(base, slower.targets()), 2025
    ).set_index("code")
    # Bản Phố (not a poor commune, 17,88 %) falls 10 points instead of 14: short.
    assert s.loc["02866", "target_status"] == "short"
    assert s.loc["02839", "target_status"] == "met"  # reaches 0 either way
    classes = classes_for(s.reset_index(), "target_status", "vi")
    assert [label for _, label in classes.legend] == ["Đạt", "Chưa đạt"]


def test_tooltip_lines_in_english(table, plan_data):
    base = plan_data.commune_baseline
    p = ScenarioParams()
    s = scenario_table(table, project(base, p), project(base, p.targets()), 2024)
    row = s.set_index("code").loc["02842"]
    assert commune_lines(row, "en", 2024) == [
        "Poor rate 2023: 65.8% (356 households)",
        "Near-poor rate: 22.2% (120 households)",
        "Projected poor rate 2024: 55.8%",
        "Households to lift by 2024: 54 households",
        "Poor-rate target at the horizon: Met",
    ]
