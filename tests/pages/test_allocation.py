"""The allocation page: the neutral default labelled as such, the amounts adding up to the
funds, the URL carrying the coefficients, floors and caps, the comparison, saved sets, and
read-only mode, in Vietnamese and English."""

from __future__ import annotations

import json
import re

import pytest

from gnbv import i18n
from gnbv.i18n import t
from gnbv.url_state import COEFFICIENT_URL_KEYS
from tests.apptest import open_section, run_page, texts, unfold_figure_tables
from ui.page_states import ALLOCATION_VIEW

PAGE = "allocation.py"
FIELD_BY_URL_KEY = {key: name for name, key in COEFFICIENT_URL_KEYS.items()}


@pytest.fixture(autouse=True)
def scenario_db(tmp_path, monkeypatch):
    path = tmp_path / "scenarios.sqlite3"
    monkeypatch.setenv("GNBV_SCENARIO_DB", str(path))
    return path


def result_table(at, lang: str = "vi"):
    """The commune table (a grid, or in the presentation view an HTML table; the names as its
    index): one row per commune, then the district's total row."""
    columns = {i18n.t("alc_col_amount", lang), i18n.t("alc_col_points", lang)}
    return next(t.value for t in [*at.dataframe, *at.table] if columns <= set(t.value.columns))


def amounts(at, lang: str = "vi") -> dict[str, int]:
    table = result_table(at, lang)
    sep = "." if lang == "vi" else ","
    amount = i18n.t("alc_col_amount", lang)
    return {name: int(value.replace(sep, "")) for name, value in table[amount].items()}


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def section(at, name: str, lang: str = "vi"):
    """The result's section ``name`` open (communes, maps, shares: one drawn at a time)."""
    return open_section(at, ALLOCATION_VIEW, i18n.t(f"alc_tab_{name}", lang))


def unfold(at):
    """Unfold the coefficients (as a click on their fold does): drawn only when unfolded."""
    at.session_state["alc_coefficients_open"] = True
    return at.run()


def coefficient(at, url_key: str):
    """The coefficient's input, by its URL key ("k_near"), its fold unfolded."""
    return unfold(at).number_input(key=f"alc_k_{FIELD_BY_URL_KEY[url_key]}")


def test_the_neutral_default_in_vietnamese():
    at = run_page(PAGE)
    assert not at.exception, [e.message for e in at.exception]
    page = texts(at)
    assert "Phân bổ kinh phí theo tiêu chí" in page
    assert "MINH HỌA" in page  # the illustrative banner
    # the neutral default is labelled as such, never as legal, and cites both rules
    assert "mặc định TRUNG TÍNH" in page and "KHÔNG phải hệ số theo quy định" in page
    assert "Quyết định 02/2022/QĐ-TTg" in page and "19/4/2022" in page
    # Dự án 2, vốn sự nghiệp: 3.695 million over the 4.317 poor households
    shares = amounts(at)
    total = shares.pop("Toàn huyện")
    assert total == 3695 and sum(shares.values()) == 3695 and len(shares) == 19
    assert shares["Cốc Ly"] == 399 and shares["Bắc Hà (thị trấn)"] == 45
    assert (shares["Tả Củ Tỷ"], shares["Thải Giàng Phố"]) == (259, 258)  # tie → lower code
    m = metrics(at)
    assert m["Kinh phí (triệu đồng)"] == "3.695"
    assert m["Tổng số điểm"] == "4.317"
    assert m["Triệu đồng mỗi điểm"] == "0,8559"
    assert m["Xã chạm mức sàn hoặc trần"] == "0 / 19"
    assert not [k for k in at.query_params if k.startswith(("k_", "af", "aa", "acp"))]
    assert not at.get("plotly_chart") and not at.get("deck_gl_json_chart")  # the table's tab
    assert len(section(at, "maps").get("plotly_chart")) == 1  # the tile map (and the map)
    assert len(at.get("deck_gl_json_chart")) == 1
    assert len(section(at, "shares").get("plotly_chart")) == 1  # the shares chart
    assert "Quyết định 861/QĐ-TTg" in page  # Zone III: why the criterion is empty


def test_english():
    at = run_page(PAGE, lang="en")
    assert not at.exception, [e.message for e in at.exception]
    page = texts(at)
    assert "Allocation by criteria" in page
    assert "NEUTRAL default" in page and "NOT the legal coefficients" in page
    assert "ILLUSTRATIVE" in page
    shares = amounts(at, "en")
    assert shares.pop("District") == 3695 == sum(shares.values())
    assert metrics(at)["Funds (million VND)"] == "3,695"
    assert metrics(at)["Million VND per point"] == "0.8559"


