"""How many bytes a cached view holds, estimated once when it is stored (:mod:`gnbv.cache`
bounds its stores by these estimates). Plain Python, no streamlit."""

from __future__ import annotations

import dataclasses
import sys

import numpy as np
import pandas as pd
import pyarrow as pa
import pydeck as pdk
from plotly.graph_objects import Figure  # bound once: plotly loads its names lazily
from plotly.io.json import to_json_plotly

MAX_DEPTH = 8  # nesting followed; deeper parts count as their shallow size (views are flat)


def size_of(obj, depth: int = 0) -> int:
    """An estimate of the bytes ``obj`` holds: a DataFrame or Series by its values plus what
    its Python objects cost (measured: see :data:`FRAME_BYTES`), an Arrow table by its
    buffers plus its objects, a plotly figure or pydeck deck by the length of its JSON times
    what the objects beside it cost, a dataclass, tuple, list or dict by its parts, anything
    else by ``sys.getsizeof``. A part shared by two others counts twice: the
    estimate errs on the large side."""
    flat = _flat_size(obj)
    if flat is not None:
        return flat
    if isinstance(obj, (str, bytes, int, float, bool, type(None))) or depth >= MAX_DEPTH:
        return sys.getsizeof(obj)
    if isinstance(obj, (tuple, list, set, frozenset)):
        return sys.getsizeof(obj) + sum(size_of(v, depth + 1) for v in obj)
    if isinstance(obj, dict):
        return sys.getsizeof(obj) + sum(
            size_of(k, depth + 1) + size_of(v, depth + 1) for k, v in obj.items()
        )
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return sys.getsizeof(obj) + sum(
            size_of(getattr(obj, f.name), depth + 1) for f in dataclasses.fields(obj)
        )
    return sys.getsizeof(obj)


# What the Python objects around the data cost, measured with tracemalloc (pandas 3.1,
# pyarrow 26, plotly 6): a 19-row frame of 15 columns holds 3 KB of values in 25 KB; an
# Arrow table of 15 columns 2.5 KB in 8 KB; a frozen plotly figure of 1-7 KB of JSON takes
# 57-68 KB as its object and its dict (the Funding page's more).
# benchmarks/bench_cache_memory.py checks the sum against the process's resident memory.
FRAME_BYTES, FRAME_COLUMN_BYTES = 3_000, 1_500
SERIES_BYTES = 2_000
ARROW_BYTES, ARROW_COLUMN_BYTES = 1_500, 400
FIGURE_BYTES, FIGURE_JSON_FACTOR = 64_000, 4
DECK_BYTES, DECK_JSON_FACTOR = 16_000, 3


def _flat_size(obj) -> int | None:
    """The size of a table, an array, a figure or a deck; None for anything else."""
    if isinstance(obj, pd.DataFrame):
        return FRAME_BYTES + FRAME_COLUMN_BYTES * obj.shape[1] + _frame_size(obj)
    if isinstance(obj, pd.Series):
        return SERIES_BYTES + _array_size(obj.array) + _index_size(obj.index)
    if isinstance(obj, pd.Index):
        return SERIES_BYTES + _index_size(obj)
    if isinstance(obj, (pa.Table, pa.RecordBatch)):
        return ARROW_BYTES + ARROW_COLUMN_BYTES * obj.num_columns + int(obj.nbytes)
    if isinstance(obj, (pa.Array, pa.ChunkedArray)):
        return ARROW_BYTES + int(obj.nbytes)
    if isinstance(obj, np.ndarray):
        return _array_size(obj)
    if isinstance(obj, Figure):
        return FIGURE_BYTES + FIGURE_JSON_FACTOR * len(to_json_plotly(obj.to_dict()))
    if isinstance(obj, pdk.Deck):
        return DECK_BYTES + DECK_JSON_FACTOR * len(obj.to_json())
    return None


def _array_size(values) -> int:
    """The bytes of a column's values: its buffers, and for Python objects each object."""
    if isinstance(values, np.ndarray) and values.dtype == object:
        return int(values.nbytes) + sum(sys.getsizeof(v) for v in values.ravel())
    if isinstance(values, pd.arrays.NumpyExtensionArray):
        return _array_size(values.to_numpy())
    return int(values.nbytes)


def _frame_size(frame: pd.DataFrame) -> int:
    """A frame's bytes block by block: ``memory_usage(deep=True)`` gives the same within a
    few percent but costs about 13 ms for a frame of 15 columns here (a view holds dozens),
    where reading the blocks costs microseconds. pandas' block manager is not public: if it
    changes, the public (slow) way is taken."""
    try:
        blocks = frame._mgr.blocks
        return sum(_array_size(b.values) for b in blocks) + _index_size(frame.index)
    except (AttributeError, TypeError):  # pragma: no cover - another pandas
        return int(frame.memory_usage(deep=True, index=True).sum())


def _index_size(index: pd.Index) -> int:
    if isinstance(index, (pd.RangeIndex, pd.MultiIndex)):
        return int(index.memory_usage(deep=True))
    return _array_size(index.array)
