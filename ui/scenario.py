"""The scenario in force, shared by the pages: read from the URL once, kept in the session,
written back to the URL on every run (a copied link reopens the same scenario)."""

from __future__ import annotations

from dataclasses import fields, replace

import streamlit as st

from gnbv import fmt
from gnbv import url_state as us
from gnbv.scenario import POOR_COMMUNE_RULES, READINGS, ScenarioParams
from ui.common import lang, tr

SESSION_KEY = "scenario_params"
NOTICES_KEY = "scenario_url_notices"
WIDGET_PREFIX = "scn_"
FIELD_NAMES = tuple(f.name for f in fields(ScenarioParams))


def _query() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def sync_url(params: ScenarioParams) -> None:
    """Write the scenario's non-default values into the URL and drop the others."""
    wanted = us.params_to_query(params)
    for key in us.URL_KEYS:
        if key in wanted:
            if st.query_params.get(key) != wanted[key] or len(st.query_params.get_all(key)) > 1:
                st.query_params[key] = wanted[key]
        elif key in st.query_params:
            del st.query_params[key]


def current_params(sync: bool = True) -> ScenarioParams:
    """The scenario in force, without drawing any widget: the session's (set by the scenario
    page), or on the first run of a session the URL's (invalid values → defaults; the keys
    are kept in ``st.session_state[NOTICES_KEY]``). Re-writes the URL unless ``sync`` is
    False, so the scenario survives page switches."""
    if SESSION_KEY not in st.session_state:
        params, rejected = us.params_from_query(_query())
        st.session_state[SESSION_KEY] = params
        st.session_state[NOTICES_KEY] = rejected
    params = st.session_state[SESSION_KEY]
    if sync:
        sync_url(params)
    return params


def url_notices() -> None:
    """A visible warning per URL value that was rejected, naming the parameter."""
    current_params(sync=False)
    for key in st.session_state.get(NOTICES_KEY, []):
        spec = us.FIELD_BY_KEY[key]
        st.warning(
            tr("scn_url_invalid", param=key, label=tr(f"scn_{spec.field}"), default=_default(spec)),
            icon=":material/warning:",
        )


def _default(spec: us.UrlField) -> str:
    value = getattr(us.DEFAULTS, spec.field)
    if spec.kind == "choice":
        return tr(f"scn_{spec.field}_{value}")
    if spec.kind == "int":
        return str(value)
    if spec.field in ("household_growth_pct", "poor_commune_threshold_pct"):
        return fmt.percent(value, lang(), 0)
    return fmt.compact(value, lang())


# --- the slider block ----------------------------------------------------------------------


def _steps(low: float, high: float, step: float) -> list[float]:
    n = round((high - low) / step)
    decimals = 1 if step < 1 else 0
    return [round(low + i * step, decimals) for i in range(n + 1)]


RATE_OPTIONS = _steps(*us.RATE_RANGE, us.RATE_STEP)
NEAR_POOR_OPTIONS = _steps(*us.NEAR_POOR_RATE_RANGE, us.RATE_STEP)
GROWTH_OPTIONS = _steps(*us.GROWTH_RANGE, us.GROWTH_STEP)
THRESHOLD_OPTIONS = _steps(*us.THRESHOLD_RANGE, us.THRESHOLD_STEP)
OPTIONS = {
    "district_rate": RATE_OPTIONS,
    "poor_commune_rate": RATE_OPTIONS,
    "near_poor_rate": NEAR_POOR_OPTIONS,
    "ethnic_minority_rate": RATE_OPTIONS,
    "household_growth_pct": GROWTH_OPTIONS,
    "poor_commune_threshold_pct": THRESHOLD_OPTIONS,
}


def _snap(value, options):
    return min(options, key=lambda o: abs(o - value))


def _widget_values(params: ScenarioParams, baseline_year: int) -> dict[str, object]:
    values = {}
    for name in FIELD_NAMES:
        value = getattr(params, name)
        if name in OPTIONS:
            value = _snap(value, OPTIONS[name])
        elif name == "horizon":
            # At least one year past the baseline: a projection of zero years shows nothing.
            value = min(
                max(int(value), baseline_year + 1), max(us.HORIZON_RANGE[1], baseline_year + 1)
            )
        values[name] = value
    return values


