"""gnbv.views.data: the Data page's view (real values from data/)."""

from gnbv.views import data as data_view


def test_data_page_previews_in_english(plan_data):
    from datetime import datetime

    view = data_view.data_page(
        plan_data,
        plan_data.commune_baseline,
        True,
        plan_data.projects,
        datetime(2026, 1, 1, 8, 0),
        {},
        "en",
    )
    assert view.funding_totals == {
        "investment": "VND 70,852 million",
        "recurrent": "VND 10,837 million",
        "total": "VND 81,689 million",
    }
    assert view.baseline_preview.num_rows == 19
    assert view.projects_preview.num_rows == len(plan_data.projects)
    assert view.catalogue.num_rows == len(view.datasets)
