"""The brief's page: A4 portrait, DejaVu Sans embedded, and the pieces every brief is made of
— the title block, a row of headline figures, headings and paragraphs, the illustrative
notice, a table, the link that reopens the view with its QR code, and the sources.

The font is DejaVu Sans (gnbv/brief/fonts, with its licence): it has every Vietnamese letter
(reportlab's Vera lacks ă, đ, ơ, ư); fpdf2 embeds the glyphs used. Every text is
NFC-normalised before it is set, so a decomposed "ế" typed in a name prints as one letter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from urllib.parse import urlencode

import segno
from babel.dates import format_date
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from gnbv import fmt
from gnbv.i18n import t

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVuSans"
FONT_FILES = {"": FONT_DIR / "DejaVuSans.ttf", "B": FONT_DIR / "DejaVuSans-Bold.ttf"}
MARGIN = 14.0  # mm, every side
WIDTH = 210.0 - 2 * MARGIN  # the text's width on A4 portrait
MAX_PAGES = 2
INK = (34, 34, 34)
GREY = (95, 95, 95)  # 6,4:1 on white: readable printed and on screen
RULE = (190, 190, 190)
HEADER_FILL = (236, 239, 244)
NOTICE_FILL = (255, 244, 206)  # the page's warning colours, as visible on paper
NOTICE_EDGE = (200, 140, 0)
QR_SIZE = 30.0  # mm: scans from a printed page


def nfc(text: object) -> str:
    """``text`` as NFC text, the line breaks of plotly's labels (``<br>``) made spaces."""
    return unicodedata.normalize("NFC", str(text)).replace("<br>", " ")


def hex_rgb(colour: str) -> tuple[int, int, int]:
    """'#0072B2' → (0, 114, 178); anything else is ink."""
    text = str(colour).removeprefix("#")
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", text):
        return INK
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def view_link(base_url: str, path: str, query: dict[str, str], lang: str) -> str:
    """The address that reopens the view: the public base URL (the GNBV_PUBLIC_URL setting),
    the page's path (``kich-ban``; "" for the home page) and the query parameters its state
    writes, with ``lang=en`` when the brief is in English (as the language switch writes)."""
    params = dict(query)
    if lang == "en":
        params["lang"] = "en"
    url = base_url.rstrip("/") + "/" + path.strip("/")
    return url + ("?" + urlencode(params) if params else "")


DATE_FORMATS = {"vi": "d 'tháng' M 'năm' y", "en": "d MMMM y"}


def made_on(day: date, lang: str) -> str:
    """The date in the language: '6 tháng 12 năm 2026' / '6 December 2026'."""
    return format_date(
        day, format=DATE_FORMATS.get(lang, DATE_FORMATS["vi"]), locale=fmt.locale(lang)
    )


@dataclass(frozen=True)
class Figure:
    """One headline figure: its label, its value as the page writes it, a note under it."""

    label: str
    value: str
    note: str = ""


