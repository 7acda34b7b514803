"""gnbv.views.home: the Home page's view (real values from data/)."""

from gnbv.views import common
from gnbv.views import home as home_view


def test_home_carries_the_plans_figures(plan_data):
    home = home_view.home(plan_data, plan_data.commune_baseline, "vi", False)
    assert [m.value for m in home.amounts] == [
        "81.689 triệu đồng",
        "70.852 triệu đồng",
        "10.837 triệu đồng",
    ]
    assert home.communes.value == "19"
    assert [m.value for m in home.targets] == ["7 điểm %", "10 điểm %", "0,9 điểm %", "7,6 điểm %"]
    # as the plan writes each: "từ 7%/năm trở lên", but the near-poor "bình quân 0,9%"
    assert [m.caption for m in home.targets] == ["mỗi năm, tối thiểu"] * 2 + [
        "bình quân mỗi năm",
        "mỗi năm, tối thiểu",
    ]
    assert [m.value for m in home.actuals] == ["42,96%", "33,80%", "28,13%"]
    assert home.actuals[0].caption.startswith("suy ra, không công bố")
    assert len(home.tiles.classes.colours) == 19
    assert isinstance(home.tiles.figure, common.FrozenFigure)


def test_home_in_english(plan_data):
    home = home_view.home(plan_data, plan_data.commune_baseline, "en", False)
    assert home.amounts[0].value == "VND 81,689 million"
    assert [m.value for m in home.targets] == ["7 pp", "10 pp", "0.9 pp", "7.6 pp"]
    assert home.actuals[0].caption.startswith("derived, not published")
