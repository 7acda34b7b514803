"""The home page's brief holds the plan's headline figures in the language, and marks the
commune figures as illustrative."""

from __future__ import annotations

from tests.brief.briefs import make, text


def test_home_brief_in_vietnamese():
    said = text(make("home", "vi"))
    for figure in ("81.689 triệu đồng", "70.852 triệu đồng", "10.837 triệu đồng", "0,9 điểm %"):
        assert figure in said
    assert "Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững" in said
    assert "Ủy ban nhân dân huyện Bắc Hà" in said
    assert "MINH HỌA" in said  # the illustrative commune figures, marked
    assert "42,96%" in said and "33,80%" in said and "28,13%" in said
    assert "Lùng Cải" in said and "65,8%" in said  # the commune highest on the map


def test_home_brief_in_english():
    said = text(make("home", "en"))
    for figure in ("VND 81,689 million", "VND 70,852 million", "VND 10,837 million", "0.9 pp"):
        assert figure in said
    assert "ILLUSTRATIVE" in said
    assert "33.80%" in said and "65.8%" in said
    assert "triệu" not in said
