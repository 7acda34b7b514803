"""The texts of the progress page and of a series of reviews (issue 20): ``{key: (Vietnamese,
English)}``, merged into :data:`gnbv.i18n.TEXT` (one table; read through ``gnbv.i18n.t``)."""

from __future__ import annotations

_WORKBOOK = {
    "wb_series_duplicate": (
        "Xã {value} đã có số liệu năm {year} (trang “{sheet}”, dòng {first}).",
        "Commune {value} already has figures for {year} (sheet “{sheet}”, row {first}).",
    ),
    "wb_series_year_not_sheet": (
        "Năm {value} khác năm của trang tính ({expected}).",
        "Year {value} is not the sheet's year ({expected}).",
    ),
    "wb_series_missing_years": (
        "Xã {code} {name} không có số liệu năm {years}: được phép; tiến độ của xã tính từ các "
        "năm có số liệu.",
        "Commune {code} {name} has no review for {years}: allowed; its progress uses the years "
        "given.",
    ),
    "wb_series_change": (
        "Xã {code}: {what} từ {before} ({year_before}) thành {after} ({year_after}), thay đổi "
        "hơn {factor} lần giữa hai lần rà soát; hãy kiểm tra lại.",
        "Commune {code}: {what} went from {before} ({year_before}) to {after} ({year_after}), "
        "a change of more than {factor} times between two reviews; please check.",
    ),
    "wb_series_what_households": ("tổng số hộ", "households"),
    "wb_series_what_poor_households": ("số hộ nghèo", "poor households"),
    "wb_series_no_sheet": (
        "Không thấy trang tính “{expected}” (có cột năm) hay các trang mang tên năm (“2023”, "
        "“Năm 2023”); tệp có: {found}.",
        "No sheet “{expected}” (with a year column) nor sheets named by their year (“2023”, "
        "“Year 2023”); the file has: {found}.",
    ),
    "wb_series_sheet_year": (
        "Trang tính của năm {value} nằm ngoài khoảng {low}–{high}.",
        "The sheet of year {value} is outside {low}–{high}.",
    ),
    "wb_series_no_reviews": (
        "Tệp không có số liệu rà soát nào: hãy điền số hộ của ít nhất một xã trong một năm.",
        "The file holds no review figures: fill in the households of at least one commune in "
        "one year.",
    ),
    "tpl_intro_series": (
        "Mẫu nhập kết quả rà soát hộ nghèo, hộ cận nghèo hằng năm của từng xã (nhiều năm).",
        "Template for each commune's yearly review of poor and near-poor households (several "
        "years).",
    ),
    "tpl_sheet_series": (
        "Điền trang “Rà soát theo năm”: mỗi dòng là một xã trong một năm rà soát.",
        "Fill the sheet “Reviews by year”: one row per commune and review year.",
    ),
    "tpl_series_sheets_per_year": (
        "Cũng được: mỗi năm một trang tính, đặt tên theo năm (“2023”), cùng các cột.",
        "Also accepted: one sheet per year, named by its year (“2023”), with the same columns.",
    ),
    "tpl_series_years": (
        "Mỗi xã một dòng cho mỗi năm; năm trong khoảng cho phép (mặc định 2021–2030).",
        "One row per commune per year; years within the allowed span (2021–2030 by default).",
    ),
    "tpl_series_missing": (
        "Thiếu năm thì bỏ trống cả dòng hoặc xoá dòng: được phép, trang Tiến độ sẽ nói rõ.",
        "A year with no review: leave its row empty or delete it; allowed, and the Progress "
        "page says so.",
    ),
}

