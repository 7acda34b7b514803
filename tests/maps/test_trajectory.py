"""gnbv.maps.trajectory: a commune's trajectory chart and its table."""

from gnbv.maps.trajectory import trajectory_figure, trajectory_table
from gnbv.scenario import ScenarioParams, project


def test_trajectory_chart(plan_data):
    base = plan_data.commune_baseline
    p = ScenarioParams()
    fig = trajectory_figure(project(base, p), project(base, p.targets()), "02842", "vi")
    assert [list(tr.x) for tr in fig.data] == [[2023, 2024, 2025]] * 3
    assert list(fig.data[0].text) == ["65,8%", "55,8%", "45,8%"]
    assert fig.layout.separators == ",."


def test_trajectory_table(plan_data):
    base = plan_data.commune_baseline
    p = ScenarioParams()
    frame = trajectory_table(project(base, p), project(base, p.targets()), "02842", "vi")
    assert list(frame.columns)[:2] == ["Năm", "Tỷ lệ hộ nghèo (kịch bản)"]
    assert frame.iloc[:, 1].tolist() == ["65,8%", "55,8%", "45,8%"]
    assert frame["Năm"].tolist() == ["2023", "2024", "2025"]
