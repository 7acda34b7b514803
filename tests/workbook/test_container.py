"""The container gate: hostile files (renamed, empty, macros, zip and XML bombs)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from gnbv import workbook
from gnbv.settings import REPO_ROOT
from gnbv.workbook import Limits, read_commune_review
from tests.workbook.builders import (
    BILLION_LAUGHS,
    LIMITS,
    XLSM_MAIN,
    XLSX_MAIN,
    filled_review,
    keys,
    lie_about_size,
    rezip,
    save,
    zip_bomb,
)


def test_renamed_text_file_is_refused(plan_data):
    content = b"code,households\n02839,1014\n"
    result = read_commune_review(content, "data.xlsx", plan_data.communes)
    assert keys(result) == ["wb_not_zip"]
    assert "not an Excel .xlsx workbook" in result.errors[0].message("en")
    assert keys(read_commune_review(content, "data.csv", plan_data.communes)) == ["wb_not_xlsx"]


def test_empty_files_and_workbooks_are_refused(plan_data):
    assert keys(read_commune_review(b"", "x.xlsx", plan_data.communes)) == ["wb_file_empty"]
    empty_book = save(openpyxl.Workbook())
    result = read_commune_review(empty_book, "x.xlsx", plan_data.communes)
    assert keys(result) == ["wb_sheet_missing"]
    assert result.errors[0].message("vi") == (
        "Không có trang tính “Rà soát hộ nghèo”. Các trang tính trong tệp: “Sheet”."
    )

    def clear(sheet):
        sheet.delete_rows(2, sheet.max_row)

    assert keys(
        read_commune_review(filled_review(plan_data, clear), "x.xlsx", plan_data.communes)
    ) == ["wb_no_rows"]

    def blank(sheet):
        sheet.delete_rows(1, sheet.max_row)

    assert keys(
        read_commune_review(filled_review(plan_data, blank), "x.xlsx", plan_data.communes)
    ) == ["wb_no_header"]


def test_macro_workbooks_are_refused(plan_data):
    good = filled_review(plan_data)
    assert keys(read_commune_review(good, "x.xlsm", plan_data.communes)) == ["wb_macro_extension"]
    with_vba = rezip(good, add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"})
    assert keys(read_commune_review(with_vba, "x.xlsx", plan_data.communes)) == ["wb_macro_content"]
    types = zipfile.ZipFile(io.BytesIO(good)).read("[Content_Types].xml")
    macro_type = rezip(good, {"[Content_Types].xml": types.replace(XLSX_MAIN, XLSM_MAIN)})
    assert keys(read_commune_review(macro_type, "x.xlsx", plan_data.communes)) == [
        "wb_macro_content"
    ]


def test_a_zip_that_is_not_a_workbook_is_refused(plan_data):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert keys(read_commune_review(out.getvalue(), "x.xlsx", plan_data.communes)) == [
        "wb_not_spreadsheet"
    ]
    damaged = filled_review(plan_data)[:3000]
    assert keys(read_commune_review(damaged, "x.xlsx", plan_data.communes)) == ["wb_damaged"]


def test_size_cap(plan_data):
    limits = Limits(max_upload_bytes=2000, max_uncompressed_bytes=10**9, max_entries=100)
    result = read_commune_review(filled_review(plan_data), "x.xlsx", plan_data.communes, limits)
    assert keys(result) == ["wb_too_large"]
    assert "over the 0.002 MB limit" in result.errors[0].message("en")


def test_too_many_parts(plan_data):
    parts = {f"xl/media/p{i}.bin": b"x" for i in range(LIMITS.max_entries)}
    result = read_commune_review(
        rezip(filled_review(plan_data), add=parts), "x.xlsx", plan_data.communes
    )
    assert keys(result) == ["wb_too_many_parts"]


@pytest.fixture(scope="module")
def bomb(plan_data):
    return zip_bomb(filled_review(plan_data), megabytes=200)


def test_zip_bomb_declared_size_is_refused(plan_data, bomb):
    assert len(bomb) < 1024 * 1024  # 200 MB of zeros in well under 1 MB
    result = read_commune_review(bomb, "x.xlsx", plan_data.communes)
    assert keys(result) == ["wb_uncompressed_declared"]
    assert "possibly a zip bomb" in result.errors[0].message("en")


def test_zip_bomb_lying_about_its_size_is_refused(plan_data, bomb):
    liar = lie_about_size(bomb, "xl/media/image1.bin", 1000)
    result = read_commune_review(liar, "x.xlsx", plan_data.communes)
    assert keys(result) == ["wb_damaged"]  # zipfile stops at the declared size: bad CRC


def test_actual_size_is_capped_while_reading(plan_data, bomb, monkeypatch):
    # Should the declared size be believed (or lie), the streamed count still stops it.
    monkeypatch.setattr(workbook.container, "_declared_size", lambda infos: 0)
    result = read_commune_review(bomb, "x.xlsx", plan_data.communes)
    assert keys(result) == ["wb_uncompressed_actual"]


def test_peak_memory_while_rejecting_a_zip_bomb_stays_under_100_mib():
    script = REPO_ROOT / "benchmarks" / "upload_zip_bomb.py"
    out = subprocess.run(
        [sys.executable, str(script), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO_ROOT,
        check=True,
    )
    report = json.loads(out.stdout)
    assert report["bomb_uncompressed_mib"] >= 200
    for case in report["cases"]:
        assert case["refused_with"].startswith("wb_uncompressed") or case["refused_with"] == (
            "wb_damaged"
        )
        assert case["tracemalloc_peak_mib"] < 100, case
        assert case["rss_growth_mib"] < 100, case


def test_xml_entity_bomb_is_refused(plan_data):
    good = filled_review(plan_data)
    for part in ("xl/worksheets/sheet2.xml", "xl/workbook.xml", "[Content_Types].xml"):
        result = read_commune_review(
            rezip(good, {part: BILLION_LAUGHS}), "x.xlsx", plan_data.communes
        )
        assert keys(result) == ["wb_xml_dtd"], part
        assert part in result.errors[0].message("vi")


def test_utf16_entity_bomb_slips_past_the_byte_scan_but_not_defusedxml(plan_data):
    text = BILLION_LAUGHS.decode().replace(
        '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>'
    )
    bomb = rezip(filled_review(plan_data), {"xl/worksheets/sheet2.xml": text.encode("utf-16")})
    assert workbook.check_container(bomb, "x.xlsx", LIMITS) == []
    result = read_commune_review(bomb, "x.xlsx", plan_data.communes)
    assert keys(result) == ["wb_xml_dtd"]


def test_defusedxml_is_in_force_and_uploads_are_refused_without_it(plan_data, monkeypatch):
    assert openpyxl.xml.DEFUSEDXML is True
    assert workbook.DEFUSED is True
    monkeypatch.setattr(workbook.xlsx, "DEFUSED", False)
    result = read_commune_review(filled_review(plan_data), "x.xlsx", plan_data.communes)
    assert keys(result) == ["wb_xml_unprotected"]
