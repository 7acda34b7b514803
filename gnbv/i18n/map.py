"""The map page (pages/map.py, ui/maps.py, gnbv/maps.py).

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
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
        "Không vẽ được bản đồ theo ranh giới. Lý do: {message}.",
        "The true-shape map cannot be drawn. Reason: {message}.",
    ),
    "map_boundary_needs": (
        "Bản đồ ô bên cạnh vẫn dùng được. Người quản trị trang xem chi tiết trong nhật ký máy chủ.",
        "The tile map beside it still works. The site's operator finds the details in the "
        "server log.",
    ),
    # Why a map's boundary layer is not there (gnbv.errors.BoundaryUnavailable.REASONS).
    "geo_missing": (
        "máy chủ chưa có tệp ranh giới các xã",
        "the server has no commune boundary file",
    ),
    "geo_unreadable": (
        "tệp ranh giới trên máy chủ không đọc được",
        "the boundary file on the server cannot be read",
    ),
    "geo_no_join_key": (
        "tệp ranh giới trên máy chủ không có mã xã để ghép với số liệu",
        "the boundary file on the server has no commune codes to match the data",
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
        "Không có đường ranh giới huyện; bản đồ vẫn vẽ các xã.",
        "No district outline; the communes are still drawn.",
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
