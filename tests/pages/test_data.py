"""The Data page: datasets in use, downloads, templates, uploads (absent in read-only)."""

from __future__ import annotations

import pytest

from gnbv.i18n import t
from tests.apptest import run_page, texts
from tests.test_workbook import filled_allocation, filled_review

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
    picker = at.selectbox(key="data_download_choice")
    assert len(picker.options) == 9
    baseline = f"{t('ds_commune_baseline', lang)} · {t('ds_status_illustrative', lang)}"
    assert baseline in picker.options
    catalogue = at.dataframe[0].value
    assert len(catalogue) == 9
    assert t("ds_commune_baseline", lang) in list(catalogue.iloc[:, 0])
    assert "KH_GNBV_2022" in list(catalogue.iloc[:, 4])
    assert [b.proto.label for b in at.get("download_button")][:2] == [
        t("data_csv", lang),
        t("data_excel", lang),
    ]
    assert t("ds_status_illustrative", lang) == catalogue.iloc[-1, 1]
    assert len(at.file_uploader) == 2
    total = "81.689 triệu đồng" if lang == "vi" else "VND 81,689 million"
    assert total in page


def test_read_only_has_no_uploader(monkeypatch):
    monkeypatch.setenv("GNBV_READ_ONLY", "1")
    at = run_page("data.py")
    assert not at.exception
    assert len(at.file_uploader) == 0
    assert t("data_read_only", "vi") in texts(at)
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
    frame = at.session_state["uploaded_commune_baseline"]
    assert not frame["is_illustrative"].any()
    assert frame["source"].iloc[0].startswith("rà soát.xlsx (")

    at.switch_page("pages/scenarios.py").run()
    assert not at.exception
    assert NOTICE_VI not in texts(at)

    # back to the shipped data: the banner is back
    at.switch_page("pages/data.py").run()
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
    report = at.table[0].value
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
    assert t("wb_not_zip", "vi") in at.table[0].value.iloc[0, 3]


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
    frame = at.session_state["uploaded_projects"]
    assert int(frame["total_mvnd"].sum()) == 81789
    assert "81.789 triệu đồng" in texts(at)
