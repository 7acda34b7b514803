"""Choropleth maps of Bắc Hà's 19 communes of 2022 that need no internet. Plain Python (no
streamlit), one module per part:

* :mod:`~gnbv.maps.classes` — the metrics to colour by, their classes and colours, the legend;
* :mod:`~gnbv.maps.tables` — each commune's figures (baseline, scenario), the map as a table;
* :mod:`~gnbv.maps.trajectory` — a commune's trajectory chart and its table;
* :mod:`~gnbv.maps.deck` — the pydeck ``Deck`` of the true-shape map (no basemap);
* :mod:`~gnbv.maps.tiles` — the equal-area tile grid (a plotly figure).

The commune boundaries are third-party data read at run time (``gnbv.cache.boundaries(path)``);
nothing computed from them here (label points, the fitted view) is ever written to a file.
"""
