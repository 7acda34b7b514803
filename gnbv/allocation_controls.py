"""What the allocation's controls mean, plain Python (the page draws them:
``ui.allocation``): the funds shown when those asked for are not in the data in use, and each
commune's floor and cap from the uniform ones and an uploaded criteria workbook."""

from __future__ import annotations

import pandas as pd

from gnbv import allocation as al


def source_or_fallback(source: str, options: list[str]) -> str:
    """``source`` when it is one of the funds ``options``; otherwise the default funds when
    the data in use has them, else the first option."""
    if source in options:
        return source
    return al.DEFAULT_SOURCE if al.DEFAULT_SOURCE in options else options[0]


def bounds(criteria: pd.DataFrame, params: al.AllocationParams, supplied) -> tuple[tuple, tuple]:
    """Each commune's floor and cap (million VND; NaN: no cap): the uniform ones of the
    controls, or the uploaded workbook's where it gives one for that commune."""
    cap = float("nan") if params.cap is None else float(params.cap)
    if supplied is None:  # the usual case, on every run: no table to build
        return (float(params.floor),) * len(criteria), (cap,) * len(criteria)
    floors = pd.Series(float(params.floor), index=criteria["code"])
    caps = pd.Series(cap, index=floors.index)
    given = supplied.frame.set_index("code")
    for name, series in (("floor_mvnd", floors), ("cap_mvnd", caps)):
        if name in given:
            values = given[name].reindex(series.index)
            series[values.notna()] = values[values.notna()].astype(float)
    return tuple(floors), tuple(caps)
