"""The progress page's pieces on the shipped series, in both languages."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from gnbv import progress_export
from gnbv.i18n import t
from gnbv.progress import CATEGORIES
from gnbv.scenario import ScenarioParams
from gnbv.views import progress as v


@pytest.fixture(scope="module")
def shipped(plan_data):
    return v.compute(plan_data.commune_series)


def test_district_line_against_the_plan_path(shipped):
    fig, table = v.district_figure(shipped, "vi")
    assert table["Năm"].tolist() == ["2022", "2023", "2024", "2025"]
    # the reviews give the published rates; the path falls 7 points a year from 42,96 %
    assert table["Kết quả rà soát"].tolist() == ["42,96%", "33,80%", "28,13%", "—"]
    assert table["Lộ trình kế hoạch"].tolist() == ["42,96%", "35,96%", "28,96%", "21,96%"]
    assert len(fig.data) == 2
    sentence = v.district_sentence(shipped, "en")
    assert "42.96% (2022) → 28.13% (2024)" in sentence and "On track" in sentence


def test_category_table_sorted_by_how_far_behind(shipped, plan_data):
    table = v.category_table(shipped, plan_data.communes, "en")
    assert len(table) == 19
    order = [CATEGORIES.index(c) for c in v.sorted_communes(shipped)["category"]]
    assert order == sorted(order)
    labels = {t(f"pg_cat_{c}", "en") for c in CATEGORIES}
    assert set(table["Category"]) <= labels
    assert table.iloc[0]["Commune"] == "Nậm Khánh"  # furthest behind: R 0,28


def test_small_multiples_one_scale(shipped, plan_data):
    fig, table = v.small_multiples(shipped, plan_data.communes, "vi")
    ys = [fig.layout[k].range for k in fig.layout if k.startswith("yaxis")]
    assert len({tuple(r) for r in ys}) == 1
    assert list(table.columns[1:4]) == ["2022", "2023", "2024"]


def test_map_of_a_year_and_of_a_change(shipped, plan_data):
    year = v.map_view(shipped, plan_data.communes, "vi", 2024)
    assert year.title == "Tỷ lệ hộ nghèo năm 2024"
    town = year.table.set_index("code").loc["02839", "value"]
    assert town == pytest.approx(42 * 100 / 1014)
    change = v.map_view(shipped, plan_data.communes, "en", 2024, 2022)
    values = change.table.set_index("code")["value"]
    assert values["02839"] == pytest.approx((42 - 60) * 100 / 1014)
    assert change.classes.legend[-1][1] == "Rise (backwards)"
    assert len(v.map_table(change, "en")) == 19
    v.map_figure(change, "en")


def test_exports_in_the_ui_language(shipped, plan_data):
    for lang, sep in (("vi", ";"), ("en", ",")):
        xlsx, csv = progress_export.export_files(
            shipped, plan_data.communes, lang, illustrative=True
        )
        text = csv.decode("utf-8-sig")
        header = text.splitlines()[0].split(sep)
        assert header[0] == t("pg_x_code", lang)
        assert len(text.strip().splitlines()) == 1 + 19 + 1  # communes, then the district
        book = openpyxl.load_workbook(io.BytesIO(xlsx))
        assert book.sheetnames == [t("pg_x_sheet", lang), t("pg_x_about", lang)]
        about = [c.value for c in book[t("pg_x_about", lang)]["A"]][1:]
        assert about[0] == t("pg_illustrative", lang)
        frame = pd.read_excel(io.BytesIO(xlsx))
        last = frame.iloc[-1]
        assert last.iloc[1] == t("pg_district", lang)
        assert last.iloc[8] == pytest.approx(28.13, abs=0.005)


def test_relative_reading_reports_falls_in_percent(plan_data):
    r = v.compute(plan_data.commune_series, ScenarioParams(reading="relative"))
    frame = progress_export.export_frame(r, plan_data.communes, "en")
    assert frame["Plan's yearly fall"].iloc[-1] == 7.0
    assert frame["Yearly fall needed"].iloc[-1] == pytest.approx(7.0)
