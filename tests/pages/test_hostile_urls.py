"""Hostile URL parameters on every page: no exception, and the page falls back to its defaults.

Every query key the code knows (the URL keys of gnbv.url_state, the ``*_KEY`` constants and
the literal ``st.query_params`` keys of app_pages/ and ui/) plus unknown ones gets wrong types,
huge numbers, script text, control characters, very long text or repeated values. The widgets
of the page must then hold the same values as on the clean URL.
"""

from __future__ import annotations

import re

import pytest

from gnbv.settings import REPO_ROOT
from tests.apptest import run_page

PAGES = [None, "funding.py", "targets.py", "scenarios.py", "map.py", "allocation.py", "data.py"]
UNKNOWN = {"__proto__": "1", "constructor": "x", "zz_unknown": "1", "_stcore": "x"}
WIDGETS = (
    "slider",
    "select_slider",
    "selectbox",
    "radio",
    "multiselect",
    "number_input",
    "checkbox",
    "toggle",
    "text_input",
)


def _known_keys() -> list[str]:
    keys = {"lang", "present", "p", "q", "id"}
    try:
        from gnbv import page_params
        from gnbv.url_state import ALLOCATION_URL_KEYS, URL_KEYS

        keys.update(URL_KEYS)
        keys.update(ALLOCATION_URL_KEYS)
        for name in dir(page_params):  # every page's codec
            codec = getattr(page_params, name)
            if name.endswith("_CODEC"):
                keys.update(codec.keys)
    except ImportError:
        pass
    sources = [*(REPO_ROOT / "app_pages").glob("*.py"), *(REPO_ROOT / "ui").glob("*.py")]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        keys.update(re.findall(r"^\w*_KEY\s*=\s*\"(\w+)\"", text, flags=re.M))
        keys.update(re.findall(r"query_params(?:\.get(?:_all)?\(|\[)\s*\"(\w+)\"", text))
    keys.discard("page")  # run_page(page, ...) takes it as the page
    return sorted(keys)


KEYS = _known_keys()
CASES = {
    "wrong types": ["abc", "true", "[]", "{}", "0x1F", "1/2"],
    "huge numbers": ["1e308", "-1e309", "9" * 400, "nan", "inf", "-99999999999"],
    "script text": [
        "<script>alert(1)</script>",
        "javascript:alert(1)",
        '"><svg onload=alert(1)>',
        "' OR 1=1 --",
        "{{7*7}}",
        "${7*7}",
    ],
    "control, long": ["\u202e\x00", "../../etc/passwd", "x" * 10000, "", "   ", "🙂" * 50],
    # the last value is the one read: hostile for every key (-1 would be a valid growth)
    "repeated keys": [["5", "abc"], ["1", "<script>"], ["2030", "2030", "-99999"], ["en", "xx"]],
}


def _query(values: list) -> dict:
    query = {key: values[i % len(values)] for i, key in enumerate(KEYS)}
    query.update(UNKNOWN)
    return query


def _widget_values(at) -> list[tuple]:
    out = []
    for kind in WIDGETS:
        for w in at.get(kind):
            out.append((kind, getattr(w, "label", None), repr(w.value)))
    return out


_baselines: dict[str | None, list[tuple]] = {}


def _baseline(page: str | None) -> list[tuple]:
    if page not in _baselines:
        at = run_page(page)
        assert not at.exception, [e.message for e in at.exception]
        _baselines[page] = _widget_values(at)
    return _baselines[page]


def test_the_battery_covers_the_scenario_and_allocation_keys():
    assert {"lang", "present", "r", "h", "mode"} <= set(KEYS)
    assert {"af", "aa", "afl", "acp", "k_poor", "k_z3"} <= set(KEYS)


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p or "home.py")
def test_hostile_query_gives_no_exception_and_the_defaults(page, case):
    expected = _baseline(page)
    at = run_page(page, **_query(CASES[case]))
    assert not at.exception, [e.message for e in at.exception]
    assert _widget_values(at) == expected


@pytest.mark.parametrize(
    ("page", "query", "rejected"),
    [
        ("map.py", {"m": "<script>", "xa": "99999", "y": "2199"}, ["m", "y", "xa"]),
        ("funding.py", {"do": "nope", "da": "DA99"}, ["do", "da"]),
        ("data.py", {"ds": "passwords"}, ["ds"]),
    ],
)
def test_a_value_the_page_cannot_take_is_named_and_the_default_used(page, query, rejected):
    """Well formed but unknown to the data (a commune code, a project, a dataset), or
    malformed: the page names each such key and shows its default."""
    at = run_page(page, **query)
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    for key in rejected:
        assert f"“{key}”" in warnings, (key, warnings)
