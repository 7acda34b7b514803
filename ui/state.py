"""The one way a page holds its state: URL → session → widgets, and back to the URL.

A page declares its parameters once in gnbv (a frozen dataclass and its codec,
:mod:`gnbv.page_params`, :mod:`gnbv.url_state`) and one :class:`PageState` here holds them:

* **read**: on a session's first run (a shared link, a reload) and when the browser's Back or
  Forward button brings a URL holding some of the page's keys, the URL's values are taken
  (a rejected value falls back to its default, and its key is kept for the page's notice);
  otherwise the session's values stand (another page and back, a language switch, the
  presentation view);
* **draw**: every control is set from the parameters before it is drawn (:meth:`control`),
  so nothing a widget loses on its own (a language switch relabels its options; a page
  switch drops its state; the browser redraws it) can change a value. A control that moves
  folds its value into the parameters in its ``on_change`` callback, which runs before the
  page does;
* **write**: the URL is written in one update (:func:`sync_url`) with the page's states, the
  language and the presentation view: at the start and end of every run (``app.py``: at the
  start, so that a page switch settles its URL before the page draws) and at the end of every
  fragment's run (:func:`fragment`, which pages use in place of ``st.fragment``). A control's
  callback only changes the session: a URL written there reaches the browser a run late.

Whether a fold is unfolded (:func:`kept_fold`) is kept here too: it is no choice of the
visitor's worth a link, only of the screen.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from gnbv import i18n
from gnbv.url_state import PageCodec
from ui.common import LANG_KEY, PRESENT_KEY

PAGE_STATES_KEY = "_page_states"  # the names of the states the page in force holds
# What sync_url last encoded: (language, presentation view, the held states' parameters), and
# the URL keys it made of them and owns. Encoding is most of its cost, and runs repeat it.
URL_SAID_KEY = "_url_said"
_REGISTRY: dict[str, PageState] = {}


def _query() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def _history_navigation() -> bool:
    """True when this run comes from the browser's back or forward button. (Streamlit 1.67
    tells its script run context; there is no public API for it.)"""
    return bool(getattr(get_script_run_ctx(), "is_history_navigation", False))


def write_url(wanted: dict[str, str], owned: Iterable[str]) -> None:
    """Make the URL's ``owned`` keys say ``wanted`` (those not wanted dropped), other keys
    kept, in one update: one browser history entry per change, never a half-written view."""
    current = _query()
    owned = set(owned) | set(wanted)
    new = {k: v for k, v in current.items() if k not in owned}
    new.update({k: [v] for k, v in wanted.items()})
    if new != current:
        st.query_params.from_dict(new)


class PageState:
    """One page's parameters (``codec``: their URL codec, or a function that makes it, for a
    codec that depends on the data in use), held under ``name`` in the session; its
    controls are keyed ``{widget_prefix}_{field}`` (``widget_prefix``: ``name`` if not given)."""

    def __init__(
        self, name: str, codec: PageCodec | Callable[[], PageCodec], widget_prefix: str = ""
    ):
        self.name = name
        self.widget_prefix = widget_prefix or name  # a control's key: "{prefix}_{field}"
        self._codec = codec
        self.session_key = f"_state_{name}"
        self.rejected_key = f"_state_{name}_rejected"
        _REGISTRY[name] = self

    @property
    def codec(self) -> PageCodec:
        return self._codec() if callable(self._codec) else self._codec

    def widget_key(self, field: str) -> str:
        return f"{self.widget_prefix}_{field}"

    # --- read -------------------------------------------------------------------------------
    def params(self) -> Any:
        """The parameters in force: the session's, or the URL's on a session's first run and
        when Back or Forward brings a URL holding some of this page's keys."""
        held = st.session_state.get(self.session_key)
        if held is not None and not _history_navigation():
            return held  # the usual run: the codec (built per call for some pages) not needed
        codec = self.codec
        from_url = held is not None and any(k in st.query_params for k in codec.keys)
        if held is None or from_url:
            params, rejected = codec.from_query(_query())
            st.session_state[self.session_key] = params
            st.session_state[self.rejected_key] = rejected
        return st.session_state[self.session_key]

    def rejected(self) -> list[str]:
        """The URL keys whose values were rejected (shown once per such link)."""
        self.params()
        return list(st.session_state.get(self.rejected_key, []))

    def reject(self, field: str, key: str, fallback: Any = None) -> Any:
        """The value of ``field`` (from URL key ``key``) is unknown to the data in use: back to
        ``fallback`` (None: its default), with a notice naming ``key``. Returns the
        parameters in force."""
        value = getattr(self.codec.default(), field) if fallback is None else fallback
        params = replace(self.params(), **{field: value})
        st.session_state[self.session_key] = params
        st.session_state[self.rejected_key] = [*self.rejected(), key]
        return params

    # --- change -------------------------------------------------------------------------------
    def set(self, params: Any) -> None:
        """Make ``params`` those in force (in callbacks too); the URL follows at the end of
        the run or fragment (:func:`sync_url`)."""
        st.session_state[self.session_key] = params
        st.session_state[self.rejected_key] = []

    def reset(self) -> None:
        self.set(self.codec.default())

    def _changed(self, field: str, valid: Callable[[Any], bool], fold) -> None:
        value = st.session_state.get(self.widget_key(field))
        if not valid(value):
            return  # a label from before a language switch, not an option: nothing moved
        params = self.params()
        self.set(fold(params, value) if fold else replace(params, **{field: value}))

    # --- draw -------------------------------------------------------------------------------
    def control(
        self,
        widget: Callable,
        field: str,
        label: str,
        *,
        value: Any = None,
        fold: Callable[[Any, Any], Any] | None = None,
        **kwargs,
    ) -> Any:
        """Draw ``widget(label, key=…, **kwargs)`` showing the parameter ``field`` (or
        ``value``, what the widget holds for it), folding a change into the parameters
        (``fold(params, value)``, or the value as the field's). Returns the value shown."""
        key = self.widget_key(field)
        shown = getattr(self.params(), field) if value is None else value
        st.session_state[key] = shown
        options = kwargs.get("options")

        def valid(v) -> bool:
            if options is None:
                return True
            values = v if isinstance(v, (list, tuple)) else [v]
            return all(x in options for x in values)

        widget(label, key=key, on_change=self._changed, args=(field, valid, fold), **kwargs)
        return shown

    def tabs(self, ids: Sequence[str], labels: Sequence[str], field: str = "section") -> dict:
        """``st.tabs`` showing the section ``field`` (one of ``ids``): only the open tab's
        content needs drawing (test ``.open``). Returns the tab containers by id."""
        key = self.widget_key(field)
        by_label = dict(zip(labels, ids))
        current = getattr(self.params(), field)
        st.session_state[key] = labels[list(ids).index(current)] if current in ids else labels[0]

        def fold(params, label):
            return replace(params, **{field: by_label[label]})

        tabs = st.tabs(
            list(labels),
            key=key,
            on_change=self._changed,
            args=(field, lambda v: v in by_label, fold),
        )
        return dict(zip(ids, tabs))


