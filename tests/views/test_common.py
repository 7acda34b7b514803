"""gnbv.views.common: figures rendered once; a rate written one way (gnbv.fmt)."""

import json

import orjson
import plotly.io as pio

from gnbv import charts, fmt, funding
from gnbv.views import common


def test_frozen_figure_serialises_like_the_figure_it_froze(plan_data):
    figure = charts.capital_type_bars(funding.by_capital_type(plan_data.projects), "vi")
    expected = figure.to_dict()
    assert "template" in expected["layout"]
    del expected["layout"]["template"]  # Streamlit's theme brings its own
    frozen = common.freeze(figure)
    assert frozen is figure and isinstance(frozen, common.FrozenFigure)  # in place, no copy
    # what st.plotly_chart sends: the same spec (the frozen dict holds plain JSON values, so
    # that plotly writes it with orjson, not its slower cleaning path)
    assert json.loads(pio.to_json(frozen.to_dict())) == json.loads(pio.to_json(expected))
    assert orjson.dumps(frozen.to_dict(), option=orjson.OPT_SERIALIZE_NUMPY)
    assert frozen.to_dict() is frozen.to_dict()  # made once
    assert common.freeze(frozen) is frozen


def test_a_figures_own_template_is_kept():
    import plotly.graph_objects as go

    figure = go.Figure(layout={"template": "plotly_dark"})
    assert common.freeze(figure).to_dict()["layout"]["template"]["layout"]["paper_bgcolor"]


def test_a_rate_is_written_one_way_wherever_it_is_shown():
    from gnbv.url_state import DEFAULTS
    from gnbv.views import map as map_view
    from gnbv.views import scenario as scenario_view

    assert [fmt.rate_number(v, "vi") for v in (5.67, 7.0, 0.9, 16.784)] == [
        "5,67",
        "7",
        "0,9",
        "16,78",
    ]
    assert fmt.rate_number(5.67, "en") == "5.67"
    assert fmt.rate(16.784, "relative", "vi") == "16,78%"
    assert scenario_view.field_text("other_communes_rate", 16.784, "vi") == "16,78"
    caption = map_view.scenario_caption(DEFAULTS, 2025, "vi")
    assert fmt.rate_number(DEFAULTS.other_communes_rate, "vi") in caption
