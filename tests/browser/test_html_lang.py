"""``<html lang>`` follows the UI language (Streamlit writes lang="en" whatever the language;
ui.common.app_style sets it with a constant script), on the plain server and behind nginx, whose
content security policy allows that script by its hash: a blocked script would leave "en" and
log a console error."""

from __future__ import annotations

import pytest

from gnbv import i18n
from tests.browser.conftest import assert_clean, open_page, open_tab

pytestmark = pytest.mark.browser


def _lang_becomes(page, lang: str) -> None:
    page.wait_for_function(f"() => document.documentElement.lang === '{lang}'", timeout=30000)


@pytest.mark.parametrize("deployment", ["server", "public_url"])
def test_html_lang_follows_a_language_switch(request, browser, deployment):
    base = request.getfixturevalue(deployment)
    context, v = open_tab(browser)
    try:
        open_page(v, base + "/")
        page = v.page
        _lang_becomes(page, "vi")
        page.locator("[data-testid='stSidebar']").get_by_text("English", exact=True).click()
        _lang_becomes(page, "en")
        page.get_by_text("VND 81,689 million").first.wait_for(timeout=30000)
        # Another page of the navigation: the language, and <html lang>, stay.
        nav = page.locator("[data-testid='stSidebarNav'] a", has_text=i18n.t("nav_map", "en"))
        nav.first.click()
        page.wait_for_function("() => location.pathname.endsWith('/ban-do')", timeout=30000)
        page.get_by_text(i18n.t("map_title", "en")).first.wait_for(timeout=30000)
        assert page.evaluate("document.documentElement.lang") == "en"
        page.locator("[data-testid='stSidebar']").get_by_text("Tiếng Việt", exact=True).click()
        _lang_becomes(page, "vi")
        page.get_by_text(i18n.t("map_title", "vi")).first.wait_for(timeout=30000)
        assert_clean(v)  # no console error: the policy let the script run
    finally:
        context.close()


def test_html_lang_of_an_english_link(server, browser):
    context, v = open_tab(browser, {"width": 390, "height": 844})  # sidebar folded away
    try:
        open_page(v, server + "/kinh-phi?lang=en")
        assert v.page.evaluate("document.documentElement.lang") == "en"
        assert_clean(v)
    finally:
        context.close()