def test_the_url_reopens_coefficients_floor_and_cap():
    at = run_page(PAGE, af="DA1.recurrent", k_near="0.5", k_xa="20", afl="60", acp="300")
    assert not at.exception, [e.message for e in at.exception]
    assert at.selectbox(key="alc_source").value == "DA1.recurrent"
    assert coefficient(at, "k_near").value == 0.5
    assert coefficient(at, "k_xa").value == 20.0
    assert unfold(at).number_input(key="alc_floor").value == 60
    assert at.number_input(key="alc_cap").value == 300
    shares = amounts(at)
    assert shares.pop("Toàn huyện") == 2064 == sum(shares.values())
    assert min(shares.values()) >= 60 and max(shares.values()) <= 300
    assert metrics(at)["Xã chạm mức sàn hoặc trần"] == "2 / 19"
    bound = result_table(at)["Sàn / trần"]
    assert bound["Bắc Hà (thị trấn)"] == "▼ nhận mức sàn"
    assert "Hệ số đang dùng do người dùng nhập" in texts(at)


def test_moving_a_coefficient_changes_the_amounts_and_the_url():
    at = run_page(PAGE)
    before = amounts(at)["Bắc Hà (thị trấn)"]
    coefficient(at, "k_tt").set_value(500.0).run()
    assert not at.exception
    after = amounts(at)
    assert after["Bắc Hà (thị trấn)"] > before
    assert after.pop("Toàn huyện") == 3695 == sum(after.values())
    assert at.query_params["k_tt"] == "500"
    coefficient(at, "k_tt").set_value(0.0).run()
    assert "k_tt" not in at.query_params  # back to the default: the URL is clean again


def test_reset_goes_back_to_the_neutral_default():
    at = run_page(PAGE, k_poor="2", k_near="1")
    unfold(at).button(key="alc_reset").click().run()
    assert not at.exception
    assert coefficient(at, "k_poor").value == 1.0 and coefficient(at, "k_near").value == 0.0
    assert "k_near" not in at.query_params
    assert "mặc định TRUNG TÍNH" in texts(at)


def test_a_typed_amount():
    at = run_page(PAGE, af="custom", aa="5000", lang="en")
    assert not at.exception
    shares = amounts(at, "en")
    assert shares.pop("District") == 5000 == sum(shares.values())


def test_project_5_is_not_allocated_and_says_so():
    at = run_page(PAGE, af="DA5.total")
    assert not at.exception
    page = texts(at)
    assert "Dự án 5 — Trung ương chưa phân bổ" in page
    assert "không phải bằng 0" in page
    tables = [*at.table, *at.dataframe]
    assert not [t for t in tables if "Số tiền (triệu đồng)" in t.value.columns]
    assert not at.get("plotly_chart") and not at.get("deck_gl_json_chart")


def test_every_project_of_the_plan_is_offered():
    at = run_page(PAGE)
    options = at.selectbox(key="alc_source").options
    assert len(options) == 10  # DA1 ×3, DA2–DA4, DA5, DA6, DA7, and a typed amount
    assert "Dự án 1 — tổng vốn (72.916 triệu đồng)" in options
    assert "Dự án 5 — Trung ương chưa phân bổ" in options


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"afl": "1000"}, "Tổng các mức sàn (19.000 triệu đồng) lớn hơn kinh phí"),
        ({"acp": "100"}, "Tổng các mức trần (1.900 triệu đồng) nhỏ hơn kinh phí"),
        ({"k_z3": "10"}, "Tiêu chí “Xã khu vực III” chưa có số liệu cho 19 xã"),
        ({"k_poor": "0"}, "Không xã nào có điểm"),
    ],
)
def test_what_cannot_be_allocated_is_explained(query, message):
    at = run_page(PAGE, **query)
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert message in errors


def test_a_hostile_url_value_falls_back_with_a_notice():
    at = run_page(PAGE, k_poor="-1", k_near="<script>", af="DA9.total", k_xa="5")
    assert not at.exception
    assert coefficient(at, "k_poor").value == 1.0
    assert coefficient(at, "k_xa").value == 5.0  # the good value is kept
    warnings = " ".join(w.value for w in at.warning)
    assert "“k_poor”" in warnings and "“k_near”" in warnings and "“af”" in warnings
    assert at.selectbox(key="alc_source").value == "DA2.recurrent"


