"""Read-only mode (GNBV_READ_ONLY=1) across every page: no upload, save or delete control
exists at all, and exploring (sliders, shared links) still works."""

from __future__ import annotations

import re

import pytest

from gnbv import i18n
from tests.apptest import run_page, texts

PAGES = [
    None,
    "funding.py",
    "targets.py",
    "scenarios.py",
    "progress.py",
    "map.py",
    "allocation.py",
    "data.py",
]
# Labels or keys of controls that change stored data, in both languages.
CHANGING = re.compile(
    r"save|delete|remove|upload|import|lưu(?! ý)|xóa|xoá|tải lên|nhập", flags=re.IGNORECASE
)


def _changing_controls(at) -> list[str]:
    found = [f"file_uploader {u.label!r}" for u in at.get("file_uploader")]
    for kind in ("button", "form_submit_button"):
        for b in at.get(kind):
            text = f"{b.label} {b.key or ''}"
            if CHANGING.search(text):
                found.append(f"{kind} {text!r}")
    return found


@pytest.fixture
def read_only(monkeypatch):
    monkeypatch.setenv("GNBV_READ_ONLY", "1")


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p or "home.py")
def test_no_upload_save_or_delete_control(read_only, page, lang):
    at = run_page(page, lang=lang)
    assert not at.exception, [e.message for e in at.exception]
    assert _changing_controls(at) == []
    notices = " ".join(str(i.value) for i in at.sidebar.info)
    assert i18n.t("read_only_notice", lang) in notices


def test_the_check_is_not_vacuous(monkeypatch):
    """Without read-only mode some page does offer such controls (the scenarios' save)."""
    monkeypatch.setenv("GNBV_READ_ONLY", "0")
    found = []
    for page in PAGES:
        at = run_page(page, lang="en")
        found += _changing_controls(at)
    assert found, "no page offers upload/save/delete: the read-only test checks nothing"


def test_sliders_and_shared_links_still_work(read_only):
    at = run_page("scenarios.py")
    assert at.slider, "the scenarios page has a slider"
    slider = at.slider[0]
    before = dict(at.query_params)
    new = type(slider.value)((slider.min + slider.max) // 2)
    if new == slider.value:
        new = slider.max
    slider.set_value(new).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.slider[0].value == new
    assert dict(at.query_params) != before, "the moved slider is in the URL (links share)"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p or "home.py")
def test_the_public_reads_citations_and_names_not_codes(read_only, plan_data, page, lang):
    """Readable citations ('VietNamNet, ~2024') instead of source ids (VNN_2324450), and
    projects by name instead of internal codes (DA1), in every text and table shown."""
    at = run_page(page, lang=lang)
    assert not at.exception
    shown = [texts(at)]
    shown += [frame.value.to_csv() for frame in (*at.dataframe, *at.table)]
    ids = set(plan_data.sources["source_id"])
    found = {w for text in shown for w in re.findall(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b", text)}
    assert not found & ids, found & ids
    codes = {w for text in shown for w in re.findall(r"\bDA\d\b", text)}
    assert not codes, codes
