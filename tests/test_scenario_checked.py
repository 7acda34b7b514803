"""A baseline checked once (gnbv.scenario.check_baseline, kept per data version by
gnbv.cache.checked_baseline) projects exactly as the frame it came from."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from gnbv import cache
from gnbv.errors import ScenarioInputError
from gnbv.scenario import CheckedBaseline, ScenarioParams, check_baseline, project
from gnbv.scenario_effort import required_other_rate, year_below

PARAMS = [
    ScenarioParams(),
    replace(ScenarioParams(), reading="relative", other_communes_rate=20.0, horizon=2030),
    replace(ScenarioParams(), poor_commune_rule="threshold", household_growth_pct=1.5),
]


@pytest.mark.parametrize("params", PARAMS)
def test_a_checked_baseline_projects_as_its_frame(plan_data, params):
    frame = plan_data.commune_baseline
    checked = check_baseline(frame)
    pd.testing.assert_frame_equal(
        project(checked, params).communes, project(frame, params).communes
    )
    assert required_other_rate(checked, params) == required_other_rate(frame, params)
    pd.testing.assert_frame_equal(
        year_below(checked, params, 10.0), year_below(frame, params, 10.0)
    )


def test_its_arrays_cannot_be_changed(plan_data):
    checked = check_baseline(plan_data.commune_baseline)
    with pytest.raises(ValueError):
        checked.arrays["households"][0] = 0
    assert all(not a.flags.writeable for a in checked.arrays.values())


def test_a_bad_baseline_is_refused_when_checked(plan_data):
    frame = plan_data.commune_baseline.copy()
    frame.loc[0, "poor_households"] = -1
    with pytest.raises(ScenarioInputError) as raised:
        check_baseline(frame)
    assert raised.value.column == "poor_households"


def test_the_cache_checks_once_per_data_version(plan_data, monkeypatch):
    baseline = plan_data.versioned("commune_baseline")
    first = cache.checked_baseline(baseline)
    assert isinstance(first, CheckedBaseline)
    monkeypatch.setattr(
        cache, "check_baseline", lambda frame: (_ for _ in ()).throw(AssertionError)
    )
    assert cache.checked_baseline(baseline) is first
    assert np.array_equal(first.arrays["code"], plan_data.commune_baseline["code"].astype(str))
