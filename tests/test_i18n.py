"""The accessor and the helpers of gnbv.i18n. The catalogues against the code that uses
them (keys used, defined, both languages, placeholders, NFC): tests/i18n/test_catalogues.py."""

import pytest

from gnbv import i18n


@pytest.mark.parametrize("value", ["fr", None, "<script>", 3, ["en"]])
def test_hostile_language_falls_back_to_vietnamese(value):
    assert i18n.normalise_lang(value) == "vi"


def test_translate():
    assert i18n.t("nav_funding", "vi") == "Kinh phí"
    assert i18n.t("nav_funding", "en") == "Funding"
    assert i18n.t("home_end_of_year", "en", year=2023) == "End of 2023"


def test_citations_in_english():
    assert (
        i18n.cite("Kế hoạch GNBV 2022, mục II.4.1", "en") == "Bắc Hà GNBV plan 2022, section II.4.1"
    )
    assert (
        i18n.cite("Kế hoạch GNBV 2022, tiêu đề, mục II.4 và chữ ký", "en")
        == "Bắc Hà GNBV plan 2022, title, section II.4 and signature"
    )
    assert (
        i18n.cite("Kế hoạch GNBV 2022, phần mở đầu và mục I", "en")
        == "Bắc Hà GNBV plan 2022, preamble and section I"
    )
    assert i18n.cite("Kế hoạch GNBV 2022, mục II.2", "vi") == "Kế hoạch GNBV 2022, mục II.2"


def test_source_ids_become_readable_citations(plan_data):
    citations = plan_data.citations
    assert i18n.cite("VNN_2324450", "vi", citations) == "VietNamNet, ~2024"
    # several ids, each once, in order; the English publisher where it differs
    assert i18n.cite("VNN_2324450;BLC_395217", "en", citations) == "VietNamNet, ~2024; Báo Lào Cai"
    assert i18n.cite("BHDDC_NAHOI; BHDDC_TACHAI", "en", citations) == "Bắc Hà district portal"
    assert i18n.cite("KH_GNBV_2022", "vi", citations) == "UBND huyện Bắc Hà, 2022"
    # an id without a citation stays as it is; a plan reference is still translated
    assert i18n.cite("VNN_2324450;NEW_1", "vi", citations) == "VietNamNet, ~2024; NEW_1"
    assert i18n.cite("Kế hoạch GNBV 2022, mục II.2", "en", citations) == (
        "Bắc Hà GNBV plan 2022, section II.2"
    )
