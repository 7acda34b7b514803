"""What every page shares: the language, read-only mode and the notices."""

from __future__ import annotations

import streamlit as st

from gnbv import i18n
from gnbv.cache import plan_data
from gnbv.data import PlanData
from gnbv.errors import DataFileError
from gnbv.settings import load_config

LANG_KEY = "lang"


def lang() -> str:
    """The UI language in force ('vi' unless ``?lang=en``)."""
    return i18n.normalise_lang(st.session_state.get(LANG_KEY))


def tr(key: str, **values: object) -> str:
    """Translate ``key`` into the UI language in force."""
    return i18n.t(key, lang(), **values)


def cite(source_ref: object) -> str:
    """A source reference in the UI language in force."""
    return i18n.cite(source_ref, lang())


def caption_md(text: str) -> str:
    """``text`` with a caption's look (small, grey) as markdown, to go in one ``st.markdown``
    with what surrounds it: each element costs the server about as much as the text."""
    return f":small[:gray[{text.replace(']', '&#93;')}]]"


def language_switch() -> str:
    """The Vietnamese / English switch, kept in the URL as ``?lang=en`` (Vietnamese, the
    default, leaves the URL clean). An unknown ``lang`` in the URL means Vietnamese."""
    if LANG_KEY not in st.session_state:
        st.session_state[LANG_KEY] = i18n.normalise_lang(st.query_params.get(LANG_KEY))
    st.sidebar.radio(
        "Ngôn ngữ / Language",
        options=list(i18n.LANGUAGES),
        format_func=lambda code: i18n.t(f"lang_{code}", code),
        key=LANG_KEY,
        horizontal=True,
    )
    if lang() == i18n.DEFAULT_LANG:
        if LANG_KEY in st.query_params:
            del st.query_params[LANG_KEY]
    elif st.query_params.get(LANG_KEY) != lang():
        st.query_params[LANG_KEY] = lang()
    return lang()


def read_only() -> bool:
    """True in the public deployment (``GNBV_READ_ONLY=1``): no upload, save or delete
    control may exist. Read on every run, like :func:`data`, so a test can set it."""
    return load_config().read_only


def data() -> PlanData:
    """The shipped data; stops the page with a message naming the file, row and column when
    a data file is broken."""
    try:
        return plan_data(data_dir=str(load_config().data_dir))  # by keyword: see gnbv.cache
    except DataFileError as exc:
        st.error(f"{tr('data_error')}: {exc}")
        st.stop()


UPLOADED_BASELINE_KEY = "uploaded_commune_baseline"
UPLOADED_PROJECTS_KEY = "uploaded_projects"


def projects():
    """The project funding table in use: the plan's (``projects.csv``) unless a planner has
    loaded allocations this session (``st.session_state[UPLOADED_PROJECTS_KEY]``, a DataFrame
    with the same columns)."""
    uploaded = st.session_state.get(UPLOADED_PROJECTS_KEY)
    return uploaded if uploaded is not None else data().projects


def commune_baseline():
    """The commune poverty baseline in use and whether it is illustrative.

    The shipped illustrative set, unless a planner has loaded real figures this session
    (stored under ``st.session_state[UPLOADED_BASELINE_KEY]`` as a DataFrame with the same
    columns as ``commune_poverty_illustrative.csv``, ``is_illustrative`` False).
    """
    uploaded = st.session_state.get(UPLOADED_BASELINE_KEY)
    if uploaded is not None:
        return uploaded, bool(uploaded["is_illustrative"].any())
    return data().commune_baseline, True


def illustrative_notice() -> None:
    """The banner every page that shows commune poverty figures carries, while the figures
    in use are the illustrative ones."""
    if commune_baseline()[1]:
        st.warning(tr("illustrative_notice"), icon=":material/info:")


PRESENT_KEY = "present"

# Presentation view: larger type and less chrome for a projector. System fonts only.
PRESENT_CSS = """
<style>
html { font-size: 20px; }
[data-testid="stMainBlockContainer"] { max-width: 100%; padding: 4rem 2.5rem 2rem; }
[data-testid="stMainBlockContainer"] h1 { font-size: 2.6rem; }
[data-testid="stMainBlockContainer"] h2 { font-size: 2rem; }
[data-testid="stMainBlockContainer"] h3 { font-size: 1.6rem; }
[data-testid="stMainBlockContainer"] p,
[data-testid="stMainBlockContainer"] li { font-size: 1.15rem; }
[data-testid="stMainBlockContainer"] [data-testid="stMetricValue"],
[data-testid="stMainBlockContainer"] [data-testid="stMetricValue"] * { font-size: 2.8rem; }
/* Large amounts ("VND 81,689 million") wrap rather than end in an ellipsis. */
[data-testid="stMainBlockContainer"] [data-testid="stMetricValue"] * {
  white-space: normal; overflow: visible; text-overflow: clip; line-height: 1.15;
}
[data-testid="stMainBlockContainer"] [data-testid="stMetricLabel"] p { font-size: 1.2rem; }
[data-testid="stMainMenu"], [data-testid="stAppDeployButton"] { display: none; }
</style>
"""


def presenting() -> bool:
    """True while the presentation view is on (``?present=1``)."""
    return bool(st.session_state.get(PRESENT_KEY, False))


def presentation_switch() -> bool:
    """The presentation-view switch (sidebar), kept in the URL as ``?present=1`` across page
    switches like the language. Any other value of ``present`` in the URL means off. When on:
    wide layout, larger type, sidebar collapsed."""
    if PRESENT_KEY not in st.session_state:
        st.session_state[PRESENT_KEY] = st.query_params.get(PRESENT_KEY) == "1"
    st.sidebar.toggle(tr("present_toggle"), key=PRESENT_KEY, help=tr("present_help"))
    if presenting():
        if st.query_params.get(PRESENT_KEY) != "1":
            st.query_params[PRESENT_KEY] = "1"
        st.set_page_config(layout="wide", initial_sidebar_state="collapsed")
        st.html(PRESENT_CSS)
    elif PRESENT_KEY in st.query_params:
        del st.query_params[PRESENT_KEY]
    return presenting()


def _leave_presentation() -> None:
    st.session_state[PRESENT_KEY] = False


def presentation_exit() -> None:
    """A small 'leave presentation view' button at the foot of the page (the sidebar with the
    switch is folded away while presenting)."""
    if presenting():
        st.button(
            tr("present_exit"),
            icon=":material/close_fullscreen:",
            type="tertiary",
            on_click=_leave_presentation,
            key="present_exit",
        )
