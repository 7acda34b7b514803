"""The funding page's brief holds the plan's totals, its projects and the one the centre has
not allocated, in the language."""

from __future__ import annotations

from tests.brief.briefs import make, text


def test_funding_brief_in_vietnamese():
    said = text(make("funding", "vi"))
    assert "Kinh phí thực hiện năm 2022" in said
    for figure in ("81.689 triệu đồng", "70.852 triệu đồng", "10.837 triệu đồng", "86,7%"):
        assert figure in said
    assert "72.916 (89,3%)" in said  # Dự án 1's bar
    assert "Trung ương chưa phân bổ" in said  # Dự án 5: not a zero
    assert "Tổng cộng" in said and "81.689" in said


def test_funding_brief_in_english():
    said = text(make("funding", "en"))
    for figure in ("VND 81,689 million", "VND 70,852 million", "VND 10,837 million", "86.7%"):
        assert figure in said
    assert "72,916 (89.3%)" in said
    assert "Not allocated by the centre" in said
    assert "triệu" not in said
