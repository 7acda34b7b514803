"""Every page of the navigation on every screen it is shown on, in both languages: a phone
(390×844), a desktop (1440×900) and the projector (the presentation view at 1920×1080).

On each page: no exception, console error or request leaving the machine; the navigation and
``<html lang>`` in the UI language; nothing wider than the window; chart text at least 12 px
(18 px in the presentation view), none of it outside its chart, no legend over an axis;
axe-core (WCAG 2.1 A and AA) finds nothing critical or serious. Each page is saved as a
full-page screenshot in the folder printed at the end of the run (``GNBV_SCREENS`` chooses it),
to be looked at. Each test walks all the pages in one tab and reports every problem at once.
(The read-only deployment behind nginx: test_e2e_all_pages.py.)
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import open_page, open_tab
from tests.browser.screens import (
    SCREENS,
    axe_problems,
    full_page_shot,
    layout_problems,
    nav_paths,
    slug,
)
from tests.browser.test_e2e_all_pages import page_problems

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pages(server, browser) -> list[str]:
    """The pages of the navigation (read on a desktop, where the sidebar is open), after one
    run of the home page: a fresh server answers a first deep link with "Page not found"."""
    context, v = open_tab(browser, {"width": 1440, "height": 900})
    open_page(v, server + "/")
    paths = nav_paths(v.page)
    context.close()
    assert len(paths) >= 6, paths
    return paths


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_page_fits_the_screen(server, browser, pages, screens_dir, screen, lang):
    spec = SCREENS[screen]
    query = "&".join(
        q for q in ("present=1" if spec.present else "", "lang=en" if lang == "en" else "") if q
    )
    context, v = open_tab(browser, {"width": spec.width, "height": spec.height})
    problems = []
    try:
        for path in pages:
            url = f"{server}{path}" + (f"?{query}" if query else "")
            where = f"{screen} {lang} {path}"
            open_page(v, url)
            problems += page_problems(v, url, lang)
            problems += layout_problems(v.page, spec, where)
            problems += axe_problems(v.page, where)
            full_page_shot(v.page, screens_dir / f"{screen}-{lang}-{slug(path)}.png")
    finally:
        context.close()
    assert not problems, "\n".join(problems)
