"""The allocation page's brief holds the allocation's figures, every commune's amount, the
funds, coefficients, floor and cap in words, and marks the illustrative figures."""

from __future__ import annotations

from gnbv import allocation as al
from gnbv import cache_briefs
from gnbv.brief.frame import view_link
from gnbv.url_state import AllocationCodec
from tests.brief.briefs import BASE_URL, DAY, allocation_inputs, make, plan, text


def test_allocation_brief_in_vietnamese():
    said = text(make("allocation", "vi"))
    for figure in ("3.695", "4.317", "0,8559", "0 / 19"):
        assert figure in said
    assert "Dự án 2 — vốn sự nghiệp (3.695 triệu đồng)" in said
    assert "Mức sàn 0" in said and "Hộ nghèo 1" in said
    assert "MINH HỌA" in said
    assert "Cốc Ly" in said and "399" in said  # the largest amount


def test_allocation_brief_in_english():
    said = text(make("allocation", "en"))
    for figure in ("3,695", "4,317", "0.8559", "0 / 19"):
        assert figure in said
    assert "ILLUSTRATIVE" in said
    assert "Floor 0 · no cap" in said


def us_query(params: al.AllocationParams) -> dict[str, str]:
    """The allocation's query, as the page's state writes it (ui.state.sync_url)."""
    return AllocationCodec().to_query(params)


def test_an_allocation_brief_says_its_floor_and_cap_and_links_to_them():
    params = al.AllocationParams(source="custom", amount=5000, floor=100, cap=400)
    shown, params, funds, label = allocation_inputs("en", params)
    link = view_link(BASE_URL, "phan-bo", us_query(params), "en")
    data = plan()
    count = len(shown.criteria.frame)
    pdf = cache_briefs.allocation_brief(
        shown.criteria,
        params,
        funds,
        label,
        (100.0,) * count,  # as the page's bounds: the controls' floor and cap for each commune
        (400.0,) * count,
        shown.sources,
        data,
        True,
        link,
        "en",
        DAY,
    )
    said = text(pdf)
    assert "afl=100" in link and "acp=400" in link
    assert link in said
    assert "Floor 100 · cap 400" in said
    assert "VND 5,000 million" in said
