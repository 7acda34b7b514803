"""The progress page's brief (issue 20): where the district stands against the plan's path,
its line over the reviews, the count of communes by category, and the category table cut to
the communes furthest behind; the illustrative marking while the series is the shipped one."""

from __future__ import annotations

from datetime import date

from gnbv import fmt
from gnbv.brief import charts
from gnbv.brief.frame import Brief, data_in_force, plan_line
from gnbv.data import PlanData
from gnbv.i18n import cite, t
from gnbv.progress import METHOD_SOURCE, READING_TEXT_KEYS
from gnbv.views.progress import ProgressPage

BRIEF_ROWS = 10  # the communes furthest behind that the brief's table holds
# The category table's columns the brief prints (by position: commune, category, first and
# latest review, end target, needed and observed yearly fall, R), and their widths.
COLUMNS = (0, 1, 2, 3, 4, 5, 6, 7)
WIDTHS = (16, 17, 13, 13, 11, 10, 10, 7)


def build(
    view: ProgressPage,
    plan_data: PlanData,
    illustrative: bool,
    uploaded: bool,
    link: str,
    lang: str,
    day: date,
) -> bytes:
    """The brief of the progress page (``view``: ``gnbv.views.progress.progress_page``)."""
    pdf = Brief(lang, t("pg_title", lang), day)
    pdf.title_block(t("app_subtitle", lang), plan_line(plan_data.plan, lang))
    if illustrative:
        pdf.notice(t("pg_illustrative", lang))
    reading = t(READING_TEXT_KEYS[view.result.reading], lang)
    pdf.write_lines(t("pg_x_reading", lang, reading=reading), size=8.5)
    pdf.write_lines(view.sentence.replace("**", ""))
    figure = view.district[0]
    if figure is not None:
        series = charts.series_from_figure(figure)
        pdf.heading(t("pg_section_district", lang), keep=80)
        charts.lines(pdf, series, t("pg_district_alt", lang), lambda v: fmt.percent(v, lang, 0))
    frame = view.table.iloc[:BRIEF_ROWS, list(COLUMNS)]
    heading = t("brief_progress_table", lang, shown=len(frame), communes=len(view.table))
    pdf.heading(heading, keep=40)
    pdf.write_lines(view.counts, size=8)
    pdf.table(
        list(frame.columns),
        frame.fillna(fmt.DASH).astype(str).to_numpy().tolist(),
        widths=WIDTHS,
        numeric=[False, False, True, True, True, True, True, True],
    )
    pdf.link_block(
        link, f"{data_in_force(illustrative, uploaded, lang)} {t('brief_language', lang)}"
    )
    sources = [METHOD_SOURCE]
    sources += [cite(s, lang, plan_data.citations) for s in plan_data.district_poverty["source_id"]]
    pdf.sources([part for cited in sources for part in cited.split("; ")])
    return pdf.output_bytes()
