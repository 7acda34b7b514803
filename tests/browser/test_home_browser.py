import pytest

from tests.browser.conftest import assert_clean

pytestmark = pytest.mark.browser


def test_home_in_vietnamese(server, visit):
    v = visit(server + "/", wait_text="81.689 triệu đồng")
    assert_clean(v)
    text = v.text()
    assert "70.852 triệu đồng" in text and "10.837 triệu đồng" in text


def test_home_in_english_from_the_url(server, visit):
    v = visit(server + "/?lang=en", wait_text="VND 81,689 million")
    assert_clean(v)
    assert "Development investment" in v.text()


def test_switching_language_puts_it_in_the_url(server, visit):
    v = visit(server + "/", wait_text="81.689 triệu đồng")
    v.page.get_by_text("English", exact=True).click()
    v.page.get_by_text("VND 81,689 million").wait_for(timeout=30000)
    v.page.wait_for_function("() => location.search.includes('lang=en')", timeout=10000)
    assert_clean(v)
