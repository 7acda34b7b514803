"""What every page shares: the language, read-only mode and the notices."""

from __future__ import annotations

import base64
import functools
import logging
import threading
from collections.abc import Callable
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from gnbv import i18n
from gnbv.cache import plan_data
from gnbv.cache import scenario_start as _scenario_start
from gnbv.data import PlanData
from gnbv.errors import DataFileError
from gnbv.i18n import TextKeys
from gnbv.scenario_start import ScenarioStart
from gnbv.scenario_store import NAME_TEXT_KEYS
from gnbv.settings import REPO_ROOT, SettingProblem, load_config
from gnbv.versioned import Versioned
from ui import cache_scope  # noqa: F401  (the sessions' stores of views of uploaded data)

LOG = logging.getLogger(__name__)
LANG_KEY = "lang"
# Each language's name, in itself.
LANGUAGE_TEXT_KEYS: TextKeys = {
    "vi": "lang_vi",
    "en": "lang_en",
}
FLASH_KEY = "flash"  # [(kind, text)] said once, on the next run (see flash)

# Streamlit writes <html lang="en"> whatever the UI language, so screen readers would read
# Vietnamese with English rules. This constant script sets the document's language from its
# own data attribute; being constant, the public deployment's content security policy allows
# it by its hash (deploy/run_public.sh hashes this file, stripped as here).
HTML_LANG_JS = (REPO_ROOT / "ui" / "static" / "html_lang.js").read_text(encoding="utf-8").strip()
HTML_LANG_ATTR = "data-gnbv-lang"


@functools.cache
def icon_data_url(path: Path) -> str:
    """The image file at ``path`` (a small PNG) as a ``data:`` URL, read once per process."""
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


# The language read in the running script run, by thread (a run is a thread's): (the run's
# cursors, the language). A page asks for it thirty times a run through tr(); each read of the
# session state costs about 15 µs, a tenth of Streamlit's floor a run.
_RUN_LANG = threading.local()


def lang() -> str:
    """The UI language in force ('vi' unless ``?lang=en``): read from the session once per
    script run (its value cannot change within a run once :func:`language_switch` has drawn
    the switch, which reads it again)."""
    ctx = get_script_run_ctx()
    if ctx is None:  # outside a script run
        return i18n.normalise_lang(st.session_state.get(LANG_KEY))
    held = getattr(_RUN_LANG, "held", None)
    if held is not None and held[0] is ctx.cursors:  # a run's cursors are made anew each run
        return held[1]
    value = i18n.normalise_lang(st.session_state.get(LANG_KEY))
    _RUN_LANG.held = (ctx.cursors, value)
    return value


def tr(key: str, **values: object) -> str:
    """The accessor ``gnbv.i18n.t`` with the session's language: ``t(key, lang(), **values)``."""
    return i18n.t(key, lang(), **values)


def cite(source_ref: object) -> str:
    """A source reference (the plan's section, or source ids) in the UI language in force,
    readable: source ids become short citations ('VietNamNet, ~2024')."""
    return i18n.cite(source_ref, lang(), data().citations)


def metric_row(metrics) -> None:
    """Metrics (``gnbv.views.common.Metric``: label, value, caption) side by side in one block, each
    caption under its value as a grey note (a metric's delta without colour or arrow): one
    element a metric, where columns and captions made three (each costs the server about as
    much as its text); the row wraps on a phone."""
    row = st.container(horizontal=True)
    for m in metrics:
        if m.caption:
            row.metric(m.label, m.value, delta=m.caption, delta_color="off", delta_arrow="off")
        else:
            row.metric(m.label, m.value)


def language_switch() -> str:
    """The Vietnamese / English switch, kept in the URL as ``?lang=en`` (Vietnamese, the
    default, leaves the URL clean). An unknown ``lang`` in the URL means Vietnamese."""
    if LANG_KEY not in st.session_state:
        st.session_state[LANG_KEY] = i18n.normalise_lang(st.query_params.get(LANG_KEY))
    st.sidebar.radio(
        "Ngôn ngữ / Language",
        options=list(i18n.LANGUAGES),
        format_func=lambda code: i18n.t(LANGUAGE_TEXT_KEYS[code], code),
        key=LANG_KEY,
        horizontal=True,
    )
    _RUN_LANG.held = None  # read it again: a first run has just taken it from the URL
    # written to the URL with the page's state, in one update (ui.state.sync_url)
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
        LOG.error("the shipped data cannot be used: %s", exc)
        st.error(tr("data_error"), icon=":material/error:")
        st.stop()


# --- messages to the public: in the page's language; the detail goes to the server log -----