def test_compare_with_the_neutral_default():
    at = run_page(PAGE, k_near="1", lang="en")
    at = unfold_figure_tables(at.selectbox(key="alc_compare").select("\u0000neutral").run())
    assert not at.exception
    change = next(t.value for t in at.table if "Change (million VND)" in t.value.columns)
    assert len(change) == 19
    moved = change["Change (million VND)"].map(lambda v: int(v.replace(",", "")))
    assert moved.sum() == 0  # both sets divide the same funds
    assert "Neutral default" in change.columns and "Current coefficients" in change.columns
    assert "communes gain" in texts(at)


def test_save_reopen_compare_and_delete_a_coefficient_set(scenario_db):
    at = run_page(PAGE)
    coefficient(at, "k_near").set_value(0.5).run()
    at.text_input(key="alc_save_name").input("Cận nghèo nửa điểm")
    next(b for b in at.button if b.label == "Lưu bộ hệ số").click().run()
    assert not at.exception
    assert "Đã lưu bộ hệ số “Cận nghèo nửa điểm”" in texts(at)
    unfold(at).button(key="alc_reset").click().run()
    assert coefficient(at, "k_near").value == 0.0
    at.button(key="alc_open").click().run()
    assert coefficient(at, "k_near").value == 0.5
    assert at.query_params["k_near"] == "0.5"
    unfold(at).button(key="alc_reset").click().run()
    at.selectbox(key="alc_compare").select("Cận nghèo nửa điểm").run()
    assert not at.exception
    assert any("Cận nghèo nửa điểm" in t.value.columns for t in at.table)
    at.button(key="alc_del").click().run()
    assert "Đã xóa bộ hệ số “Cận nghèo nửa điểm”" in texts(at)
    assert "Chưa có bộ hệ số nào được lưu." in texts(at)


def test_read_only_explores_but_does_not_save(monkeypatch, scenario_db):
    from gnbv import scenario_store as store
    from gnbv.allocation import Coefficients

    store.save(scenario_db, "Đã có", Coefficients(per_xa=10), kind=store.COEFFICIENT_SETS)
    monkeypatch.setenv("GNBV_READ_ONLY", "1")
    at = run_page(PAGE)
    assert not at.exception
    labels = [b.label for b in at.button]
    assert "Lưu bộ hệ số" not in labels and "Xóa" not in labels
    assert not at.text_input and not at.get("file_uploader")
    coefficient(at, "k_near").set_value(1.0).run()  # exploring still works
    assert not at.exception
    assert at.query_params["k_near"] == "1"
    at.button(key="alc_open").click().run()  # opening a saved set is reading
    assert coefficient(at, "k_xa").value == 10.0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_read_only_speaks_to_the_public(monkeypatch, lang):
    """As the Data page: no uploader, nor any word of uploading or saving, nor the criteria
    template; the saved sets can still be opened and the coefficients downloaded."""
    monkeypatch.setenv("GNBV_READ_ONLY", "1")
    at = run_page(PAGE, lang=lang)
    assert not at.exception
    page = texts(at)
    words = re.compile(r"tải lên|upload|mẫu|template|nhập số liệu|lưu(?! ý)|save", re.I)
    shown = [
        *(line for line in page.splitlines() if words.search(line)),
        *(b.proto.label for b in at.get("download_button") if words.search(b.proto.label)),
    ]
    # the only such words left name the sets saved by planners, which the public can open
    assert set(shown) == {i18n.t(k, lang) for k in ("alc_sets_heading", "alc_saved_none")}, shown
    assert i18n.t("alc_sets_caption_read_only", lang) in page
    assert [b.proto.label for b in at.get("download_button")] == [
        i18n.t("alc_export", lang),
        i18n.t("brief_button", lang),
        i18n.t("alc_set_download", lang),
    ]


def test_presentation_view_folds_the_controls():
    at = run_page(PAGE, present="1", k_near="0.5")
    assert not at.exception
    assert at.expander[0].proto.expanded is False
    assert coefficient(at, "k_near").value == 0.5
    assert amounts(at)["Toàn huyện"] == 3695
    # on a wide screen, as HTML tables whose text grows with the view's
    assert not at.dataframe and result_table(at).index[-1] == "Toàn huyện"