def set_params(params: ScenarioParams, baseline_year: int) -> None:
    """Make ``params`` the scenario in force and move the widgets to it (use in callbacks)."""
    st.session_state[SESSION_KEY] = params
    for name, value in _widget_values(params, baseline_year).items():
        st.session_state[WIDGET_PREFIX + name] = value


def _reset(baseline_year: int) -> None:
    set_params(ScenarioParams(), baseline_year)
    st.session_state[NOTICES_KEY] = []


def controls(baseline_year: int, read_only: bool = False) -> ScenarioParams:
    """The grouped sliders (plan defaults), the reading, the rules, the horizon and a reset
    button. Returns the scenario in force and keeps the session and the URL in sync."""
    params = current_params(sync=False)
    for name, value in _widget_values(params, baseline_year).items():
        st.session_state.setdefault(WIDGET_PREFIX + name, value)
    lg = lang()
    in_points = st.session_state[WIDGET_PREFIX + "reading"] == "points"
    rate_fmt = (lambda v: fmt.points(v, lg)) if in_points else (lambda v: fmt.percent(v, lg))
    pct_fmt = lambda v: fmt.percent(v, lg, 0)  # noqa: E731
    growth_fmt = lambda v: fmt.percent(v, lg, 1)  # noqa: E731

    with st.container(border=True):
        rates, rules, people = st.columns(3)
        with rates:
            st.markdown(f"**{tr('scn_group_rates')}**")
            for name in RATE_FIELDS_ORDER:
                st.select_slider(
                    tr(f"scn_{name}"),
                    options=OPTIONS[name],
                    format_func=rate_fmt,
                    key=WIDGET_PREFIX + name,
                    help=tr(f"scn_{name}_help"),
                )
        with rules:
            st.markdown(f"**{tr('scn_group_rules')}**")
            st.radio(
                tr("scn_reading"),
                options=list(READINGS),
                format_func=lambda v: tr(f"scn_reading_{v}"),
                key=WIDGET_PREFIX + "reading",
                help=tr("scn_reading_help"),
            )
            st.radio(
                tr("scn_poor_commune_rule"),
                options=list(POOR_COMMUNE_RULES),
                format_func=lambda v: tr(f"scn_poor_commune_rule_{v}"),
                key=WIDGET_PREFIX + "poor_commune_rule",
            )
            st.select_slider(
                tr("scn_poor_commune_threshold_pct"),
                options=THRESHOLD_OPTIONS,
                format_func=pct_fmt,
                key=WIDGET_PREFIX + "poor_commune_threshold_pct",
                disabled=st.session_state[WIDGET_PREFIX + "poor_commune_rule"] != "threshold",
            )
        with people:
            st.markdown(f"**{tr('scn_group_people')}**")
            st.select_slider(
                tr("scn_household_growth_pct"),
                options=GROWTH_OPTIONS,
                format_func=growth_fmt,
                key=WIDGET_PREFIX + "household_growth_pct",
            )
            st.slider(
                tr("scn_horizon"),
                min_value=baseline_year + 1,
                max_value=max(us.HORIZON_RANGE[1], baseline_year + 1),
                step=1,
                key=WIDGET_PREFIX + "horizon",
            )
            st.button(
                tr("scn_reset"),
                icon=":material/restart_alt:",
                on_click=_reset,
                key="scn_reset",
                args=(baseline_year,),
                help=tr("scn_reset_help"),
            )
    values = {name: st.session_state[WIDGET_PREFIX + name] for name in FIELD_NAMES}
    new = replace(params, **values)
    if new != params:
        st.session_state[NOTICES_KEY] = []
    st.session_state[SESSION_KEY] = new
    sync_url(new)
    return new


RATE_FIELDS_ORDER = ("district_rate", "poor_commune_rate", "near_poor_rate", "ethnic_minority_rate")
