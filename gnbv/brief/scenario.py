"""The scenario page's brief: the headline at the horizon, the district chart (plan, reality,
scenario), every commune against its target, the communes furthest from it, and the
scenario in force in words."""

from __future__ import annotations

from datetime import date

from gnbv import fmt
from gnbv.brief import charts
from gnbv.brief.frame import MAX_PAGES, Brief, Figure, data_in_force, plan_line
from gnbv.data import PlanData
from gnbv.i18n import cite, t
from gnbv.scenario import RATE_FIELDS, READING_IN_FORCE_TEXT_KEYS, ScenarioParams

FURTHEST = (8, 5, 3)  # communes in the table (furthest short of their target), as room allows
TABLE_COLUMNS = 8  # name, poor commune, rate at start and horizon, target, gap, status, poor


def build(
    params: ScenarioParams,
    texts: tuple,
    labels: dict[str, str],
    shown,
    table,
    plan_data: PlanData,
    start: str,
    illustrative: bool,
    uploaded: bool,
    link: str,
    lang: str,
    day: date,
) -> bytes:
    """The brief of the scenario ``params`` as PDF bytes, from what the page shows of it
    (``gnbv.cache``): ``texts`` (``scenario_texts``: the preset's and the target's sentences
    and the headline's figures), ``labels`` (``scenario_labels``), ``shown``
    (``scenario_charts_view``) and ``table`` (``scenario_communes``' table as shown). The
    table of the communes furthest from their target is cut shorter when the brief would
    not fit two pages (a long horizon, a long link). ``start``: the sentence saying which
    year and data the scenario starts from (gnbv.views.scenario.start_sentence)."""
    for furthest in FURTHEST:
        pdf = _brief(
            params,
            texts,
            labels,
            shown,
            table,
            plan_data,
            start,
            illustrative,
            uploaded,
            link,
            lang,
            day,
            furthest,
        )
        if pdf.pages_count <= MAX_PAGES:
            break
    return pdf.output_bytes()


def _brief(
    params,
    texts,
    labels,
    shown,
    table,
    plan_data,
    start,
    illustrative,
    uploaded,
    link,
    lang,
    day,
    furthest: int,
) -> Brief:
    preset_sentence, target_sentence, metrics = texts
    pdf = Brief(lang, t("scn_title", lang), day)
    pdf.title_block(t("app_subtitle", lang), plan_line(plan_data.plan, lang))
    if illustrative:
        pdf.notice(t("illustrative_notice", lang))
    pdf.figures([Figure(m.label, m.value, m.note or "") for m in metrics])
    pdf.write_lines(target_sentence, size=8)
    series = charts.series_from_figure(shown.plan)
    pdf.heading(t("brief_scn_chart_plan", lang), keep=70)
    charts.lines(
        pdf,
        series,
        t(READING_IN_FORCE_TEXT_KEYS[params.reading], lang),
        lambda v: fmt.percent(v, lang, 0),
    )
    pdf.write_lines(shown.context, size=8)
    bars = charts.bars_from_figure(
        shown.communes, trace=0, marks=1, value_text=lambda v: fmt.percent(v, lang)
    )
    status = [(trace.marker.color, trace.name) for trace in shown.communes.data[2:]]
    pdf.heading(
        t("brief_scn_chart_communes", lang, year=params.horizon),
        keep=charts.hbars_height(len(bars), row=4.6),
    )
    charts.hbars(pdf, bars, "", legend=status, mark_name=shown.communes.data[1].name, row=4.6)
    frame = table.frame
    columns = list(frame.columns[:TABLE_COLUMNS])
    shown_rows = frame[columns].head(furthest).fillna(fmt.DASH).astype(str)
    heading = t("brief_scn_table", lang, count=len(shown_rows), year=params.horizon)
    pdf.heading(heading, keep=45)
    pdf.table(
        columns,
        shown_rows.to_numpy().tolist(),
        widths=[16, 9, 11, 11, 11, 10, 13, 11],
        numeric=[c in table.numeric for c in columns],
    )
    rates = " · ".join(labels[f] for f in RATE_FIELDS)
    in_force = "\n".join(
        (
            preset_sentence,
            rates,
            labels["settings"],
            start,
            f"{data_in_force(illustrative, uploaded, lang)} {t('brief_language', lang)}",
        )
    )
    pdf.link_block(link, in_force)
    sources = [cite(plan_data.plan["source_ref"], lang, plan_data.citations)]
    sources += [cite(s, lang, plan_data.citations) for s in plan_data.district_poverty["source_id"]]
    pdf.sources([part for cited in sources for part in cited.split("; ")])
    return pdf
