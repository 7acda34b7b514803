"""The scenario in force, shared by the pages: read from the URL once, kept in the session,
written back to the URL on every run (a copied link reopens the same scenario).

The session's scenario (``st.session_state[SESSION_KEY]``) is the one truth. Each control
folds its change into it in its ``on_change`` callback (which runs before the page), and every
run sets each control from it before drawing it. So nothing a control loses on its own (a
language or reading switch relabels its options; a page switch drops its state) can change
the scenario, and the controls always show the scenario in force. The browser's back and
forward buttons bring back the scenario of the URL they return to.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from gnbv import cache, fmt
from gnbv import scenario_view as view
from gnbv import url_state as us
from gnbv.i18n import t
from gnbv.scenario import POOR_COMMUNE_RULES, PRESETS, RATE_FIELDS, READINGS, ScenarioParams
from gnbv.scenario_presets import Presets
from gnbv.settings import load_config
from ui import state
from ui.common import flash, lang, tr

SESSION_KEY = "scenario_params"
NOTICES_KEY = "scenario_url_notices"
WIDGET_PREFIX = "scn_"
SETTINGS_KEY = "scn_settings"  # the fold with the reading, the rules and the horizon
SETTINGS_OPEN_KEY = f"{SETTINGS_KEY}_open"  # whether it is unfolded (ui.state.kept_fold)
CHOICES = {"preset": PRESETS, "reading": READINGS, "poor_commune_rule": POOR_COMMUNE_RULES}
RATE_RANGES = {
    "district_rate": us.RATE_RANGE,
    "poor_commune_rate": us.RATE_RANGE,
    "near_poor_rate": us.NEAR_POOR_RATE_RANGE,
    "ethnic_minority_rate": us.RATE_RANGE,
}


def presets() -> Presets:
    return cache.scenario_presets(str(load_config().data_dir))


def _query() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def _history_navigation() -> bool:
    """True when this run comes from the browser's back or forward button. (Streamlit 1.67
    tells its script run context; there is no public API for it.)"""
    return bool(getattr(get_script_run_ctx(), "is_history_navigation", False))


def sync_url(params: ScenarioParams) -> None:
    """Write the scenario into the URL (nothing for the opening scenario), other keys kept,
    in one update: one browser history entry per change of scenario, so the back button
    never lands on a half-written scenario."""
    wanted = us.params_to_query(params, presets())
    current = _query()
    new = {k: v for k, v in current.items() if k not in us.URL_KEYS}
    new.update({k: [v] for k, v in wanted.items()})
    if new != current:
        st.query_params.from_dict(new)


def current_params(sync: bool = True) -> ScenarioParams:
    """The scenario in force, without drawing any widget: the session's, or the URL's on
    the first run of a session and when the back or forward button brings a URL holding a
    scenario (invalid values → defaults; their keys are kept in
    ``st.session_state[NOTICES_KEY]``). Re-writes the URL unless ``sync`` is False, so the
    scenario survives page switches."""
    from_url = _history_navigation() and any(k in st.query_params for k in us.URL_KEYS)
    if SESSION_KEY not in st.session_state or from_url:
        params, rejected = us.params_from_query(_query(), presets())
        st.session_state[SESSION_KEY] = params
        st.session_state[NOTICES_KEY] = rejected
    params = st.session_state[SESSION_KEY]
    if sync:
        sync_url(params)
    return params


def default_text(field: str) -> str:
    """The default of a scenario value, as the page shows it."""
    spec = us.FIELD_BY_KEY[us.KEY_BY_FIELD[field]]
    value = getattr(presets().opening(), field)
    if spec.kind == "choice":
        return tr(f"scn_{field}_{value}")
    if spec.kind == "int":
        return str(value)
    if field in ("household_growth_pct", "poor_commune_threshold_pct"):
        return fmt.percent(value, lang(), 0)
    return fmt.compact(value, lang(), 2)


def field_notices(keys) -> list[str]:
    """'“r” (label) → default' for each URL key."""
    out = []
    for key in keys:
        field = us.FIELD_BY_KEY[key].field
        out.append(f"“{key}” ({tr(f'scn_{field}')}) → {default_text(field)}")
    return out


def url_notices() -> None:
    """A visible warning per URL value that was rejected, naming the parameter."""
    current_params(sync=False)
    for key in st.session_state.get(NOTICES_KEY, []):
        field = us.FIELD_BY_KEY[key].field
        st.warning(
            tr("scn_url_invalid", param=key, label=tr(f"scn_{field}"), default=default_text(field)),
            icon=":material/warning:",
        )


def set_params(params: ScenarioParams) -> None:
    """Make ``params`` the scenario in force (use in callbacks); the controls follow."""
    st.session_state[SESSION_KEY] = params
    st.session_state[NOTICES_KEY] = []


# --- the controls --------------------------------------------------------------------------


def _reading_changed(before: ScenarioParams, after: ScenarioParams) -> None:
    rates = ", ".join(view.rate_text(getattr(after, f), after.reading, lang()) for f in RATE_FIELDS)
    flash(
        "info",
        tr("scn_reading_changed", rates=rates, meaning=tr(f"scn_reading_in_force_{after.reading}")),
    )
    if after.preset != before.preset:
        flash("info", tr("scn_reading_changed_custom", preset=tr(f"scn_preset_{before.preset}")))


def _changed(name: str) -> None:
    """A control moved: fold its value into the scenario in force."""
    params = st.session_state[SESSION_KEY]
    value = st.session_state[WIDGET_PREFIX + name]
    if name in CHOICES and value not in CHOICES[name]:
        return  # a label from before a language switch, not a choice: nothing moved
    if name == "preset":
        new = presets().apply(params, value)
    elif name in RATE_FIELDS:
        new = replace(params, **{name: round(float(value), 2)}, preset="custom")
    elif name == "reading":
        new = presets().label(replace(params, reading=value))  # the numbers stay
        _reading_changed(params, new)
    else:
        new = replace(params, **{name: value})
    set_params(new)


def _reset() -> None:
    set_params(presets().opening())


def fit(params: ScenarioParams, baseline_year: int) -> ScenarioParams:
    """``params`` within the controls' ranges: a horizon at least one year past the
    baseline (a projection of zero years shows nothing), rates within their sliders'."""
    last = max(us.HORIZON_RANGE[1], baseline_year + 1)
    values: dict[str, object] = {"horizon": min(max(int(params.horizon), baseline_year + 1), last)}
    for name, (low, high) in RATE_RANGES.items():
        values[name] = min(max(float(getattr(params, name)), low), high)
    return replace(params, **values)


