"""The one translation table of the dashboard: every user-facing string, Vietnamese first.

``t(key, lang, **values)`` returns the text in ``lang`` ("vi" or "en") with ``{values}``
filled in. A missing key or a missing language is an error caught by
``tests/test_i18n.py``. Keep the sections in order; add keys to your page's section.
"""

from __future__ import annotations

from collections.abc import Mapping

from gnbv import i18n_brief

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
    "settings_error": ("Cài đặt không hợp lệ", "Invalid setting"),
    "chart_table_of": ("Bảng số liệu: {chart}", "As a table: {chart}"),
    "data_error": ("Lỗi dữ liệu", "Data error"),
}

# plotly's own words (its chart toolbar), by its exact English text: given to plotly as a locale
# dictionary (ui.charts), so the toolbar is in the UI language.
_PLOTLY = {
    "plotly_download": ("Tải biểu đồ về (PNG)", "Download plot as a PNG"),
    "plotly_download_lower": ("Tải biểu đồ về (PNG)", "Download plot as a png"),
    "plotly_zoom": ("Phóng to một vùng", "Zoom"),
    "plotly_pan": ("Kéo", "Pan"),
    "plotly_zoom_in": ("Phóng to", "Zoom in"),
    "plotly_zoom_out": ("Thu nhỏ", "Zoom out"),
    "plotly_autoscale": ("Tự co giãn", "Autoscale"),
    "plotly_reset_axes": ("Đặt lại trục", "Reset axes"),
    "plotly_reset_view": ("Đặt lại khung nhìn", "Reset view"),
    "plotly_box_select": ("Chọn theo hình chữ nhật", "Box Select"),
    "plotly_lasso_select": ("Chọn tự do", "Lasso Select"),
    "plotly_zoom_back": ("Bấm đúp để thu nhỏ lại", "Double-click to zoom back out"),
}

