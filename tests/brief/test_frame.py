"""The brief's page: fonts embedded, Vietnamese set as NFC text, at most two pages, the
link that reopens the view."""

from __future__ import annotations

import unicodedata
from urllib.parse import parse_qsl, urlparse

import pytest
from fontTools.ttLib import TTFont
from hypothesis import given
from hypothesis import strategies as st

from gnbv.brief.frame import FONT_FILES, Brief, Figure, hex_rgb, made_on, nfc, view_link
from tests.brief.briefs import DAY, KINDS, fonts, make, reader, text


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_font_is_embedded_and_the_brief_is_at_most_two_pages(kind, lang):
    pdf = make(kind, lang)
    used = fonts(pdf)
    assert used, "no font found"
    assert all(embedded for _, embedded in used), used
    assert {name.split("+")[-1] for name, _ in used} <= {"DejaVuSansBook", "DejaVuSansBold"}
    assert 1 <= len(reader(pdf).pages) <= 2


def test_every_vietnamese_letter_is_in_the_font():
    letters = "ăâđêôơưĂÂĐÊÔƠƯ" + "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
    letters += letters.upper()
    for path in FONT_FILES.values():
        cmap = TTFont(path).getBestCmap()
        assert [c for c in letters if ord(c) not in cmap] == [], path.name


def test_decomposed_text_is_set_as_nfc():
    decomposed = unicodedata.normalize("NFD", "Lùng Phình, Cốc Ly — kế hoạch")
    assert decomposed != "Lùng Phình, Cốc Ly — kế hoạch"
    pdf = Brief("vi", decomposed, DAY)
    pdf.figures([Figure(decomposed, "81.689 triệu đồng")])
    pdf.write_lines(decomposed)
    out = " ".join(p.extract_text() for p in reader(pdf.output_bytes()).pages)
    assert "Lùng Phình, Cốc Ly — kế hoạch" in out  # composed: as a search finds it
    assert nfc("a<br>b") == "a b"


def test_the_link_reopens_the_view_in_the_language():
    assert view_link("http://localhost:8501", "", {}, "vi") == "http://localhost:8501/"
    assert view_link("https://gnbv.example.org/", "kich-ban", {"preset": "plan"}, "en") == (
        "https://gnbv.example.org/kich-ban?preset=plan&lang=en"
    )
    assert view_link("http://h", "phan-bo", {"aa": "5", "af": "custom"}, "vi") == (
        "http://h/phan-bo?aa=5&af=custom"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_the_brief_prints_its_link_and_date(kind):
    link = "http://localhost:8501/kinh-phi?lang=en"
    assert link in text(make(kind, "en", link))
    assert made_on(DAY, "en") == "6 December 2026"
    assert made_on(DAY, "vi") == "6 tháng 12 năm 2026"
    assert "Lập ngày 6 tháng 12 năm 2026" in text(make(kind, "vi"))


@given(st.text(max_size=12))
def test_hex_colours_never_raise(colour):
    rgb = hex_rgb(colour)
    assert len(rgb) == 3 and all(0 <= c <= 255 for c in rgb)
    assert hex_rgb("#0072B2") == (0, 114, 178)
    assert hex_rgb("-1-1-1") == hex_rgb("#12345") == hex_rgb(" f f f") == (34, 34, 34)


@given(
    st.dictionaries(st.text(min_size=1, max_size=8), st.text(max_size=20), max_size=5),
    st.sampled_from(["vi", "en"]),
)
def test_a_link_keeps_every_parameter_it_is_given(query, lang):
    link = view_link("http://localhost:8501", "kich-ban", query, lang)
    parsed = urlparse(link)
    assert parsed.path == "/kich-ban"
    found = dict(parse_qsl(parsed.query, keep_blank_values=True))
    expected = {**query, **({"lang": "en"} if lang == "en" else {})}
    assert found == expected
