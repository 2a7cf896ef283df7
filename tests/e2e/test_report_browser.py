"""report.html in a real headless browser (Debian ``chromium``), driven by plain subprocess calls.

``--dump-dom`` prints the DOM after the page loaded and any script on it would have run, so it
shows what a reader sees and whether crawled text ever ran as code. ``--screenshot`` and
``--print-to-pdf`` check the phone layout and the A4 print. Control pages prove the harness does
notice a script that runs. Skipped, with the reason, where no chromium binary is installed.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from reports.html import render_html, write_html
from tests.report_samples import (
    AGENCY,
    PWN_IMG,
    PWN_JS,
    PWN_SCRIPT,
    hostile_report,
    sample_report,
)

CHROMIUM = os.environ.get("OIT_CHROMIUM") or shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium binary on PATH: `apt-get install chromium` to run the real-browser tests",
)

CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>')
PHONE = (390, 2000)


def chromium(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """Run headless chromium once with a throw-away profile and home; fail loudly on error."""
    with tempfile.TemporaryDirectory(prefix="oit-chromium-") as tmp:
        cmd = [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
            f"--user-data-dir={tmp}/profile", *args,
        ]  # fmt: skip
        env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_CACHE_HOME": tmp}
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env, check=False)
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace")[-2000:]
        pytest.fail(f"chromium exited {proc.returncode}: {tail}")
    return proc


def dump_dom(path: Path, size: tuple[int, int] = (1200, 2000)) -> BeautifulSoup:
    """The DOM after load and after any script (given time for async handlers like onerror)."""
    proc = chromium(
        f"--window-size={size[0]},{size[1]}",
        "--virtual-time-budget=1000",
        "--dump-dom",
        path.as_uri(),
    )
    dom = proc.stdout.decode("utf-8")
    assert "<html" in dom, "chromium printed no DOM"
    return BeautifulSoup(dom, "html.parser")


def text_of(node) -> str:
    return " ".join(node.get_text(" ").split())


def assert_nothing_ran(soup: BeautifulSoup) -> None:
    assert soup.find(attrs={"data-pwned": True}) is None, "a crawled payload ran in the report"
    title = soup.title.get_text() if soup.title else ""
    assert title != "PWNED" and title.startswith("รายงานตรวจ OIT"), title
    for name in ("script", "img", "iframe", "object", "embed", "base", "form"):
        assert soup.find(name) is None, f"<{name}> from crawled text became an element"
    for tag in soup.find_all(True):
        for attr, value in tag.attrs.items():
            assert not attr.lower().startswith("on"), (tag.name, attr)
            if attr in ("href", "src", "action", "formaction"):
                assert not str(value).strip().lower().startswith(("javascript:", "data:")), value


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The reports under test, written as a user would open them (file://)."""
    folder = tmp_path_factory.mktemp("report-browser")
    out = {}
    out["sample"] = write_html(sample_report(), folder / "sample" / "report.html")
    out["hostile"] = write_html(hostile_report(), folder / "hostile" / "report.html")
    # the same hostile report with the CSP removed: escaping alone must keep it inert
    bare, n = CSP_META.subn("", render_html(hostile_report()))
    assert n == 1
    out["hostile_no_csp"] = folder / "hostile-no-csp.html"
    out["hostile_no_csp"].write_text(bare, encoding="utf-8")
    return out


# --- what a reader sees ----------------------------------------------------------------------


