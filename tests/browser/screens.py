"""What the screen tests look at on a page, in the browser: the screens, waiting for a page to
finish drawing, the layout and chart-text measures, axe-core, and full-page screenshots."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from gnbv.chart_style import MIN_PX, PRESENT_MIN_PX


@dataclass(frozen=True)
class Screen:
    width: int
    height: int
    present: bool  # the presentation view (?present=1)

    @property
    def min_px(self) -> int:
        """The smallest chart text allowed on this screen."""
        return PRESENT_MIN_PX if self.present else MIN_PX


SCREENS = {
    "phone": Screen(390, 844, False),
    "desktop": Screen(1440, 900, False),
    "present": Screen(1920, 1080, True),
}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SERIOUS = ("critical", "serious")

# -1 while the page is still working (a run, a skeleton, a chart not drawn yet), else the
# number of elements on it.
_STATE_JS = """() => {
  const busy = document.querySelector('[data-testid=stStatusWidget], [data-testid=stSkeleton]')
    || [...document.querySelectorAll('[data-testid=stPlotlyChart]')]
         .some(c => !c.querySelector('.main-svg'));
  return busy ? -1 : document.querySelectorAll('.stElementContainer').length;
}"""


def settle(page, quiet: int = 3, timeout_s: float = 45) -> None:
    """Wait until the page has finished its run and drawn every chart: not busy, and the same
    number of elements ``quiet`` times in a row, 0,4 s apart. (The status widget alone is not
    enough: it shows only after a run has taken a while.)"""
    last, same = None, 0
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        count = page.evaluate(_STATE_JS)
        same = same + 1 if count == last and count >= 0 else 0
        last = count
        if same >= quiet:
            return
        page.wait_for_timeout(400)
    raise TimeoutError(f"{page.url} did not finish drawing in {timeout_s} s")


# The page's layout and every chart's text: its rendered size (font size × the SVG's scale;
# rotated texts too), whether it lies outside its chart, and legends over axis texts.
MEASURE_JS = """() => {
  const shown = (el, stop) => {
    for (let e = el; e && e !== stop; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0)
        return false;
    }
    return true;
  };
  const meets = (a, b) => a.left < b.right - 1 && b.left < a.right - 1
                       && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const out = {lang: document.documentElement.lang, width: window.innerWidth,
               scrollWidth: document.scrollingElement.scrollWidth, charts: []};
  document.querySelectorAll('[data-testid=stPlotlyChart]').forEach((chart, i) => {
    const box = chart.getBoundingClientRect();
    const texts = [];
    const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      const el = node.parentElement;
      const text = node.textContent.trim();
      if (!text || !el.closest('svg') || el.closest('.hoverlayer, .modebar')) continue;
      if (!shown(el, chart)) continue;
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      const m = el.getScreenCTM();
      const scale = m ? Math.hypot(m.a, m.b) : 1;
      texts.push({text: text.slice(0, 60), px: parseFloat(getComputedStyle(el).fontSize) * scale,
                  out: r.left < box.left - 1 || r.right > box.right + 1
                       || r.top < box.top - 1 || r.bottom > box.bottom + 1});
    }
    const axisTexts = [...chart.querySelectorAll(
        '.xtick text, .ytick text, .g-xtitle text, .g-ytitle text, .g-gtitle text')]
      .map(t => t.getBoundingClientRect()).filter(r => r.width);
    const legend = chart.querySelector('.legend');
    const lr = legend && legend.getBoundingClientRect();
    const overlap = !!lr && lr.width > 0 && axisTexts.some(r => meets(lr, r));
    out.charts.push({i, texts, overlap});
  });
  return out;
}"""


def layout_problems(page, screen: Screen, where: str) -> list[str]:
    """Everything wider than the window, chart text too small for ``screen`` or outside its
    chart, and legends over axis texts, as messages naming ``where``."""
    m = page.evaluate(MEASURE_JS)
    problems = []
    if m["scrollWidth"] > m["width"]:
        problems.append(f"{where}: page {m['scrollWidth']} px wide in a {m['width']} px window")
    for chart in m["charts"]:
        texts = chart["texts"]
        small = sorted({(round(t["px"], 1), t["text"]) for t in texts if t["px"] < screen.min_px})
        if small:
            problems.append(
                f"{where}: chart {chart['i']} has text below {screen.min_px} px: {small[:5]}"
            )
        cut = [t["text"] for t in texts if t["out"]]
        if cut:
            problems.append(f"{where}: chart {chart['i']} has text outside the chart: {cut[:5]}")
        if chart["overlap"]:
            problems.append(f"{where}: chart {chart['i']}: the legend covers axis text")
    return problems


def chart_text_sizes(page) -> list[float]:
    """The rendered size (px) of every chart text on the page."""
    return [t["px"] for c in page.evaluate(MEASURE_JS)["charts"] for t in c["texts"]]


def axe_problems(page, where: str) -> list[str]:
    """axe-core's critical and serious WCAG 2.1 A/AA violations (bundled by the pip package
    axe-playwright-python: no network), as messages naming ``where``."""
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    problems = []
    for v in result.response["violations"]:
        if v["impact"] in SERIOUS:
            nodes = "; ".join(
                f"{n['html'][:120]} ({(n.get('any') or [{}])[0].get('message', '')[:160]})"
                for n in v["nodes"][:3]
            )
            problems.append(f"{where}: axe {v['impact']} {v['id']} ×{len(v['nodes'])}: {nodes}")
    return problems


def full_page_shot(page, path: Path) -> None:
    """A screenshot of the whole page. Streamlit scrolls inside its main container, not the
    document: the window is made as tall as the content for the shot, then put back."""
    viewport = page.viewport_size
    height = page.evaluate(
        "() => Math.max(document.documentElement.scrollHeight,"
        " ...[...document.querySelectorAll('[data-testid=stMain]')].map(e => e.scrollHeight))"
    )
    if height > viewport["height"]:
        page.set_viewport_size({"width": viewport["width"], "height": min(int(height), 12000)})
        page.wait_for_timeout(800)  # charts and the map redraw at the new size
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(viewport)


def slug(path: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "home"


def nav_paths(page) -> list[str]:
    """The paths of every page in the open page's navigation ('/', '/kinh-phi', …): a page
    added to the navigation later is walked too."""
    hrefs = page.eval_on_selector_all(
        "[data-testid='stSidebarNav'] a", "els => els.map(e => e.getAttribute('href'))"
    )
    return sorted({"/" + re.sub(r"^(https?://[^/]+)?/?", "", h).split("?")[0] for h in hrefs})
