"""Helpers for the AppTests of the pages."""

from __future__ import annotations

from dataclasses import replace

from streamlit.testing.v1 import AppTest

from gnbv.settings import REPO_ROOT

APP = str(REPO_ROOT / "app.py")
TIMEOUT = 60


def run_page(page: str | None = None, lang: str = "vi", **query: str) -> AppTest:
    """Run the app on ``page`` (a file in app_pages/, e.g. "funding.py"; None for home)."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    if lang != "vi":
        at.query_params["lang"] = lang
    at.run()
    # home is the default page: switching to it again would lose the session's language for
    # the next run (an AppTest quirk: its state is gone after a switch to the page in force)
    if page not in (None, "home.py"):
        at.switch_page(f"app_pages/{page}").run()
    return at


def texts(at: AppTest) -> str:
    """All the text a page shows, in one string, for assertions."""
    parts = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "info",
        "warning",
        "error",
        "success",
    ):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [f"{m.label} {m.value} {m.delta or ''}".rstrip() for m in at.metric]
    return "\n".join(parts)


def unfold_figure_tables(at: AppTest) -> AppTest:
    """Unfold every chart's and map's table (as a click on each does: a table is drawn only
    while its expander is open, ui.charts.figure_table) and run again."""
    keys = [e.proto.id.split("-", 2)[2] for e in at.expander if e.proto.id.endswith("_table")]
    for key in keys:
        at.session_state[f"{key}_open"] = True  # ui.state.kept_fold
    return at.run() if keys else at


def open_section(at: AppTest, state, label: str) -> AppTest:
    """The section (tab) of ``state`` (a ``ui.state.PageState`` with a ``section``) whose tab
    reads ``label`` open, as a click on the tab does, and run again."""
    tabs = [tab.label for tab in at.tabs]
    ids = state.codec.fields[0].choices  # the sections, in the tabs' order
    section = ids[tabs.index(label)]
    at.session_state[state.session_key] = replace(
        at.session_state[state.session_key], section=section
    )
    return at.run()
