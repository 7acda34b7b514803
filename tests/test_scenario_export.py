"""The scenario workbook and CSV, read back: translated headers, rounded rates, whole
households that add up to the district total, notes in the UI language."""

import io

import openpyxl
import pandas as pd
import pytest

from gnbv.scenario import ScenarioParams, project
from gnbv.scenario_effort import year_below
from gnbv.scenario_export import commune_csv, projection_frame, scenario_workbook
from gnbv.scenario_presets import Presets, published_trend
from gnbv.views import scenario as view

INTERNAL = {"poor_rate", "gap_pp", "met", "code", "name", "year", "households", "target"}


@pytest.fixture(scope="module")
def presets(plan_data):
    return Presets(published_trend(plan_data.district_poverty))


def rows_of(book, sheet):
    return [[c.value for c in row] for row in book[sheet].iter_rows()]


def test_workbook_in_vietnamese(plan_data, presets):
    params = presets.opening()
    result = project(plan_data.commune_baseline, params)
    data = scenario_workbook(result, plan_data, plan_data.commune_baseline, True, "vi", presets)
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Giả định", "Dự báo", "Mục tiêu", "Nguồn"]
    assumptions = dict(rows_of(book, "Giả định")[1:])
    assert assumptions["Các tốc độ lấy theo"] == "Xu hướng đã công bố"
    assert assumptions["Tỷ lệ hộ nghèo ở các xã không phải xã nghèo"] == 5.67
    assert assumptions["Tỷ lệ hộ cận nghèo"] == 0.73
    assert assumptions["Cách hiểu “giảm 7%/năm”"] == "Điểm phần trăm mỗi năm"
    assert "19,80% năm 2025" in assumptions["Mục tiêu dùng để đánh giá"]
    assert "21,96%" in assumptions["Tham khảo"] and "suy ra" in assumptions["Tham khảo"]
    projection = rows_of(book, "Dự báo")
    header = projection[0]
    assert header[:6] == [
        "Mã xã",
        "Xã, thị trấn",
        "Năm",
        "Tổng số hộ",
        "Số hộ nghèo",
        "Tỷ lệ hộ nghèo (%)",
    ]
    assert not INTERNAL & set(header)  # no internal names
    assert len(projection) == 1 + 19 * 3 + 3  # communes × years, then the district rows
    col = {name: header.index(name) for name in header}
    for year in (2023, 2024, 2025):
        communes = [r for r in projection[1:] if r[col["Năm"]] == year and r[0]]
        district = next(r for r in projection[1:] if r[col["Năm"]] == year and not r[0])
        for name in ("Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo", "Số hộ nghèo DTTS"):
            values = [r[col[name]] for r in communes]
            assert all(isinstance(v, int) for v in values), name  # whole households
            assert sum(values) == district[col[name]], (name, year)  # that add up
        rates = [r[col["Tỷ lệ hộ nghèo (%)"]] for r in communes]
        assert all(round(v, 2) == v for v in rates)  # 2 decimals, no 1e-15 noise
    district_2023 = next(r for r in projection[1:] if r[col["Năm"]] == 2023 and not r[0])
    assert district_2023[col["Tỷ lệ hộ nghèo (%)"]] == 33.8
    assert district_2023[col["Xã, thị trấn"]] == "Toàn huyện"
    status = rows_of(book, "Mục tiêu")
    assert status[0][-1] == "Tình trạng so với mục tiêu"
    assert {r[-1] for r in status[1:]} <= {"Đạt", "Chưa đạt"}  # not TRUE / FALSE
    assert not any(isinstance(v, float) and str(v) == "-0.0" for r in status for v in r)
    district = next(r for r in status if r[0] == "Toàn huyện" and r[3] == "Tỷ lệ hộ nghèo")
    assert district[status[0].index("Mục tiêu năm 2025 (%)")] == 19.8
    sources = rows_of(book, "Nguồn")
    notes = " ".join(str(r[2]) for r in sources)
    assert "MINH HỌA" in notes and "Suy ra" in notes and "không công bố" in notes
    assert any("VNN_2324450" in str(r[1]) for r in sources)


def test_workbook_in_english(plan_data, presets):
    result = project(plan_data.commune_baseline, ScenarioParams(reading="relative"))
    data = scenario_workbook(result, plan_data, plan_data.commune_baseline, False, "en", presets)
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Assumptions", "Projection", "Target status", "Sources"]
    assert rows_of(book, "Projection")[0][:3] == ["Code", "Commune", "Year"]
    notes = " ".join(str(r[2]) for r in rows_of(book, "Sources"))
    assert "Derived" in notes and "Published figure" in notes
    assert "Suy ra" not in notes


def test_no_negative_zero_and_whole_leaving(plan_data):
    # No fall at all: gaps and falls are 0, never -0; leaving poverty is whole and adds up.
    result = project(
        plan_data.commune_baseline, ScenarioParams(other_communes_rate=0, poor_commune_rate=0)
    )
    frame = projection_frame(result, {}, "en")
    assert (frame["Households leaving poverty in the year"] == 0).all()
    assert not any(str(v) == "-0.0" for v in frame["Poor rate (%)"])


def test_commune_csv_in_vietnamese_reads_back(plan_data, presets):
    params = presets.opening()
    baseline = plan_data.commune_baseline
    result = project(baseline, params)
    names = dict(zip(plan_data.communes["code"], plan_data.communes["name"]))
    rows = view.commune_rows(result, names, year_below(baseline, params, 10))
    data = commune_csv(rows, result, 10, "vi")
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0].count(";") == 13
    back = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    assert len(back) == 19
    assert back["Tỷ lệ nghèo 2025 (%)"].dtype.kind == "f"  # comma decimals read as numbers
    assert set(back["Tình trạng so với mục tiêu"]) <= {"Đạt", "Chưa đạt"}
    assert back["Số hộ nghèo 2025"].sum() == round(result.district["poor_households"].iloc[-1])
    row = back.set_index("Xã, thị trấn").loc["Lùng Cải"]
    assert row["Tỷ lệ nghèo 2023 (%)"] == 65.8
