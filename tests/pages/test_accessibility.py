"""What screen readers and keyboards need, page by page (every file in app_pages/, so a page added
later is covered): each chart and map named and with its figures as a table one click away,
formatted as on screen; Streamlit's own words replaced by the app's in the UI language where
Streamlit lets the app set them; ``<html lang>`` set from the UI language."""

from __future__ import annotations

import json
import re

import pytest

from gnbv.i18n import t
from gnbv.settings import REPO_ROOT
from tests.apptest import open_section, run_page, unfold_figure_tables
from ui import common
from ui.page_states import SCENARIO_VIEW

PAGES = sorted(p.name for p in (REPO_ROOT / "app_pages").glob("*.py"))
RAW_FLOAT = re.compile(r"\d[.,]\d{4,}")  # 5.128205128205128: a number nobody formatted


def _figures(at) -> list:
    return [*at.get("plotly_chart"), *at.get("deck_gl_json_chart")]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_chart_and_map_has_a_name_and_a_table(page, lang):
    at = unfold_figure_tables(run_page(page, lang=lang))
    assert not at.exception, [e.message for e in at.exception]
    figures = _figures(at)
    assert all(f.proto.alt.strip() for f in figures), [f.proto.alt for f in figures]
    prefix = t("chart_table_of", lang, chart="")
    tables = [e for e in at.expander if e.label.startswith(prefix)]
    # every figure has its table (the map page's two views have one each)
    assert len(tables) == len(figures), [e.label for e in tables]
    for expander in tables:
        frame = expander.table[0].value
        assert len(frame) > 0, expander.label
        cells = frame.astype(str).to_numpy().ravel().tolist() + list(frame.columns)
        assert not [c for c in cells if RAW_FLOAT.search(c)], (expander.label, cells)


def test_a_figures_table_is_drawn_when_unfolded():
    """Folded (as a page opens), the four funding charts' tables cost nothing but their
    expanders; unfolded, each is there, and stays there on the next run and in the other
    language (whose label is another)."""
    at = run_page("funding.py")
    prefix = t("chart_table_of", "vi", chart="")
    folds = [e for e in at.expander if e.label.startswith(prefix)]
    assert len(folds) == 4 and not at.table
    at = unfold_figure_tables(at)
    assert len(at.table) == 4
    assert len(at.run().table) == 4
    at.sidebar.radio[0].set_value("en").run()
    prefix = t("chart_table_of", "en", chart="")
    assert len([e for e in at.expander if e.label.startswith(prefix)]) == 4
    assert len(at.table) == 4 and "Total (million VND)" in at.table[0].value.columns


def test_the_map_reads_without_colour():
    """The table behind the tile grid and the map: each commune's value as on screen and its
    class in words (Bắc Hà's poor rate where the scenario starts, the series' end-2024 rows:
    42 of 1.014 households = 4,142…%)."""
    at = unfold_figure_tables(run_page("map.py"))
    assert not at.exception
    frame = next(e for e in at.expander if e.label.startswith("Bảng số liệu")).table[0].value
    row = frame.set_index("Xã, thị trấn").loc["Bắc Hà"]
    assert row["Tỷ lệ hộ nghèo năm gốc"] == "4,1%"
    assert row["Lớp trên bản đồ"] == "0–10%"
    assert row["Loại đơn vị"] == "thị trấn"
    assert frame.set_index("Xã, thị trấn").loc["Lùng Cải", "Lớp trên bản đồ"] == "≥ 40%"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_streamlits_own_words_are_the_apps(page, lang):
    """Where Streamlit would write English ("Choose options", "None" in an empty cell), the
    app has set its own text."""
    at = run_page(page, lang=lang)
    assert not at.exception
    for widget in at.multiselect:
        assert widget.proto.placeholder, widget.label
    for widget in at.selectbox:
        if widget.index is None:
            assert widget.proto.placeholder, widget.label
    for frame in at.get("dataframe"):
        assert frame.proto.HasField("placeholder"), frame.proto.columns


def _scenario_section(lang: str, section: str):
    """The scenario page with one of its sections open (only the open one is drawn)."""
    at = run_page("scenarios.py", lang=lang)
    return unfold_figure_tables(open_section(at, SCENARIO_VIEW, t(f"scn_tab_{section}", lang)))


def test_compare_placeholder_in_english():
    at = _scenario_section("en", "saved")
    assert at.multiselect(key="scn_compare").proto.placeholder == "Choose scenarios"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_scenario_charts_have_a_name_and_a_table(lang):
    at = _scenario_section(lang, "charts")
    assert not at.exception
    figures = _figures(at)
    assert len(figures) == 2 and all(f.proto.alt.strip() for f in figures)
    prefix = t("chart_table_of", lang, chart="")
    tables = [e for e in at.expander if e.label.startswith(prefix)]
    assert len(tables) == 2
    plan = tables[0].table[0].value
    # the target the status is measured against, and the derived line as context only
    assert plan.columns[1].startswith(
        t("scn_chart_target_path", lang, rate="", start="", year="")[:8]
    )
    assert len(plan.columns) == 5


def _html_lang(at) -> str:
    bodies = [e.proto.body for e in at.sidebar.get("html")]
    found = [re.search(rf'{common.HTML_LANG_ATTR}="(\w+)"', b) for b in bodies]
    return next(m[1] for m in found if m)


def test_html_lang_follows_the_language():
    at = run_page("funding.py")
    assert _html_lang(at) == "vi"
    html = next(e for e in at.sidebar.get("html") if common.HTML_LANG_ATTR in e.proto.body)
    assert html.proto.unsafe_allow_javascript
    assert html.proto.body.endswith(f">{common.HTML_LANG_JS}</script>")  # the hashed script
    at.sidebar.radio[0].set_value("en").run()
    assert not at.exception
    assert _html_lang(at) == "en"
    at.switch_page("app_pages/map.py").run()
    assert _html_lang(at) == "en"


def test_style_sheets_survive_streamlits_sanitiser():
    """DOMPurify drops a <style> whose text contains '<': the app's CSS must have none."""
    assert "<" not in common.APP_CSS and "<" not in common.PRESENT_CSS
    assert "\n" not in common.HTML_LANG_JS and "<" not in common.HTML_LANG_JS


def test_plotlys_toolbar_speaks_vietnamese():
    """plotly's toolbar words ("Zoom in", "Download plot as a PNG") come from the translation
    table, given to plotly as the locale's dictionary."""
    at = run_page("funding.py")
    for chart in at.get("plotly_chart"):
        config = json.loads(chart.proto.config)
        words = config["locales"]["vi"]["dictionary"]
        assert config["locale"] == "vi"
        assert words["Zoom in"] == "Phóng to" and words["Download plot as a PNG"].startswith("Tải")