def test_the_coefficients_survive_language_and_page_switches():
    at = run_page(PAGE, k_near="0.5", afl="50")
    at.sidebar.radio[0].set_value("en").run()
    assert not at.exception
    assert coefficient(at, "k_near").value == 0.5
    assert at.number_input(key="alc_floor").value == 50
    assert "Allocation by criteria" in texts(at)
    at.switch_page("app_pages/funding.py").run()
    at.switch_page("app_pages/allocation.py").run()
    assert not at.exception
    assert coefficient(at, "k_near").value == 0.5
    assert at.query_params["k_near"] == "0.5" and at.query_params["afl"] == "50"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_figure_is_named_with_its_table_one_click_away(lang):
    """The tile map and the shares chart (and the map, given the boundaries): a short name
    for screen readers and, folded under each, its figures as on screen; the maps' table
    reads the amounts' classes in words."""
    prefix = i18n.t("chart_table_of", lang, chart="")
    charts, tables = [], {}
    for name in ("maps", "shares"):
        at = unfold_figure_tables(section(run_page(PAGE, lang=lang), name, lang))
        assert not at.exception
        charts += [chart.proto.alt for chart in at.get("plotly_chart")]
        tables |= {
            e.label[len(prefix) :]: e.table[0].value
            for e in at.expander
            if e.label.startswith(prefix)
        }
    assert charts == [i18n.t("alc_tiles_alt", lang), i18n.t("alc_share_heading", lang)]
    tiles = tables[charts[0]].set_index(i18n.t("alc_col_name", lang))
    assert tiles.loc["Cốc Ly", i18n.t("map_col_class", lang)] == "264–399"
    assert tiles.loc["Bắc Hà", i18n.t("alc_col_amount", lang)] == "45"
    shares = tables[charts[1]].set_index(i18n.t("alc_col_name", lang))
    assert shares.loc["Cốc Ly", i18n.t("alc_share_funds", lang)] == (
        "10,8%" if lang == "vi" else "10.8%"
    )


def test_the_comparison_chart_is_named_with_its_table():
    at = run_page(PAGE, k_near="1", lang="en")
    at = unfold_figure_tables(at.selectbox(key="alc_compare").select("\u0000neutral").run())
    assert not at.exception
    chart = at.get("plotly_chart")[-1]
    assert (
        chart.proto.alt
        == "What each commune gains or loses with the coefficient set “Neutral default”"
    )
    label = i18n.t("chart_table_of", "en", chart=chart.proto.alt)
    table = next(e for e in at.expander if e.label == label).table[0].value
    assert list(table.columns)[-2:] == ["Change (million VND)", "Change (%)"]


def test_the_map_shows_the_amounts():
    at = section(run_page(PAGE, lang="en"), "maps", "en")
    spec = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    features = spec["layers"][0]["data"]["features"]
    assert len(features) == 19
    coc_ly = next(f["properties"] for f in features if f["properties"]["name"] == "Cốc Ly")
    # the amount and its class in words: the map reads without colour
    assert coc_ly["l0"] == "Amount (million VND): 399 (class 264–399)"
    assert coc_ly["l1"] == "Share of funds: 10.8%"


def test_without_boundaries_the_tile_map_still_shows_the_amounts(monkeypatch, tmp_path):
    monkeypatch.setenv("GNBV_BOUNDARIES", str(tmp_path / "missing.geojson"))
    at = section(run_page(PAGE, lang="en"), "maps", "en")
    assert not at.exception
    message = " ".join(e.value for e in at.error)
    # the public is told in its language, without the server's path or setting (issue 19)
    assert t("geo_missing", "en") in message
    assert str(tmp_path) not in message and "GNBV_BOUNDARIES" not in message
    assert not at.get("deck_gl_json_chart")
    assert len(at.get("plotly_chart")) == 1  # the tile map


# --- the uploads (criteria workbook, coefficient workbook) ------------------------------------


def _criteria_file(plan_data, **values):
    from tests.workbook.test_allocation_criteria import filled

    return ("tiêu chí.xlsx", filled(plan_data, values), "application/octet-stream")


def test_a_criteria_workbook_supplies_zone_iii_and_a_floor(plan_data):
    from tests.workbook.test_allocation_criteria import zone

    at = run_page(PAGE, k_z3="50", k_poor="0")
    assert "Tiêu chí “Xã khu vực III” chưa có số liệu" in " ".join(e.value for e in at.error)
    at.file_uploader(key="uploader_allocation_criteria").set_value(
        _criteria_file(plan_data, zone_iii=zone, floor_mvnd=10)
    ).run()
    assert not at.exception, [e.message for e in at.exception]
    page = texts(at)
    assert i18n.t("data_upload_ok", "vi") in page
    assert "Đang dùng tệp tiêu chí tiêu chí.xlsx (" in page
    assert "Tệp tiêu chí do người dùng tải lên: tiêu chí.xlsx (" in page  # the source, named
    # 50 points per Zone III commune: the 13 share 3.695 − 6 × 10 (the floors of the others)
    shares = amounts(at)
    assert shares.pop("Toàn huyện") == 3695 == sum(shares.values())
    assert shares["Bắc Hà (thị trấn)"] == 10 and min(shares.values()) == 10
    assert shares["Lùng Cải"] in (279, 280)  # 3.635 / 13 = 279,6…
    assert "MINH HỌA" in page  # the household counts in use are still the illustrative ones
    # dropping the file brings the empty criterion back
    at.button(key="alc_criteria_drop").click().run()
    assert "chưa có số liệu" in " ".join(e.value for e in at.error)