_NAV = {
    "nav_home": ("Tổng quan", "Overview"),
    "nav_funding": ("Kinh phí", "Funding"),
    "nav_targets": ("Mục tiêu & nhiệm vụ", "Targets & tasks"),
    "nav_scenarios": ("Kịch bản", "Scenarios"),
    "nav_map": ("Bản đồ", "Map"),
    "nav_allocation": ("Phân bổ", "Allocation"),
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
    "home_per_year_at_least": ("mỗi năm, tối thiểu", "a year, at least"),
    "home_per_year_average": ("bình quân mỗi năm", "a year, on average"),
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
    "fund_breakdown_item": ("Hạng mục", "Item"),
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
    "fund_investment_short": ("Vốn ĐTPT", "Investment"),
    "fund_recurrent_short": ("Vốn sự nghiệp", "Recurrent"),
    "fund_total_short": ("Tổng", "Total"),
    "fund_share_short": ("Tỷ trọng %", "Share %"),
    "fund_table_unit": ("Đơn vị: triệu đồng.", "Unit: million VND."),
    "fund_projects_n": ("Dự án {numbers}", "Projects {numbers}"),
    "fund_details": ("Chi tiết dự án", "Project details"),
    "fund_select_project": ("Chọn dự án", "Choose a project"),
    "fund_objective": ("Mục tiêu", "Objective"),
    "fund_target_groups": ("Đối tượng", "Target groups"),
    "fund_support": ("Nội dung hỗ trợ", "Support content"),
    "fund_sub_projects": ("Tiểu dự án", "Sub-projects"),
    "fund_no_sub_projects": ("Kế hoạch không nêu tiểu dự án.", "The plan names no sub-projects."),
    "fund_table": ("Tải số liệu các biểu đồ", "Download the charts' figures"),
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

_PRESENT = {
    "present_toggle": ("Chế độ trình chiếu", "Presentation view"),
    "present_help": (
        "Chữ lớn, thu gọn thanh bên; giữ khi chuyển trang (?present=1).",
        "Large type, sidebar folded away; kept across pages (?present=1).",
    ),
    "present_exit": ("Thoát trình chiếu", "Leave presentation view"),
}

_MAP = {
    "map_title": ("Bản đồ nghèo theo xã, thị trấn", "Poverty map of the communes"),
    "map_intro": (
        "19 đơn vị hành chính cấp xã năm 2022 (1 thị trấn, 18 xã). Bấm vào một xã trên bản đồ "
        "hoặc chọn ở ô bên dưới để xem chi tiết.",
        "The 19 commune-level units of 2022 (1 town, 18 communes). Click a commune on a map or "
        "pick one below for its details.",
    ),
    "map_metric": ("Tô màu theo", "Colour by"),
    "map_metric_poor_rate": ("Tỷ lệ hộ nghèo năm gốc", "Baseline poor rate"),
    "map_metric_near_poor_rate": ("Tỷ lệ hộ cận nghèo năm gốc", "Baseline near-poor rate"),
    "map_metric_projected_poor_rate": (
        "Tỷ lệ hộ nghèo dự kiến (theo kịch bản)",
        "Projected poor rate (scenario)",
    ),
    "map_metric_households_to_lift": (
        "Số hộ cần thoát nghèo để đạt mục tiêu",
        "Households to lift out of poverty to meet the target",
    ),
    "map_metric_target_status": ("Tình trạng mục tiêu giảm nghèo", "Poor-rate target status"),
    "map_year": ("Năm", "Year"),
    "map_classes": ("Phân lớp", "Classes"),
    "map_classes_fixed": ("Khoảng cố định", "Fixed intervals"),
    "map_classes_quantile": ("Phân vị (số xã đều nhau)", "Quantiles (equal counts)"),
    "map_legend_note": ("Mỗi lớp gồm cả giá trị cận dưới.", "Each class includes its lower bound."),
    "map_legend_status": (
        "Mục tiêu tỷ lệ hộ nghèo của xã đến năm {horizon}: {met_rule}",
        "The commune's poor-rate target by {horizon}: {met_rule}",
    ),
    "map_met_rule": (
        "đạt khi tỷ lệ theo kịch bản không cao hơn mục tiêu, tức chỉ tiêu giảm mỗi năm của kế "
        "hoạch (7; 10 ở xã nghèo) tính từ tỷ lệ năm gốc của xã — cùng mục tiêu với trang Kịch bản",
        "met when the scenario's rate is not above the target: the plan's yearly fall (7; 10 "
        "in poor communes) from the commune's baseline rate — the same target as on the "
        "Scenarios page",
    ),
    "map_no_data": ("Không có số liệu", "No data"),
    "map_class_of": ("lớp {label}", "class {label}"),
    "map_col_unit": ("Loại đơn vị", "Unit"),
    "map_col_class": ("Lớp trên bản đồ", "Class on the map"),
    "map_tiles_alt": (
        "Bản đồ ô đều nhau của 19 xã, thị trấn, tô màu theo {metric}",
        "Equal-area tile map of the 19 communes, coloured by {metric}",
    ),
    "map_traj_alt": (
        "Diễn biến tỷ lệ hộ nghèo, cận nghèo của {name} theo kịch bản",
        "Poor and near-poor rates of {name} under the scenario",
    ),
    "map_status_met": ("Đạt", "Met"),
    "map_status_short": ("Chưa đạt", "Short"),
    "map_unit_households": ("hộ", "households"),
    "map_unit_thi_tran": ("thị trấn", "town"),
    "map_unit_xa": ("xã", "commune"),
    "map_tt_poor": ("Tỷ lệ hộ nghèo {year}", "Poor rate {year}"),
    "map_tt_near_poor": ("Tỷ lệ hộ cận nghèo", "Near-poor rate"),
    "map_tt_projected": ("Tỷ lệ hộ nghèo dự kiến {year}", "Projected poor rate {year}"),
    "map_tt_to_lift": ("Hộ cần thoát nghèo đến {year}", "Households to lift by {year}"),
    "map_tt_status": ("Mục tiêu hộ nghèo cuối kỳ", "Poor-rate target at the horizon"),
    "map_shape": ("Bản đồ theo ranh giới", "True-shape map"),
    "map_tiles": ("Bản đồ ô đều nhau", "Equal-area tile map"),
    "map_tiles_help": (
        "Mỗi xã một ô cùng cỡ, đặt gần đúng vị trí địa lý: thị trấn Bắc Hà (~1,5 km²) được thấy "
        "rõ như các xã lớn.",
        "One same-size tile per commune, roughly where it lies: the town of Bắc Hà (~1.5 km²) "
        "counts as much as the large communes.",
    ),
    "map_alt": (
        "Bản đồ 19 xã, thị trấn huyện Bắc Hà tô màu theo {metric}",
        "Map of the 19 communes of Bắc Hà district coloured by {metric}",
    ),
    "map_boundary_missing": (
        "Không vẽ được bản đồ theo ranh giới. Lý do: {message}",
        "The true-shape map cannot be drawn. Reason: {message}",
    ),
    "map_boundary_needs": (
        "Cần tệp ranh giới các xã năm 2022 (GeoJSON, mỗi xã có thuộc tính `code` là mã xã của "
        "TCTK), đặt ở đường dẫn trong biến môi trường `GNBV_BOUNDARIES`. Bản đồ ô bên cạnh vẫn "
        "dùng được.",
        "It needs the 2022 commune boundary file (GeoJSON, each commune with a `code` property "
        "holding its GSO code) at the path in the `GNBV_BOUNDARIES` environment variable. The "
        "tile map beside it still works.",
    ),
    "map_codes_mismatch": (
        "Mã xã trong tệp ranh giới không khớp với số liệu; các xã không khớp được tô xám hoặc bị "
        "bỏ qua.",
        "The commune codes in the boundary file do not match the data; unmatched communes are "
        "grey or left out.",
    ),
    "map_codes_only_data": (
        "Có trong số liệu, không có trong tệp ranh giới: {codes}",
        "In the data but not in the boundary file: {codes}",
    ),
    "map_codes_only_boundaries": (
        "Có trong tệp ranh giới, không có trong số liệu: {codes}",
        "In the boundary file but not in the data: {codes}",
    ),
    "map_outline_missing": (
        "Không có đường ranh giới huyện ({message}); bản đồ vẫn vẽ các xã.",
        "No district outline ({message}); the communes are still drawn.",
    ),
    "map_scenario_points": (
        "Kịch bản đang dùng: {preset}. Tỷ lệ hộ nghèo giảm {district} điểm %/năm "
        "({poor_commune} điểm %/năm ở xã nghèo), hộ cận nghèo {near_poor} điểm %/năm, đến năm "
        "{horizon} (cách hiểu: điểm phần trăm).",
        "Scenario in force: {preset}. Poor rate down {district} pp a year ({poor_commune} pp "
        "in poor communes), near-poor rate {near_poor} pp a year, to {horizon} (reading: "
        "percentage points).",
    ),
    "map_scenario_relative": (
        "Kịch bản đang dùng: {preset}. Tỷ lệ hộ nghèo giảm {district}%/năm so với chính nó "
        "({poor_commune}% ở xã nghèo), hộ cận nghèo {near_poor}%/năm, đến năm {horizon} (cách "
        "hiểu: tương đối).",
        "Scenario in force: {preset}. Poor rate down {district}% of itself a year "
        "({poor_commune}% in poor communes), near-poor rate {near_poor}% a year, to {horizon} "
        "(reading: relative).",
    ),
    "map_scenario_change": ("Đổi kịch bản", "Change the scenario"),
    "map_to_lift_help": (
        "Số hộ nghèo năm gốc trừ số hộ nghèo năm đã chọn nếu xã giảm đúng mức mục tiêu của kế "
        "hoạch (cùng cách hiểu và tăng số hộ của kịch bản).",
        "Poor households at the baseline minus poor households in the chosen year if the "
        "commune fell exactly at the plan's target rate (with the scenario's reading and "
        "household growth).",
    ),
    "map_pick": ("Xã, thị trấn", "Commune"),
    "map_pick_placeholder": (
        "Bấm vào một xã trên bản đồ hoặc chọn ở đây",
        "Click a commune on a map or pick one here",
    ),
    "map_panel_households": ("Số hộ năm {year}", "Households, {year}"),
    "map_panel_leaving": (
        "Hộ thoát nghèo theo kịch bản đến {year}",
        "Households leaving poverty under the scenario by {year}",
    ),
    "map_panel_poor_commune": ("Xã nghèo (theo quy tắc đang dùng)", "Poor commune (rule in force)"),
    "map_yes": ("Có", "Yes"),
    "map_no": ("Không", "No"),
    "map_panel_trajectory": ("Diễn biến theo kịch bản", "Trajectory under the scenario"),
    "map_panel_targets": ("Các mục tiêu của xã đến năm {horizon}", "Its targets by {horizon}"),
    "map_target_poor": ("Tỷ lệ hộ nghèo", "Poor rate"),
    "map_target_near_poor": ("Tỷ lệ hộ cận nghèo", "Near-poor rate"),
    "map_target_ethnic_minority_poor": ("Tỷ lệ hộ nghèo DTTS", "Ethnic-minority poor rate"),
    "map_col_target": ("Chỉ tiêu", "Measure"),
    "map_col_start": ("Năm gốc {year}", "Baseline {year}"),
    "map_col_end": ("Kịch bản {year}", "Scenario {year}"),
    "map_col_goal": ("Lộ trình mục tiêu {year}", "Target path {year}"),
    "map_col_gap": ("Cao hơn mục tiêu", "Above target by"),
    "map_col_status": ("Tình trạng", "Status"),
    "map_traj_poor": ("Tỷ lệ hộ nghèo (kịch bản)", "Poor rate (scenario)"),
    "map_traj_near_poor": ("Tỷ lệ hộ cận nghèo (kịch bản)", "Near-poor rate (scenario)"),
    "map_traj_target": ("Lộ trình mục tiêu hộ nghèo", "Poor-rate target path"),
    "map_traj_axis": ("Tỷ lệ", "Rate"),
    "map_home": ("Tỷ lệ hộ nghèo theo xã", "Poor rate by commune"),
}

# Planners' workbooks (gnbv/workbook/): validation messages, report headers, templates.
_WORKBOOK = {
    "report_severity": ("Mức độ", "Severity"),
    "report_error": ("Lỗi", "Error"),
    "report_warning": ("Cảnh báo", "Warning"),
    "report_sheet": ("Trang tính", "Sheet"),
    "report_row": ("Dòng", "Row"),
    "report_column": ("Cột", "Column"),
    "report_problem": ("Vấn đề và yêu cầu", "Problem and what is expected"),
    "expect_code": ("mã xã 5 chữ số, ví dụ 02839", "a 5-digit commune code, e.g. 02839"),
    "expect_year": ("năm rà soát, ví dụ 2023", "the review year, e.g. 2023"),
    "expect_count": ("số hộ: số nguyên ≥ 0", "a number of households: a whole number ≥ 0"),
    "expect_project": ("mã dự án, ví dụ DA1", "a project code, e.g. DA1"),
    "expect_sub_project": ("mã tiểu dự án, ví dụ DA4_TDA1", "a sub-project code, e.g. DA4_TDA1"),
    "expect_amount": (
        "số tiền: số nguyên triệu đồng ≥ 0",
        "an amount: whole million VND ≥ 0",
    ),
    "wb_capital_investment": ("Vốn đầu tư phát triển", "Development investment"),
    "wb_capital_recurrent": ("Vốn sự nghiệp", "Recurrent funds"),
    "wb_capital_total": ("Tổng kinh phí", "Total funds"),
    "wb_xml_unprotected": (
        "Máy chủ chưa bật bảo vệ đọc XML (defusedxml), nên không nhận tệp tải lên.",
        "XML protection (defusedxml) is not in force on the server, so uploads are refused.",
    ),
    "wb_file_empty": ("Tệp rỗng (0 byte).", "The file is empty (0 bytes)."),
    "wb_too_large": (
        "Tệp nặng {size} MB, vượt giới hạn {limit} MB.",
        "The file is {size} MB, over the {limit} MB limit.",
    ),
    "wb_macro_extension": (
        "Tệp {ext} có thể chứa macro nên không được nhận; hãy lưu lại thành sổ Excel .xlsx.",
        "{ext} files can hold macros and are refused; save the workbook as .xlsx.",
    ),
    "wb_not_xlsx": (
        "Tệp có đuôi “{ext}”; chỉ nhận sổ Excel .xlsx.",
        "The file ends in “{ext}”; only Excel .xlsx workbooks are accepted.",
    ),
    "wb_not_zip": (
        "Nội dung tệp không phải sổ Excel .xlsx (có thể là tệp khác đã đổi tên, hoặc .xls cũ).",
        "The content is not an Excel .xlsx workbook (perhaps another file renamed, or an old .xls).",
    ),
    "wb_damaged": (
        "Tệp .xlsx bị hỏng, không đọc được.",
        "The .xlsx file is damaged and cannot be read.",
    ),
    "wb_too_many_parts": (
        "Tệp có {count} phần nén, nhiều hơn giới hạn {limit}.",
        "The file holds {count} zipped parts, more than the limit of {limit}.",
    ),
    "wb_uncompressed_declared": (
        "Khi giải nén tệp sẽ thành {size} MB (theo khai báo), vượt giới hạn {limit} MB "
        "(có thể là “bom nén”).",
        "Unzipped, the file would be {size} MB (as declared), over the {limit} MB limit "
        "(possibly a zip bomb).",
    ),
    "wb_uncompressed_actual": (
        "Khi giải nén, dữ liệu thực tế vượt giới hạn {limit} MB (có thể là “bom nén”).",
        "Unzipped, the actual data goes over the {limit} MB limit (possibly a zip bomb).",
    ),
    "wb_not_spreadsheet": (
        "Tệp không phải bảng tính Excel (thiếu hoặc sai phần [Content_Types].xml).",
        "The file is not an Excel spreadsheet ([Content_Types].xml missing or not a workbook).",
    ),
    "wb_macro_content": (
        "Sổ có chứa macro (VBA) nên không được nhận; hãy lưu lại thành sổ .xlsx không macro.",
        "The workbook holds macros (VBA) and is refused; save it as a macro-free .xlsx.",
    ),
    "wb_encrypted": (
        "Tệp được đặt mật khẩu; hãy bỏ mật khẩu rồi tải lên lại.",
        "The file is password-protected; remove the password and upload it again.",
    ),
    "wb_xml_dtd": (
        "Phần “{part}” chứa khai báo DTD/thực thể XML (có thể là “bom XML”); không được nhận.",
        "Part “{part}” holds an XML DTD / entity declaration (possibly an XML bomb); refused.",
    ),
    "wb_unreadable": (
        "Không đọc được sổ Excel; hãy mở bằng Excel và lưu lại thành .xlsx.",
        "The workbook cannot be read; open it in Excel and save it again as .xlsx.",
    ),
    "wb_sheet_missing": (
        "Không có trang tính “{expected}”. Các trang tính trong tệp: {found}.",
        "There is no sheet “{expected}”. Sheets in the file: {found}.",
    ),
    "wb_too_many_rows": (
        "Có dữ liệu sau dòng giới hạn; tối đa {limit} dòng dữ liệu.",
        "There is data past the row limit; at most {limit} data rows.",
    ),
    "wb_no_header": (
        "Dòng 1 phải là dòng tiêu đề của mẫu; dòng này trống.",
        "Row 1 must hold the template's headers; it is empty.",
    ),
    "wb_no_rows": (
        "Không có dòng dữ liệu nào dưới dòng tiêu đề.",
        "There are no data rows under the headers.",
    ),
    "wb_column_missing": (
        "Thiếu cột “{expected}” ở dòng tiêu đề.",
        "Column “{expected}” is missing from the header row.",
    ),
    "wb_column_duplicate": (
        "Cột này lặp lại (đã có ở cột {first}).",
        "This column appears twice (already in column {first}).",
    ),
    "wb_column_ignored": (
        "Cột không thuộc mẫu; được bỏ qua.",
        "Not a column of the template; ignored.",
    ),
    "wb_required": ("Ô trống; cần {expected}.", "Empty cell; expected {expected}."),
    "wb_not_number": (
        "“{value}” không phải là số; cần {expected}.",
        "“{value}” is not a number; expected {expected}.",
    ),
    "wb_not_whole": (
        "{value} không phải số nguyên; cần {expected}.",
        "{value} is not a whole number; expected {expected}.",
    ),
    "wb_wrong_type": (
        "Giá trị “{value}” sai kiểu (ngày tháng, đúng/sai hoặc lỗi công thức); cần {expected}.",
        "“{value}” is of the wrong type (a date, true/false or a formula error); "
        "expected {expected}.",
    ),
    "wb_formula_no_value": (
        "Ô có công thức “{formula}” nhưng không có giá trị đã lưu; công thức không được tính ở "
        "đây. Hãy mở tệp bằng Excel và lưu lại, hoặc nhập số.",
        "The cell holds the formula “{formula}” with no saved value; formulas are not "
        "calculated here. Open the file in Excel and save it, or type the number.",
    ),
    "wb_negative": ("{value} là số âm; cần số ≥ 0.", "{value} is negative; expected ≥ 0."),
    "wb_households_zero": (
        "Tổng số hộ là 0; một xã phải có hộ.",
        "Households is 0; a commune has households.",
    ),
    "wb_unknown_commune": (
        "“{value}” không phải mã của một trong 19 xã, thị trấn (02839–02899).",
        "“{value}” is not the code of one of the 19 communes (02839–02899).",
    ),
    "wb_duplicate_commune": (
        "Mã xã {value} lặp lại (đã có ở dòng {first}).",
        "Commune code {value} appears twice (already on row {first}).",
    ),
    "wb_name_mismatch": (
        "Tên “{value}” khác tên của mã {code} (“{expected}”); dùng theo mã.",
        "Name “{value}” differs from the name of code {code} (“{expected}”); the code is used.",
    ),
    "wb_year_range": (
        "Năm {value} nằm ngoài khoảng {low}–{high}.",
        "Year {value} is outside {low}–{high}.",
    ),
    "wb_year_mixed": (
        "Năm {value} khác năm {expected} ở dòng {first}; cả tệp là một lần rà soát, cùng một năm.",
        "Year {value} differs from {expected} on row {first}; the file is one review, one year.",
    ),
    "wb_poor_exceed": (
        "Hộ nghèo {poor} + hộ cận nghèo {near} = {total}, lớn hơn tổng số hộ {households}.",
        "Poor {poor} + near-poor {near} = {total}, more than the {households} households.",
    ),
    "wb_em_exceed": (
        "Số hộ DTTS {value} lớn hơn tổng số hộ {households}.",
        "Ethnic-minority households {value} exceed the {households} households.",
    ),
    "wb_em_poor_exceed_poor": (
        "Số hộ nghèo DTTS {value} lớn hơn số hộ nghèo {poor}.",
        "Ethnic-minority poor households {value} exceed the {poor} poor households.",
    ),
    "wb_em_poor_exceed_em": (
        "Số hộ nghèo DTTS {value} lớn hơn số hộ DTTS {em}.",
        "Ethnic-minority poor households {value} exceed the {em} ethnic-minority households.",
    ),
    "wb_missing_communes": (
        "Thiếu {count} xã, thị trấn: {communes}.",
        "{count} commune(s) missing: {communes}.",
    ),
    "wb_unknown_project": (
        "“{value}” không phải mã dự án của kế hoạch ({known}).",
        "“{value}” is not a project code of the plan ({known}).",
    ),
    "wb_unknown_sub_project": (
        "“{value}” không phải tiểu dự án của {project} (có: {known}).",
        "“{value}” is not a sub-project of {project} (accepted: {known}).",
    ),
    "wb_duplicate_allocation": (
        "Dòng {value} lặp lại (đã có ở dòng {first}).",
        "Row {value} appears twice (already on row {first}).",
    ),
    "wb_mixed_rows": (
        "{project} vừa có dòng chung vừa có dòng theo tiểu dự án; chọn một cách để khỏi tính "
        "hai lần.",
        "{project} has both a whole-project row and sub-project rows; use one or the other so "
        "nothing is counted twice.",
    ),
    "wb_missing_projects": (
        "Thiếu dự án: {projects} (để trống cả ba ô số tiền nếu chưa phân bổ).",
        "Project(s) missing: {projects} (leave the three amounts empty if not allocated).",
    ),
    "wb_partial_amounts": (
        "Ô trống; điền đủ ĐTPT, SN và Tổng, hoặc để trống cả ba nếu dự án chưa được phân bổ.",
        "Empty cell; fill investment, recurrent and total, or leave all three empty if the "
        "project is not allocated.",
    ),
    "wb_row_total": (
        "ĐTPT {investment} + SN {recurrent} = {sum}, khác Tổng {total}.",
        "Investment {investment} + recurrent {recurrent} = {sum}, not the total {total}.",
    ),
    "wb_plan_total_differs": (
        "{what} cộng lại là {found} triệu đồng; kế hoạch ghi {plan} (chênh {diff}); được nhận "
        "như một phân bổ điều chỉnh.",
        "{what} add up to {found} million VND; the plan states {plan} (difference {diff}); "
        "accepted as a revised allocation.",
    ),
    "report_more": (
        "… và {count} vấn đề khác chưa liệt kê; sửa các vấn đề trên rồi tải lên lại để xem tiếp.",
        "… and {count} more not listed; fix those above and upload again to see the rest.",
    ),
    "wb_unexpected": (
        "Không kiểm tra được tệp này do một lỗi ngoài dự kiến của ứng dụng; tệp không được dùng "
        "và dữ liệu đang dùng không thay đổi. Hãy báo cho người quản trị, kèm theo tệp.",
        "This file could not be checked because of an unexpected error in the application; it "
        "is not used and the data in use is unchanged. Please tell the administrator, with the "
        "file.",
    ),
    "wb_part_too_complex": (
        "Phần “{part}” của tệp có hơn {limit} phần tử XML, nhiều hơn một bảng theo mẫu có thể "
        "cần; hãy chép bảng số liệu sang tệp mẫu rồi tải lên tệp đó.",
        "Part “{part}” of the file holds more than {limit} XML elements, more than a table of "
        "the template can need; copy the table into the template and upload that file.",
    ),
    "wb_xml_token_too_long": (
        "Phần “{part}” của tệp có một thẻ XML dài hơn {limit} KiB (không có trong tệp Excel "
        "bình thường); không được nhận.",
        "Part “{part}” of the file holds an XML tag longer than {limit} KiB (no ordinary Excel "
        "file has one); refused.",
    ),
    "wb_too_many_sheets": (
        "Sổ có hơn {limit} trang tính.",
        "The workbook has more than {limit} sheets.",
    ),
    "wb_not_a_worksheet": (
        "“{sheet}” không phải là trang tính dữ liệu (có thể là trang biểu đồ).",
        "“{sheet}” is not a data worksheet (perhaps a chart sheet).",
    ),
    "wb_sheet_copy": (
        "Trang tính “{sheet}” (thứ {position}) trùng tên hoặc là bản sao của trang “{used}”; "
        "chỉ trang “{used}” (thứ {used_position}) được đọc. Hãy xóa bản thừa để khỏi nhầm.",
        "Sheet “{sheet}” (number {position}) has the same name as, or is a copy of, “{used}”; "
        "only “{used}” (number {used_position}) is read. Delete the extra one to avoid "
        "confusion.",
    ),
    "wb_sheet_hidden": (
        "Trang tính dữ liệu “{sheet}” đang bị ẩn trong Excel; số liệu của nó vẫn được đọc. Hãy "
        "kiểm tra đây đúng là trang cần tải lên.",
        "The data sheet “{sheet}” is hidden in Excel; its figures are still read. Check that it "
        "is the sheet you mean to upload.",
    ),
    "wb_row_hidden": (
        "Dòng này đang bị ẩn trong Excel nhưng vẫn được đọc.",
        "This row is hidden in Excel but is still read.",
    ),
    "wb_columns_beyond": (
        "Có số liệu ở bên phải cột {last}; chỉ các cột đến {last} được đọc.",
        "There are values right of column {last}; only columns up to {last} are read.",
    ),
    "wb_formula_value_used": (
        "Ô có công thức “{formula}”; dùng giá trị đã lưu “{value}”, công thức không được tính "
        "lại ở đây.",
        "The cell holds the formula “{formula}”; its saved value “{value}” is used, formulas are "
        "not recalculated here.",
    ),
    "wb_formula_hyperlink": (
        "Ô có công thức liên kết HYPERLINK “{formula}”; chỉ dùng chữ đã lưu “{value}”, liên kết "
        "bị bỏ qua và không bao giờ được mở.",
        "The cell holds a HYPERLINK formula “{formula}”; only its saved text “{value}” is used, "
        "the link is dropped and never followed.",
    ),
    "wb_formula_dde": (
        "Ô có công thức DDE “{formula}” (có thể chạy một chương trình khác khi Excel mở tệp); "
        "công thức bị bỏ qua. Hãy xóa công thức này khỏi tệp.",
        "The cell holds a DDE formula “{formula}” (it can start another program when Excel "
        "opens the file); it is ignored. Remove it from the file.",
    ),
    "wb_text_too_long": (
        "Ô chứa {length} ký tự (bắt đầu bằng “{value}”), quá dài; cần {expected}.",
        "The cell holds {length} characters (starting “{value}”), far too long; expected "
        "{expected}.",
    ),
    "wb_above_bound": (
        "{value} lớn hơn giới hạn hợp lý {bound} ({what}); hãy kiểm tra lại số liệu. Giới hạn "
        "này do cài đặt {setting} quy định.",
        "{value} is above the plausible bound of {bound} ({what}); check the figure. The bound "
        "is set by {setting}.",
    ),
    "bound_households": (
        "số hộ tối đa của một xã",
        "the most households of one commune",
    ),
    "bound_project_amount": (
        "số tiền tối đa cho một dự án, tính theo tổng kế hoạch",
        "the largest amount for one project, set relative to the plan's total",
    ),
    "wb_project_above_bound": (
        "Các dòng của {project} cộng lại là {value} triệu đồng, lớn hơn giới hạn hợp lý {bound} "
        "cho một dự án (cài đặt {setting}).",
        "The rows of {project} add up to {value} million VND, above the plausible bound of "
        "{bound} for one project (setting {setting}).",
    ),
    "wb_name_other_commune": (
        "Tên “{value}” là tên của xã mã {other}, nhưng dòng này ghi mã {code} (“{expected}”); "
        "số liệu được gán cho mã {code}. Hãy kiểm tra lại mã hoặc tên.",
        "Name “{value}” is the name of commune {other}, but this row has code {code} "
        "(“{expected}”); the figures go to code {code}. Check the code or the name.",
    ),
    "wb_zero_not_allocated": (
        "Kế hoạch ghi {project} “chưa phân bổ”, nhưng tệp ghi 0; dự án sẽ hiện là đã phân bổ "
        "0 đồng. Nếu vẫn chưa phân bổ, hãy để trống cả ba ô số tiền.",
        "The plan marks {project} “not allocated”, but the file says 0; the project will show "
        "as allocated 0. If it is still not allocated, leave the three amounts empty.",
    ),
    "tpl_intro_commune": (
        "Mẫu nhập kết quả rà soát hộ nghèo, hộ cận nghèo theo xã, thị trấn (chuẩn nghèo đa chiều "
        "2021–2025) cho bảng điều khiển GNBV Bắc Hà.",
        "Template for the commune review results of poor and near-poor households "
        "(multidimensional standard 2021–2025) for the GNBV Bắc Hà dashboard.",
    ),
    "tpl_sheet_commune": (
        "Điền trang tính “Rà soát hộ nghèo”: một dòng cho mỗi xã; giữ nguyên tên trang tính và "
        "dòng tiêu đề.",
        "Fill in the sheet “Rà soát hộ nghèo”: one row per commune; keep the sheet name and the "
        "header row.",
    ),
    "tpl_keep_codes": (
        "Mã xã (mã GSO 5 chữ số) đã điền sẵn cho cả 19 xã, thị trấn: không xóa dòng nào, không "
        "đổi mã.",
        "The commune codes (5-digit GSO codes) of all 19 communes are filled in: do not delete "
        "rows or change codes.",
    ),
    "tpl_whole_numbers": (
        "Số nhập là số nguyên; có thể viết kiểu Việt Nam (1.234) hoặc để ô dạng số.",
        "Enter whole numbers; Vietnamese style text (1.234) is read correctly, as are number "
        "cells.",
    ),
    "tpl_commune_rules": (
        "Kiểm tra: hộ nghèo + hộ cận nghèo ≤ tổng số hộ; hộ nghèo DTTS ≤ hộ nghèo và ≤ hộ DTTS; "
        "hộ DTTS ≤ tổng số hộ; không số âm.",
        "Checks: poor + near-poor ≤ households; ethnic-minority poor ≤ poor and ≤ "
        "ethnic-minority households; ethnic-minority households ≤ households; nothing negative.",
    ),
    "tpl_one_year": (
        "Cả tệp là một lần rà soát: mọi dòng cùng một năm (2021–2030).",
        "The file is one review: every row has the same year (2021–2030).",
    ),
    "tpl_poor_commune_rule": (
        "Xã nghèo được xác định khi tỷ lệ hộ nghèo từ 40% trở lên (NQ 20-NQ/TU).",
        "A commune counts as poor when its poor rate is 40% or more (NQ 20-NQ/TU).",
    ),
    "tpl_no_formulas": (
        "Công thức được đọc theo giá trị đã lưu, không được tính lại: hãy lưu tệp bằng Excel "
        "trước khi tải lên.",
        "Formulas are read as their saved values, never recalculated: save the file in Excel "
        "before uploading.",
    ),
    "tpl_xlsx_only": (
        "Chỉ nhận tệp .xlsx (không nhận .xlsm có macro, .xls cũ hay tệp khác).",
        "Only .xlsx files are accepted (no macro .xlsm, old .xls or other files).",
    ),
    "tpl_all_or_nothing": (
        "Tệp được kiểm tra toàn bộ; có lỗi thì không thay đổi dữ liệu đang dùng, và mọi lỗi "
        "được liệt kê theo trang tính, dòng, cột.",
        "The whole file is checked; if anything is wrong nothing changes, and every problem is "
        "listed with its sheet, row and column.",
    ),
    "tpl_intro_allocation": (
        "Mẫu nhập phân bổ kinh phí theo dự án, tiểu dự án và loại vốn (triệu đồng), điền sẵn "
        "theo kế hoạch năm 2022.",
        "Template for the allocation of funds by project, sub-project and capital type (million "
        "VND), filled in with the 2022 plan.",
    ),
    "tpl_sheet_allocation": (
        "Điền trang tính “Phân bổ kinh phí”: giữ nguyên tên trang tính và dòng tiêu đề.",
        "Fill in the sheet “Phân bổ kinh phí”; keep the sheet name and the header row.",
    ),
    "tpl_alloc_amounts": (
        "Mỗi dòng: Vốn đầu tư phát triển + Vốn sự nghiệp = Tổng (triệu đồng, số nguyên).",
        "Each row: development investment + recurrent funds = total (million VND, whole numbers).",
    ),
    "tpl_alloc_not_allocated": (
        "Dự án chưa được phân bổ (như Dự án 5): để trống cả ba ô số tiền; không ghi 0.",
        "A project not allocated (like Project 5): leave all three amounts empty; do not write 0.",
    ),
    "tpl_alloc_sub_projects": (
        "Có thể tách một dự án thành nhiều dòng theo tiểu dự án (mã ở dưới); khi đó không giữ "
        "dòng chung của dự án. Bảng điều khiển cộng theo dự án.",
        "A project may be split into rows per sub-project (codes below); then drop the "
        "whole-project row. The dashboard adds them up per project.",
    ),
    "tpl_alloc_totals": (
        "Tổng khác kế hoạch (81.689 = 70.852 + 10.837 triệu đồng) vẫn được nhận, kèm cảnh báo "
        "ghi số chênh lệch.",
        "Totals that differ from the plan (81,689 = 70,852 + 10,837 million VND) are accepted "
        "with a warning giving the difference.",
    ),
}

_SCENARIOS = {
    "scn_title": ("Kịch bản giảm nghèo", "Poverty-reduction scenarios"),
    "scn_intro": (
        "Nếu mỗi năm giảm tỷ lệ hộ nghèo X, đến năm mục tiêu từng xã đứng ở đâu so với mục tiêu "
        "của kế hoạch? Trang mở với xu hướng đã công bố; chọn chỉ tiêu kế hoạch hoặc tự kéo các "
        "thanh trượt. Đường dẫn (URL) giữ nguyên kịch bản.",
        "If the poor rate falls by X a year, where does each commune stand at the horizon "
        "against the plan's targets? The page opens on the published trend; pick the plan's "
        "targets or move the sliders yourself. The link (URL) keeps the scenario.",
    ),
    "scn_url_invalid": (
        "Tham số “{param}” ({label}) trong đường dẫn không hợp lệ hoặc ngoài khoảng cho phép; "
        "dùng giá trị mặc định {default}.",
        "URL parameter “{param}” ({label}) is malformed or out of range; using the default "
        "{default}.",
    ),
    "scn_settings": (
        "Cách hiểu: {reading} · Xã nghèo: {rule} · Tăng số hộ: {growth}/năm · Năm mục tiêu: "
        "{horizon}",
        "Reading: {reading} · Poor communes: {rule} · Household growth: {growth} a year · "
        "Horizon: {horizon}",
    ),
    "scn_district_rate": (
        "Tỷ lệ hộ nghèo ở các xã không phải xã nghèo",
        "Poor rate in the communes that are not poor communes",
    ),
    "scn_district_rate_short": ("Tỷ lệ hộ nghèo (xã không nghèo)", "Poor rate (other communes)"),
    "scn_district_rate_flag": (
        "Tỷ lệ hộ nghèo ở {n} xã, thị trấn không có trong danh sách xã nghèo của dữ liệu",
        "Poor rate in the {n} communes not on the data's list of poor communes",
    ),
    "scn_district_rate_threshold": (
        "Tỷ lệ hộ nghèo ở {n} xã, thị trấn có tỷ lệ nghèo năm gốc dưới {threshold}",
        "Poor rate in the {n} communes whose baseline poor rate is below {threshold}",
    ),
    "scn_poor_commune_rate_flag": (
        "Tỷ lệ hộ nghèo ở {n} xã nghèo (danh sách của dữ liệu)",
        "Poor rate in the {n} poor communes (the data's list)",
    ),
    "scn_poor_commune_rate_threshold": (
        "Tỷ lệ hộ nghèo ở {n} xã có tỷ lệ nghèo năm gốc từ {threshold} trở lên",
        "Poor rate in the {n} communes whose baseline poor rate is {threshold} or more",
    ),
    "scn_rate_label": ("{label}: giảm {value}/năm", "{label}: down {value} a year"),
    "scn_district_rate_help": (
        "Chỉ tiêu huyện: giảm bình quân từ 7%/năm. Áp dụng cho mọi xã, thị trấn không phải xã "
        "nghèo theo quy tắc “Xã nghèo là”.",
        "District target: down 7 a year on average. Applied to every commune that is not a "
        "poor commune under the rule “Poor communes are”.",
    ),
    "scn_poor_commune_rate": ("Tỷ lệ hộ nghèo ở xã nghèo", "Poor rate in poor communes"),
    "scn_poor_commune_rate_help": (
        "Chỉ tiêu: các xã nghèo giảm từ 10%/năm trở lên.",
        "Target: poor communes down 10 a year or more.",
    ),
    "scn_near_poor_rate": ("Tỷ lệ hộ cận nghèo", "Near-poor rate"),
    "scn_near_poor_rate_help": (
        "Chỉ tiêu: giảm bình quân 0,9%/năm.",
        "Target: down 0.9 a year on average.",
    ),
    "scn_ethnic_minority_rate": ("Tỷ lệ hộ nghèo DTTS", "Ethnic-minority poor rate"),
    "scn_ethnic_minority_rate_help": (
        "Chỉ tiêu: giảm từ 7,6% trở lên. Số hộ nghèo DTTS không vượt số hộ nghèo.",
        "Target: down 7.6 or more. Ethnic-minority poor households never exceed poor households.",
    ),
    "scn_reading": ("Cách hiểu “giảm 7%/năm”", "Reading of “down 7%/year”"),
    "scn_reading_help": (
        "Điểm phần trăm (thông lệ): 42,96% → 35,96%. Tương đối: 42,96% × 0,93 = 39,95%.",
        "Percentage points (the convention): 42.96% → 35.96%. Relative: 42.96% × 0.93 = 39.95%.",
    ),
    "scn_reading_points": ("Điểm phần trăm mỗi năm", "Percentage points a year"),
    "scn_reading_relative": ("Phần trăm tương đối mỗi năm", "Relative per cent a year"),
    "scn_reading_short_points": ("điểm %", "points"),
    "scn_reading_short_relative": ("tương đối", "relative"),
    "scn_reading_in_force_points": (
        "Cách hiểu đang dùng: giảm theo điểm phần trăm mỗi năm (7% nghĩa là 7 điểm %)",
        "Reading in force: percentage points a year (7% means 7 points)",
    ),
    "scn_reading_in_force_relative": (
        "Cách hiểu đang dùng: giảm tương đối mỗi năm (7% nghĩa là nhân với 0,93)",
        "Reading in force: relative fall a year (7% means × 0.93)",
    ),
    "scn_poor_commune_rule": ("Xã nghèo là", "Poor communes are"),
    "scn_poor_commune_rule_flag": ("theo danh sách trong dữ liệu", "as flagged in the data"),
    "scn_poor_commune_rule_threshold": (
        "xã có tỷ lệ nghèo từ ngưỡng trở lên",
        "communes at or above the threshold",
    ),
    "scn_poor_commune_threshold_pct": (
        "Ngưỡng tỷ lệ hộ nghèo năm gốc",
        "Threshold on the baseline poor rate",
    ),
    "scn_household_growth_pct": ("Tăng số hộ mỗi năm", "Household growth a year"),
    "scn_horizon": ("Năm mục tiêu", "Horizon"),
    "scn_reset": ("Về kịch bản mở đầu", "Back to the opening scenario"),
    "scn_reset_help": (
        "Xu hướng đã công bố, cách hiểu điểm %, quy tắc và năm mục tiêu mặc định.",
        "The published trend, the points reading, the default rules and horizon.",
    ),
    "scn_preset": ("Các tốc độ lấy theo", "Rates from"),
    "scn_preset_trend": ("Xu hướng đã công bố", "The published trend"),
    "scn_preset_plan": ("Chỉ tiêu kế hoạch", "The plan's targets"),
    "scn_preset_custom": ("Tùy chỉnh", "Custom"),
    "scn_preset_help": (
        "Chọn một bộ tốc độ; kéo bất kỳ thanh trượt tốc độ nào sẽ chuyển sang “Tùy chỉnh”.",
        "Pick a set of rates; moving any rate slider makes the scenario “Custom”.",
    ),
    "scn_preset_shown": (
        "Đang xem: {preset}, đánh giá so với mục tiêu của kế hoạch.",
        "Shown: {preset}, measured against the plan's targets.",
    ),
    "scn_preset_shown_trend": (
        "Đang xem: {preset}, đánh giá so với mục tiêu của kế hoạch. Quy tắc: tỷ lệ hộ nghèo "
        "toàn huyện từ {start} (cuối {start_year}) xuống {end} (cuối {end_year}) là giảm {fall} "
        "một năm, áp dụng cho các xã không phải xã nghèo, và ba tốc độ còn lại là chỉ tiêu kế "
        "hoạch nhân cùng hệ số {factor} (xã nghèo {poor}, cận nghèo {near}, DTTS {em}).",
        "Shown: {preset}, measured against the plan's targets. Rule: the district poor rate "
        "went from {start} (end of {start_year}) to {end} (end of {end_year}), a fall of {fall} "
        "in a year, applied to the communes that are not poor communes, and the other three "
        "rates are the plan's targets scaled by the same factor {factor} (poor communes {poor}, "
        "near-poor {near}, ethnic minority {em}).",
    ),
    "scn_reading_changed": (
        "Đã đổi cách hiểu “giảm 7%/năm”: các con số giữ nguyên ({rates}) nhưng nay mang nghĩa "
        "khác — {meaning}.",
        "The reading of “down 7%/year” changed: the numbers stay ({rates}) but now mean "
        "something else — {meaning}.",
    ),
    "scn_reading_changed_custom": (
        "Theo cách hiểu mới, các tốc độ này không còn là “{preset}”, nên kịch bản chuyển sang "
        "“Tùy chỉnh”.",
        "In the new reading these rates are no longer “{preset}”, so the scenario is now “Custom”.",
    ),
    "scn_target_sentence": (
        "“Đạt/Chưa đạt” được đo so với mục tiêu {target} năm {horizon}: chỉ tiêu giảm {rate}/năm "
        "của kế hoạch ({poor_rate} ở xã nghèo) tính từ {start} cuối năm {year}, vì số liệu từng "
        "xã và phép chiếu đều bắt đầu từ năm gốc đó.",
        "“Met/Short” is measured against the {horizon} target of {target}: the plan's fall of "
        "{rate} a year ({poor_rate} in poor communes) from {start} at the end of {year}, because "
        "the commune figures and the projection both start from that baseline.",
    ),
    "scn_context_sentence": (
        "Chỉ để tham khảo, không dùng để đánh giá: tính từ {start} cuối năm {year} (suy ra, "
        "không công bố), đường kế hoạch cho {value} năm {horizon}.",
        "Context only, not used for the status: from {start} at the end of {year} (derived, "
        "not published), the plan's line gives {value} in {horizon}.",
    ),
    "scn_met": ("Đạt", "Met"),
    "scn_short": ("Chưa đạt", "Short"),
    "scn_short_by": ("Thiếu {gap}", "Short by {gap}"),
    "scn_yes": ("Có", "Yes"),
    "scn_metric_district_rate": ("Tỷ lệ hộ nghèo toàn huyện {year}", "District poor rate {year}"),
    "scn_metric_from": ("từ {value} năm {year}", "from {value} in {year}"),
    "scn_metric_district_target": ("Mục tiêu huyện {year}", "District target {year}"),
    "scn_metric_short_communes": (
        "Xã chưa đạt mục tiêu hộ nghèo",
        "Communes short of the poor-rate target",
    ),
    "scn_metric_leaving": (
        "Hộ thoát nghèo {start}–{end}",
        "Households leaving poverty {start}–{end}",
    ),
    "scn_targets_note": (
        "Mục tiêu của từng xã: cùng chỉ tiêu (7; 10 ở xã nghèo; cận nghèo bình quân 0,9; DTTS "
        "7,6) theo cùng cách hiểu, từ tỷ lệ năm gốc của xã; “thiếu” tính bằng điểm % của tỷ lệ "
        "ở năm mục tiêu.",
        "Each commune's target: the same targets (7; 10 in poor communes; near-poor 0.9 on "
        "average; ethnic minority 7.6) in the same reading, from the commune's baseline rate; "
        "“short by” is in points of the rate at the horizon.",
    ),
    "scn_tab_communes": ("Từng xã", "Commune by commune"),
    "scn_tab_charts": ("Biểu đồ: kế hoạch, thực tế, từng xã", "Charts: plan, reality, communes"),
    "scn_tab_effort": ("Cần giảm bao nhiêu? Kinh phí", "What it takes; money"),
    "scn_tab_saved": ("Lưu và so sánh", "Save and compare"),
    "scn_plan_caption": (
        "Cuối năm 2022: 42,96% là số suy ra (33,8 + 9,16), không công bố. Cuối 2023: 33,8%; "
        "cuối 2024: 28,13% (công bố). Kịch bản tính từ số liệu cấp xã (minh họa) năm gốc.",
        "End-2022: 42.96% is derived (33.8 + 9.16), not published. End-2023: 33.8%; end-2024: "
        "28.13% (published). The scenario starts from the (illustrative) commune baseline.",
    ),
    "scn_chart_plan_title": (
        "Tỷ lệ hộ nghèo toàn huyện: kế hoạch, thực tế và kịch bản",
        "District poor rate: plan, actuals and scenario",
    ),
    "scn_chart_target_path": (
        "Mục tiêu: giảm {rate}/năm từ {start} (cuối {year})",
        "Target: down {rate} a year from {start} (end of {year})",
    ),
    "scn_chart_context_path": (
        "Tham khảo: kế hoạch từ {start} cuối {year} (suy ra, không công bố)",
        "Context: the plan from {start} at the end of {year} (derived, not published)",
    ),
    "scn_chart_actual_published": ("Thực tế (công bố)", "Actual (published)"),
    "scn_chart_actual_derived": (
        "Cuối 2022 (suy ra, không công bố)",
        "End-2022 (derived, not published)",
    ),
    "scn_chart_scenario": ("Kịch bản hiện tại", "Current scenario"),
    "scn_chart_actual": ("Thực tế", "Actual"),
    "scn_derived_note": ("suy ra, không công bố", "derived, not published"),
    "scn_compare_placeholder": ("Chọn kịch bản", "Choose scenarios"),
    "scn_chart_poor_rate_axis": ("Tỷ lệ hộ nghèo", "Poor rate"),
    "scn_chart_commune_title": (
        "Tỷ lệ hộ nghèo năm {year} so với mục tiêu, từng xã",
        "Poor rate in {year} against target, by commune",
    ),
    "scn_chart_rate_end": ("Tỷ lệ năm {year}", "Rate in {year}"),
    "scn_chart_target_end": ("Mục tiêu năm {year}", "Target for {year}"),
    "scn_chart_compare_title": (
        "So sánh kịch bản: tỷ lệ hộ nghèo toàn huyện (cách hiểu ghi trong chú giải)",
        "Scenarios compared: district poor rate (reading in the legend)",
    ),
    "scn_threshold": ("Năm xuống dưới ngưỡng tỷ lệ nghèo", "Year below a poor-rate threshold"),
    "scn_threshold_help": (
        "Cột cuối bảng: năm đầu tiên tỷ lệ hộ nghèo của xã thấp hơn ngưỡng này (tìm đến 50 năm).",
        "Last column: the first year the commune's poor rate is below this threshold (searched "
        "up to 50 years).",
    ),
    "scn_col_name": ("Xã, thị trấn", "Commune"),
    "scn_col_poor_commune": ("Xã nghèo", "Poor commune"),
    "scn_col_rate": ("Tỷ lệ nghèo {year}", "Poor rate {year}"),
    "scn_col_target": ("Mục tiêu {year}", "Target {year}"),
    "scn_col_gap": ("Chênh lệch (điểm %)", "Gap (points)"),
    "scn_col_status": ("Tình trạng so với mục tiêu", "Status against the target"),
    "scn_col_poor_households": ("Số hộ nghèo {year}", "Poor households {year}"),
    "scn_col_leaving": ("Hộ thoát nghèo {start}–{end}", "Leaving poverty {start}–{end}"),
    "scn_col_near_poor": ("Tỷ lệ cận nghèo {year}", "Near-poor rate {year}"),
    "scn_col_near_poor_status": ("Cận nghèo so với mục tiêu", "Near-poor against the target"),
    "scn_col_em": ("Tỷ lệ nghèo DTTS {year}", "EM poor rate {year}"),
    "scn_col_em_status": ("Nghèo DTTS so với mục tiêu", "EM poor against the target"),
    "scn_col_year_below": ("Năm dưới {threshold}", "Year below {threshold}"),
    "scn_table_caption": (
        "Xã thiếu nhiều nhất đứng đầu. Chênh lệch > 0: chưa đạt, thiếu bấy nhiêu điểm %. Số hộ "
        "là số nguyên, làm tròn theo phần dư lớn nhất nên cộng lại đúng bằng tổng huyện. DTTS: "
        "dân tộc thiểu số.",
        "Furthest short first. Gap > 0: short by that many points. Households are whole "
        "numbers, rounded by largest remainder so that they add up to the district total. EM: "
        "ethnic minority.",
    ),
    "scn_solver_heading": ("Cần giảm bao nhiêu?", "What would it take?"),
    "scn_solver_metric": (
        "Các xã không phải xã nghèo cần giảm mỗi năm (xã nghèo giảm {rate}) để huyện đạt mục "
        "tiêu năm {year}",
        "Yearly fall the other communes need (poor communes at {rate}) for the district target "
        "in {year}",
    ),
    "scn_solver_help": (
        "Tìm bằng chia đôi trên chính công thức của kịch bản; tỷ lệ không xuống dưới 0.",
        "Found by bisection on the scenario's own formula; rates never go below 0.",
    ),
    "scn_solver_none": (
        "Không tốc độ nào (đến 100/năm) ở các xã còn lại đưa huyện tới mục tiêu năm {year}.",
        "No yearly fall (up to 100) in the other communes brings the district to its {year} "
        "target.",
    ),
    "scn_solver_caption": (
        "mục tiêu huyện: giảm {target}/năm",
        "district target: down {target} a year",
    ),
    "scn_money_heading": ("Kinh phí so với kết quả", "Money against outcome"),
    "scn_money_group": ("Nhóm", "Group"),
    "scn_money_district": ("Toàn huyện", "District"),
    "scn_money_poor_communes": ("Các xã nghèo", "Poor communes"),
    "scn_money_other_communes": ("Các xã khác", "Other communes"),
    "scn_money_funds": (
        "Kinh phí sự nghiệp Dự án 2–4 (1 năm)",
        "Recurrent funds, Projects 2–4 (1 year)",
    ),
    "scn_money_leaving": ("Hộ thoát nghèo bình quân/năm", "Households leaving poverty a year"),
    "scn_money_per_household": ("Kinh phí / hộ thoát nghèo", "Funds per household leaving"),
    "scn_money_value": ("{value} triệu đồng", "VND {value} million"),
    "scn_money_caption": (
        "Kinh phí sự nghiệp năm 2022 của các dự án sinh kế 2, 3, 4 ({funds}) chia cho số hộ "
        "thoát nghèo bình quân mỗi năm theo kịch bản. Kế hoạch không chia kinh phí theo xã: mỗi "
        "nhóm xã nhận phần theo tỷ lệ hộ nghèo năm gốc (giả định).",
        "The 2022 recurrent funds of livelihood projects 2, 3 and 4 ({funds}) divided by the "
        "households leaving poverty a year on average under the scenario. The plan does not "
        "split funds by commune: each group gets its share of the baseline poor households "
        "(an assumption).",
    ),
    "scn_save_name": ("Tên kịch bản", "Scenario name"),
    "scn_save": ("Lưu kịch bản", "Save scenario"),
    "scn_saved": ("Đã lưu kịch bản “{name}”.", "Saved scenario “{name}”."),
    "scn_bad_name": ("Tên không hợp lệ: {reason}.", "Invalid name: {reason}."),
    "scn_store_error": (
        "Không đọc/ghi được kịch bản: {error}",
        "Cannot read/write scenarios: {error}",
    ),
    "scn_saved_pick": ("Chọn kịch bản đã lưu", "Pick a saved scenario"),
    "scn_saved_none": ("Chưa có kịch bản nào được lưu.", "No saved scenario yet."),
    "scn_open": ("Mở", "Open"),
    "scn_opened": ("Đã mở kịch bản “{name}”.", "Opened scenario “{name}”."),
    "scn_delete": ("Xóa", "Delete"),
    "scn_deleted": ("Đã xóa kịch bản “{name}”.", "Deleted scenario “{name}”."),
    "scn_compare": ("So sánh (2–3 kịch bản)", "Compare (2–3 scenarios)"),
    "scn_compare_help": (
        "Chọn kịch bản hiện tại và/hoặc kịch bản đã lưu.",
        "Pick the current scenario and/or saved ones.",
    ),
    "scn_compare_hint": (
        "Chọn từ 2 đến 3 kịch bản để so sánh cạnh nhau.",
        "Pick 2 to 3 scenarios to compare side by side.",
    ),
    "scn_current": ("Kịch bản hiện tại", "Current scenario"),
    "scn_compare_rate": ("Tỷ lệ hộ nghèo toàn huyện cuối kỳ", "District poor rate at the horizon"),
    "scn_compare_target": ("Mục tiêu huyện cuối kỳ", "District target at the horizon"),
    "scn_compare_status": ("Tình trạng so với mục tiêu", "Status against the target"),
    "scn_compare_leaving": ("Hộ thoát nghèo đến cuối kỳ", "Households leaving poverty by then"),
    "scn_replace_ask": (
        "Đã có kịch bản tên “{name}”. Thay thế bằng kịch bản hiện tại?",
        "A scenario named “{name}” exists. Replace it with the current scenario?",
    ),
    "scn_replace": ("Thay thế", "Replace"),
    "scn_replace_cancel": ("Không thay", "Keep it"),
    "scn_replaced": ("Đã thay thế kịch bản “{name}”.", "Replaced scenario “{name}”."),
    "scn_opened_reset": (
        "Kịch bản “{name}” có giá trị không còn hợp lệ, đã đặt lại về mặc định: {fields}.",
        "Scenario “{name}” had values that are no longer valid, reset to their defaults: {fields}.",
    ),
    "scn_input_error": (
        "Không tính được kịch bản với số liệu đang dùng: cột “{column}”{commune}: {problem}.",
        "The scenario cannot be computed on the data in use: column “{column}”{commune}: "
        "{problem}.",
    ),
    "scn_input_commune": (", xã {commune}", ", commune {commune}"),
    "scn_problem_missing_column": ("không có cột này", "the column is missing"),
    "scn_problem_empty": ("không có xã nào", "there is no commune"),
    "scn_problem_not_a_number": ("giá trị {value} không phải là số", "{value} is not a number"),
    "scn_problem_negative": ("giá trị {value} là số âm", "{value} is negative"),
    "scn_problem_exceeds": ("{value} lớn hơn {limit}", "{value} is more than {limit}"),
    "scn_problem_mixed_year": (
        "năm {value} khác năm gốc {limit} của các xã khác",
        "year {value} differs from the baseline year {limit} of the other communes",
    ),
    "scn_problem_duplicate": ("mã xã xuất hiện hai lần", "the code appears twice"),
    "scn_problem_out_of_range": ("{value} nằm ngoài {limit}", "{value} is outside {limit}"),
    "scn_problem_not_a_choice": ("{value} không phải lựa chọn hợp lệ", "{value} is not a choice"),
    "scn_export": ("Tải kịch bản (Excel)", "Download the scenario (Excel)"),
    "scn_export_csv": ("Tải bảng các xã (CSV)", "Download the commune table (CSV)"),
    "scn_x_sheet_assumptions": ("Giả định", "Assumptions"),
    "scn_x_sheet_projection": ("Dự báo", "Projection"),
    "scn_x_sheet_status": ("Mục tiêu", "Target status"),
    "scn_x_sheet_sources": ("Nguồn", "Sources"),
    "scn_x_parameter": ("Tham số", "Parameter"),
    "scn_x_value": ("Giá trị", "Value"),
    "scn_x_baseline_year": ("Năm gốc", "Baseline year"),
    "scn_x_url": ("Tham số đường dẫn", "URL parameters"),
    "scn_x_district": ("Toàn huyện", "District"),
    "scn_x_item": ("Mục", "Item"),
    "scn_x_note": ("Ghi chú", "Note"),
    "scn_x_plan": ("Kế hoạch", "The plan"),
    "scn_x_communes": ("Số liệu cấp xã", "Commune figures"),
    "scn_no": ("Không", "No"),
    "scn_x_target": ("Mục tiêu dùng để đánh giá", "The target the status is measured against"),
    "scn_x_context": ("Tham khảo", "Context"),
    "scn_x_rounding": ("Làm tròn", "Rounding"),
    "scn_x_rounding_note": (
        "Tỷ lệ làm tròn 2 chữ số thập phân. Số hộ là số nguyên, làm tròn theo phần dư lớn nhất "
        "trong từng năm: các xã cộng lại đúng bằng dòng toàn huyện.",
        "Rates rounded to 2 decimals. Households are whole numbers, rounded by largest "
        "remainder within each year: the communes add up exactly to the district row.",
    ),
    "scn_x_col_code": ("Mã xã", "Code"),
    "scn_x_col_name": ("Xã, thị trấn", "Commune"),
    "scn_x_col_year": ("Năm", "Year"),
    "scn_x_col_households": ("Tổng số hộ", "Households"),
    "scn_x_col_poor_households": ("Số hộ nghèo", "Poor households"),
    "scn_x_col_poor_rate": ("Tỷ lệ hộ nghèo (%)", "Poor rate (%)"),
    "scn_x_col_households_leaving_poverty": (
        "Số hộ thoát nghèo trong năm",
        "Households leaving poverty in the year",
    ),
    "scn_x_col_near_poor_households": ("Số hộ cận nghèo", "Near-poor households"),
    "scn_x_col_near_poor_rate": ("Tỷ lệ hộ cận nghèo (%)", "Near-poor rate (%)"),
    "scn_x_col_ethnic_minority_households": ("Số hộ DTTS", "Ethnic-minority households"),
    "scn_x_col_ethnic_minority_poor_households": (
        "Số hộ nghèo DTTS",
        "Ethnic-minority poor households",
    ),
    "scn_x_col_ethnic_minority_poor_rate": (
        "Tỷ lệ hộ nghèo DTTS (%)",
        "Ethnic-minority poor rate (%)",
    ),
    "scn_x_col_is_poor_commune": ("Xã nghèo", "Poor commune"),
    "scn_x_col_yearly_rate": ("Tốc độ giảm áp dụng mỗi năm", "Yearly fall applied"),
    "scn_x_col_scope": ("Phạm vi", "Scope"),
    "scn_x_col_target": ("Chỉ tiêu", "Measure"),
    "scn_x_col_target_yearly_rate": ("Chỉ tiêu giảm mỗi năm", "Target fall a year"),
    "scn_x_col_rate_start": ("Tỷ lệ năm {year} (%)", "Rate in {year} (%)"),
    "scn_x_col_rate_end": ("Tỷ lệ năm {year} (%)", "Rate in {year} (%)"),
    "scn_x_col_target_rate_end": ("Mục tiêu năm {year} (%)", "Target for {year} (%)"),
    "scn_x_col_achieved_yearly_fall": (
        "Mức giảm bình quân đạt được mỗi năm",
        "Average yearly fall achieved",
    ),
    "scn_x_col_gap_pp": ("Chênh lệch (điểm %)", "Gap (points)"),
    "scn_x_col_met": ("Tình trạng so với mục tiêu", "Status against the target"),
    "scn_x_scope_commune": ("Xã", "Commune"),
    "scn_x_scope_district": ("Toàn huyện", "District"),
    "scn_x_target_poor": ("Tỷ lệ hộ nghèo", "Poor rate"),
    "scn_x_target_near_poor": ("Tỷ lệ hộ cận nghèo", "Near-poor rate"),
    "scn_x_target_ethnic_minority_poor": ("Tỷ lệ hộ nghèo DTTS", "Ethnic-minority poor rate"),
    "scn_x_note_derived": (
        "Suy ra (tỷ lệ cuối 2023 cộng mức giảm năm 2023), không công bố.",
        "Derived (the end-2023 rate plus the 2023 fall), not published.",
    ),
    "scn_x_note_published": ("Số liệu đã công bố.", "Published figure."),
    "scn_x_illustrative_source": (
        "MINH HỌA: tạo bởi scripts/generate_illustrative_baseline.py",
        "ILLUSTRATIVE: generated by scripts/generate_illustrative_baseline.py",
    ),
}

# The allocation page (pages/allocation.py, ui/allocation.py, gnbv/allocation_*.py).
_ALLOCATION = {
    "alc_title": ("Phân bổ kinh phí theo tiêu chí", "Allocation by criteria"),
    "alc_intro": (
        "Chia kinh phí của một dự án cho 19 xã, thị trấn theo phương pháp tính điểm: điểm của "
        "mỗi xã = tổng (giá trị tiêu chí × hệ số) + điểm cố định theo loại đơn vị; số tiền mỗi "
        "điểm = kinh phí ÷ tổng số điểm; mỗi xã nhận số điểm × số tiền mỗi điểm, làm tròn đến "
        "triệu đồng sao cho tổng đúng bằng kinh phí.",
        "Divide a project's funds among the 19 communes by the points method: a commune's "
        "points = the sum of (criterion value × coefficient) + fixed points by unit type; money "
        "per point = funds ÷ all points; each commune gets its points × the money per point, "
        "rounded to whole million VND so that the amounts add up exactly to the funds.",
    ),
    "alc_neutral_notice": (
        "Hệ số đang dùng là mặc định TRUNG TÍNH (1 điểm cho mỗi hộ nghèo, không tính tiêu chí "
        "nào khác), KHÔNG phải hệ số theo quy định. Phương pháp tính điểm của Chương trình do "
        "Quyết định 02/2022/QĐ-TTg (18/01/2022) và Nghị quyết của HĐND tỉnh Lào Cai (kỳ họp "
        "ngày 19/4/2022) quy định; chúng tôi không đọc được hệ số của hai văn bản này trong "
        "nguồn nào có được. Hãy nhập hệ số theo văn bản đang áp dụng.",
        "The coefficients in use are a NEUTRAL default (one point per poor household, no other "
        "criterion), NOT the legal coefficients. The programme's points method is set by "
        "Decision 02/2022/QĐ-TTg (18/01/2022) and by the resolution of Lào Cai's People's "
        "Council (session of 19/4/2022); we could not read either text's coefficients in any "
        "source available to us. Enter the coefficients of the rule in force.",
    ),
    "alc_custom_notice": (
        "Hệ số đang dùng do người dùng nhập. Kết quả chỉ đúng theo quy định khi các hệ số này "
        "khớp với Quyết định 02/2022/QĐ-TTg và Nghị quyết của HĐND tỉnh Lào Cai ngày 19/4/2022 "
        "(chúng tôi không đọc được hệ số của các văn bản này).",
        "The coefficients in use were entered by the user. The result follows the rules only "
        "if they match Decision 02/2022/QĐ-TTg and the resolution of Lào Cai's People's "
        "Council of 19/4/2022 (whose coefficients we could not read).",
    ),
    "alc_neutral_short": (
        "Mặc định trung tính (1 điểm/hộ nghèo), không phải hệ số theo quy định",
        "Neutral default (1 point per poor household), not the legal coefficients",
    ),
    "alc_custom_short": (
        "Do người dùng nhập; không phải hệ số đã kiểm chứng theo quy định",
        "Entered by the user; not coefficients checked against the rules",
    ),
    "alc_neutral_name": ("Mặc định trung tính", "Neutral default"),
    "alc_current": ("Hệ số hiện tại", "Current coefficients"),
    "alc_source": ("Kinh phí phân bổ", "Funds to allocate"),
    "alc_source_custom": ("Số tiền tự nhập", "An amount typed in"),
    "alc_project": ("Dự án {number}", "Project {number}"),
    "alc_capital_total": ("tổng vốn", "all funds"),
    "alc_capital_investment": ("vốn đầu tư phát triển", "development investment"),
    "alc_capital_recurrent": ("vốn sự nghiệp", "recurrent funds"),
    "alc_amount": ("Số tiền (triệu đồng)", "Amount (million VND)"),
    "alc_amount_help": (
        "Dùng khi chọn “Số tiền tự nhập”.",
        "Used when “An amount typed in” is chosen.",
    ),
    "alc_floor": ("Mức sàn mỗi xã (triệu đồng)", "Floor per commune (million VND)"),
    "alc_floor_help": (
        "Mỗi xã nhận ít nhất số tiền này; phần còn lại chia lại theo điểm cho các xã khác. "
        "0 = không có mức sàn.",
        "Each commune gets at least this much; the rest is re-spread by points among the "
        "others. 0 = no floor.",
    ),
    "alc_cap": ("Mức trần mỗi xã (triệu đồng)", "Cap per commune (million VND)"),
    "alc_cap_none": ("Không giới hạn", "No cap"),
    "alc_cap_help": (
        "Không xã nào nhận quá số tiền này; phần vượt chia lại theo điểm cho các xã khác. "
        "Để trống = không có mức trần.",
        "No commune gets more than this; the excess is re-spread by points among the others. "
        "Empty = no cap.",
    ),
    "alc_coefficients": ("Hệ số (điểm)", "Coefficients (points)"),
    "alc_coefficients_all_zero": ("tất cả bằng 0", "all 0"),
    "alc_bounds_said": (
        "Mức sàn {floor} · mức trần {cap} (triệu đồng/xã)",
        "Floor {floor} · cap {cap} (million VND a commune)",
    ),
    "alc_bounds_said_no_cap": (
        "Mức sàn {floor} · mức trần không giới hạn (triệu đồng/xã)",
        "Floor {floor} · no cap (million VND a commune)",
    ),
    "alc_criteria_table": ("Số liệu tiêu chí của từng xã", "Each commune's criteria figures"),
    "alc_reset": ("Về mặc định trung tính", "Back to the neutral default"),
    "alc_reset_help": (
        "1 điểm cho mỗi hộ nghèo, các hệ số khác bằng 0.",
        "One point per poor household, every other coefficient 0.",
    ),
    "alc_k_households": ("Tổng số hộ", "Households"),
    "alc_k_poor_households": ("Hộ nghèo", "Poor households"),
    "alc_k_near_poor_households": ("Hộ cận nghèo", "Near-poor households"),
    "alc_k_ethnic_minority_poor_households": ("Hộ nghèo DTTS", "Ethnic-minority poor households"),
    "alc_k_population": ("Dân số", "Population"),
    "alc_k_zone_iii": ("Xã khu vực III", "Zone III commune"),
    "alc_k_difficult_villages": ("Thôn đặc biệt khó khăn", "Especially difficult villages"),
    "alc_k_per_xa": ("Điểm cố định mỗi xã", "Fixed points per xã"),
    "alc_k_per_thi_tran": ("Điểm cố định mỗi thị trấn", "Fixed points per town"),
    "alc_k_source": ("Kinh phí phân bổ", "Funds to allocate"),
    "alc_k_amount": ("Số tiền tự nhập", "Amount typed in"),
    "alc_k_floor": ("Mức sàn", "Floor"),
    "alc_k_cap": ("Mức trần", "Cap"),
    "alc_k_households_help": ("Điểm cho mỗi hộ.", "Points per household."),
    "alc_k_poor_households_help": ("Điểm cho mỗi hộ nghèo.", "Points per poor household."),
    "alc_k_near_poor_households_help": (
        "Điểm cho mỗi hộ cận nghèo.",
        "Points per near-poor household.",
    ),
    "alc_k_ethnic_minority_poor_households_help": (
        "Điểm cho mỗi hộ nghèo là người dân tộc thiểu số.",
        "Points per ethnic-minority poor household.",
    ),
    "alc_k_population_help": (
        "Điểm cho mỗi người (dân số điều tra năm 2009, trừ khi tải lên số liệu khác).",
        "Points per person (2009 census population, unless other figures are uploaded).",
    ),
    "alc_k_zone_iii_help": (
        "Điểm cho mỗi xã khu vực III (Quyết định 861/QĐ-TTg). Chưa có danh sách: cần tải lên "
        "tệp tiêu chí trước khi dùng hệ số này.",
        "Points per Zone III commune (Decision 861/QĐ-TTg). No list yet: upload a criteria "
        "workbook before using this coefficient.",
    ),
    "alc_k_difficult_villages_help": (
        "Điểm cho mỗi thôn đặc biệt khó khăn (Quyết định 612/QĐ-UBDT). Chưa có số liệu: cần "
        "tải lên tệp tiêu chí trước khi dùng hệ số này.",
        "Points per especially difficult village (Decision 612/QĐ-UBDT). No figures yet: "
        "upload a criteria workbook before using this coefficient.",
    ),
    "alc_k_per_xa_help": (
        "Điểm cộng cho mỗi xã, không phụ thuộc tiêu chí.",
        "Points added for every xã, whatever its criteria.",
    ),
    "alc_k_per_thi_tran_help": (
        "Điểm cộng cho thị trấn, không phụ thuộc tiêu chí.",
        "Points added for the town, whatever its criteria.",
    ),
    "alc_unit_household": ("hộ", "household"),
    "alc_unit_person": ("người", "person"),
    "alc_unit_commune": ("xã", "commune"),
    "alc_unit_village": ("thôn", "village"),
    "alc_points_per": ("{value} điểm / {unit}", "{value} points / {unit}"),
    "alc_points_per_unit": ("điểm / {unit}", "points / {unit}"),
    "alc_url_invalid": (
        "Tham số “{param}” trong đường dẫn không hợp lệ ({label}): đã dùng giá trị mặc định.",
        "The URL parameter “{param}” is not valid ({label}): the default is used instead.",
    ),
    "alc_not_allocated_help": (
        "Không có gì để phân bổ: hãy chọn dự án khác hoặc nhập số tiền.",
        "There is nothing to allocate: choose another project or type in an amount.",
    ),
    "alc_result_heading": ("Kết quả phân bổ: {funds}", "Allocation: {funds}"),
    "alc_metric_funds": ("Kinh phí (triệu đồng)", "Funds (million VND)"),
    "alc_metric_points": ("Tổng số điểm", "All points"),
    "alc_metric_per_point": ("Triệu đồng mỗi điểm", "Million VND per point"),
    "alc_metric_per_point_help": (
        "Kinh phí ÷ tổng số điểm, trước mức sàn và mức trần.",
        "Funds ÷ all points, before any floor or cap.",
    ),
    "alc_metric_bound": ("Xã chạm mức sàn hoặc trần", "Communes at a floor or cap"),
    "alc_metric_bound_help": (
        "Các xã này nhận đúng mức sàn (hoặc trần) của mình; phần còn lại chia theo điểm cho "
        "các xã khác.",
        "These communes get exactly their floor (or cap); the rest is shared by points among "
        "the others.",
    ),
    "alc_bound_caption": (
        "Sau mức sàn và trần, các xã còn lại nhận {value} triệu đồng mỗi điểm (chia lại {spreads} "
        "lần).",
        "After the floors and caps, the other communes get VND {value} million a point "
        "({spreads} spreads).",
    ),
    "alc_bound_floor": ("▼ nhận mức sàn", "▼ at its floor"),
    "alc_bound_cap": ("▲ nhận mức trần", "▲ at its cap"),
    "alc_legend": ("Số tiền (triệu đồng)", "Amount (million VND)"),
    "alc_legend_note": (
        "Chia nhóm theo ngũ phân vị của số tiền; xã nhạt nhận ít, xã đậm nhận nhiều.",
        "Classes are quintiles of the amounts; light communes get less, dark ones more.",
    ),
    "alc_map_alt": (
        "Bản đồ 19 xã, thị trấn tô màu theo số tiền được phân bổ",
        "Map of the 19 communes coloured by the amount allocated",
    ),
    "alc_tiles_alt": (
        "Bản đồ ô đều nhau của 19 xã, thị trấn tô màu theo số tiền được phân bổ",
        "Equal-area tile map of the 19 communes coloured by the amount allocated",
    ),
    "alc_codes_mismatch": (
        "mã xã của dữ liệu và của ranh giới không khớp",
        "the communes' codes do not match the boundaries'",
    ),
    "alc_no_result": ("Không có kết quả", "No result"),
    "alc_tab_communes": ("Từng xã", "Commune by commune"),
    "alc_tab_maps": ("Bản đồ", "Maps"),
    "alc_tab_shares": ("Kinh phí so với hộ nghèo", "Funds against poor households"),
    "alc_table_caption": (
        "Số tiền tính bằng triệu đồng, làm tròn theo phần dư lớn nhất nên tổng đúng bằng {funds}; "
        "khi hai xã có phần dư bằng nhau, xã có mã số nhỏ hơn được làm tròn lên.",
        "Amounts in million VND, rounded by largest remainder so that they add up exactly to "
        "{funds}; when two communes have equal remainders, the one with the lower code is "
        "rounded up.",
    ),
    "alc_col_name": ("Xã, thị trấn", "Commune"),
    "alc_col_poor": ("Hộ nghèo", "Poor households"),
    "alc_col_points": ("Điểm", "Points"),
    "alc_col_points_share": ("Tỷ lệ điểm", "Share of points"),
    "alc_col_amount": ("Số tiền (triệu đồng)", "Amount (million VND)"),
    "alc_col_share": ("Tỷ lệ kinh phí", "Share of funds"),
    "alc_col_bound": ("Sàn / trần", "Floor / cap"),
    "alc_col_per_poor": ("Triệu đồng / hộ nghèo", "Million VND per poor household"),
    "alc_col_criterion": ("Tiêu chí", "Criterion"),
    "alc_col_change": ("Chênh lệch (triệu đồng)", "Change (million VND)"),
    "alc_col_change_pct": ("Chênh lệch (%)", "Change (%)"),
    "alc_total": ("Toàn huyện", "District"),
    "alc_share_heading": (
        "Tỷ lệ kinh phí so với tỷ lệ hộ nghèo",
        "Share of funds against share of poor households",
    ),
    "alc_share_caption": (
        "Mỗi xã: phần trăm kinh phí được phân bổ, bên cạnh phần trăm hộ nghèo của huyện. Với "
        "mặc định trung tính hai tỷ lệ bằng nhau (chỉ khác do làm tròn).",
        "Each commune: its percentage of the funds, beside its percentage of the district's "
        "poor households. With the neutral default the two are equal (apart from rounding).",
    ),
    "alc_share_poor": ("Tỷ lệ hộ nghèo", "Share of poor households"),
    "alc_share_funds": ("Tỷ lệ kinh phí", "Share of funds"),
    "alc_share_gap": ("Chênh lệch", "Difference"),
    "alc_share_axis": ("% của toàn huyện", "% of the district"),
    "alc_compare_heading": ("So sánh hai bộ hệ số", "Two coefficient sets side by side"),
    "alc_compare": ("So sánh với", "Compare with"),
    "alc_compare_none": ("Không so sánh", "No comparison"),
    "alc_compare_help": (
        "Mặc định trung tính hoặc một bộ hệ số đã lưu: xã nào được thêm, xã nào bị bớt, bao nhiêu.",
        "The neutral default or a saved coefficient set: who gains, who loses, by how much.",
    ),
    "alc_compare_summary": (
        "Chuyển từ hệ số hiện tại sang “{name}”: {gain} xã được thêm, {loss} xã bị bớt; "
        "{moved} đổi chỗ.",
        "Going from the current coefficients to “{name}”: {gain} communes gain, {loss} lose; "
        "{moved} change hands.",
    ),
    "alc_compare_axis": (
        "Chênh lệch (triệu đồng): “{second}” trừ “{first}”",
        "Change (million VND): “{second}” minus “{first}”",
    ),
    "alc_compare_alt": (
        "Số tiền mỗi xã được thêm hoặc bị bớt với bộ hệ số “{name}”",
        "What each commune gains or loses with the coefficient set “{name}”",
    ),
    "alc_compare_error": (
        "Không phân bổ được theo “{name}”: {error}",
        "“{name}” gives no allocation: {error}",
    ),
    "alc_export": ("Tải Excel phân bổ", "Download the allocation (Excel)"),
    "alc_sets_heading": ("Bộ hệ số đã lưu", "Saved coefficient sets"),
    "alc_sets_caption": (
        "Lưu hệ số hiện tại dưới một tên để mở lại hoặc so sánh sau.",
        "Save the current coefficients under a name to reopen or compare them later.",
    ),
    "alc_sets_caption_read_only": (
        "Mở một bộ hệ số đã có để xem hoặc so sánh; tải về bộ hệ số đang dùng.",
        "Open a coefficient set to view or compare it; download the coefficients in use.",
    ),
    "alc_save_name": ("Tên bộ hệ số", "Name of the set"),
    "alc_save": ("Lưu bộ hệ số", "Save the set"),
    "alc_saved": ("Đã lưu bộ hệ số “{name}”.", "Saved the coefficient set “{name}”."),
    "alc_saved_pick": ("Bộ hệ số đã lưu", "Saved sets"),
    "alc_open": ("Mở", "Open"),
    "alc_opened": ("Đã mở bộ hệ số “{name}”.", "Opened the coefficient set “{name}”."),
    "alc_delete": ("Xóa", "Delete"),
    "alc_deleted": ("Đã xóa bộ hệ số “{name}”.", "Deleted the coefficient set “{name}”."),
    "alc_saved_none": ("Chưa có bộ hệ số nào được lưu.", "No coefficient set saved yet."),
    "alc_store_error": (
        "Không đọc hoặc ghi được tệp lưu trữ: {error}",
        "The store could not be read or written: {error}",
    ),
    "alc_criteria_heading": ("Tiêu chí đang dùng", "Criteria in use"),
    "alc_criteria_caption": (
        "Giá trị tiêu chí của từng xã và nguồn của chúng. Dấu “—”: chưa có số liệu; hệ số của "
        "tiêu chí đó phải bằng 0 cho đến khi có.",
        "Each commune's criteria values and where they come from. “—”: no figure yet; that "
        "criterion's coefficient must stay 0 until there is one.",
    ),
    "alc_src_baseline": (
        "Số liệu hộ nghèo cấp xã đang dùng — MINH HỌA, không phải số liệu thật (năm 2023; "
        "scripts/generate_illustrative_baseline.py).",
        "The commune poverty figures in use — ILLUSTRATIVE, not real (2023; "
        "scripts/generate_illustrative_baseline.py).",
    ),
    "alc_src_uploaded_review": (
        "Kết quả rà soát do người dùng tải lên: {source}",
        "The review results uploaded by the user: {source}",
    ),
    "alc_src_census_2009": (
        "Điều tra dân số năm 2009 (City Population, citypopulation.de); không phải dân số năm 2022.",
        "The 2009 census (City Population, citypopulation.de); not the 2022 population.",
    ),
    "alc_src_zone_iii_missing": (
        "Chưa có: Bắc Hà có 13 xã khu vực III theo Quyết định 861/QĐ-TTg nhưng chưa xác nhận "
        "được 13 xã nào (Đối ngoại Lào Cai).",
        "None yet: Bắc Hà has 13 Zone III communes under Decision 861/QĐ-TTg, but which 13 "
        "could not be confirmed (Lào Cai foreign affairs portal).",
    ),
    "alc_src_villages_missing": (
        "Chưa có: không tìm được số thôn đặc biệt khó khăn của từng xã (Quyết định "
        "612/QĐ-UBDT; phapluatcongdong.vn).",
        "None yet: the number of especially difficult villages per commune was not found "
        "(Decision 612/QĐ-UBDT; phapluatcongdong.vn).",
    ),
    "alc_src_uploaded_criteria": (
        "Tệp tiêu chí do người dùng tải lên: {source}",
        "The criteria workbook uploaded by the user: {source}",
    ),
    "alc_rules_heading": ("Các văn bản quy định", "The rules"),
    "alc_rule_document": ("Văn bản", "Document"),
    "alc_rule_date": ("Ban hành", "Issued"),
    "alc_rule_known": ("Những gì đã biết", "What we know"),
    "alc_rule_source": ("Nguồn", "Source"),
    "alc_method": (
        "Điểm = tổng (tiêu chí × hệ số) + điểm cố định theo loại đơn vị; số tiền mỗi điểm = kinh "
        "phí ÷ tổng số điểm; xã vượt mức trần (dưới mức sàn) nhận đúng mức đó, phần còn lại chia "
        "lại theo điểm cho các xã khác.",
        "Points = Σ (criterion × coefficient) + fixed points by unit type; money per point = "
        "funds ÷ all points; a commune above its cap (below its floor) gets exactly that bound, "
        "and the rest is re-spread by points among the others.",
    ),
    "alc_rounding": (
        "Làm tròn đến triệu đồng theo phần dư lớn nhất (tổng đúng bằng kinh phí); phần dư bằng "
        "nhau: xã có mã số nhỏ hơn được làm tròn lên.",
        "Whole million VND by largest remainder (the total is exactly the funds); equal "
        "remainders: the commune with the lower code is rounded up.",
    ),
    "alc_err_missing": (
        "Tiêu chí “{criterion}” chưa có số liệu cho {count} xã ({communes}). Hãy đặt hệ số của "
        "nó bằng 0, hoặc tải lên tệp tiêu chí có số liệu này.",
        "The criterion “{criterion}” has no figures for {count} communes ({communes}). Set its "
        "coefficient to 0, or upload a criteria workbook that has them.",
    ),
    "alc_err_negative": (
        "Tiêu chí “{criterion}” có giá trị âm hoặc không hợp lệ ở {count} xã ({communes}).",
        "The criterion “{criterion}” is negative or not valid in {count} communes ({communes}).",
    ),
    "alc_err_coefficient": (
        "Hệ số của “{criterion}” phải là số không âm, không phải {value}.",
        "The coefficient of “{criterion}” must be a number ≥ 0, not {value}.",
    ),
    "alc_err_floor_above_cap": (
        "Mức sàn cao hơn mức trần ở {count} xã ({communes}).",
        "The floor is above the cap in {count} communes ({communes}).",
    ),
    "alc_err_floors_exceed": (
        "Tổng các mức sàn ({floors}) lớn hơn kinh phí ({funds}): không thể bảo đảm mức sàn cho "
        "mọi xã. Hãy hạ mức sàn.",
        "The floors add up to {floors}, more than the funds ({funds}): no allocation can give "
        "every commune its floor. Lower the floor.",
    ),
    "alc_err_caps_short": (
        "Tổng các mức trần ({caps}) nhỏ hơn kinh phí ({funds}): sẽ còn thừa tiền. Hãy nâng mức "
        "trần. (Xã không có điểm chỉ nhận mức sàn của mình.)",
        "The caps add up to {caps}, less than the funds ({funds}): money would be left over. "
        "Raise the cap. (A commune with no points only gets its floor.)",
    ),
    "alc_err_no_points": (
        "Không xã nào có điểm với các hệ số này, nên không chia được kinh phí ({funds}). Hãy "
        "đặt ít nhất một hệ số lớn hơn 0 cho một tiêu chí có số liệu.",
        "No commune has any points with these coefficients, so the funds ({funds}) cannot be "
        "divided. Give a criterion with figures a coefficient above 0.",
    ),
    "alc_err_bound_value": (
        "Mức sàn và mức trần phải là số nguyên triệu đồng, không âm.",
        "Floors and caps must be whole million VND, not negative.",
    ),
    "alc_err_bounds": (
        "Mức sàn và mức trần phải có đúng một giá trị cho mỗi xã.",
        "Floors and caps need exactly one value per commune.",
    ),
    "alc_err_points": ("Điểm phải là số không âm.", "Points must be numbers ≥ 0."),
    "alc_err_funds": (
        "Kinh phí phải là số nguyên triệu đồng, không âm.",
        "The funds must be whole million VND, not negative.",
    ),
    # The allocation page's workbooks (gnbv/workbook/allocation_criteria.py and
    # allocation_coefficients.py) and their uploads on the page.
    "expect_population": ("số người: số nguyên ≥ 0", "a number of people: a whole number ≥ 0"),
    "expect_flag": ("1 (xã khu vực III) hoặc 0", "1 (a Zone III commune) or 0"),
    "expect_villages": ("số thôn: số nguyên ≥ 0", "a number of villages: a whole number ≥ 0"),
    "expect_coefficient_key": (
        "mã hệ số, ví dụ poor_households",
        "a coefficient key, e.g. poor_households",
    ),
    "expect_coefficient": (
        "hệ số: số ≥ 0 (có thể lẻ)",
        "a coefficient: a number ≥ 0 (decimals allowed)",
    ),
    "bound_population": ("dân số tối đa của một xã", "the largest population of one commune"),
    "bound_villages": (
        "số thôn đặc biệt khó khăn tối đa của một xã",
        "the most especially difficult villages of one commune",
    ),
    "wb_flag": (
        "“{value}” không hợp lệ: ghi 1 nếu là xã khu vực III, 0 nếu không.",
        "“{value}” is not valid: write 1 for a Zone III commune, 0 otherwise.",
    ),
    "wb_criteria_poor_exceed": (
        "Số hộ nghèo {value} lớn hơn tổng số hộ {households}.",
        "Poor households {value} exceed the {households} households.",
    ),
    "wb_floor_above_cap": (
        "Mức sàn {floor} cao hơn mức trần {cap} của xã này.",
        "The floor {floor} is above this commune's cap {cap}.",
    ),
    "wb_criteria_partial": (
        "Ô trống, trong khi cột này có số liệu cho {filled} xã khác: hãy điền cho mọi xã, hoặc "
        "để trống cả cột (khi đó số liệu đang dùng được giữ nguyên).",
        "Empty, while this column has figures for {filled} other communes: fill it for every "
        "commune, or leave the whole column empty (the figures in use are then kept).",
    ),
    "wb_criteria_nothing": (
        "Tệp không có số liệu nào: hãy điền ít nhất một cột tiêu chí, hoặc mức sàn / mức trần.",
        "The file holds no figures: fill at least one criterion column, or a floor or cap.",
    ),
    "wb_unknown_coefficient": (
        "“{value}” không phải mã hệ số; các mã được nhận: {known}.",
        "“{value}” is not a coefficient key; the keys accepted are: {known}.",
    ),
    "wb_duplicate_coefficient": (
        "Mã hệ số {value} lặp lại (đã có ở dòng {first}).",
        "The coefficient key {value} appears twice (already on row {first}).",
    ),
    "wb_coefficient_range": (
        "Hệ số {value} lớn hơn mức tối đa {high} điểm mà trang Phân bổ nhận.",
        "The coefficient {value} is above the {high} points the Allocation page accepts.",
    ),
    "wb_coefficients_missing": (
        "Tệp không có các hệ số: {keys}; các hệ số này được tính bằng 0.",
        "The file leaves out the coefficients {keys}; they are taken as 0.",
    ),
    "tpl_criteria_intro": (
        "Mẫu tiêu chí phân bổ kinh phí cho trang Phân bổ: số liệu của từng xã, thị trấn dùng để "
        "tính điểm, và nếu cần, mức sàn / mức trần riêng của từng xã.",
        "The allocation criteria template for the Allocation page: each commune's figures used "
        "to compute its points and, if needed, its own floor and cap.",
    ),
    "tpl_criteria_sheet": (
        "Điền trang tính “Tiêu chí phân bổ”; không đổi tên trang tính và tiêu đề cột.",
        "Fill in the sheet “Tiêu chí phân bổ”; do not rename the sheet or its column headers.",
    ),
    "tpl_criteria_columns": (
        "Mỗi cột tiêu chí: điền cho cả 19 xã, hoặc để trống cả cột. Cột để trống giữ nguyên số "
        "liệu đang dùng trên trang (ghi rõ nguồn).",
        "Each criterion column: fill it for all 19 communes, or leave the whole column empty. An "
        "empty column keeps the figures in use on the page (with their source).",
    ),
    "tpl_criteria_zone": (
        "Xã khu vực III (Quyết định 861/QĐ-TTg): ghi 1 nếu là xã khu vực III, 0 nếu không. Số "
        "thôn đặc biệt khó khăn theo Quyết định 612/QĐ-UBDT.",
        "Zone III commune (Decision 861/QĐ-TTg): 1 for a Zone III commune, 0 otherwise. "
        "Especially difficult villages as listed by Decision 612/QĐ-UBDT.",
    ),
    "tpl_criteria_bounds": (
        "Mức sàn / mức trần (triệu đồng) là tùy chọn và có thể chỉ điền cho một số xã; các xã "
        "khác dùng mức sàn / trần chung trên trang.",
        "Floor / cap (million VND) are optional and may be given for some communes only; the "
        "others use the page's uniform floor and cap.",
    ),
    "tpl_criteria_sources": (
        "Chỉ điền số liệu có nguồn chính thức (kết quả rà soát, quyết định): trang sẽ ghi tên "
        "tệp làm nguồn của các tiêu chí này.",
        "Enter only figures with an official source (review results, decisions): the page "
        "names this file as the source of these criteria.",
    ),
    "tpl_coefficients_intro": (
        "Bộ hệ số phân bổ của trang Phân bổ: điểm cho mỗi đơn vị của từng tiêu chí, và điểm cố "
        "định theo loại đơn vị hành chính.",
        "A set of allocation coefficients for the Allocation page: points per unit of each "
        "criterion, and fixed points by type of unit.",
    ),
    "tpl_coefficients_sheet": (
        "Điền cột “Hệ số (điểm)” của trang tính “Hệ số phân bổ”; không đổi cột “Mã hệ số”.",
        "Fill in the column “Hệ số (điểm)” of the sheet “Hệ số phân bổ”; do not change the "
        "column “Mã hệ số”.",
    ),
    "tpl_coefficients_keys": (
        "Hệ số có thể là số lẻ (0,5) và phải ≥ 0. Dòng bị xóa được tính bằng 0.",
        "A coefficient may have decimals (0.5) and must be ≥ 0. A row deleted counts as 0.",
    ),
    "tpl_coefficients_not_legal": (
        "Trang không có sẵn hệ số theo quy định (Quyết định 02/2022/QĐ-TTg; Nghị quyết của HĐND "
        "tỉnh Lào Cai ngày 19/4/2022): hãy nhập hệ số theo văn bản đang áp dụng.",
        "The page has no legal coefficients built in (Decision 02/2022/QĐ-TTg; the resolution "
        "of Lào Cai's People's Council of 19/4/2022): enter those of the rule in force.",
    ),
    "alc_uploaded_set": ("Tệp hệ số: {source}", "Coefficient file: {source}"),
    "alc_set_download": (
        "Tải bộ hệ số hiện tại (Excel)",
        "Download the current coefficients (Excel)",
    ),
    "alc_set_upload": ("Tải lên một bộ hệ số (Excel)", "Upload a coefficient set (Excel)"),
    "alc_criteria_upload_help": (
        "Tệp tiêu chí (theo mẫu) thay số liệu đang dùng bằng số liệu của người lập kế hoạch: "
        "danh sách xã khu vực III, số thôn đặc biệt khó khăn, số hộ, dân số, và mức sàn / mức "
        "trần riêng của từng xã. Cột để trống giữ nguyên số liệu đang dùng.",
        "A criteria workbook (from the template) replaces the figures in use with the planner's: "
        "the Zone III communes, the especially difficult villages, household counts, "
        "population, and a floor or cap for some communes. An empty column keeps the figures in "
        "use.",
    ),
    "alc_criteria_template_file": (
        "mau_tieu_chi_phan_bo.xlsx",
        "template_allocation_criteria.xlsx",
    ),
    "alc_criteria_in_use": (
        "Đang dùng tệp tiêu chí {source}.",
        "The criteria workbook {source} is in use.",
    ),
    "alc_criteria_drop": (
        "Bỏ tệp tiêu chí, dùng lại số liệu gốc",
        "Drop the criteria workbook, back to the figures in use",
    ),
    "alc_criteria_upload": ("Tải lên tệp tiêu chí (Excel)", "Upload a criteria workbook (Excel)"),
    "alc_yes": ("Có", "Yes"),
    "alc_x_sheet_allocation": ("Phân bổ", "Allocation"),
    "alc_x_sheet_parameters": ("Thông số", "Parameters"),
    "alc_x_sheet_coefficients": ("Hệ số", "Coefficients"),
    "alc_x_sheet_criteria": ("Tiêu chí", "Criteria"),
    "alc_x_sheet_sources": ("Nguồn", "Sources"),
    "alc_x_code": ("Mã xã", "Commune code"),
    "alc_x_name": ("Xã, thị trấn", "Commune"),
    "alc_x_unit": ("Loại đơn vị", "Unit type"),
    "alc_x_poor": ("Hộ nghèo", "Poor households"),
    "alc_x_points": ("Điểm", "Points"),
    "alc_x_points_share": ("Tỷ lệ điểm (%)", "Share of points (%)"),
    "alc_x_amount": ("Số tiền (triệu đồng)", "Amount (million VND)"),
    "alc_x_share": ("Tỷ lệ kinh phí (%)", "Share of funds (%)"),
    "alc_x_floor": ("Mức sàn (triệu đồng)", "Floor (million VND)"),
    "alc_x_cap": ("Mức trần (triệu đồng)", "Cap (million VND)"),
    "alc_x_bound": ("Sàn / trần", "Floor / cap"),
    "alc_x_per_poor": ("Triệu đồng / hộ nghèo", "Million VND per poor household"),
    "alc_x_parameter": ("Thông số", "Parameter"),
    "alc_x_value": ("Giá trị", "Value"),
    "alc_x_funds_source": ("Kinh phí phân bổ", "Funds allocated"),
    "alc_x_funds": ("Kinh phí (triệu đồng)", "Funds (million VND)"),
    "alc_x_total_points": ("Tổng số điểm", "All points"),
    "alc_x_money_per_point": (
        "Số tiền mỗi điểm, trước mức sàn/trần (triệu đồng)",
        "Money per point, before floors and caps (million VND)",
    ),
    "alc_x_money_per_point_free": (
        "Số tiền mỗi điểm của các xã không chạm sàn/trần (triệu đồng)",
        "Money per point of the communes at no floor or cap (million VND)",
    ),
    "alc_x_bound_count": ("Số xã chạm mức sàn hoặc trần", "Communes at a floor or cap"),
    "alc_x_coefficient_status": ("Hệ số", "Coefficients"),
    "alc_x_method": ("Phương pháp", "Method"),
    "alc_x_rounding": ("Làm tròn", "Rounding"),
    "alc_x_data": ("Số liệu", "Figures"),
    "alc_x_data_real": (
        "Số liệu hộ nghèo cấp xã do người dùng tải lên.",
        "Commune poverty figures uploaded by the user.",
    ),
    "alc_x_url": ("Tham số đường dẫn", "URL parameters"),
    "alc_x_key": ("Mã tiêu chí", "Criterion key"),
    "alc_x_coefficient": ("Hệ số", "Coefficient"),
    "alc_x_item": ("Mục", "Item"),
    "alc_x_note": ("Ghi chú", "Note"),
    "alc_x_not_read": ("Không đọc được", "Not read"),
    "alc_x_coefficients_read": ("Đã đọc được hệ số", "Coefficients read"),
}

# The Data page (pages/data.py) and the dataset catalogue (gnbv/datasets.py).
_DATA = {
    "data_title": ("Dữ liệu", "Data"),
    "data_intro": (
        "Các bộ dữ liệu đang dùng, nguồn và mức tin cậy của từng bộ; tải về; nhập số liệu thật "
        "của Phòng LĐ-TB&XH từ Excel.",
        "The datasets in use, the source and reliability of each; downloads; loading the real "
        "figures of the Labour office from Excel.",
    ),
    "data_in_use": ("Dữ liệu đang dùng", "Data in use"),
    "data_sources_note": (
        "Tên bài, văn bản và địa chỉ của từng nguồn: mục “Nguồn dữ liệu” dưới đây.",
        "The title and address of every source: “Sources” below.",
    ),
    "data_sources": ("Nguồn dữ liệu", "Sources"),
    "data_intro_read_only": (
        "Các bộ dữ liệu đang dùng, nguồn và mức tin cậy của từng bộ; tải về.",
        "The datasets in use, the source and reliability of each; downloads.",
    ),
    "data_downloads": ("Tải về", "Downloads"),
    "data_choose": ("Bộ dữ liệu", "Dataset"),
    "data_csv": ("CSV", "CSV"),
    "data_excel": ("Excel", "Excel"),
    "data_planners": ("Nhập số liệu từ Excel", "Load figures from Excel"),
    "data_planners_intro": (
        "Tải mẫu, điền số liệu, rồi tải lên. Cả tệp được kiểm tra trước; chỉ khi không còn lỗi "
        "nào thì số liệu mới thay cho số liệu đang dùng (trong phiên làm việc này, trên mọi "
        "trang).",
        "Download the template, fill it in, then upload it. The whole file is checked first; "
        "only when nothing is wrong do its figures replace the ones in use (for this session, "
        "on every page).",
    ),
    "data_section_commune_review": (
        "Kết quả rà soát hộ nghèo, hộ cận nghèo theo xã",
        "Commune review results: poor and near-poor households",
    ),
    "data_section_commune_review_help": (
        "19 xã, thị trấn: tổng số hộ, hộ nghèo, hộ cận nghèo, hộ DTTS, hộ nghèo DTTS, năm rà "
        "soát. Số liệu thật thay cho số liệu minh họa.",
        "19 communes: households, poor, near-poor, ethnic-minority and ethnic-minority poor "
        "households, the review year. Real figures replace the illustrative ones.",
    ),
    "data_section_allocations": (
        "Phân bổ kinh phí theo dự án",
        "Allocation of funds by project",
    ),
    "data_section_allocations_help": (
        "Dự án, tiểu dự án, vốn đầu tư phát triển, vốn sự nghiệp (triệu đồng); mẫu điền sẵn theo "
        "kế hoạch, Dự án 5 để trống (chưa phân bổ).",
        "Project, sub-project, development investment, recurrent funds (million VND); the "
        "template holds the plan's figures, Project 5 empty (not allocated).",
    ),
    "data_template": ("Tải mẫu Excel", "Download the Excel template"),
    "data_template_file_commune_review": (
        "mau_ket_qua_ra_soat_ho_ngheo.xlsx",
        "template_commune_review.xlsx",
    ),
    "data_template_file_allocations": (
        "mau_phan_bo_kinh_phi.xlsx",
        "template_allocations.xlsx",
    ),
    "data_upload_commune_review": (
        "Tải lên kết quả rà soát (.xlsx)",
        "Upload the review results (.xlsx)",
    ),
    "data_upload_allocations": (
        "Tải lên phân bổ kinh phí (.xlsx)",
        "Upload the allocation (.xlsx)",
    ),
    "data_upload_help": (
        "Chỉ nhận sổ Excel .xlsx, tối đa {mb} MB; không nhận tệp có macro.",
        "Excel .xlsx workbooks only, at most {mb} MB; no macro files.",
    ),
    "data_upload_ok": (
        "Tệp hợp lệ: số liệu đã được nạp và đang được dùng trên mọi trang.",
        "The file is valid: its figures are loaded and in use on every page.",
    ),
    "data_upload_failed": (
        "Tệp chưa được nhận: {errors} lỗi, {warnings} cảnh báo. Dữ liệu đang dùng không thay "
        "đổi. Sửa các lỗi dưới đây rồi tải lên lại.",
        "The file was not accepted: {errors} error(s), {warnings} warning(s). The data in use "
        "is unchanged. Fix the problems below and upload again.",
    ),
    "data_upload_warnings": (
        "{warnings} cảnh báo: xem bảng dưới đây (số liệu vẫn được nhận).",
        "{warnings} warning(s): see the table below (the figures were still accepted).",
    ),
    "data_in_use_uploaded": (
        "Đang dùng số liệu tải lên lúc {when}.",
        "Using the figures uploaded at {when}.",
    ),
    "data_in_use_uploaded_plain": ("Đang dùng số liệu tải lên.", "Using uploaded figures."),
    "data_reset": ("Quay về dữ liệu có sẵn", "Back to the shipped data"),
    "data_preview": ("Số liệu đang dùng", "Figures in use"),
    "data_funding_totals": (
        "Cộng: vốn đầu tư phát triển {investment}; vốn sự nghiệp {recurrent}; tổng {total}.",
        "Totals: development investment {investment}; recurrent {recurrent}; total {total}.",
    ),
    "ds_col_dataset": ("Bộ dữ liệu", "Dataset"),
    "ds_col_file": ("Tệp", "File"),
    "ds_col_rows": ("Số dòng", "Rows"),
    "ds_col_status": ("Loại", "Kind"),
    "ds_col_source": ("Nguồn", "Source"),
    "ds_col_title": ("Bài, văn bản", "Article or document"),
    "ds_sources_more": ("và {n} nguồn khác", "and {n} more"),
    "ds_source_generated": (
        "Sinh bằng chương trình cho khớp tổng số công bố",
        "Generated by a program to match the published totals",
    ),
    "ds_col_date": ("Thời điểm số liệu", "Date of the figures"),
    "ds_col_loaded": ("Nạp lúc", "Loaded at"),
    "ds_status_real": ("Thật (văn bản, nguồn công bố)", "Real (the plan, published sources)"),
    "ds_status_real_derived": (
        "Thật; năm 2022 là số suy ra",
        "Real; 2022 is derived",
    ),
    "ds_status_illustrative": ("MINH HỌA, không phải số thật", "ILLUSTRATIVE, not real"),
    "ds_status_uploaded": ("Thật, do người dùng tải lên", "Real, uploaded by a user"),
    "ds_date_communes": (
        "Danh mục 2022; số liệu khác theo từng nguồn",
        "2022 unit list; other figures as of each source",
    ),
    "ds_date_district": ("Cuối năm 2022–2024", "End of 2022–2024"),
    "ds_date_illustrative": (
        "Khớp tỷ lệ công bố cuối năm 2023",
        "Matches the published end-2023 rates",
    ),
    "ds_plan": ("Kế hoạch (tổng kinh phí)", "The plan (total funds)"),
    "ds_projects": ("Kinh phí theo dự án", "Funds by project"),
    "ds_sub_projects": ("Tiểu dự án", "Sub-projects"),
    "ds_targets": ("Mục tiêu và kết quả chủ yếu", "Targets and key results"),
    "ds_bodies": ("Cơ quan, đơn vị", "Bodies"),
    "ds_legal_bases": ("Căn cứ pháp lý", "Legal bases"),
    "ds_allocation_rules": (
        "Quy định phân bổ (trang Phân bổ)",
        "Allocation rules (Allocation page)",
    ),
    "ds_communes": ("Xã, thị trấn", "Communes"),
    "ds_district_poverty": ("Tỷ lệ hộ nghèo toàn huyện", "District poverty rates"),
    "ds_commune_baseline": ("Hộ nghèo theo xã", "Poverty by commune"),
    "pv_code": ("Mã xã", "Code"),
    "pv_name": ("Xã", "Commune"),
    "pv_year": ("Năm", "Year"),
    "pv_households": ("Tổng số hộ", "Households"),
    "pv_poor_households": ("Hộ nghèo", "Poor"),
    "pv_near_poor_households": ("Hộ cận nghèo", "Near-poor"),
    "pv_ethnic_minority_households": ("Hộ DTTS", "Ethnic-minority"),
    "pv_ethnic_minority_poor_households": ("Hộ nghèo DTTS", "Ethnic-minority poor"),
    "pv_status": ("Loại", "Kind"),
    "pv_project": ("Dự án", "Project"),
    "pv_project_name": ("Tên", "Name"),
    "pv_investment_mvnd": ("Vốn ĐTPT (triệu đồng)", "Investment (million VND)"),
    "pv_recurrent_mvnd": ("Vốn sự nghiệp (triệu đồng)", "Recurrent (million VND)"),
    "pv_total_mvnd": ("Tổng (triệu đồng)", "Total (million VND)"),
    "pv_allocation": ("Phân bổ", "Allocation"),
    "pv_allocated": ("Đã phân bổ", "Allocated"),
}

TEXT: dict[str, tuple[str, str]] = {
    **_COMMON,
    **_SCENARIOS,
    **_NAV,
    **_PLOTLY,
    **_HOME,
    **_FUNDING,
    **_TARGETS,
    **_PRESENT,
    **_MAP,
    **_WORKBOOK,
    **_DATA,
    **_ALLOCATION,
    **i18n_brief.TEXT,
}


# Source references cite the Vietnamese plan; in English their words are translated, the
# document stays named. Applied in order by ``cite``.
_CITATION_EN = (
    ("Kế hoạch GNBV 2022", "Bắc Hà GNBV plan 2022"),
    ("phần mở đầu và mục I", "preamble and section I"),
    ("tiêu đề", "title"),
    (" và chữ ký", " and signature"),
    ("mục ", "section "),
)


def cite(
    source_ref: object, lang: str, citations: Mapping[str, tuple[str, str]] | None = None
) -> str:
    """A source reference in ``lang``, for readers:

    - source ids ('VNN_2324450', several joined by ';') → their short citations from
      ``citations`` (``PlanData.citations``: {id: (Vietnamese, English)}), each once:
      'VietNamNet, ~2024; Báo Lào Cai'; an id not in ``citations`` is left as it is;
    - a reference to the plan: 'Kế hoạch GNBV 2022, mục II.4.1' → 'Bắc Hà GNBV plan 2022,
      section II.4.1' in English."""
    text = str(source_ref)
    parts = [p.strip() for p in text.split(";") if p.strip()]
    if citations and any(p in citations for p in parts):
        index = LANGUAGES.index(normalise_lang(lang))
        return "; ".join(dict.fromkeys(citations[p][index] if p in citations else p for p in parts))
    if normalise_lang(lang) == "en":
        for vi, en in _CITATION_EN:
            text = text.replace(vi, en)
    return text


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
