"""The allocation in force (funds, floor and cap, coefficients: ``ui.page_states.ALLOCATION``,
held by ``ui.state.PageState``: URL → session → controls, and back), drawn as its controls."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from gnbv import allocation as al
from gnbv import url_state as us
from gnbv.allocation_controls import source_or_fallback
from gnbv.i18n import TextKeys, t
from gnbv.views import allocation as alv
from ui.common import lang, tr
from ui.page_states import ALLOCATION
from ui.state import kept_fold

PENDING_KEY = "alc_pending_coefficients"  # set by an upload, applied before the controls
COEFFICIENTS_KEY = "alc_coefficients"  # their fold (ui.state.kept_fold)


def current() -> al.AllocationParams:
    """The allocation in force (``ui.page_states.ALLOCATION``)."""
    return ALLOCATION.params()


def set_params(params: al.AllocationParams) -> None:
    """Make ``params`` the allocation in force; the controls follow (callbacks)."""
    ALLOCATION.set(params)


def set_coefficients(coefficients: al.Coefficients) -> None:
    """Make ``coefficients`` those in force; the controls follow (callbacks)."""
    set_params(replace(current(), coefficients=coefficients))


def queue_coefficients(coefficients: al.Coefficients) -> None:
    """Coefficients to put in force on the next run, before the controls are drawn (from
    the body of a run, where the controls already exist and cannot be moved)."""
    st.session_state[PENDING_KEY] = coefficients


def url_notices() -> None:
    """A visible warning per URL value that was rejected, naming the parameter."""
    for key in ALLOCATION.rejected():
        field = us.ALLOCATION_FIELD_BY_KEY[key].field
        st.warning(
            tr("alc_url_invalid", param=key, label=tr(al.PARAMETER_TEXT_KEYS[field])),
            icon=":material/warning:",
        )


def check_source(options: list[str]) -> None:
    """A project of the URL that the data in use does not have: back to the default, with a
    notice naming the parameter (call before :func:`url_notices`; ``options``: the funds
    choices, ``gnbv.views.allocation.AllocationPage.funds_options``)."""
    params = current()
    if params.source not in options:
        ALLOCATION.reject("source", "af", source_or_fallback(params.source, options))


def controls(options: list[str], labels: dict[str, str]) -> al.AllocationParams:
    """The funds (``options``; ``labels``: each as shown), and folded under a line that says
    them, the floor, the cap and the coefficients. Returns the allocation in force, kept in
    the session and the URL."""
    check_source(options)
    pending = st.session_state.pop(PENDING_KEY, None)
    if pending is not None:
        set_coefficients(pending)
    params = current()
    lg = lang()  # read once: some thirty labels and helps
    _source_controls(params, labels, options, lg)
    # The floor, the cap and the nine coefficients under a fold that says them, drawn only
    # when unfolded (eleven inputs were a third of the page's cost on every run).
    fold = kept_fold(
        alv.controls_label(params.floor, params.cap, params.coefficients, lg),
        key=COEFFICIENTS_KEY,
        icon=":material/tune:",
    )
    if fold.open:
        with fold:
            row = st.container(horizontal=True)
            for name, step in (("floor", 10), ("cap", 10)):
                _amount_input(row, name, step, lg)
            _coefficient_controls(params.coefficients, lg)
    return params


# The amount, floor and cap inputs.
AMOUNT_TEXT_KEYS: TextKeys = {
    "amount": "alc_amount",
    "floor": "alc_floor",
    "cap": "alc_cap",
}
AMOUNT_HELP_TEXT_KEYS: TextKeys = {
    "amount": "alc_amount_help",
    "floor": "alc_floor_help",
    "cap": "alc_cap_help",
}


def _amount_input(container, name: str, step: int, lg: str) -> None:
    """The amount, the floor or the cap (million VND)."""
    low, high = us.AMOUNT_RANGE
    ALLOCATION.control(
        container.number_input,
        name,
        t(AMOUNT_TEXT_KEYS[name], lg),
        min_value=low,
        max_value=high,
        step=step,
        placeholder=t("alc_cap_none", lg) if name == "cap" else None,
        help=t(AMOUNT_HELP_TEXT_KEYS[name], lg),
    )


def _source_controls(
    params: al.AllocationParams, labels: dict[str, str], options: list[str], lg: str
) -> None:
    """The funds to allocate, and the amount beside them when it is typed in."""
    row = st.container(horizontal=True)
    ALLOCATION.control(
        row.selectbox, "source", t("alc_source", lg), options=options, format_func=labels.get
    )
    if params.source == al.CUSTOM:
        _amount_input(row, "amount", 100, lg)


def _reset() -> None:
    set_coefficients(al.NEUTRAL)


def _coefficient(name: str):
    """How a move of the coefficient ``name``'s control changes the allocation."""

    def fold(params: al.AllocationParams, value) -> al.AllocationParams:
        coefficients = replace(params.coefficients, **{name: float(value)})
        return replace(params, coefficients=coefficients)

    return fold


def _coefficient_controls(coefficients: al.Coefficients, lg: str) -> None:
    low, high = us.COEFFICIENT_RANGE
    for i, name in enumerate(al.COEFFICIENT_KEYS):
        if i % 3 == 0:  # a row of three, in reading order on a phone (one block, where
            row = st.container(horizontal=True)  # three columns were four)
        ALLOCATION.control(
            row.number_input,
            f"k_{name}",
            t(al.COEFFICIENT_TEXT_KEYS[name], lg),
            value=float(getattr(coefficients, name)),
            fold=_coefficient(name),
            min_value=low,
            max_value=high,
            step=0.1,
            format="%g",
            help=t(al.COEFFICIENT_HELP_TEXT_KEYS[name], lg),
        )
    st.button(
        t("alc_reset", lg),
        icon=":material/restart_alt:",
        on_click=_reset,
        key="alc_reset",
        help=t("alc_reset_help", lg),
    )


# --- the criteria in use ------------------------------------------------------------------------

UPLOADED_CRITERIA_KEY = "uploaded_allocation_criteria"  # Versioned(SuppliedCriteria)
