import json

import pytest

from gnbv import charts, funding, palette


@pytest.fixture(scope="module")
def shaped(plan_data):
    p = plan_data.projects
    return {
        lang: {
            "capital": funding.by_capital_type(p),
            "projects": funding.by_project(p, lang),
            "agencies": funding.by_lead_agency(p, plan_data.body_name, lang),
            "nodes": funding.hierarchy(p, plan_data.sub_projects, lang),
        }
        for lang in ("vi", "en")
    }


def test_capital_type_bars_carry_the_real_numbers(shaped):
    fig = charts.capital_type_bars(shaped["vi"]["capital"], "vi")
    bar = fig.data[0]
    assert list(bar.x) == [70852, 10837]
    assert list(bar.marker.color) == [
        palette.CAPITAL_COLORS["investment"],
        palette.CAPITAL_COLORS["recurrent"],
    ]
    assert bar.text[0] == "70.852 (86,7%)"
    assert fig.layout.separators == ",."
    assert charts.capital_type_bars(shaped["en"]["capital"], "en").layout.separators == ".,"


def test_project_bars_have_no_bar_for_project_5(shaped):
    fig = charts.project_bars(shaped["vi"]["projects"], "vi")
    bar = fig.data[0]
    assert len(fig.data) == 1
    assert [y.strip() for y in bar.y] == [f"Dự án {i}" for i in (1, 2, 3, 4, 6, 7)]
    assert list(bar.x) == [72916, 3695, 1598, 2385, 88, 1007]
    assert 0 not in list(bar.x)
    assert sum(bar.x) == 81689
    assert bar.text[0] == "72.916 (89,3%)"
    assert next(iter(bar.marker.color)) == palette.PROJECT_COLORS["DA1"]
    # Dự án 5 keeps its row, with a dash and the plan's words instead of a bar
    notes = [a for a in fig.layout.annotations if "Trung ương chưa phân bổ" in a.text]
    assert len(notes) == 1 and notes[0].text.startswith("—") and notes[0].y.strip() == "Dự án 5"
    assert "Dự án 5  " in list(fig.layout.yaxis.categoryarray)
    assert "Tổng kinh phí: 72.916 triệu đồng" in bar.customdata[0]


def test_project_bars_by_share_in_english(shaped):
    fig = charts.project_bars(shaped["en"]["projects"], "en", measure="share")
    bar = fig.data[0]
    assert round(sum(bar.x), 6) == 100
    assert bar.text[0] == "89.3%"
    assert fig.layout.xaxis.ticksuffix == "%"
    assert any("Not allocated by the centre" in a.text for a in fig.layout.annotations)


def test_treemap_values_are_the_plans(shaped):
    fig = charts.breakdown_treemap(shaped["vi"]["nodes"], "vi")
    tm = fig.data[0]
    values = dict(zip(tm.ids, tm.values))
    assert values["ROOT"] == 81689
    assert values["DA1"] == 72916
    assert values["DA1/TDA/investment"] == 70852
    assert "DA5" not in values
    assert tm.branchvalues == "total"
    assert "81.689 triệu đồng (100,0%)" in tm.text[0]


def test_agency_bars_stack_capital_types_and_show_ktht_as_not_allocated(shaped):
    fig = charts.agency_bars(shaped["en"]["agencies"], "en")
    investment, recurrent = fig.data
    assert list(investment.x) == [70852, 0]
    assert list(recurrent.x) == [9239, 1598]
    assert sum(investment.x) + sum(recurrent.x) == 81689
    # Each agency's name (wrapped, never cut) and total are written above its bar.
    texts = [a.text for a in fig.layout.annotations]
    assert texts[0] == "<b>Office of Labour, Invalids and Social<br>Affairs</b><br>80,091 (98.0%)"
    assert texts[2].endswith("<br>— Not allocated by the centre (Project 5)")
    notes = fig.layout.annotations
    assert all(a.xref == "paper" and a.x == 0 and a.xanchor == "left" for a in notes)
    # ...and above it: each label's bottom is above (smaller y, reversed axis) its bar's top.
    for note, y in zip(notes, investment.y):
        assert note.yanchor == "bottom" and note.y < y - investment.width / 2


def test_figures_serialise_without_external_resources(shaped):
    for fig in (
        charts.capital_type_bars(shaped["vi"]["capital"], "vi"),
        charts.project_bars(shaped["vi"]["projects"], "vi", present=True),
        charts.breakdown_treemap(shaped["vi"]["nodes"], "vi"),
        charts.agency_bars(shaped["vi"]["agencies"], "vi"),
    ):
        spec = json.dumps(fig.to_plotly_json(), default=str)
        assert "http" not in spec and "mathjax" not in spec.lower()
        assert "$" not in spec  # would trigger MathJax


def test_presentation_uses_larger_type(shaped):
    normal = charts.project_bars(shaped["vi"]["projects"], "vi")
    big = charts.project_bars(shaped["vi"]["projects"], "vi", present=True)
    assert big.layout.font.size > normal.layout.font.size
    assert big.layout.height > normal.layout.height


def test_breakdown_table_reads_as_the_treemap(shaped):
    table = charts.breakdown_table(shaped["vi"]["nodes"], "vi")
    rows = dict(zip(table["Hạng mục"], zip(table.iloc[:, 1], table.iloc[:, 2])))
    assert rows["Tổng cộng"] == ("81.689", "100,0")
    assert rows["Dự án 1"] == ("72.916", "89,3")
    assert rows["Dự án 1 → Tiểu dự án 1 → Vốn đầu tư phát triển"] == ("70.852", "86,7")
    assert not any("Dự án 5" in k for k in rows)  # not allocated: no box, no row
    english = charts.breakdown_table(shaped["en"]["nodes"], "en")
    assert list(english.columns) == ["Item", "Amount (million VND)", "Share (%)"]
