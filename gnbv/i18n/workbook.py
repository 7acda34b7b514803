"""Planners' workbooks (gnbv/workbook/): validation messages, report headers, templates.

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
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
