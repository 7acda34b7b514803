"""What the scenario's controls mean, plain Python (the page draws them: ``ui.scenario``):
each rate's range, the horizons a baseline allows, a scenario fitted into them, and how a
control's new value changes the scenario in force (a preset applies its rates; a rate moved by
hand makes the scenario custom; a new reading keeps the numbers, and the preset's name only
while they are still its rates in that reading)."""

from __future__ import annotations

from dataclasses import replace

from gnbv import url_state as us
from gnbv.scenario import RATE_FIELDS, ScenarioParams
from gnbv.scenario_presets import RATE_DECIMALS, Presets

RATE_RANGES = {
    "other_communes_rate": us.RATE_RANGE,
    "poor_commune_rate": us.RATE_RANGE,
    "near_poor_rate": us.NEAR_POOR_RATE_RANGE,
    "ethnic_minority_rate": us.RATE_RANGE,
}


def horizon_range(baseline_year: int) -> tuple[int, int]:
    """The horizons a scenario can have from ``baseline_year``: at least one year past it (a
    projection of zero years shows nothing), at most the last the URL allows, or that first
    one when the baseline is later."""
    first = baseline_year + 1
    return first, max(us.HORIZON_RANGE[1], first)


def fit(params: ScenarioParams, baseline_year: int) -> ScenarioParams:
    """``params`` within the controls' ranges: the horizon within
    :func:`horizon_range`, the rates within :data:`RATE_RANGES`."""
    first, last = horizon_range(baseline_year)
    values: dict[str, object] = {"horizon": min(max(int(params.horizon), first), last)}
    for name, (low, high) in RATE_RANGES.items():
        values[name] = min(max(float(getattr(params, name)), low), high)
    return replace(params, **values)


def with_control(
    params: ScenarioParams, name: str, value: object, presets: Presets
) -> ScenarioParams:
    """The scenario after its control ``name`` (a field of :class:`ScenarioParams`) moved to
    ``value``: a preset applies its rates (``Presets.apply``); a rate moved by hand is
    rounded to the sliders' step and makes the scenario custom; a new reading keeps the
    numbers, and the preset only while they are still its rates in that reading (else
    "custom": ``Presets.label``); any other field takes the value."""
    if name == "preset":
        return presets.apply(params, value)
    if name in RATE_FIELDS:
        return replace(params, **{name: round(float(value), RATE_DECIMALS)}, preset="custom")
    if name == "reading":
        return presets.label(replace(params, reading=value))
    return replace(params, **{name: value})
