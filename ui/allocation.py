"""The allocation in force (funds, floor and cap, coefficients): read from the URL once, kept
in the session, written back to the URL on every run of the page, drawn as its controls."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from gnbv import allocation as al
from gnbv import url_state as us
from gnbv.allocation_controls import source_or_fallback
from gnbv.i18n import t
from gnbv.views import allocation as alv
from ui.common import lang, sync_query, tr
from ui.state import keep, kept_fold

SESSION_KEY = "alc_params"
PENDING_KEY = "alc_pending_coefficients"  # set by an upload, applied before the controls
NOTICES_KEY = "alc_url_notices"
WIDGET_PREFIX = "alc_"
PLAIN = ("source", "amount", "floor", "cap")
COEFFICIENTS_KEY = "alc_coefficients"  # their fold (ui.state.kept_fold)


def _widget_values(params: al.AllocationParams) -> dict[str, object]:
    values = {name: getattr(params, name) for name in PLAIN}
    values.update({f"k_{n}": float(getattr(params.coefficients, n)) for n in al.COEFFICIENT_KEYS})
    return values


def sync_url(params: al.AllocationParams) -> None:
    """Write the allocation's non-default values into the URL and drop the others."""
    sync_query(us.allocation_to_query(params), us.ALLOCATION_URL_KEYS)


def current() -> al.AllocationParams:
    """The allocation in force without drawing anything: the session's, or on the first run
    of a session the URL's (rejected values → defaults, their keys kept for the notices)."""
    if SESSION_KEY not in st.session_state:
        query = {k: st.query_params.get_all(k) for k in st.query_params}
        params, rejected = us.allocation_from_query(query)
        st.session_state[SESSION_KEY] = params
        st.session_state[NOTICES_KEY] = rejected
    return st.session_state[SESSION_KEY]


def set_params(params: al.AllocationParams) -> None:
    """Make ``params`` the allocation in force and move the controls to it (callbacks)."""
    st.session_state[SESSION_KEY] = params
    for name, value in _widget_values(params).items():
        st.session_state[WIDGET_PREFIX + name] = value


def set_coefficients(coefficients: al.Coefficients) -> None:
    """Make ``coefficients`` those in force and move the controls to them (callbacks)."""
    set_params(replace(current(), coefficients=coefficients))
    st.session_state[NOTICES_KEY] = []


def queue_coefficients(coefficients: al.Coefficients) -> None:
    """Coefficients to put in force on the next run, before the controls are drawn (from
    the body of a run, where the controls already exist and cannot be moved)."""
    st.session_state[PENDING_KEY] = coefficients


def url_notices() -> None:
    """A visible warning per URL value that was rejected, naming the parameter."""
    current()
    for key in st.session_state.get(NOTICES_KEY, []):
        field = us.ALLOCATION_FIELD_BY_KEY[key].field
        st.warning(
            tr("alc_url_invalid", param=key, label=tr(f"alc_k_{field}")),
            icon=":material/warning:",
        )


def check_source(options: list[str]) -> None:
    """A project of the URL that the data in use does not have: back to the default, with a
    notice naming the parameter (call before :func:`url_notices`; ``options``: the funds
    choices, ``gnbv.views.allocation.AllocationPage.funds_options``)."""
    params = current()
    if params.source not in options:
        fallback = source_or_fallback(params.source, options)
        st.session_state[SESSION_KEY] = replace(params, source=fallback)
        st.session_state[WIDGET_PREFIX + "source"] = fallback
        st.session_state[NOTICES_KEY] = [*st.session_state.get(NOTICES_KEY, []), "af"]


def controls(options: list[str], labels: dict[str, str]) -> al.AllocationParams:
    """The funds (``options``; ``labels``: each as shown), and folded under a line that says
    them, the floor, the cap and the coefficients. Returns the allocation in force, kept in
    the session and the URL."""
    check_source(options)
    pending = st.session_state.pop(PENDING_KEY, None)
    if pending is not None:
        set_coefficients(pending)
    params = current()
    # the session's values for the controls not drawn (the coefficients while folded: Streamlit
    # drops an undrawn widget's value) and for those drawn the first time
    for name, value in _widget_values(params).items():
        st.session_state.setdefault(WIDGET_PREFIX + name, value)
    coefficients = al.Coefficients(
        **{n: float(st.session_state[WIDGET_PREFIX + f"k_{n}"]) for n in al.COEFFICIENT_KEYS}
    )
    lg = lang()  # read once: some thirty labels and helps
    _source_controls(labels, options, lg)
    # The floor, the cap and the nine coefficients under a fold that says them, drawn only
    # when unfolded (eleven inputs were a third of the page's cost on every run).
    floor, cap = (st.session_state[WIDGET_PREFIX + name] for name in ("floor", "cap"))
    fold = kept_fold(
        alv.controls_label(floor, cap, coefficients, lg),
        key=COEFFICIENTS_KEY,
        icon=":material/tune:",
    )
    if fold.open:
        with fold:
            row = st.container(horizontal=True)
            for name, step in (("floor", 10), ("cap", 10)):
                _amount_input(row, name, step, lg)
            _coefficient_controls(lg)
    values = {name: st.session_state[WIDGET_PREFIX + name] for name in PLAIN}
    new = al.AllocationParams(**values, coefficients=coefficients)
    if new != params:
        st.session_state[NOTICES_KEY] = []
    st.session_state[SESSION_KEY] = new
    sync_url(new)
    return new


def _amount_input(container, name: str, step: int, lg: str) -> None:
    """The amount, the floor or the cap (million VND)."""
    low, high = us.AMOUNT_RANGE
    container.number_input(
        t(f"alc_{name}", lg),
        min_value=low,
        max_value=high,
        step=step,
        key=WIDGET_PREFIX + name,
        placeholder=t("alc_cap_none", lg) if name == "cap" else None,
        help=t(f"alc_{name}_help", lg),
    )


def _source_controls(labels: dict[str, str], options: list[str], lg: str) -> None:
    """The funds to allocate, and the amount beside them when it is typed in."""
    row = st.container(horizontal=True)
    source = keep(  # its labels change with the language: keep the choice across a switch
        row.selectbox,
        t("alc_source", lg),
        options=options,
        format_func=labels.get,
        key=WIDGET_PREFIX + "source",
    )
    if source == al.CUSTOM:
        _amount_input(row, "amount", 100, lg)


def _reset() -> None:
    set_coefficients(al.NEUTRAL)


def _coefficient_controls(lg: str) -> None:
    low, high = us.COEFFICIENT_RANGE
    for i, name in enumerate(al.COEFFICIENT_KEYS):
        if i % 3 == 0:  # a row of three, in reading order on a phone (one block, where
            row = st.container(horizontal=True)  # three columns were four)
        row.number_input(
            t(f"alc_k_{name}", lg),
            min_value=low,
            max_value=high,
            step=0.1,
            format="%g",
            key=WIDGET_PREFIX + f"k_{name}",
            help=t(f"alc_k_{name}_help", lg),
        )
    st.button(
        t("alc_reset", lg),
        icon=":material/restart_alt:",
        on_click=_reset,
        key="alc_reset",
        help=t("alc_reset_help", lg),
    )


# --- the criteria in use ------------------------------------------------------------------------

UPLOADED_CRITERIA_KEY = "uploaded_allocation_criteria"  # gnbv.allocation.SuppliedCriteria
