"""The allocation page (pages/allocation.py, ui/allocation.py, gnbv/allocation_*.py).

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
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
        "Lúc này không đọc hoặc ghi được các bộ hệ số đã lưu; phân bổ đang xem không bị ảnh hưởng.",
        "The saved coefficient sets cannot be read or written just now; the allocation in view "
        "is not affected.",
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
