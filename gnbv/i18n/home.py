"""The overview page (pages/home.py).

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
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
    "home_per_year_at_least": ("mỗi năm, tối thiểu", "a year, at least"),
    "home_per_year_average": ("bình quân mỗi năm", "a year, on average"),
    "home_actuals": ("Tỷ lệ hộ nghèo toàn huyện đã công bố", "Published district poor rate"),
    "home_actual_derived": ("suy ra, không công bố", "derived, not published"),
    "home_actual_published": ("công bố", "published"),
    "home_end_of_year": ("Cuối năm {year}", "End of {year}"),
    "home_explore": ("Xem tiếp", "Explore"),
}
