"""gnbv.cache: the views are built once per (inputs, language), keyed by the content of the
data in use, and every cache is bounded."""

import gc

import pandas as pd
import pytest

from gnbv import cache


def test_fingerprint_follows_content_not_identity(plan_data):
    a = plan_data.projects.copy()
    b = plan_data.projects.copy()
    assert cache.fingerprint(a) == cache.fingerprint(b)
    b.loc[b["project_id"] == "DA2", "total_mvnd"] = 4000
    changed = b.copy()  # uploads make new objects; in-place edits are not a thing here
    assert cache.fingerprint(changed) != cache.fingerprint(a)


@pytest.mark.parametrize(
    "left, right",
    [
        (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"b": [1, 2]})),  # column names
        (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [1.0, 2.0]})),  # dtypes
        (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [1, 2]}, index=[5, 6])),  # index
        (pd.Series([1, 2], name="x"), pd.DataFrame({"x": [1, 2]})),  # kind
    ],
)
def test_fingerprint_tells_apart(left, right):
    assert cache.fingerprint(left) != cache.fingerprint(right)


def test_fingerprint_of_unhashable_cells():
    frame = pd.DataFrame({"ids": [["DA1", "DA2"], ["DA3"]]})
    assert cache.fingerprint(frame) == cache.fingerprint(frame.copy())


def test_fingerprint_is_computed_once_per_object(plan_data, monkeypatch):
    frame = plan_data.communes.copy()
    first = cache.fingerprint(frame)
    monkeypatch.setattr(cache, "_content_hash", lambda obj: pytest.fail("hashed again"))
    assert cache.fingerprint(frame) == first


def test_fingerprint_forgets_an_object_that_is_gone():
    frame = pd.DataFrame({"a": [1]})
    cache.fingerprint(frame)
    key = id(frame)
    assert key in cache._FINGERPRINTS
    del frame
    gc.collect()
    assert key not in cache._FINGERPRINTS


def test_plan_data_fingerprint_covers_every_table(plan_data):
    from dataclasses import replace

    other = replace(plan_data, communes=plan_data.communes.iloc[:5].copy())
    assert cache.fingerprint(other) != cache.fingerprint(plan_data)


def test_a_view_is_built_once_for_equal_inputs(plan_data):
    cache.funding_page.clear()
    first = cache.funding_page(plan_data.projects, plan_data, "vi", False)
    again = cache.funding_page(plan_data.projects.copy(), plan_data, "vi", False)
    assert again is first
    assert cache.funding_page(plan_data.projects, plan_data, "en", False) is not first
    uploaded = plan_data.projects.copy()
    uploaded.loc[uploaded["project_id"] == "DA2", ["recurrent_mvnd", "total_mvnd"]] = 4000
    assert cache.funding_page(uploaded, plan_data, "vi", False).total == 81994


def test_every_cache_is_bounded():
    from streamlit.runtime.caching.cache_utils import CachedFunc

    lru = {n: f for n, f in vars(cache).items() if hasattr(f, "cache_parameters")}
    resources = {n: f for n, f in vars(cache).items() if isinstance(f, CachedFunc)}
    views = {n: f for n, f in vars(cache).items() if hasattr(f, "max_entries")}
    assert {"plan_data", "boundaries", "district_outline", "scenario_presets"} <= set(lru)
    assert {"home", "funding_page", "targets_page", "map_table", "map_tiles"} <= set(views)
    assert {"scenario_result", "scenario_communes", "scenario_compare"} <= set(views)
    for name, func in lru.items():
        assert func.cache_parameters()["maxsize"] is not None, name
    for name, func in resources.items():
        assert func._info.max_entries is not None, name
    for name, func in views.items():
        assert 0 < func.max_entries <= 256, name


def test_a_view_is_built_once_per_inputs(plan_data):
    calls = []
    view = cache._view_cache(max_entries=2)(lambda frame, lang: calls.append(lang) or len(calls))
    assert view(plan_data.communes, "vi") == view(plan_data.communes.copy(), "vi") == 1
    assert view(plan_data.communes, "en") == 2  # another input, another entry
    assert view(plan_data.communes.iloc[:3], "vi") == 3  # another table content
    assert view(plan_data.communes, "vi") == 4  # bounded: the first entry was dropped
    view.clear()
    assert view(plan_data.communes, "en") == 5


def test_key_parts(plan_data):
    from gnbv.url_state import DEFAULTS

    assert cache.key_part(("vi", 2025, None, True)) == "('vi',2025,None,True)"
    assert cache.key_part(plan_data.communes) == cache.fingerprint(plan_data.communes)
    changed = cache.key_part(dataclasses_replace(DEFAULTS, district_rate=5.0))
    assert changed != cache.key_part(DEFAULTS)
    assert cache.key_part({"b": 1, "a": 2}) == cache.key_part({"a": 2, "b": 1})
    with pytest.raises(TypeError):
        cache.key_part(object())


def dataclasses_replace(obj, **changes):
    from dataclasses import replace

    return replace(obj, **changes)


def test_views_with_different_builders_do_not_share_entries(plan_data):
    home = cache.home(plan_data, plan_data.commune_baseline, "vi", False)
    targets = cache.targets_page(plan_data.projects, plan_data, "vi")
    assert type(home).__name__ == "Home" and type(targets).__name__ == "Targets"


def test_gnbv_does_not_import_streamlit():
    """The data layer is plain Python: pages and ui/ draw, gnbv computes (and caches)."""
    import ast
    from pathlib import Path

    for path in sorted((Path(cache.__file__).parent).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.split(".")[0] == "streamlit" for n in names), path


def test_arrow_converts_a_table_once(plan_data):
    frame = plan_data.communes[["code", "name"]]
    table = cache.arrow(frame)
    assert cache.arrow(frame) is table  # the same object: converted once
    assert table.column_names == ["code", "name"] and table.num_rows == 19
    assert table.to_pandas()["name"].tolist() == frame["name"].tolist()
    assert cache.arrow(frame.copy()) is not table  # another object, converted anew


def test_commune_names_once_per_table(plan_data):
    communes = plan_data.communes
    names = cache.commune_names(communes)
    assert cache.commune_names(communes) is names
    assert len(names) == 19 and all(isinstance(code, str) for code in names)
    row = communes.iloc[0]
    assert names[str(row["code"])] == row["name"]
    renamed = communes.assign(name=communes["name"].str.upper())
    assert cache.commune_names(renamed)[str(row["code"])] == row["name"].upper()
