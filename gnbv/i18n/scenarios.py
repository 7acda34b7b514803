"""The scenarios page (pages/scenarios.py, ui/scenario.py, gnbv/scenario_*.py).

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
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
    "scn_other_communes_rate": (
        "Tỷ lệ hộ nghèo ở các xã không phải xã nghèo",
        "Poor rate in the communes that are not poor communes",
    ),
    "scn_other_communes_rate_short": (
        "Tỷ lệ hộ nghèo (xã không nghèo)",
        "Poor rate (other communes)",
    ),
    "scn_other_communes_rate_flag": (
        "Tỷ lệ hộ nghèo ở {n} xã, thị trấn không có trong danh sách xã nghèo của dữ liệu",
        "Poor rate in the {n} communes not on the data's list of poor communes",
    ),
    "scn_other_communes_rate_threshold": (
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
    "scn_other_communes_rate_help": (
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
    "scn_metric_other_communes_rate": (
        "Tỷ lệ hộ nghèo toàn huyện {year}",
        "District poor rate {year}",
    ),
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
    # Why a name cannot be saved (gnbv.scenario_store.InvalidName.REASONS).
    "store_name_not_text": ("tên phải là chữ", "a name must be text"),
    "store_name_empty": ("tên đang để trống", "the name is empty"),
    "store_name_too_long": ("tên dài quá {limit} ký tự", "longer than {limit} characters"),
    "store_name_control": (
        "tên có ký tự điều khiển (không in ra được)",
        "it has control (unprintable) characters",
    ),
    "scn_store_error": (
        "Lúc này không đọc hoặc ghi được các kịch bản đã lưu; kịch bản đang xem không bị ảnh "
        "hưởng.",
        "The saved scenarios cannot be read or written just now; the scenario in view is not "
        "affected.",
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
    "scn_problem_not_a_year": (
        "{value} không phải là một năm (phải là năm {limit})",
        "{value} is not a year (it must be a year {limit})",
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
    # Where the scenario starts (gnbv.scenario_start, gnbv.views.scenario.start_sentence).
    "scn_start_series": (
        "Kịch bản bắt đầu từ năm {year}, năm mới nhất của số liệu đang dùng: năm rà soát cuối "
        "của chuỗi số liệu MINH HỌA theo năm đi kèm ứng dụng (trang Tiến độ).",
        "The scenario starts from {year}, the latest year of the data in use: the last review "
        "of the ILLUSTRATIVE series of yearly reviews shipped with the app (the Progress page).",
    ),
    "scn_start_series_uploaded": (
        "Kịch bản bắt đầu từ năm {year}, năm mới nhất của số liệu đang dùng: năm rà soát cuối "
        "của chuỗi số liệu theo năm tải lên trong phiên này (trang Tiến độ).",
        "The scenario starts from {year}, the latest year of the data in use: the last review "
        "of the series of yearly reviews uploaded this session (the Progress page).",
    ),
    "scn_start_baseline": (
        "Kịch bản bắt đầu từ năm {year}, năm mới nhất của số liệu đang dùng: số liệu cấp xã "
        "một năm, bộ MINH HỌA đi kèm ứng dụng.",
        "The scenario starts from {year}, the latest year of the data in use: the one-year "
        "commune figures, the ILLUSTRATIVE set shipped with the app.",
    ),
    "scn_start_partial": (
        "Năm {year} chỉ có số liệu của {n}/{total} xã, thị trấn: kịch bản và các số toàn huyện "
        "chỉ tính những xã này.",
        "{year} holds figures for only {n} of the {total} communes: the scenario and the "
        "district's figures count those alone.",
    ),
    "scn_start_baseline_uploaded": (
        "Kịch bản bắt đầu từ năm {year}, năm mới nhất của số liệu đang dùng: số liệu cấp xã "
        "một năm tải lên trong phiên này (trang Dữ liệu).",
        "The scenario starts from {year}, the latest year of the data in use: the one-year "
        "commune figures uploaded this session (the Data page).",
    ),
}
