"""The one conversion of a display table to Arrow. A view (:mod:`gnbv.views` and the others)
holds its tables as Arrow, converted once when it is built: ``st.dataframe`` and
``st.table`` convert a DataFrame to Arrow on every run (most of their cost), an Arrow table
they send as it is."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa


def arrow(frame: pd.DataFrame, *, named_rows: bool = False) -> pa.Table:
    """``frame`` as an Arrow table: without its index (the pages hide it), or with it when
    ``named_rows`` (the index names the rows: pinned in a grid, a header cell in an HTML
    table)."""
    return pa.Table.from_pandas(frame, preserve_index=named_rows)
