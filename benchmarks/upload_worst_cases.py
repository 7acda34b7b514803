"""Worst cases of the upload check: CPU time and peak extra memory, one subprocess per case.

Issue 11's bound: any file under the size caps (5 MB uploaded, 50 MB unzipped, 200 parts) is
checked in at most 2 s of CPU and 150 MiB of extra memory, the problems report drawn in both
languages included. Every case is built here, in code, at the default settings:

* ``template``: the filled commune review template (the ordinary case, for comparison);
* ``shared_1mb_x1000``: one 1 MB shared string in 1 000 cells (a 13 KB file);
* ``shared_45mb``: one ~45 MB shared string in every cell of 1 000 rows × 8 columns;
* ``inline_45mb``: one ~45 MB inline string in one cell;
* ``attribute_45mb``: a ~45 MB attribute value (a cell's style) in the data sheet;
* ``many_attributes``: 1 800 cells of 3 000 attributes each (50 MB unzipped);
* ``digits_200k``: a 200 000-digit "code" in every cell of 1 000 rows × 8 columns;
* ``long_text_every_cell``: every cell of the largest sheet read (1 001 rows × 40 columns)
  holding its own 1 100-character text, just over the per-cell cap;
* ``numbers_every_cell`` / ``errors_every_cell`` / ``formulas_every_cell``: the largest
  sheet read, every cell a number / a text that is not a number / a formula with a value;
* ``huge_numbers``: counts of 1e308, 2^63, -1e308 and 22-digit texts in every count cell;
* ``allocation_5e18``: the allocation template with two rows of 5e18;
* ``styles_800k``: a ``styles.xml`` of 800 000 cell formats;
* ``giant_row``: one row of two million cells right of the columns read;
* ``sheet_named_200k``: a ``workbook.xml`` naming the data sheet 200 000 times;
* ``shared_strings_2m``: two million shared strings, the cell using the last one;
* ``data_far_down``: a value on row 1 048 576.

Each case runs in a fresh subprocess twice: once for CPU time (``time.process_time``) and the
growth of the peak RSS (``resource.getrusage``) across the check, once under ``tracemalloc``
for the peak of Python's allocations (expat's buffers included). Before measuring, the child
checks the ordinary template once, so imports, caches and locale data are not counted, and
resets its peak RSS to its current RSS (Linux ``/proc/self/clear_refs``), so that "RSS+" is
the peak during the check minus the RSS before it.

Reproduce from the repository root (about a minute; note the load average it prints):

    python benchmarks/upload_worst_cases.py            # the table; exits 1 if a bound is missed
    python benchmarks/upload_worst_cases.py --json     # the same as JSON
    python benchmarks/upload_worst_cases.py --case shared_45mb
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl
from openpyxl.utils import get_column_letter

from benchmarks.upload_zip_bomb import filled_workbook
from gnbv import workbook
from gnbv.data import load_plan_data
from gnbv.settings import REPO_ROOT

MIB = 1024 * 1024
CPU_BOUND_S = 2.0
MEMORY_BOUND_MIB = 150.0
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet2.xml"
SHARED_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SHARED_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
LIMITS = workbook.Limits()
ROWS = LIMITS.max_rows + 1  # the header and the data rows
COLUMNS = LIMITS.max_columns


# --------------------------------------------------------------------------- building


def _save(book) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def template() -> bytes:
    """The commune review template filled with the shipped figures (the zip-bomb benchmark's)."""
    return filled_workbook()


def allocation() -> bytes:
    data = load_plan_data(REPO_ROOT / "data")
    return workbook.allocation_template(data.projects, data.sub_projects)


def rezip(base: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst,
    ):
        names = src.namelist()
        for name in names:
            dst.writestr(name, replace.get(name, src.read(name)))
        for name, data in replace.items():
            if name not in names:
                dst.writestr(name, data)
    return out.getvalue()


def header_row() -> str:
    cells = "".join(
        f'<c r="{get_column_letter(i)}1" t="inlineStr"><is><t>{c.header}</t></is></c>'
        for i, c in enumerate(workbook.COMMUNE_COLUMNS, start=1)
    )
    return f'<row r="1">{cells}</row>'


def sheet_xml(rows: list[str], before: str = "") -> bytes:
    body = header_row() + "".join(rows)
    return (f'<worksheet xmlns="{MAIN}">{before}<sheetData>{body}</sheetData></worksheet>').encode()


def grid(cell, rows: int = ROWS, columns: int = COLUMNS) -> list[str]:
    """Rows 2 … ``rows`` with ``columns`` cells each, ``cell(ref, row, col)`` giving each."""
    out = []
    for r in range(2, rows + 1):
        cells = "".join(cell(f"{get_column_letter(c)}{r}", r, c) for c in range(1, columns + 1))
        out.append(f'<row r="{r}">{cells}</row>')
    return out


def with_shared(base: bytes, sheet: bytes, strings: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(base)) as src:
        types = src.read("[Content_Types].xml").decode()
        rels = src.read("xl/_rels/workbook.xml.rels").decode()
    types = types.replace(
        "</Types>",
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SHARED_TYPE}"/></Types>',
    )
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdS" Type="{SHARED_REL}" Target="sharedStrings.xml"/></Relationships>',
    )
    return rezip(
        base,
        {
            SHEET: sheet,
            "[Content_Types].xml": types.encode(),
            "xl/_rels/workbook.xml.rels": rels.encode(),
            "xl/sharedStrings.xml": strings,
        },
    )


