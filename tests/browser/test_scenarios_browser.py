"""The scenario lives in the URL: a copied link reopens the same scenario in a new browser."""

import pytest

from tests.browser.conftest import assert_clean

pytestmark = pytest.mark.browser

RELATIVE = "Cách hiểu đang dùng: giảm tương đối mỗi năm"


def _warm_up(server, visit):
    # The first page load of a fresh server registers the pages (st.navigation); a deep link
    # opened before that is answered "page not found".
    visit(server + "/", wait_text="81.689")


def test_a_url_with_scenario_params_reopens_the_scenario(server, visit):
    _warm_up(server, visit)
    # widgets and metrics load their code lazily: wait for a metric, not just any text
    v = visit(server + "/kich-ban?r=5&mode=relative&h=2028", wait_text="toàn huyện 2028")
    assert_clean(v)
    text = v.text()
    assert RELATIVE in text
    assert "Mục tiêu huyện 2028" in text  # the horizon from the URL
    assert "r=5" in v.page.url and "mode=relative" in v.page.url and "h=2028" in v.page.url


def test_changing_the_scenario_writes_a_link_that_reopens_it(server, visit):
    _warm_up(server, visit)
    v = visit(server + "/kich-ban?h=2027", wait_text="toàn huyện 2027")
    v.page.locator(".st-key-scn_settings summary").first.click()  # the reading is folded
    v.page.get_by_text("Phần trăm tương đối mỗi năm", exact=True).click()
    v.page.get_by_text(RELATIVE).first.wait_for(timeout=30000)
    v.page.wait_for_function("() => location.search.includes('mode=relative')", timeout=10000)
    assert_clean(v)
    link = v.page.url
    assert "h=2027" in link
    again = visit(link, wait_text="toàn huyện 2027")  # a new browser context: a new session
    assert_clean(again)
    assert RELATIVE in again.text()


def test_a_hostile_url_shows_a_notice_not_an_exception(server, visit):
    _warm_up(server, visit)
    v = visit(server + "/kich-ban?r=%3Cscript%3Ealert(1)%3C/script%3E", wait_text="Tham số “r”")
    assert_clean(v)
    assert "Cách hiểu đang dùng: giảm theo điểm phần trăm" in v.text()
