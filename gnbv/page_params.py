"""Every page's parameters, declared once: a frozen dataclass (its defaults) and its URL codec
(:mod:`gnbv.url_state`). ``ui.state.PageState`` reads them URL → session → widgets and writes
them back to the URL; a link copied from any page reopens the same view.

The scenario (``gnbv.scenario.ScenarioParams``, :class:`gnbv.url_state.ScenarioCodec`) and the
allocation (``gnbv.allocation.AllocationParams``, :class:`gnbv.url_state.AllocationCodec`)
have codecs of their own; the other pages' are here. A value the URL gives that is well formed
but unknown to the data in use (a commune code, a project id) is checked by the page, which
falls back to the default and says so (``PageState.reject``).
"""

from __future__ import annotations

from dataclasses import dataclass

from gnbv.scenario import READINGS
from gnbv.url_state import HORIZON_RANGE, FieldsCodec, UrlField

# --- the map -----------------------------------------------------------------------------------
MAP_METRICS = (
    "poor_rate",
    "near_poor_rate",
    "projected_poor_rate",
    "households_to_lift",
    "target_status",
)
CLASS_METHODS = ("fixed", "quantile")
COMMUNE_CODE_PATTERN = r"[0-9]{5}"  # a GSO commune code: five digits, with its leading zero


@dataclass(frozen=True)
class MapParams:
    """The map: the metric the communes are coloured by, the year (None: the scenario's
    horizon), how the classes are cut, and the commune whose panel is open (None: none)."""

    metric: str = "poor_rate"
    year: int | None = None
    classing: str = "fixed"
    commune: str | None = None


MAP_CODEC = FieldsCodec(
    MapParams(),
    (
        UrlField("m", "metric", "choice", choices=MAP_METRICS),
        UrlField("y", "year", "int", HORIZON_RANGE, 1),
        UrlField("cl", "classing", "choice", choices=CLASS_METHODS),
        UrlField("xa", "commune", "token", pattern=COMMUNE_CODE_PATTERN),
    ),
)

# --- progress (issue 20) ------------------------------------------------------------------------
PROGRESS_MAP_MODES = ("year", "change")  # the map of one review year, or of the change since one
REVIEW_YEAR_RANGE = (2000, 2100)  # a well-formed year; the page checks it is one of the series'


@dataclass(frozen=True)
class ProgressParams:
    """Progress: the reading of the plan's yearly fall (the scenario's choices,
    ``gnbv.scenario.READINGS``), the map's mode, its review year (None: the latest) and the
    year the change is counted from (None: the first)."""

    reading: str = "points"
    map_mode: str = "year"
    year: int | None = None
    compare: int | None = None


PROGRESS_CODEC = FieldsCodec(
    ProgressParams(),
    (
        UrlField("mode", "reading", "choice", choices=READINGS),
        UrlField("map", "map_mode", "choice", choices=PROGRESS_MAP_MODES),
        UrlField("y", "year", "int", REVIEW_YEAR_RANGE, 1),
        UrlField("vs", "compare", "int", REVIEW_YEAR_RANGE, 1),
    ),
)

# --- funding -------------------------------------------------------------------------------
FUNDING_MEASURES = ("amount", "share")
PROJECT_ID_PATTERN = r"[A-Za-z0-9_]{1,16}"  # a project id of the plan ("DA1", "DA4")


@dataclass(frozen=True)
class FundingParams:
    """Funding: the project bars' measure and the project shown in detail (None: the first)."""

    measure: str = "amount"
    project: str | None = None


FUNDING_CODEC = FieldsCodec(
    FundingParams(),
    (
        UrlField("do", "measure", "choice", choices=FUNDING_MEASURES),
        UrlField("da", "project", "token", pattern=PROJECT_ID_PATTERN),
    ),
)

# --- data ----------------------------------------------------------------------------------
DATASET_KEY_PATTERN = r"[a-z0-9_]{1,40}"


@dataclass(frozen=True)
class DataParams:
    """Data: the dataset offered for download (None: the first)."""

    dataset: str | None = None


DATA_CODEC = FieldsCodec(
    DataParams(), (UrlField("ds", "dataset", "token", pattern=DATASET_KEY_PATTERN),)
)

# --- the view of the scenario and allocation pages: the open section (tabs), and what is
# compared (saved scenarios' or coefficient sets' names: the session's, kept out of links, as a
# saved set is the server's and a link must not depend on it)
SCENARIO_SECTIONS = ("communes", "charts", "effort", "saved")
ALLOCATION_SECTIONS = ("communes", "maps", "shares")
SCENARIO_COMPARE_MAX = 3


@dataclass(frozen=True)
class ScenarioViewParams:
    """The scenario page's open section and the scenarios compared ("" is the one in force)."""

    section: str = SCENARIO_SECTIONS[0]
    compare: tuple[str, ...] = ()


@dataclass(frozen=True)
class AllocationViewParams:
    """The allocation page's open section and the coefficient set compared (None: none)."""

    section: str = ALLOCATION_SECTIONS[0]
    compare: str | None = None


SCENARIO_VIEW_CODEC = FieldsCodec(
    ScenarioViewParams(), (UrlField("tab", "section", "choice", choices=SCENARIO_SECTIONS),)
)
ALLOCATION_VIEW_CODEC = FieldsCodec(
    AllocationViewParams(), (UrlField("tab", "section", "choice", choices=ALLOCATION_SECTIONS),)
)
