"""The allocation page's brief: the funds, the points and the money per point, the amount
each commune gets (bars and the table of all 19), and the funds, coefficients, floor and
cap in force in words."""

from __future__ import annotations

from datetime import date

from gnbv import allocation as al
from gnbv import fmt
from gnbv.brief import charts
from gnbv.brief.frame import Brief, Figure, data_in_force, plan_line
from gnbv.data import PlanData
from gnbv.i18n import t
from gnbv.maps.classes import amount_classes
from gnbv.maps.tables import commune_name
from gnbv.views import allocation as alv


def amount_bars(result: al.Allocation, classes, lang: str) -> list[charts.Bar]:
    """Each commune's amount, largest first, in the colour of its class on the page's maps
    (``classes``: ``gnbv.maps.classes.amount_classes``, as the page's view)."""
    tab = result.table.sort_values(["amount_mvnd", "name"], ascending=[False, True])
    return [
        charts.Bar(
            commune_name(r.name, r.unit_type, lang),
            float(r.amount_mvnd),
            classes.colours.get(str(r.code), "#555555"),
            fmt.number(r.amount_mvnd, lang),
        )
        for r in tab.itertuples()
    ]


def _plain(markdown: str) -> str:
    return markdown.replace("**", "").replace("*", "")


def build(
    result: al.Allocation,
    params: al.AllocationParams,
    funds_label: str,
    sources: dict[str, str],
    plan_data: PlanData,
    illustrative: bool,
    uploaded: bool,
    link: str,
    lang: str,
    day: date,
) -> bytes:
    """The brief of the allocation ``result`` (``gnbv.allocation.allocate`` of the page's
    criteria, ``params``' coefficients, the funds and the floors and caps) as PDF bytes;
    ``sources``: where each criterion comes from (``AllocationPage.sources``)."""
    pdf = Brief(lang, t("alc_title", lang), day)
    pdf.title_block(t("app_subtitle", lang), plan_line(plan_data.plan, lang))
    if illustrative:
        pdf.notice(t("illustrative_notice", lang))
    pdf.write_lines(t("alc_result_heading", lang, funds=funds_label), size=11.5, bold=True)
    figures = alv.metrics(result, lang)
    pdf.figures(
        [
            Figure(t("alc_metric_funds", lang), figures["funds"]),
            Figure(t("alc_metric_points", lang), figures["points"]),
            Figure(t("alc_metric_per_point", lang), figures["per_point"]),
            Figure(t("alc_metric_bound", lang), figures["bound"]),
        ]
    )
    if result.bound_count:
        caption = t(
            "alc_bound_caption", lang, value=figures["per_point_free"], spreads=result.iterations
        )
        pdf.write_lines(caption, size=8)
    classes = amount_classes(result.table, "amount_mvnd", lang)
    bars = amount_bars(result, classes, lang)
    pdf.heading(t("brief_alc_chart", lang), keep=charts.hbars_height(len(bars)))
    charts.hbars(pdf, bars, "", legend=classes.legend)
    table = alv.result_table(result, lang)
    pdf.heading(t("alc_tab_communes", lang), keep=60)
    pdf.table(
        list(table.columns),
        table.fillna("").astype(str).to_numpy().tolist(),
        widths=[16, 11, 8, 9, 10, 9, 9, 11],
        numeric=[False, *([True] * 5), False, True],
        size=7,
        bold_last=True,
    )
    pdf.write_lines(t("alc_table_caption", lang, funds=fmt.money_mvnd(result.funds, lang)), 7.5)
    cap = None if params.cap is None else float(params.cap)
    in_force = "\n".join(
        (
            t("brief_alc_funds", lang, funds=funds_label),
            alv.controls_label(params.floor, cap, params.coefficients, lang),
            f"{data_in_force(illustrative, uploaded, lang)} {t('brief_language', lang)}",
        )
    )
    pdf.link_block(link, in_force)
    pdf.sources([_plain(line) for line in alv.source_lines(sources, lang)], sep=" ")
    return pdf.output_bytes()
