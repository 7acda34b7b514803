"""A scenario in the URL: short keys, plain validated values, never pickles or eval.

``params_from_query`` reads untrusted query parameters into :class:`ScenarioParams`; every
value that is malformed or out of range falls back to its default and its key is reported so
the page can say so. ``params_to_query`` writes what differs from the opening scenario (the
published trend, gnbv.scenario_presets), so the opening scenario leaves the URL clean.

Where the rates come from (``preset``, gnbv.scenario_presets):

* no valid scenario key: the opening scenario (the published trend);
* ``preset=plan`` or ``preset=trend``: that preset's rates in the reading given; a link
  written by the app carries no rate key then (the trend follows the data);
* ``preset=custom``, or no ``preset`` with other scenario keys (a link from before presets,
  whose missing rates meant the plan's): the plan's rates, each replaced by its key if given.

The preset is then labelled truthfully: rates that are not the named preset's make it
"custom", and a link without ``preset`` is "plan" (or "trend") when its rates are that
preset's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from gnbv import allocation as alloc
from gnbv.scenario import POOR_COMMUNE_RULES, PRESETS, RATE_FIELDS, READINGS, ScenarioParams

if TYPE_CHECKING:
    from gnbv.scenario_presets import Presets

# Allowed ranges (inclusive) and steps: the page's sliders use the same constants.
RATE_RANGE = (0.0, 30.0)  # district, poor-commune and ethnic-minority yearly rates
NEAR_POOR_RATE_RANGE = (0.0, 10.0)
RATE_STEP = 0.01  # the published trend's 5,67 points is a rate the URL must carry
GROWTH_RANGE = (-5.0, 5.0)  # yearly household growth, %
GROWTH_STEP = 0.1
THRESHOLD_RANGE = (0.0, 100.0)  # poor-commune threshold on the baseline poor rate, %
THRESHOLD_STEP = 1.0
HORIZON_RANGE = (2022, 2035)
MAX_VALUE_LENGTH = 32  # a longer URL value is rejected before parsing


@dataclass(frozen=True)
class UrlField:
    key: str  # short URL key
    field: str  # ScenarioParams field
    kind: str  # "float" | "int" | "choice" | "token"
    bounds: tuple = ()  # (low, high) for numbers
    step: float = 0.0  # values are rounded to this step
    choices: tuple[str, ...] = ()
    pattern: str = ""  # for "token": the whole value must match this regular expression


URL_FIELDS: tuple[UrlField, ...] = (
    UrlField("r", "other_communes_rate", "float", RATE_RANGE, RATE_STEP),
    UrlField("rp", "poor_commune_rate", "float", RATE_RANGE, RATE_STEP),
    UrlField("rn", "near_poor_rate", "float", NEAR_POOR_RATE_RANGE, RATE_STEP),
    UrlField("re", "ethnic_minority_rate", "float", RATE_RANGE, RATE_STEP),
    UrlField("mode", "reading", "choice", choices=READINGS),
    UrlField("g", "household_growth_pct", "float", GROWTH_RANGE, GROWTH_STEP),
    UrlField("pc", "poor_commune_rule", "choice", choices=POOR_COMMUNE_RULES),
    UrlField("pt", "poor_commune_threshold_pct", "float", THRESHOLD_RANGE, THRESHOLD_STEP),
    UrlField("h", "horizon", "int", HORIZON_RANGE, 1),
    UrlField("preset", "preset", "choice", choices=PRESETS),
)
URL_KEYS = tuple(f.key for f in URL_FIELDS)
FIELD_BY_KEY = {f.key: f for f in URL_FIELDS}
KEY_BY_FIELD = {f.field: f.key for f in URL_FIELDS}
DEFAULTS = ScenarioParams()


def _single(value: object) -> str | None:
    """One text value from a query value (Streamlit gives the last of repeated keys)."""
    if isinstance(value, (list, tuple)):
        if not value:
            return None
        value = value[-1]
    if not isinstance(value, str):
        return None
    return value.strip()


def _round_to(value: float, step: float) -> float:
    if step <= 0:
        return value
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    return round(round(value / step) * step, decimals)


def parse_value(spec: UrlField, raw: object):
    """The validated value of one URL parameter, or None if malformed / out of range."""
    text = _single(raw)
    if text is None or text == "" or len(text) > MAX_VALUE_LENGTH:
        return None
    if spec.kind == "choice":
        return text if text in spec.choices else None
    if spec.kind == "token":
        return text if re.fullmatch(spec.pattern, text, flags=re.ASCII) else None
    try:
        number = float(text.replace(",", "."))  # a Vietnamese decimal comma is accepted
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    low, high = spec.bounds
    if not low <= number <= high:
        return None
    if spec.kind == "int":
        if number != int(number):
            return None
        return int(number)
    return float(_round_to(number, spec.step))


def values_from_query(
    query: Mapping[str, str | list[str]], url_fields: tuple[UrlField, ...]
) -> tuple[dict[str, object], list[str]]:
    """The valid values of ``url_fields`` found in ``query`` (field name → value), and the
    keys of the values that were rejected (malformed or out of range). Unknown keys are
    ignored. Never raises."""
    by_key = {f.key: f for f in url_fields}
    values: dict[str, object] = {}
    rejected: list[str] = []
    try:
        keys = list(query.keys())
    except Exception:  # a hostile mapping must not break the page
        return {}, []
    for key in keys:
        spec = by_key.get(key) if isinstance(key, str) else None
        if spec is None:
            continue
        try:
            value = parse_value(spec, query[key])
        except Exception:
            value = None
        if value is None:
            rejected.append(key)
        else:
            values[spec.field] = value
    return values, rejected


def _label_without_presets(params: ScenarioParams) -> ScenarioParams:
    """Without the trend known, only "the plan's rates or not" can be checked."""
    on_plan = all(getattr(params, f) == getattr(DEFAULTS, f) for f in RATE_FIELDS)
    if params.preset == "plan" and not on_plan:
        return replace(params, preset="custom")
    return params


def params_from_query(
    query: Mapping[str, str | list[str]], presets: Presets | None = None
) -> tuple[ScenarioParams, list[str]]:
    """A scenario from URL parameters, and the keys of the values that were rejected
    (malformed or out of range) and replaced by their defaults. Unknown keys are ignored.
    ``presets`` gives the trend's rates (without it, "trend" rates must be in the query, as
    in a saved scenario). See the module docstring for where the rates come from. Never
    raises."""
    values, rejected = values_from_query(query, URL_FIELDS)
    if not values:  # no scenario key, or none valid: the opening scenario
        return (presets.opening() if presets else DEFAULTS), rejected
    preset = values.pop("preset", None)
    base = replace(DEFAULTS, reading=values.get("reading", DEFAULTS.reading))
    if presets is not None and preset in ("plan", "trend"):
        base = presets.apply(base, preset)
    params = replace(base, **values, preset=preset or "plan")
    if presets is None:
        return _label_without_presets(params), rejected
    if preset is None:  # a link from before presets: name the preset its rates are
        return replace(params, preset=presets.matching(params)), rejected
    return presets.label(params), rejected


def format_value(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.12g}" if math.isfinite(value) else ""  # 12 digits: 1234.567 stays
    return str(value)


def params_to_query(params: ScenarioParams, presets: Presets | None = None) -> dict[str, str]:
    """The URL parameters of ``params``: nothing for the opening scenario (``presets``'s, or
    the plan's defaults without it); else its ``preset``, the rates when they are "custom"
    (those that differ from the plan's), and the other values that differ from the
    defaults."""
    params = presets.label(params) if presets else _label_without_presets(params)
    if params == (presets.opening() if presets else DEFAULTS):
        return {}
    out = {"preset": params.preset}
    for spec in URL_FIELDS:
        value = getattr(params, spec.field)
        if spec.field == "preset" or (spec.field in RATE_FIELDS and params.preset != "custom"):
            continue
        if value != getattr(DEFAULTS, spec.field):
            out[spec.key] = format_value(value)
    return out


def values_to_query(
    values: Mapping[str, object], defaults: Mapping[str, object], url_fields: tuple[UrlField, ...]
) -> dict[str, str]:
    """The URL parameters of ``values`` (field name → value): only those that differ from
    ``defaults``."""
    return {
        spec.key: format_value(values[spec.field])
        for spec in url_fields
        if values.get(spec.field) is not None and values[spec.field] != defaults.get(spec.field)
    }


# --- the allocation page (gnbv.allocation): funds, floor and cap, coefficients ----------------

COEFFICIENT_RANGE = (0.0, 10_000.0)  # points per unit of a criterion, or fixed points
COEFFICIENT_STEP = 0.001
AMOUNT_RANGE = (0, 10_000_000)  # million VND (10.000 billion): funds, floors and caps
COEFFICIENT_URL_KEYS = {
    "households": "k_hh",
    "poor_households": "k_poor",
    "near_poor_households": "k_near",
    "ethnic_minority_poor_households": "k_emp",
    "population": "k_pop",
    "zone_iii": "k_z3",
    "difficult_villages": "k_vil",
    "per_xa": "k_xa",
    "per_thi_tran": "k_tt",
}
# "DA2.recurrent": a project id of the plan (letters, digits, _) and a capital type; "custom".
SOURCE_PATTERN = r"custom|[A-Za-z0-9_]{1,16}\.(?:" + "|".join(alloc.CAPITAL_TYPES) + ")"
ALLOCATION_FIELDS: tuple[UrlField, ...] = (
    UrlField("af", "source", "token", pattern=SOURCE_PATTERN),
    UrlField("aa", "amount", "int", AMOUNT_RANGE, 1),
    UrlField("afl", "floor", "int", AMOUNT_RANGE, 1),
    UrlField("acp", "cap", "int", AMOUNT_RANGE, 1),
    *(
        UrlField(key, name, "float", COEFFICIENT_RANGE, COEFFICIENT_STEP)
        for name, key in COEFFICIENT_URL_KEYS.items()
    ),
)
ALLOCATION_URL_KEYS = tuple(f.key for f in ALLOCATION_FIELDS)
ALLOCATION_FIELD_BY_KEY = {f.key: f for f in ALLOCATION_FIELDS}


def _allocation_values(params: alloc.AllocationParams) -> dict[str, object]:
    values = {n: getattr(params, n) for n in ("source", "amount", "floor", "cap")}
    return {**values, **{n: getattr(params.coefficients, n) for n in alloc.COEFFICIENT_KEYS}}


def allocation_from_query(
    query: Mapping[str, str | list[str]],
) -> tuple[alloc.AllocationParams, list[str]]:
    """The allocation page's state from URL parameters, and the keys of the rejected values
    (replaced by their defaults). Never raises."""
    values, rejected = values_from_query(query, ALLOCATION_FIELDS)
    coefficients = {n: values.pop(n) for n in alloc.COEFFICIENT_KEYS if n in values}
    return (
        alloc.AllocationParams(**values, coefficients=alloc.Coefficients(**coefficients)),
        rejected,
    )


def allocation_to_query(params: alloc.AllocationParams) -> dict[str, str]:
    """The URL parameters of ``params``: only the values that differ from the defaults."""
    defaults = _allocation_values(alloc.AllocationParams())
    return values_to_query(_allocation_values(params), defaults, ALLOCATION_FIELDS)


def coefficients_to_values(coefficients: alloc.Coefficients) -> dict[str, str]:
    """Every coefficient as URL text (key → text), for a saved coefficient set."""
    return {
        k: format_value(float(getattr(coefficients, n))) for n, k in COEFFICIENT_URL_KEYS.items()
    }


def coefficients_from_values(values: Mapping[str, object]) -> tuple[alloc.Coefficients, list[str]]:
    """Coefficients from URL-style values (a saved set), validated like the URL; the keys of
    rejected values (replaced by the neutral default)."""
    params, rejected = allocation_from_query(
        {k: v for k, v in values.items() if k in COEFFICIENT_URL_KEYS.values()}
    )
    return params.coefficients, rejected


# --- every page's parameters: one codec protocol ----------------------------------------------
# A page declares its parameters once: a frozen dataclass (its defaults) and a codec below.
# ui.state.PageState reads them URL → session → widgets and writes them back; nothing else of
# a page touches the URL.


class PageCodec(Protocol):
    """How a page's parameters are read from and written to the URL."""

    keys: tuple[str, ...]  # the URL keys this page owns

    def default(self) -> Any: ...

    def from_query(self, query: Mapping[str, str | list[str]]) -> tuple[Any, list[str]]:
        """The parameters in ``query`` and the keys of the rejected values. Never raises."""
        ...

    def to_query(self, params: Any) -> dict[str, str]:
        """The URL parameters of ``params``: nothing for the defaults."""
        ...


@dataclass(frozen=True)
class FieldsCodec:
    """A page whose parameters are a frozen dataclass of plain values, each with its URL
    field: a value missing or rejected in the URL is the dataclass's default."""

    defaults: Any
    fields: tuple[UrlField, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    def default(self) -> Any:
        return self.defaults

    def from_query(self, query: Mapping[str, str | list[str]]) -> tuple[Any, list[str]]:
        values, rejected = values_from_query(query, self.fields)
        return replace(self.defaults, **values), rejected

    def to_query(self, params: Any) -> dict[str, str]:
        values = {f.field: getattr(params, f.field) for f in self.fields}
        defaults = {f.field: getattr(self.defaults, f.field) for f in self.fields}
        return values_to_query(values, defaults, self.fields)


@dataclass(frozen=True)
class ScenarioCodec:
    """The scenario (``params_from_query`` / ``params_to_query`` with the data's presets)."""

    presets: Presets | None = None
    keys: tuple[str, ...] = URL_KEYS

    def default(self) -> ScenarioParams:
        return self.presets.opening() if self.presets else DEFAULTS

    def from_query(self, query):
        return params_from_query(query, self.presets)

    def to_query(self, params: ScenarioParams) -> dict[str, str]:
        return params_to_query(params, self.presets)


@dataclass(frozen=True)
class AllocationCodec:
    """The allocation page's funds, floor and cap, and coefficients."""

    keys: tuple[str, ...] = ALLOCATION_URL_KEYS

    def default(self) -> alloc.AllocationParams:
        return alloc.AllocationParams()

    def from_query(self, query):
        return allocation_from_query(query)

    def to_query(self, params: alloc.AllocationParams) -> dict[str, str]:
        return allocation_to_query(params)
