"""End to end in Debian's chromium: every page of the navigation loads with no exception, no
console error and no request leaving the machine, in both languages, in read-only mode, and
through the public nginx deployment (whose content security policy must let every page work).

Each test walks all the pages and reports every failing page at once (page, language, error).
"""

from __future__ import annotations

import contextlib
import re

import pytest

from gnbv import i18n
from tests.browser.conftest import Visit, _console_error, assert_clean, start_server, wait_idle

pytestmark = pytest.mark.browser

# Labels of controls that change stored data (read-only mode must have none), vi and en.
CHANGING = re.compile(r"save|delete|upload|lưu(?! ý)|xóa|xoá|tải lên", flags=re.IGNORECASE)


@pytest.fixture(scope="module")
def read_only_url():
    """The public deployment: read-only processes behind nginx with its security headers
    (deploy/run_public.sh); without nginx (outside CI), one read-only server."""
    from tests.test_nginx_deploy import start_public, stop_public

    try:
        proc, url, run_dir = start_public(processes=2)
    except pytest.skip.Exception:
        proc, url = start_server({"GNBV_READ_ONLY": "1"})
        yield url
        proc.terminate()
        proc.wait(timeout=10)
        return
    yield url
    stop_public(proc, run_dir)


def _open(v: Visit, url: str) -> None:
    v.requests.clear(), v.console_errors.clear(), v.page_errors.clear()
    v.page.goto(url)
    v.page.wait_for_selector("[data-testid='stApp']", timeout=45000)
    v.page.locator("[data-testid='stMain'] h1").first.wait_for(timeout=45000)
    wait_idle(v.page)
    # Let charts and maps draw (the websocket does not count as network activity).
    with contextlib.suppress(Exception):
        v.page.wait_for_load_state("networkidle", timeout=5000)


def _problems(v: Visit, url: str, lang: str, read_only: bool) -> list[str]:
    """The problems of the page open in ``v`` (empty when it is clean)."""
    try:
        assert_clean(v)
    except (Exception, pytest.fail.Exception) as exc:  # report every page
        return [f"{url} [{lang}]: {str(exc)[:1500]}"]
    problems = []
    text = v.text()
    if i18n.t("nav_funding", lang) not in text:
        problems.append(f"{url} [{lang}]: the navigation is not in {lang}")
    if read_only:
        if v.page.locator("[data-testid='stFileUploader']").count():
            problems.append(f"{url} [{lang}]: a file uploader in read-only mode")
        buttons = v.page.locator("[data-testid='stMain'] button").all_inner_texts()
        changing = [b for b in buttons if CHANGING.search(b)]
        if changing:
            problems.append(f"{url} [{lang}]: controls that change data: {changing}")
        if i18n.t("read_only_notice", lang) not in text:
            problems.append(f"{url} [{lang}]: no read-only notice")
    return problems


def _walk(browser, base: str, lang: str, read_only: bool = False) -> None:
    """Open every page of the navigation in one browser tab; fail listing every problem."""
    query = "?lang=en" if lang == "en" else ""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        v = Visit(page)
        page.on("request", lambda r: v.requests.append(r.url))
        page.on("console", lambda m: _console_error(v, m))
        page.on("pageerror", lambda e: v.page_errors.append(str(e)))
        _open(v, f"{base}/{query}")
        problems = _problems(v, f"{base}/{query}", lang, read_only)
        hrefs = page.eval_on_selector_all(
            "[data-testid='stSidebarNav'] a", "els => els.map(e => e.getAttribute('href'))"
        )
        paths = sorted({"/" + re.sub(r"^(https?://[^/]+)?/?", "", h).split("?")[0] for h in hrefs})
        assert len(paths) >= 6, paths
        for path in paths:
            if path == "/":
                continue
            url = f"{base}{path}{query}"
            try:
                _open(v, url)
            except Exception as exc:
                problems.append(f"{url} [{lang}]: did not load: {str(exc)[:500]}")
                continue
            problems += _problems(v, url, lang, read_only)
    finally:
        context.close()
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_is_clean(server, browser, lang):
    _walk(browser, server, lang)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_is_clean_in_read_only_mode_behind_nginx(read_only_url, browser, lang):
    # Behind nginx, a content-security-policy violation is a console error: this also checks
    # that the policy lets every page work.
    _walk(browser, read_only_url, lang, read_only=True)
