"""End to end: crawl test websites served on 127.0.0.1 and check the verdicts a user would read."""

from __future__ import annotations

import shutil

import pytest
import yaml

from app.site_eval import compare_with_truth
from crawler.serve import SAMPLE_SITE, StaticSite
from reports.models import AuditReport
from tests.conftest import SITES, load_report, run_oit


def _by_code(report: dict) -> dict[str, dict]:
    return {i["code"]: i for i in report["items"]}


def _first_path(item: dict) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(item["evidence"][0]["url"]).path)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "report"
    r = run_oit("demo", "--out", str(out))
    assert r.returncode == 0, r.stderr
    return r, out, load_report(out)


def test_demo_prints_summary_and_writes_reports(demo):
    r, out, report = demo
    assert "estimated OIT score" in r.stdout
    assert str(out / "report.html") in r.stdout
    AuditReport.model_validate(report)  # valid against the model that wrote it
    assert report["assessment_year"] == 2569
    assert report["checklist_confirmed"] is False and report["checklist_notes"]
    assert report["crawl"]["pages"] >= 20 and report["crawl"]["documents"] >= 10
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "คะแนน" in html and "O26" in html
    assert not list(out.glob("*.tmp")) and not list(out.glob(".report*"))


def test_demo_verdicts_match_the_truth(demo):
    _, _, report = demo
    truth = yaml.safe_load((SAMPLE_SITE / "_truth.yaml").read_text(encoding="utf-8"))
    m = compare_with_truth(report, truth)
    wrong = [row for row in m["rows"] if row["want"] != row["got"] or row["first_ok"] is False]
    assert m["presence_precision"] == 1.0, wrong
    assert m["presence_recall"] >= 0.9, wrong
    assert m["first_evidence_accuracy"] >= 0.9, wrong
    assert m["status_accuracy"] >= 0.9, wrong


def test_demo_specific_cases(demo):
    _, _, report = demo
    items = _by_code(report)
    # A multi-year plan covering the year, submitted as the PDF itself.
    assert items["O5"]["status"] == "found"
    assert _first_path(items["O5"]) == "/files/plan/dev-plan-2566-2570.pdf"
    # Last year's plan behind a link text with no year: outdated, and the news of a meeting to
    # draft the plan is not taken for the plan.
    assert items["O23"]["status"] == "outdated"
    assert _first_path(items["O23"]) == "/files/doc_1234.pdf"
    assert all("n690120" not in e["url"] for e in items["O23"]["evidence"][:1])
    # Monthly summaries: the missing months are named.
    assert items["O11"]["status"] == "review"
    assert any("ก.พ. 2569" in p or "มี.ค. 2569" in p for p in items["O11"]["problems"])
    # Only a broken link: missing, and the broken link is listed.
    assert items["O21"]["status"] == "missing"
    assert any("risk-assessment-2569.pdf" in p for p in items["O21"]["problems"])
    assert any(b["url"].endswith("risk-assessment-2569.pdf") and b["status"] == 404
               for b in report["crawl"]["broken_links"])
    # A placeholder PDF is a link to nothing: missing, and the link to fix is named.
    assert items["O26"]["status"] == "missing"
    assert [b["url"].rsplit("/", 1)[-1] for b in items["O26"]["broken_links"]] == ["O26.pdf"]
    assert items["O21"]["broken_links"][0]["status"] == 404
    # Evidence behind a generic "ดาวน์โหลด" link is found by the document's content.
    assert items["O13"]["status"] == "found"
    assert _first_path(items["O13"]) == "/file/2569/03/abc.pdf"
    # Every verdict says why.
    assert all(i["reasons"] for i in report["items"])
    first = items["O1"]["evidence"][0]
    assert first["click_path"] and first["reasons"]


@pytest.fixture(scope="module")
def oldcms(tmp_path_factory):
    out = tmp_path_factory.mktemp("oldcms")
    with StaticSite(SITES / "oldcms") as url:
        r = run_oit("audit", url, "--out", str(out), "--delay", "0", "--concurrency", "4")
    assert r.returncode == 0, r.stderr
    return out, load_report(out)


