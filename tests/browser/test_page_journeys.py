"""Every page's choices live in the URL and survive what a visitor does, in a real browser, in
Vietnamese and English (ui.state.PageState, the one state mechanism).

Each journey makes the page's choices, then: switches the language, turns the presentation
goes to another page and comes back with the browser's Back button, turns the presentation
view on and off, reloads,
and opens the copied link in a new browser; after each step it checks the URL and the values
the page shows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from gnbv.i18n import t
from tests.browser.conftest import assert_clean
from tests.browser.test_scenario_journeys import OTHER, TIMEOUT, choose, chosen, query, settle

pytestmark = pytest.mark.browser


def _box_starts(v, key: str, text: str) -> bool:
    return chosen(v, key, text).startswith(text)


def _radio_checked(v, key: str, label: str) -> bool:
    radio = v.page.locator(f".st-key-{key}").get_by_role("radio", name=label)
    with contextlib.suppress(Exception):
        v.page.wait_for_function(
            "(el) => el.getAttribute('aria-checked') === 'true' || el.checked",
            arg=radio.element_handle(timeout=TIMEOUT),
            timeout=10000,
        )
    return radio.get_attribute("aria-checked") == "true" or radio.is_checked()


@dataclass
class PageJourney:
    path: str
    title: str  # its title's key
    act: Callable  # (v, lang) -> None: make the page's choices
    shown: Callable  # (v, lang) -> bool: the page shows them
    url: dict[str, str]  # what the URL says then


def _funding_act(v, lang):
    measure = v.page.locator(".st-key-fund_measure")
    measure.get_by_role("radio", name=t("fund_measure_share", lang)).click()
    settle(v)
    choose(v, "fund_project", t("alc_project", lang, number=4))


def _funding_shown(v, lang):
    return _box_starts(v, "fund_project", t("alc_project", lang, number=4)) and _radio_checked(
        v, "fund_measure", t("fund_measure_share", lang)
    )


def _map_act(v, lang):
    choose(v, "map_metric", t("map_metric_near_poor_rate", lang))
    v.page.get_by_text(t("map_classes_quantile", lang), exact=True).click()
    settle(v)
    choose(v, "map_commune", "Lùng Cải")


def _map_shown(v, lang):
    metric = t("map_metric_near_poor_rate", lang)
    kind = "xã" if lang == "vi" else "commune"
    with contextlib.suppress(Exception):
        v.page.get_by_text(f"Lùng Cải · {kind}").first.wait_for(timeout=10000)
    quantile = v.page.locator(".st-key-map_classing input[type=radio]").nth(1)
    return (
        chosen(v, "map_metric", metric) == metric
        and quantile.is_checked()
        and f"Lùng Cải · {kind}" in v.text()
    )


def _data_act(v, lang):
    choose(v, "data_dataset", t("ds_sub_projects", lang))


def _data_shown(v, lang):
    return _box_starts(v, "data_dataset", t("ds_sub_projects", lang))


def _allocation_act(v, lang):
    choose(v, "alc_source", t("alc_source_custom", lang))
    amount = v.page.locator(".st-key-alc_amount input").first
    amount.wait_for(timeout=TIMEOUT)
    amount.fill("5000")
    amount.press("Enter")
    settle(v)
    v.page.get_by_role("tab", name=t("alc_tab_maps", lang)).click()
    settle(v)


def _allocation_shown(v, lang):
    tab = v.page.get_by_role("tab", name=t("alc_tab_maps", lang))
    amount = v.page.locator(".st-key-alc_amount input").first
    with contextlib.suppress(Exception):
        amount.wait_for(timeout=10000)
    return (
        _box_starts(v, "alc_source", t("alc_source_custom", lang))
        and amount.input_value().replace(".", "").replace(",", "") == "5000"
        and tab.get_attribute("aria-selected") == "true"
    )


def _segment(v, key: str, label: str) -> None:
    """Pick ``label`` in the segmented control ``key`` (its options are radios)."""
    v.page.locator(f".st-key-{key}").get_by_role("radio", name=label, exact=True).click()
    settle(v)


def _progress_act(v, lang):
    _segment(v, "pg_reading", t("pg_reading_relative", lang))
    _segment(v, "pg_map_mode", t("pg_map_mode_change", lang))
    choose(v, "pg_year", "2023")


def _progress_shown(v, lang):
    return (
        _radio_checked(v, "pg_reading", t("pg_reading_relative", lang))
        and _radio_checked(v, "pg_map_mode", t("pg_map_mode_change", lang))
        and chosen(v, "pg_year", "2023") == "2023"
        and chosen(v, "pg_compare", "2022") == "2022"
    )


JOURNEYS = {
    "funding": PageJourney(
        "kinh-phi", "fund_title", _funding_act, _funding_shown, {"do": "share", "da": "DA4"}
    ),
    "map": PageJourney(
        "ban-do",
        "map_title",
        _map_act,
        _map_shown,
        {"m": "near_poor_rate", "cl": "quantile", "xa": "02842"},
    ),
    "progress": PageJourney(
        "tien-do",
        "pg_title",
        _progress_act,
        _progress_shown,
        {"mode": "relative", "map": "change", "y": "2023"},
    ),
    "data": PageJourney("du-lieu", "data_title", _data_act, _data_shown, {"ds": "sub_projects"}),
    "allocation": PageJourney(
        "phan-bo",
        "alc_title",
        _allocation_act,
        _allocation_shown,
        {"af": "custom", "aa": "5000", "tab": "maps"},
    ),
}


def _wait_title(v, key: str, lang: str) -> None:
    v.page.get_by_text(t(key, lang)).first.wait_for(timeout=TIMEOUT)
    settle(v)


def _check(v, j: PageJourney, lang: str, step: str) -> None:
    """After ``step``: the page shows the choices and the URL says them and the language."""
    assert j.shown(v, lang), (step, v.page.url)
    q = query(v)
    for key, value in j.url.items():
        assert q.get(key) == value, (step, key, q)
    assert q.get("lang") == ("en" if lang == "en" else None), (step, q)
    assert_clean(v)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("name", JOURNEYS)
def test_a_page_keeps_its_choices_through_a_visit(server, visit, browser, name, lang):
    j = JOURNEYS[name]
    suffix = "?lang=en" if lang == "en" else ""
    v = visit(f"{server}/{j.path}{suffix}", wait_text=t(j.title, lang))
    j.act(v, lang)
    _check(v, j, lang, "chosen")

    lang = OTHER[lang]  # the language switch
    v.page.get_by_text(t(f"lang_{lang}", lang), exact=True).click()
    _wait_title(v, j.title, lang)
    _check(v, j, lang, "language switched")

    v.page.get_by_role("link", name=t("nav_targets", lang)).first.click()  # another page
    _wait_title(v, "tgt_title", lang)
    v.page.go_back()
    _wait_title(v, j.title, lang)
    _check(v, j, lang, "another page and Back")

    v.page.get_by_text(t("present_toggle", lang), exact=True).click()  # presentation view
    v.page.wait_for_function("() => location.search.includes('present=1')", timeout=TIMEOUT)
    settle(v)
    _check(v, j, lang, "presentation view")
    v.page.get_by_role("button", name=t("present_exit", lang)).click()
    v.page.wait_for_function("() => !location.search.includes('present=1')", timeout=TIMEOUT)
    settle(v)

    v.page.reload()
    _wait_title(v, j.title, lang)
    _check(v, j, lang, "reload")

    shared = visit(v.page.url, wait_text=t(j.title, lang))  # the copied link, a new browser
    _check(shared, j, lang, "shared link")
