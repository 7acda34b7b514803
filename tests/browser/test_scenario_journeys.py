"""The scenario survives everything a user does, in a real browser, in Vietnamese and English.

Each journey switches something (the reading, the language, the presentation view, the page,
a reload, the back button, reset, a saved scenario), then touches another control (the
household-growth slider, one step), and checks the URL and the values the page shows: a lost
value would be written into the URL by that touch, as in issue 10 (r=0&rp=0&rn=0&re=0).
Every other widget whose options or labels depend on the language gets the same switch test.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import openpyxl
import pytest

from gnbv.i18n import t
from tests.browser.conftest import assert_clean, start_server

pytestmark = pytest.mark.browser
RATES = ("other_communes_rate", "poor_commune_rate", "near_poor_rate", "ethnic_minority_rate")
OTHER = {"vi": "en", "en": "vi"}
NAV = {"vi": ("Bản đồ", "Kịch bản", "Kinh phí"), "en": ("Map", "Scenarios", "Funding")}
TIMEOUT = 45000


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """A server of its own: its saved scenarios go to a temporary database."""
    db = tmp_path_factory.mktemp("journeys") / "scenarios.sqlite3"
    proc, url = start_server({"GNBV_SCENARIO_DB": str(db), "GNBV_READ_ONLY": "0"})
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def warm(app, visit):
    # The first session of a fresh server answers a deep link with "page not found".
    visit(app + "/", wait_text="GNBV")
    return app


def query(v) -> dict[str, str]:
    return {k: vs[-1] for k, vs in parse_qs(urlparse(v.page.url).query).items()}


def settle(v) -> None:
    v.page.wait_for_timeout(300)
    v.page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=TIMEOUT
    )


def slider(v, key: str):
    return v.page.locator(f".st-key-{key} input[type=range]").first


SLIDERS = (*RATES, "household_growth_pct", "horizon")


def values(v, expected: dict[str, float] | None = None) -> dict[str, float]:
    """The sliders' values; with ``expected``, once they show it (a redraw can lag the run
    a moment; a lost value never comes back, and the next touch would write it)."""
    if expected is not None:
        wanted = {f".st-key-scn_{k} input": expected[k] for k in SLIDERS}
        script = (
            "(wanted) => Object.entries(wanted).every(([sel, value]) => "
            "Number(document.querySelector(sel)?.value) === value)"
        )
        with contextlib.suppress(Exception):
            v.page.wait_for_function(script, arg=wanted, timeout=10000)
    return {k: float(slider(v, f"scn_{k}").input_value()) for k in SLIDERS}


def wait_url(v, key: str, value: str | None) -> None:
    """Until the URL holds key=value (None: until the key is gone)."""
    if value is None:
        script = f"() => !new URLSearchParams(location.search).has('{key}')"
    else:
        script = f"() => new URLSearchParams(location.search).get('{key}') === '{value}'"
    v.page.wait_for_function(script, timeout=TIMEOUT)
    settle(v)


def choose(v, key: str, text: str) -> None:
    """Pick the option whose label holds ``text`` in the selectbox or multiselect ``key``
    (typing it filters the list, as a visitor would)."""
    box = v.page.locator(f".st-key-{key} input").first
    box.click()
    box.fill(text)
    v.page.get_by_role("option", name=text).first.click(timeout=TIMEOUT)
    settle(v)


def chosen(v, key: str, prefix: str) -> str:
    """The label the selectbox ``key`` shows, once it starts with ``prefix`` (the box
    redraws its text a moment after the run; a lost value never gets there)."""
    script = (
        f"() => (document.querySelector('.st-key-{key} input')?.value || '').startsWith({prefix!r})"
    )
    with contextlib.suppress(Exception):
        v.page.wait_for_function(script, timeout=10000)
    return v.page.locator(f".st-key-{key} input").first.input_value()


def unfold(v) -> None:
    """Unfold the settings (reading, rules, households, horizon) if they are folded."""
    fold = v.page.locator(".st-key-scn_settings details").first
    if not fold.evaluate("d => d.open"):
        v.page.locator(".st-key-scn_settings summary").first.click()
    v.page.locator(".st-key-scn_horizon input[type=range]").first.wait_for(timeout=TIMEOUT)
    settle(v)


class Journey:
    """One visitor: the scenario we expect, and the touch of another control."""

    def __init__(self, v, lang: str, expected: dict[str, float]):
        self.v, self.lang, self.expected = v, lang, dict(expected)

    def touch(self) -> None:
        """One step of household growth (+0,1 %), the way a visitor would."""
        self.expected["household_growth_pct"] = round(
            self.expected["household_growth_pct"] + 0.1, 1
        )
        s = slider(self.v, "scn_household_growth_pct")
        s.focus()
        s.press("ArrowRight")
        wait_url(self.v, "g", f"{self.expected['household_growth_pct']:g}")

    def check(self, **url: str) -> None:
        """The values shown are the scenario's, and so is the URL."""
        shown = values(self.v, self.expected)
        assert shown == self.expected, (shown, self.v.page.url)
        q = query(self.v)
        for key, value in url.items():
            assert q.get(key) == value, (key, q)
        assert q.get("g") == f"{self.expected['household_growth_pct']:g}"
        # the labels carry the value in the UI language
        label = self.v.page.locator(".st-key-scn_other_communes_rate").inner_text()
        rate = f"{self.expected['other_communes_rate']:g}".replace(
            ".", "," if self.lang == "vi" else "."
        )
        assert rate in label, label
        assert_clean(self.v)

    def switch_language(self) -> None:
        self.lang = OTHER[self.lang]
        self.v.page.get_by_text(t(f"lang_{self.lang}", self.lang), exact=True).click()
        self.v.page.get_by_text(t("scn_title", self.lang)).first.wait_for(timeout=TIMEOUT)
        settle(self.v)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_scenario_survives_every_switch(warm, visit, lang):
    start = f"{warm}/kich-ban?r=5&h=2027" + ("&lang=en" if lang == "en" else "")
    v = visit(start, wait_text=t("scn_metric_other_communes_rate", lang, year=2027))
    j = Journey(v, lang, dict(zip(RATES, (5.0, 10.0, 0.9, 7.6)), household_growth_pct=0.0))
    j.expected["horizon"] = 2027.0
    unfold(v)
    shown = values(v, j.expected)
    assert shown == j.expected, (shown, v.page.url)

    # the reading: the numbers stay (5 stays 5), the page says what they mean now
    v.page.get_by_text(t("scn_reading_relative", lang), exact=True).click()
    wait_url(v, "mode", "relative")
    assert t("scn_reading_changed", lang, rates="", meaning="")[:20] in v.text()
    j.touch()
    j.check(r="5", mode="relative", h="2027", preset="custom")

    # the language, there and back
    for _ in range(2):
        j.switch_language()
        j.touch()
        j.check(r="5", mode="relative", h="2027")
        assert t("scn_reading_in_force_relative", j.lang) in v.text()

    # the presentation view, on and off
    v.page.get_by_text(t("present_toggle", j.lang), exact=True).click()
    wait_url(v, "present", "1")
    j.touch()
    j.check(r="5", mode="relative", present="1")
    v.page.get_by_role("button", name=t("present_exit", j.lang)).click()
    wait_url(v, "present", None)
    j.touch()
    j.check(r="5", mode="relative")

    # another page and back (the sidebar stays folded after the presentation view)
    to_map, to_scenarios, _ = NAV[j.lang]
    expand = v.page.get_by_test_id("stExpandSidebarButton")
    if expand.count():
        expand.click()
    v.page.get_by_role("link", name=to_map, exact=True).click()
    v.page.get_by_text(t("map_title", j.lang)).first.wait_for(timeout=TIMEOUT)
    settle(v)
    assert query(v).get("r") == "5"  # the map shows the same scenario
    v.page.get_by_role("link", name=to_scenarios, exact=True).click()
    v.page.get_by_text(t("scn_title", j.lang)).first.wait_for(timeout=TIMEOUT)
    settle(v)
    j.touch()
    j.check(r="5", mode="relative", h="2027")

    # a reload: a new session, the scenario from the URL
    v.page.reload()
    v.page.get_by_text(t("scn_title", j.lang)).first.wait_for(timeout=TIMEOUT)
    settle(v)
    unfold(v)
    j.touch()
    j.check(r="5", mode="relative", h="2027")

    # the back button: undo a change of the main rate
    s = slider(v, "scn_other_communes_rate")
    s.focus()
    s.press("ArrowRight")
    wait_url(v, "r", "5.01")
    v.page.go_back()
    wait_url(v, "r", "5")
    v.page.wait_for_function(
        "() => document.querySelector('.st-key-scn_other_communes_rate input').value === '5'",
        timeout=TIMEOUT,
    )
    j.touch()
    j.check(r="5", mode="relative", h="2027")

    # reset: the opening scenario, the published trend
    v.page.get_by_role("button", name=t("scn_reset", j.lang)).click()
    wait_url(v, "r", None)
    j.expected = dict(zip(RATES, (5.67, 8.1, 0.73, 6.16)), household_growth_pct=0.0, horizon=2025.0)
    shown = values(v, j.expected)
    assert shown == j.expected, (shown, v.page.url)
    assert "mode" not in query(v) and "h" not in query(v)
    j.touch()
    j.check(preset="trend")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_opening_a_saved_scenario(warm, visit, lang):
    suffix = "&lang=en" if lang == "en" else ""
    v = visit(f"{warm}/kich-ban?preset=plan&h=2030{suffix}", wait_text=t("scn_title", lang))
    v.page.get_by_role("tab", name=t("scn_tab_saved", lang)).click()
    v.page.get_by_label(t("scn_save_name", lang)).fill(f"Hành trình {lang}")
    v.page.get_by_role("button", name=t("scn_save", lang)).click()
    v.page.get_by_text(t("scn_saved", lang, name=f"Hành trình {lang}")).wait_for(timeout=TIMEOUT)
    settle(v)
    v.page.get_by_role("button", name=t("scn_reset", lang)).click()
    wait_url(v, "h", None)
    choose(v, "scn_saved_pick", f"Hành trình {lang}")
    v.page.locator(".st-key-scn_open button").click()
    wait_url(v, "h", "2030")
    unfold(v)
    j = Journey(v, lang, dict(zip(RATES, (7.0, 10.0, 0.9, 7.6)), household_growth_pct=0.0))
    j.expected["horizon"] = 2030.0
    shown = values(v, j.expected)
    assert shown == j.expected, (shown, v.page.url)
    j.touch()
    j.check(preset="plan", h="2030")
    # the open section and the comparison survive a language switch too
    choose(v, "scn_compare", t("scn_current", lang))
    v.page.keyboard.press("Escape")
    settle(v)
    j.switch_language()
    assert (
        v.page.get_by_role("tab", name=t("scn_tab_saved", j.lang)).get_attribute("aria-selected")
        == "true"
    )
    chosen = v.page.locator(".st-key-scn_compare").inner_text()
    assert t("scn_current", j.lang) in chosen
    j.touch()
    j.check(preset="plan", h="2030")


