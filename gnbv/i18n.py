"""The one translation table of the dashboard: every user-facing string, Vietnamese first.

``t(key, lang, **values)`` returns the text in ``lang`` ("vi" or "en") with ``{values}``
filled in. A missing key or a missing language is an error caught by
``tests/test_i18n.py``. Keep the sections in order; add keys to your page's section.
"""

from __future__ import annotations

LANGUAGES = ("vi", "en")
DEFAULT_LANG = "vi"

# key: (Vietnamese, English)
_COMMON = {
    "app_title": ("GNBV Bắc Hà 2022", "GNBV Bắc Hà 2022"),
    "app_subtitle": (
        "Chương trình MTQG giảm nghèo bền vững — huyện Bắc Hà, tỉnh Lào Cai",
        "National Target Program on Sustainable Poverty Reduction — Bắc Hà district, Lào Cai",
    ),
    "language": ("Ngôn ngữ", "Language"),
    "lang_vi": ("Tiếng Việt", "Tiếng Việt"),
    "lang_en": ("English", "English"),
    "read_only_notice": (
        "Bản công khai, chỉ xem: không tải lên, không lưu.",
        "Public read-only edition: no upload, no saving.",
    ),
    "illustrative_notice": (
        "Số liệu hộ nghèo cấp xã là số liệu MINH HỌA, không phải số liệu thật: không nguồn công khai "
        "nào có số liệu cấp xã. Tổng huyện khớp với số công bố cuối năm 2023 (33,8% hộ nghèo; "
        "18,31% hộ cận nghèo).",
        "Commune poverty figures are ILLUSTRATIVE, not real: no public source has commune-level "
        "figures. The district totals match the published end-2023 rates (33.8% poor; 18.31% "
        "near-poor).",
    ),
    "source": ("Nguồn", "Source"),
    "million_vnd": ("triệu đồng", "million VND"),
    "not_allocated": ("Trung ương chưa phân bổ", "Not allocated by the centre"),
    "not_allocated_note": (
        "Dự án 5: kế hoạch ghi “Trung ương chưa phân bổ” — không phải bằng 0.",
        "Project 5: the plan says “not allocated by the centre” — this is not zero.",
    ),
    "settings_error": ("Cài đặt không hợp lệ", "Invalid setting"),
    "data_error": ("Lỗi dữ liệu", "Data error"),
}

_NAV = {
    "nav_home": ("Tổng quan", "Overview"),
    "nav_funding": ("Kinh phí", "Funding"),
    "nav_targets": ("Mục tiêu & nhiệm vụ", "Targets & tasks"),
    "nav_scenarios": ("Kịch bản", "Scenarios"),
    "nav_map": ("Bản đồ", "Map"),
    "nav_data": ("Dữ liệu", "Data"),
}

_HOME = {
    "home_plan_number": ("Kế hoạch {number}", "Plan {number}"),
    "home_issuer": ("Cơ quan ban hành", "Issued by"),
    "home_signed": ("Ký", "Signed"),
    "home_total": ("Tổng nhu cầu kinh phí năm 2022", "Total funding need, 2022"),
    "home_investment": ("Vốn đầu tư phát triển", "Development investment"),
    "home_recurrent": ("Vốn sự nghiệp", "Recurrent funds"),
    "home_projects": ("Dự án thành phần", "Component projects"),
    "home_projects_help": (
        "{allocated} dự án có vốn; Dự án 5 Trung ương chưa phân bổ",
        "{allocated} funded; Project 5 not allocated by the centre",
    ),
    "home_communes": ("Xã, thị trấn (2022)", "Communes and towns (2022)"),
    "home_communes_help": ("{towns} thị trấn và {xa} xã", "{towns} town and {xa} communes"),
    "home_targets": ("Mục tiêu chính năm 2022", "Main targets for 2022"),
    "home_target_poor": ("Giảm tỷ lệ hộ nghèo", "Poor-household rate down"),
    "home_target_poor_commune": ("Ở các xã nghèo", "In poor communes"),
    "home_target_near_poor": ("Giảm tỷ lệ hộ cận nghèo", "Near-poor rate down"),
    "home_target_em": ("Giảm tỷ lệ hộ nghèo DTTS", "Ethnic-minority poor rate down"),
    "home_per_year": ("mỗi năm, tối thiểu", "a year, at least"),
    "home_actuals": ("Tỷ lệ hộ nghèo toàn huyện đã công bố", "Published district poor rate"),
    "home_actual_derived": ("suy ra, không công bố", "derived, not published"),
    "home_actual_published": ("công bố", "published"),
    "home_end_of_year": ("Cuối năm {year}", "End of {year}"),
    "home_explore": ("Xem tiếp", "Explore"),
}

TEXT: dict[str, tuple[str, str]] = {**_COMMON, **_NAV, **_HOME}


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
