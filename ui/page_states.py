"""Every page's state (``ui.state.PageState``), one object each, shared by the pages that
show it: the map shows the scenario in force, so it holds the scenario's keys in its URL too."""

from __future__ import annotations

from gnbv import cache
from gnbv import page_params as pp
from gnbv import url_state as us
from gnbv.settings import load_config
from ui.state import PageState


def _scenario_codec() -> us.ScenarioCodec:
    """The scenario's codec, with the presets of the data in use (the published trend)."""
    return us.ScenarioCodec(cache.scenario_presets(str(load_config().data_dir)))


SCENARIO = PageState("scn", _scenario_codec)
SCENARIO_VIEW = PageState("scn_view", pp.SCENARIO_VIEW_CODEC, widget_prefix="scn")
ALLOCATION = PageState("alc", us.AllocationCodec())
ALLOCATION_VIEW = PageState("alc_view", pp.ALLOCATION_VIEW_CODEC, widget_prefix="alc")
MAP = PageState("map", pp.MAP_CODEC)
FUNDING = PageState("fund", pp.FUNDING_CODEC)
DATA = PageState("data", pp.DATA_CODEC)
PROGRESS = PageState("prog", pp.PROGRESS_CODEC, widget_prefix="pg")
