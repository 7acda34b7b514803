"""What several pages' views share: figures and decks rendered once, Arrow tables, metrics,
captions and cards as markdown.

Plain Python, no streamlit: ``gnbv.cache`` keeps each result once per (inputs, language), so
a page's run only draws. Made for that:

* figures are :class:`FrozenFigure` and decks :class:`gnbv.maps.deck.FrozenDeck`:
  ``st.plotly_chart`` deep-copies a figure into a dict on every run and ``st.pydeck_chart``
  writes a deck's JSON on every run; frozen, both are done once;
* display tables are Arrow tables (:func:`arrow`): ``st.dataframe`` converts a DataFrame to
  Arrow on every run (four fifths of its cost), an Arrow table it sends as it is.

A view is shared by every session that asks for the same inputs: never change one.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

import plotly.graph_objects as go
import plotly.io as pio

from gnbv.i18n import t

# --- render once ---------------------------------------------------------------------------


class FrozenFigure(go.Figure):
    """A plotly figure whose dict is made once (see :func:`freeze`)."""

    _frozen: dict

    def to_dict(self) -> dict:
        return self._frozen


def freeze(figure: go.Figure) -> FrozenFigure:
    """Make a finished figure frozen, in place, and return it: its ``to_dict()`` is made now
    and returned from then on, so the figure must not change afterwards. (In place: copying
    a figure validates it all again, as long as building it.)

    The dict leaves out plotly's default template: Streamlit's chart theme writes its own
    into the spec in the browser, and the default was 7 KB of every spec, encoded to JSON on
    every run (four fifths of the time of that step on the Funding page). Screenshots of the
    Home, Funding and Map pages are pixel for pixel the same with and without it."""
    if not isinstance(figure, FrozenFigure):
        frozen = figure.to_dict()
        if frozen["layout"].get("template") == _default_template():
            del frozen["layout"]["template"]  # a template of the figure's own stays
        # Plain JSON values only (text arrays are numpy arrays in a figure's dict): plotly
        # writes the spec with orjson, three times as fast as the json module on the larger
        # figures, only when orjson takes every value; else it cleans the dict first, slower.
        frozen = json.loads(pio.to_json(frozen, validate=False, engine="json"))
        figure.__class__ = FrozenFigure
        figure._frozen = frozen
    return figure


@functools.cache
def _default_template() -> dict:
    return go.Figure().to_dict()["layout"].get("template", {})


@dataclass(frozen=True)
class Metric:
    label: str
    value: str
    caption: str = ""


@dataclass(frozen=True)
class TargetCard:
    value_text: str
    caption: str  # unit · scope
    wording: str
    badges_html: str  # the published actuals against the target ("" when none)
    actual_sources: str  # cited for readers
    source: str  # cited for readers


# --- text ------------------------------------------------------------------------------


def caption_md(text: str) -> str:
    """``text`` with a caption's look (small, grey) as markdown, to go in one ``st.markdown``
    with what surrounds it: each element costs the server about as much as the text."""
    return f":small[:gray[{text.replace(']', '&#93;')}]]"


def _text_in_html(text: str) -> str:
    """Plain ``text`` safe inside an HTML block of markdown: no tag or entity can start in it
    (a lone ``>`` cannot, and stays readable in the markdown: "> 80%")."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def cards_markdown(cards: list[TargetCard], lang: str) -> str:
    """The cards side by side as one markdown (HTML blocks around markdown, laid out by the
    app's CSS ``gnbv-cards``: a grid that wraps on a phone): one element for a row of cards,
    where columns, bordered containers and their texts made three and more a card."""
    out = []
    for card in cards:
        parts = [
            f"#### {_text_in_html(card.value_text)}",
            caption_md(_text_in_html(card.caption)),
            f"**{t('tgt_plan_wording', lang)}:** “{_text_in_html(card.wording)}”",
        ]
        if card.badges_html:
            parts += [
                card.badges_html,
                caption_md(t("tgt_actual_source", lang, source=_text_in_html(card.actual_sources))),
            ]
        parts.append(caption_md(f"{t('source', lang)}: {_text_in_html(card.source)}"))
        # blank lines around the markdown: inside an HTML block it would not be read as such
        out.append('<div class="gnbv-card">\n\n' + "\n\n".join(parts) + "\n\n</div>")
    return '<div class="gnbv-cards">\n\n' + "\n\n".join(out) + "\n\n</div>"
