"""Scenario charts carry the real figures, the derived point marked, the reading in force."""

import re

import pytest

from gnbv import scenario_charts as charts
from gnbv.scenario import ScenarioParams, project


@pytest.fixture(scope="module")
def result(plan_data):
    return project(plan_data.commune_baseline, ScenarioParams())


def _text(title) -> str:
    """A plotly title's text as read: its tags (line breaks for wrapping, the subtitle's
    size) dropped."""
    return " ".join(re.sub(r"<[^>]+>", " ", title.text).split())


def traces(fig):
    """The traces by legend entry (long entries are wrapped with <br> for phones)."""
    return {trace.name.replace("<br>", " "): trace for trace in fig.data}


def test_plan_path_by_hand():
    path = charts.plan_path(42.96, 2022, 2025, 7.0, "points")
    assert list(path["year"]) == [2022, 2023, 2024, 2025]
    assert [round(v, 2) for v in path["poor_rate"]] == [42.96, 35.96, 28.96, 21.96]
    relative = charts.plan_path(40.0, 2022, 2024, 10.0, "relative")
    assert [round(v, 2) for v in relative["poor_rate"]] == [40.0, 36.0, 32.4]


def test_plan_against_reality_in_vietnamese(plan_data, result):
    fig = charts.plan_against_reality(plan_data.district_poverty, result, 7.0, "vi")
    by_name = traces(fig)
    target_name = "Mục tiêu: giảm 7 điểm %/năm từ 33,80% (cuối 2023)"
    context_name = "Tham khảo: kế hoạch từ 42,96% cuối 2022 (suy ra, không công bố)"
    assert list(by_name) == [
        target_name,
        context_name,
        "Thực tế (công bố)",
        "Cuối 2022 (suy ra, không công bố)",
        "Kịch bản hiện tại",
    ]
    published = by_name["Thực tế (công bố)"]
    derived = by_name["Cuối 2022 (suy ra, không công bố)"]
    assert list(published.x) == [2023, 2024]
    assert list(published.y) == [33.8, 28.13]
    assert list(published.text) == ["33,80%", "28,13%"]
    assert list(derived.x) == [2022] and list(derived.y) == [42.96]
    # the target the status is measured against: 33,80 − 2 × 7 = 19,80 in 2025
    target = by_name[target_name]
    assert list(target.x) == [2023, 2024, 2025]
    assert [round(v, 2) for v in target.y] == [33.8, 26.8, 19.8]
    # the other "2025 target", as labelled context: 42,96 − 3 × 7 = 21,96
    context = by_name[context_name]
    assert [round(v, 2) for v in context.y] == [42.96, 35.96, 28.96, 21.96]
    assert context.line.dash == "dot" and target.line.dash == "dash"
    assert fig.layout.separators == ",."
    assert "điểm phần trăm" in _text(fig.layout.title)  # the reading in force


def test_english_and_relative_reading(plan_data):
    result = project(plan_data.commune_baseline, ScenarioParams(reading="relative"))
    fig = charts.plan_against_reality(plan_data.district_poverty, result, 7.0, "en")
    assert fig.layout.separators == ".,"
    assert "relative" in _text(fig.layout.title).lower()
    scenario = traces(fig)[next(n for n in traces(fig) if "scenario" in n.lower())]
    assert scenario.y[0] == pytest.approx(33.8, abs=0.01)  # the illustrative total, end-2023


def test_compare_chart_names_each_reading(plan_data, result):
    other = project(plan_data.commune_baseline, ScenarioParams(reading="relative"))
    fig = charts.compare_chart({"A": result, "B": other}, "vi")
    names = [t.name for t in fig.data]
    assert len(names) == 2
    assert names[0].startswith("A (") and names[1].startswith("B (")
    assert names[0] != names[1].replace("B", "A", 1)


def test_plan_table_reads_as_the_chart(plan_data, result):
    table = charts.plan_table(plan_data.district_poverty, result, 7.0, "vi")
    target = "Mục tiêu: giảm 7 điểm %/năm từ 33,80% (cuối 2023)"
    context = "Tham khảo: kế hoạch từ 42,96% cuối 2022 (suy ra, không công bố)"
    assert list(table.columns) == ["Năm", target, context, "Thực tế", "Kịch bản hiện tại"]
    rows = table.set_index("Năm")
    assert rows.loc["2022", "Thực tế"] == "42,96% (suy ra, không công bố)"
    assert rows.loc["2023", "Thực tế"] == "33,80%"
    assert rows.loc["2022", target] == "—"  # the target starts at the baseline
    assert rows.loc["2025", target] == "19,80%"  # 33,80 − 2 × 7
    assert rows.loc["2024", context] == "28,96%"  # 42,96 − 2 × 7
    assert rows.loc["2025", context] == "21,96%"
    assert rows.loc["2025", "Thực tế"] == "—"


def test_commune_and_compare_tables(plan_data, result):
    status = result.commune_status().merge(
        plan_data.communes[["code", "name"]], on="code", how="left"
    )
    end = result.communes[result.communes["year"] == result.horizon].set_index("code")
    status["poor_rate_end"] = status["code"].map(end["poor_rate"])
    table = charts.commune_status_table(status, result, "en")
    assert list(table.columns) == ["Commune", "Rate in 2025", "Target for 2025", "Status"]
    assert len(table) == 19 and set(table["Status"]) <= {"Met", "Short"}
    assert all(v.endswith("%") for v in table["Rate in 2025"])
    compare = charts.compare_table({"A": result, "B": result}, "en")
    assert list(compare.columns) == ["Year", "A (points)", "B (points)"]
    assert compare.iloc[0, 1] == "33.80%"
