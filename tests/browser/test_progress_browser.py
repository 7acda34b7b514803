"""The Progress page in a real browser (issue 20): download the template, fill three years,
upload it, and see the categories change — in both languages."""

from __future__ import annotations

import io

import openpyxl
import pytest

from gnbv.data import load_plan_data
from gnbv.i18n import t
from gnbv.settings import REPO_ROOT
from gnbv.workbook import COUNT_KEYS, SERIES_SHEET, SERIES_SHEET_EN
from tests.browser.conftest import wait_idle

pytestmark = pytest.mark.browser
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _fill(template: bytes, lang: str) -> bytes:
    """The downloaded template filled with the shipped series, but the town's poor households
    of 2024 up from 42 to 300: the town goes backwards."""
    shipped = load_plan_data(REPO_ROOT / "data").commune_series.set_index(["code", "year"])
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet = book[SERIES_SHEET_EN if lang == "en" else SERIES_SHEET]
    years = set()
    for row in range(2, sheet.max_row + 1):
        code, year = sheet.cell(row, 1).value, int(sheet.cell(row, 3).value)
        years.add(year)
        for col, key in enumerate(COUNT_KEYS, start=4):
            value = int(shipped.loc[(code, year), key])
            if (code, year, key) == ("02839", 2024, "poor_households"):
                value = 300
            sheet.cell(row, col).value = value
    assert years == {2022, 2023, 2024}
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_download_fill_upload_and_see_the_categories_change(server, visit, lang, tmp_path):
    visit(server + "/", wait_text="Bắc Hà")
    query = "?lang=en" if lang == "en" else ""
    before = f"{t('pg_cat_deterioration', lang)}: 0"
    after = f"{t('pg_cat_deterioration', lang)}: 1"
    v = visit(server + "/tien-do" + query, wait_text=before)
    assert t("pg_illustrative", lang)[:30] in v.text()
    shipped_sentence = "42,96% (2022) → 28,13% (2024)" if lang == "vi" else "42.96% (2022) → 28.13%"
    assert shipped_sentence in v.text()

    with v.page.expect_download() as download:
        v.page.get_by_text(t("pg_template", lang)).click()
    content = _fill(download.value.path().read_bytes(), lang)

    file_input = v.page.locator("[data-testid='stFileUploaderDropzoneInput']").first
    file_input.set_input_files({"name": "ra_soat.xlsx", "mimeType": XLSX, "buffer": content})
    v.page.get_by_text(after).first.wait_for(timeout=45000)
    wait_idle(v.page, 30000)
    text = v.text()
    assert t("pg_illustrative", lang)[:30] not in text
    assert "ra_soat.xlsx" in text
    # the district's 2024 rate rose with the town's 258 more poor households
    assert ("30,15%" if lang == "vi" else "30.15%") in text
    v.page.screenshot(path=str(tmp_path / f"progress_uploaded_{lang}.png"))
    assert not v.page_errors, v.page_errors