def test_reader_sees_thai_summary_score_and_gap_list(files):
    soup = dump_dom(files["sample"])
    assert soup.html["lang"] == "th"
    assert soup.title.get_text() == f"รายงานตรวจ OIT: {AGENCY} (ITA 2569)"
    assert text_of(soup.select_one("h1.agency")) == AGENCY
    summary = soup.find(id="summary")
    text = text_of(summary)
    assert "สรุปสำหรับผู้บริหาร" in text
    assert soup.select_one(".oit-estimate").get_text() == "12.5"
    assert "ต่ำกว่าเกณฑ์ผ่าน 85.0" in text
    assert soup.select_one(".distance").get_text() == "72.5"
    assert "ผลทางการ ITA 2568" in text and "53.8" in text  # last year's OIT from the profile
    # the chart is drawn: one row per indicator plus the total, and the 85 line
    chart = summary.find("svg")
    assert chart is not None
    assert [g["data-indicator"] for g in chart.select("g.chart-row")] == ["OIT", "9", "10"]
    assert "เกณฑ์ผ่าน 85.0" in text_of(chart)
    # the fixes that raise the score most, with their unit
    first_fix = summary.select_one("ol.fixes li")
    assert first_fix["data-code"] in {"O27", "O33"} and first_fix["data-gain"] == "25.0"
    # the gap list, grouped by unit, every gap with its Thai status
    cards = soup.select("#gaps article.card")
    assert sorted(c["data-code"] for c in cards) == ["O10", "O12", "O16", "O27", "O33"]
    labels = {c["data-code"]: text_of(c.select_one(".badge")) for c in cards}
    assert labels["O12"] == "ไม่พบ" and labels["O10"] == "ล้าสมัย" and labels["O33"] == "ต้องตรวจสอบ"
    units = [text_of(g.find("h3")) for g in soup.select("#gaps .unit-group")]
    assert "กองคลัง" in units and units[-1] == "ยังไม่ระบุผู้รับผิดชอบ"
    # measures with their monitoring due dates in Thai
    measures = text_of(soup.find(id="measures"))
    assert "มาตรการป้องกันการทุจริต" in measures
    assert "รอบ 6 เดือน: 31 มีนาคม 2569" in measures
    assert "รอบ 12 เดือน: 30 กันยายน 2569" in measures
    assert "412" in text_of(soup.find(id="method"))


# --- crawled text never runs -------------------------------------------------------------------


def test_hostile_crawl_data_does_not_run(files):
    soup = dump_dom(files["hostile"])
    assert_nothing_ran(soup)
    # the payloads are there, as text the reader can see
    card = soup.select_one('#gaps [data-code="O27"]')
    assert PWN_SCRIPT in card.get_text() and PWN_IMG in card.get_text()
    assert f"javascript:{PWN_JS}" in card.get_text()
    assert PWN_SCRIPT in soup.select_one("h1.agency").get_text()


def test_escaping_alone_keeps_payloads_inert_without_csp(files):
    assert "Content-Security-Policy" not in files["hostile_no_csp"].read_text(encoding="utf-8")
    assert_nothing_ran(dump_dom(files["hostile_no_csp"]))


def test_harness_notices_a_payload_that_runs(tmp_path):
    """Control: the same payloads, unescaped and without CSP, do run and mark the page."""
    for name, payload in (("script", PWN_SCRIPT), ("img", PWN_IMG)):
        page = tmp_path / f"{name}.html"
        page.write_text(
            f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>รายงานตรวจ OIT</title>'
            f"</head><body><p>ทดสอบ</p>{payload}</body></html>",
            encoding="utf-8",
        )
        soup = dump_dom(page)
        assert soup.body.get("data-pwned") == "1", name
        assert soup.title.get_text() == "PWNED", name


# --- phone and print -----------------------------------------------------------------------------

