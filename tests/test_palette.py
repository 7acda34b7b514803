import re

from gnbv import palette

HEX = re.compile(r"^#[0-9A-F]{6}$")


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def test_one_colour_per_project_all_distinct():
    assert set(palette.PROJECT_COLORS) == {f"DA{i}" for i in range(1, 8)}
    colours = list(palette.PROJECT_COLORS.values())
    assert len(set(colours)) == 7
    assert all(HEX.match(c) for c in colours)


def test_capital_types_and_status():
    assert set(palette.CAPITAL_COLORS) == {"investment", "recurrent"}
    assert set(palette.STATUS_COLORS) == {"met", "short"}
    inv, rec = palette.CAPITAL_COLORS["investment"], palette.CAPITAL_COLORS["recurrent"]
    # Capital types differ in lightness, so they read apart in greyscale too.
    assert abs(_luminance(inv) - _luminance(rec)) > 0.3


def test_lookup_falls_back_to_neutral():
    assert palette.project_color("DA1") == "#0072B2"
    assert palette.project_color("DA99") == palette.NEUTRAL
    assert palette.capital_color("other") == palette.NEUTRAL
    assert palette.project_color_map(["DA2", "X"]) == {"DA2": "#E69F00", "X": palette.NEUTRAL}
