"""gnbv.views.targets: the Targets page's view (real values from data/)."""

from gnbv.views import targets as targets_view


def test_targets_cards_matrix_and_tasks(plan_data):
    view = targets_view.targets_page(plan_data.projects, plan_data, "vi")
    assert [c.value_text for c in view.targets] == [
        "≥ 7 điểm %/năm",
        "≥ 10 điểm %/năm",
        "bình quân 0,9 điểm %/năm",  # as the plan writes it (issue 10)
        "≥ 7,6 điểm %/năm",
    ]
    badges = view.targets[0].badges_html  # the published falls of 2023 (met) and 2024 (short)
    assert "Năm 2023: giảm 9,16 điểm % (đạt" in badges
    assert "Năm 2024: giảm 5,67 điểm % (chưa đạt" in badges
    assert [bool(c.badges_html) for c in view.targets] == [True, False, False, False]
    matrix = view.matrix.to_pandas()
    assert len(matrix) == 12  # 10 bodies of section 6 + 2 named only in section 4
    assert list(matrix["Dự án 5"])[2] == "● Chủ trì"
    assert view.ubnd_coordinates_all
    assert len(view.bodies) == 10
    assert [level for level, _ in view.legal_bases] == ["central", "province", "district"]
