"""gnbv.views.funding: the Funding page's view (real values from data/)."""

from gnbv import funding
from gnbv.views import funding as funding_view


def test_funding_headline_and_capital_split(funding_vi):
    assert funding_vi.total == 81689
    assert funding_vi.total_text == "81.689 triệu đồng"
    assert [(m.value, m.caption) for m in funding_vi.capital] == [
        ("70.852 triệu đồng", "86,7% tổng số"),
        ("10.837 triệu đồng", "13,3% tổng số"),
    ]
    assert not funding_vi.all_allocated


def test_funding_bars_by_amount_and_share(funding_vi):
    amount = funding_vi.project_bars["amount"].to_dict()["data"][0]
    share = funding_vi.project_bars["share"].to_dict()["data"][0]
    assert amount["x"] == [72916, 3695, 1598, 2385, 88, 1007]
    assert round(sum(share["x"]), 6) == 100


def test_funding_details_of_an_unallocated_and_a_split_project(plan_data):
    view = funding_view.funding_page(plan_data.projects, plan_data, "en", present=False)
    da5, da4 = view.details["DA5"], view.details["DA4"]
    assert not da5.allocated and da5.amounts == []
    assert da5.lead == "Office of Economy and Infrastructure"
    assert da4.allocated
    assert [m.value for m in da4.amounts][2] == "VND 2,385 million"
    assert "Sub-project 1: Vocational education" in " ".join(da4.sub_projects)
    assert "Vocational and Continuing Education Centre" in da4.coordinating
    assert list(view.project_labels)[:2] == ["DA1", "DA2"]


def test_funding_tables_shown_are_the_exported_ones_in_words(funding_vi, plan_data):
    assert list(funding_vi.tables) == list(
        funding.shown_tables(plan_data.projects, plan_data.body_name, "vi")
    )
    projects = funding_vi.shown[0]
    frame = projects.table.to_pandas()
    assert frame["Tổng (triệu đồng)"].iloc[-1] == "81.689"
    assert "Tổng (triệu đồng)" in projects.numeric
    assert projects.headers["Tổng (triệu đồng)"] != "Tổng (triệu đồng)"  # the short header
    exported = funding_vi.tables[projects.name]
    assert exported["Tổng (triệu đồng)"].iloc[-1] == 81689  # numbers, not text
