"""Widget values that survive a language switch (and a visit to another page).

Streamlit keeps the value of a choice widget (selectbox, radio, segmented control,
multiselect, select slider, tabs) as the *label* of the chosen option. When the labels change
with the language, the label the browser sends back matches no option any more, and the
widget falls back to its default: a language switch would silently reset the widget. So each
widget drawn through :func:`keep` remembers its value (the option itself, not its label) and
the language it was drawn in; drawn again in another language, or again after Streamlit
dropped it (the visitor was on another page), it is given that value back before it is
drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from ui.common import lang

KEPT_KEY = "_kept_widget_values"  # widget key -> (language it was last drawn in, value)


def _valid(value, options: Sequence | None) -> bool:
    if options is None:
        return True
    if value is None:
        return False
    values = value if isinstance(value, (list, tuple)) else [value]
    return all(v in options for v in values)


def restore(key: str, options: Sequence | None = None, label_of: Callable | None = None) -> None:
    """Before drawing the widget ``key``: if it was last drawn in another language, or
    Streamlit has dropped it since, set it back to the value it had (``label_of`` turns a
    remembered value into what the widget holds, e.g. a tab's label). A remembered value no
    longer among ``options`` is dropped."""
    kept = st.session_state.get(KEPT_KEY, {}).get(key)
    if kept is None or (kept[0] == lang() and key in st.session_state):
        return  # same language, widget still alive: its own value stands
    # Read before the widget is drawn, the browser's value is still understood in the
    # language of the last run: a choice made just before the switch wins over the kept one.
    current = st.session_state.get(key)
    value = current if options is not None and _valid(current, options) else kept[1]
    if _valid(value, options):
        st.session_state[key] = label_of(value) if label_of else value


def remember(key: str, value) -> None:
    """After drawing the widget ``key``: remember its value in the language in force."""
    st.session_state.setdefault(KEPT_KEY, {})[key] = (lang(), value)


def keep(widget: Callable, label: str, *, key: str, options: Sequence | None = None, **kwargs):
    """Draw ``widget(label, options=options, key=key, **kwargs)`` so that its value survives
    a language switch; returns the widget's value."""
    restore(key, options)
    if options is not None:
        kwargs["options"] = options
    value = widget(label, key=key, **kwargs)
    remember(key, value)
    return value


def kept_tabs(ids: Sequence[str], labels: Sequence[str], *, key: str) -> dict:
    """``st.tabs`` that reruns the page when a tab is chosen (only the open tab's content
    needs drawing: test ``.open``) and keeps the open tab across a language switch. Returns
    the tab containers by id."""
    label_of = dict(zip(ids, labels)).get
    restore(key, ids, label_of)
    tabs = st.tabs(list(labels), key=key, on_change="rerun")
    by_id = dict(zip(ids, tabs))
    remember(key, next((i for i, tab in by_id.items() if tab.open), ids[0]))
    return by_id


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