def test_one_target_in_the_browser(warm, visit):
    """The metric, the sentence, the chart and the commune table name the same target."""
    v = visit(f"{warm}/kich-ban?preset=plan", wait_text=t("scn_title", "vi"))
    metric = v.page.get_by_test_id("stMetric").filter(has_text="Mục tiêu huyện 2025")
    # from the shipped series' end-2024 rows: 28,13 − 1 × 7 = 21,13%
    assert "21,13%" in metric.inner_text()
    assert "đo so với mục tiêu 21,13% năm 2025" in v.text()
    v.page.get_by_role("tab", name=t("scn_tab_charts", "vi")).click()
    v.page.wait_for_function(
        "() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 1",
        timeout=TIMEOUT,
    )
    settle(v)
    chart = " ".join(v.page.locator(".js-plotly-plot").all_inner_texts())
    flat = "".join(chart.split())  # legend entries wrap
    assert "Mụctiêu:giảm7điểm%/nămtừ28,13%(cuối2024)" in flat
    assert "Thamkhảo:kếhoạchtừ42,96%cuối2022(suyra,khôngcôngbố)" in flat
    assert "Chỉ để tham khảo, không dùng để đánh giá" in v.text()
    assert_clean(v)


def _download(v, name: str) -> bytes:
    with v.page.expect_download(timeout=TIMEOUT) as info:
        v.page.get_by_role("button", name=name).click()
    return Path(info.value.path()).read_bytes()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_funding_csv_downloads_in_both_languages(warm, visit, lang):
    suffix = "?lang=en" if lang == "en" else ""
    v = visit(f"{warm}/kinh-phi{suffix}", wait_text=t("fund_title", lang))
    data = _download(v, t("fund_download_csv", lang))
    text = data.decode("utf-8-sig")
    assert data.startswith(b"\xef\xbb\xbf")
    header = text.splitlines()[0]
    if lang == "vi":
        assert ";" in header and "72916" in text.replace(".", "")
    else:
        assert "," in header and ";" not in header
    assert_clean(v)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_scenario_workbook_and_csv_download(warm, visit, lang):
    suffix = "?lang=en" if lang == "en" else ""
    v = visit(f"{warm}/kich-ban{suffix}", wait_text=t("scn_title", lang))
    book = openpyxl.load_workbook(io.BytesIO(_download(v, t("scn_export", lang))))
    assert book.sheetnames[0] == t("scn_x_sheet_assumptions", lang)
    header = [c.value for c in book[t("scn_x_sheet_projection", lang)][1]]
    assert header[:3] == [
        t("scn_x_col_code", lang),
        t("scn_x_col_name", lang),
        t("scn_x_col_year", lang),
    ]
    csv = _download(v, t("scn_export_csv", lang)).decode("utf-8-sig")
    assert csv.splitlines()[0].count(";" if lang == "vi" else ",") == 13
    assert_clean(v)