PROBE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>probe</title></head>
<body style="margin:0">
<iframe id="phone" style="width:%dpx;height:%dpx;border:0" srcdoc="%s"></iframe>
<script>
(function () {
  var frame = document.getElementById('phone');
  function measure() {
    var doc = frame.contentDocument, win = frame.contentWindow, W = win.innerWidth, bad = [];
    function scrolls(e) {  // inside a box that scrolls sideways on purpose (tables, menu)
      for (var p = e.parentElement; p && p !== doc.body; p = p.parentElement) {
        var o = win.getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    }
    doc.querySelectorAll('body *').forEach(function (e) {
      if (scrolls(e)) return;
      var r = e.getBoundingClientRect();
      if (r.width > 0 && r.right > W + 1) {
        var c = typeof e.className === 'string' ? e.className.split(' ')[0] : '';
        bad.push(e.tagName.toLowerCase() + (c ? '.' + c : ''));
      }
    });
    // nothing a reader needs hides in a sideways-scrolling box: tables and the menu fit
    var clipped = [];
    doc.querySelectorAll('table, nav.toc').forEach(function (t) {
      var r = t.getBoundingClientRect();
      if (t.scrollWidth > t.clientWidth + 1 || r.right > W + 1) clipped.push(t.tagName.toLowerCase() + '.' + (t.className || ''));
    });
    // Thai lines break between words (the browser's Thai word breaking, as Intl.Segmenter
    // finds words), never inside one; URLs may break anywhere
    var seg = new Intl.Segmenter('th', {granularity: 'word'}), broken = [], range = doc.createRange();
    var walk = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT), node, lines = 0;
    var thai = /[\u0e00-\u0e7f]/;
    while ((node = walk.nextNode())) {
      var text = node.data, el = node.parentElement;
      if (!/[\u0e00-\u0e7f]{2}/.test(text) || el.closest('.url, code, svg') || !el.getClientRects().length) continue;
      var bounds = {};
      for (var s of seg.segment(text)) bounds[s.index] = true;
      var last = null;
      for (var i = 0; i < text.length; i++) {
        range.setStart(node, i); range.setEnd(node, i + 1);
        var rects = range.getClientRects();
        if (!rects.length || /\\s/.test(text[i])) continue;
        var top = Math.round(rects[0].top);
        if (last !== null && top > last + 2) {
          lines++;
          if (!bounds[i] && thai.test(text[i]) && thai.test(text[i - 1] || '')) broken.push(text.slice(Math.max(0, i - 6), i) + '|' + text.slice(i, i + 6));
        }
        last = top;
      }
    }
    var b = document.body;
    b.setAttribute('data-clipped', clipped.join(' '));
    b.setAttribute('data-broken', broken.slice(0, 20).join(' / '));
    b.setAttribute('data-wrapped-lines', lines);
    b.setAttribute('data-inner-width', W);
    b.setAttribute('data-scroll-width', doc.documentElement.scrollWidth);
    b.setAttribute('data-overflow', bad.slice(0, 20).join(' '));
    b.setAttribute('data-body-font', win.getComputedStyle(doc.body).fontSize);
    b.setAttribute('data-sections', doc.querySelectorAll('section.block').length);
  }
  if (frame.contentDocument && frame.contentDocument.readyState === 'complete'
      && frame.contentDocument.body && frame.contentDocument.body.childElementCount) measure();
  else frame.addEventListener('load', measure);
})();
</script>
</body></html>"""


def test_phone_layout_fits_390px(files, tmp_path):
    """At 390 px nothing sticks out sideways, no table or menu needs scrolling, and Thai text
    wraps between words.

    The report is measured inside a 390 px iframe (srcdoc, so the probe's script may read it;
    the report itself keeps its CSP): headless chromium keeps windows at least 500 px wide.
    """
    report = files["sample"].read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(PROBE % (*PHONE, html.escape(report, quote=True)), encoding="utf-8")
    body = dump_dom(probe).body
    assert body.get("data-inner-width") == "390", "the probe did not measure the report"
    assert int(body["data-sections"]) >= 5
    assert int(body["data-scroll-width"]) <= 390, body["data-overflow"]
    assert body["data-overflow"] == ""
    assert body["data-clipped"] == "", "a table or the menu is cut off at 390 px"
    assert int(body["data-wrapped-lines"]) > 50  # the probe did see Thai text wrap
    assert body["data-broken"] == "", "Thai words broken inside: " + body["data-broken"]
    assert float(body["data-body-font"].removesuffix("px")) >= 14


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    # the image data decompresses (a truncated or empty file would not)
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    assert len(zlib.decompress(idat)) >= height * width * 3
    return width, height


def test_phone_screenshot_is_a_nonblank_png(files, tmp_path):
    shot = tmp_path / "phone.png"
    chromium(
        f"--window-size={PHONE[0]},{PHONE[1]}", f"--screenshot={shot}", files["sample"].as_uri()
    )
    data = shot.read_bytes()
    assert png_size(data) == PHONE
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with the test extras
        return
    with Image.open(shot) as im:
        rgb = im.convert("RGB")
        low, high = rgb.convert("L").getextrema()
        assert high - low > 150, "the screenshot is blank"
        assert len(rgb.getcolors(maxcolors=1 << 20) or []) > 50
        # the masthead is the report's navy (#17365d): the stylesheet was applied
        r, g, b = rgb.getpixel((5, 5))
        assert abs(r - 0x17) < 12 and abs(g - 0x36) < 12 and abs(b - 0x5D) < 12


def test_prints_on_a4(files, tmp_path):
    pdf = tmp_path / "report.pdf"
    chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", files["sample"].as_uri())
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        assert len(doc) >= 2  # the executive summary, then the work list on a new page
        for page in doc:
            w, h = page.get_size()
            assert abs(w - 595.3) < 2 and abs(h - 841.9) < 2, (w, h)  # A4 portrait in points
    finally:
        doc.close()
