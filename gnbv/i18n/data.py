"""The Data page (pages/data.py) and the dataset catalogue (gnbv/datasets.py).

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
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
