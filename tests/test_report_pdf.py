"""report.pdf: pages, embedded Thai fonts, a rendered page that is not blank, what it says.

The PDF is drawn with HarfBuzz shaping and every line carries /ActualText (see reports/pdf.py),
so pdfium's text extraction gives the real Thai text and the tests may read it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from checklist.profile import example_profile_path, load_profile
from reports import pdf as report_pdf
from reports.pdf import FontNotFound, write_pdf
from tests.report_samples import hostile_report, sample_report


def natun_report():
    return sample_report(agency="เทศบาลตำบลนาตุน", profile=load_profile(example_profile_path()))


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory) -> Path:
    return write_pdf(natun_report(), tmp_path_factory.mktemp("pdf") / "report.pdf")


@pytest.fixture(scope="module")
def text(pdf_path) -> str:
    doc = pdfium.PdfDocument(pdf_path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def test_pages(pdf_path):
    assert pdf_path.read_bytes().startswith(b"%PDF-")
    doc = pdfium.PdfDocument(pdf_path)
    try:
        assert 1 <= len(doc) <= 10
        w, h = doc[0].get_size()
        assert (round(w), round(h)) == (595, 842)  # A4 portrait, in points
    finally:
        doc.close()


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_fonts_embedded(pdf_path):
    out = subprocess.run(
        ["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True
    ).stdout
    fonts = out.splitlines()[2:]
    assert fonts, out
    for line in fonts:
        cols = line.split()
        # name type... encoding emb sub uni object ID: emb is the 5th column from the end
        assert cols[-5] == "yes", line
    assert any("Loma" in line for line in fonts)


def test_first_page_is_not_blank(pdf_path):
    doc = pdfium.PdfDocument(pdf_path)
    try:
        image = doc[0].render(scale=1).to_pil().convert("RGB")
    finally:
        doc.close()
    raw = image.tobytes()
    pixels = [tuple(raw[i : i + 3]) for i in range(0, len(raw), 3)]
    dark = sum(1 for r, g, b in pixels if r + g + b < 300)
    assert dark > len(pixels) * 0.01  # text and bars, not an empty page
    red = sum(1 for r, g, b in pixels if r > 150 and g < 80 and b < 80)
    assert red > 200  # the score below the pass mark is drawn in red


def test_summary_text(text):
    report = natun_report()
    assert "สำหรับผู้บริหาร" in text
    assert "เทศบาลตำบลนาตุน" in text  # sara am survives: the /ActualText layer is right
    assert "อำเภอนาตุน" in text and "จังหวัดมหาสารคาม" in text
    assert f"{report.score.oit_estimate:.1f}" in text  # rounded once, as in report.html
    assert "ประมาณการ" in text  # the score is labelled an estimate
    assert "เกณฑ์ผ่าน 85" in text
    assert "ผล ITA ปี 2564" in text and "57.6" in text and "50.0" in text
    assert "ระดับ B" in text


def test_fixes_and_gaps_by_unit(text):
    report = natun_report()
    assert "เพิ่มคะแนนได้มากที่สุด" in text
    best = max(report.gains, key=report.gains.get)
    assert best in text and f"+{report.gains[best]:.1f}" in text
    assert "แยกตามหน่วยงานรับผิดชอบ" in text
    for item in report.items:
        if item.status != "found":
            assert item.code in text
            assert (item.responsible or "ยังไม่ระบุผู้รับผิดชอบ") in text
    # monitoring due dates of the profile's measures (FY 2565, over: said, not shown as late)
    assert "31 มี.ค. 2565" in text and "30 ก.ย. 2565" in text and "สิ้นสุดแล้ว" in text
    assert "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ" in text


def test_thai_line_breaks_at_words():
    pdf = report_pdf.ThaiPDF()
    lines = pdf.wrap("ประกาศเจตจำนงการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส", 40)
    assert len(lines) > 1
    assert "".join(lines) == "ประกาศเจตจำนงการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส"
    assert all(pdf.get_string_width(x) <= 40 for x in lines)
    assert not any(line.startswith(("่", "้", "ั", "ี", "ุ", "ู", "ำ", "ะ", "า")) for line in lines)
    url = "https://www.example.go.th/" + "a" * 200
    assert all(pdf.get_string_width(x) <= 60 for x in pdf.wrap(url, 60))


def test_hostile_and_odd_text_renders(tmp_path):
    report = hostile_report()
    items = list(report.items)
    items[0] = items[0].model_copy(
        update={"title": "表格 🙂 \x00\x1b โครงสร้าง", "problems": ["ก" * 3000]}
    )
    path = write_pdf(report.model_copy(update={"items": items}), tmp_path / "r.pdf")
    doc = pdfium.PdfDocument(path)
    try:
        assert len(doc) >= 1
    finally:
        doc.close()


def test_missing_font_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(report_pdf, "FONT_DIRS", (str(tmp_path),))
    monkeypatch.delenv("OIT_FONT_DIR", raising=False)
    with pytest.raises(FontNotFound, match="fonts-thai-tlwg-ttf"):
        write_pdf(sample_report(), tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_atomic_write_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old")

    def boom(self, *a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(report_pdf.ThaiPDF, "output", boom)
    with pytest.raises(OSError):
        write_pdf(sample_report(), path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_thai_words_are_cut_where_pythainlp_cuts_them():
    """The PDF's word list (a set, light) cuts every text as pythainlp's own trie does."""
    from pythainlp.tokenize import word_tokenize

    from reports.pdf import _tokenizer

    texts = [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ยังไม่พบ) ของเทศบาลตำบลบ้านท่วยยาง",
        "รายงานผลการดำเนินงาน: https://www.natun.go.th/ita/o7.pdf ปี2568 ไตรมาสที่ 2",
        "คะแนนประมาณการ 57.62 จาก 100 ผู้รับผิดชอบ: สำนักปลัด งานประชาสัมพันธ์",
    ]
    cut = _tokenizer()
    for text in texts:
        assert cut(text, engine="newmm", keep_whitespace=True) == word_tokenize(
            text, engine="newmm", keep_whitespace=True)
