"""The home page's brief: the plan at a glance — its funds, projects and communes, its main
targets, the published district poor rate, and the communes' baseline poor rate (the home
page's small map, as bars in the map's colours)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from gnbv import fmt
from gnbv.brief import charts
from gnbv.brief.frame import Brief, Figure, data_in_force, plan_line
from gnbv.data import PlanData
from gnbv.i18n import cite, column, t
from gnbv.views.home import Home


def commune_bars(view: Home, base: pd.DataFrame, lang: str) -> list[charts.Bar]:
    """The communes' baseline poor rate, highest first, coloured by the home map's class
    (``base``: ``gnbv.maps.tables.baseline_table``, what the home view's tile map is drawn from)."""
    rows = base.sort_values(["poor_rate", "name"], ascending=[False, True])
    return [
        charts.Bar(
            str(r.name),
            float(r.poor_rate),
            view.tiles.classes.colours.get(str(r.code), "#555555"),
            fmt.percent(r.poor_rate, lang),
        )
        for r in rows.itertuples()
    ]


def build(
    view: Home,
    plan_data: PlanData,
    base: pd.DataFrame,
    illustrative: bool,
    uploaded: bool,
    link: str,
    lang: str,
    day: date,
) -> bytes:
    """The brief of the home page (``view``: ``gnbv.views.home.home``) as PDF bytes."""
    plan = plan_data.plan
    pdf = Brief(lang, f"{t('app_title', lang)} — {t('nav_home', lang)}", day)
    pdf.title_block(t("app_subtitle", lang), plan_line(plan, lang))
    signed = f"{t('home_signed', lang)}: {plan[column('signed_by', lang)]}"
    pdf.write_lines(signed, size=8.5)
    metrics = [*view.amounts, view.projects, view.communes]
    pdf.figures([Figure(m.label, m.value, m.caption) for m in metrics], per_row=3)
    pdf.heading(t("home_targets", lang))
    pdf.figures([Figure(m.label, m.value, m.caption) for m in view.targets])
    pdf.heading(t("home_actuals", lang))
    pdf.figures([Figure(m.label, m.value, m.caption) for m in view.actuals], per_row=3)
    bars = commune_bars(view, base, lang)
    pdf.heading(t("map_home", lang), keep=charts.hbars_height(len(bars)) + 20 * illustrative)
    if illustrative:
        pdf.notice(t("illustrative_notice", lang))
    title = t("brief_home_chart" if illustrative else "brief_home_chart_real", lang)
    charts.hbars(pdf, bars, title, legend=view.tiles.classes.legend)
    in_force = f"{data_in_force(illustrative, uploaded, lang)} {t('brief_language', lang)}"
    pdf.link_block(link, in_force)
    sources = [cite(plan["source_ref"], lang, plan_data.citations)]
    sources += [cite(s, lang, plan_data.citations) for s in plan_data.district_poverty["source_id"]]
    pdf.sources([part for cited in sources for part in cited.split("; ")])
    return pdf.output_bytes()
