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

TEXT: dict[str, tuple[str, str]] = {**_WORKBOOK}