def test_windows_874_site_with_only_a_meta_charset(oldcms):
    out, report = oldcms
    facts = [
        __import__("json").loads(line)
        for line in (out / ".work" / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    home = next(f for f in facts if f["depth"] == 0)
    assert "องค์การบริหารส่วนตำบลเก่าแก่" in home["title"] + home["text"]
    assert not any("\ufffd" in f["title"] + f["text"] for f in facts if f["kind"] == "page")


def test_oldcms_verdicts_match_the_truth(oldcms):
    _, report = oldcms
    truth = yaml.safe_load((SITES / "oldcms" / "_truth.yaml").read_text(encoding="utf-8"))
    m = compare_with_truth(report, truth)
    wrong = [row for row in m["rows"] if row["want"] != row["got"] or row["first_ok"] is False]
    assert m["presence_precision"] >= 0.95, wrong
    assert m["presence_recall"] >= 0.9, wrong
    assert m["first_evidence_accuracy"] >= 0.9, wrong
    assert m["status_accuracy"] >= 0.85, wrong


# --- the four report files read in Thai ---------------------------------------------------------


def _outputs(out) -> dict[str, str]:
    """What a reader sees in each report file: the HTML text, the PDF text (pdftotext, the
    same extractor Thai PDF readers use), every XLSX cell."""
    import re
    import subprocess

    import openpyxl
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((out / "report.html").read_text(encoding="utf-8"), "html.parser")
    for style in soup(["style"]):
        style.decompose()
    pdf = subprocess.run(["pdftotext", str(out / "report.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout
    wb = openpyxl.load_workbook(out / "report.xlsx")
    cells = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    flat = re.compile(r"\s+")
    return {"html": flat.sub(" ", soup.get_text(" ")), "pdf": pdf, "xlsx": "\n".join([*wb.sheetnames, *cells]),
            "work": "\n".join(str(c.value) for c in wb["รายการงาน"]["E"] if c.value),
            "itas": "\n".join(str(c.value) for c in wb["ITAS"]["D"] if c.value)}


def _wrapped_in(needle: str, hay: str, window: int = 400) -> bool:
    """``needle`` is in ``hay`` as pieces of 4+ characters in order, each within ``window``
    characters of the one before (the lines of a wrapped table cell, other cells between)."""
    i, start = 0, None
    while i < len(needle):
        for k in range(len(needle) - i, 0, -1):
            j = hay.find(needle[i : i + k]) if start is None else hay.find(needle[i : i + k], start, start + window + k)
            if j >= 0:
                break
        else:
            return False
        if k < 4 and i + k < len(needle):
            return False
        i, start = i + k, j + k
    return True


@pytest.fixture(scope="module")
def site_reports(demo, oldcms):
    """(report.json, what each file shows) of the demo and of a test site."""
    _, demo_out, demo_report = demo
    oldcms_out, oldcms_report = oldcms
    return [(demo_report, _outputs(demo_out)), (oldcms_report, _outputs(oldcms_out))]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("status", ["outdated", "review", "missing"])
def test_every_gap_says_what_to_do_in_all_four_files(site_reports, status):
    import re

    seen = 0
    for report, files in site_reports:
        year = str(report["assessment_year"])
        pdf_flat = re.sub(r"\s+", "", files["pdf"])
        for item in report["items"]:
            if item["status"] != status:
                continue
            seen += 1
            action = item["action"]
            # one concrete Thai sentence: what to do, for which year or on which page
            assert re.search(r"[\u0e00-\u0e7f]{20}", action), (item["code"], action)
            assert year in action or str(int(year) - 1) in action or "http" in action, action
            assert action.startswith(("เผยแพร่", "แทน", "เพิ่ม", "แก้", "ใส่", "ระบุ", "ตรวจ", "นำ")), action
            if status == "outdated":
                assert "แทน" in action and any(str(y) in action for e in item["evidence"][:1] for y in e["years"])
            assert action in files["html"], item["code"]
            assert action in files["work"] and action in files["itas"], item["code"]
            # the PDF wraps the sentence over the lines of a table cell
            assert _wrapped_in(re.sub(r"\s+", "", action), pdf_flat), (item["code"], action)
    assert seen, f"no {status} item in the demo and test-site reports"


# English a Thai report may keep: acronyms of the assessment, official English item names, the
# grade letter and item codes (one letter once digits are cut off), the tool's name and command
ALLOWED_ENGLISH = {"ITA", "OIT", "ITAS", "PDF", "URL", "No", "Gift", "Policy", "NO", "GIFT", "POLICY",
                   "E-Service", "Service", "Social", "Network", "oit-audit",
                   "oit", "profile", "init"}  # the command a reader types: oit profile init


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_reports_have_no_english_words(site_reports):
    import re

    url = re.compile(r"(?:https?|javascript|mailto):\S+|[\w./-]+\.(?:pdf|xlsx|html?|json|docx?|txt)\b"
                     r'|คำใน URL "[^"]*"|[\w-]+(?:\.[\w-]+)+\.(?:go|or|ac|in)\.th\b', re.I)
    for _report, files in site_reports:
        for name in ("html", "pdf", "xlsx"):
            text = re.sub(r"(?<=[\w./:-])\n(?=[\w./-])", "", files[name])  # URLs wrapped in the PDF
            words = {w for w in re.findall(r"[A-Za-z][A-Za-z-]*", url.sub(" ", text)) if len(w) > 1}
            assert words <= ALLOWED_ENGLISH, (name, sorted(words - ALLOWED_ENGLISH))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_html_pdf_xlsx_numbers_agree(demo, site_reports):
    from bs4 import BeautifulSoup

    _, out, report = demo
    files = site_reports[0][1]
    soup = BeautifulSoup((out / "report.html").read_text(encoding="utf-8"), "html.parser")
    score = soup.select_one(".oit-estimate").get_text()
    assert score == f"{round(report['score']['oit_estimate'], 1):.1f}"
    pdf = " ".join(files["pdf"].split())
    assert score in pdf and soup.select_one(".distance").get_text() in pdf
    fixes = soup.select("ol.fixes li.fix")
    assert fixes
    for li in fixes:  # the same gain and running total in the PDF's table
        assert f"+{li['data-gain']}" in pdf
        assert li.select_one(".fix-meta").get_text().split("ประมาณ ")[1].split()[0] in pdf
    import openpyxl

    about = openpyxl.load_workbook(out / "report.xlsx")["ข้อมูลการตรวจ"]
    values = {r[0].value: r[1].value for r in about.iter_rows()}
    assert f"{values['คะแนน OIT (ประมาณการ ไม่ใช่ผลอย่างเป็นทางการ)']:.1f}" == score
