"""The PDF brief in a real browser, on the public read-only deployment (nginx and its
security headers in CI; one read-only server without nginx): each page's brief downloads in
both languages, holds the page's figures, has at most two pages with every font embedded,
and is rendered to PNG beside the screen tests' screenshots (pdftoppm, poppler-utils) to be
looked at."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from gnbv.i18n import t
from gnbv.settings import SETTINGS
from tests.brief.briefs import fonts, reader, text
from tests.browser.conftest import assert_clean, open_page, open_tab

pytestmark = pytest.mark.browser

TIMEOUT = 60000
PDFTOPPM = "/usr/bin/pdftoppm"
# page path → (title key, figures it must show in the brief, by language, illustrative?)
PAGES = {
    "": ("app_title", {"vi": "81.689 triệu đồng", "en": "VND 81,689 million"}, True),
    "kinh-phi": ("fund_title", {"vi": "81.689 triệu đồng", "en": "VND 81,689 million"}, False),
    # the scenario starts from the shipped series' end-2024 rows: 21,54% in 2025 (by hand in
    # tests/brief/test_scenario.py)
    "kich-ban": ("scn_title", {"vi": "21,54%", "en": "21.54%"}, True),
    "phan-bo": ("alc_title", {"vi": "4.317", "en": "4,317"}, True),
    "tien-do": ("pg_title", {"vi": "42,96% (2022) → 28,13% (2024)", "en": "42.96% (2022)"}, True),
}
ILLUSTRATIVE = {"vi": "MINH HỌA", "en": "ILLUSTRATIVE"}


def _download(v, lang: str) -> bytes:
    button = v.page.get_by_role("button", name=t("brief_button", lang))
    button.first.wait_for(timeout=TIMEOUT)
    with v.page.expect_download(timeout=TIMEOUT) as info:
        button.first.click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    return Path(download.path()).read_bytes()


def _render(pdf: bytes, folder: Path, name: str) -> list[Path]:
    """The brief's pages as PNG files in ``folder`` (``name``-1.png …), when pdftoppm is
    installed (CI installs poppler-utils: it must be there)."""
    if not shutil.which(PDFTOPPM):
        if os.environ.get("GNBV_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{PDFTOPPM} not installed (apt-get install poppler-utils)")
        return []
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run([PDFTOPPM, "-r", "110", "-png", str(source), str(folder / name)], check=True)
    return sorted(folder.glob(f"{name}-*.png"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_brief_downloads_and_reads_in_the_language(public_url, browser, screens_dir, lang):
    context, v = open_tab(browser)
    try:
        for path, (title, figures, illustrative) in PAGES.items():
            query = "?lang=en" if lang == "en" else ""
            open_page(v, f"{public_url}/{path}{query}")
            assert_clean(v)
            pdf = _download(v, lang)
            assert pdf.startswith(b"%PDF-")
            said = text(pdf)
            assert figures[lang] in said, (path, said[:600])
            assert (ILLUSTRATIVE[lang] in said) == illustrative, path
            assert t(title, lang) in said
            # the link to the view: nginx's address (run_public.sh), or the setting's default
            # on the one read-only server used without nginx
            base = public_url if public_url + "/" in said else SETTINGS["public_url"].default
            assert f"{base}/{path}" in said
            assert 1 <= len(reader(pdf).pages) <= 2
            assert all(embedded for _, embedded in fonts(pdf))
            name = f"brief-{lang}-{path or 'home'}"
            for png in _render(pdf, screens_dir, name):
                assert png.stat().st_size > 10_000  # a page drawn, not blank
    finally:
        context.close()


def test_the_presentation_view_offers_the_brief_of_the_scenario_in_force(public_url, browser):
    context, v = open_tab(browser)
    try:
        open_page(v, f"{public_url}/kich-ban?preset=plan&h=2027&present=1&lang=en")
        assert_clean(v)
        said = text(_download(v, "en"))
        assert "/kich-ban?preset=plan&h=2027&lang=en" in said  # reopens this scenario
        assert "Horizon: 2027" in said
    finally:
        context.close()
