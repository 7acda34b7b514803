"""The Progress page (Tiến độ, issue 20) on the shipped series, with its URL state, its
downloads and the upload of a series (a refused file loses nothing)."""

from __future__ import annotations

import pytest

from gnbv.i18n import t
from tests.apptest import run_page, texts, unfold_figure_tables
from tests.workbook.test_review_series import filled_series


def query(at, key: str) -> str | None:
    value = at.query_params.get(key)
    return value[-1] if isinstance(value, list) else value


def unfold_method(at):
    """The method's fold unfolded, as a click on it does, and the page run again."""
    at.session_state["pg_method_open"] = True  # ui.state.kept_fold
    return at.run()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_shipped_series(lang):
    at = run_page("progress.py", lang=lang)
    assert not at.exception, at.exception
    page = texts(at)
    assert t("pg_title", lang) in page
    assert t("pg_illustrative", lang) in page
    # the district: the published rates and the derived 2022, against the 7-point path
    if lang == "vi":
        assert (
            "42,96% (2022) → 28,13% (2024), giảm 14,83 điểm %; R = 1,06: **Đúng tiến độ**" in page
        )
    else:
        assert "42.96% (2022) → 28.13% (2024), down 14.83 pp; R = 1.06: **On track**" in page
    # the method: drawn only once unfolded (ui.state.kept_fold), and then it names its source
    assert "open-sdg/open-sdg" not in page
    assert "open-sdg/open-sdg, docs/progress-methodology.md" in texts(unfold_method(at))
    table = at.dataframe[0].value
    assert len(table) == 19
    assert table.iloc[0, 0] == "Nậm Khánh"  # furthest behind
    assert table.iloc[0, 1] == t("pg_cat_limited_progress", lang)
    assert at.selectbox(key="pg_year").value == 2024


def test_tables_of_the_figures():
    at = unfold_figure_tables(run_page("progress.py"))
    assert not at.exception
    district = next(tb.value for tb in at.table if "Lộ trình kế hoạch" in list(tb.value.columns))
    assert list(district["Kết quả rà soát"]) == ["42,96%", "33,80%", "28,13%", "—"]
    assert list(district["Lộ trình kế hoạch"]) == ["42,96%", "35,96%", "28,96%", "21,96%"]


def test_year_and_compare_in_the_url():
    at = run_page("progress.py", lang="en")
    at.segmented_control(key="pg_map_mode").set_value("change").run()
    at.selectbox(key="pg_year").set_value(2023).run()
    assert not at.exception
    assert query(at, "map") == "change"
    assert query(at, "vs") is None  # the default: the first review
    assert query(at, "y") == "2023"
    assert "Change 2022–2023" in texts(at)
    at.selectbox(key="pg_compare").set_value(2024).run()
    assert query(at, "vs") == "2024"
    assert "Change 2024–2023" in texts(at)


def test_a_link_reopens_the_view_and_a_year_the_series_lacks_is_said():
    at = run_page("progress.py", lang="en", map="change", y="2023", vs="2022", mode="relative")
    assert not at.exception
    assert at.segmented_control(key="pg_reading").value == "relative"
    assert at.selectbox(key="pg_year").value == 2023
    assert at.selectbox(key="pg_compare").value == 2022
    assert "Change 2022–2023" in texts(at)
    at = run_page("progress.py", lang="en", y="2030")
    assert not at.exception
    assert at.selectbox(key="pg_year").value == 2024
    assert t("url_value_rejected", "en", param="y") in [w.value for w in at.warning]


def test_relative_reading():
    at = run_page("progress.py", lang="en")
    at.segmented_control(key="pg_reading").set_value("relative").run()
    assert not at.exception
    assert query(at, "mode") == "relative"
    assert "relative (% of the rate itself)" in texts(unfold_method(at))  # the method says it
    assert len(at.dataframe[0].value) == 19


def test_a_refused_upload_loses_nothing_and_a_good_one_replaces_the_series(plan_data):
    # In Vietnamese: an AppTest quirk drops ?lang=en on the rerun that follows an accepted
    # upload (st.rerun); the browser test covers English.
    at = run_page("progress.py")
    bad = filled_series(plan_data, "en", edit=lambda s: s.__setitem__("D2", "abc"))
    at.file_uploader(key="uploader_review_series").set_value(
        ("bad.xlsx", bad, "application/octet-stream")
    ).run()
    assert not at.exception
    assert "uploaded_review_series" not in at.session_state
    assert t("pg_illustrative", "vi") in texts(at)
    assert at.error  # the report says why

    def change(sheet):
        # the town's 2024 poor households up from 42 to 300: deterioration
        assert (sheet["A40"].value, sheet["C40"].value) == ("02839", 2024)
        sheet["E40"] = 300

    good = filled_series(plan_data, "en", edit=change)
    at.file_uploader(key="uploader_review_series").set_value(
        ("real.xlsx", good, "application/octet-stream")
    ).run()
    assert not at.exception
    page = texts(at)
    assert t("pg_illustrative", "vi") not in page
    assert "real.xlsx" in page
    table = at.dataframe[0].value
    assert table.iloc[0, 0] == "Bắc Hà (thị trấn)"
    assert table.iloc[0, 1] == "Đi lùi"
    at.button(key="pg_reset").click().run()
    assert not at.exception
    assert t("pg_illustrative", "vi") in texts(at)


def test_hostile_url_values_are_ignored():
    at = run_page("progress.py", y="1<script>", vs="99999999999999999999", map="x", mode="evil")
    assert not at.exception
    assert at.selectbox(key="pg_year").value == 2024
