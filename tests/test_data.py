"""The data layer against the plan's own figures, and broken files."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from gnbv.data import SCHEMAS, headline, load_plan_data, read_table, split_ids
from gnbv.errors import DataFileError
from gnbv.settings import REPO_ROOT as REPO


def rewrite(path: Path, edit) -> None:
    """Apply ``edit(rows)`` to a CSV's list of dict rows and write it back."""
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames)
        rows = list(reader)
    fields = edit(rows, fields) or fields
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def test_plan_totals(plan_data):
    h = headline(plan_data)
    assert (h["total_mvnd"], h["investment_mvnd"], h["recurrent_mvnd"]) == (81689, 70852, 10837)
    assert h["projects"] == 7 and h["projects_allocated"] == 6
    assert h["communes"] == 19 and h["towns"] == 1


def test_project_rows_match_the_plan(plan_data):
    p = plan_data.projects.set_index("project_id")
    expected = {
        "DA1": (70852, 2064, 72916),
        "DA2": (0, 3695, 3695),
        "DA3": (0, 1598, 1598),
        "DA4": (0, 2385, 2385),
        "DA6": (0, 88, 88),
        "DA7": (0, 1007, 1007),
    }
    for project_id, amounts in expected.items():
        row = p.loc[project_id]
        assert (row["investment_mvnd"], row["recurrent_mvnd"], row["total_mvnd"]) == amounts
    assert p["investment_mvnd"].sum() == 70852
    assert p["recurrent_mvnd"].sum() == 10837
    assert p["total_mvnd"].sum() == 81689


def test_project_5_is_not_allocated_never_zero(plan_data):
    da5 = plan_data.projects.set_index("project_id").loc["DA5"]
    assert da5["allocation_status"] == "not_allocated"
    assert pd.isna(da5["total_mvnd"]) and pd.isna(da5["investment_mvnd"])
    assert da5["lead_body_id"] == "KTHT"


def test_leads_and_sub_projects(plan_data):
    leads = plan_data.projects.set_index("project_id")["lead_body_id"].to_dict()
    assert leads == {
        "DA1": "LDTBXH",
        "DA2": "LDTBXH",
        "DA3": "NNPTNT",
        "DA4": "LDTBXH",
        "DA5": "KTHT",
        "DA6": "LDTBXH",
        "DA7": "LDTBXH",
    }
    subs = plan_data.sub_projects.groupby("project_id")["sub_project_id"].apply(list).to_dict()
    assert subs["DA4"] == ["DA4_TDA1", "DA4_TDA3"]
    assert subs["DA7"] == ["DA7_TDA1", "DA7_TDA2"]
    assert "DA2" not in subs and "DA5" not in subs


def test_targets(plan_data):
    targets = plan_data.targets.set_index("target_id")
    assert targets.loc["T_POOR", "value"] == 7
    assert targets.loc["T_POOR_COMMUNE", "value"] == 10
    assert targets.loc["T_NEAR_POOR", "value"] == 0.9
    assert targets.loc["T_EM_POOR", "value"] == 7.6
    assert (targets["kind"] == "key_result").sum() == 4
    assert targets["source_ref"].str.contains("Kế hoạch GNBV 2022").all()


def test_bodies_and_legal_bases(plan_data):
    assert len(plan_data.bodies) == 10
    assert list(plan_data.bodies["section"]) == [f"6.{i}" for i in range(1, 11)]
    numbers = set(plan_data.legal_bases["number"])
    assert "Quyết định số 90/QĐ-TTg" in numbers
    assert "Nghị quyết số 24/2021/QH15" in numbers


def test_communes_codes_keep_leading_zeros(plan_data):
    codes = list(plan_data.communes["code"])
    assert len(codes) == 19
    assert codes[0] == "02839" and codes[-1] == "02899"
    assert all(len(c) == 5 for c in codes)
    assert plan_data.communes["code"].dtype == "string"
    town = plan_data.communes.set_index("code").loc["02839"]
    assert town["unit_type"] == "thi_tran"
    assert plan_data.communes.set_index("code").loc["02878", "households_reported"] == 1141


def test_district_poverty_published_and_derived(plan_data):
    d = plan_data.district_poverty.set_index("year")
    assert d.loc[2023, "poor_rate_pct"] == 33.8
    assert d.loc[2023, "near_poor_rate_pct"] == 18.31
    assert d.loc[2024, "poor_rate_pct"] == 28.13
    assert d.loc[2022, "status"] == "derived"
    assert d.loc[2023, "status"] == d.loc[2024, "status"] == "published"


