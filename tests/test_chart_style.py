"""gnbv.chart_style: text sizes for the view, automatic margins, wrapping, legends below."""

import plotly.graph_objects as go
import pytest

from gnbv import chart_style as cs


def test_wrap_keeps_words_and_existing_breaks():
    assert cs.wrap("Phòng Nông nghiệp và Phát triển nông thôn", 22) == (
        "Phòng Nông nghiệp và<br>Phát triển nông thôn"
    )
    assert cs.wrap("short") == "short"
    assert cs.wrap("a<br>b c", 1) == "a<br>b<br>c"
    assert cs.wrap("Supercalifragilistic word", 5) == "Supercalifragilistic<br>word"
    assert cs.lines("a<br>b<br>c") == 3


@pytest.mark.parametrize("present", [False, True])
def test_every_text_size_is_at_least_the_floor(present):
    fig = go.Figure(go.Bar(x=[1, 2], y=["a", "b"], orientation="h", text=["1", "2"]))
    fig.add_annotation(x=1, y="a", text="note")
    fig.add_trace(go.Scatter(x=[1], y=["a"], mode="markers+text", text=["t"], name="line"))
    cs.style(fig, "vi", 300, present, title="A title", subtitle="the reading")
    floor = 18 if present else 12
    layout = fig.layout
    sizes = [
        layout.font.size,
        layout.legend.font.size,
        layout.hoverlabel.font.size,
        layout.xaxis.tickfont.size,
        layout.yaxis.tickfont.size,
        layout.xaxis.title.font.size,
        layout.title.font.size,
        *(a.font.size for a in layout.annotations),
        *(trace.textfont.size for trace in fig.data),
    ]
    assert min(sizes) >= floor, sizes
    # the subtitle (part of the title's text, so the title's margin fits it) too
    assert f"font-size:{max(cs.text_px(present) - 1, floor)}px" in layout.title.text
    assert layout.xaxis.automargin and layout.yaxis.automargin and layout.title.automargin
    assert layout.separators == ",."
    assert layout.height == (300 if not present else cs.scaled(300, True)) > 0


def test_presentation_view_is_larger():
    assert cs.text_px(True) >= cs.PRESENT_MIN_PX > cs.text_px(False) >= cs.MIN_PX
    assert cs.scaled(300, True) > cs.scaled(300, False) == 300


def test_legend_below_sits_in_the_figures_margin():
    legend = cs.legend_below()
    assert legend["yref"] == "container" and legend["y"] == 0 and legend["yanchor"] == "bottom"
    assert legend["orientation"] == "h"
