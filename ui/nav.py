"""The app's pages, for ``st.navigation``: built once per language, copied for each run; and
the state each page holds in the URL (``ui.state``), written at the end of its run."""

from __future__ import annotations

import copy
import functools

import streamlit as st

from gnbv import i18n
from gnbv.i18n import TextKeys
from ui import page_states
from ui.state import PageState

# (script, icon, url path: None for the default page, the states it holds)
PAGES = (
    ("app_pages/home.py", ":material/home:", None, ()),
    ("app_pages/funding.py", ":material/payments:", "kinh-phi", (page_states.FUNDING,)),
    ("app_pages/targets.py", ":material/flag:", "muc-tieu", ()),
    (
        "app_pages/scenarios.py",
        ":material/tune:",
        "kich-ban",
        (page_states.SCENARIO, page_states.SCENARIO_VIEW),
    ),
    ("app_pages/progress.py", ":material/timeline:", "tien-do", (page_states.PROGRESS,)),
    ("app_pages/map.py", ":material/map:", "ban-do", (page_states.MAP, page_states.SCENARIO)),
    (
        "app_pages/allocation.py",
        ":material/account_tree:",
        "phan-bo",
        (page_states.ALLOCATION, page_states.ALLOCATION_VIEW),
    ),
    ("app_pages/data.py", ":material/table:", "du-lieu", (page_states.DATA,)),
)
STATES: dict[str, tuple[PageState, ...]] = {path or "": states for *_, path, states in PAGES}
# Each page's title, by its script.
TITLE_TEXT_KEYS: TextKeys = {
    "app_pages/home.py": "nav_home",
    "app_pages/funding.py": "nav_funding",
    "app_pages/targets.py": "nav_targets",
    "app_pages/scenarios.py": "nav_scenarios",
    "app_pages/progress.py": "nav_progress",
    "app_pages/map.py": "nav_map",
    "app_pages/allocation.py": "nav_allocation",
    "app_pages/data.py": "nav_data",
}


@functools.lru_cache(maxsize=len(i18n.LANGUAGES))
def _built(lang: str) -> tuple[st.Page, ...]:
    # Building a page resolves its file on disk (realpath, stat): a third of a millisecond a
    # run for the seven, on every page of the app.
    return tuple(
        st.Page(
            script,
            title=i18n.t(TITLE_TEXT_KEYS[script], lang),
            icon=icon,
            **({"url_path": url_path} if url_path else {"default": True}),
        )
        for script, icon, url_path, _ in PAGES
    )


def pages(lang: str) -> list[st.Page]:
    """The pages titled in ``lang``, as new objects for this run: a page carries whether it
    may run (``st.navigation`` sets it, ``Page.run`` clears it), so two sessions running at
    once must not share one."""
    return [copy.copy(page) for page in _built(lang)]


def states_of(page: st.Page) -> tuple[PageState, ...]:
    """The states ``page`` holds in the URL."""
    return STATES.get(page.url_path, ())