def test_funding_and_map_widgets_keep_their_values_across_a_language_switch(warm, visit):
    v = visit(f"{warm}/kinh-phi", wait_text=t("fund_title", "vi"))
    measure = v.page.locator(".st-key-fund_measure")
    measure.get_by_role("radio", name=t("fund_measure_share", "vi")).click()
    settle(v)
    choose(v, "fund_project", "Dự án 3")
    v.page.get_by_text("English", exact=True).click()
    v.page.get_by_text(t("fund_title", "en")).first.wait_for(timeout=TIMEOUT)
    settle(v)
    assert chosen(v, "fund_project", "Project 3").startswith("Project 3")
    share = measure.get_by_role("radio", name=t("fund_measure_share", "en"))
    assert share.get_attribute("aria-checked") == "true"
    assert_clean(v)

    v.page.get_by_role("link", name="Map").click()
    v.page.get_by_text(t("map_title", "en")).first.wait_for(timeout=TIMEOUT)
    settle(v)
    choose(v, "map_metric", t("map_metric_households_to_lift", "en"))
    v.page.get_by_text(t("map_classes_quantile", "en"), exact=True).click()
    settle(v)
    choose(v, "map_commune", "Lùng Cải")
    v.page.get_by_text("Lùng Cải · commune").wait_for(timeout=TIMEOUT)
    settle(v)
    v.page.get_by_text("Tiếng Việt", exact=True).click()
    v.page.get_by_text(t("map_title", "vi")).first.wait_for(timeout=TIMEOUT)
    settle(v)
    lift = t("map_metric_households_to_lift", "vi")
    assert chosen(v, "map_metric", lift) == lift
    quantile = v.page.locator(".st-key-map_classing input[type=radio]").nth(1)
    assert quantile.is_checked()
    assert "Lùng Cải · xã" in v.text()
    assert_clean(v)


