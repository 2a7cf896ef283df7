"""Documents behind a viewer page, and links that redirect: what the link leads to is evidence,
and the link (its text, its ITA row) counts for it. A real crawl of a small site on 127.0.0.1."""

from __future__ import annotations

import json

import pytest

from app.site_eval import audit_site
from crawler.viewers import viewed_document
from tests.docmaker import make_pdf

HOME = """<html><head><meta charset="utf-8"><title>เทศบาลตำบลทดสอบวิวเวอร์</title></head><body>
<h1>เทศบาลตำบลทดสอบวิวเวอร์</h1>
<ul>
<li><a href="/viewer/?file=/files/1699931466.pdf">แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569</a></li>
<li><a href="/about/structure">โครงสร้างส่วนราชการ</a></li>
</ul></body></html>"""
VIEWER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>PDF.js viewer</title>
<script>var params = new URLSearchParams(location.search); var DEFAULT_URL = params.get("file");</script>
<script src="/viewer/pdf.js"></script></head><body><div id="viewer" class="pdfViewer"></div>
<button id="print">พิมพ์</button><button id="download">ดาวน์โหลด</button></body></html>"""
STRUCTURE = """<html><head><meta charset="utf-8"><title>โครงสร้างส่วนราชการ</title></head><body>
<h1>โครงสร้างส่วนราชการ</h1><p>นายกเทศมนตรี รองนายกเทศมนตรี 2 คน สภาเทศบาล 12 คน</p>
<p>ปลัดเทศบาล สำนักปลัดเทศบาล กองคลัง กองช่าง กองสาธารณสุขและสิ่งแวดล้อม</p></body></html>"""


def test_a_viewer_address_names_its_document_on_the_same_site_only():
    assert viewed_document("http://a.go.th/viewer/?file=/files/p.pdf") == "http://a.go.th/files/p.pdf"
    assert viewed_document("http://a.go.th/pdfjs/web/viewer.html?file=..%2F..%2Fup%2Fp.pdf") == "http://a.go.th/up/p.pdf"
    assert viewed_document("http://a.go.th/viewer/?file=http://other.example/p.pdf") == ""
    assert viewed_document("http://a.go.th/news.php?id=7") == ""


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    site = tmp_path_factory.mktemp("viewersite")
    (site / "index.html").write_text(HOME, encoding="utf-8")
    (site / "viewer").mkdir()
    (site / "viewer" / "index.html").write_text(VIEWER, encoding="utf-8")
    (site / "files").mkdir()
    (site / "files" / "1699931466.pdf").write_bytes(make_pdf(lines=[
        "แผนปฏิบัติการป้องกันการทุจริต", "ประจำปีงบประมาณ พ.ศ. 2569", "เทศบาลตำบลทดสอบวิวเวอร์",
        "โครงการที่ 1 อบรมคุณธรรมจริยธรรมพนักงาน งบประมาณ 20,000 บาท ไตรมาส 2",
        "โครงการที่ 2 เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง งบประมาณ 5,000 บาท ทุกเดือน"]))
    (site / "about" / "structure").mkdir(parents=True)
    (site / "about" / "structure" / "index.html").write_text(STRUCTURE, encoding="utf-8")
    out = tmp_path_factory.mktemp("viewerreport") / "report"
    report = audit_site(site, out, 2569)
    facts = [json.loads(ln) for ln in (out / ".work" / "facts.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    return report, facts


def test_the_file_a_viewer_shows_is_fetched_and_cited_with_its_link(audited):
    report, facts = audited
    doc = next(f for f in facts if f["url"].endswith("/files/1699931466.pdf"))
    assert doc["kind"] == "document" and "/viewer/?file=" in doc["requested_url"]
    item = next(i for i in report["items"] if i["code"] == "O23")  # 2569: the anti-corruption plan
    assert item["status"] == "found", item
    assert item["evidence"][0]["url"].endswith("/files/1699931466.pdf")
    assert any("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ" in r for r in item["evidence"][0]["reasons"])


def test_a_redirected_link_counts_for_the_page_it_leads_to(audited):
    report, facts = audited
    page = next(f for f in facts if f["url"].endswith("/about/structure/"))
    assert page["requested_url"].endswith("/about/structure")  # the address the link named
    item = next(i for i in report["items"] if i["code"] == "O1")
    ev = next(e for e in item["evidence"] if e["url"].endswith("/about/structure/"))
    assert any("ข้อความลิงก์" in r for r in ev["reasons"]), ev
