"""The dashboard's translations: every user-facing string, Vietnamese first.

One accessor: ``t(key, lang, **values)`` returns the text for ``key`` in ``lang`` ("vi" or
"en") with its ``{placeholders}`` filled in from ``values``. ``tr(key, **values)`` in ``ui``
and ``pages`` is the same accessor with the run's language bound, and nothing more:
``ui.common.tr`` is ``t(key, lang(), **values)``; the allocation and scenario pages define it
as ``t(key, lg, **values)`` with ``lg = lang()`` read once a run (they write some sixty texts).
Bilingual *data* (a CSV's ``name_vi`` / ``name_en``) is read with ``column(name, lang)``, and
source references with ``cite``: neither is a catalogue key.

How a translator works: the text is in one catalogue module per page or area, beside this
file (``home.py``, ``funding.py``, ``map.py``, …; ``common.py`` for what every page shares).
Each is one dict, ``TEXT = {key: (Vietnamese, English)}``: Vietnamese first, in NFC (the
composed form every editor writes), the English beside it, each with the same
``{placeholders}``. Change the words, never the key; a new key goes in its page's module.
``tests/i18n/test_catalogues.py`` checks that every key the code uses exists in both
languages with the same placeholders, that every key is used, and that no key is built at
run time: where a key depends on a value (a metric, a status), the code looks it up in an
explicit mapping annotated ``TextKeys`` (``{"poor_rate": "map_metric_poor_rate", …}``), and
keys kept in an order of their own are a tuple annotated ``TextKeyTuple``.

A new catalogue (a new page's) is one line in ``CATALOGUES`` below: its module defines
``TEXT`` the same way. A key defined in two catalogues is an error at import.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

LANGUAGES = ("vi", "en")
DEFAULT_LANG = "vi"

# The catalogues, by module: each defines TEXT = {key: (Vietnamese, English)}.
CATALOGUES = (
    "gnbv.i18n.common",
    "gnbv.i18n.plotly",
    "gnbv.i18n.nav",
    "gnbv.i18n.present",
    "gnbv.i18n.home",
    "gnbv.i18n.funding",
    "gnbv.i18n.targets",
    "gnbv.i18n.map",
    "gnbv.i18n.scenarios",
    "gnbv.i18n.progress",
    "gnbv.i18n.allocation",
    "gnbv.i18n.data",
    "gnbv.i18n.workbook",
    "gnbv.i18n.brief",
)

# A mapping from a domain value (a metric, a status, a sheet) to the key of its text: the
# explicit form of a key that depends on a value, so that a reading of the code sees every key.
# Annotate such a mapping ``NAME: TextKeys = {value: "literal_key", …}`` (module level).
TextKeys = Mapping[str, str]
# Keys in an order of their own (a template's lines of instructions): ``NAME: TextKeyTuple = (…)``.
TextKeyTuple = tuple[str, ...]


def _assemble(modules: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """All catalogues' keys in one dict; a key defined twice raises (whichever catalogue)."""
    text: dict[str, tuple[str, str]] = {}
    where: dict[str, str] = {}
    for name in modules:
        for key, texts in importlib.import_module(name).TEXT.items():
            if key in text:
                raise ValueError(f"translation key {key!r} defined in both {where[key]} and {name}")
            text[key] = texts
            where[key] = name
    return text


TEXT: dict[str, tuple[str, str]] = _assemble(CATALOGUES)


# Source references cite the Vietnamese plan; in English their words are translated, the
# document stays named. Applied in order by ``cite``.
_CITATION_EN = (
    ("Kế hoạch GNBV 2022", "Bắc Hà GNBV plan 2022"),
    ("phần mở đầu và mục I", "preamble and section I"),
    ("tiêu đề", "title"),
    (" và chữ ký", " and signature"),
    ("mục ", "section "),
)


def cite(
    source_ref: object, lang: str, citations: Mapping[str, tuple[str, str]] | None = None
) -> str:
    """A source reference in ``lang``, for readers:

    - source ids ('VNN_2324450', several joined by ';') → their short citations from
      ``citations`` (``PlanData.citations``: {id: (Vietnamese, English)}), each once:
      'VietNamNet, ~2024; Báo Lào Cai'; an id not in ``citations`` is left as it is;
    - a reference to the plan: 'Kế hoạch GNBV 2022, mục II.4.1' → 'Bắc Hà GNBV plan 2022,
      section II.4.1' in English."""
    text = str(source_ref)
    parts = [p.strip() for p in text.split(";") if p.strip()]
    if citations and any(p in citations for p in parts):
        index = LANGUAGES.index(normalise_lang(lang))
        return "; ".join(dict.fromkeys(citations[p][index] if p in citations else p for p in parts))
    if normalise_lang(lang) == "en":
        for vi, en in _CITATION_EN:
            text = text.replace(vi, en)
    return text


def normalise_lang(value: object) -> str:
    """A language code from untrusted input (a URL): 'en' or the default 'vi'."""
    return value if value in LANGUAGES else DEFAULT_LANG


def t(key: str, lang: str, **values: object) -> str:
    """The text for ``key`` in ``lang`` with ``values`` filled in."""
    text = TEXT[key][LANGUAGES.index(normalise_lang(lang))]
    return text.format(**values) if values else text


def column(name: str, lang: str) -> str:
    """The language-specific column of a bilingual table: 'name' → 'name_vi' / 'name_en'."""
    return f"{name}_{normalise_lang(lang)}"
