"""gnbv.sizing: the bytes a cached view holds, estimated once when it is stored."""

import json
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa

from gnbv.sizing import size_of


def test_tables_arrays_and_figures():
    frame = pd.DataFrame({"a": range(1000), "b": ["x" * 20] * 1000})
    assert size_of(frame) >= frame.memory_usage(deep=True).sum() >= 8000
    assert size_of(frame) <= 2 * frame.memory_usage(deep=True).sum()
    table = pa.Table.from_pandas(frame)
    assert table.nbytes < size_of(table) < 2 * table.nbytes
    figure = go.Figure(go.Bar(x=list(range(500)), y=list(range(500))))
    assert size_of(figure) >= len(json.dumps(list(range(500))))


def test_dataclasses_and_containers_by_their_parts():
    @dataclass(frozen=True)
    class View:
        table: pd.DataFrame
        parts: tuple
        names: dict

    frame = pd.DataFrame({"a": range(1000)})
    view = View(frame, (frame, "x"), {"k": frame})
    assert size_of(view) >= 3 * size_of(frame)  # shared parts count each time: large side


def test_deep_nesting_ends():
    nested: list = []
    for _ in range(100):
        nested = [nested]
    assert size_of(nested) > 0
