"""The Data page's catalogue: every dataset with its source, status and dates."""

from datetime import datetime

from gnbv.datasets import catalogue, catalogue_table, sources_table, sources_text

LOADED = datetime(2026, 11, 27, 9, 30)


def test_shipped_catalogue(plan_data):
    sets = catalogue(
        plan_data, plan_data.commune_baseline, True, plan_data.projects, shipped_loaded_at=LOADED
    )
    by_key = {d.key: d for d in sets}
    assert by_key["commune_baseline"].status == "illustrative"
    assert by_key["district_poverty"].status == "real_derived"
    assert by_key["projects"].status == "real"
    assert by_key["projects"].sources == "KH_GNBV_2022"
    assert "VNN_2324450" in by_key["district_poverty"].sources
    assert len(by_key["communes"].frame) == 19
    table = catalogue_table(sets, "en")
    assert len(table) == len(sets)
    assert "27/11/2026 09:30:00" in set(table.iloc[:, 3])
    # For readers: citations, the first three named and the rest counted
    readable = catalogue_table(sets, "vi", plan_data.citations).set_index("Bộ dữ liệu")
    assert readable.loc["Kế hoạch (tổng kinh phí)", "Nguồn"] == "UBND huyện Bắc Hà, 2022"
    assert readable.loc["Hộ nghèo theo xã", "Nguồn"] == (
        "Sinh bằng chương trình cho khớp tổng số công bố; VietNamNet, ~2024; Báo Lào Cai"
    )
    communes = readable.loc["Xã, thị trấn", "Nguồn"]
    distinct = {plan_data.citations[s.strip()][0] for s in by_key["communes"].sources.split(";")}
    assert communes.startswith("Tổng cục Thống kê (danh mục hành chính), 2022; ")
    assert communes.endswith(f"và {len(distinct) - 3} nguồn khác")


def test_uploaded_baseline_replaces_the_illustrative_one(plan_data):
    uploaded = plan_data.commune_baseline.copy()
    uploaded["is_illustrative"] = False
    uploaded["source"] = "rà soát 2023.xlsx"
    at = datetime(2026, 11, 27, 10, 0)
    sets = catalogue(
        plan_data,
        uploaded,
        False,
        plan_data.projects,
        shipped_loaded_at=LOADED,
        uploaded_at={"commune_baseline": at},
    )
    baseline = {d.key: d for d in sets}["commune_baseline"]
    assert baseline.status == "uploaded"
    assert baseline.sources == "rà soát 2023.xlsx"
    assert baseline.loaded_at == at
    assert baseline.date == "2023"


def test_sources_text_and_table(plan_data):
    assert sources_text("VNN_2324450; BLC_395217", "en", plan_data.citations) == (
        "VietNamNet, ~2024; Báo Lào Cai"
    )
    assert sources_text("A_1; B_1; C_1; D_1; E_1", "en") == "A_1; B_1; C_1 and 2 more"
    sets = catalogue(
        plan_data, plan_data.commune_baseline, True, plan_data.projects, shipped_loaded_at=LOADED
    )
    table = sources_table(sets, plan_data.sources, "en", plan_data.citations)
    cited = {s.strip() for d in sets for s in d.sources.split(";")}
    assert len(table) == len(cited) == 35  # the allocation rules cite four sources of their own
    row = table[table["Source"] == "VietNamNet, ~2024"].iloc[0]
    assert row["Article or document"] == (
        "[Thoát nghèo bền vững không chỉ lo giải quyết bài toán nâng thu nhập]"
        "(https://vietnamnet.vn/thoat-ngheo-ben-vung-khong-chi-lo-giai-quyet-bai-toan-nang-thu-nhap-2324450.html)"
    )
