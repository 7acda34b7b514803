"""How every plotly figure of the dashboard is dressed for the screen it is shown on (no
streamlit here).

The server cannot know how wide the viewer's screen is, so one figure must read on a phone
(390 px, a chart about 358 px wide) as on a desktop; only the presentation view (``?present=1``,
a projector) is known server-side, and gets larger text and taller figures. The rules:

- text at least :data:`MIN_PX` (12 px) normally and :data:`PRESENT_MIN_PX` (18 px) in the
  presentation view: titles, subtitles, axes, legends, bar labels, annotations;
- margins that grow to fit what is in them (``automargin`` on the axes and the title) instead of
  fixed margins that cut long labels;
- long texts (titles, legend entries, category labels) wrapped with ``<br>`` at a width that
  fits a phone, since plotly never wraps;
- legends under the figure, in the figure's margin (``yref="container"``), never over an axis.
"""

from __future__ import annotations

import textwrap

import plotly.graph_objects as go

from gnbv import fmt

FAMILY = "sans-serif"
# Chart text: Streamlit's chart theme greys it to #808495 (3,8:1 on white); this is 12,6:1. The
# app's theme is always light (a custom theme in .streamlit/config.toml offers no dark mode).
TEXT_COLOUR = "#333333"
BODY_PX = 14  # body text of a chart (tick labels one smaller)
PRESENT_PX = 20  # the same in the presentation view
MIN_PX = 12  # the smallest chart text allowed (phone, desktop)
PRESENT_MIN_PX = 18  # the smallest chart text allowed in the presentation view
# Characters per line that fit a phone-wide chart at the body size (about 7 px a character);
# the presentation view is for wide screens.
TITLE_CHARS = 40
LINE_CHARS = 44
PRESENT_LINE_CHARS = 80


def text_px(present: bool) -> int:
    """The body text size of a chart in this view."""
    return PRESENT_PX if present else BODY_PX


def min_px(present: bool) -> int:
    """The smallest text size allowed in this view."""
    return PRESENT_MIN_PX if present else MIN_PX


def scaled(height: int, present: bool) -> int:
    """A figure height grown with its text in the presentation view."""
    return int(height * (text_px(present) / BODY_PX) ** 0.8) if present else int(height)


def line_chars(present: bool) -> int:
    """How many characters a line of chart text may hold in this view."""
    return PRESENT_LINE_CHARS if present else LINE_CHARS


def wrap(text: object, width: int = LINE_CHARS) -> str:
    """``text`` on lines of at most ``width`` characters (words are never cut), joined with
    plotly's ``<br>``. Line breaks already in the text are kept."""
    lines: list[str] = []
    for part in str(text).split("<br>"):
        lines += textwrap.wrap(part, width, break_long_words=False) or [""]
    return "<br>".join(lines)


def lines(text: str) -> int:
    """How many lines a plotly text takes."""
    return str(text).count("<br>") + 1


def legend_below() -> dict:
    """A horizontal legend at the foot of the figure, in its own margin: it wraps on a narrow
    screen and pushes the plot up instead of covering the x axis."""
    return dict(
        orientation="h",
        xref="container",
        x=0,
        xanchor="left",
        yref="container",
        y=0,
        yanchor="bottom",
        traceorder="normal",
    )


def legend_above() -> dict:
    """A horizontal legend just above the plot area (no figure title there)."""
    return dict(orientation="h", x=0, xanchor="left", y=1.02, yanchor="bottom", traceorder="normal")


def style(
    fig: go.Figure,
    lang: str,
    height: int,
    present: bool = False,
    title: str | None = None,
    subtitle: str | None = None,
    grow: bool = True,
    **layout,
) -> go.Figure:
    """Dress ``fig`` for the view: number separators of ``lang``, text sizes, automatic
    margins, the wrapped ``title`` and ``subtitle``, and ``height`` (grown in the presentation
    view unless ``grow`` is False: a height already worked out from the view's text size).
    ``layout`` is passed on to ``update_layout`` (legend, barmode…)."""
    size = text_px(present)
    small = max(size - 1, min_px(present))
    fig.update_layout(
        separators=fmt.plotly_separators(lang),
        font=dict(family=FAMILY, size=size, color=TEXT_COLOUR),
        height=scaled(height, present) if grow else int(height),
        margin=dict(l=10, r=10, t=30 if title is None else 10, b=10, pad=0),
        hoverlabel=dict(font_size=size, align="left", namelength=-1),
        legend_font_size=small,
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        **layout,
    )
    if title is not None:
        # The subtitle is part of the title's text (plotly's own subtitle is left out of the
        # title's automatic margin and lands on the plot).
        text = f"<b>{wrap(title, line_chars(present) if present else TITLE_CHARS)}</b>"
        if subtitle:
            sub = wrap(subtitle, line_chars(present)).replace(
                "<br>", f'</span><br><span style="font-size:{small}px">'
            )
            text += f'<br><span style="font-size:{small}px">{sub}</span>'
        fig.update_layout(
            title=dict(
                text=text,
                font_size=size + 1,
                # Just above the plot area, pushing the top margin to fit all its lines.
                x=0,
                xanchor="left",
                xref="container",
                yref="paper",
                y=1,
                yanchor="bottom",
                pad=dict(b=size, l=10),
                automargin=True,
            )
        )
    # Explicit sizes: Streamlit's chart theme would shrink the axes below the body text.
    axes = dict(
        tickfont=dict(size=small, color=TEXT_COLOUR),
        title_font=dict(size=size, color=TEXT_COLOUR),
        automargin=True,
    )
    fig.update_xaxes(**axes)
    fig.update_yaxes(**axes)
    fig.update_annotations(font_size=size)
    fig.update_traces(textfont_size=size, selector=dict(type="bar"))
    fig.update_traces(textfont_size=small, selector=dict(type="scatter"))
    return fig
