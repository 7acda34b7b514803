"""Property tests: whatever the workbook holds, checking it either accepts it or returns
problems, and never raises. A bounded number of examples each, so that CI stays fast.

Two generators: workbooks written by openpyxl (as Excel users make them: cell types, sizes,
Unicode, numbers at the edges of int64 and float, formulas, merged cells, hidden and copied
sheets), starting from the filled template so that many examples reach the deeper checks;
and sheets written as raw XML (what openpyxl cannot write: any cell type with any saved text,
formulas with saved values, shared-string indices, duplicated sheet entries).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import openpyxl
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from gnbv.workbook import (
    AMOUNT_COLUMNS,
    BASELINE_COLUMNS,
    COMMUNE_SHEET,
    COUNT_KEYS,
    Limits,
    UploadResult,
    parse_vn_number,
    problems_table,
    read_allocations,
    read_commune_review,
    shown,
    whole_number,
)
from gnbv.workbook.cells import Rejected
from tests.workbook.builders import filled_allocation, filled_review, rezip, save

LIMITS = Limits(max_problems=30)
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
INT64 = 2**63
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# Texts openpyxl can write (no XML-illegal control characters), Vietnamese included.
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=60,
)
edge_numbers = st.sampled_from(
    [0, 1, -1, INT64 - 1, INT64, -INT64, 2**64, 10**21, 1e308, -1e308, 5e18, 0.5, 1e-300, 12.5]
)
number_texts = st.sampled_from(
    ["1.000.000.000.000.000.000.000", "9" * 22, "1.014", "7,6", "-5", "1 234", "0.500", "1e5"]
)
cell_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    edge_numbers,
    number_texts,
    texts,
    st.text(alphabet="0123456789", min_size=100, max_size=2000),
    st.builds(
        lambda n: "=" + n, st.sampled_from(["1+1", "A1*2", 'HYPERLINK("x","y")', "SUM(D2:D9)"])
    ),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
)
# (row, column, value): mostly within the 19 communes' rows, so that many examples reach the
# checks across rows; sometimes below them or in the header.
cells = st.tuples(st.integers(2, 20) | st.integers(1, 45), st.integers(1, 12), cell_values)


def _assert_sound(result: UploadResult, limits: Limits) -> None:
    assert isinstance(result, UploadResult)
    event("accepted" if result.ok else f"refused: {result.errors[0].key}")
    assert result.ok == (result.frame is not None and result.error_count == 0)
    assert len(result.problems) <= limits.max_problems
    assert result.error_count + result.warning_count >= len(result.problems)
    for lang in ("vi", "en"):
        table = problems_table(result.problems, lang, result.omitted)
        assert len(table) == len(result.problems) + (1 if result.omitted else 0)
        for p in result.problems:
            assert len(p.message(lang)) < 1000, p.message(lang)


def _assert_review_frame(result: UploadResult, limits: Limits) -> None:
    if not result.ok:
        return
    frame = result.frame
    assert list(frame.columns) == BASELINE_COLUMNS
    for key in COUNT_KEYS:
        assert frame[key].notna().all()
        assert frame[key].min() >= 0 and frame[key].max() <= limits.max_households
    assert (frame["poor_households"] + frame["near_poor_households"] <= frame["households"]).all()


def _assert_allocation_frame(result: UploadResult, plan, limits: Limits) -> None:
    if not result.ok:
        return
    bound = limits.max_amount_times_plan * int(plan["total_mvnd"])
    for column in AMOUNT_COLUMNS:
        values = result.frame[column].dropna()
        assert ((values >= 0) & (values <= bound)).all()
        assert 0 <= int(values.sum()) <= len(result.frame) * bound  # no wrap-around


def _edit(sheet, edits) -> None:
    for row, column, value in edits:
        sheet.cell(row, column).value = value


def _book_edits(book, hide: bool, copy: bool, merge: bool, extra_sheet: str | None) -> None:
    data = book[COMMUNE_SHEET] if COMMUNE_SHEET in book.sheetnames else book.worksheets[-1]
    if merge:
        data.merge_cells("B3:C4")
    if copy:
        book.copy_worksheet(data)
    if hide:
        data.sheet_state = "hidden"
    if extra_sheet:
        book.create_sheet(re.sub(r"[\[\]:*?/\\']", "", extra_sheet)[:31] or "x")


@SETTINGS
@given(
    edits=st.lists(cells, max_size=25),
    hide=st.booleans(),
    copy=st.booleans(),
    merge=st.booleans(),
    extra_sheet=st.none() | texts,
)
def test_any_commune_review_workbook_is_accepted_or_refused_never_raises(
    plan_data, edits, hide, copy, merge, extra_sheet
):
    def edit(sheet):
        _edit(sheet, edits)
        _book_edits(sheet.parent, hide, copy, merge, extra_sheet)

    content = filled_review(plan_data, edit)
    result = read_commune_review(content, "x.xlsx", plan_data.communes, LIMITS)
    _assert_sound(result, LIMITS)
    _assert_review_frame(result, LIMITS)


@SETTINGS
@given(edits=st.lists(st.tuples(st.integers(1, 12), st.integers(1, 8), cell_values), max_size=20))
def test_any_allocation_workbook_is_accepted_or_refused_never_raises(plan_data, edits):
    content = filled_allocation(plan_data, lambda sheet: _edit(sheet, edits))
    result = read_allocations(
        content, "x.xlsx", plan_data.projects, plan_data.sub_projects, plan_data.plan, LIMITS
    )
    _assert_sound(result, LIMITS)
    _assert_allocation_frame(result, plan_data.plan, LIMITS)


# --------------------------------------------------------------------------- raw XML

raw_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
raw_cells = st.tuples(
    st.integers(2, 20) | st.integers(1, 25),
    st.integers(1, 10),
    st.sampled_from(["n", "s", "str", "b", "e", "d", "inlineStr", "x"]),
    st.one_of(raw_texts, st.sampled_from(["1e308", "-0", "NaN", "inf", "99999999999", "2.5"])),
    st.booleans(),  # a formula
    st.sampled_from(["", "0", "1", "3", "999"]),  # style
)


def _xml_text(value: str) -> str:
    # XML 1.0 has no way to write most control characters: they are left out, like Excel does.
    value = "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 0x20)
    value = value.replace("\ufffe", "").replace("\uffff", "")
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _raw_cell(column: int, row: int, kind: str, value: str, formula: bool, style: str) -> str:
    ref = openpyxl.utils.get_column_letter(column) + str(row)
    attrs = f' r="{ref}" t="{kind}"' + (f' s="{style}"' if style else "")
    body = "<f>A1+1</f>" if formula else ""
    if kind == "inlineStr":
        body += f"<is><t>{_xml_text(value)}</t></is>"
    else:
        body += f"<v>{_xml_text(value)}</v>"
    return f"<c{attrs}>{body}</c>"


def _raw_sheet(header: list[str], baseline, items) -> bytes:
    """The header, the 19 communes' true figures, then ``items`` written over them."""
    grid: dict[int, dict[int, str]] = {1: {}}
    for i, h in enumerate(header, start=1):
        grid[1][i] = _raw_cell(i, 1, "inlineStr", h, False, "")
    for r, b in enumerate(baseline.itertuples(), start=2):
        grid[r] = {
            1: _raw_cell(1, r, "inlineStr", b.code, False, ""),
            3: _raw_cell(3, r, "n", "2024", False, ""),
        }
        for c, key in enumerate(COUNT_KEYS, start=4):
            grid[r][c] = _raw_cell(c, r, "n", str(getattr(b, key)), False, "")
    for row, column, kind, value, formula, style in items:
        grid.setdefault(row, {})[column] = _raw_cell(column, row, kind, value, formula, style)
    head = "".join(c for _, c in sorted(grid.pop(1).items()))
    body = "".join(
        f'<row r="{r}">{"".join(c for _, c in sorted(cells.items()))}</row>'
        for r, cells in sorted(grid.items())
    )
    data = f'<sheetData><row r="1">{head}</row>{body}</sheetData>'
    return f'<worksheet xmlns="{MAIN}">{data}</worksheet>'.encode()


