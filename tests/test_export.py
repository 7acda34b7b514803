import io

import openpyxl
import pandas as pd

from gnbv.export import neutralise_text, to_csv_bytes, to_excel_bytes


def test_formula_text_is_neutralised_numbers_stay_numbers():
    frame = pd.DataFrame(
        {"name": ["=1+1", "+SUM(A1)", "-x", "@cmd", "\tx", "\rx", "Bắc Hà"], "amount": range(7)}
    )
    book = openpyxl.load_workbook(io.BytesIO(to_excel_bytes({"Kinh phí": frame})))
    sheet = book["Kinh phí"]
    names = [sheet.cell(r, 1).value for r in range(2, 9)]
    # XML stores a carriage return as a line feed; what matters is the leading apostrophe.
    assert names == ["'=1+1", "'+SUM(A1)", "'-x", "'@cmd", "'\tx", "'\nx", "Bắc Hà"]
    assert [sheet.cell(r, 2).value for r in range(2, 9)] == list(range(7))
    assert all(sheet.cell(r, 1).data_type == "s" for r in range(2, 9))


def test_csv_round_trip_keeps_vietnamese():
    frame = pd.DataFrame({"xã": ["Tả Củ Tỷ", "=evil"], "hộ": [682, 1141]})
    data = to_csv_bytes(frame)
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(back["xã"]) == ["Tả Củ Tỷ", "'=evil"]
    assert list(back["hộ"]) == [682, 1141]


def test_neutralise_leaves_non_text():
    assert neutralise_text(-5) == -5
    assert neutralise_text(None) is None
