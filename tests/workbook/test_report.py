"""The problems report: bounded lists, short quotes, the table, every key in both languages."""

from __future__ import annotations

import re

import pytest

from gnbv import i18n
from gnbv.settings import REPO_ROOT
from gnbv.workbook import (
    Problem,
    Problems,
    problem,
    problems_table,
    shown,
    unexpected_failure,
    upload_source,
)
from tests.workbook.builders import NOW


def test_every_message_key_exists_in_both_languages():
    used = set()
    for path in (REPO_ROOT / "gnbv" / "workbook").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'"((?:wb|tpl|expect|report|bound)_\w+)"', source))
    assert len(used) > 60 and not used - set(i18n.TEXT), used - set(i18n.TEXT)


def _p(severity: str, n: int) -> Problem:
    return Problem(severity, "wb_required", "S", n, "A", values=(("expected", "x"),))


def test_problems_are_bounded_errors_first_in_the_order_found():
    problems = Problems(limit=3)
    for n, severity in enumerate(["warning", "error", "warning", "error", "error", "error"]):
        problems.add(_p(severity, n))
    assert (problems.error_count, problems.warning_count) == (4, 2)
    assert [(p.severity, p.row) for p in problems.listed()] == [
        ("error", 1),
        ("error", 3),
        ("error", 4),
    ]
    result = problems.result("k")
    assert result.omitted == 3 and not result.ok and result.frame is None

    few = Problems(limit=3)
    for n, severity in enumerate(["warning", "error", "warning", "warning"]):
        few.add(_p(severity, n))
    assert [p.row for p in few.listed()] == [0, 1, 2]  # warnings fill what errors leave


def test_the_report_in_both_languages():
    problems = [problem("wb_not_zip"), _p("warning", 7)]
    vi = problems_table(problems, "vi", omitted=1234)
    assert list(vi.columns) == ["Mức độ", "Trang tính", "Dòng", "Cột", "Vấn đề và yêu cầu"]
    assert list(vi.iloc[:, 0]) == ["Lỗi", "Cảnh báo", "…"]
    assert vi.iloc[2, 4].startswith("… và 1.234 vấn đề khác")
    en = problems_table(problems, "en")
    assert list(en.iloc[:, 0]) == ["Error", "Warning"]  # nothing omitted: no last row


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        ("abc", "abc"),
        ("x" * 41, "x" * 39 + "…"),
        ("a\nb\x00c", "a b c"),
        pytest.param(10**5000, "…", id="int-too-long-for-str"),  # quoted as "…", never raises
        (1e308, "1e+308"),
    ],
)
def test_quotes_are_short_and_printable(value, quoted):
    assert shown(value) == quoted


def test_huge_numbers_in_messages_are_quoted_not_formatted():
    p = problem("wb_negative", value=-(10**400))
    assert p.message("vi") == "-" + "1" + "0" * 37 + "… là số âm; cần số ≥ 0."
    assert problem("wb_negative", value=-1234.5).message("vi") == "-1.234,5 là số âm; cần số ≥ 0."


def test_an_unexpected_failure_is_reported_in_the_ui_language():
    result = unexpected_failure("commune_review")
    assert not result.ok and result.error_count == 1
    assert result.errors[0].message("en").startswith("This file could not be checked")
    assert "dữ liệu đang dùng không thay đổi" in result.errors[0].message("vi")


def test_upload_source_names_the_file_safely():
    assert upload_source("C:\\Users\\a\\rà soát.xlsx", NOW) == "rà soát.xlsx (2025-03-01 09:30:00)"
    assert upload_source("x" * 5000 + "\x00", NOW).startswith("x" * 100 + " (")
