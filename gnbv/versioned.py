"""Data in use with its version: a digest of its content, computed once, when the data is
loaded (:class:`gnbv.data.PlanData`) or uploaded (:meth:`Versioned.of`). The caches
(:mod:`gnbv.cache`) key what they keep by this version, never by an object's identity.

The version travels in an object of its own, not in ``DataFrame.attrs``: pandas copies
``attrs`` to every frame derived from one, which would then carry a version that is not
its content's.

Data in use is never changed in place: an upload makes a new object with a new version.
Nothing can stop a caller from writing into a frame (marking its arrays read-only breaks
frames later derived from it, which share them under copy-on-write), so the rule is
checked instead: :func:`unchanged` recomputes a digest, and the tests run every page and
then check the data in use against its version.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from dataclasses import dataclass
from typing import Generic, TypeVar

import pandas as pd

T = TypeVar("T")

DIGEST_BYTES = 16  # 128 bits: no two contents of a process's life will share one


def _table_hash(h, obj: pd.DataFrame | pd.Series) -> None:
    frame = obj.to_frame() if isinstance(obj, pd.Series) else obj
    h.update(
        pickle.dumps((type(obj).__name__, list(frame.columns), [str(d) for d in frame.dtypes]))
    )
    try:
        h.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    except TypeError:  # unhashable cells (lists): the pickled table instead
        h.update(pickle.dumps(obj))


def digest(obj) -> str:
    """A digest of the content of a DataFrame or Series (values, index, column names and
    dtypes), or of a dataclass of them part by part (:class:`gnbv.data.PlanData`, an
    uploaded criteria workbook): equal for equal content, different for different."""
    h = hashlib.blake2b(digest_size=DIGEST_BYTES)
    _update(h, obj)
    return h.hexdigest()


def _update(h, obj) -> None:
    if isinstance(obj, (pd.DataFrame, pd.Series)):
        _table_hash(h, obj)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        h.update(type(obj).__qualname__.encode())
        for field in dataclasses.fields(obj):
            if field.init:  # what it was made of (a version field is made of those)
                h.update(field.name.encode())
                _update(h, getattr(obj, field.name))
    else:
        h.update(pickle.dumps(obj))


def derived_version(*parts: str) -> str:
    """The version of data derived from versioned inputs: a digest of their versions and
    whatever else (a page, its parameters as text) it was made from."""
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=DIGEST_BYTES).hexdigest()


@dataclass(frozen=True, eq=False)
class Versioned(Generic[T]):
    """``frame`` (a DataFrame, or a dataclass holding some) and the digest of its content.

    ``shipped``: the data comes from the files shipped with the app (or only from them), so
    its views may be shared by every session; an upload's are not (they stay with the
    session that made them: see :mod:`gnbv.cache`)."""

    frame: T
    version: str
    shipped: bool = False

    @classmethod
    def of(cls, frame: T, *, shipped: bool = False) -> Versioned[T]:
        """``frame`` with its version, computed now (once: keep the object, not the frame)."""
        return cls(frame, digest(frame), shipped)

    def __repr__(self) -> str:  # not the frame's: a frame's repr is long and costly
        return f"Versioned({type(self.frame).__name__}, {self.version[:12]}…)"


def unchanged(data: Versioned) -> bool:
    """True if ``data``'s content is still what its version says (a check for tests: it
    hashes the whole content again)."""
    return digest(data.frame) == data.version
