"""The briefs of the pages' opening views, made as the pages' buttons make them (through
gnbv.cache), and what the tests read in a PDF: its text, its pages, its fonts."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pypdf

from gnbv import allocation as al
from gnbv import cache, cache_briefs
from gnbv.brief.frame import view_link
from gnbv.scenario import ScenarioParams
from gnbv.settings import REPO_ROOT
from gnbv.versioned import Versioned

DATA_DIR = str(REPO_ROOT / "data")
DAY = date(2026, 12, 6)
BASE_URL = "http://localhost:8501"
KINDS = ("home", "funding", "scenario", "allocation", "progress")


def plan():
    return cache.plan_data(data_dir=DATA_DIR)


def baseline(uploaded: bool = False) -> Versioned:
    """The shipped commune baseline, Versioned as the pages pass it; ``uploaded``: the same
    figures as a planner's upload (not shipped: the brief says uploaded figures are in use)."""
    shipped = plan().versioned("commune_baseline")
    return Versioned.of(shipped.frame) if uploaded else shipped


def start(uploaded: bool = False):
    """Where the scenario starts on the shipped data (the series' 2024 rows), as the scenario
    page passes it; ``uploaded``: the same series as a planner's upload."""
    series = plan().versioned("commune_series")
    if uploaded:
        series = Versioned.of(series.frame)
    return cache.scenario_start(baseline(), series)


def scenario_params():
    return cache.scenario_presets(DATA_DIR).opening()


def allocation_inputs(lang: str, params: al.AllocationParams | None = None):
    """What the allocation page passes for ``params`` (default: the page's opening): the
    page's view, the params, the funds and their label."""
    data = plan()
    shown = cache.allocation_page(data, baseline(), True, None, data.versioned("projects"), lang)
    params = params or al.AllocationParams()
    if params.source == al.CUSTOM:
        return shown, params, int(params.amount), "An amount typed in"
    funds, label = shown.funds[params.source]
    return shown, params, funds, label


def make(kind: str, lang: str, link: str | None = None, day: date = DAY) -> bytes:
    """The brief of ``kind``'s opening view in ``lang``, made on ``day``."""
    data = plan()
    link = link or view_link(BASE_URL, "", {}, lang)
    if kind == "home":
        return cache_briefs.home_brief(data, baseline(), True, link, lang, day)
    if kind == "funding":
        return cache_briefs.funding_brief(data.versioned("projects"), data, link, lang, day)
    if kind == "progress":
        series = data.versioned("commune_series")
        return cache_briefs.progress_brief(data, series, ScenarioParams(), True, link, lang, day)
    if kind == "scenario":
        params = scenario_params()
        return cache_briefs.scenario_brief(start(), params, DATA_DIR, link, lang, day)
    shown, params, funds, label = allocation_inputs(lang)
    return cache_briefs.allocation_brief(
        shown.criteria,
        params,
        funds,
        label,
        None,
        None,
        shown.sources,
        data,
        True,
        link,
        lang,
        day,
    )


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def text(pdf: bytes) -> str:
    """The PDF's text as a reader's tool extracts it, NFC, lines joined by spaces."""
    raw = " ".join(page.extract_text() for page in reader(pdf).pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """Every font the PDF uses: (its name, whether its glyphs are embedded)."""
    found = []
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((str(font["/BaseFont"]), embedded))
    return found
