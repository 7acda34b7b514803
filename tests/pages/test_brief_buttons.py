"""Every page with a brief offers its "PDF brief" button, in both languages, in the public
read-only deployment and in the presentation view."""

from __future__ import annotations

import pytest

from gnbv import i18n
from tests.apptest import run_page

PAGES = [None, "funding.py", "scenarios.py", "allocation.py", "progress.py"]


def _labels(at) -> list[str]:
    return [b.proto.label for b in at.get("download_button")]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p or "home.py")
def test_each_page_offers_its_brief(page, lang):
    at = run_page(page, lang=lang)
    assert not at.exception, [e.message for e in at.exception]
    assert _labels(at).count(i18n.t("brief_button", lang)) == 1, _labels(at)
    assert i18n.t("brief_button", lang) == {"vi": "Bản tin PDF", "en": "PDF brief"}[lang]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p or "home.py")
def test_the_public_read_only_edition_and_the_presentation_view_offer_it(monkeypatch, page):
    monkeypatch.setenv("GNBV_READ_ONLY", "1")
    at = run_page(page, present="1")
    assert not at.exception, [e.message for e in at.exception]
    assert "Bản tin PDF" in _labels(at)
