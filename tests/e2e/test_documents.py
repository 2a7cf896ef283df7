"""Documents through a real crawl: Thai PDF/DOCX/XLSX made here, served on 127.0.0.1, read,
dated and judged; bad files leave the audit finished with the document marked."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from crawler.serve import StaticSite
from tests import docmaker
from tests.conftest import load_report, run_oit

YEAR = 2565  # ITA 2565 has plans, 6-month and annual reports and monthly summaries


def _docx(lines: list[str]) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading(lines[0], level=1)
    for line in lines[1:]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _xlsx(rows: list[list]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _monthly(month: str) -> list[list]:
    return [
        [f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month}"],
        ["ลำดับ", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงิน", "วิธีซื้อหรือจ้าง"],
        [1, "จัดซื้อวัสดุสำนักงาน", 12500, "เฉพาะเจาะจง"],
    ]


PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav><a href="/">หน้าแรก</a> <a href="/docs.html">เอกสารเผยแพร่</a></nav>
<h1>{title}</h1>{body}</body></html>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("docsite")
    files = {
        "plan/pp65.docx": _docx([
            "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
            "เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดเชียงใหม่",
            "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๓ งบประมาณ ๑,๒๓๔,๕๖๗ บาท",
        ]),
        "m/2564-10.xlsx": _xlsx(_monthly("ตุลาคม ๒๕๖๔")),
        "m/2564-11.xlsx": _xlsx(_monthly("พฤศจิกายน ๒๕๖๔")),
        "m/2564-12.xlsx": _xlsx(_monthly("ธันวาคม ๒๕๖๔")),
        "m/2565-01.pdf": docmaker.make_pdf(lines=[r[0] for r in _monthly("มกราคม 2565")[:1]] + ["จัดซื้อวัสดุสำนักงาน 12,500 บาท"]),
        "m/2565-02.pdf": docmaker.make_pdf(lines=[r[0] for r in _monthly("กุมภาพันธ์ 2565")[:1]] + ["จ้างเหมาทำความสะอาด 8,000 บาท"]),
        "f/ac.pdf": docmaker.make_pdf(lines=[
            "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
            "เทศบาลตำบลบ้านใหม่ มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต",
        ]),
        "f/scan.pdf": docmaker.make_scanned_pdf(lines=["แผนการดำเนินงาน", "ประจำปีงบประมาณ 2565"]),
        "f/corrupt.pdf": b"%PDF-1.7\n" + os.urandom(3000) + b"\n%%EOF\n",
        "f/truncated.pdf": docmaker.make_pdf(pages=3, lines=[
            "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน ปีงบประมาณ 2565",
        ])[:2500],
        "f/bomb.docx": docmaker.make_zip_bomb(60),
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    with (root / "f/huge.pdf").open("wb") as fh:  # sparse: 200 MB announced, no disk used
        fh.truncate(200 * 1024 * 1024)
    rows = [
        ("แผนการจัดซื้อจัดจ้าง", "plan/pp65.docx", "ดาวน์โหลด"),
        ("สรุปผลการจัดซื้อจัดจ้างรายเดือน ต.ค. 64", "m/2564-10.xlsx", "ดาวน์โหลด"),
        ("สรุปผลการจัดซื้อจัดจ้างรายเดือน พ.ย. 64", "m/2564-11.xlsx", "ดาวน์โหลด"),
        ("สรุปผลการจัดซื้อจัดจ้างรายเดือน ธ.ค. 64", "m/2564-12.xlsx", "ดาวน์โหลด"),
        ("สรุปผลการจัดซื้อจัดจ้างรายเดือน ม.ค. 65", "m/2565-01.pdf", "ดาวน์โหลด"),
        ("สรุปผลการจัดซื้อจัดจ้างรายเดือน ก.พ. 65", "m/2565-02.pdf", "ดาวน์โหลด"),
        ("แผนปฏิบัติการป้องกันการทุจริต", "f/ac.pdf", "คลิกที่นี่"),
        ("แผนการดำเนินงาน", "f/scan.pdf", "ดาวน์โหลด"),
        ("แผนการใช้จ่ายงบประมาณประจำปี 2565", "f/corrupt.pdf", "ดาวน์โหลด"),
        ("รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน", "f/truncated.pdf", "ดาวน์โหลด"),
        ("รายงานผลการดำเนินงานประจำปี 2564", "f/huge.pdf", "ดาวน์โหลด"),
        ("รายงานผลการใช้จ่ายงบประมาณประจำปี 2564", "f/bomb.docx", "ดาวน์โหลด"),
    ]
    table = "".join(f'<tr><td>{t}</td><td><a href="/{u}">{a}</a></td></tr>' for t, u, a in rows)
    (root / "docs.html").write_text(
        PAGE.format(title="เอกสารเผยแพร่", body=f"<table>{table}</table>"), encoding="utf-8")
    (root / "index.html").write_text(
        PAGE.format(title="เทศบาลตำบลบ้านใหม่", body="<p>ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบลบ้านใหม่</p>"),
        encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def audit(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    with StaticSite(site) as url:
        r = run_oit("audit", url, "--year", str(YEAR), "--out", str(out), "--delay", "0",
                    "--concurrency", "4")
    assert r.returncode == 0, r.stderr
    facts = {}
    for line in (out / ".work" / "facts.jsonl").read_text(encoding="utf-8").splitlines():
        f = json.loads(line)
        facts[f["url"].split("/", 3)[3]] = f
    return load_report(out), facts


def _item(report, code):
    return next(i for i in report["items"] if i["code"] == code)


def test_thai_text_is_extracted_from_each_format(audit):
    _, facts = audit
    assert "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕" in facts["plan/pp65.docx"]["text"]
    assert facts["plan/pp65.docx"]["document"]["format"] == "docx"
    assert "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม ๒๕๖๔" in facts["m/2564-10.xlsx"]["text"]
    assert "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔" in facts["f/ac.pdf"]["text"]
    assert facts["f/scan.pdf"]["document"]["scanned"] is True


def test_fiscal_years_and_statuses(audit):
    report, _ = audit
    o21 = _item(report, "O21")  # procurement plan behind a generic "ดาวน์โหลด" link
    assert o21["status"] == "found"
    assert o21["evidence"][0]["url"].endswith("/plan/pp65.docx")
    assert 2565 in o21["evidence"][0]["years"]
    o39 = _item(report, "O39")  # anti-corruption plan of the year before
    assert o39["status"] == "outdated"
    assert any("2564" in p for p in o39["problems"])


def test_month_coverage_names_the_missing_month(audit):
    report, _ = audit
    o23 = _item(report, "O23")
    assert o23["status"] == "review"
    assert any("มี.ค. 2565" in p for p in o23["problems"])
    assert not any("ม.ค. 2565" in p for p in o23["problems"])


def test_scanned_pdf_never_found_on_ocr_alone(audit):
    report, _ = audit
    o10 = _item(report, "O10")
    assert o10["status"] == "review"
    assert o10["evidence"][0]["url"].endswith("/f/scan.pdf")


@pytest.mark.parametrize(
    ("code", "path", "words"),
    [
        ("O18", "f/corrupt.pdf", "corrupt"),
        ("O11", "f/truncated.pdf", "truncated"),
        ("O12", "f/huge.pdf", "too large"),
        ("O20", "f/bomb.docx", "archive bomb"),
    ],
)
def test_bad_documents_are_marked_and_the_audit_finishes(audit, code, path, words):
    report, facts = audit
    assert words in facts[path]["document"]["error"]
    item = _item(report, code)
    assert item["status"] == "review", item
    assert any(words in p for p in item["problems"])