def test_an_open_task_list_stays_open_across_a_language_switch(warm, visit):
    v = visit(f"{warm}/muc-tieu", wait_text=t("tgt_tasks", "vi"))
    v.page.locator("[data-testid=stExpander] summary").first.click()
    settle(v)
    v.page.get_by_text("English", exact=True).click()
    v.page.get_by_text(t("tgt_tasks", "en")).first.wait_for(timeout=TIMEOUT)
    settle(v)
    opened = v.page.evaluate(
        "() => [...document.querySelectorAll('[data-testid=stExpander] details')].map(d => d.open)"
    )
    assert opened[0] is True and not any(opened[1:])


def test_an_uploaded_baseline_survives_a_language_switch(warm, visit):
    """The Data page's uploader (its label changes with the language) keeps the file, and
    the scenario page then works on the uploaded figures in both languages."""
    from gnbv.data import load_plan_data
    from gnbv.settings import REPO_ROOT
    from tests.workbook.builders import filled_review

    v = visit(f"{warm}/du-lieu", wait_text=t("data_in_use", "vi"))
    # the Vietnamese CSV of a dataset opens in Excel set to Vietnamese
    with v.page.expect_download(timeout=TIMEOUT) as info:
        v.page.locator("[class*='st-key-data_download_csv'] button").first.click()
    header = Path(info.value.path()).read_bytes().decode("utf-8-sig").splitlines()[0]
    assert ";" in header and "," not in header
    v.page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(
        {
            "name": "rà soát.xlsx",
            "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "buffer": filled_review(load_plan_data(REPO_ROOT / "data")),
        }
    )
    v.page.get_by_text(t("data_upload_ok", "vi")).wait_for(timeout=TIMEOUT)
    settle(v)
    v.page.get_by_text("English", exact=True).click()
    v.page.get_by_text(t("data_upload_ok", "en")).wait_for(timeout=TIMEOUT)
    settle(v)
    # the dataset picker names the uploaded figures as such, in English
    picker = v.page.get_by_role("combobox", name=t("data_choose", "en"))
    picker.click()
    picker.fill(t("ds_commune_baseline", "en"))
    uploaded = f"{t('ds_commune_baseline', 'en')} · {t('ds_status_uploaded', 'en')}"
    v.page.get_by_role("option", name=uploaded).wait_for(timeout=TIMEOUT)
    picker.press("Escape")
    assert t("illustrative_notice", "en")[:40] not in v.text()
    v.page.get_by_role("link", name="Scenarios", exact=True).click()
    v.page.get_by_text(t("scn_title", "en")).first.wait_for(timeout=TIMEOUT)
    settle(v)
    assert t("illustrative_notice", "en")[:40] not in v.text()  # the real figures in use
    assert_clean(v)


