"""Builders of the workbooks the tests upload: filled templates, rezipped parts, zip bombs,
XML entity bombs. Every fixture is built by code here."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile

import openpyxl

from gnbv import workbook
from gnbv.settings import load_config
from gnbv.workbook import ALLOCATION_SHEET, COMMUNE_SHEET, Limits

NOW = dt.datetime(2025, 3, 1, 9, 30, 0)
LIMITS = Limits.from_config(load_config({}))
XLSX_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def save(book) -> bytes:
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
    return save(book)


def filled_allocation(plan_data, edit=None) -> bytes:
    book = openpyxl.load_workbook(
        io.BytesIO(workbook.allocation_template(plan_data.projects, plan_data.sub_projects))
    )
    if edit:
        edit(book[ALLOCATION_SHEET])
    return save(book)


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


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DATA_PART = "xl/worksheets/sheet2.xml"  # the data sheet of both templates
SHARED_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SHARED_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def part(content: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return archive.read(name)


def sheet_xml(rows: str, before: str = "") -> bytes:
    """A worksheet part whose sheetData is ``rows`` (raw ``<row>`` elements)."""
    return f'<worksheet xmlns="{MAIN}">{before}<sheetData>{rows}</sheetData></worksheet>'.encode()


def with_shared_strings(content: bytes, strings: list[str], sheet: bytes | None = None) -> bytes:
    """``content`` with a shared-strings part holding ``strings`` (each a text, or a raw
    ``<si>`` element), and the data sheet replaced by ``sheet``."""
    override = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SHARED_TYPE}"/>'
    relation = f'<Relationship Id="rIdS" Type="{SHARED_REL}" Target="sharedStrings.xml"/>'
    replace = {
        "[Content_Types].xml": part(content, "[Content_Types].xml").replace(
            b"</Types>", override.encode() + b"</Types>"
        ),
        "xl/_rels/workbook.xml.rels": part(content, "xl/_rels/workbook.xml.rels").replace(
            b"</Relationships>", relation.encode() + b"</Relationships>"
        ),
    }
    if sheet is not None:
        replace[DATA_PART] = sheet
    items = "".join(s if s.startswith("<si>") else f"<si><t>{s}</t></si>" for s in strings)
    table = f'<sst xmlns="{MAIN}">{items}</sst>'.encode()
    return rezip(content, replace, add={"xl/sharedStrings.xml": table})


def replace_cell(content: bytes, reference: str, cell: str, name: str = DATA_PART) -> bytes:
    """``content`` with the cell ``reference`` of the data sheet replaced by the raw XML
    ``cell`` (what openpyxl cannot write: a formula with its saved value, say)."""
    xml = part(content, name).decode()
    pattern = re.compile(rf'<c r="{reference}"(?: [^>]*)?(?:/>|>.*?</c>)')
    assert pattern.search(xml), reference
    return rezip(content, {name: pattern.sub(cell, xml, count=1).encode()})