def flash(kind: str, text: str) -> None:
    """Say ``text`` once, on the next run (use in callbacks and before a rerun); ``kind`` is
    the Streamlit call that says it: "success", "info", "warning" or "error"."""
    st.session_state.setdefault(FLASH_KEY, []).append((kind, text))


def show_flash() -> None:
    """Say what :func:`flash` kept for this run, in the order it was kept."""
    for kind, text in st.session_state.pop(FLASH_KEY, []):
        getattr(st, kind)(text)


STORE_ERROR_TEXT_KEYS: TextKeys = {
    "scenarios": "scn_store_error",
    "coefficients": "alc_store_error",
}


def store_failed(kind: str) -> str:
    """Log the exception being handled (the store of saved ``kind``, "scenarios" or
    "coefficients", failed) and return the public's message."""
    LOG.exception("the store of saved scenarios and coefficient sets failed")
    return tr(STORE_ERROR_TEXT_KEYS[kind])


def bad_name(exc) -> str:
    """A name that cannot be saved (:class:`gnbv.scenario_store.InvalidName`), said in the
    page's language."""
    return tr("scn_bad_name", reason=tr(NAME_TEXT_KEYS[exc.reason], limit=exc.limit))


_LOGGED: set[SettingProblem] = set()  # the settings' problems already in the log


def settings_notices(problems: tuple[SettingProblem, ...]) -> None:
    """A sidebar warning per setting that could not be used, naming its variable; each is
    logged once per process."""
    for problem in problems:
        if problem not in _LOGGED:
            _LOGGED.add(problem)
            LOG.warning("setting ignored: %s", problem)
        st.sidebar.warning(tr("settings_error", setting=problem.env, default=problem.default))


UPLOADED_BASELINE_KEY = "uploaded_commune_baseline"
UPLOADED_PROJECTS_KEY = "uploaded_projects"


def projects() -> Versioned:
    """The project funding table in use, with its version: the plan's (``projects.csv``)
    unless a planner has loaded allocations this session (``st.session_state[
    UPLOADED_PROJECTS_KEY]``, a :class:`Versioned` DataFrame with the same columns)."""
    uploaded = st.session_state.get(UPLOADED_PROJECTS_KEY)
    return uploaded if uploaded is not None else data().versioned("projects")


def commune_baseline() -> tuple[Versioned, bool]:
    """The commune poverty baseline in use, with its version, and whether it is
    illustrative.

    The shipped illustrative set, unless a planner has loaded real figures this session
    (stored under ``st.session_state[UPLOADED_BASELINE_KEY]`` as a :class:`Versioned`
    DataFrame with the same columns as ``commune_poverty_illustrative.csv``,
    ``is_illustrative`` False).
    """
    uploaded = st.session_state.get(UPLOADED_BASELINE_KEY)
    if uploaded is not None:
        return uploaded, bool(uploaded.frame["is_illustrative"].any())
    return data().versioned("commune_baseline"), True


UPLOADED_SERIES_KEY = "uploaded_review_series"


def review_series() -> tuple[Versioned, bool]:
    """The series of yearly reviews in use, with its version, and whether it is illustrative:
    the shipped illustrative series (2022–2024), unless a planner has loaded one this session
    (the Progress page; ``st.session_state[UPLOADED_SERIES_KEY]``, a :class:`Versioned`
    DataFrame with the same columns as ``commune_poverty_series_illustrative.csv``,
    ``is_illustrative`` False)."""
    uploaded = st.session_state.get(UPLOADED_SERIES_KEY)
    if uploaded is not None:
        return uploaded, bool(uploaded.frame["is_illustrative"].any())
    return data().versioned("commune_series"), True


def scenario_start() -> ScenarioStart:
    """Where the scenarios start (gnbv.scenario_start): the rows of the latest year of the
    commune baseline and the series of reviews in use, looked up once per data version."""
    return _scenario_start(commune_baseline()[0], review_series()[0])


def illustrative_notice(illustrative: bool | None = None) -> None:
    """The banner every page that shows commune poverty figures carries, while the figures
    it shows (``illustrative``; by default the commune baseline in use) are illustrative."""
    if commune_baseline()[1] if illustrative is None else illustrative:
        st.warning(tr("illustrative_notice"), icon=":material/info:")