def shared_table(*texts: bytes) -> bytes:
    items = b"".join(b"<si><t>" + t + b"</t></si>" for t in texts)
    return f'<sst xmlns="{MAIN}">'.encode() + items + b"</sst>"


def shared_1mb_x1000() -> bytes:
    rows = grid(lambda ref, r, c: f'<c r="{ref}" t="s"><v>0</v></c>', rows=1001, columns=1)
    return with_shared(template(), sheet_xml(rows), shared_table(b"x" * MIB))


def shared_45mb() -> bytes:
    rows = grid(lambda ref, r, c: f'<c r="{ref}" t="s"><v>0</v></c>', columns=8)
    return with_shared(template(), sheet_xml(rows), shared_table(b"9" * (45 * MIB)))


def inline_45mb() -> bytes:
    rows = [f'<row r="2"><c r="A2" t="inlineStr"><is><t>{"y" * (45 * MIB)}</t></is></c></row>']
    return rezip(template(), {SHEET: sheet_xml(rows)})


def attribute_45mb() -> bytes:
    rows = [f'<row r="2"><c r="A2" s="{"7" * (45 * MIB)}"><v>1</v></c></row>']
    return rezip(template(), {SHEET: sheet_xml(rows)})


def many_attributes() -> bytes:
    attributes = " ".join(f'a{i}="1"' for i in range(3000))
    cell = f'<c r="Z2" {attributes}/>'
    rows = [f'<row r="2">{cell * 1800}</row>']
    return rezip(template(), {SHEET: sheet_xml(rows)})


def digits_200k() -> bytes:
    rows = grid(lambda ref, r, c: f'<c r="{ref}" t="s"><v>0</v></c>', columns=8)
    return with_shared(template(), sheet_xml(rows), shared_table(b"7" * 200_000))


def long_text_every_cell() -> bytes:
    def cell(ref, r, c):
        return f'<c r="{ref}" t="inlineStr"><is><t>{"z" * 1095}{r * 100 + c:05d}</t></is></c>'

    return rezip(template(), {SHEET: sheet_xml(grid(cell))})


def numbers_every_cell() -> bytes:
    return rezip(
        template(), {SHEET: sheet_xml(grid(lambda ref, r, c: f'<c r="{ref}"><v>{r}</v></c>'))}
    )


def errors_every_cell() -> bytes:
    def cell(ref, r, c):
        return f'<c r="{ref}" t="inlineStr"><is><t>không phải số {r}</t></is></c>'

    return rezip(template(), {SHEET: sheet_xml(grid(cell))})


def formulas_every_cell() -> bytes:
    def cell(ref, r, c):
        return f'<c r="{ref}"><f>HYPERLINK("http://example.invalid/{r}","{c}")</f><v>{c}</v></c>'

    return rezip(template(), {SHEET: sheet_xml(grid(cell))})