def hold(states: Sequence[PageState]) -> None:
    """The page about to run holds ``states`` (``app.py``, from ``ui.nav``)."""
    st.session_state[PAGE_STATES_KEY] = tuple(state.name for state in states)


def sync_url() -> None:
    """The URL says the language, the presentation view and the parameters of the states the
    page holds (:func:`hold`), in one update, only when it differs. Called at the end of a
    run (``app.py``) and of a fragment's run (:func:`fragment`): a write from a control's
    callback would reach the browser a run late. Keys of other pages are left alone."""
    lang = st.session_state.get(LANG_KEY, i18n.DEFAULT_LANG)
    present = bool(st.session_state.get(PRESENT_KEY))
    states = [_REGISTRY[name] for name in st.session_state.get(PAGE_STATES_KEY, ())]
    said = (lang, present, tuple((state.name, state.params()) for state in states))
    held = st.session_state.get(URL_SAID_KEY)
    if held is not None and held[0] == said:  # encoded already (the start of this run, or
        wanted, owned = held[1], held[2]  # the last): only the URL in force is compared
    else:
        wanted: dict[str, str] = {}
        if lang != i18n.DEFAULT_LANG:
            wanted[LANG_KEY] = lang
        if present:
            wanted[PRESENT_KEY] = "1"
        owned = {LANG_KEY, PRESENT_KEY}
        for state in states:
            codec = state.codec
            wanted.update(codec.to_query(state.params()))
            owned.update(codec.keys)
        st.session_state[URL_SAID_KEY] = (said, wanted, owned)
    write_url(wanted, owned)


def _fragment_rerun() -> bool:
    """True when this run is a fragment's alone (a control inside it moved)."""
    return bool(getattr(get_script_run_ctx(), "fragment_ids_this_run", None))


def fragment(func: Callable) -> Callable:
    """``st.fragment`` whose run alone ends by writing the URL (:func:`sync_url`): a control
    in a fragment reruns only the fragment, never the end of ``app.py`` (in a full run,
    ``app.py`` writes it once at the end)."""

    @functools.wraps(func)
    def run(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        finally:
            if _fragment_rerun():
                sync_url()

    return st.fragment(run)


def url_notices(state: PageState) -> None:
    """A visible warning per value of the link that was not taken, naming its URL key."""
    lang = st.session_state.get(LANG_KEY, i18n.DEFAULT_LANG)
    for key in state.rejected():
        st.warning(i18n.t("url_value_rejected", lang, param=key), icon=":material/warning:")


def _fold_toggled(key: str) -> None:
    st.session_state[f"{key}_open"] = bool(st.session_state[key])


def kept_fold(label: str, *, key: str, icon: str | None = None):
    """A folded ``st.expander`` whose content is drawn only while it is unfolded (test
    ``.open``: Streamlit's lazy expander), and which stays unfolded when its label changes
    (a label that says the values inside, or another language): Streamlit takes a new label
    for a new fold and would start it folded, so whether it is unfolded is kept apart, in
    ``{key}_open``."""
    st.session_state[key] = st.session_state.get(f"{key}_open", False)
    return st.expander(label, key=key, icon=icon, on_change=_fold_toggled, args=(key,))
