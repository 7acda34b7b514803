"""gnbv.versioned: data in use carries a digest of its content, computed once."""

from dataclasses import replace

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gnbv import data as data_module
from gnbv import versioned
from gnbv.allocation import SuppliedCriteria
from gnbv.versioned import Versioned, digest, unchanged


def test_equal_content_equal_digest_whatever_the_object(plan_data):
    a, b = plan_data.projects.copy(), plan_data.projects.copy()
    assert a is not b
    assert digest(a) == digest(b) == plan_data.versions["projects"]
    b.loc[b["project_id"] == "DA2", "total_mvnd"] = 4000
    assert digest(b) != digest(a)


@pytest.mark.parametrize(
    "left, right",
    [
        (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"b": [1, 2]})),  # column names
        (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [1.0, 2.0]})),  # dtypes
        (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [1, 2]}, index=[5, 6])),  # index
        (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [2, 1]})),  # order
        (pd.Series([1, 2], name="x"), pd.DataFrame({"x": [1, 2]})),  # kind
        (pd.DataFrame({"a": ["x", None]}), pd.DataFrame({"a": ["x", ""]})),  # missing vs empty
    ],
)
def test_different_content_different_digest(left, right):
    assert digest(left) != digest(right)


def test_digest_of_unhashable_cells_and_of_dataclasses():
    frame = pd.DataFrame({"ids": [["DA1", "DA2"], ["DA3"]]})
    assert digest(frame) == digest(frame.copy())
    one = SuppliedCriteria(pd.DataFrame({"code": ["01"], "population": [5]}), "a.xlsx")
    assert digest(one) == digest(SuppliedCriteria(one.frame.copy(), "a.xlsx"))
    assert digest(one) != digest(SuppliedCriteria(one.frame, "b.xlsx"))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(st.integers(), st.floats(allow_nan=True), st.text(max_size=5)), max_size=8)
)
def test_digest_is_a_function_of_content(values):
    frame = pd.DataFrame({"v": pd.Series(values, dtype=object)})
    assert digest(frame) == digest(frame.copy(deep=True))
    assert len(digest(frame)) == 2 * versioned.DIGEST_BYTES


def test_the_version_is_computed_once_when_the_data_is_loaded(monkeypatch):
    from tests.conftest import DATA_DIR

    calls = []
    real = data_module.digest
    monkeypatch.setattr(data_module, "digest", lambda obj: calls.append(1) or real(obj))
    plan = data_module.load_plan_data(DATA_DIR)
    tables = len(plan.versions)
    assert len(calls) == tables == 13  # one per table (the review series too), when made
    assert plan.versioned("projects").version == plan.versions["projects"] and plan.version
    assert len(calls) == tables  # asked for again: not computed again


def test_upload_version_is_computed_once(monkeypatch, plan_data):
    calls = []
    real = versioned.digest
    monkeypatch.setattr(versioned, "digest", lambda obj: calls.append(1) or real(obj))
    uploaded = Versioned.of(plan_data.projects.copy())
    assert calls == [1]
    assert uploaded.version == plan_data.versions["projects"] and not uploaded.shipped
    assert {uploaded.version for _ in range(3)} == {plan_data.versions["projects"]}
    assert calls == [1]


def test_plan_version_covers_every_table_and_a_copy_computes_its_own(plan_data):
    other = replace(plan_data, communes=plan_data.communes.iloc[:5].copy())
    assert other.version != plan_data.version
    assert other.versions["communes"] != plan_data.versions["communes"]
    assert other.versions["projects"] == plan_data.versions["projects"]
    shipped = plan_data.versioned("commune_baseline")
    assert shipped.shipped and shipped.frame is plan_data.commune_baseline


def test_not_in_attrs(plan_data):
    """Derived frames must not inherit a version: it is not kept in DataFrame.attrs."""
    assert not plan_data.projects.attrs
    assert "Versioned" in repr(Versioned.of(pd.DataFrame({"a": [1]})))


def test_unchanged_sees_a_change_in_place():
    data = Versioned.of(pd.DataFrame({"a": [1, 2]}))
    assert unchanged(data)
    data.frame.loc[0, "a"] = 5  # what the rule forbids
    assert not unchanged(data)
