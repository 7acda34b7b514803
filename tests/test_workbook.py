"""Planners' workbooks: templates round trip, whole-workbook validation, hostile files.

Every fixture is built by code here: filled templates, a zip bomb, XML entity bombs, wrong
types, a renamed text file, an empty workbook, macro workbooks.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import struct
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from gnbv import i18n, workbook
from gnbv.settings import REPO_ROOT, load_config
from gnbv.workbook import (
    ALLOCATION_SHEET,
    COMMUNE_SHEET,
    Limits,
    parse_vn_number,
    read_allocations,
    read_commune_review,
)

NOW = dt.datetime(2025, 3, 1, 9, 30, 0)
LIMITS = Limits.from_config(load_config({}))
XLSX_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"


# --------------------------------------------------------------------------- builders


def _save(book) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def filled_review(plan_data, edit=None) -> bytes:
    """The downloaded template, filled with the figures of the shipped baseline (as a
    planner would type them), then ``edit(sheet)``."""
    book = openpyxl.load_workbook(io.BytesIO(workbook.commune_review_template(plan_data.communes)))
    sheet = book[COMMUNE_SHEET]
    base = plan_data.commune_baseline.set_index("code")
    for row in range(2, sheet.max_row + 1):
        code = sheet.cell(row, 1).value
        b = base.loc[code]
        sheet.cell(row, 3).value = 2024
        for col, key in enumerate(workbook.COUNT_KEYS, start=4):
            sheet.cell(row, col).value = int(b[key])
    if edit:
        edit(sheet)
    return _save(book)


def filled_allocation(plan_data, edit=None) -> bytes:
    book = openpyxl.load_workbook(
        io.BytesIO(workbook.allocation_template(plan_data.projects, plan_data.sub_projects))
    )
    if edit:
        edit(book[ALLOCATION_SHEET])
    return _save(book)


def rezip(content: bytes, replace: dict[str, bytes] | None = None, add=None) -> bytes:
    """A copy of the .xlsx ``content`` with some parts replaced or added."""
    replace = replace or {}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


def zip_bomb(base: bytes, megabytes: int = 200) -> bytes:
    """``base`` plus a part of ``megabytes`` MB of zeros (~1000:1 compressed), written in
    chunks so that building it needs little memory."""
    out = io.BytesIO(base)
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("xl/media/image1.bin", "w", force_zip64=False) as part,
    ):
        chunk = b"\0" * (1024 * 1024)
        for _ in range(megabytes):
            part.write(chunk)
    return out.getvalue()


def lie_about_size(content: bytes, name: str, size: int) -> bytes:
    """Rewrite the uncompressed size the zip declares for ``name`` (central directory and
    local header), as a hostile file would."""
    data = bytearray(content)
    pos = 0
    encoded = name.encode()
    while (pos := data.find(b"PK\x01\x02", pos)) != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46 : pos + 46 + name_len]) == encoded:
            struct.pack_into("<I", data, pos + 24, size)
            local = struct.unpack_from("<I", data, pos + 42)[0]
            struct.pack_into("<I", data, local + 22, size)
        pos += 4
    return bytes(data)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'.encode()
        for i in range(1, 10)
    )
    + b']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    b"</sheetData></worksheet>"
)


def keys(result) -> list[str]:
    return [p.key for p in result.errors]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234", 1234),
        ("7,6", 7.6),
        ("1.234,5", 1234.5),
        ("1.234.567", 1234567),
        ("1 234", 1234),
        ("1\u00a0234", 1234),
        ("  682 ", 682),
        ("-5", -5),
        ("0,5", 0.5),
        ("0.500", 0.5),  # a leading 0 group is not a thousands group
        ("7.6", 7.6),  # a single dot not followed by three digits: a decimal point
        ("1,234", 1.234),  # one comma is the Vietnamese decimal mark
        ("1,234,567", 1234567),  # several commas can only be thousands
        ("1,234.5", 1234.5),  # both marks: the last one is the decimal mark
        ("81.689", 81689),
    ],
)
def test_vietnamese_number_text(text, value):
    parsed = parse_vn_number(text)
    assert parsed == value
    assert isinstance(parsed, int) == isinstance(value, int)


@pytest.mark.parametrize(
    "text", ["", "abc", "1..2", ",5", "5,", "-", "1.2.3", "12.34,5", "1,2,3", "1.234.5,6,7"]
)
def test_not_numbers(text):
    with pytest.raises(ValueError):
        parse_vn_number(text)


# --------------------------------------------------------------------------- templates


def test_commune_template_has_19_communes_vietnamese_headers_and_instructions(plan_data):
    book = openpyxl.load_workbook(io.BytesIO(workbook.commune_review_template(plan_data.communes)))
    assert book.sheetnames == ["Hướng dẫn", "Rà soát hộ nghèo"]
    sheet = book["Rà soát hộ nghèo"]
    headers = [c.value for c in sheet[1]]
    assert headers == [
        "Mã xã",
        "Tên xã",
        "Năm rà soát",
        "Tổng số hộ",
        "Số hộ nghèo",
        "Số hộ cận nghèo",
        "Số hộ DTTS",
        "Số hộ nghèo DTTS",
    ]
    codes = [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)]
    assert len(codes) == 19 and codes[0] == "02839" and codes[-1] == "02899"
    assert sheet.cell(2, 2).value == "Bắc Hà"
    assert sheet.cell(2, 4).value is None  # figures are left for the planner
    instructions = book["Hướng dẫn"]
    assert instructions.cell(1, 1).value == "Hướng dẫn"
    assert "40%" in instructions.cell(8, 1).value


def test_allocation_template_is_the_plan_with_project_5_empty(plan_data):
    book = openpyxl.load_workbook(
        io.BytesIO(workbook.allocation_template(plan_data.projects, plan_data.sub_projects))
    )
    sheet = book["Phân bổ kinh phí"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == ["DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7"]
    assert rows[0][3:6] == [70852, 2064, 72916]
    assert rows[4][3:6] == [None, None, None]
    assert rows[4][6] == "Trung ương chưa phân bổ"
    assert sum(r[3] or 0 for r in rows) == 70852
    assert sum(r[4] or 0 for r in rows) == 10837
    assert sum(r[5] or 0 for r in rows) == 81689
    text = " ".join(str(c.value) for row in book["Hướng dẫn"].iter_rows() for c in row)
    assert "DA4_TDA3" in text


# --------------------------------------------------------------------------- round trips


def test_commune_review_round_trip(plan_data):
    result = read_commune_review(
        filled_review(plan_data), "rà soát 2024.xlsx", plan_data.communes, LIMITS, NOW
    )
    assert result.ok, workbook.problems_table(result.problems, "en").to_string()
    frame = result.frame
    shipped = plan_data.commune_baseline
    assert list(frame.columns) == list(shipped.columns)
    assert list(frame.dtypes) == list(shipped.dtypes)
    assert list(frame["code"]) == list(shipped["code"])
    assert list(frame["households"]) == list(shipped["households"])
    assert not frame["is_illustrative"].any()
    assert set(frame["year"]) == {2024}
    assert set(frame["households_basis"]) == {"uploaded"}
    assert set(frame["source"]) == {"rà soát 2024.xlsx (2025-03-01 09:30:00)"}
    # the poor-commune rule is the generator's: 40 % or more
    assert list(frame["is_poor_commune"]) == list(shipped["is_poor_commune"])


def test_vietnamese_number_text_in_cells(plan_data):
    def edit(sheet):
        sheet["D2"] = "1.014"
        sheet["E2"] = " 52 "
        sheet["A3"] = 2842  # Excel dropped the leading zero

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert result.ok
    assert result.frame.loc[0, "households"] == 1014
    assert result.frame.loc[1, "code"] == "02842"


def test_allocation_round_trip_is_the_plan(plan_data):
    result = read_allocations(
        filled_allocation(plan_data),
        "phân bổ.xlsx",
        plan_data.projects,
        plan_data.sub_projects,
        plan_data.plan,
        LIMITS,
        NOW,
    )
    assert result.ok and result.problems == []
    frame = result.frame
    assert list(frame.columns) == list(plan_data.projects.columns)
    assert list(frame.dtypes) == list(plan_data.projects.dtypes)
    assert frame["total_mvnd"].sum() == 81689
    assert frame["investment_mvnd"].sum() == 70852
    assert frame["recurrent_mvnd"].sum() == 10837
    da5 = frame.set_index("project_id").loc["DA5"]
    assert da5["allocation_status"] == "not_allocated" and da5.isna()["total_mvnd"]
    assert set(frame["source_ref"]) == {"phân bổ.xlsx (2025-03-01 09:30:00)"}


def test_revised_allocation_is_accepted_with_the_difference_as_a_warning(plan_data):
    def edit(sheet):
        # DA2 split into its sub-projects? DA4: two sub-project rows instead of one
        sheet["C5"] = "DA4_TDA1"
        sheet["E5"], sheet["F5"] = 1385, 1385
        sheet.append(["DA4", None, "DA4_TDA3", 0, "1.100", "1.100"])
        sheet["D7"] = sheet["E7"] = sheet["F7"] = None  # DA6 → not allocated

    result = read_allocations(
        filled_allocation(plan_data, edit),
        "x.xlsx",
        plan_data.projects,
        plan_data.sub_projects,
        plan_data.plan,
    )
    assert result.ok
    by_id = result.frame.set_index("project_id")
    assert by_id.loc["DA4", "total_mvnd"] == 2485
    assert by_id.loc["DA6", "allocation_status"] == "not_allocated"
    warnings = {p.column: p.message("vi") for p in result.warnings}
    assert set(warnings) == {"E", "F"}  # investment unchanged
    assert warnings["F"] == (
        "Tổng kinh phí cộng lại là 81.701 triệu đồng; kế hoạch ghi 81.689 (chênh +12); "
        "được nhận như một phân bổ điều chỉnh."
    )
    assert result.warnings[-1].message("en") == (
        "Total funds add up to 81,701 million VND; the plan states 81,689 (difference +12); "
        "accepted as a revised allocation."
    )


def test_allocation_errors_name_sheet_row_column(plan_data):
    def edit(sheet):
        sheet["F2"] = 72917  # 70852 + 2064 ≠ 72917
        sheet["A3"] = "DA9"
        sheet["E4"] = None  # partial amounts
        sheet["C5"] = "DA1_TDA1"  # not a sub-project of DA4
        sheet.append(["DA7", None, None, 0, 1, 1])  # duplicate

    result = read_allocations(
        filled_allocation(plan_data, edit),
        "x.xlsx",
        plan_data.projects,
        plan_data.sub_projects,
        plan_data.plan,
    )
    assert not result.ok and result.frame is None
    got = {(p.key, p.row, p.column) for p in result.errors}
    assert ("wb_row_total", 2, "F") in got
    assert ("wb_unknown_project", 3, "A") in got
    assert ("wb_partial_amounts", 4, "E") in got
    assert ("wb_unknown_sub_project", 5, "C") in got
    assert ("wb_duplicate_allocation", 9, "A") in got
    assert ("wb_missing_projects", None, "A") in got  # DA2 and DA4 gone
    for p in result.errors:
        assert p.sheet == "Phân bổ kinh phí"


# --------------------------------------------------------------------------- content errors


def test_every_content_error_names_sheet_row_column_and_expectation(plan_data):
    def edit(sheet):
        sheet["D2"] = "abc"  # not a number
        sheet["E3"] = dt.datetime(2024, 1, 1)  # a date
        sheet["F4"] = True  # a boolean
        sheet["G5"] = 12.5  # not whole
        sheet["H6"] = -1  # negative
        sheet["E7"] = 10_000  # poor + near-poor > households
        sheet["H8"] = 10_000  # em-poor > poor
        sheet["A9"] = "99999"  # unknown commune
        sheet["A10"] = "02839"  # duplicate of row 2
        sheet["C11"] = 2023  # another year
        sheet["C12"] = 1999  # out of range
        sheet["D13"] = "=E13+F13"  # formula with no saved value
        sheet["B14"] = "Sai tên"  # a warning only
        sheet["G15"] = 100_000  # em households > households

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert not result.ok and result.frame is None
    got = {(p.key, p.row, p.column) for p in result.problems}
    expected = {
        ("wb_not_number", 2, "D"),
        ("wb_wrong_type", 3, "E"),
        ("wb_wrong_type", 4, "F"),
        ("wb_not_whole", 5, "G"),
        ("wb_negative", 6, "H"),
        ("wb_poor_exceed", 7, "F"),
        ("wb_em_poor_exceed_poor", 8, "H"),
        ("wb_unknown_commune", 9, "A"),
        ("wb_duplicate_commune", 10, "A"),
        ("wb_year_mixed", 11, "C"),
        ("wb_year_range", 12, "C"),
        ("wb_formula_no_value", 13, "D"),
        ("wb_name_mismatch", 14, "B"),
        ("wb_em_exceed", 15, "G"),
        ("wb_missing_communes", None, "A"),  # 02866 (row 9) and 02869 (row 10) replaced
    }
    assert expected <= got, got - expected
    table = workbook.problems_table(result.problems, "vi")
    assert list(table.columns) == ["Mức độ", "Trang tính", "Dòng", "Cột", "Vấn đề và yêu cầu"]
    for p in result.problems:
        assert p.sheet == "Rà soát hộ nghèo"
        assert p.column is not None
    messages = {
        p.key: (p.message("vi"), p.message("en"), p.where_column("en")) for p in result.problems
    }
    assert messages["wb_not_number"][0] == "“abc” không phải là số; cần số hộ: số nguyên ≥ 0."
    assert messages["wb_not_number"][2] == "D (Tổng số hộ — households)"
    assert "E13+F13" in messages["wb_formula_no_value"][1]
    assert (
        "02866 Bản Cái" in messages["wb_missing_communes"][0]
        or "02866" in (messages["wb_missing_communes"][0])
    )
    assert messages["wb_poor_exceed"][1].startswith("Poor ")
    assert "10.000" in messages["wb_poor_exceed"][0] and "10,000" in messages["wb_poor_exceed"][1]


def test_columns_and_sheets_checked(plan_data):
    def edit(sheet):
        sheet["D1"] = "Hộ"  # the households column renamed
        sheet["I1"] = "Thêm"  # an extra column: ignored with a warning

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert [(p.key, p.row, p.column) for p in result.errors] == [("wb_column_missing", 1, None)]
    assert "“Tổng số hộ”" in result.errors[0].message("vi")
    assert {(p.key, p.column) for p in result.warnings} == {
        ("wb_column_ignored", "D"),
        ("wb_column_ignored", "I"),
    }

    def rename(sheet):
        sheet.title = "Sheet9"

    result = read_commune_review(filled_review(plan_data, rename), "x.xlsx", plan_data.communes)
    assert keys(result) == ["wb_sheet_missing"]
    assert "Sheet9" in result.errors[0].message("en")


def test_header_matching_ignores_case_spacing_and_accepts_data_names(plan_data):
    def edit(sheet):
        sheet["A1"] = "  mã   XÃ "
        sheet["D1"] = "households"

    result = read_commune_review(filled_review(plan_data, edit), "x.xlsx", plan_data.communes)
    assert result.ok


def test_formula_with_a_saved_value_is_read_as_that_value(plan_data):
    def edit(sheet):
        sheet["D2"] = "=1000+14"

    content = filled_review(plan_data, edit)
    sheet_xml = "xl/worksheets/sheet2.xml"
    xml = zipfile.ZipFile(io.BytesIO(content)).read(sheet_xml)
    assert b"<f>1000+14</f><v />" in xml
    content = rezip(
        content, {sheet_xml: xml.replace(b"<f>1000+14</f><v />", b"<f>1000+14</f><v>1014</v>")}
    )
    result = read_commune_review(content, "x.xlsx", plan_data.communes)
    assert result.ok
    assert result.frame.loc[0, "households"] == 1014


# --------------------------------------------------------------------------- hostile files


def test_renamed_text_file_is_refused(plan_data):
    content = b"code,households\n02839,1014\n"
    result = read_commune_review(content, "data.xlsx", plan_data.communes)
    assert keys(result) == ["wb_not_zip"]
    assert "not an Excel .xlsx workbook" in result.errors[0].message("en")
    assert keys(read_commune_review(content, "data.csv", plan_data.communes)) == ["wb_not_xlsx"]


def test_empty_files_and_workbooks_are_refused(plan_data):
    assert keys(read_commune_review(b"", "x.xlsx", plan_data.communes)) == ["wb_file_empty"]
    empty_book = _save(openpyxl.Workbook())
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
    monkeypatch.setattr(workbook, "_declared_size", lambda infos: 0)
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
    monkeypatch.setattr(workbook, "DEFUSED", False)
    result = read_commune_review(filled_review(plan_data), "x.xlsx", plan_data.communes)
    assert keys(result) == ["wb_xml_unprotected"]


def test_every_message_key_exists_in_both_languages():
    source = (REPO_ROOT / "gnbv" / "workbook.py").read_text(encoding="utf-8")
    import re

    used = set(re.findall(r'"((?:wb|tpl|expect|report)_\w+)"', source))
    assert used and not used - set(i18n.TEXT)
