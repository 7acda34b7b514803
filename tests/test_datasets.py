"""The Data page's catalogue: every dataset with its source, status and dates."""

from datetime import datetime

from gnbv.datasets import catalogue, catalogue_table

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
