"""The map page in a real browser: nothing leaves the machine, and the deck really draws."""

import io
import time

import numpy as np
import pytest

from gnbv.i18n import t
from gnbv.maps.classes import SEQUENTIAL, rgb
from tests.browser.conftest import assert_clean, wait_idle

pytestmark = pytest.mark.browser

DECK = "[data-testid='stDeckGlJsonChart'] canvas"


@pytest.fixture(scope="module", autouse=True)
def warm_server(server, browser):
    """Open the home page once, to the end of its first run: on a fresh server, a session
    that opens another page before the first run has registered the pages is sent home with
    a "Page not found" dialog (seen on every page, not only this one)."""
    _warm(browser, server)


def _warm(browser, url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "/")
    page.get_by_text("81.689").first.wait_for(timeout=45000)
    context.close()


def _blend(hex_colour: str, alpha: float = 235 / 255) -> tuple[int, int, int]:
    """A fill colour as drawn at the layer's alpha over the page's white."""
    return tuple(round(c * alpha + 255 * (1 - alpha)) for c in rgb(hex_colour)[:3])


def _deck_pixels(v, timeout_s: float = 30):
    """The deck canvas as an (h, w, 3) array, once deck.gl has drawn the communes (polled:
    the first chart of a session loads deck.gl and sets up WebGL first)."""
    from PIL import Image

    canvas = v.page.locator(DECK).first
    canvas.wait_for(timeout=30000)
    deadline = time.time() + timeout_s
    while True:
        image = Image.open(io.BytesIO(canvas.screenshot())).convert("RGB")
        pixels = np.asarray(image, dtype=int)
        drawn = sum(_count(pixels, _blend(c)) for c in SEQUENTIAL)
        if drawn > 0.15 * pixels.shape[0] * pixels.shape[1] or time.time() > deadline:
            return image, pixels
        v.page.wait_for_timeout(500)


def _count(pixels, colour, tol=14) -> int:
    """How many pixels of an (h, w, 3) array are within ``tol`` of ``colour``."""
    return int((np.abs(pixels - np.array(colour)).max(axis=-1) <= tol).sum())


@pytest.mark.parametrize(
    "query, wait_text, title",
    [
        ("", "Bản đồ ô đều nhau", "Bản đồ nghèo theo xã, thị trấn"),
        ("?lang=en", "Equal-area tile map", "Poverty map of the communes"),
    ],
)
def test_map_draws_offline(server, visit, query, wait_text, title):
    v = visit(server + "/ban-do" + query, wait_text=wait_text)
    _image, pixels = _deck_pixels(v)
    assert title in v.text()
    # The canvas is not blank: most of the district is filled with the class colours, at
    # least four classes show, and the district outline (near black) is drawn.
    counts = {c: _count(pixels, _blend(c)) for c in SEQUENTIAL}
    area = pixels.shape[0] * pixels.shape[1]
    assert sum(counts.values()) > 0.15 * area, counts
    assert sum(n > 200 for n in counts.values()) >= 4, counts
    assert _count(pixels, (20, 20, 20), 30) > 500  # the district outline
    # The district is fitted: no class colour touches the canvas edges (nothing cut off).
    edges = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])[None]
    assert not any(_count(edges, _blend(c)) for c in SEQUENTIAL)
    # The tile grid (plotly, SVG) has the commune names.
    v.page.locator(".js-plotly-plot").get_by_text("Lùng Cải").wait_for(timeout=30000)
    assert_clean(v)


def test_tooltip_and_selection(server, visit):
    v = visit(server + "/ban-do?lang=en", wait_text="Equal-area tile map")
    _deck_pixels(v)
    wait_idle(v.page)  # as a visitor would: the click comes after the page's run
    box = v.page.locator(DECK).first.bounding_box()
    # The middle of the district's bounding box lies inside the communes.
    x, y = box["x"] + box["width"] * 0.55, box["y"] + box["height"] * 0.5
    v.page.mouse.move(x, y)
    tooltip = v.page.locator(".deck-tooltip")
    tooltip.wait_for(state="visible", timeout=10000)
    text = tooltip.inner_text()
    # the map shows the scenario's start: the shipped series' end-2024 rows
    assert "Poor rate 2024:" in text and "Near-poor rate:" in text
    name = text.split("·")[0].strip()
    v.page.mouse.click(x, y)
    # The picker takes the commune clicked on and its panel opens.
    v.page.get_by_role("heading", name=f"{name} ·").wait_for(timeout=30000)
    v.page.get_by_text("Trajectory under the scenario").wait_for(timeout=30000)
    assert_clean(v)


def test_without_boundaries_the_tile_grid_still_works(browser, tmp_path):
    from tests.browser.conftest import Visit, start_server

    proc, url = start_server({"GNBV_BOUNDARIES": str(tmp_path / "missing.geojson")})
    try:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        v = Visit(page)
        page.on("request", lambda r: v.requests.append(r.url))
        page.goto(url + "/ban-do")  # the process is warm: start_server ran it once
        said = t("map_boundary_missing", "vi", message=t("geo_missing", "vi"))
        page.get_by_text(said).first.wait_for(timeout=45000)
        # in Vietnamese, with no server path and no setting's name (those are in the log)
        assert "GNBV_BOUNDARIES" not in v.text() and str(tmp_path) not in v.text()
        assert page.locator(DECK).count() == 0
        page.locator(".js-plotly-plot").get_by_text("Lùng Cải").wait_for(timeout=30000)
        assert not v.external_requests, v.external_requests
        context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
