"""Views shared by the tests of several pages' views."""

import pytest

from gnbv.maps.tables import baseline_table
from gnbv.views import funding as funding_view
from gnbv.views import map as map_view


@pytest.fixture(scope="module")
def funding_vi(plan_data):
    return funding_view.funding_page(plan_data.projects, plan_data, "vi", present=False)


@pytest.fixture(scope="module")
def map_table(plan_data):
    from gnbv import cache
    from gnbv.url_state import DEFAULTS

    scenario = cache.map_scenario(plan_data.versioned("commune_baseline"), DEFAULTS)
    year = scenario.result.horizon
    base = baseline_table(plan_data.communes, plan_data.commune_baseline)
    rows = map_view.map_rows(base, scenario, year)
    return map_view.map_table(scenario, rows, "poor_rate", year, "fixed", "en")
