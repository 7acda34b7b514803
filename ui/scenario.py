"""The scenario in force, shared by the pages (``ui.page_states.SCENARIO``, held by
``ui.state.PageState``: URL → session → controls, and back), and its controls. A control's
change is folded into the scenario by the rules of presets and readings (:func:`_fold`)."""

from __future__ import annotations

import streamlit as st

from gnbv import cache, fmt
from gnbv import url_state as us
from gnbv.i18n import TextKeys, t
from gnbv.scenario import (
    PARAMETER_TEXT_KEYS,
    POOR_COMMUNE_RULE_TEXT_KEYS,
    POOR_COMMUNE_RULES,
    PRESET_TEXT_KEYS,
    PRESETS,
    RATE_FIELDS,
    RATE_HELP_TEXT_KEYS,
    READING_IN_FORCE_TEXT_KEYS,
    READING_TEXT_KEYS,
    READINGS,
    ScenarioParams,
)
from gnbv.scenario_controls import RATE_RANGES, horizon_range, with_control
from gnbv.scenario_presets import Presets
from gnbv.settings import load_config
from gnbv.views import scenario as view
from ui import state
from ui.common import flash, lang, tr
from ui.page_states import SCENARIO

_SHOWN_KEY = "_scn_shown"  # the fitted scenario the controls show, during a run
SETTINGS_KEY = "scn_settings"  # the fold with the reading, the rules and the horizon
SETTINGS_OPEN_KEY = f"{SETTINGS_KEY}_open"  # whether it is unfolded (ui.state.kept_fold)
CHOICES = {"preset": PRESETS, "reading": READINGS, "poor_commune_rule": POOR_COMMUNE_RULES}


def presets() -> Presets:
    return cache.scenario_presets(str(load_config().data_dir))


def current_params() -> ScenarioParams:
    """The scenario in force (``ui.page_states.SCENARIO``)."""
    return SCENARIO.params()


def default_text(field: str) -> str:
    """The default of a scenario value, as the page shows it."""
    return view.field_text(field, getattr(presets().opening(), field), lang())


def field_notices(keys) -> list[str]:
    """'“r” (label) → default' for each URL key."""
    out = []
    for key in keys:
        field = us.FIELD_BY_KEY[key].field
        out.append(f"“{key}” ({tr(PARAMETER_TEXT_KEYS[field])}) → {default_text(field)}")
    return out


def url_notices() -> None:
    """A visible warning per URL value that was rejected, naming the parameter."""
    for key in SCENARIO.rejected():
        field = us.FIELD_BY_KEY[key].field
        st.warning(
            tr(
                "scn_url_invalid",
                param=key,
                label=tr(PARAMETER_TEXT_KEYS[field]),
                default=default_text(field),
            ),
            icon=":material/warning:",
        )


def set_params(params: ScenarioParams) -> None:
    """Make ``params`` the scenario in force (use in callbacks); the controls follow."""
    SCENARIO.set(params)


# --- the controls --------------------------------------------------------------------------


def _reading_changed(before: ScenarioParams, after: ScenarioParams) -> None:
    rates = ", ".join(fmt.rate(getattr(after, f), after.reading, lang()) for f in RATE_FIELDS)
    flash(
        "info",
        tr(
            "scn_reading_changed",
            rates=rates,
            meaning=tr(READING_IN_FORCE_TEXT_KEYS[after.reading]),
        ),
    )
    if after.preset != before.preset:
        flash("info", tr("scn_reading_changed_custom", preset=tr(PRESET_TEXT_KEYS[before.preset])))


def _fold(name: str):
    """How a move of the control of ``name`` changes the scenario in force
    (gnbv.scenario_controls.with_control)."""

    def fold(params: ScenarioParams, value) -> ScenarioParams:
        new = with_control(params, name, value, presets())
        if name == "reading":
            _reading_changed(params, new)
        return new

    return fold


def _reset() -> None:
    SCENARIO.reset()


def _labels(keys: TextKeys, lg: str):
    """The options' labels in ``lg``, bound now (AppTest calls a widget's format_func after
    the run, where there is no session to read the language from)."""
    return lambda value: t(keys[value], lg)


def _control(widget, name: str, label: str, **kwargs):
    """The control of the scenario's field ``name``, showing the fitted scenario's value
    (:func:`controls`) and folding a move into the scenario (:func:`_fold`)."""
    value = getattr(st.session_state[_SHOWN_KEY], name)
    return SCENARIO.control(widget, name, label, value=value, fold=_fold(name), **kwargs)


def _preset(lg: str) -> None:
    _control(
        st.segmented_control,
        "preset",
        t("scn_preset", lg),
        options=list(PRESETS),
        format_func=_labels(PRESET_TEXT_KEYS, lg),
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
        help=t(RATE_HELP_TEXT_KEYS[name], lg),
    )


def _rules(params: ScenarioParams, labels: dict[str, str], lg: str) -> None:
    _control(
        st.radio,
        "reading",
        t("scn_reading", lg),
        options=list(READINGS),
        format_func=_labels(READING_TEXT_KEYS, lg),
        help=t("scn_reading_help", lg),
    )
    _control(
        st.radio,
        "poor_commune_rule",
        t("scn_poor_commune_rule", lg),
        options=list(POOR_COMMUNE_RULES),
        format_func=_labels(POOR_COMMUNE_RULE_TEXT_KEYS, lg),
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
    first, last = horizon_range(baseline_year)
    _control(
        st.slider,
        "horizon",
        labels["horizon"],
        min_value=first,
        max_value=last,
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
    fitted to ``baseline_year``: gnbv.scenario_controls.fit); ``labels``: the sliders' labels
    (gnbv.views.scenario.control_labels)."""
    st.session_state[_SHOWN_KEY] = params  # what the controls show (ui.state.PageState)
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
