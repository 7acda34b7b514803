"""The targets and tasks page (pages/targets.py, gnbv/targets.py).

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
    "tgt_title": ("Mục tiêu và nhiệm vụ", "Targets and responsibilities"),
    "tgt_targets": ("Mục tiêu cụ thể năm 2022", "Specific targets for 2022"),
    "tgt_results": ("Kết quả chủ yếu", "Key results"),
    "tgt_at_least": ("≥", "≥"),
    "tgt_more_than": (">", ">"),
    "tgt_average": ("bình quân", "on average"),
    "tgt_unit_pp_per_year": ("điểm %/năm", "pp a year"),
    "tgt_unit_pct": ("%", "%"),
    "tgt_unit_pp_per_year_long": (
        "cách hiểu mặc định: điểm phần trăm",
        "default reading: percentage points",
    ),
    "tgt_unit_pct_long": ("phần trăm đối tượng", "per cent of those concerned"),
    "tgt_scope_district": ("Toàn huyện", "Whole district"),
    "tgt_scope_poor_communes": ("Các xã nghèo", "Poor communes"),
    "tgt_plan_wording": ("Kế hoạch ghi", "Plan (summary)"),
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
    "tgt_all_projects": ("tất cả các dự án", "all projects"),
    "tgt_no_project_role": ("không chủ trì, phối hợp dự án nào", "no project role"),
    "tgt_legal": ("Căn cứ pháp lý", "Legal bases"),
    "tgt_level_central": ("Trung ương", "Central"),
    "tgt_level_province": ("Tỉnh Lào Cai", "Lào Cai province"),
    "tgt_level_district": ("Huyện Bắc Hà", "Bắc Hà district"),
    "tgt_issued": ("ban hành {date}", "issued {date}"),
    "tgt_date_unknown": ("không ghi ngày", "date not given"),
}