@SETTINGS
@given(items=st.lists(raw_cells, max_size=40), duplicate=st.booleans(), hidden=st.booleans())
def test_any_raw_sheet_is_accepted_or_refused_never_raises(plan_data, items, duplicate, hidden):
    base = filled_review(plan_data)
    header = [c.value for c in openpyxl.load_workbook(io.BytesIO(base))[COMMUNE_SHEET][1]]
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        book_xml = archive.read("xl/workbook.xml").decode()
    entry = re.search(r'<sheet name="R[^>]*/>', book_xml)[0]
    if hidden:
        book_xml = book_xml.replace(entry, entry.replace('state="visible"', 'state="hidden"'))
    if duplicate:
        book_xml = book_xml.replace(
            "</sheets>", entry.replace('sheetId="2"', 'sheetId="9"') + "</sheets>"
        )
    content = rezip(
        base,
        {
            "xl/worksheets/sheet2.xml": _raw_sheet(header, plan_data.commune_baseline, items),
            "xl/workbook.xml": book_xml.encode(),
        },
    )
    result = read_commune_review(content, "x.xlsx", plan_data.communes, LIMITS)
    _assert_sound(result, LIMITS)
    _assert_review_frame(result, LIMITS)


# --------------------------------------------------------------------------- cells


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_parse_vn_number_gives_a_number_or_value_error(text):
    try:
        value = parse_vn_number(text)
    except ValueError:
        return
    assert isinstance(value, int | float)


@settings(max_examples=300, deadline=None)
@given(cell_values)
def test_whole_number_is_within_bounds_or_rejected_with_a_short_message(value):
    from gnbv.workbook import Bound

    bound = Bound(10_000, "bound_households", "GNBV_MAX_HOUSEHOLDS_PER_COMMUNE")
    try:
        number = whole_number(value, bound)
    except Rejected as rejected:
        for quoted in rejected.values.values():
            if isinstance(quoted, str):
                assert len(quoted) <= 40 or quoted.startswith("i18n:")
        return
    assert isinstance(number, int) and 0 <= number <= 10_000


@settings(max_examples=200, deadline=None)
@given(st.one_of(texts, st.text(max_size=5000), st.integers(), st.floats()))
def test_shown_quotes_at_most_40_printable_characters(value):
    quoted = shown(value)
    assert len(quoted) <= 40 and all(ch.isprintable() for ch in quoted)


def test_builders_save_roundtrip(plan_data):
    """The builders the properties use give a workbook the check accepts."""
    assert read_commune_review(filled_review(plan_data), "x.xlsx", plan_data.communes).ok
    assert save(openpyxl.Workbook())