def test_a_bad_criteria_workbook_changes_nothing_and_lists_its_problems(plan_data):
    from tests.workbook.test_allocation_criteria import filled

    def edit(sheet):
        sheet["H2"] = 7  # Zone III must be 0 or 1

    at = run_page(PAGE, lang="en")
    at.file_uploader(key="uploader_allocation_criteria").set_value(
        ("bad.xlsx", filled(plan_data, {"zone_iii": 0}, edit), "application/octet-stream")
    ).run()
    assert not at.exception
    assert "The file was not accepted: 1 error(s)" in " ".join(e.value for e in at.error)
    report = next(t.value for t in at.table if "Problem and what is expected" in t.value.columns)
    assert list(report["Row"]) == ["2"]
    assert "write 1 for a Zone III commune" in report["Problem and what is expected"].iloc[0]
    assert "uploaded_allocation_criteria" not in at.session_state
    assert amounts(at, "en")["District"] == 3695  # the allocation in use is untouched


def test_a_coefficient_set_goes_out_and_comes_back(plan_data):
    from gnbv import workbook
    from gnbv.allocation import Coefficients

    at = run_page(PAGE, lang="en")
    sent = Coefficients(poor_households=1, near_poor_households=0.5, per_xa=5)
    at.file_uploader(key="uploader_allocation_coefficients").set_value(
        ("set.xlsx", workbook.coefficient_workbook(sent), "application/octet-stream")
    ).run()
    assert not at.exception, [e.message for e in at.exception]
    assert coefficient(at, "k_near").value == 0.5 and coefficient(at, "k_xa").value == 5.0
    assert at.query_params["k_near"] == "0.5" and at.query_params["k_xa"] == "5"
    options = at.selectbox(key="alc_compare").options
    assert any(o.startswith("Coefficient file: set.xlsx (") for o in options)


def test_a_bad_coefficient_file_changes_nothing(plan_data):
    at = run_page(PAGE, k_near="0.25")
    at.file_uploader(key="uploader_allocation_coefficients").set_value(
        ("set.xlsx", b"PK\x03\x04 not really", "application/octet-stream")
    ).run()
    assert not at.exception
    assert "Tệp chưa được nhận" in " ".join(e.value for e in at.error)
    assert coefficient(at, "k_near").value == 0.25


def test_the_coefficients_are_folded_under_a_line_that_says_them():
    at = run_page(PAGE, k_near="0.5")
    assert not at.exception
    # the floor, the cap and the coefficients are not drawn, nor the amount (not typed in)
    assert [w.key for w in at.number_input] == []
    bounds = "Mức sàn 0 · mức trần không giới hạn (triệu đồng/xã)"
    fold = f"{bounds} · Hệ số (điểm): Hộ nghèo 1 · Hộ cận nghèo 0,5"
    assert fold in [e.label for e in at.expander]
    coefficient(at, "k_xa").set_value(20.0).run()  # a coefficient moved: a new line …
    assert f"{fold} · Điểm cố định mỗi xã 20" in [e.label for e in at.expander]
    at.number_input(key="alc_floor").set_value(50).run()
    assert f"{fold} · Điểm cố định mỗi xã 20".replace("sàn 0", "sàn 50") in [
        e.label for e in at.expander
    ]
    near = at.number_input(key="alc_k_near_poor_households")  # … and the fold stays open
    assert near.value == 0.5
    assert at.query_params["k_xa"] == "20"
    assert sum(amounts(at).values()) == 2 * 3695  # the communes and the total row


def test_the_criteria_figures_are_drawn_when_unfolded():
    at = run_page(PAGE, lang="en")
    fold = "Each commune's criteria figures"
    assert fold in [e.label for e in at.expander]
    criteria = [t for t in at.dataframe if "Zone III commune" in t.value.columns]
    assert not criteria
    at.session_state["alc_criteria_table_open"] = True
    at.run()
    criteria = [t.value for t in at.dataframe if "Zone III commune" in t.value.columns]
    assert len(criteria) == 1 and len(criteria[0]) == 19
    assert criteria[0]["Poor households"].astype(int).sum() == 4317