def test_allocation_choices_survive_a_language_switch(warm, visit):
    """The allocation page's funds and comparison choices are labelled in the UI language:
    after a switch and a touch of another control they hold, in the URL and on screen."""
    v = visit(f"{warm}/phan-bo", wait_text=t("alc_title", "vi"))
    v.page.locator(".st-key-alc_source").wait_for(timeout=TIMEOUT)
    choose(v, "alc_source", "Dự án 1 — vốn sự nghiệp")
    wait_url(v, "af", "DA1.recurrent")
    v.page.locator(".st-key-alc_coefficients summary").first.click()  # the fold opens …
    households = v.page.locator(".st-key-alc_k_households input").first
    households.fill("1")
    households.press("Enter")
    wait_url(v, "k_hh", "1")
    choose(v, "alc_compare", t("alc_neutral_name", "vi"))
    v.page.get_by_text("English", exact=True).click()
    v.page.get_by_text(t("alc_title", "en")).first.wait_for(timeout=TIMEOUT)
    settle(v)
    floor = v.page.locator(".st-key-alc_floor input").first  # … and stays open in English
    floor.fill("10")
    floor.press("Enter")
    wait_url(v, "afl", "10")
    assert query(v)["af"] == "DA1.recurrent" and query(v)["k_hh"] == "1"
    assert chosen(v, "alc_source", "Project 1").startswith("Project 1 — recurrent")
    neutral = t("alc_neutral_name", "en")
    assert chosen(v, "alc_compare", neutral) == neutral
    assert_clean(v)
