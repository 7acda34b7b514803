"""gnbv.arrow: the one conversion of a display table to Arrow."""

import pandas as pd

from gnbv.arrow import arrow


def test_a_table_goes_without_its_index(plan_data):
    table = arrow(plan_data.communes[["code", "name"]].iloc[3:6])
    assert table.column_names == ["code", "name"]
    assert table.num_rows == 3
    assert table.column("code").to_pylist() == list(plan_data.communes["code"].iloc[3:6])


def test_named_rows_keep_their_names():
    frame = pd.DataFrame({"2025": ["28,13%"]}, index=pd.Index(["Hộ nghèo"], name="Chỉ tiêu"))
    table = arrow(frame, named_rows=True)
    assert table.column_names == ["2025", "Chỉ tiêu"]
    assert table.column("Chỉ tiêu").to_pylist() == ["Hộ nghèo"]
