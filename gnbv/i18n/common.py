"""Words every page shares: the app's title, the language switch, notices, units.

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("GNBV Bắc Hà 2022", "GNBV Bắc Hà 2022"),
    "app_subtitle": (
        "Chương trình MTQG giảm nghèo bền vững — huyện Bắc Hà, tỉnh Lào Cai",
        "National Target Program on Sustainable Poverty Reduction — Bắc Hà district, Lào Cai",
    ),
    "lang_vi": ("Tiếng Việt", "Tiếng Việt"),
    "lang_en": ("English", "English"),
    "read_only_notice": ("Bản công khai, chỉ để xem.", "Public edition, for viewing only."),
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
    "settings_error": (
        "Cài đặt {setting} không hợp lệ; đang dùng giá trị mặc định {default}.",
        "Setting {setting} is not valid; using its default, {default}.",
    ),
    "chart_table_of": ("Bảng số liệu: {chart}", "As a table: {chart}"),
    "data_error": (
        "Số liệu của trang đang bị lỗi nên chưa hiển thị được. Người quản trị trang xem chi tiết "
        "trong nhật ký máy chủ.",
        "The dashboard's data is broken, so this page cannot be shown. The site's operator "
        "finds the details in the server log.",
    ),
    "url_value_rejected": (
        "Giá trị “{param}” trong đường dẫn không hợp lệ hoặc không có trong dữ liệu: đã dùng giá "
        "trị mặc định.",
        "The link's value “{param}” is not valid or not in the data: the default is used.",
    ),
}
