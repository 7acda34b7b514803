"""The brief's charts take their numbers from the page's views: each chart's numbers equal
the view's (one source), and the drawing primitives place them where they belong."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from gnbv import allocation as al
from gnbv import cache
from gnbv.brief import charts
from gnbv.brief import home as home_brief
from gnbv.brief.allocation import amount_bars
from gnbv.brief.frame import Brief
from gnbv.maps.classes import amount_classes
from gnbv.maps.tables import baseline_table
from gnbv.views import scenario as sv
from tests.brief.briefs import DATA_DIR, DAY, allocation_inputs, plan, scenario_params


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_funding_bars_are_the_views_project_totals(lang):
    data = plan()
    view = cache.funding_page(data.versioned("projects"), data, lang, False)
    bars = charts.bars_from_figure(view.project_bars["amount"])
    table = next(iter(view.tables.values()))  # by project, as the download holds it
    label, total = table.columns[0], [c for c in table.columns if "(" in c][2]
    allocated = table[table[total].notna() & (table[label] != table[label].iloc[-1])]
    assert {b.label: b.value for b in bars} == dict(zip(allocated[label], allocated[total]))
    assert sum(b.value for b in bars) == view.total == 81689
    assert bars[0].label.endswith("1")  # Dự án 1 on top, as on the page
    capital = charts.bars_from_figure(view.capital_bars)
    assert [b.value for b in capital] == [70852, 10837]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_scenario_charts_are_the_views_figures(lang):
    data, params = plan(), scenario_params()
    baseline = data.versioned("commune_baseline")
    result, headline = cache.scenario_result(baseline, params)
    shown = cache.scenario_charts_view(baseline, params, DATA_DIR, lang, False)
    bars = charts.bars_from_figure(shown.communes, trace=0, marks=1)
    names = cache.plan_data(data_dir=DATA_DIR).communes
    rows = sv.commune_rows(result, dict(zip(names["code"].astype(str), names["name"])), _none())
    assert {b.label: b.value for b in bars} == pytest.approx(
        dict(zip(rows["name"], rows["poor_rate_end"]))
    )
    assert {b.label: b.mark for b in bars} == pytest.approx(
        dict(zip(rows["name"], rows["poor_target_rate_end"]))
    )
    assert bars[0].value == max(b.value for b in bars)  # the highest on top, as on the page
    current = charts.series_from_figure(shown.plan)[-1]  # the scenario, drawn last
    assert current.ys[-1] == pytest.approx(headline.rate_end)
    assert current.xs[-1] == params.horizon


def _none():
    return pd.DataFrame({"code": [], "year_below": []})


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_allocation_bars_are_the_allocation(lang):
    shown, params, funds, _ = allocation_inputs(lang)
    result = al.allocate(shown.criteria.frame, params.coefficients, funds, None, None)
    classes = amount_classes(result.table, "amount_mvnd", lang)
    bars = amount_bars(result, classes, lang)
    assert sorted(b.value for b in bars) == sorted(result.table["amount_mvnd"].astype(float))
    assert sum(b.value for b in bars) == funds == 3695
    assert [b.value for b in bars] == sorted((b.value for b in bars), reverse=True)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_home_bars_are_the_home_maps_rates(lang):
    data = plan()
    view = cache.home(data, data.versioned("commune_baseline"), lang, False)
    base = baseline_table(data.communes, data.commune_baseline)
    bars = home_brief.commune_bars(view, base, lang)
    # the bars' labels are the home map's table's, commune by commune
    shown = view.tiles.table.to_pandas()
    assert {b.label: b.text for b in bars} == dict(zip(shown.iloc[:, 0], shown.iloc[:, 2]))
    assert {b.label: b.value for b in bars} == dict(zip(base["name"], base["poor_rate"]))
    assert {b.colour for b in bars} <= {c for c, _ in view.tiles.classes.legend}


def test_bars_are_drawn_to_scale():
    pdf = Brief("vi", "Thử", DAY)
    bars = [charts.Bar("a", 100.0, "#000000", "100"), charts.Bar("b", 50.0, "#000000", "50")]
    drawn = []
    original = pdf.rect
    pdf.rect = lambda x, y, w, h, style=None: drawn.append(w) or original(x, y, w, h, style)
    charts.hbars(pdf, bars, "t")
    widths = [w for w in drawn if w > 3.5]  # the bars (the legend's swatches are 3 mm)
    assert widths[0] == pytest.approx(2 * widths[1])


def test_ticks_cover_the_values():
    ticks = charts._nice_ticks(0, 42.96)
    assert ticks[0] == 0 and ticks[-1] >= 42.96 and len(ticks) <= 7
    assert all(math.isfinite(t) for t in ticks)
