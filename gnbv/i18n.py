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

_FUNDING = {
    "fund_title": ("Kinh phí thực hiện năm 2022", "Funding for 2022"),
    "fund_intro": (
        "Nguồn vốn của Kế hoạch theo loại vốn, theo dự án thành phần và theo cơ quan chủ trì "
        "(đơn vị: triệu đồng).",
        "The plan's funds by capital type, by component project and by lead agency "
        "(unit: million VND).",
    ),
    "fund_uploaded": (
        "Đang dùng bảng phân bổ do người dùng tải lên trong phiên này, không phải số của Kế hoạch.",
        "Showing allocations uploaded in this session, not the plan's figures.",
    ),
    "fund_total": ("Tổng kinh phí", "Total funds"),
    "fund_capital_type": ("Loại vốn", "Capital type"),
    "fund_investment": ("Vốn đầu tư phát triển", "Development investment"),
    "fund_recurrent": ("Vốn sự nghiệp", "Recurrent funds"),
    "fund_share_of_total": ("{share} tổng số", "{share} of the total"),
    "fund_by_capital": ("Theo loại vốn", "By capital type"),
    "fund_by_project": ("Theo dự án thành phần", "By component project"),
    "fund_measure": ("Hiển thị", "Show"),
    "fund_measure_amount": ("Số tiền", "Amount"),
    "fund_measure_share": ("Tỷ trọng", "Share"),
    "fund_breakdown": ("Dự án → tiểu dự án → loại vốn", "Project → sub-project → capital type"),
    "fund_breakdown_note": (
        "Kế hoạch chỉ ghi kinh phí cho từng dự án, không chia theo tiểu dự án: ô tiểu dự án mang "
        "toàn bộ kinh phí của dự án. Dự án 5 không có trong sơ đồ vì Trung ương chưa phân bổ.",
        "The plan gives amounts per project only, not per sub-project: a sub-project box carries "
        "the whole project's amount. Project 5 is not in the chart: not allocated by the centre.",
    ),
    "fund_by_agency": ("Theo cơ quan chủ trì", "By lead agency"),
    "fund_project_n": ("Dự án {n}", "Project {n}"),
    "fund_sub_project_n": ("Tiểu dự án {n}", "Sub-project {n}"),
    "fund_sub_not_split": (
        "kinh phí cả dự án; kế hoạch không chia theo tiểu dự án",
        "whole project's amount; the plan does not split it by sub-project",
    ),
    "fund_all_projects": ("Tổng cộng", "Total"),
    "fund_amount": ("Kinh phí (triệu đồng)", "Amount (million VND)"),
    "fund_share": ("Tỷ trọng (%)", "Share (%)"),
    "fund_project": ("Dự án", "Project"),
    "fund_project_name": ("Tên dự án", "Project name"),
    "fund_lead": ("Cơ quan chủ trì", "Lead agency"),
    "fund_coordinating": ("Cơ quan phối hợp", "Co-ordinating bodies"),
    "fund_projects_led": ("Dự án chủ trì", "Projects led"),
    "fund_status": ("Tình trạng", "Status"),
    "fund_allocated": ("Đã phân bổ", "Allocated"),
    "fund_investment_col": ("Vốn ĐTPT (triệu đồng)", "Investment (million VND)"),
    "fund_recurrent_col": ("Vốn sự nghiệp (triệu đồng)", "Recurrent (million VND)"),
    "fund_total_col": ("Tổng (triệu đồng)", "Total (million VND)"),
    "fund_share_col": ("Tỷ trọng (%)", "Share (%)"),
    "fund_details": ("Chi tiết dự án", "Project details"),
    "fund_select_project": ("Chọn dự án", "Choose a project"),
    "fund_objective": ("Mục tiêu", "Objective"),
    "fund_target_groups": ("Đối tượng", "Target groups"),
    "fund_support": ("Nội dung hỗ trợ", "Support content"),
    "fund_sub_projects": ("Tiểu dự án", "Sub-projects"),
    "fund_no_sub_projects": ("Kế hoạch không nêu tiểu dự án.", "The plan names no sub-projects."),
    "fund_table": ("Bảng số liệu đang hiển thị", "The figures shown, as tables"),
    "fund_download_xlsx": ("Tải Excel (.xlsx)", "Download Excel (.xlsx)"),
    "fund_download_csv": ("Tải CSV (theo dự án)", "Download CSV (by project)"),
    "fund_sheet_projects": ("Theo dự án", "By project"),
    "fund_sheet_capital": ("Theo loại vốn", "By capital type"),
    "fund_sheet_agency": ("Theo cơ quan chủ trì", "By lead agency"),
    "fund_hover_amount": ("Kinh phí", "Amount"),
    "fund_hover_share": ("Tỷ trọng", "Share"),
    "fund_no_data": (
        "Bảng phân bổ đang dùng không có dự án nào có vốn.",
        "The allocation table in use has no funded project.",
    ),
}