def test_illustrative_baseline_matches_published_rates(plan_data):
    b = plan_data.commune_baseline
    assert b["is_illustrative"].all()
    assert b["source"].str.startswith("ILLUSTRATIVE").all()
    total = b["households"].sum()
    assert round(100 * b["poor_households"].sum() / total, 1) == 33.8
    assert round(100 * b["near_poor_households"].sum() / total, 2) == 18.31
    rates = (b["poor_households"] / b["households"]).set_axis(b["code"])
    assert rates["02839"] == rates.min()  # the town is the least poor
    assert rates["02842"] == rates.max()  # Lùng Cải (91% poor + near-poor) the most
    reported = b.set_index("code").loc[["02848", "02869", "02878"], "households"]
    assert list(reported) == [694, 486, 1141]


def test_generator_is_reproducible(plan_data):
    from scripts.generate_illustrative_baseline import generate

    again = generate(plan_data.communes.astype(object).where(plan_data.communes.notna(), None))
    shipped = plan_data.commune_baseline
    assert list(again["poor_households"]) == list(shipped["poor_households"])
    assert list(again["households"]) == list(shipped["households"])


@pytest.mark.parametrize(
    ("file", "edit", "row", "column", "text"),
    [
        (
            "projects.csv",
            lambda rows, f: (
                [r.pop("recurrent_mvnd") for r in rows] and [c for c in f if c != "recurrent_mvnd"]
            ),
            None,
            "recurrent_mvnd",
            "missing column",
        ),
        (
            "projects.csv",
            lambda rows, f: rows[1].update(total_mvnd="3700"),
            3,
            "total_mvnd",
            "not the total",
        ),
        (
            "projects.csv",
            lambda rows, f: rows[2].update(recurrent_mvnd="1.598,5"),
            4,
            "recurrent_mvnd",
            "not a number",
        ),
        (
            "projects.csv",
            lambda rows, f: rows[4].update(investment_mvnd="0", recurrent_mvnd="0", total_mvnd="0"),
            6,
            "investment_mvnd",
            "not allocated",
        ),
        (
            "communes.csv",
            lambda rows, f: rows[3].update(code=rows[2]["code"]),
            5,
            "code",
            "duplicate",
        ),
        (
            "communes.csv",
            lambda rows, f: rows[0].update(code="2839"),
            2,
            "code",
            "5-digit",
        ),
        (
            "commune_poverty_illustrative.csv",
            lambda rows, f: rows[5].update(poor_households="many"),
            7,
            "poor_households",
            "not a number",
        ),
        (
            "commune_poverty_illustrative.csv",
            lambda rows, f: rows[0].update(poor_households="2000"),
            2,
            "near_poor_households",
            "exceed",
        ),
        # The series (issue 20): rows are code-sorted, three years a commune (row 2 = 02839 2022).
        (
            "commune_poverty_series_illustrative.csv",
            lambda rows, f: rows[0].update(poor_households="61"),
            2,
            "poor_households",
            "not the 42.96%",
        ),
        (
            "commune_poverty_series_illustrative.csv",
            lambda rows, f: rows[1].update(year="2022"),
            3,
            "code",
            "duplicate code/year",
        ),
        (
            "commune_poverty_series_illustrative.csv",
            lambda rows, f: [r.update(year="2021") for r in rows if r["year"] == "2022"] and None,
            2,
            "year",
            "2021 has no district figure",
        ),
        (
            "commune_poverty_series_illustrative.csv",
            lambda rows, f: rows[4].update(is_illustrative="False"),
            6,
            "is_illustrative",
            "illustrative",
        ),
    ],
)
def test_broken_files_name_file_row_and_column(data_copy, file, edit, row, column, text):
    rewrite(data_copy / file, edit)
    with pytest.raises(DataFileError) as info:
        load_plan_data(data_copy)
    err = info.value
    assert (err.file, err.row, err.column) == (file, row, column)
    assert text in str(err)
    assert file in str(err)


def test_wrong_plan_total_is_caught(data_copy):
    rewrite(data_copy / "plan.csv", lambda rows, f: rows[0].update(total_mvnd="81690"))
    with pytest.raises(DataFileError, match="add up to 81689, but the plan states 81690"):
        load_plan_data(data_copy)


def test_missing_file(data_copy):
    (data_copy / "targets.csv").unlink()
    with pytest.raises(DataFileError, match=r"targets\.csv: file not found"):
        load_plan_data(data_copy)


def test_read_table_types(plan_data):
    t = read_table(Path(__file__).resolve().parents[1] / "data" / "projects.csv")
    assert str(t["total_mvnd"].dtype) == "Int64"
    assert str(t["objective_vi"].dtype) == "string"


