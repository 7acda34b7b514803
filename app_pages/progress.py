"""Progress (Tiến độ): each commune and the district against the plan's path, review by
review (issue 20). Reads the controls, calls gnbv, draws; the reading, the map's mode and
its years are the page's state (``ui.page_states.PROGRESS``, in the URL as
?mode=relative&map=change&y=2024&vs=2022)."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from gnbv import cache, fmt, progress_export, workbook
from gnbv.i18n import t
from gnbv.page_params import ProgressParams
from gnbv.progress import READING_TEXT_KEYS
from gnbv.scenario import PLAN, READINGS, ScenarioParams
from gnbv.versioned import Versioned
from gnbv.views import progress as vp
from gnbv.views.common import caption_md
from gnbv.workbook.templates import review_series_template
from ui import uploads
from ui.brief import brief_button
from ui.charts import plotly_chart
from ui.common import UPLOADED_SERIES_KEY, data, lang, presenting, read_only, review_series, tr
from ui.maps import legend
from ui.page_states import PROGRESS
from ui.state import fragment, kept_fold, url_notices

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MIME_TYPES = {"xlsx": XLSX_MIME, "csv": "text/csv"}

plan_data = data()
lg = lang()
present = presenting()
series, illustrative = review_series()
uploaded = st.session_state.get(UPLOADED_SERIES_KEY)

st.title(tr("pg_title"))
reading = PROGRESS.control(
    st.segmented_control,
    "reading",
    tr("pg_reading_label"),
    options=list(READINGS),
    format_func=lambda r: t(READING_TEXT_KEYS[r], lg),  # lg bound: AppTest calls it too
    required=True,
)
params = ScenarioParams(reading=reading)
page = cache.progress_page(plan_data, series, params, lg, present)
years = page.years
st.caption(
    tr(
        "pg_intro",
        district=fmt.compact(PLAN.other_communes_rate, lg),
        poor=fmt.compact(PLAN.poor_commune_rate, lg),
        years=", ".join(map(str, years)) or fmt.DASH,
    )
)
brief_button("progress", params)
if illustrative:
    more = "" if read_only() else " " + tr("pg_illustrative_replace")
    st.warning(tr("pg_illustrative") + more, icon=":material/info:")
else:
    source = str(series.frame["source"].iloc[0])
    st.info(tr("pg_uploaded", source=source), icon=":material/upload_file:")

# ---------------------------------------------------------------- the district
st.subheader(tr("pg_section_district"))
# one markdown for the sentence and its note (each element costs about as much as its text)
st.markdown(page.sentence + (f"\n\n{caption_md(tr('pg_derived_note'))}" if illustrative else ""))
fig, table = page.district
if fig is not None:
    plotly_chart(fig, table, alt=tr("pg_district_alt"), key="pg_district")
method = kept_fold(tr("pg_method_title"), key="pg_method", icon=":material/menu_book:")
if method.open:  # drawn only while unfolded: folded, its long text cost every run a message
    method.markdown(page.method)

# ---------------------------------------------------------------- the category table
st.subheader(tr("pg_section_table"))
st.caption(page.counts)
st.dataframe(page.table_arrow, hide_index=True, width="stretch", placeholder=fmt.DASH, lazy=False)
row = st.container(horizontal=True)
for index, ext in enumerate(progress_export.EXPORT_FORMATS):
    row.download_button(
        tr(progress_export.DOWNLOAD_TEXT_KEYS[ext]),
        data=lambda i=index: progress_export.export_files(
            page.result, plan_data.communes, lg, illustrative
        )[i],
        file_name=f"gnbv_tien_do_{reading}.{ext}",
        mime=MIME_TYPES[ext],
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
def _checked() -> ProgressParams:
    """The page's parameters, a year the series in use lacks put back to its default (with a
    notice naming the URL key)."""
    shown = PROGRESS.params()
    if shown.year is not None and shown.year not in years:
        shown = PROGRESS.reject("year", "y")
    if shown.compare is not None and shown.compare not in years:
        shown = PROGRESS.reject("compare", "vs")
    return shown


@fragment
def progress_map() -> None:
    """The map's controls and the map: a change in here reruns only this."""
    st.subheader(tr("pg_section_map"))
    shown = _checked()
    url_notices(PROGRESS)
    if not years:
        return
    mode = PROGRESS.control(
        st.segmented_control,
        "map_mode",
        tr("pg_map_mode"),
        options=list(vp.MAP_MODES),
        format_func=lambda m: t(vp.MAP_MODE_TEXT_KEYS[m], lg),
        required=True,
    )
    controls = st.container(horizontal=True)  # the years side by side
    year = PROGRESS.control(
        controls.selectbox, "year", tr("pg_year"), value=shown.year or years[-1], options=years
    )
    compare = None
    if mode == "change":
        compare = PROGRESS.control(
            controls.selectbox,
            "compare",
            tr("pg_compare"),
            value=shown.compare or years[0],
            options=years,
        )
        if compare == year:
            st.caption(tr("pg_map_same_year"))
    inputs = (plan_data, series, params, lg, present, int(year), compare)
    fig, table, view = cache.progress_map(*inputs)
    legend(view.classes, view.title, tr("map_tiles_help"))
    plotly_chart(
        fig,
        table,
        alt=tr("pg_map_alt", title=view.title),
        key="pg_map",
        config={"displayModeBar": False},
    )


progress_map()


# ---------------------------------------------------------------- upload (planners only)
def _accept(result: workbook.UploadResult) -> None:
    st.session_state[UPLOADED_SERIES_KEY] = Versioned.of(result.frame)  # its version, once
    PROGRESS.set(replace(PROGRESS.params(), year=None, compare=None))  # its own years


def _reset() -> None:
    st.session_state.pop(UPLOADED_SERIES_KEY, None)
    uploads.forget(workbook.REVIEW_SERIES)
    PROGRESS.set(replace(PROGRESS.params(), year=None, compare=None))


if not read_only():
    st.subheader(tr("pg_upload_title"))
    with st.container(border=True):
        st.caption(tr("pg_upload_help"))
        st.download_button(
            tr("pg_template"),
            data=lambda: review_series_template(plan_data.communes, years or [2024], lg),
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