def huge_numbers() -> bytes:
    values = ["1e308", str(2**63), "-1e308", "5e18", "1.7976931348623157e308"]
    texts = ["1.000.000.000.000.000.000.000", "9" * 22]

    def cell(ref, r, c):
        if c == 1:
            return f'<c r="{ref}" t="inlineStr"><is><t>0{2839 + 3 * (r - 2)}</t></is></c>'
        if c == 3:
            return f'<c r="{ref}"><v>2024</v></c>'
        if c < 4:
            return ""
        if (r + c) % 2:
            return f'<c r="{ref}"><v>{values[(r + c) % len(values)]}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{texts[(r + c) % 2]}</t></is></c>'

    return rezip(template(), {SHEET: sheet_xml(grid(cell, rows=20, columns=8))})


def allocation_5e18() -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(allocation()))
    sheet = book[workbook.ALLOCATION_SHEET]
    sheet["D3"], sheet["E3"], sheet["F3"] = 0, 5 * 10**18, 5 * 10**18
    sheet["D4"], sheet["E4"], sheet["F4"] = 0, 5e18, 5e18
    return _save(book)


def styles_800k() -> bytes:
    base = template()
    with zipfile.ZipFile(io.BytesIO(base)) as src:
        styles = src.read("xl/styles.xml")
    xf = b'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    styles = styles.replace(b'<cellXfs count="7">', b'<cellXfs count="7">' + xf * 800_000)
    return rezip(base, {"xl/styles.xml": styles})


def giant_row() -> bytes:
    base = template()
    with zipfile.ZipFile(io.BytesIO(base)) as src:
        sheet = src.read(SHEET)
    cells = b'<c r="AZ2"><v>1</v></c>' * 2_000_000
    sheet = sheet.replace(b'</row><row r="3"', cells + b'</row><row r="3"', 1)
    return rezip(base, {SHEET: sheet})


def sheet_named_200k() -> bytes:
    base = template()
    with zipfile.ZipFile(io.BytesIO(base)) as src:
        book = src.read("xl/workbook.xml")
    entry = re.search(rb'<sheet name="R[^>]*/>', book)[0]
    return rezip(base, {"xl/workbook.xml": book.replace(entry, entry * 200_000)})


def shared_strings_2m() -> bytes:
    count = 2_000_000
    rows = [f'<row r="2"><c r="A2" t="s"><v>{count - 1}</v></c></row>']
    strings = shared_table(*(b"%d" % i for i in range(count)))
    return with_shared(template(), sheet_xml(rows), strings)


def data_far_down() -> bytes:
    rows = ['<row r="1048576"><c r="A1048576"><v>1</v></c></row>']
    return rezip(template(), {SHEET: sheet_xml(rows)})


CASES = {
    "template": template,
    "shared_1mb_x1000": shared_1mb_x1000,
    "shared_45mb": shared_45mb,
    "inline_45mb": inline_45mb,
    "attribute_45mb": attribute_45mb,
    "many_attributes": many_attributes,
    "digits_200k": digits_200k,
    "long_text_every_cell": long_text_every_cell,
    "numbers_every_cell": numbers_every_cell,
    "errors_every_cell": errors_every_cell,
    "formulas_every_cell": formulas_every_cell,
    "huge_numbers": huge_numbers,
    "allocation_5e18": allocation_5e18,
    "styles_800k": styles_800k,
    "giant_row": giant_row,
    "sheet_named_200k": sheet_named_200k,
    "shared_strings_2m": shared_strings_2m,
    "data_far_down": data_far_down,
}


# --------------------------------------------------------------------------- measuring (child)


def _check(content: bytes, kind: str, data) -> workbook.UploadResult:
    if kind == "allocation":
        result = workbook.read_allocations(
            content, "case.xlsx", data.projects, data.sub_projects, data.plan
        )
    else:
        result = workbook.read_commune_review(content, "case.xlsx", data.communes)
    for lang in ("vi", "en"):
        workbook.problems_table(result.problems, lang, result.omitted).to_string()
    return result


