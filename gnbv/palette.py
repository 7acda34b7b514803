"""The dashboard's colours, the same on every page, readable for colour-blind viewers.

- Projects (Dự án 1–7): the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008),
  designed to stay distinguishable under protanopia, deuteranopia and tritanopia. Its black is
  replaced by a dark grey so it reads on both light and dark themes.
- Capital types: Paul Tol's "high-contrast" dark blue (investment) and yellow (recurrent), a
  pair that differs in lightness as well as hue (readable in greyscale too).
- Target status: Paul Tol's "bright" blue (met) and red (short); never red/green.

Use ``project_color(project_id)`` / ``capital_color(kind)`` / ``STATUS_COLORS``.
"""

from __future__ import annotations

PROJECT_COLORS: dict[str, str] = {
    "DA1": "#0072B2",  # blue
    "DA2": "#E69F00",  # orange
    "DA3": "#009E73",  # bluish green
    "DA4": "#CC79A7",  # reddish purple
    "DA5": "#56B4E9",  # sky blue
    "DA6": "#D55E00",  # vermilion
    "DA7": "#555555",  # dark grey (Okabe–Ito black, softened)
}

CAPITAL_COLORS: dict[str, str] = {
    "investment": "#004488",  # Paul Tol high-contrast dark blue (vốn đầu tư phát triển)
    "recurrent": "#DDAA33",  # Paul Tol high-contrast yellow (vốn sự nghiệp)
}

STATUS_COLORS: dict[str, str] = {
    "met": "#4477AA",  # Paul Tol bright blue
    "short": "#EE6677",  # Paul Tol bright red
}

# Anything not in the tables above (an uploaded project code, say).
NEUTRAL = "#BBBBBB"


def project_color(project_id: str) -> str:
    return PROJECT_COLORS.get(str(project_id), NEUTRAL)


def capital_color(kind: str) -> str:
    return CAPITAL_COLORS.get(str(kind), NEUTRAL)


def project_color_map(project_ids) -> dict[str, str]:
    """``{project_id: colour}`` for a plotly ``color_discrete_map``."""
    return {str(pid): project_color(pid) for pid in project_ids}