def test_every_source_id_is_listed_in_sources_md():
    data_dir = Path(__file__).resolve().parents[1] / "data"
    listed = (data_dir / "SOURCES.md").read_text(encoding="utf-8")
    for path in data_dir.glob("*.csv"):
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        columns = [c for c in ("source_id", "source_ids") if c in table]
        assert columns or "source" in table, f"{path.name} has no source column"
        for column in columns:
            for cell in table[column]:
                assert cell, f"{path.name}: a row without a source"
                for source_id in cell.split(";"):
                    assert f"| {source_id.strip()} |" in listed, (path.name, source_id)


def test_every_source_has_a_citation_for_readers(plan_data):
    """sources.csv gives each source of data/SOURCES.md its short citation (publisher, year when
    known), title and address; load_plan_data refuses a cited id it does not know."""
    listed = (Path(__file__).resolve().parents[1] / "data" / "SOURCES.md").read_text("utf-8")
    ids = set(plan_data.sources["source_id"])
    assert ids == set(re.findall(r"^\| ([A-Z][A-Z0-9_]+) \|", listed, flags=re.M))
    assert plan_data.citations["VNN_2324450"] == ("VietNamNet, ~2024", "VietNamNet, ~2024")
    assert plan_data.citations["CITYPOP_LC2009"][1] == "City Population (T. Brinkhoff)"
    assert plan_data.citations["DNLC_4073"] == (
        "Đối ngoại Lào Cai",
        "Lào Cai foreign affairs portal",
    )


def test_a_source_without_a_citation_is_refused(data_copy):
    path = data_copy / "district_poverty.csv"
    path.write_text(path.read_text("utf-8").replace("VNN_2324450", "VNN_0000000"), "utf-8")
    with pytest.raises(DataFileError, match=r"VNN_0000000.*sources\.csv") as err:
        load_plan_data(data_copy)
    assert "district_poverty.csv" in str(err.value)


@pytest.mark.parametrize(
    ("value", "ids"),
    [
        (None, []),
        (pd.NA, []),
        (float("nan"), []),
        ("", []),
        (" ; ;", []),
        ("LDTBXH", ["LDTBXH"]),
        (" LDTBXH ; TC ;", ["LDTBXH", "TC"]),
        ("KH_GNBV_2022;VNN_2324450", ["KH_GNBV_2022", "VNN_2324450"]),
    ],
)
def test_split_ids_on_empty_and_filled_values(value, ids):
    assert split_ids(value) == ids


def test_every_optional_field_may_be_empty(data_copy):
    """Issue 11: an empty coordinating_body_ids crashed the loader ("boolean value of NA is
    ambiguous"). Every optional text field of every file, emptied, still loads."""
    for file, (schema, required, _key) in SCHEMAS.items():
        optional = [c for c, kind in schema.items() if kind == "text" and c not in required]
        if optional:
            rewrite(
                data_copy / file,
                lambda rows, f, o=optional: [r.update(dict.fromkeys(o, "")) for r in rows] and None,
            )
    data = load_plan_data(data_copy)
    assert data.projects["coordinating_body_ids"].isna().all()
    assert int(data.plan["total_mvnd"]) == 81689


def test_the_series_gives_the_district_rates_and_holds_the_baseline(plan_data):
    s = plan_data.commune_series
    totals = s.groupby("year")[["households", "poor_households"]].sum()
    rates = (totals["poor_households"] * 100 / totals["households"]).round(2)
    assert rates.to_dict() == {2022: 42.96, 2023: 33.8, 2024: 28.13}
    assert s["is_illustrative"].all() and s["source"].str.startswith("ILLUSTRATIVE").all()
    assert s.groupby("year").size().to_dict() == {2022: 19, 2023: 19, 2024: 19}
    base = plan_data.commune_baseline.set_index("code")
    same = s[s["year"] == 2023].set_index("code").loc[base.index]
    assert (same["poor_households"] == base["poor_households"]).all()
    # near-poor: published for 2023 only; held at the 2023 count and said so otherwise.
    assert set(s.loc[s["year"] != 2023, "near_poor_basis"]) == {"held_at_2023"}
    assert set(s.loc[s["year"] == 2022, "district_rate_status"]) == {"derived"}


def test_the_generator_reproduces_the_shipped_files(tmp_path, monkeypatch):
    from scripts import generate_illustrative_baseline as gen

    monkeypatch.setattr(gen, "OUTPUT", tmp_path / "baseline.csv")
    monkeypatch.setattr(gen, "SERIES_OUTPUT", tmp_path / "series.csv")
    gen.main()
    data = REPO / "data"
    baseline = (data / "commune_poverty_illustrative.csv").read_bytes()
    assert (tmp_path / "baseline.csv").read_bytes() == baseline
    assert (tmp_path / "series.csv").read_bytes() == (
        data / "commune_poverty_series_illustrative.csv"
    ).read_bytes()