_PAGE = {
    "nav_progress": ("Tiến độ", "Progress"),
    "pg_title": ("Tiến độ giảm nghèo qua các lần rà soát", "Progress through the yearly reviews"),
    "pg_intro": (
        "Mỗi xã có theo kịp lộ trình của kế hoạch không — giảm {district} điểm % mỗi năm, "
        "{poor} ở xã nghèo — và xã nào tụt lại hay đi lùi? Số liệu: {years}.",
        "Did each commune keep pace with the plan — {district} points a year, {poor} in poor "
        "communes — and which fell behind or went backwards? Reviews: {years}.",
    ),
    "pg_illustrative": (
        "Số liệu theo xã là MINH HOẠ, không phải số liệu thật: sinh bằng chương trình sao cho "
        "tổng toàn huyện đúng tỷ lệ đã công bố (2023: 33,8%; 2024: 28,13%) và tỷ lệ suy ra "
        "(2022: 42,96%).",
        "The commune figures are ILLUSTRATIVE, not real: generated so that the district totals "
        "give the published rates (2023: 33.8%; 2024: 28.13%) and the derived one (2022: "
        "42.96%).",
    ),
    "pg_illustrative_replace": (
        "Tải lên kết quả rà soát thật (cuối trang) để thay thế.",
        "Upload real review results (at the end of the page) to replace them.",
    ),
    "pg_uploaded": (
        "Đang dùng chuỗi rà soát tải lên: {source}.",
        "Using the uploaded series of reviews: {source}.",
    ),
    "pg_derived_note": (
        "Tỷ lệ toàn huyện năm 2022 (42,96%) là số suy ra (33,8 + 9,16), không phải số công bố.",
        "The district's 2022 rate (42.96%) is derived (33.8 + 9.16), not published.",
    ),
    "pg_method_title": ("Phương pháp và nguồn", "Method and source"),
    "pg_method": (
        "Phương pháp đo tiến độ của **Open SDG**, lấy từ **Cục Thống kê Canada** "
        "(open-sdg/open-sdg, docs/progress-methodology.md), áp dụng cho kế hoạch: **mục tiêu "
        "cuối kỳ** là tỷ lệ mà lộ trình của kế hoạch (giảm {district} điểm % mỗi năm, {poor} ở "
        "xã nghèo; cách hiểu: {reading}) đạt tới năm {end} — năm cuối của Chương trình — tính "
        "từ lần rà soát đầu tiên, không dưới 0. **R** = mức giảm bình quân mỗi năm đã đạt ÷ "
        "mức giảm mỗi năm cần để đạt mục tiêu cuối kỳ đúng hạn (điểm %: tuyến tính; tương đối: "
        "lũy kế). Xếp loại: **đã đạt mục tiêu** (lần rà soát gần nhất ≤ mục tiêu cuối kỳ); "
        "**đúng tiến độ** (R ≥ {on_track}); **có tiến bộ, cần tăng tốc** ({acceleration} ≤ R < "
        "{on_track}); **tiến bộ hạn chế** (0 ≤ R < {acceleration}); **đi lùi** (R < 0); **chưa "
        "đủ số liệu** (một lần rà soát).",
        "The progress measure of **Open SDG**, adopted from **Statistics Canada** "
        "(open-sdg/open-sdg, docs/progress-methodology.md), adapted to the plan: the **end "
        "target** is the rate the plan's path (down {district} points a year, {poor} in poor "
        "communes; reading: {reading}) reaches by {end} — the programme's last year — from the "
        "first review, never below 0. **R** = the observed average yearly fall ÷ the yearly "
        "fall needed to reach the end target on time (points: linear; relative: compound). "
        "Categories: **target achieved** (the latest review is at or below the end target); "
        "**on track** (R ≥ {on_track}); **progress, acceleration needed** ({acceleration} ≤ R "
        "< {on_track}); **limited progress** (0 ≤ R < {acceleration}); **deterioration** "
        "(R < 0); **not enough data** (one review).",
    ),
    "pg_reading_points": ("điểm phần trăm", "percentage points"),
    "pg_reading_relative": ("tương đối (% của chính tỷ lệ)", "relative (% of the rate itself)"),
    "pg_reading_label": ("Cách hiểu “giảm 7%/năm”", "Reading of “down 7% a year”"),
    "pg_cat_deterioration": ("Đi lùi", "Deterioration"),
    "pg_cat_limited_progress": ("Tiến bộ hạn chế", "Limited progress"),
    "pg_cat_acceleration_needed": ("Có tiến bộ, cần tăng tốc", "Progress, acceleration needed"),
    "pg_cat_on_track": ("Đúng tiến độ", "On track"),
    "pg_cat_target_achieved": ("Đã đạt mục tiêu", "Target achieved"),
    "pg_cat_not_enough_data": ("Chưa đủ số liệu", "Not enough data"),
    "brief_progress_table": (
        "{shown} trong {communes} xã xa lộ trình nhất",
        "The {shown} of {communes} communes furthest behind",
    ),
    "pg_section_district": (
        "Toàn huyện: lộ trình và thực tế",
        "The district: plan path and reviews",
    ),
    "pg_section_communes": ("Từng xã", "Each commune"),
    "pg_section_table": ("Xếp loại theo xã", "Category by commune"),
    "pg_section_map": ("Bản đồ", "Map"),
    "pg_district_sentence": (
        "Toàn huyện: {start_rate} ({start}) → {end_rate} ({end}), giảm {fall}; R = {ratio}: "
        "**{category}**.",
        "District: {start_rate} ({start}) → {end_rate} ({end}), down {fall}; R = {ratio}: "
        "**{category}**.",
    ),
    "pg_district_one": (
        "Toàn huyện: mới có một lần rà soát, chưa đủ để đo tiến độ.",
        "District: one review only, not enough to measure progress.",
    ),
    "pg_district_alt": (
        "Tỷ lệ hộ nghèo toàn huyện qua các lần rà soát và lộ trình của kế hoạch",
        "The district's poor rate in each review and the plan's path",
    ),
    "pg_communes_alt": (
        "Tỷ lệ hộ nghèo của từng xã qua các lần rà soát, cùng thang đo, và lộ trình của kế hoạch",
        "Each commune's poor rate in each review, on one scale, with the plan's path",
    ),
    "pg_counts": ("Số xã theo loại: {counts}", "Communes by category: {counts}"),
    "pg_path": ("Lộ trình kế hoạch ({reading})", "Plan path ({reading})"),
    "pg_path_short": ("Lộ trình kế hoạch", "Plan path"),
    "pg_reviews": ("Kết quả rà soát", "Reviews"),
    "pg_axis_year": ("Năm", "Year"),
    "pg_axis_rate": ("Tỷ lệ hộ nghèo", "Poor-household rate"),
    "pg_col_commune": ("Xã, thị trấn", "Commune"),
    "pg_col_category": ("Xếp loại", "Category"),
    "pg_col_first": ("Lần rà soát đầu", "First review"),
    "pg_col_latest": ("Lần rà soát gần nhất", "Latest review"),
    "pg_col_target": ("Mục tiêu {end}", "Target {end}"),
    "pg_col_needed": ("Cần giảm mỗi năm", "Yearly fall needed"),
    "pg_col_observed": ("Đã giảm mỗi năm", "Yearly fall observed"),
    "pg_col_ratio": ("R", "R"),
    "pg_col_gap": ("So với lộ trình", "Against the path"),
    "pg_col_reviews": ("Số lần rà soát", "Reviews"),
    "pg_col_poor_commune": ("Xã nghèo", "Poor commune"),
    "pg_col_path": ("Lộ trình kế hoạch", "Plan path"),
    "pg_col_communes_reviewed": ("Số xã có số liệu", "Communes reviewed"),
    "pg_yes": ("Có", "Yes"),
    "pg_no": ("Không", "No"),
    "pg_district": ("Toàn huyện", "District"),
    "pg_map_mode": ("Bản đồ thể hiện", "The map shows"),
    "pg_map_mode_year": ("Tỷ lệ hộ nghèo một năm", "The poor rate of one year"),
    "pg_map_mode_change": ("Thay đổi giữa hai năm", "The change between two years"),
    "pg_year": ("Năm rà soát", "Review year"),
    "pg_compare": ("So với năm", "Compared with"),
    "pg_map_year": ("Tỷ lệ hộ nghèo năm {year}", "Poor rate {year}"),
    "pg_map_change": ("Thay đổi {start}–{end}", "Change {start}–{end}"),
    "pg_map_rise": ("Tăng (đi lùi)", "Rise (backwards)"),
    "pg_map_alt": ("Bản đồ ô: {title}", "Tile map: {title}"),
    "pg_map_same_year": (
        "Hai năm giống nhau: chọn năm khác để xem thay đổi.",
        "Both years are the same: pick another year to see a change.",
    ),
    "pg_upload_title": ("Tải lên chuỗi rà soát", "Upload a series of reviews"),
    "pg_upload_label": (
        "Tệp Excel kết quả rà soát nhiều năm (.xlsx)",
        "Excel workbook of several years' reviews (.xlsx)",
    ),
    "pg_upload_help": (
        "Một trang có cột năm, hoặc mỗi năm một trang. Tệp thay số liệu trong phiên làm việc "
        "này; tệp có lỗi không làm mất gì.",
        "One sheet with a year column, or a sheet per year. It replaces the figures for this "
        "session; a refused file loses nothing.",
    ),
    "pg_template": ("Tải mẫu (.xlsx)", "Download the template (.xlsx)"),
    "pg_reset": ("Quay về số liệu minh hoạ", "Back to the illustrative figures"),
    "pg_download_xlsx": ("Tải bảng tiến độ (Excel)", "Download the progress table (Excel)"),
    "pg_download_csv": ("Tải bảng tiến độ (CSV)", "Download the progress table (CSV)"),
    "pg_home_since": (
        "Từ năm {start} đến {end}, tỷ lệ hộ nghèo toàn huyện giảm từ {start_rate} xuống "
        "{end_rate} ({fall}).",
        "From {start} to {end}, the district's poor rate fell from {start_rate} to {end_rate} "
        "({fall}).",
    ),
    "pg_home_more": (
        "Từng xã theo kịp lộ trình không: xem trang Tiến độ.",
        "Whether each commune kept pace: see the Progress page.",
    ),
    "pg_x_sheet": ("Tiến độ", "Progress"),
    "pg_x_about": ("Ghi chú", "Notes"),
    "pg_x_reading": ("Cách hiểu: {reading}.", "Reading: {reading}."),
    "pg_x_code": ("Mã", "Code"),
    "pg_x_name": ("Tên", "Name"),
    "pg_x_category": ("Xếp loại", "Category"),
    "pg_x_is_poor_commune": ("Xã nghèo", "Poor commune"),
    "pg_x_reviews": ("Số lần rà soát", "Reviews"),
    "pg_x_first_year": ("Năm rà soát đầu", "First review year"),
    "pg_x_first_rate": ("Tỷ lệ hộ nghèo lần đầu (%)", "First poor rate (%)"),
    "pg_x_latest_year": ("Năm rà soát gần nhất", "Latest review year"),
    "pg_x_latest_rate": ("Tỷ lệ hộ nghèo gần nhất (%)", "Latest poor rate (%)"),
    "pg_x_yearly_target": ("Mức giảm kế hoạch mỗi năm", "Plan's yearly fall"),
    "pg_x_end_target": ("Mục tiêu cuối kỳ (%)", "End target (%)"),
    "pg_x_needed_yearly_fall": ("Cần giảm mỗi năm", "Yearly fall needed"),
    "pg_x_observed_yearly_fall": ("Đã giảm mỗi năm", "Yearly fall observed"),
    "pg_x_ratio": ("R (đã giảm ÷ cần giảm)", "R (observed ÷ needed)"),
    "pg_x_path_rate_latest": ("Lộ trình năm gần nhất (%)", "Path in the latest year (%)"),
    "pg_x_gap_pp": ("Chênh với lộ trình (điểm %)", "Gap to the path (points)"),
}

TEXT: dict[str, tuple[str, str]] = {**_WORKBOOK, **_PAGE}
