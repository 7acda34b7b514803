"""The app's pages, for ``st.navigation``: built once per language, copied for each run."""

from __future__ import annotations

import copy
import functools

import streamlit as st

from gnbv import i18n

# (script, title key, icon, url path: None for the default page)
PAGES = (
    ("app_pages/home.py", "nav_home", ":material/home:", None),
    ("app_pages/funding.py", "nav_funding", ":material/payments:", "kinh-phi"),
    ("app_pages/targets.py", "nav_targets", ":material/flag:", "muc-tieu"),
    ("app_pages/scenarios.py", "nav_scenarios", ":material/tune:", "kich-ban"),
    ("app_pages/map.py", "nav_map", ":material/map:", "ban-do"),
    ("app_pages/allocation.py", "nav_allocation", ":material/account_tree:", "phan-bo"),
    ("app_pages/data.py", "nav_data", ":material/table:", "du-lieu"),
)


@functools.lru_cache(maxsize=len(i18n.LANGUAGES))
def _built(lang: str) -> tuple[st.Page, ...]:
    # Building a page resolves its file on disk (realpath, stat): a third of a millisecond a
    # run for the seven, on every page of the app.
    return tuple(
        st.Page(
            script,
            title=i18n.t(title_key, lang),
            icon=icon,
            **({"url_path": url_path} if url_path else {"default": True}),
        )
        for script, title_key, icon, url_path in PAGES
    )


def pages(lang: str) -> list[st.Page]:
    """The pages titled in ``lang``, as new objects for this run: a page carries whether it
    may run (``st.navigation`` sets it, ``Page.run`` clears it), so two sessions running at
    once must not share one."""
    return [copy.copy(page) for page in _built(lang)]