class Brief(FPDF):
    """An A4 portrait brief in ``lang``; :meth:`output_bytes` gives the PDF."""

    def __init__(self, lang: str, page_title: str, day: date):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.lang = lang
        self.page_title = nfc(page_title)
        self.day = day
        for style, path in FONT_FILES.items():
            self.add_font(FONT, style, str(path))
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 4)
        self.set_title(self.page_title)
        self.set_author(nfc(t("app_title", lang)))
        self.set_lang(lang)
        # the date the brief is of, not the second it was made: the same view makes the same
        # file all day (the brief is cached per view, language and date)
        self.set_creation_date(datetime.combine(day, time(), tzinfo=UTC))
        self.alias_nb_pages()
        self.add_page()

    # --- fpdf2's hooks ----------------------------------------------------------------------

    def footer(self) -> None:
        self.set_y(-MARGIN)
        self.font(7, colour=GREY)
        left = f"{self.page_title} · {made_on(self.day, self.lang)}"
        self.cell(WIDTH * 0.8, 4, nfc(left))
        page = t("brief_page", self.lang, page=self.page_no(), pages="{nb}")
        self.cell(WIDTH * 0.2, 4, nfc(page), align="R")

    # --- type -------------------------------------------------------------------------------

    def font(self, size: float, bold: bool = False, colour=INK) -> None:
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(*colour)

    def room(self, height: float) -> None:
        """Start a new page unless ``height`` mm fit under the cursor."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def write_lines(self, text: str, size: float = 9, bold: bool = False, colour=INK, gap=1.5):
        """A paragraph over the full width, wrapped."""
        self.font(size, bold, colour)
        self.set_x(self.l_margin)
        self.multi_cell(
            WIDTH, size * 0.45, nfc(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(gap)

    # --- the pieces -------------------------------------------------------------------------

    def title_block(self, subtitle: str, plan_line: str) -> None:
        """The program (small), the page's title, then the plan it comes from and the date."""
        self.write_lines(subtitle, size=8, colour=GREY, gap=0.5)
        self.write_lines(self.page_title, size=17, bold=True, gap=1)
        made = t("brief_made_on", self.lang, date=made_on(self.day, self.lang))
        self.write_lines(f"{plan_line}  \n{made}".replace("  \n", "\n"), size=8.5, colour=GREY)
        y = self.get_y()
        self.set_draw_color(*RULE)
        self.set_line_width(0.3)
        self.line(self.l_margin, y, self.l_margin + WIDTH, y)
        self.ln(3)

    def heading(self, text: str, keep: float = 20) -> None:
        """A section's heading, kept with ``keep`` mm of what follows it."""
        self.room(keep + 8)
        self.ln(1)
        self.write_lines(text, size=11.5, bold=True, gap=1)

    def figures(self, figures: Sequence[Figure], per_row: int = 4) -> None:
        """Headline figures side by side in framed boxes, ``per_row`` a row."""
        gap = 3.0
        for start in range(0, len(figures), per_row):
            row = figures[start : start + per_row]
            width = (WIDTH - gap * (per_row - 1)) / per_row
            heights = [self._figure_height(f, width) for f in row]
            height = max(heights)
            self.room(height + 2)
            y = self.get_y()
            for i, figure in enumerate(row):
                self._figure(figure, self.l_margin + i * (width + gap), y, width, height)
            self.set_y(y + height + gap)

    def _lines(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        self.font(size, bold)
        return self.multi_cell(width, 1, nfc(text), dry_run=True, output="LINES")

    def _figure_height(self, figure: Figure, width: float) -> float:
        inner = width - 4
        label = len(self._lines(figure.label, inner, 7.5)) * 3.4
        value = len(self._lines(figure.value, inner, 13, True)) * 5.6
        note = len(self._lines(figure.note, inner, 7)) * 3.2 if figure.note else 0
        return 3 + label + value + note + 2

    def _figure(self, figure: Figure, x: float, y: float, width: float, height: float) -> None:
        self.set_draw_color(*RULE)
        self.set_line_width(0.3)
        self.rect(x, y, width, height)
        self.set_xy(x + 2, y + 1.5)
        self.font(7.5, colour=GREY)
        self.multi_cell(
            width - 4, 3.4, nfc(figure.label), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
        )
        self.font(13, bold=True)
        self.multi_cell(
            width - 4, 5.6, nfc(figure.value), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
        )
        if figure.note:
            self.font(7, colour=GREY)
            self.multi_cell(
                width - 4, 3.2, nfc(figure.note), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
            )

    def notice(self, text: str) -> None:
        """A framed, tinted notice in bold (the illustrative figures' marking): as visible on
        paper as the page's warning banner."""
        inner = WIDTH - 8
        lines = self._lines(text, inner, 8.5, bold=True)
        height = len(lines) * 4 + 4
        self.room(height + 2)
        y = self.get_y()
        self.set_fill_color(*NOTICE_FILL)
        self.set_draw_color(*NOTICE_EDGE)
        self.set_line_width(0.6)
        self.rect(self.l_margin, y, WIDTH, height, style="DF")
        self.set_xy(self.l_margin + 4, y + 2)
        self.font(8.5, bold=True)
        self.multi_cell(inner, 4, nfc(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(y + height + 3)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        numeric: Sequence[bool] = (),
        size: float = 7.5,
        bold_last: bool = False,
    ) -> None:
        """A table, its header repeated on a new page; cells wrap (never overflow), numbers
        right-aligned; ``widths`` are shares of the full width."""
        total = sum(widths)
        widths = self._fit_words([WIDTH * w / total for w in widths], headers, rows, size)
        numeric = list(numeric) + [False] * (len(headers) - len(numeric))
        self._row(headers, widths, numeric, size, header=True)
        for i, row in enumerate(rows):
            last = bold_last and i == len(rows) - 1
            if self._row_height(row, widths, size, last) + self.get_y() > self.page_break_trigger:
                self.add_page()
                self._row(headers, widths, numeric, size, header=True)
            self._row(row, widths, numeric, size, bold=last, shade=i % 2 == 1)
        self.ln(2)

    def _fit_words(self, widths, headers, rows, size) -> list[float]:
        """``widths`` widened where a column's longest word (its header's in bold) would be
        broken inside, the room taken from the columns with the most to spare."""
        widths = list(widths)
        need = []
        for i, header in enumerate(headers):
            self.font(size, bold=True)
            longest = max((self.get_string_width(w) for w in nfc(header).split()), default=0)
            self.font(size)
            for row in rows:
                words = nfc(row[i]).split()
                longest = max([longest, *(self.get_string_width(w) for w in words)])
            need.append(longest + 2.5 + 2 * self.c_margin)  # the cell and its margins
        for i in range(len(widths)):
            while widths[i] < need[i]:
                spare = [w - n for w, n in zip(widths, need)]
                j = max(range(len(widths)), key=spare.__getitem__)
                if j == i or spare[j] <= 0:
                    break  # no room anywhere: the word wraps inside
                take = min(need[i] - widths[i], spare[j])
                widths[i] += take
                widths[j] -= take
        return widths

    def _row_height(self, cells, widths, size, bold=False) -> float:
        line = size * 0.47
        counts = [len(self._lines(c, w - 2, size, bold)) for c, w in zip(cells, widths)]
        return max(counts) * line + 1.6

    def _row(self, cells, widths, numeric, size, header=False, bold=False, shade=False) -> None:
        height = self._row_height(cells, widths, size, header or bold)
        y = self.get_y()
        x = self.l_margin
        fill = HEADER_FILL if header else ((248, 248, 248) if shade else None)
        if fill:
            self.set_fill_color(*fill)
            self.rect(x, y, WIDTH, height, style="F")
        for text, width, is_number in zip(cells, widths, numeric):
            self.set_xy(x + 1, y + 0.8)
            self.font(size, header or bold)
            align = "R" if is_number and not header else "L"
            self.multi_cell(width - 2, size * 0.47, nfc(text), align=align)
            x += width
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, y + height, self.l_margin + WIDTH, y + height)
        self.set_xy(self.l_margin, y + height)

    def link_block(self, url: str, in_force: str) -> None:
        """What is in force (in words), and the address that reopens this view, with its QR
        code (vector, from segno) at the right."""
        self.room(QR_SIZE + 6)
        y = self.get_y()
        text_width = WIDTH - QR_SIZE - 6
        self.set_xy(self.l_margin, y)
        self.font(8.5, bold=True)
        self.multi_cell(
            text_width, 4, nfc(t("brief_in_force", self.lang)), align="L", new_x=XPos.LMARGIN
        )
        self.font(8.5)
        self.multi_cell(
            text_width, 4, nfc(in_force), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(1.5)
        self.font(8.5, bold=True)
        self.multi_cell(
            text_width, 4, nfc(t("brief_reopen", self.lang)), align="L", new_x=XPos.LMARGIN
        )
        self.font(8, colour=(0, 70, 140))
        self.multi_cell(
            text_width,
            3.8,
            url,
            align="L",
            link=url,
            wrapmode="CHAR",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.qr(url, self.l_margin + WIDTH - QR_SIZE, y, QR_SIZE)
        self.set_y(max(self.get_y(), y + QR_SIZE) + 3)

    def qr(self, data: str, x: float, y: float, size: float) -> None:
        """``data`` as a QR code of ``size`` mm at (x, y): one black square per module."""
        code = segno.make(data, error="m", micro=False)
        rows = list(code.matrix)
        border = 2
        module = size / (len(rows) + 2 * border)
        self.set_fill_color(0, 0, 0)
        for r, row in enumerate(rows):
            start = None
            for c, dark in enumerate([*row, 0]):  # runs of dark modules as one rectangle
                if dark and start is None:
                    start = c
                elif not dark and start is not None:
                    left = x + (border + start) * module
                    top = y + (border + r) * module
                    self.rect(left, top, (c - start) * module, module, style="F")
                    start = None

    def sources(self, cited: Sequence[str], sep: str = "; ") -> None:
        """The sources (each cited once, in order, joined by ``sep``), small, at the end."""
        parts = [str(text).strip() for text in cited if str(text).strip()]
        self.room(10)
        said = sep.join(dict.fromkeys(parts))
        self.write_lines(f"{t('source', self.lang)}: {said}", size=7.5, colour=GREY)

    def output_bytes(self) -> bytes:
        """The PDF (each brief cuts its tables to fit :data:`MAX_PAGES` pages with the
        shipped data; the tests hold it to that)."""
        return bytes(self.output())


def plan_line(plan, lang: str) -> str:
    """'Theo: Kế hoạch … Ủy ban nhân dân huyện Bắc Hà, tháng 7 năm 2022.' — the plan the
    figures come from (``plan``: ``PlanData.plan``)."""
    return t(
        "brief_plan_line",
        lang,
        title=plan[f"title_{lang}"],
        issuer=plan[f"issuer_{lang}"],
        place_date=plan[f"place_date_{lang}"],
    )


def data_in_force(illustrative: bool, uploaded: bool, lang: str) -> str:
    """What the commune figures are, and what the link reopens when data were uploaded."""
    if uploaded:
        return f"{t('brief_baseline_uploaded', lang)} {t('brief_uploaded_link', lang)}"
    return t("brief_baseline_illustrative" if illustrative else "brief_data_shipped", lang)
