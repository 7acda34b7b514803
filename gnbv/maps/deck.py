"""The true-shape map: a pydeck ``Deck`` with no basemap (``map_provider=None``), fitted to
the district, its communes coloured by their classes.

The commune boundaries are third-party data read at run time (``gnbv.cache.boundaries(path)``);
nothing computed from them here (label points, the fitted view) is ever written to a file.
"""

from __future__ import annotations

import json
import math

import pandas as pd
import pydeck as pdk

from gnbv.maps.classes import NO_DATA, Classes, class_line, rgb
from gnbv.maps.tables import commune_lines, unit_label

# --- true-shape map (pydeck) ---------------------------------------------------------------

MAP_HEIGHT_PX = 540
PRESENT_MAP_HEIGHT_PX = 900
# The width the view is fitted to. The server cannot know the map's width on the viewer's
# screen, and a deck's zoom is absolute (pixels per degree): fitted to the narrowest column it
# is drawn in (a phone: 390 px less the page's padding), the whole district shows at every
# width; wider columns leave room around it. The presentation view is for wide screens.
MAP_WIDTH_PX = 358
PRESENT_MAP_WIDTH_PX = 700
LABEL_PX = 12
PRESENT_LABEL_PX = 18
TOOLTIP_LINES = 6
WORLD_PX = 512
FONT = "Source Sans, Source Sans Pro, Noto Sans, DejaVu Sans, Arial, sans-serif"
# Pixel nudges, tuned by eye at the fitted zoom (the same at every width outside the
# presentation view, where they grow with the text), so that close labels do not overlap: the
# town (≈1,5 km²) and Tà Chải, whose label points are a few hundred metres apart, Na Hối just
# south of them, Thải Giàng Phố east of Tà Chải, Hoàng Thu Phố / Bản Phố, Bảo Nhai / Nậm Đét
# and Nậm Đét / Nậm Khánh side by side.
LABEL_OFFSETS = {
    "02839": (-34, 6),
    "02875": (-6, 14),
    "02872": (-6, -12),
    "02857": (16, 0),
    "02863": (-16, 0),
    "02866": (10, -4),
    "02890": (-10, 0),
    "02884": (6, 8),
    "02887": (18, -6),
}


def view_size(present: bool = False) -> tuple[int, int]:
    """(width, height) in px the true-shape map is fitted to and drawn at in this view."""
    if present:
        return PRESENT_MAP_WIDTH_PX, PRESENT_MAP_HEIGHT_PX
    return MAP_WIDTH_PX, MAP_HEIGHT_PX


def fit_view(bounds, width_px: int = MAP_WIDTH_PX, height_px: int = MAP_HEIGHT_PX, pad=24):
    """The centre and Web-Mercator zoom that fit ``bounds`` (west, south, east, north in
    degrees) into a ``width_px`` × ``height_px`` view with ``pad`` pixels to spare.
    deck.gl's world is 512 px wide at zoom 0 (``WORLD_PX``)."""
    west, south, east, north = (float(b) for b in bounds)

    def merc(lat):
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    x_span = max(math.radians(east - west), 1e-9)
    y_span = max(merc(north) - merc(south), 1e-9)
    zoom_x = math.log2((width_px - 2 * pad) * 2 * math.pi / (WORLD_PX * x_span))
    zoom_y = math.log2((height_px - 2 * pad) * 2 * math.pi / (WORLD_PX * y_span))
    mid = (merc(north) + merc(south)) / 2
    latitude = math.degrees(2 * math.atan(math.exp(mid)) - math.pi / 2)
    return {
        "latitude": round(latitude, 5),
        "longitude": round((west + east) / 2, 5),
        "zoom": round(min(zoom_x, zoom_y), 3),
    }


def communes_geojson(
    joined,
    table: pd.DataFrame,
    classes: Classes,
    lang: str,
    year: int | None = None,
    metric: str | None = None,
    lines=commune_lines,
    geo: dict | None = None,
) -> dict:
    """The communes as a GeoJSON FeatureCollection (in memory only) whose properties carry
    the fill colour and the tooltip lines in ``lang``: first the coloured value and its class in
    words (``metric``), then the commune's figures (``lines(row, lang, year)``, the poverty
    figures by default). ``geo``: :func:`commune_shapes` of ``joined``, when made already
    (it is not changed)."""
    rows = table.set_index("code")
    features = []
    for feature in (geo or commune_shapes(joined))["features"]:
        code = feature["properties"]["code"]
        row = rows.loc[code] if code in rows.index else pd.Series(dtype=object)
        text = [class_line(code, metric, classes, lang)] if metric else []
        text += lines(row, lang, year) if len(row) else []
        text += [""] * (TOOLTIP_LINES - len(text))
        feature = feature | {"properties": None}  # a new feature: the shapes are shared
        feature["properties"] = {
            "code": code,
            "name": str(row.get("name", code)),
            "unit": unit_label(row.get("unit_type", ""), lang),
            "fill": rgb(classes.colours.get(code, NO_DATA), 235),
            **{f"l{i}": line for i, line in enumerate(text[:TOOLTIP_LINES])},
        }
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def commune_shapes(joined) -> dict:
    """The communes' shapes (a layer joined to the communes) as GeoJSON, with their code."""
    return json.loads(joined[["code", "geometry"]].to_json(drop_id=True))


