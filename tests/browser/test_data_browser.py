"""The Data page in a real browser: uploads through the file input, the report, the banner."""

from __future__ import annotations

import pytest

from gnbv.data import load_plan_data
from gnbv.i18n import t
from gnbv.settings import REPO_ROOT
from tests.browser.conftest import assert_clean
from tests.workbook.builders import filled_review

pytestmark = pytest.mark.browser
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _upload(v, name: str, content: bytes) -> None:
    file_input = v.page.locator("[data-testid='stFileUploaderDropzoneInput']").first
    file_input.set_input_files({"name": name, "mimeType": XLSX, "buffer": content})


def test_real_upload_replaces_the_illustrative_figures(server, visit, tmp_path):
    plan_data = load_plan_data(REPO_ROOT / "data")
    # On a fresh server the first session opened on a deep link gets Streamlit's "page not
    # found" dialog (pages are registered by the first run of app.py): open the home first.
    visit(server + "/", wait_text="81.689")
    v = visit(server + "/du-lieu", wait_text=t("data_in_use", "vi"))
    assert t("illustrative_notice", "vi")[:40] in v.text()

    def edit(sheet):
        sheet["D2"] = "abc"

    _upload(v, "sai.xlsx", filled_review(plan_data, edit))
    v.page.get_by_text("Tệp chưa được nhận: 1 lỗi").wait_for(timeout=30000)
    assert t("illustrative_notice", "vi")[:40] in v.text()  # nothing changed

    def huge(sheet):  # issue 11: numbers that used to escape as Python exceptions
        sheet["D2"] = 1e308
        sheet["E3"] = "1.000.000.000.000.000.000.000"
        sheet["F4"] = 10_000_000

    _upload(v, "lớn.xlsx", filled_review(plan_data, huge))
    v.page.get_by_text("Tệp chưa được nhận: 3 lỗi").wait_for(timeout=30000)
    assert "lớn hơn giới hạn hợp lý 10.000" in v.text()
    assert "1e+308" in v.text()
    assert t("illustrative_notice", "vi")[:40] in v.text()  # nothing changed

    _upload(v, "rà soát 2024.xlsx", filled_review(plan_data))
    v.page.get_by_text(t("data_upload_ok", "vi")).wait_for(timeout=30000)
    v.page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30000
    )
    assert t("illustrative_notice", "vi")[:40] not in v.text()
    assert t("ds_status_uploaded", "vi") in v.text()
    v.page.screenshot(path=str(tmp_path / "data_uploaded.png"), full_page=True)
    assert_clean(v)
    # Back to the shipped data: the file still in the uploader must not be taken again on
    # the next run (it was, until the uploader was emptied on reset).
    v.page.locator("button", has_text=t("data_reset", "vi")).first.click()
    v.page.get_by_text(t("illustrative_notice", "vi")[:40]).first.wait_for(timeout=30000)
    v.page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30000
    )
    v.page.wait_for_timeout(1500)
    assert t("illustrative_notice", "vi")[:40] in v.text()
    assert v.page.locator("button", has_text=t("data_reset", "vi")).count() == 0
    assert_clean(v)
