"""The PDF meeting brief (gnbv/brief/, ui/brief.py).

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
    "brief_button": ("Bản tin PDF", "PDF brief"),
    "brief_help": (
        "Bản tin khổ A4 (một hoặc hai trang) để in mang vào cuộc họp: những gì trang này đang "
        "hiển thị, theo các lựa chọn hiện tại, bằng ngôn ngữ đang dùng.",
        "An A4 brief (one or two pages) to print for the meeting: what this page shows, with "
        "the choices in force, in the language in use.",
    ),
    "brief_made_on": ("Lập ngày {date}", "Made on {date}"),
    "brief_page": ("Trang {page}/{pages}", "Page {page} of {pages}"),
    "brief_plan_line": (
        "Theo: {title}. {issuer}, {place_date}.",
        "From: {title}. {issuer}, {place_date}.",
    ),
    "brief_in_force": ("Lựa chọn đang áp dụng", "Choices in force"),
    "brief_reopen": (
        "Mở lại đúng màn hình này (quét mã QR hoặc gõ địa chỉ):",
        "Reopen this same view (scan the QR code or type the address):",
    ),
    "brief_data_shipped": (
        "Số liệu: bộ số liệu đi kèm bảng điều khiển.",
        "Data: the data set shipped with the dashboard.",
    ),
    "brief_baseline_illustrative": (
        "Số liệu hộ nghèo cấp xã: bộ số liệu MINH HỌA đi kèm (không phải số liệu thật).",
        "Commune poverty figures: the shipped ILLUSTRATIVE set (not real figures).",
    ),
    "brief_baseline_uploaded": (
        "Số liệu hộ nghèo cấp xã: số liệu tải lên trong phiên làm việc này.",
        "Commune poverty figures: those uploaded in this session.",
    ),
    "brief_projects_uploaded": (
        "Bảng kinh phí: số liệu tải lên trong phiên làm việc này.",
        "Funding table: the one uploaded in this session.",
    ),
    "brief_uploaded_link": (
        "Đường dẫn mở lại các lựa chọn này với số liệu đi kèm; số liệu tải lên chỉ có trong "
        "phiên đã tải.",
        "The link reopens these choices with the shipped data; uploaded data stay in the "
        "session that loaded them.",
    ),
    "brief_language": ("Ngôn ngữ: tiếng Việt.", "Language: English."),
    "brief_home_chart": (
        "Tỷ lệ hộ nghèo năm gốc của từng xã (số liệu minh họa)",
        "Baseline poor-household rate by commune (illustrative figures)",
    ),
    "brief_home_chart_real": (
        "Tỷ lệ hộ nghèo năm gốc của từng xã",
        "Baseline poor-household rate by commune",
    ),
    "brief_funding_table": (
        "Kinh phí theo dự án (triệu đồng)",
        "Funding by project (million VND)",
    ),
    "brief_scn_table": (
        "{count} xã, thị trấn xa mục tiêu nhất năm {year}",
        "The {count} communes furthest from their {year} target",
    ),
    "brief_scn_chart_plan": (
        "Tỷ lệ hộ nghèo toàn huyện: kế hoạch, thực tế và kịch bản",
        "District poor rate: plan, reality and scenario",
    ),
    "brief_scn_chart_communes": (
        "Tỷ lệ hộ nghèo năm {year} của từng xã; vạch đen: mục tiêu",
        "Poor rate in {year}, commune by commune; black tick: the target",
    ),
    "brief_alc_chart": (
        "Kinh phí phân bổ cho từng xã (triệu đồng)",
        "Funds allocated to each commune (million VND)",
    ),
    "brief_alc_funds": ("Nguồn kinh phí: {funds}.", "Funds: {funds}."),
}