def label_points(joined, table: pd.DataFrame, present: bool = False) -> list[dict]:
    """One label per commune: a point inside its polygon (the centroid when it falls
    inside, else a representative point), its name and a pixel nudge (grown with the text
    in the presentation view)."""
    names = dict(zip(table["code"], table["name"]))
    grow = PRESENT_LABEL_PX / LABEL_PX if present else 1
    out = []
    for code, geom in zip(joined["code"], joined.geometry):
        point = geom.centroid
        if not geom.contains(point):
            point = geom.representative_point()
        out.append(
            {
                "position": [round(point.x, 5), round(point.y, 5)],
                "name": names.get(code, code),
                "offset": [round(d * grow) for d in LABEL_OFFSETS.get(code, (0, 0))],
            }
        )
    return out


def tooltip_html(present: bool = False) -> dict:
    body = "".join(f"<br/>{{l{i}}}" for i in range(TOOLTIP_LINES))
    return {
        "html": f"<b>{{name}}</b> · {{unit}}{body}",
        "style": {
            "fontSize": f"{PRESENT_LABEL_PX if present else 13}px",
            "maxWidth": "340px" if present else "240px",
            "whiteSpace": "normal",
            "backgroundColor": "#222",
            "color": "#fff",
        },
    }


class FrozenDeck(pdk.Deck):
    """A deck that nobody changes once built (one kept in a cache): its JSON is made once,
    not on every run that draws it (3.7 ms a run for the map page's), and compact (pydeck
    indents it: the map page's was three times the bytes to send and hash)."""

    _json: str | None = None

    def to_json(self) -> str:
        if self._json is None:
            self._json = json.dumps(json.loads(super().to_json()), separators=(",", ":"))
        return self._json


def build_deck(
    features: dict,
    labels: list[dict],
    outline: dict | None,
    view: dict,
    present: bool = False,
    deck=pdk.Deck,
) -> pdk.Deck:
    """The true-shape map: communes filled by class, the district outline, commune names
    (larger in the presentation view). No basemap (``map_provider=None``; ``map_style`` left
    alone, see STYLE.md). ``deck``: the class to build (:class:`FrozenDeck` for one that is
    cached)."""
    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            id="communes",
            data=features,
            pickable=True,
            stroked=True,
            filled=True,
            get_fill_color="properties.fill",
            get_line_color=[90, 90, 90, 255],
            line_width_min_pixels=1,
            auto_highlight=True,
            highlight_color=[0, 0, 0, 60],
        )
    ]
    if outline is not None:
        layers.append(
            pdk.Layer(
                "GeoJsonLayer",
                id="district",
                data=outline,
                pickable=False,
                stroked=True,
                filled=False,
                get_line_color=[20, 20, 20, 255],
                line_width_min_pixels=2.5,
            )
        )
    layers.append(
        pdk.Layer(
            "TextLayer",
            id="names",
            data=labels,
            pickable=False,
            get_position="position",
            get_text="name",
            get_pixel_offset="offset",
            get_size=PRESENT_LABEL_PX if present else LABEL_PX,
            size_units='"pixels"',
            get_color=[20, 20, 20, 255],
            character_set='"auto"',
            font_family=f'"{FONT}"',
            font_weight=600,
            background=True,
            get_background_color=[255, 255, 255, 210],
            background_padding=[3, 1, 3, 1],
            get_text_anchor='"middle"',
            get_alignment_baseline='"center"',
        )
    )
    return deck(
        layers=layers,
        map_provider=None,
        initial_view_state=pdk.ViewState(
            latitude=view["latitude"],
            longitude=view["longitude"],
            zoom=view["zoom"],
            min_zoom=max(view["zoom"] - 1.5, 0),
            max_zoom=view["zoom"] + 4,
            pitch=0,
            bearing=0,
        ),
        views=[pdk.View(type="MapView", controller={"dragRotate": False, "touchRotate": False})],
        tooltip=tooltip_html(present),
    )


def outline_geojson(outline) -> dict:
    """The district outline GeoDataFrame as GeoJSON (in memory), geometry only."""
    return json.loads(outline[["geometry"]].to_json(drop_id=True))
