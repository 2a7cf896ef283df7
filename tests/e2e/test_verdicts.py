"""End to end, on a small site served on 127.0.0.1: links to nothing (a 404 file, an empty file,
a file link the server answers with its home page) and a real Word file with a text box, as the
crawler, the matcher and every report see them (issue 14)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from crawler.serve import StaticSite
from tests import docmaker as dm
from tests.conftest import load_report, run_oit

MENU = ('<ul class="menu"><li><a href="/index.html">หน้าแรก</a></li><li><a href="/plan.html">แผนการดำเนินงาน</a></li>'
        '<li><a href="/manual.html">คู่มือการปฏิบัติงาน</a></li><li><a href="/ethics.html">ประมวลจริยธรรม</a></li></ul>')


def _page(title: str, body: str) -> str:
    return (f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><nav>{MENU}</nav><main><h1>{title}</h1>{body}</main></body></html>")


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    (site / "files").mkdir()
    (site / "index.html").write_text(_page("เทศบาลตำบลบ้านทดสอบ", "<p>ยินดีต้อนรับ</p>"), encoding="utf-8")
    # O6: a download page whose only file is missing (404).
    (site / "plan.html").write_text(_page(
        "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569",
        '<p>รายละเอียดตามไฟล์แนบ</p><p><a href="/files/action-plan-2569.pdf">ดาวน์โหลด</a></p>'), encoding="utf-8")
    # O8: the manual's file is empty.
    (site / "files" / "work-manual.pdf").write_bytes(b"")
    (site / "manual.html").write_text(_page(
        "คู่มือการปฏิบัติงาน", '<p><a href="/files/work-manual.pdf">คู่มือการปฏิบัติงาน (PDF)</a></p>'), encoding="utf-8")
    # O15: a Word file with its title in a text box (XPathEvalError before).
    (site / "files" / "ethics.docx").write_bytes(dm.make_docx_with_text_box(
        "ประมวลจริยธรรมของพนักงานเทศบาล", ["เทศบาลตำบลบ้านทดสอบ", "ประกาศ ณ วันที่ 1 ตุลาคม 2568",
                                            "ปีงบประมาณ พ.ศ. 2569", "หมวด 1 มาตรฐานทางจริยธรรม"] * 3))
    (site / "ethics.html").write_text(_page(
        "ประมวลจริยธรรม", '<p><a href="/files/ethics.docx">ประมวลจริยธรรมของพนักงานเทศบาล</a></p>'), encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    with StaticSite(site) as url:
        r = run_oit("audit", url, "--year", "2569", "--out", str(out), "--delay", "0", "--concurrency", "4")
    assert r.returncode == 0, r.stderr
    return out, {i["code"]: i for i in load_report(out)["items"]}


def test_a_download_page_whose_file_is_404_is_missing_and_names_the_link(audited):
    _, items = audited
    o6 = items["O6"]
    assert o6["status"] == "missing"
    assert [b["url"].rsplit("/", 1)[-1] for b in o6["broken_links"]] == ["action-plan-2569.pdf"]
    assert o6["broken_links"][0]["status"] == 404 and o6["broken_links"][0]["found_on"].endswith("/plan.html")
    assert "แก้ลิงก์นี้" in o6["problems"][0]


def test_an_empty_file_is_a_link_to_nothing(audited):
    _, items = audited
    o8 = items["O8"]
    assert o8["status"] == "missing" and "ไฟล์ว่าง" in o8["broken_links"][0]["error"]


def test_a_word_file_with_a_text_box_is_read(audited):
    _, items = audited
    o15 = items["O15"]
    assert o15["evidence"] and any(e["url"].endswith("ethics.docx") for e in o15["evidence"])
    assert not any("อ่านไฟล์ไม่ได้" in r for e in o15["evidence"] for r in e["reasons"])


def test_every_report_shows_the_broken_link_as_the_fix(audited):
    out, _ = audited
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "แก้ได้เร็วที่สุด" in html and "action-plan-2569.pdf" in html
    ws = load_workbook(out / "report.xlsx").worksheets
    cells = " ".join(str(c.value) for sheet in ws for row in sheet.iter_rows() for c in row if c.value)
    assert "action-plan-2569.pdf" in cells and "แก้ลิงก์นี้" in cells
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(out / "report.pdf"))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "action-plan-2569.pdf" in text.replace("\r\n", "").replace("\n", "")