# On every page (app_style): what the theme in .streamlit/config.toml cannot set.
APP_CSS = f"""
/* A row of cards drawn as one markdown (gnbv.views.common.cards_markdown): a grid that wraps on a
   narrow screen, each card framed as a bordered container is. */
.gnbv-cards {{
  display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
}}
.gnbv-card {{ border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem; padding: 0 1rem; }}
/* The element that holds the html-lang script takes no room. */
.stElementContainer:has(script[{HTML_LANG_ATTR}]) {{ display: none; }}
/* A disabled widget's label stays readable (Streamlit fades it to 2,6:1 on white; WCAG AA
   asks 4,5:1 and axe-core checks it): dimmed, still 4,9:1. */
[data-testid="stWidgetLabel"][disabled], [data-testid="stWidgetLabel"][disabled] * {{
  color: #6e6e6e;
}}
/* The scenario's sliders: their own number is printf-formatted ("5.67") and cannot write the
   Vietnamese "5,67"; the labels carry the value in the UI language, and the slider shows its
   number only while it is dragged. */
.st-key-scn_controls [data-testid="stSliderThumbValue"],
.st-key-scn_controls [data-testid="stSliderTickBar"] {{ visibility: hidden; }}
.st-key-scn_controls [data-testid="stSlider"]:active [data-testid="stSliderThumbValue"] {{
  visibility: visible;
}}
/* A metric's label wraps instead of ending in an ellipsis (a phone cut the solver's label). */
[data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"],
[data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"] p {{
  white-space: normal; overflow: visible; text-overflow: clip;
}}
"""


def app_style() -> None:
    """The dashboard's own CSS (:data:`APP_CSS`, and :data:`PRESENT_CSS` while presenting)
    and ``<html lang>`` in the UI language, in one element (each costs the server about as
    much as its text), drawn on every run (a switch of language or view re-runs the script).

    Streamlit writes ``<html lang="en">`` whatever the UI language, so screen readers would
    read Vietnamese with English rules: the constant script :data:`HTML_LANG_JS` sets the
    document's language from its own data attribute; being constant, the public deployment's
    content security policy allows it by its hash. The element takes no room (:data:`APP_CSS`
    hides it). No ``<`` may appear in the style sheets: Streamlit's sanitiser (DOMPurify)
    drops a ``<style>`` whose text contains one."""
    css = APP_CSS + (PRESENT_CSS if presenting() else "")
    st.sidebar.html(
        f'<style>{css}</style><script {HTML_LANG_ATTR}="{lang()}">{HTML_LANG_JS}</script>',
        unsafe_allow_javascript=True,
    )


PRESENT_KEY = "present"

# Presentation view: larger type and less chrome for a projector. System fonts only.
PRESENT_CSS = """
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
"""


def presenting() -> bool:
    """True while the presentation view is on (``?present=1``)."""
    return bool(st.session_state.get(PRESENT_KEY, False))


def presentation_switch() -> bool:
    """The presentation-view switch (sidebar), kept in the URL as ``?present=1`` across page
    switches like the language. Any other value of ``present`` in the URL means off. When on:
    wide layout, larger type (:func:`app_style`), sidebar collapsed."""
    if PRESENT_KEY not in st.session_state:
        st.session_state[PRESENT_KEY] = st.query_params.get(PRESENT_KEY) == "1"
    st.sidebar.toggle(tr("present_toggle"), key=PRESENT_KEY, help=tr("present_help"))
    if presenting():  # written to the URL with the page's state (ui.state.sync_url)
        st.set_page_config(layout="wide", initial_sidebar_state="collapsed")
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


def saved_picker(
    saved: list,
    prefix: str,
    labels: tuple[str, str, str],
    on_open: Callable,
    on_delete: Callable | None,
) -> None:
    """The saved scenarios' or coefficient sets' picker (``saved``: gnbv.scenario_store's
    SavedScenario, named and dated), an Open button (``on_open(saved one)``) and, unless
    ``on_delete`` is None (the public edition), a Delete button (``on_delete(name)``);
    ``labels``: the picker's, Open's and Delete's; keys ``{prefix}_saved_pick``,
    ``{prefix}_open``, ``{prefix}_del``."""
    by_name = {s.name: s for s in saved}
    pick_col, open_col, delete_col = st.columns([3, 1, 1], vertical_alignment="bottom")
    pick = pick_col.selectbox(
        labels[0],
        options=list(by_name),
        format_func=lambda n: f"{n} · {by_name[n].saved_at.replace('T', ' ')[:16]} UTC",
        key=f"{prefix}_saved_pick",
    )
    open_col.button(
        labels[1],
        icon=":material/folder_open:",
        on_click=on_open,
        args=(by_name[pick],),
        key=f"{prefix}_open",
    )
    if on_delete is not None:
        delete_col.button(
            labels[2],
            icon=":material/delete:",
            on_click=on_delete,
            args=(pick,),
            key=f"{prefix}_del",
        )
