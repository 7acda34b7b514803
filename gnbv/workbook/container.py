"""The container gate: everything that can be checked on an uploaded file without reading a
spreadsheet. Nothing is opened as a workbook unless it passes.

Size cap (``max_upload_bytes``); extension ``.xlsx`` (``.xlsm`` and anything else refused);
zip signature; at most ``max_entries`` parts; the *declared* uncompressed size and then the
*actual* one (every part read in 64 KiB chunks with a hard cap, ``max_uncompressed_bytes``);
no encrypted part; ``[Content_Types].xml`` present and naming a spreadsheet; no macro content
type and no ``vbaProject.bin``; no DTD or entity declaration in any XML part (an XML "billion
laughs" bomb needs one; one in UTF-16 slips past this byte scan but not the XML reader).
"""

from __future__ import annotations

import io
import zipfile
import zlib

from gnbv.workbook import xlsx
from gnbv.workbook.limits import MB, Limits
from gnbv.workbook.report import Problem, problem

CHUNK = 64 * 1024
ZIP_SIGNATURE = b"PK\x03\x04"
CONTENT_TYPES = "[Content_Types].xml"
SPREADSHEET_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MACRO_EXTENSIONS = {".xlsm", ".xltm", ".xlam", ".xlsb"}
XML_SUFFIXES = (".xml", ".rels", ".vml")
DAMAGED = (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError)


class _Refused(Exception):
    def __init__(self, item: Problem):
        self.problem = item


def _mb(n: int) -> float:
    return round(n / MB, 3)


def _extension(filename: str) -> str:
    name = str(filename)[:1000].replace("\\", "/").rsplit("/", 1)[-1].lower()
    return "." + name.rsplit(".", 1)[-1] if "." in name else ""


def _declared_size(infos: list[zipfile.ZipInfo]) -> int:
    """What the zip's central directory says the parts unzip to (a hostile file may lie:
    the parts are then also counted as they are read)."""
    return sum(info.file_size for info in infos)


def _check_file(content: bytes, filename: str, limits: Limits) -> None:
    if not content:
        raise _Refused(problem("wb_file_empty"))
    if len(content) > limits.max_upload_bytes:
        raise _Refused(
            problem("wb_too_large", size=_mb(len(content)), limit=_mb(limits.max_upload_bytes))
        )
    ext = _extension(filename)
    if ext in MACRO_EXTENSIONS:
        raise _Refused(problem("wb_macro_extension", ext=ext))
    if ext != ".xlsx":
        raise _Refused(problem("wb_not_xlsx", ext=ext[:20] or "—"))
    if not content.startswith(ZIP_SIGNATURE):
        raise _Refused(problem("wb_not_zip"))


def _check_directory(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_entries:
        raise _Refused(problem("wb_too_many_parts", count=len(infos), limit=limits.max_entries))
    declared = _declared_size(infos)
    if declared > limits.max_uncompressed_bytes:
        raise _Refused(
            problem(
                "wb_uncompressed_declared",
                size=_mb(declared),
                limit=_mb(limits.max_uncompressed_bytes),
            )
        )
    names = [info.filename for info in infos]
    if CONTENT_TYPES not in names:
        raise _Refused(problem("wb_not_spreadsheet"))
    if any(name.lower().rsplit("/", 1)[-1] == "vbaproject.bin" for name in names):
        raise _Refused(problem("wb_macro_content"))
    if any(info.flag_bits & 0x1 for info in infos):
        raise _Refused(problem("wb_encrypted"))


class _Scan:
    """Reads every part in chunks, counting what it unzips to, looking for DTDs in XML
    parts and keeping the start of ``[Content_Types].xml``."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.total = 0
        self.content_types = b""

    def part(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        is_xml = info.filename.lower().endswith(XML_SUFFIXES)
        tail = b""
        with archive.open(info) as part:
            while chunk := part.read(CHUNK):
                self._count(len(chunk))
                if is_xml:
                    window = tail + chunk
                    if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                        raise _Refused(problem("wb_xml_dtd", part=info.filename[:80]))
                    tail = chunk[-16:]
                if info.filename == CONTENT_TYPES and len(self.content_types) < MB:
                    self.content_types += chunk

    def _count(self, size: int) -> None:
        self.total += size
        if self.total > self.limits.max_uncompressed_bytes:
            raise _Refused(
                problem("wb_uncompressed_actual", limit=_mb(self.limits.max_uncompressed_bytes))
            )

    def check_types(self) -> None:
        if b"macroenabled" in self.content_types.lower():
            raise _Refused(problem("wb_macro_content"))
        if SPREADSHEET_MAIN not in self.content_types:
            raise _Refused(problem("wb_not_spreadsheet"))


def _open(content: bytes) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        return archive, archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _Refused(problem("wb_damaged")) from exc


def _check(content: bytes, filename: str, limits: Limits) -> None:
    _check_file(content, filename, limits)
    archive, infos = _open(content)
    _check_directory(infos, limits)
    scan = _Scan(limits)
    try:
        for info in infos:
            if not info.is_dir():
                scan.part(archive, info)
    except DAMAGED as exc:
        raise _Refused(problem("wb_damaged")) from exc
    scan.check_types()


def check_container(content: bytes, filename: str, limits: Limits) -> list[Problem]:
    """The file-level gate. Returns the problems (all errors, at most one); empty when the
    file may be opened as a workbook."""
    try:
        _check(content, filename, limits)
    except _Refused as refused:
        return [refused.problem]
    return []


def gate(content: bytes, filename: str, limits: Limits) -> list[Problem]:
    """The container gate, and the XML protection: uploads are refused when defusedxml,
    which the reader parses every XML part with, is not available."""
    if not xlsx.DEFUSED:
        return [problem("wb_xml_unprotected")]
    return check_container(content, filename, limits)
