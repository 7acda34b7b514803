"""gnbv.maps.classes: the metrics' classes, colours and legend, read without colour."""

import math

import pandas as pd
import pytest

from gnbv.maps.classes import (
    NO_DATA,
    SEQUENTIAL,
    amount_classes,
    class_breaks,
    class_labels,
    class_line,
    classes_for,
    classify,
    is_dark,
    quantile_breaks,
    sequential_colours,
)
from gnbv.maps.tables import commune_table, scenario_table
from gnbv.maps.tiles import read_tile_grid, tile_grid_figure
from gnbv.scenario import ScenarioParams, project


def test_quantile_breaks_worked_by_hand():
    # numpy's linear quantiles of 1..10 at 0, .2, .4, .6, .8, 1: 1 + 9 * q.
    assert quantile_breaks(range(1, 11), 5) == [1.0, 2.8, 4.6, 6.4, 8.2, 10.0]
    # Ties collapse: six equal values and one other give two breaks, one class.
    assert quantile_breaks([5, 5, 5, 5, 5, 5, 9], 5) == [5.0, 9.0]
    assert quantile_breaks([3, 3, 3], 5) == [3.0, 3.0]
    assert quantile_breaks([math.nan, None], 5) == []


def test_classify_lower_bound_included_top_class_closed():
    breaks = [1.0, 2.8, 4.6, 6.4, 8.2, 10.0]
    assert classify([1, 2.79, 2.8, 4.6, 10, 0.5, math.nan, None], breaks) == [
        0,
        0,
        1,
        2,
        4,
        0,
        None,
        None,
    ]
    fixed = class_breaks("poor_rate", [], "fixed")
    assert fixed == [0, 10, 20, 30, 40, math.inf]
    assert classify([0, 9.99, 10, 39.9, 40, 65.8], fixed) == [0, 0, 1, 3, 4, 4]


def test_real_baseline_rates_and_classes(table):
    rows = table.set_index("code")
    # Town: 52 poor of 1 014 households = 5,13 %; Lùng Cải: 356 / 541 = 65,80 %.
    assert rows.loc["02839", "poor_rate"] == pytest.approx(5.128, abs=1e-3)
    assert rows.loc["02842", "poor_rate"] == pytest.approx(65.804, abs=1e-3)
    assert rows.loc["02842", "near_poor_rate"] == pytest.approx(120 / 541 * 100)
    classes = classes_for(table, "poor_rate", "vi")
    assert classes.colours["02839"] == SEQUENTIAL[0]
    assert classes.colours["02842"] == SEQUENTIAL[-1]


def test_labels_carry_units_in_the_ui_language():
    fixed = [0, 10, 20, 30, 40, math.inf]
    assert class_labels(fixed, "percent", "vi") == [
        "0–10%",
        "10–20%",
        "20–30%",
        "30–40%",
        "≥ 40%",
    ]
    assert class_labels([1.0, 2.8, 4.6], "percent", "vi", 1) == ["1,0–2,8%", "2,8–4,6%"]
    assert class_labels([1.0, 2.8, 4.6], "percent", "en", 1) == ["1.0–2.8%", "2.8–4.6%"]
    assert class_labels([0, 1000, math.inf], "households", "vi") == [
        "0–1.000 hộ",
        "≥ 1.000 hộ",
    ]
    assert class_labels([0, 1000, math.inf], "households", "en") == [
        "0–1,000 households",
        "≥ 1,000 households",
    ]


def test_missing_values_are_grey_with_a_no_data_row(table):
    t = table.copy()
    t.loc[t["code"] == "02872", "poor_rate"] = math.nan
    classes = classes_for(t, "poor_rate", "en")
    assert classes.colours["02872"] == NO_DATA
    assert classes.legend[-1] == (NO_DATA, "No data")


def test_palette_is_sequential_light_to_dark():
    lum = [is_dark(c) for c in SEQUENTIAL]
    assert lum == [False, False, False, True, True]
    assert sequential_colours(5) == list(SEQUENTIAL)
    assert sequential_colours(2) == [SEQUENTIAL[0], SEQUENTIAL[-1]]


