"""The Data page: datasets in use, downloads, templates, uploads (absent in read-only)."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from gnbv.i18n import t
from gnbv.versioned import Versioned
from tests.apptest import APP, TIMEOUT, run_page, texts
from tests.workbook.builders import filled_allocation, filled_review

NOTICE_VI = t("illustrative_notice", "vi")
NOTICE_EN = t("illustrative_notice", "en")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_page_lists_every_dataset_with_its_status(lang):
    at = run_page("data.py", lang=lang)
    assert not at.exception
    page = texts(at)
    assert t("data_title", lang) in page
    assert t("illustrative_notice", lang) in page
    # every dataset can be downloaded, named with its status in the picker
    picker = at.selectbox(key="data_dataset")
    assert len(picker.options) == 10  # as many as the catalogue lists
    baseline = f"{t('ds_commune_baseline', lang)} · {t('ds_status_illustrative', lang)}"
    assert baseline in picker.options
    catalogue = at.dataframe[0].value
    assert len(catalogue) == 10
    assert t("ds_commune_baseline", lang) in list(catalogue.iloc[:, 0])
    # Readable citations, not source ids
    sources = list(catalogue.iloc[:, 4])
    assert (
        "UBND huyện Bắc Hà, 2022" if lang == "vi" else "Bắc Hà District People's Committee, 2022"
    ) in sources
    assert not [s for s in sources if re.search(r"\b[A-Z]+_[A-Z0-9_]+\b", s)], sources
    district = sources[
        [c == t("ds_district_poverty", lang) for c in catalogue.iloc[:, 0]].index(True)
    ]
    assert district == "VietNamNet, ~2024; Báo Lào Cai"
    # ...each listed with its title and address
    listed = at.table[0].value
    assert (
        "[Lào Cai còn hơn 20.400 hộ nghèo](https://baolaocai.vn/lao-cai-con-hon-20400-ho-ngheo-post395217.html)"
        in list(listed.iloc[:, 1])
    )
    # Projects by name, never by internal code
    preview = at.dataframe[-1].value
    assert list(preview.iloc[:, 0])[:2] == (
        [f"Dự án {n}" for n in (1, 2)] if lang == "vi" else ["Project 1", "Project 2"]
    )
    assert "DA1" not in page
    assert [b.proto.label for b in at.get("download_button")][:2] == [
        t("data_csv", lang),
        t("data_excel", lang),
    ]
    assert t("ds_status_illustrative", lang) == catalogue.iloc[-1, 1]
    assert len(at.file_uploader) == 2
    total = "81.689 triệu đồng" if lang == "vi" else "VND 81,689 million"
    assert total in page


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_read_only_speaks_to_the_public(monkeypatch, lang):
    """No uploader, nor any word of uploading, nor the upload templates."""
    monkeypatch.setenv("GNBV_READ_ONLY", "1")
    at = run_page("data.py", lang=lang)
    assert not at.exception
    assert len(at.file_uploader) == 0
    page = texts(at)
    assert t("data_intro_read_only", lang) in page
    upload_words = re.compile(r"tải lên|upload|mẫu|template|nhập số liệu|load figures", re.I)
    assert not upload_words.search(page), upload_words.search(page)
    buttons = [b.proto.label for b in at.get("download_button")] + [b.label for b in at.button]
    assert not [b for b in buttons if upload_words.search(b)], buttons
    assert not [b for b in at.button if (b.key or "").startswith("reset_")]


def test_a_good_review_upload_removes_the_illustrative_notice_everywhere(plan_data):
    at = run_page("data.py")
    at.file_uploader(key="uploader_commune_review").set_value(
        ("rà soát.xlsx", filled_review(plan_data), "application/octet-stream")
    ).run()
    assert not at.exception
    page = texts(at)
    assert t("data_upload_ok", "vi") in page
    assert NOTICE_VI not in page
    assert t("ds_status_uploaded", "vi") in list(at.dataframe[0].value.iloc[:, 1])  # catalogue
    frame = at.session_state["uploaded_commune_baseline"].frame
    assert not frame["is_illustrative"].any()
    assert frame["source"].iloc[0].startswith("rà soát.xlsx (")

    at.switch_page("app_pages/scenarios.py").run()
    assert not at.exception
    assert NOTICE_VI not in texts(at)

    # back to the shipped data: the banner is back
    at.switch_page("app_pages/data.py").run()
    at.button(key="reset_commune_review").click().run()
    assert not at.exception
    assert NOTICE_VI in texts(at)
    assert "uploaded_commune_baseline" not in at.session_state


def test_a_failed_upload_changes_nothing_and_lists_the_problems(plan_data):
    def edit(sheet):
        sheet["D2"] = "abc"
        sheet["E3"] = -1

    at = run_page("data.py", lang="en")
    at.file_uploader(key="uploader_commune_review").set_value(
        ("bad.xlsx", filled_review(plan_data, edit), "application/octet-stream")
    ).run()
    assert not at.exception
    assert "not accepted: 2 error(s)" in at.error[0].value
    report = at.table[-1].value
    assert list(report.index) == ["Error", "Error"]
    assert list(report.columns) == [
        "Sheet",
        "Row",
        "Column",
        "Problem and what is expected",
    ]
    assert list(report["Row"]) == ["2", "3"]
    assert list(report["Column"]) == [
        "D (Tổng số hộ — households)",
        "E (Số hộ nghèo — poor households)",
    ]
    assert "uploaded_commune_baseline" not in at.session_state
    assert NOTICE_EN in texts(at)


def test_renamed_text_file_is_refused_with_a_message(plan_data):
    at = run_page("data.py")
    at.file_uploader(key="uploader_commune_review").set_value(
        ("data.xlsx", b"code,households\n02839,1014\n", "application/octet-stream")
    ).run()
    assert not at.exception
    assert t("wb_not_zip", "vi") in at.table[-1].value.iloc[0, 3]


def test_a_revised_allocation_reaches_the_funding_page(plan_data):
    def edit(sheet):
        sheet["E3"], sheet["F3"] = 3795, 3795  # DA2 +100

    at = run_page("data.py")
    at.file_uploader(key="uploader_allocations").set_value(
        ("phân bổ.xlsx", filled_allocation(plan_data, edit), "application/octet-stream")
    ).run()
    assert not at.exception
    assert t("data_upload_ok", "vi") in texts(at)
    # the totals differ from the plan: accepted, with the difference as a warning
    assert t("data_upload_warnings", "vi", warnings=2) in texts(at)
    frame = at.session_state["uploaded_projects"].frame
    assert int(frame["total_mvnd"].sum()) == 81789
    assert "81.789 triệu đồng" in texts(at)


def _upload(at, kind: str, name: str, content: bytes):
    at.file_uploader(key=f"uploader_{kind}").set_value(
        (name, content, "application/octet-stream")
    ).run()
    assert not at.exception
    return at


def _huge_numbers(sheet):
    sheet["D2"] = 1e308
    sheet["E3"] = "1.000.000.000.000.000.000.000"
    sheet["F4"] = 10_000_000  # ten million households in one commune


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_huge_numbers_are_refused_and_the_data_in_use_is_unchanged(plan_data, lang):
    # real figures in use, as after an earlier upload
    in_use = Versioned.of(plan_data.commune_baseline.assign(is_illustrative=False))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["uploaded_commune_baseline"] = in_use
    if lang == "en":
        at.query_params["lang"] = "en"
    at.run()
    at.switch_page("app_pages/data.py").run()

    _upload(at, "commune_review", "huge.xlsx", filled_review(plan_data, _huge_numbers))
    errors = "3 lỗi" if lang == "vi" else "3 error(s)"
    assert errors in at.error[0].value
    report = at.table[-1].value
    assert list(report.iloc[:, 1]) == ["2", "3", "4"]  # rows
    bound = "10.000" if lang == "vi" else "10,000"
    assert all(bound in message for message in report.iloc[:, 3])
    assert "GNBV_MAX_HOUSEHOLDS_PER_COMMUNE" in report.iloc[2, 3]
    assert at.session_state["uploaded_commune_baseline"] is in_use
    assert "uploaded_at" not in at.session_state
    assert t("illustrative_notice", lang) not in texts(at)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_unexpected_failure_is_a_message_and_changes_nothing(plan_data, monkeypatch, lang):
    from gnbv import workbook

    def broken(*args, **kwargs):
        raise RuntimeError("a bug nobody foresaw")

    monkeypatch.setattr(workbook, "read_commune_review", broken)
    at = run_page("data.py", lang=lang)
    _upload(at, "commune_review", "x.xlsx", filled_review(plan_data))
    assert t("data_upload_failed", lang, errors=1, warnings=0) in at.error[0].value
    assert at.table[-1].value.iloc[0, 3] == t("wb_unexpected", lang)
    assert "a bug nobody foresaw" not in texts(at)
    assert "uploaded_commune_baseline" not in at.session_state
    assert t("illustrative_notice", lang) in texts(at)


def test_two_allocation_rows_of_5e18_are_refused_funding_unchanged(plan_data):
    def edit(sheet):
        sheet["D3"], sheet["E3"], sheet["F3"] = 0, 5e18, 5e18
        sheet["D4"], sheet["E4"], sheet["F4"] = 0, 5e18, 5e18

    at = _upload(run_page("data.py"), "allocations", "x.xlsx", filled_allocation(plan_data, edit))
    assert "4 lỗi" in at.error[0].value
    assert "uploaded_projects" not in at.session_state
    assert "81.689 triệu đồng" in texts(at)
    at.switch_page("app_pages/funding.py").run()
    assert not at.exception
    assert "81.689 triệu đồng" in [m.value for m in at.metric]


def test_a_zero_for_project_5_is_accepted_with_a_warning(plan_data):
    def edit(sheet):
        sheet["D6"], sheet["E6"], sheet["F6"] = 0, 0, 0

    at = _upload(run_page("data.py"), "allocations", "x.xlsx", filled_allocation(plan_data, edit))
    assert t("data_upload_warnings", "vi", warnings=1) in texts(at)
    assert at.table[-1].value.iloc[0, 3].startswith("Kế hoạch ghi DA5 “chưa phân bổ”")
    projects = at.session_state["uploaded_projects"].frame.set_index("project_id")
    assert projects.loc["DA5", "total_mvnd"] == 0


def test_a_long_report_says_how_many_more(plan_data):
    def edit(sheet):
        for row in range(2, 402):
            sheet.cell(row, 1).value = f"9{row:04d}"

    at = _upload(run_page("data.py"), "commune_review", "x.xlsx", filled_review(plan_data, edit))
    assert "401 lỗi" in at.error[0].value
    report = at.table[-1].value
    assert len(report) == 101
    assert report.iloc[-1, 3].startswith("… và 301 vấn đề khác chưa liệt kê")


def test_a_report_that_cannot_be_drawn_is_a_message_too(plan_data, monkeypatch):
    from gnbv import workbook

    def broken(*args, **kwargs):
        raise ValueError("a bug in the report")

    monkeypatch.setattr(workbook, "problems_table", broken)
    at = run_page("data.py", lang="en")
    _upload(at, "commune_review", "x.xlsx", filled_review(plan_data, lambda s: s.cell(2, 4, "abc")))
    assert t("wb_unexpected", "en") in [e.value for e in at.error]
    assert "uploaded_commune_baseline" not in at.session_state
