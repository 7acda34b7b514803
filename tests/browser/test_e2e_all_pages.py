"""End to end in Debian's chromium: the public deployment (read-only processes behind nginx,
whose content security policy must let every page work) in both languages: every page of the
navigation loads with no exception, no console error (a blocked resource or script is one) and
no request leaving the machine, has no control that changes data, says it is read-only, has
``<html lang>`` in the UI language, and axe-core (WCAG 2.1 A/AA) finds nothing critical or
serious on it. (The same without the proxy, at three screen sizes: test_screens.py.)

Each test walks all the pages and reports every failing page at once (page, language, error).
"""

from __future__ import annotations

import re

import pytest

from gnbv import i18n
from tests.browser.conftest import Visit, assert_clean, open_page, open_tab
from tests.browser.screens import axe_problems, nav_paths

pytestmark = pytest.mark.browser

# Labels of controls that change stored data (read-only mode must have none), vi and en.
CHANGING = re.compile(r"save|delete|upload|lưu(?! ý)|xóa|xoá|tải lên", flags=re.IGNORECASE)


def page_problems(v: Visit, url: str, lang: str, read_only: bool = False) -> list[str]:
    """The problems of the page open in ``v`` (empty when it is clean)."""
    where = f"{url} [{lang}]"
    try:
        assert_clean(v)
    except (Exception, pytest.fail.Exception) as exc:  # report every page
        return [f"{where}: {str(exc)[:1500]}"]
    problems = []
    text = v.text()
    if i18n.t("nav_funding", lang) not in text:
        problems.append(f"{where}: the navigation is not in {lang}")
    lang_attr = v.page.evaluate("document.documentElement.lang")
    if lang_attr != lang:
        problems.append(f"{where}: <html lang={lang_attr!r}>")
    if read_only:
        if v.page.locator("[data-testid='stFileUploader']").count():
            problems.append(f"{where}: a file uploader in read-only mode")
        buttons = v.page.locator("[data-testid='stMain'] button").all_inner_texts()
        changing = [b for b in buttons if CHANGING.search(b)]
        if changing:
            problems.append(f"{where}: controls that change data: {changing}")
        if i18n.t("read_only_notice", lang) not in text:
            problems.append(f"{where}: no read-only notice")
    return problems


def _walk(browser, base: str, lang: str) -> None:
    """Open every page of the navigation in one browser tab; fail listing every problem."""
    query = "?lang=en" if lang == "en" else ""
    context, v = open_tab(browser)
    try:
        open_page(v, f"{base}/{query}")
        paths = nav_paths(v.page)
        assert len(paths) >= 6, paths
        problems = []
        for path in paths:
            url = f"{base}{path}{query}"
            try:
                open_page(v, url)
            except Exception as exc:
                problems.append(f"{url} [{lang}]: did not load: {str(exc)[:500]}")
                continue
            problems += page_problems(v, url, lang, read_only=True)
            problems += axe_problems(v.page, f"{url} [{lang}]")
    finally:
        context.close()
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_is_clean_in_read_only_mode_behind_nginx(public_url, browser, lang):
    # Behind nginx, a content-security-policy violation is a console error: this also checks
    # that the policy lets every page work (and the script that sets <html lang> run).
    _walk(browser, public_url, lang)
