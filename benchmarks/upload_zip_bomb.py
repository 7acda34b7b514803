"""Peak memory while the upload check rejects a zip bomb (issue 6: must stay under 100 MiB).

Builds, in code, a filled commune-review workbook with an extra part of 200 MiB of zeros
(about 200 KB compressed), then measures three refusals:

* ``declared``: the honest bomb, stopped by its declared uncompressed size;
* ``lying``: the same bomb whose zip headers claim the part is 1 000 bytes (zipfile reads no
  further than the declared size, and the CRC check fails);
* ``streamed``: the declared-size check switched off, so the bomb is read in 64 KiB chunks
  until the hard cap (``max_uncompressed_mb``, 50 MB by default) stops it.

For each: the tracemalloc peak of the refusal, and the growth of the process's peak RSS
(``resource.getrusage``) across it. Reproduce:

    python benchmarks/upload_zip_bomb.py          # a table
    python benchmarks/upload_zip_bomb.py --json   # what tests/test_workbook.py reads

Measured on the development machine (2 cores, Python 3.11): every case under 1 MiB traced
and under 2 MiB of RSS growth; a plain ``zipfile.read`` of the part would need 200 MiB.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import struct
import sys
import tracemalloc
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl

from gnbv import workbook
from gnbv.data import load_plan_data
from gnbv.settings import REPO_ROOT

MIB = 1024 * 1024
BOMB_MIB = 200
PART = "xl/media/image1.bin"


def filled_workbook() -> bytes:
    data = load_plan_data(REPO_ROOT / "data")
    book = openpyxl.load_workbook(io.BytesIO(workbook.commune_review_template(data.communes)))
    sheet = book[workbook.COMMUNE_SHEET]
    base = data.commune_baseline.set_index("code")
    for row in range(2, sheet.max_row + 1):
        b = base.loc[sheet.cell(row, 1).value]
        sheet.cell(row, 3).value = 2024
        for col, key in enumerate(workbook.COUNT_KEYS, start=4):
            sheet.cell(row, col).value = int(b[key])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def bomb(base: bytes) -> bytes:
    out = io.BytesIO(base)
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open(PART, "w", force_zip64=False) as part,
    ):
        chunk = b"\0" * MIB
        for _ in range(BOMB_MIB):
            part.write(chunk)
    return out.getvalue()


def lie(content: bytes, size: int) -> bytes:
    data = bytearray(content)
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) != -1:
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46 : pos + 46 + n]) == PART.encode():
            struct.pack_into("<I", data, pos + 24, size)
            struct.pack_into("<I", data, struct.unpack_from("<I", data, pos + 42)[0] + 22, size)
        pos += 4
    return bytes(data)


def measure(content: bytes, communes) -> dict:
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    tracemalloc.start()
    result = workbook.read_commune_review(content, "bomb.xlsx", communes)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "refused_with": ",".join(p.key for p in result.errors) or "ACCEPTED",
        "tracemalloc_peak_mib": round(peak / MIB, 2),
        "rss_growth_mib": round((rss_after - rss_before) / 1024, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON report (the tests read it)")
    args = parser.parse_args()
    communes = load_plan_data(REPO_ROOT / "data").communes
    honest = bomb(filled_workbook())
    cases = []
    for name, content in (("declared", honest), ("lying", lie(honest, 1000))):
        cases.append({"case": name, **measure(content, communes)})
    workbook.container._declared_size = lambda infos: 0  # the streamed cap alone
    cases.append({"case": "streamed", **measure(honest, communes)})
    report = {
        "bomb_file_kib": round(len(honest) / 1024, 1),
        "bomb_uncompressed_mib": BOMB_MIB,
        "cases": cases,
    }
    if args.json:
        print(json.dumps(report))
        return
    print(f"bomb: {report['bomb_file_kib']} KiB on disk, {BOMB_MIB} MiB unzipped")
    for c in cases:
        print(
            f"{c['case']:9} refused with {c['refused_with']:26} "
            f"tracemalloc peak {c['tracemalloc_peak_mib']:6.2f} MiB  "
            f"RSS growth {c['rss_growth_mib']:6.2f} MiB"
        )


if __name__ == "__main__":
    main()
