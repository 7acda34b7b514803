"""The equal-area tile grid of the communes (a plotly figure), coloured like the true-shape map."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from gnbv import fmt
from gnbv.chart_style import min_px, wrap
from gnbv.maps.classes import NO_DATA, Classes, class_line, is_dark
from gnbv.maps.tables import commune_lines, unit_label
from gnbv.settings import REPO_ROOT

TILE_GRID = REPO_ROOT / "geo" / "tile_grid.csv"


# --- tile grid (plotly) ----------------------------------------------------------------------


def read_tile_grid(path: Path = TILE_GRID) -> pd.DataFrame:
    """The hand-made tile layout: ``code``, ``row``, ``col`` (row 0 at the top)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    grid = pd.DataFrame(rows, columns=["code", "row", "col"])
    grid["row"] = grid["row"].astype(int)
    grid["col"] = grid["col"].astype(int)
    return grid


def tile_grid_figure(
    grid: pd.DataFrame,
    table: pd.DataFrame,
    classes: Classes,
    lang: str,
    year: int | None = None,
    height: int = 460,
    selected: str | None = None,
    show_names: bool = True,
    lines=commune_lines,
    present: bool = False,
    metric: str | None = None,
) -> go.Figure:
    """Equal-area tiles, one per commune, in roughly its geographic position, coloured like
    the map; hover shows the same figures as the map's tooltip (first the coloured value and
    its class in words, given ``metric``, then ``lines(row, lang, year)``). Names at the
    smallest readable size of the view (12 px; 18 px and a figure half as tall again in the
    presentation view), on lines short enough for a tile on a phone."""
    if present:
        height = round(height * 1.5)
    tiles = _tiles(grid, table, classes, lang, year, selected, lines, metric)
    xs, ys, texts, hovers, codes, text_colours, shapes = tiles
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="markers+text" if show_names else "markers",
            text=texts,
            textfont={"color": text_colours, "size": min_px(present)},
            marker={"symbol": "square", "size": 44, "color": "rgba(0,0,0,0)"},
            customdata=codes,
            hovertext=hovers,
            hoverinfo="text",
            showlegend=False,
        )
    )
    fig.update_xaxes(visible=False, range=[grid["col"].min() - 0.6, grid["col"].max() + 0.6])
    fig.update_yaxes(
        visible=False,
        range=[grid["row"].max() + 0.6, grid["row"].min() - 0.6],
        scaleanchor="x",
        scaleratio=1,
    )
    fig.update_layout(
        shapes=shapes,  # at once: 19 add_shape calls took 75 ms, this 4 ms
        height=height,
        margin={"l": 4, "r": 4, "t": 4, "b": 4},
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="rgba(0,0,0,0)",
        separators=fmt.plotly_separators(lang),
        dragmode=False,
        hoverlabel={
            "bgcolor": "#222",
            "font": {"color": "#fff", "size": min_px(present) + (0 if present else 1)},
        },
    )
    return fig


def tile_repaint(base: dict, grid, table, classes: Classes, lang: str, **options) -> dict:
    """The dict of :func:`tile_grid_figure` for ``table`` and ``classes``, from ``base``:
    that of the same tile map (same grid, communes, language and view) for other figures.
    Only the tiles' colours, their text colours and the hover text change; ``options``:
    ``year``, ``selected``, ``lines``, ``metric`` as for :func:`tile_grid_figure`. A plotly
    figure is validated as it is built (over 10 ms); this takes a fraction of a ms."""
    _, _, _, hovers, _, text_colours, shapes = _tiles(grid, table, classes, lang, **options)
    trace = base["data"][0]
    trace = trace | {"hovertext": hovers, "textfont": trace["textfont"] | {"color": text_colours}}
    return base | {"data": [trace], "layout": base["layout"] | {"shapes": shapes}}


def _tiles(grid, table, classes, lang, year=None, selected=None, lines=commune_lines, metric=None):
    """Each tile's position, name, hover text, code, text colour and shape (in grid order)."""
    rows = table.set_index("code")
    xs, ys, texts, hovers, codes, text_colours, shapes = [], [], [], [], [], [], []
    for code, r, c in zip(grid["code"], grid["row"], grid["col"]):
        colour = classes.colours.get(code, NO_DATA)
        edge = "#000000" if code == selected else "#FFFFFF"
        shapes.append(
            dict(
                type="rect",
                x0=c - 0.47,
                x1=c + 0.47,
                y0=r - 0.47,
                y1=r + 0.47,
                fillcolor=colour,
                line={"color": edge, "width": 3 if code == selected else 1},
                layer="below",
            )
        )
        row = rows.loc[code] if code in rows.index else pd.Series(dtype=object)
        name = str(row.get("name", code))
        xs.append(c)
        ys.append(r)
        texts.append(wrap(name, TILE_LINE_CHARS))
        head = f"<b>{name}</b> · {unit_label(row.get('unit_type', ''), lang)}"
        figures = [class_line(code, metric, classes, lang)] if metric else []
        figures += lines(row, lang, year) if len(row) else []
        hovers.append("<br>".join([head, *figures]))
        codes.append(code)
        text_colours.append("#FFFFFF" if is_dark(colour) else "#1A1A1A")
    return xs, ys, texts, hovers, codes, text_colours, shapes


# A tile is about 60 px wide on a phone: names on lines of at most this many characters
# ("Thải Giàng Phố" → "Thải / Giàng / Phố", "Nậm Khánh" → "Nậm / Khánh").
TILE_LINE_CHARS = 8
