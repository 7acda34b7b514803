"""The funding page's brief: the total and its split by capital type, the bars by project
and by capital type, and the table by project."""

from __future__ import annotations

from datetime import date

from gnbv.brief import charts
from gnbv.brief.frame import Brief, Figure, plan_line
from gnbv.data import PlanData
from gnbv.i18n import t
from gnbv.views.funding import Funding


def build(
    view: Funding, plan_data: PlanData, uploaded: bool, link: str, lang: str, day: date
) -> bytes:
    """The brief of the funding page (``view``: ``gnbv.views.funding.funding_page``), PDF."""
    pdf = Brief(lang, t("fund_title", lang), day)
    pdf.title_block(t("app_subtitle", lang), plan_line(plan_data.plan, lang))
    figures = [Figure(t("fund_total", lang), view.total_text)]
    figures += [Figure(m.label, m.value, m.caption) for m in view.capital]
    pdf.figures(figures, per_row=3)
    if view.total:
        project_bars = charts.bars_from_figure(view.project_bars["amount"])
        pdf.heading(t("fund_by_project", lang), keep=charts.hbars_height(len(project_bars)))
        charts.hbars(pdf, project_bars, t("fund_table_unit", lang))
        if not view.all_allocated:
            pdf.write_lines(t("not_allocated_note", lang), size=8)
        capital_bars = charts.bars_from_figure(view.capital_bars)
        pdf.heading(t("fund_by_capital", lang), keep=charts.hbars_height(len(capital_bars)))
        charts.hbars(pdf, capital_bars, t("fund_table_unit", lang))
    else:
        pdf.write_lines(t("fund_no_data", lang))
    table = next(d for d in view.shown if d.name == t("fund_sheet_projects", lang))
    pdf.heading(t("brief_funding_table", lang), keep=40)
    frame = table.table.to_pandas()
    columns = list(frame.columns)
    pdf.table(
        [table.headers[c] for c in columns],
        frame.fillna("").astype(str).to_numpy().tolist(),
        widths=[9, 33, 12.5, 12, 11, 8, 14],
        numeric=[c in table.numeric for c in columns],
        bold_last=True,
    )
    data = t("brief_projects_uploaded" if uploaded else "brief_data_shipped", lang)
    if uploaded:
        data = f"{data} {t('brief_uploaded_link', lang)}"
    pdf.link_block(link, f"{data} {t('brief_language', lang)}")
    pdf.sources([view.source])
    return pdf.output_bytes()
