import pandas as pd
import pytest

from gnbv import funding
from gnbv.i18n import t


@pytest.fixture(scope="module")
def projects(plan_data):
    return plan_data.projects


def test_totals_reconcile_with_the_plan(projects, plan_data):
    sums = funding.totals(projects)
    assert sums == {"investment": 70852, "recurrent": 10837, "total": 81689}
    assert sums["investment"] + sums["recurrent"] == sums["total"]
    assert sums["total"] == int(plan_data.plan["total_mvnd"])


def test_by_capital_type(projects):
    table = funding.by_capital_type(projects)
    assert list(table["capital_type"]) == ["investment", "recurrent"]
    assert list(table["amount_mvnd"]) == [70852, 10837]
    # 70852 / 81689 = 86.73 %, 10837 / 81689 = 13.27 % (worked out by hand)
    assert table["share_pct"].round(2).tolist() == [86.73, 13.27]
    assert table["share_pct"].sum() == pytest.approx(100)


def test_by_project_keeps_project_5_not_allocated_never_zero(projects):
    table = funding.by_project(projects, "vi").set_index("project_id")
    assert list(table.index) == [f"DA{i}" for i in range(1, 8)]
    assert not table.at["DA5", "allocated"]
    assert pd.isna(table.at["DA5", "total_mvnd"]) and pd.isna(table.at["DA5", "share_pct"])
    assert table.at["DA1", "total_mvnd"] == 72916
    assert table.at["DA1", "investment_mvnd"] == 70852
    assert table.at["DA6", "total_mvnd"] == 88
    assert table["total_mvnd"].sum() == 81689
    # 72916 / 81689 = 89.26 %
    assert round(table.at["DA1", "share_pct"], 2) == 89.26
    assert table["share_pct"].sum() == pytest.approx(100)
    assert table.at["DA3", "label"] == "Dự án 3"
    assert funding.by_project(projects, "en").iloc[2]["label"] == "Project 3"


def test_per_lead_agency_totals_add_up(projects, plan_data):
    table = funding.by_lead_agency(projects, plan_data.body_name, "vi").set_index("body_id")
    # LĐTBXH leads DA1, 2, 4, 6, 7: 72916 + 3695 + 2385 + 88 + 1007 = 80091
    assert table.at["LDTBXH", "total_mvnd"] == 80091
    assert table.at["LDTBXH", "investment_mvnd"] == 70852
    assert table.at["LDTBXH", "recurrent_mvnd"] == 9239
    assert table.at["NNPTNT", "total_mvnd"] == 1598
    assert pd.isna(table.at["KTHT", "total_mvnd"])  # leads only Dự án 5
    assert table.at["KTHT", "not_allocated_projects"] == "Dự án 5"
    assert table["total_mvnd"].sum() == 81689
    assert table["investment_mvnd"].sum() == 70852
    assert table["recurrent_mvnd"].sum() == 10837
    assert table.at["LDTBXH", "projects"] == "Dự án 1, 2, 4, 6, 7"
    assert table.at["LDTBXH", "name"] == "Phòng Lao động - Thương binh và Xã hội"


def test_hierarchy_never_invents_a_sub_project_split(projects, plan_data):
    nodes = funding.hierarchy(projects, plan_data.sub_projects, "en").set_index("id")
    assert nodes.at["ROOT", "value"] == 81689
    assert "DA5" not in nodes.index
    # Dự án 4 has two sub-projects: ONE node names both and carries the whole amount
    assert nodes.at["DA4/TDA", "value"] == 2385
    assert nodes.at["DA4/TDA", "label"] == "Sub-project 1, 3"
    assert "does not split" in nodes.at["DA4/TDA", "note"]
    assert nodes.at["DA1/TDA/investment", "value"] == 70852
    assert nodes.at["DA1/TDA/recurrent", "value"] == 2064
    assert nodes.at["DA2/recurrent", "parent"] == "DA2"  # no sub-project named in the plan
    # branch values add up at every level
    for node_id, node in nodes.iterrows():
        children = nodes[nodes["parent"] == node_id]
        if len(children):
            assert children["value"].sum() == node["value"], node_id
    assert not (nodes["value"] == 0).any()


def test_shown_tables_have_numbers_and_totals(projects, plan_data):
    tables = funding.shown_tables(projects, plan_data.body_name, "vi")
    assert list(tables) == ["Theo dự án", "Theo loại vốn", "Theo cơ quan chủ trì"]
    by_project = tables["Theo dự án"]
    total_col = t("fund_total_col", "vi")
    assert str(by_project[total_col].dtype) == "Int64"
    assert by_project[total_col].iloc[-1] == 81689
    assert by_project[total_col].iloc[:-1].sum() == 81689
    row5 = by_project[by_project["Dự án"] == "Dự án 5"].iloc[0]
    assert pd.isna(row5[total_col]) and row5["Tình trạng"] == "Trung ương chưa phân bổ"
    agency = tables["Theo cơ quan chủ trì"]
    assert agency[total_col].iloc[:-1].sum() == agency[total_col].iloc[-1] == 81689
    capital = tables["Theo loại vốn"]
    assert list(capital[t("fund_amount", "vi")]) == [70852, 10837, 81689]


def test_shown_tables_in_english(projects, plan_data):
    tables = funding.shown_tables(projects, plan_data.body_name, "en")
    by_project = tables["By project"]
    assert "Total (million VND)" in by_project.columns
    assert by_project["Status"].iloc[4] == "Not allocated by the centre"
    assert "Office of Labour, Invalids and Social Affairs" in set(
        tables["By lead agency"]["Lead agency"]
    )


def test_formatted_writes_numbers_in_the_language(projects, plan_data):
    table = funding.shown_tables(projects, plan_data.body_name, "vi")["Theo loại vốn"]
    vi = funding.formatted(table, "vi")
    assert list(vi["Kinh phí (triệu đồng)"]) == ["70.852", "10.837", "81.689"]
    assert list(vi["Tỷ trọng (%)"]) == ["86,7", "13,3", "100,0"]
    en_table = funding.shown_tables(projects, plan_data.body_name, "en")["By capital type"]
    en = funding.formatted(en_table, "en")
    assert list(en["Amount (million VND)"]) == ["70,852", "10,837", "81,689"]


def test_an_uploaded_table_is_shaped_the_same(projects):
    uploaded = projects.copy()
    uploaded.loc[uploaded["project_id"] == "DA2", ["recurrent_mvnd", "total_mvnd"]] = [4000, 4000]
    sums = funding.totals(uploaded)
    assert sums["total"] == 81689 - 3695 + 4000
    assert funding.by_capital_type(uploaded)["amount_mvnd"].sum() == sums["total"]


def test_sub_project_number():
    assert funding.sub_project_number({"label_vi": "Tiểu dự án 3", "sub_project_id": "X"}) == "3"
    assert funding.sub_project_number({"label_vi": "Khác", "sub_project_id": "DA4_TDA3"}) == "3"
