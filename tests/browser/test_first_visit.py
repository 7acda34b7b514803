"""The first visitor of a freshly started process (the README's ``streamlit run app.py``, no
warm-up) opening a deep link gets that page, in the language the link asks for, with no
"Page not found" dialog and no console error (issue 19)."""

from __future__ import annotations

from gnbv.i18n import t
from tests.browser.conftest import assert_clean, open_page, open_tab, start_server


def test_a_first_visitor_opening_a_deep_link_in_english_gets_that_page(browser):
    proc, url = start_server(warm=False)  # a fresh process: this visit is its first run
    try:
        context, v = open_tab(browser)
        try:
            open_page(v, f"{url}/kinh-phi?lang=en")
            title = v.page.locator("[data-testid='stMain'] h1").first.inner_text()
            assert title == t("fund_title", "en")
            assert v.page.locator("[role='dialog']").count() == 0, v.text()[:500]
            assert "Page not found" not in v.text()
            assert v.page.url == f"{url}/kinh-phi?lang=en"
            assert_clean(v)
        finally:
            context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
