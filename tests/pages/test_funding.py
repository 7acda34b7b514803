import json

import pytest

from tests.apptest import run_page, texts, unfold_figure_tables

# Vietnamese UI labels that must never show in the English view
VI_LABELS = (
    "Kinh phí thực hiện",
    "Theo dự án thành phần",
    "Theo loại vốn",
    "Chọn dự án",
    "Tổng kinh phí",
    "Trung ương chưa phân bổ",
    "Cơ quan chủ trì",
    "Tải Excel",
)


def _metrics(at):
    """Label → value of the headline metrics (the first of each label)."""
    out = {}
    for m in at.metric:
        out.setdefault(m.label, m.value)
    return out


def _charts(at):
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def test_funding_in_vietnamese_shows_the_plans_totals():
    at = unfold_figure_tables(run_page("funding.py"))
    assert not at.exception
    metrics = _metrics(at)
    assert metrics["Tổng kinh phí"] == "81.689 triệu đồng"
    assert metrics["Vốn đầu tư phát triển"] == "70.852 triệu đồng"
    assert metrics["Vốn sự nghiệp"] == "10.837 triệu đồng"
    page = texts(at)
    assert "Trung ương chưa phân bổ" in page
    bars = _charts(at)[0]["data"][0]
    assert bars["x"] == [72916, 3695, 1598, 2385, 88, 1007]  # no bar at all for Dự án 5
    assert all(c["layout"]["separators"] == ",." for c in _charts(at))
    shown = at.table[0].value  # the project chart's table, one click away under it
    assert shown["Tổng (triệu đồng)"].iloc[-1] == "81.689"
    assert [b.proto.label for b in at.get("download_button")] == [
        "Bản tin PDF",
        "Tải Excel (.xlsx)",
        "Tải CSV (theo dự án)",
    ]


def test_funding_in_english_has_no_vietnamese_label():
    at = unfold_figure_tables(run_page("funding.py", lang="en"))
    assert not at.exception
    metrics = _metrics(at)
    assert metrics["Total funds"] == "VND 81,689 million"
    assert metrics["Development investment"] == "VND 70,852 million"
    page = texts(at)
    for label in VI_LABELS:
        assert label not in page, label
    assert "not allocated by the centre" in page.lower()
    # plan data text comes from the English columns
    assert "Office of Labour, Invalids and Social Affairs" in page
    assert "Build essential, region-linking infrastructure" in page
    assert at.selectbox[0].label == "Choose a project"
    assert all(c["layout"]["separators"] == ".," for c in _charts(at))
    headers = list(at.table[0].value.columns)
    assert "Total (million VND)" in headers and "Tổng (triệu đồng)" not in headers


@pytest.mark.parametrize(
    "lang, expected", [("vi", "Trung ương chưa phân bổ"), ("en", "Not allocated by the centre")]
)
def test_choosing_project_5_shows_not_allocated_and_its_plan_text(lang, expected):
    at = run_page("funding.py", lang=lang)
    at.selectbox(key="fund_project").set_value("DA5").run()
    assert not at.exception
    page = texts(at)
    assert expected in page
    assert any("— · **" in m.value for m in at.markdown)  # no amount: a dash, not a 0
    lead = "Phòng Kinh tế - Hạ tầng" if lang == "vi" else "Office of Economy and Infrastructure"
    assert lead in page


def test_choosing_project_4_lists_its_sub_projects_and_coordinators():
    at = run_page("funding.py", lang="en")
    at.selectbox(key="fund_project").set_value("DA4").run()
    page = texts(at)
    assert "Sub-project 1: Vocational education" in page
    assert "Sub-project 3: Sustainable employment" in page
    assert "Vocational and Continuing Education Centre" in page
    assert "**Recurrent funds:** VND 2,385 million" in page  # the project's, in its detail


def test_share_view():
    at = run_page("funding.py")
    switch = at.get("button_group")[0]  # the amount / share switch
    switch.set_value("share").run()
    assert not at.exception
    bars = _charts(at)[0]["data"][0]
    assert round(sum(bars["x"]), 6) == 100
    assert bars["text"][0] == "89,3%"


def test_uploaded_allocations_replace_the_plans(plan_data):
    from streamlit.testing.v1 import AppTest

    from gnbv.versioned import Versioned
    from tests.apptest import APP, TIMEOUT
    from ui.common import UPLOADED_PROJECTS_KEY

    uploaded = plan_data.projects.copy()
    uploaded.loc[uploaded["project_id"] == "DA2", ["recurrent_mvnd", "total_mvnd"]] = 4000
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state[UPLOADED_PROJECTS_KEY] = Versioned.of(uploaded)
    at.run()
    at.switch_page("app_pages/funding.py").run()
    assert not at.exception
    assert _metrics(at)["Tổng kinh phí"] == "81.994 triệu đồng"
    assert "không phải số của Kế hoạch" in texts(at)


@pytest.mark.parametrize("page", ["funding.py", "targets.py"])
def test_projects_without_coordinating_bodies_show_a_dash(data_copy, monkeypatch, page):
    """Issue 11: an empty coordinating_body_ids crashed the loader and the funding page."""
    from tests.test_data import rewrite

    rewrite(
        data_copy / "projects.csv",
        lambda rows, f: [r.update(coordinating_body_ids="") for r in rows] and None,
    )
    monkeypatch.setenv("GNBV_DATA_DIR", str(data_copy))
    at = run_page(page)
    assert not at.exception
    if page == "funding.py":
        # the line of the project's detail (one markdown holds the plan's text)
        assert "**Cơ quan phối hợp:** —\n" in "\n".join(m.value for m in at.markdown)
