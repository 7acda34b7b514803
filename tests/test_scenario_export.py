"""The scenario workbook: four sheets with the assumptions, projection, status and sources."""

import io

import openpyxl
import pandas as pd

from gnbv.data import load_plan_data
from gnbv.scenario import ScenarioParams, project
from gnbv.scenario_export import scenario_workbook
from gnbv.settings import REPO_ROOT


def test_workbook_sheets_and_values():
    plan = load_plan_data(REPO_ROOT / "data")
    result = project(plan.commune_baseline, ScenarioParams(district_rate=5.0))
    data = scenario_workbook(result, plan, plan.commune_baseline, True, "vi")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Giả định", "Dự báo", "Mục tiêu", "Nguồn"]
    assumptions = pd.read_excel(io.BytesIO(data), sheet_name="Giả định")
    values = dict(zip(assumptions["Tham số"], assumptions["Giá trị"]))
    assert values["Tỷ lệ hộ nghèo (các xã khác)"] == 5
    assert values["Cách hiểu “giảm 7%/năm”"] == "Điểm phần trăm mỗi năm"
    assert values["Tham số đường dẫn"] == "r=5"
    projection = pd.read_excel(io.BytesIO(data), sheet_name="Dự báo", dtype={"code": str})
    assert len(projection) == 19 * 3 + 3  # communes × years, then the district rows
    district_2023 = projection[(projection["name"] == "Toàn huyện") & (projection["year"] == 2023)]
    assert round(float(district_2023["poor_rate"].iloc[0]), 2) == 33.8
    sources = pd.read_excel(io.BytesIO(data), sheet_name="Nguồn")
    assert sources["Ghi chú"].str.contains("MINH HỌA").any()
    assert sources["Nguồn"].str.contains("VNN_2324450").any()


def test_workbook_in_english():
    plan = load_plan_data(REPO_ROOT / "data")
    result = project(plan.commune_baseline, ScenarioParams(reading="relative"))
    data = scenario_workbook(result, plan, plan.commune_baseline, False, "en")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Assumptions", "Projection", "Target status", "Sources"]