def _widget_values(params: ScenarioParams) -> dict[str, object]:
    """The value each control shows for ``params`` (fitted: :func:`fit`)."""
    return {f.field: getattr(params, f.field) for f in us.URL_FIELDS}


def _labels(prefix: str, lg: str):
    """The options' labels in ``lg``, bound now (AppTest calls a widget's format_func after
    the run, where there is no session to read the language from)."""
    return lambda value: t(f"{prefix}{value}", lg)


def _control(widget, name: str, label: str, **kwargs):
    """The control of the scenario's field ``name``: keyed by it, and folding its value into
    the scenario when it moves (:func:`_changed`)."""
    return widget(label, key=WIDGET_PREFIX + name, on_change=_changed, args=(name,), **kwargs)


def _preset(lg: str) -> None:
    _control(
        st.segmented_control,
        "preset",
        t("scn_preset", lg),
        options=list(PRESETS),
        format_func=_labels("scn_preset_", lg),
        required=True,
        help=t("scn_preset_help", lg),
    )


def _rate_slider(name: str, label: str, lg: str) -> None:
    low, high = RATE_RANGES[name]
    _control(
        st.slider,
        name,
        label,
        min_value=low,
        max_value=high,
        step=us.RATE_STEP,
        format="%.2f",
        help=t(f"scn_{name}_help", lg),
    )


def _rules(params: ScenarioParams, labels: dict[str, str], lg: str) -> None:
    _control(
        st.radio,
        "reading",
        t("scn_reading", lg),
        options=list(READINGS),
        format_func=_labels("scn_reading_", lg),
        help=t("scn_reading_help", lg),
    )
    _control(
        st.radio,
        "poor_commune_rule",
        t("scn_poor_commune_rule", lg),
        options=list(POOR_COMMUNE_RULES),
        format_func=_labels("scn_poor_commune_rule_", lg),
    )
    _control(
        st.slider,
        "poor_commune_threshold_pct",
        labels["poor_commune_threshold_pct"],
        min_value=us.THRESHOLD_RANGE[0],
        max_value=us.THRESHOLD_RANGE[1],
        step=us.THRESHOLD_STEP,
        format="%d%%",
        disabled=params.poor_commune_rule != "threshold",
    )


def _people(labels: dict[str, str], baseline_year: int) -> None:
    _control(
        st.slider,
        "household_growth_pct",
        labels["household_growth_pct"],
        min_value=us.GROWTH_RANGE[0],
        max_value=us.GROWTH_RANGE[1],
        step=us.GROWTH_STEP,
        format="%.1f%%",
    )
    _control(
        st.slider,
        "horizon",
        labels["horizon"],
        min_value=baseline_year + 1,
        max_value=max(us.HORIZON_RANGE[1], baseline_year + 1),
        step=1,
    )


def _settings(params: ScenarioParams, labels: dict[str, str], baseline_year: int, lg: str):
    """The reading, the rules, households and horizon: folded under a line that says them
    all, drawn only when unfolded (kept unfolded across a change of that line)."""
    settings = state.kept_fold(labels["settings"], key=SETTINGS_KEY)
    if settings.open:
        with settings:
            rules, people = st.columns(2)
            with rules:
                _rules(params, labels, lg)
            with people:
                _people(labels, baseline_year)


def controls(params: ScenarioParams, baseline_year: int, labels: dict[str, str]) -> None:
    """The preset, the four rates, the reading and the rules, households and horizon, and
    a reset button, all showing ``params`` (the scenario in force, :func:`current_params`,
    fitted to ``baseline_year``: :func:`fit`); ``labels``: the sliders' labels
    (gnbv.scenario_view.control_labels)."""
    # Every control is set from the scenario on every run, and so sent to the browser with
    # its value. A choice (preset, reading, rule) is held by the browser as its label, which
    # a language switch makes unreadable; a slider redrawn by the browser (seen under load
    # after opening a saved scenario) can show its minimum while the session holds the
    # scenario's value, and would send that minimum back with the next touch of anything.
    for name, value in _widget_values(params).items():
        st.session_state[WIDGET_PREFIX + name] = value
    lg = lang()
    with st.container(border=True, key="scn_controls"):
        _preset(lg)
        left, right = st.columns(2)
        for column, names in ((left, RATE_FIELDS[:2]), (right, RATE_FIELDS[2:])):
            with column:
                for name in names:
                    _rate_slider(name, labels[name], lg)
        _settings(params, labels, baseline_year, lg)
        st.button(
            t("scn_reset", lg),
            icon=":material/restart_alt:",
            on_click=_reset,
            key="scn_reset",
            help=t("scn_reset_help", lg),
        )
    sync_url(params)
