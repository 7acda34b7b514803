"""Where a scenario's four yearly rates come from: the plan's targets, the published trend,
or set by hand ("custom").

The published trend is the fall between the last two consecutive published district poor
rates of ``data/district_poverty.csv`` (end-2023 33,80% → end-2024 28,13%: 5,67 points in a
year, or 16,78% of itself). The rule of the trend preset, in one sentence (shown on the
scenario page): the communes that are not poor communes fall by the published year's fall in
the reading in force, and the other three rates are the plan's targets scaled by the same
factor (published fall ÷ the plan's 7). In points: 5,67 / 7 = 0,81, so poor communes
10 × 0,81 = 8,10, near-poor 0,9 × 0,81 = 0,73, ethnic-minority poor 7,6 × 0,81 = 6,16.
Rates are rounded to ``RATE_DECIMALS`` decimals (the step of the sliders and of the URL).

A scenario opens on the trend; the status is measured against the plan's targets either way
(ScenarioParams.targets). The preset is a label on the scenario (``ScenarioParams.preset``):
:func:`Presets.label` says whether its rates are still those of the preset it names.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

import pandas as pd

from gnbv.scenario import PLAN, RATE_FIELDS, ScenarioParams

RATE_DECIMALS = 2
OPENING_PRESET = "trend"


@dataclass(frozen=True)
class Trend:
    """The district poor rate at two consecutive published year-ends."""

    start_year: int
    start_rate: float
    end_year: int
    end_rate: float

    @property
    def years(self) -> int:
        return self.end_year - self.start_year

    def yearly_fall(self, reading: str) -> float:
        """The fall a year: points (33,80 − 28,13 = 5,67), or per cent of itself in the
        relative reading ((1 − 28,13 / 33,80) × 100 = 16,775…)."""
        if reading == "relative":
            return (1.0 - (self.end_rate / self.start_rate) ** (1.0 / self.years)) * 100.0
        return (self.start_rate - self.end_rate) / self.years


def published_trend(district_poverty: pd.DataFrame) -> Trend:
    """The last two published rates of ``district_poverty`` one year apart (derived rates are
    not used). ValueError when there are no such two."""
    published = district_poverty[district_poverty["status"] == "published"].sort_values("year")
    rows = list(published[["year", "poor_rate_pct"]].itertuples(index=False))
    for (y0, r0), (y1, r1) in reversed(list(pairwise(rows))):
        if int(y1) - int(y0) == 1 and float(r0) > 0:
            return Trend(int(y0), float(r0), int(y1), float(r1))
    raise ValueError("district_poverty has no two published rates one year apart")


@dataclass(frozen=True)
class Presets:
    """The rates of each preset, in either reading."""

    trend: Trend
    plan: ScenarioParams = PLAN

    def factor(self, reading: str) -> float:
        """Published yearly fall ÷ the plan's district target (5,67 / 7 = 0,81 in points)."""
        return self.trend.yearly_fall(reading) / self.plan.other_communes_rate

    def rates(self, preset: str, reading: str) -> dict[str, float]:
        """The four rates of ``preset`` ("plan" or "trend") in ``reading``."""
        if preset == "plan":
            return {f: getattr(self.plan, f) for f in RATE_FIELDS}
        if preset != "trend":
            raise ValueError(f"a preset with rates is 'plan' or 'trend', not {preset!r}")
        factor = self.factor(reading)
        return {f: round(getattr(self.plan, f) * factor, RATE_DECIMALS) for f in RATE_FIELDS}

    def apply(self, params: ScenarioParams, preset: str) -> ScenarioParams:
        """``params`` with the rates of ``preset`` (in its reading); "custom" keeps them."""
        if preset == "custom":
            return replace(params, preset="custom")
        return replace(params, **self.rates(preset, params.reading), preset=preset)

    def opening(self) -> ScenarioParams:
        """The scenario a page opens on: the published trend, everything else by default."""
        return self.apply(ScenarioParams(), OPENING_PRESET)

    def _has_rates_of(self, params: ScenarioParams, preset: str) -> bool:
        rates = {f: getattr(params, f) for f in RATE_FIELDS}
        return rates == self.rates(preset, params.reading)

    def matching(self, params: ScenarioParams) -> str:
        """The preset whose rates ``params`` has (in its reading): "plan", "trend" or
        "custom" (the plan first, should both match)."""
        for preset in ("plan", "trend"):
            if self._has_rates_of(params, preset):
                return preset
        return "custom"

    def label(self, params: ScenarioParams) -> ScenarioParams:
        """``params`` labelled truthfully: its preset if its rates are still that preset's
        (in its reading), else "custom"."""
        if params.preset == "custom" or self._has_rates_of(params, params.preset):
            return params
        return replace(params, preset="custom")
