"""The allocation page in chromium: no exception and nothing fetched from outside, in both
languages; the amounts shown add up to the funds; the URL carries the coefficients and a link
reopens them in a new session; they survive switching pages and language."""

from __future__ import annotations

import re
import time

import pytest

from gnbv.i18n import t
from tests.browser.conftest import assert_clean

pytestmark = pytest.mark.browser

TITLE = {"vi": "Phân bổ kinh phí theo tiêu chí", "en": "Allocation by criteria"}
AMOUNT = {"vi": "Số tiền (triệu đồng)", "en": "Amount (million VND)"}
TOTAL = {"vi": "Toàn huyện", "en": "District"}
NEAR_POOR = {"vi": "Hộ cận nghèo", "en": "Near-poor households"}


def _warm_up(server, visit):
    # The first page load of a fresh server registers the pages (st.navigation); a deep link
    # opened before that is answered "page not found".
    visit(server + "/", wait_text="81.689")


def _open(visit, url: str, lang: str):
    v = visit(url, wait_text=TITLE[lang])
    _wait_table(v, lang)
    return v


# The commune table is a grid (st.dataframe); its cells are also written, for screen readers,
# as an HTML table inside it (every row: the grid is as tall as its content).
GRID_TABLE = "[data-testid='stDataFrame'] table"


def _wait_table(v, lang: str) -> None:
    v.page.wait_for_function(
        """([grid, header]) => [...document.querySelectorAll(grid + " thead th")]
            .some(th => th.innerText.trim() === header)""",
        arg=[GRID_TABLE, AMOUNT[lang]],
        timeout=30000,
    )


def _amounts(v, lang: str) -> dict[str, int]:
    """The commune table as the browser shows it: name → amount (the total row included)."""
    sep = "." if lang == "vi" else ","
    rows = v.page.evaluate(
        """([grid, header]) => {
            for (const table of document.querySelectorAll(grid)) {
                const heads = [...table.querySelectorAll("thead th")]
                    .map(th => th.innerText.trim());
                const col = heads.indexOf(header);
                if (col < 0) continue;
                return [...table.querySelectorAll("tbody tr")].map(tr => {
                    const cells = [...tr.querySelectorAll("th, td")].map(c => c.innerText.trim());
                    return [cells[0], cells[col]];
                });
            }
            return null;
        }""",
        [GRID_TABLE, AMOUNT[lang]],
    )
    assert rows, "no table with the amounts"
    return {name: int(value.replace(sep, "")) for name, value in rows}


def _changed(v, lang: str, before: dict[str, int], timeout_s: float = 30) -> dict[str, int]:
    """The amounts once the page has redrawn them (they differ from ``before``)."""
    deadline = time.monotonic() + timeout_s
    while True:
        now = _amounts(v, lang)
        if now != before or time.monotonic() > deadline:
            return now
        v.page.wait_for_timeout(250)


def _coefficient_input(v, lang: str):
    """The near-poor coefficient's input, its fold unfolded (a click on the fold's line)."""
    field = v.page.locator(f"input[aria-label='{NEAR_POOR[lang]}']")
    if field.count() == 0:
        v.page.locator(".st-key-alc_coefficients summary").first.click()
        field.wait_for(timeout=30000)
    return field


