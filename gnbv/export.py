"""Every file the app exports goes through here: Excel and CSV.

Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
return; CWE-1236) is neutralised with a leading apostrophe; numbers stay numbers.
"""

from __future__ import annotations

import io

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
MAX_SHEET_NAME = 31


def neutralise_text(value: object) -> object:
    """'=1+1' → \"'=1+1\"; anything that is not text is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells (and column names) cannot run as formulas."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series):
            out[column] = series.map(neutralise_text).astype(object)
    out.columns = [neutralise_text(str(c)) for c in out.columns]
    return out


# How Excel set to each language reads a CSV file it opens: Vietnamese uses the comma as the
# decimal mark, so its list separator is the semicolon.
CSV_DIALECTS = {"vi": {"sep": ";", "decimal": ","}, "en": {"sep": ",", "decimal": "."}}


def to_csv_bytes(frame: pd.DataFrame, lang: str = "en") -> bytes:
    """UTF-8 CSV with a BOM (so Excel reads Vietnamese text), written the way Excel set to
    ``lang`` reads it: in Vietnamese, semicolons between fields and decimal commas
    (33,8); in English, commas and decimal points."""
    dialect = CSV_DIALECTS.get(lang, CSV_DIALECTS["en"])
    return neutralise(frame).to_csv(index=False, **dialect).encode("utf-8-sig")


def to_excel_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """An .xlsx workbook with one sheet per item; sheet names cut to Excel's 31 characters."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            sheet = str(neutralise_text(name))[:MAX_SHEET_NAME]
            neutralise(frame).to_excel(writer, sheet_name=sheet, index=False)
            worksheet = writer.sheets[sheet]
            for idx, col in enumerate(frame.columns, start=1):
                width = max([len(str(col))] + [len(str(v)) for v in frame[col].head(200)])
                worksheet.column_dimensions[worksheet.cell(1, idx).column_letter].width = min(
                    60, width + 2
                )
    return buffer.getvalue()


def workbook_to_bytes(book) -> bytes:
    """Save an openpyxl workbook built in code (the upload templates) to .xlsx bytes, with
    every text cell neutralised the same way; numbers stay numbers. Formulas are not written:
    the app never puts a live formula in a file it hands out."""
    for sheet in book.worksheets:
        sheet.title = str(neutralise_text(sheet.title))[:MAX_SHEET_NAME]
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.value = neutralise_text(cell.value)
                    # openpyxl turns text starting with "=" into a formula; the apostrophe
                    # prefix above prevents that, and data_type "s" pins it as text.
                    cell.data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
