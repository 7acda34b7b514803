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


def test_excel_round_trip_keeps_vietnamese_and_numbers():
    frame = pd.DataFrame(
        {
            "Xã": ["Tả Củ Tỷ", "Lùng Phình", "Bản Phố"],
            "Số hộ": [682, 694, 1254],
            "Tỷ lệ (%)": [44.28, 43.95, 30.86],
            "Ghi chú": ["@SUM(A1)", "ĐTPT + SN", None],
        }
    )
    book = openpyxl.load_workbook(io.BytesIO(to_excel_bytes({"Hộ nghèo theo xã": frame})))
    sheet = book["Hộ nghèo theo xã"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Xã", "Số hộ", "Tỷ lệ (%)", "Ghi chú"]
    assert rows[1] == ["Tả Củ Tỷ", 682, 44.28, "'@SUM(A1)"]
    assert rows[2] == ["Lùng Phình", 694, 43.95, "ĐTPT + SN"]
    assert rows[3] == ["Bản Phố", 1254, 30.86, None]
    assert all(sheet.cell(r, 2).data_type == "n" for r in range(2, 5))


def test_formula_column_names_and_sheet_names_are_neutralised():
    frame = pd.DataFrame({"=HYPERLINK(1)": [1]})
    data = to_excel_bytes({"=evil": frame})
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["'=evil"]
    assert book["'=evil"].cell(1, 1).value == "'=HYPERLINK(1)"
    assert to_csv_bytes(frame).decode("utf-8-sig").splitlines()[0] == "'=HYPERLINK(1)"


def test_built_workbooks_are_neutralised_too():
    from gnbv.export import workbook_to_bytes

    book = openpyxl.Workbook()
    book.active.append(["=1+2", "+cmd", "Bắc Hà", 81689, -5])
    back = openpyxl.load_workbook(io.BytesIO(workbook_to_bytes(book)))
    assert [c.value for c in back.active[1]] == ["'=1+2", "'+cmd", "Bắc Hà", 81689, -5]
    assert back.active.cell(1, 1).data_type == "s"


def test_vietnamese_csv_opens_in_excel_set_to_vietnamese():
    frame = pd.DataFrame({"Xã": ["Tả Củ Tỷ", "Bản Phố"], "Tỷ lệ (%)": [44.28, 30.8], "Hộ": [1, 2]})
    data = to_csv_bytes(frame, "vi")
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM
    text = data.decode("utf-8-sig")
    assert text.splitlines() == ["Xã;Tỷ lệ (%);Hộ", "Tả Củ Tỷ;44,28;1", "Bản Phố;30,8;2"]
    back = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    assert list(back["Tỷ lệ (%)"]) == [44.28, 30.8]
    assert list(back["Xã"]) == ["Tả Củ Tỷ", "Bản Phố"]


def test_english_csv_is_comma_separated():
    frame = pd.DataFrame({"Commune": ["Bản Phố"], "Rate (%)": [30.8]})
    assert to_csv_bytes(frame, "en").decode("utf-8-sig").splitlines() == [
        "Commune,Rate (%)",
        "Bản Phố,30.8",
    ]