_TARGETS = {
    "tgt_title": ("Mục tiêu và nhiệm vụ", "Targets and responsibilities"),
    "tgt_targets": ("Mục tiêu cụ thể năm 2022", "Specific targets for 2022"),
    "tgt_results": ("Kết quả chủ yếu", "Key results"),
    "tgt_at_least": ("≥", "≥"),
    "tgt_more_than": (">", ">"),
    "tgt_unit_pp_per_year": ("điểm %/năm", "pp a year"),
    "tgt_unit_pct": ("%", "%"),
    "tgt_unit_pp_per_year_long": (
        "điểm phần trăm mỗi năm (cách hiểu mặc định)",
        "percentage points a year (the default reading)",
    ),
    "tgt_unit_pct_long": ("phần trăm đối tượng", "per cent of those concerned"),
    "tgt_scope_district": ("Toàn huyện", "Whole district"),
    "tgt_scope_poor_communes": ("Các xã nghèo", "Poor communes"),
    "tgt_plan_wording": ("Kế hoạch ghi", "The plan says"),
    "tgt_actual": (
        "Năm {year}: giảm {value} ({status}, so với mức bình quân {target})",
        "{year}: down {value} ({status}, against the average of {target})",
    ),
    "tgt_met": ("đạt", "met"),
    "tgt_short": ("chưa đạt", "short"),
    "tgt_actual_source": ("Số công bố; nguồn: {source}", "Published figures; source: {source}"),
    "tgt_matrix": ("Phân công nhiệm vụ", "Who does what"),
    "tgt_matrix_intro": (
        "Các cơ quan ở mục 6 của Kế hoạch và vai trò với từng dự án (theo mục 4).",
        "The bodies of section 6 of the plan and their role in each project (from section 4).",
    ),
    "tgt_lead": ("Chủ trì", "Leads"),
    "tgt_coordinates": ("Phối hợp", "Co-ordinates"),
    "tgt_body": ("Cơ quan", "Body"),
    "tgt_section": ("Mục", "Section"),
    "tgt_other_body": ("ngoài mục 6", "not in section 6"),
    "tgt_ubnd_note": (
        "UBND các xã, thị trấn phối hợp thực hiện tất cả các dự án.",
        "The People's Committees of the communes and the town co-ordinate every project.",
    ),
    "tgt_tasks": ("Nhiệm vụ của từng cơ quan", "Each body's tasks"),
    "tgt_no_project_role": ("không chủ trì dự án nào", "leads no project"),
    "tgt_legal": ("Căn cứ pháp lý", "Legal bases"),
    "tgt_level_central": ("Trung ương", "Central"),
    "tgt_level_province": ("Tỉnh Lào Cai", "Lào Cai province"),
    "tgt_level_district": ("Huyện Bắc Hà", "Bắc Hà district"),
    "tgt_issued": ("ban hành {date}", "issued {date}"),
    "tgt_date_unknown": ("không ghi ngày", "date not given"),
}

_PRESENT = {
    "present_toggle": ("Chế độ trình chiếu", "Presentation view"),
    "present_help": (
        "Chữ lớn, thu gọn thanh bên; giữ khi chuyển trang (?present=1).",
        "Large type, sidebar folded away; kept across pages (?present=1).",
    ),
    "present_exit": ("Thoát trình chiếu", "Leave presentation view"),
}

TEXT: dict[str, tuple[str, str]] = {**_COMMON, **_NAV, **_HOME, **_FUNDING, **_TARGETS, **_PRESENT}


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