def test_classes_in_words_for_the_tooltip_and_the_table(table):
    classes = classes_for(table, "poor_rate", "vi")
    assert classes.values["02839"] == "5,1%"  # Bắc Hà: 2/39 = 5,128…%
    assert classes.labels["02839"] == "0–10%" and classes.labels["02842"] == "≥ 40%"
    assert class_line("02842", "poor_rate", classes, "vi") == (
        "Tỷ lệ hộ nghèo năm gốc: 65,8% (lớp ≥ 40%)"
    )
    english = classes_for(table, "poor_rate", "en")
    frame = commune_table(table, "poor_rate", english, "en")
    assert list(frame.columns) == ["Commune", "Unit", "Baseline poor rate", "Class on the map"]
    assert frame.iloc[0].tolist() == ["Bắc Hà", "town", "5.1%", "0–10%"]
    fig = tile_grid_figure(read_tile_grid(), table, classes, "vi", metric="poor_rate")
    assert "Tỷ lệ hộ nghèo năm gốc: 65,8% (lớp ≥ 40%)" in " ".join(fig.data[0].hovertext)


def test_amount_classes_by_hand_read_without_colour():
    """Quintiles of three amounts (linear interpolation over 204, 296, 1.500): 240,8 →
    241; 277,6 → 278; 296 + 0,2 × 1.204 = 536,8 → 537; 296 + 0,6 × 1.204 = 1.018,4 → 1.018.
    Each commune's amount and class in words, as in the legend; no amount → no data."""
    amounts = pd.DataFrame({"code": ["a", "b", "c", "d"], "amount_mvnd": [1500, 296, 204, None]})
    classes = amount_classes(amounts, "amount_mvnd", "en")
    assert classes.breaks == [204, 241, 278, 537, 1018, 1500]
    assert classes.values == {"a": "1,500", "b": "296", "c": "204", "d": "—"}
    assert classes.labels == {"a": "1,018–1,500", "b": "278–537", "c": "204–241", "d": "No data"}
    assert [label for _, label in classes.legend][-2:] == ["1,018–1,500", "No data"]
    assert classes.colours["a"] == SEQUENTIAL[-1] and classes.colours["d"] == NO_DATA
    vi = amount_classes(amounts, "amount_mvnd", "vi")
    assert vi.values["a"] == "1.500" and vi.labels["a"] == "1.018–1.500"
    assert vi.labels["d"] == "Không có số liệu"


def test_amount_classes_have_whole_breaks():
    amounts = pd.DataFrame({"code": ["a", "b", "c"], "amount_mvnd": [500, 296, 204]})
    classes = amount_classes(amounts, "amount_mvnd", "vi")
    assert all(b == int(b) for b in classes.breaks)
    assert classes.breaks[0] == 204 and classes.breaks[-1] == 500
    assert len(set(classes.colours.values())) == 3
    same = amount_classes(amounts.assign(amount_mvnd=7), "amount_mvnd", "vi")
    assert same.breaks == [7, 7] and len(same.legend) == 1
    assert set(same.labels.values()) == {same.legend[0][1]}  # one class, read as the legend


def test_status_classes_in_words(table, plan_data):
    base = plan_data.commune_baseline
    p = ScenarioParams()
    s = scenario_table(table, project(base, p), project(base, p.targets()), 2025)
    classes = classes_for(s, "target_status", "en")
    frame = commune_table(s, "target_status", classes, "en")
    assert list(frame.columns) == ["Commune", "Unit", "Poor-rate target status"]
    assert set(frame["Poor-rate target status"]) <= {"Met", "Short"}
    assert class_line("02842", "target_status", classes, "en").startswith(
        "Poor-rate target status: "
    )
    counts = commune_table(
        s, "households_to_lift", classes_for(s, "households_to_lift", "en"), "en"
    )
    assert counts.iloc[1, 2].endswith(" households")