@pytest.mark.parametrize(("lang", "query"), [("vi", ""), ("en", "?lang=en")])
def test_the_amounts_shown_add_up_to_the_funds(server, visit, lang, query):
    _warm_up(server, visit)
    v = _open(visit, f"{server}/phan-bo{query}", lang)
    assert_clean(v)
    amounts = _amounts(v, lang)
    total = amounts.pop(TOTAL[lang])
    assert len(amounts) == 19
    assert sum(amounts.values()) == total == 3695  # Dự án 2, vốn sự nghiệp
    text = v.text()
    assert ("TRUNG TÍNH" if lang == "vi" else "NEUTRAL") in text
    assert "02/2022/QĐ-TTg" in text
    # the maps, a tab away: the deck.gl canvas and the tile map; then the shares chart
    v.page.get_by_role("tab", name=t("alc_tab_maps", lang)).click()
    v.page.locator("[data-testid='stDeckGlJsonChart']").first.wait_for(timeout=30000)
    v.page.locator(".js-plotly-plot").first.wait_for(timeout=30000)
    assert v.page.locator("[data-testid='stDeckGlJsonChart']").count() == 1
    v.page.get_by_role("tab", name=t("alc_tab_shares", lang)).click()
    v.page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stDeckGlJsonChart]').length === 0"
        " && document.querySelectorAll('.js-plotly-plot').length === 1",
        timeout=30000,
    )
    assert_clean(v)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_url_carries_the_coefficients_and_reopens_them(server, visit, lang):
    _warm_up(server, visit)
    query = "?lang=en&af=DA1.recurrent" if lang == "en" else "?af=DA1.recurrent"
    v = _open(visit, f"{server}/phan-bo{query}", lang)
    before = _amounts(v, lang)
    field = _coefficient_input(v, lang)
    field.fill("2.5")
    field.press("Enter")
    v.page.wait_for_function("() => location.search.includes('k_near=2.5')", timeout=30000)
    after = _changed(v, lang, before)
    assert after != before
    assert sum(a for n, a in after.items() if n != TOTAL[lang]) == after[TOTAL[lang]] == 2064
    assert_clean(v)
    link = v.page.url
    assert "af=DA1.recurrent" in link and "k_near=2.5" in link
    again = _open(visit, link, lang)  # a new browser context: a new session
    assert_clean(again)
    assert _coefficient_input(again, lang).input_value() == "2.5"
    reopened = _amounts(again, lang)
    assert reopened == after, {k: (after[k], reopened[k]) for k in after if after[k] != reopened[k]}


def test_the_coefficients_survive_switching_pages_and_language(server, visit):
    _warm_up(server, visit)
    v = _open(visit, f"{server}/phan-bo?k_near=0.5&afl=60", "vi")
    nav = v.page.locator("[data-testid='stSidebarNav']")
    nav.get_by_text("Kinh phí", exact=True).click()
    v.page.get_by_text("Kinh phí thực hiện năm 2022").first.wait_for(timeout=30000)
    nav.get_by_text("Phân bổ", exact=True).click()
    _wait_table(v, "vi")
    v.page.wait_for_function("() => location.search.includes('k_near=0.5')", timeout=30000)
    assert _coefficient_input(v, "vi").input_value() == "0.5"
    v.page.get_by_text("English", exact=True).click()
    v.page.get_by_text(TITLE["en"]).first.wait_for(timeout=30000)
    _wait_table(v, "en")
    v.page.wait_for_function(
        "() => location.search.includes('lang=en') && location.search.includes('k_near=0.5')",
        timeout=30000,
    )
    assert _coefficient_input(v, "en").input_value() == "0.5"
    assert re.search(r"afl=60\b", v.page.url)
    assert min(_amounts(v, "en").values()) >= 60
    assert_clean(v)


def test_a_criteria_workbook_and_a_coefficient_set_uploaded_in_the_browser(server, visit):
    from gnbv.allocation import Coefficients
    from gnbv.data import load_plan_data
    from gnbv.settings import REPO_ROOT
    from gnbv.workbook import coefficient_workbook
    from tests.workbook.test_allocation_criteria import filled, zone

    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    plan_data = load_plan_data(REPO_ROOT / "data")
    _warm_up(server, visit)
    v = _open(visit, f"{server}/phan-bo?lang=en", "en")
    inputs = v.page.locator("[data-testid='stFileUploaderDropzoneInput']")
    assert inputs.count() == 2  # a coefficient set, a criteria workbook
    sent = Coefficients(poor_households=0, zone_iii=50)
    inputs.nth(0).set_input_files(
        {"name": "set.xlsx", "mimeType": xlsx, "buffer": coefficient_workbook(sent)}
    )
    v.page.wait_for_function("() => location.search.includes('k_z3=50')", timeout=30000)
    v.page.get_by_text("has no figures for 19 communes").first.wait_for(timeout=30000)
    inputs = v.page.locator("[data-testid='stFileUploaderDropzoneInput']")
    content = filled(plan_data, {"zone_iii": zone})
    inputs.nth(1).set_input_files({"name": "zone.xlsx", "mimeType": xlsx, "buffer": content})
    v.page.get_by_text("The criteria workbook zone.xlsx").first.wait_for(timeout=30000)
    _wait_table(v, "en")
    amounts = _amounts(v, "en")
    assert amounts.pop(TOTAL["en"]) == 3695 == sum(amounts.values())
    assert sorted(set(amounts.values())) == [0, 284, 285]  # 3.695 / 13 = 284,2…
    assert_clean(v)
