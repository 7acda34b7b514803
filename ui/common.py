"""What every page shares: the language, read-only mode and the notices."""

from __future__ import annotations

import streamlit as st

from gnbv import i18n
from gnbv.cache import CONFIG, plan_data
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
    return CONFIG.read_only


def data() -> PlanData:
    """The shipped data; stops the page with a message naming the file, row and column when
    a data file is broken."""
    try:
        return plan_data(str(load_config().data_dir))
    except DataFileError as exc:
        st.error(f"{tr('data_error')}: {exc}")
        st.stop()


def illustrative_notice() -> None:
    """The banner every page that shows commune poverty figures carries."""
    st.warning(tr("illustrative_notice"), icon=":material/info:")