def _status_kib(field: str) -> int | None:
    """A field of /proc/self/status in KiB (Linux), e.g. VmRSS, VmHWM (the peak RSS)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> int:
    """Reset the process's peak RSS to its current RSS (Linux: clear_refs 5) and return the
    RSS in KiB; elsewhere, the peak so far from getrusage (growth is then a lower bound)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status_kib("VmRSS")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak() -> int:
    return _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(path: str, kind: str, traced: bool) -> None:
    data = load_plan_data(REPO_ROOT / "data")
    _check(template(), "review", data)  # warm-up: imports, caches, locale data
    content = Path(path).read_bytes()
    rss_before = _reset_peak()
    if traced:
        tracemalloc.start()
    cpu = time.process_time()
    result = _check(content, kind, data)
    cpu = time.process_time() - cpu
    out = {"cpu_s": round(cpu, 3)}
    if traced:
        out["traced_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / MIB, 1)
        tracemalloc.stop()
    else:
        rss = _peak() - rss_before
        out["rss_growth_mib"] = round(rss / 1024, 1)
    keys = [p.key for p in result.problems]
    out.update(
        outcome="accepted" if result.ok else (keys[0] if keys else "refused"),
        errors=result.error_count,
        warnings=result.warning_count,
        listed=len(result.problems),
        longest_message=max(
            (len(p.message(lang)) for p in result.problems for lang in ("vi", "en")), default=0
        ),
    )
    print(json.dumps(out))


# --------------------------------------------------------------------------- running (parent)


def _unzipped(content: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return sum(info.file_size for info in archive.infolist())


def _run_child(path: str, kind: str, traced: bool) -> dict:
    args = [sys.executable, __file__, "--child", path, "--kind", kind]
    if traced:
        args.append("--traced")
    done = subprocess.run(args, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        return {"crashed": done.stderr.strip().splitlines()[-1:] or ["?"]}
    return json.loads(done.stdout)


def measure(name: str) -> dict:
    content = CASES[name]()
    kind = "allocation" if name.startswith("allocation") else "review"
    with tempfile.NamedTemporaryFile(suffix=".xlsx", delete=False) as handle:
        handle.write(content)
    try:
        plain = _run_child(handle.name, kind, traced=False)
        traced = _run_child(handle.name, kind, traced=True)
    finally:
        os.unlink(handle.name)
    row = {
        "case": name,
        "file_kib": round(len(content) / 1024, 1),
        "unzipped_mib": round(_unzipped(content) / MIB, 1),
        **plain,
        "traced_peak_mib": traced.get("traced_peak_mib"),
        "traced_cpu_s": traced.get("cpu_s"),
    }
    row["met"] = (
        "crashed" not in plain
        and plain["cpu_s"] <= CPU_BOUND_S
        and max(plain["rss_growth_mib"], traced.get("traced_peak_mib") or 0) <= MEMORY_BOUND_MIB
        and not str(plain.get("outcome", "")).startswith(("wb_too_large", "wb_uncompressed"))
    )
    return row


def print_table(rows: list[dict], load: tuple[float, float, float]) -> None:
    print(
        f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; bounds: CPU ≤ "
        f"{CPU_BOUND_S} s, extra memory ≤ {MEMORY_BOUND_MIB:.0f} MiB"
    )
    print(
        f"{'case':22} {'file KiB':>9} {'unzip MiB':>9} {'CPU s':>6} {'RSS+ MiB':>8} "
        f"{'traced MiB':>10} {'errors':>6} {'listed':>6} {'msg':>4}  outcome"
    )
    for r in rows:
        if "crashed" in r:
            print(f"{r['case']:22} CRASHED {r['crashed']}")
            continue
        print(
            f"{r['case']:22} {r['file_kib']:9.1f} {r['unzipped_mib']:9.1f} {r['cpu_s']:6.2f} "
            f"{r['rss_growth_mib']:8.1f} {r['traced_peak_mib']:10.1f} {r['errors']:6d} "
            f"{r['listed']:6d} {r['longest_message']:4d}  {r['outcome']}"
            + ("" if r["met"] else "   ** BOUND MISSED **")
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--kind", default="review", help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.kind, args.traced)
        return 0
    load = os.getloadavg()
    rows = [measure(name) for name in args.case or CASES]
    if args.json:
        print(json.dumps({"load_average": load, "cases": rows}))
    else:
        print_table(rows, load)
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0 if all(r["met"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
