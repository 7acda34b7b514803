"""Progress (Tiến độ): each commune and the district against the plan's path, review by
review (issue 20). Reads the widgets, calls gnbv, draws; the review year, the compared year,
the map's mode and the reading are in the URL (?y=2024&vs=2022&map=change&mode=relative)."""

from __future__ import annotations

import streamlit as st

from gnbv import cache, fmt, workbook
from gnbv import views_progress as vp
from gnbv.i18n import t
from gnbv.scenario import PLAN, READINGS, ScenarioParams
from gnbv.workbook.templates import review_series_template
from ui import uploads
from ui.charts import plotly_chart
from ui.common import (
    UPLOADED_SERIES_KEY,
    data,
    lang,
    presenting,
    read_only,
    review_series,
    sync_query,
    tr,
)
from ui.maps import legend
from ui.state import keep

URL_KEYS = ("y", "vs", "map", "mode")
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

plan_data = data()
lg = lang()
present = presenting()
series, illustrative = review_series()
uploaded = st.session_state.get(UPLOADED_SERIES_KEY)


def _from_url(key: str, widget_key: str, options: list) -> None:
    """On the first run of a visit, the widget takes the URL's value when it is one of its
    options (a hostile or stale value is ignored: the widget keeps its default)."""
    if widget_key in st.session_state or key not in st.query_params:
        return
    raw = st.query_params.get(key, "")
    for option in options:
        if str(option) == raw.strip()[:16]:
            st.session_state[widget_key] = option


_from_url("mode", "pg_reading", list(READINGS))
st.session_state.setdefault("pg_reading", "points")  # defaults via the state (keep() sets it)
st.title(tr("pg_title"))
reading = keep(
    st.segmented_control,
    tr("pg_reading_label"),
    key="pg_reading",
    options=list(READINGS),
    format_func=lambda r: t(f"pg_reading_{r}", lg),
    required=True,
)
params = ScenarioParams(reading=reading or "points")
page = cache.progress_page(series, plan_data.communes, params, lg, present)
years = page.years
st.caption(
    tr(
        "pg_intro",
        district=fmt.compact(PLAN.district_rate, lg),
        poor=fmt.compact(PLAN.poor_commune_rate, lg),
        years=", ".join(map(str, years)) or fmt.DASH,
    )
)
if illustrative:
    replace = "" if read_only() else " " + tr("pg_illustrative_replace")
    st.warning(tr("pg_illustrative") + replace, icon=":material/info:")
else:
    st.info(tr("pg_uploaded", source=str(series["source"].iloc[0])), icon=":material/upload_file:")

# ---------------------------------------------------------------- the district
st.subheader(tr("pg_section_district"))
st.markdown(page.sentence)
if illustrative:
    st.caption(tr("pg_derived_note"))
fig, table = page.district
if fig is not None:
    plotly_chart(fig, table, alt=tr("pg_district_alt"), key="pg_district")
with st.expander(tr("pg_method_title"), icon=":material/menu_book:"):
    st.markdown(page.method)

# ---------------------------------------------------------------- the category table
st.subheader(tr("pg_section_table"))
st.caption(page.counts)
st.dataframe(page.table_arrow, hide_index=True, width="stretch", placeholder=fmt.DASH, lazy=False)
row = st.container(horizontal=True)
for index, ext, mime in ((0, "xlsx", XLSX_MIME), (1, "csv", "text/csv")):
    row.download_button(
        tr(f"pg_download_{ext}"),
        data=lambda i=index: vp.export_files(page.result, plan_data.communes, lg, illustrative)[i],
        file_name=f"gnbv_tien_do_{reading}.{ext}",
        mime=mime,
        key=f"pg_download_{ext}",
        icon=":material/download:",
        on_click="ignore",
    )

# ---------------------------------------------------------------- each commune
st.subheader(tr("pg_section_communes"))
fig, table = page.multiples
if fig is not None:
    plotly_chart(fig, table, alt=tr("pg_communes_alt"), key="pg_multiples")

# ---------------------------------------------------------------- the map
st.subheader(tr("pg_section_map"))
year = compare = None
if years:
    _from_url("map", "pg_map_mode", list(vp.MAP_MODES))
    _from_url("y", "pg_year", years)
    _from_url("vs", "pg_compare", years)
    for key, value in (("pg_map_mode", "year"), ("pg_year", years[-1]), ("pg_compare", years[0])):
        if st.session_state.get(key) not in (vp.MAP_MODES if key == "pg_map_mode" else years):
            st.session_state[key] = value  # (a series uploaded since may lack the year)
    mode = keep(
        st.segmented_control,
        tr("pg_map_mode"),
        key="pg_map_mode",
        options=list(vp.MAP_MODES),
        format_func=lambda m: t(f"pg_map_mode_{m}", lg),
        required=True,
    )
    controls = st.container(horizontal=True)  # the years side by side (the state holds them)
    year = keep(controls.selectbox, tr("pg_year"), key="pg_year", options=years)
    if mode == "change":
        compare = keep(controls.selectbox, tr("pg_compare"), key="pg_compare", options=years)
    if compare is not None and compare == year:
        st.caption(tr("pg_map_same_year"))
    fig, table, view = cache.progress_map(
        series,
        plan_data.communes,
        params,
        lg,
        present,
        int(year),
        None if compare is None else int(compare),
    )
    legend(view.classes, view.title, tr("map_tiles_help"))
    plotly_chart(
        fig,
        table,
        alt=tr("pg_map_alt", title=view.title),
        key="pg_map",
        config={"displayModeBar": False},
    )
wanted = {"mode": reading} if reading != "points" else {}
if year is not None and year != years[-1]:
    wanted["y"] = str(year)
if compare is not None:
    wanted |= {"map": "change", "vs": str(compare)}
sync_query(wanted, URL_KEYS)


# ---------------------------------------------------------------- upload (planners only)
def _accept(result: workbook.UploadResult) -> None:
    st.session_state[UPLOADED_SERIES_KEY] = result.frame


def _reset() -> None:
    st.session_state.pop(UPLOADED_SERIES_KEY, None)
    uploads.forget(workbook.REVIEW_SERIES)


if not read_only():
    st.subheader(tr("pg_upload_title"))
    with st.container(border=True):
        st.caption(tr("pg_upload_help"))
        st.download_button(
            tr("pg_template"),
            data=lambda: review_series_template(
                plan_data.communes, vp.map_years(page.result) or [2024], lg
            ),
            file_name="mau_ra_soat_theo_nam.xlsx" if lg == "vi" else "review_series_template.xlsx",
            mime=XLSX_MIME,
            key="pg_template",
            icon=":material/table_view:",
            on_click="ignore",
        )
        if uploaded is not None:
            st.button(tr("pg_reset"), key="pg_reset", icon=":material/undo:", on_click=_reset)
        uploads.upload(
            workbook.REVIEW_SERIES,
            tr("pg_upload_label"),
            lambda content, name: workbook.read_review_series(content, name, plan_data.communes),
            _accept,
        )
