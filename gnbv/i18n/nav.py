"""The navigation: page titles.

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
    "nav_home": ("Tổng quan", "Overview"),
    "nav_funding": ("Kinh phí", "Funding"),
    "nav_targets": ("Mục tiêu & nhiệm vụ", "Targets & tasks"),
    "nav_scenarios": ("Kịch bản", "Scenarios"),
    "nav_map": ("Bản đồ", "Map"),
    "nav_allocation": ("Phân bổ", "Allocation"),
    "nav_data": ("Dữ liệu", "Data"),
}
