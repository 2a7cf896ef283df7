"""Every period rule of checklist.rules.judge_period, directly: what meets, what is outdated,
what is neither, for ITA 2569 (current FY 2569 = Oct 2568 - Sep 2569, previous FY 2568)."""

from __future__ import annotations

import pytest

from checklist.models import Item, Period
from checklist.rules import judge_period, missing_months
from common.thai import MonthRef

YEAR = 2569


def item(period: Period) -> Item:
    return Item(code="O9", title="รายการทดสอบ", subindicator="9.1", topics=["laws"], period=period)


def verdict(period: Period, text: str, fallback: str = "", title: str = ""):
    v = judge_period(item(period), YEAR, text, fallback, title)
    return ("meets" if v.meets else "outdated" if v.outdated else "no"), v


@pytest.mark.parametrize(("text", "want"), [
    ("กฎหมายที่เกี่ยวข้อง", "meets"),
    ("พระราชบัญญัติเทศบาล พ.ศ. 2496", "meets"),  # an old year does not matter
])
def test_timeless(text, want):
    assert verdict(Period.timeless, text)[0] == want


@pytest.mark.parametrize(("text", "want"), [
    ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", "meets"),  # a span covering the year
    ("แผนพัฒนาท้องถิ่น พ.ศ. 2566-70", "meets"),  # short end year
    ("แผนยุทธศาสตร์ ปี 2569", "meets"),  # the year itself
    ("แผนพัฒนาท้องถิ่น (พ.ศ. 2561 - 2565)", "outdated"),  # ended before the year
    ("แผนพัฒนาท้องถิ่น พ.ศ. 2565", "outdated"),
    ("แผนพัฒนาท้องถิ่น (พ.ศ. 2571 - 2575)", "no"),  # a later plan: not outdated, not covering
    ("แผนพัฒนาท้องถิ่น", "no"),  # no years at all
])
def test_multi_year_plan(text, want):
    assert verdict(Period.multi_year_plan, text)[0] == want


@pytest.mark.parametrize(("text", "want"), [
    ("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "meets"),
    ("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568", "outdated"),
    ("แผนการดำเนินงาน", "no"),
    ("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570", "no"),  # a later year is not this one
])
def test_current_fy(text, want):
    assert verdict(Period.current_fy, text)[0] == want


@pytest.mark.parametrize(("text", "want"), [
    ("รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ 2569", "meets"),
    ("รายงานผลการดำเนินงาน ครึ่งปี ปีงบประมาณ 2569", "meets"),
    ("รายงานผลการดำเนินงาน ปีงบประมาณ 2569 ตุลาคม 2568 - มีนาคม 2569", "meets"),  # months up to March
    ("รายงานผลการดำเนินงาน ปีงบประมาณ 2569 ตุลาคม 2568 - ธันวาคม 2568", "no"),  # only a quarter
    ("รายงานผลการดำเนินงาน ปีงบประมาณ 2569", "no"),  # no six-month period named
    ("รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ 2568", "outdated"),
])
def test_first_half_fy(text, want):
    got, v = verdict(Period.first_half_fy, text)
    assert got == want, v
    if got == "no" and "2569" in text:
        assert any("6 เดือน" in p for p in v.problems)


@pytest.mark.parametrize(("text", "want"), [
    ("รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2568", "meets"),
    ("รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2567", "outdated"),
    ("รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2569", "no"),  # this year's: results not in yet
    ("รายงานผลการดำเนินงาน", "no"),
])
def test_previous_fy(text, want):
    assert verdict(Period.previous_fy, text)[0] == want


def test_a_plans_span_in_a_reports_title_names_no_year_of_results():
    # "รายงานการติดตามและประเมินผลแผน ... (พ.ศ. 2564 - 2568) ระยะครึ่งแผน": the plan's years, not
    # FY2568's results; its text says which years' results it gives
    title = "รายงานการติดตามและประเมินผลแผนปฏิบัติราชการระยะ 5 ปี (พ.ศ. 2564 - 2568) ระยะครึ่งแผน"
    got, v = verdict(Period.previous_fy, "การประเมินผลครึ่งแผน ครอบคลุมผลการดำเนินงานปีงบประมาณ พ.ศ. 2564 - 2566",
                     title=title)
    assert got == "outdated" and v.years == [2564, 2565, 2566], v
    assert verdict(Period.previous_fy, "", title="รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2568 (แผน 2566-2570)")[0] == "meets"
    # for a multi-year plan the span is what counts (this one ended before 2569)
    assert verdict(Period.multi_year_plan, "", title=title)[0] == "outdated"


def test_monthly_first_half():
    got, v = verdict(Period.monthly_first_half, "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568 และพฤศจิกายน 2568")
    assert got == "meets" and v.months == [MonthRef(2568, 10), MonthRef(2568, 11)]
    assert verdict(Period.monthly_first_half, "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนมกราคม 2568")[0] == "outdated"
    assert verdict(Period.monthly_first_half, "สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2569")[0] == "meets"
    assert verdict(Period.monthly_first_half, "สรุปผลการจัดซื้อจัดจ้าง")[0] == "no"
    gaps = missing_months(item(Period.monthly_first_half), YEAR, {MonthRef(2568, 10), MonthRef(2569, 3)})
    assert gaps == [MonthRef(2568, 11), MonthRef(2568, 12), MonthRef(2569, 1), MonthRef(2569, 2)]
    assert missing_months(item(Period.current_fy), YEAR, set()) == []


def test_the_title_decides_and_the_url_only_when_nothing_names_a_year():
    # The title's year wins over other years in the text (a publication date, a later plan).
    assert verdict(Period.current_fy, "เผยแพร่ 1 พ.ย. 2569 ปีงบประมาณ 2569",
                   title="แผนการดำเนินงาน ประจำปีงบประมาณ 2568")[0] == "outdated"
    assert verdict(Period.current_fy, "ไม่มีปี", title="แผนการดำเนินงาน")[0] == "no"
    # The upload folder is read only when the text names no year.
    assert verdict(Period.current_fy, "แผนการดำเนินงาน", "/uploads/2569/03/plan.pdf")[0] == "meets"
    assert verdict(Period.current_fy, "แผนการดำเนินงาน ปีงบประมาณ 2568", "/uploads/2569/03/plan.pdf")[0] == "outdated"


def test_a_dated_title_is_of_the_fiscal_year_of_its_date():
    # An activity held 18 Nov 2568 belongs to FY2569 (Oct 2568 - Sep 2569).
    assert verdict(Period.current_fy, "", title="๑๘/๑๑/๒๕๖๘ ประชุมประชาคมหมู่บ้าน")[0] == "meets"
    assert verdict(Period.current_fy, "", title="ประชุมประชาคม 5 กันยายน 2568")[0] == "outdated"


def test_a_notice_naming_only_dates_is_of_their_fiscal_year() -> None:
    """A price-inquiry notice (a real PDF made here) whose only years are the dates to buy the
    documents and open the bids, in November 2568: it is a notice of FY2569, not of 2568. A
    year named outside a date still decides ("ปี 2568" of a report signed in October 2568)."""
    from crawler.documents import extract_document
    from tests import docmaker as dm

    notice = dm.make_pdf(lines=[
        "ประกาศเทศบาลตำบลบ้านใหม่",
        "เรื่อง สอบราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๓",
        "กำหนดขายเอกสารสอบราคา ตั้งแต่วันที่ ๒-๑๓ พฤศจิกายน ๒๕๖๘",
        "กำหนดเปิดซองสอบราคา วันที่ ๑๖ พฤศจิกายน ๒๕๖๘ เวลา ๑๐.๐๐ น.",
        "ประกาศ ณ วันที่ ๒ เดือน พฤศจิกายน พ.ศ. ๒๕๖๘",  # the official form, "เดือน" before the month
    ])
    text, info = extract_document(notice, "https://x/notice.pdf")
    assert info.error == ""
    state, v = verdict(Period.current_fy, text)
    assert state == "meets" and v.years == [2569]
    state, v = verdict(Period.current_fy, "รายงานผลการดำเนินงาน ปี 2568 ลงวันที่ 30 ตุลาคม 2568")
    assert state == "outdated" and v.years == [2568]


def test_a_police_or_military_rank_or_a_doctors_title_names_a_person():
    # A police station's executives page lists "พ.ต.อ.ธีรวัฒน์ ..., ผกก.สภ...."; a hospital's "นพ.";
    # a month abbreviation before a word ("1 พ.ย. ถึง") names nobody.
    from checklist.rules import _NAME, _POSITION

    for text in ("พ.ต.อ.ธีรวัฒน์ แสงอรุณ", "ด.ต.สมชาย ใจดี", "จ.ส.อ. สมหมาย", "พล.ต.ท.สมศักดิ์", "นพ.สมศักดิ์"):
        assert _NAME.search(text), text
    for text in ("1 พ.ย. ถึง 30 พ.ย.", "ส.ค. กำหนด", "พ.ค. นี้"):
        assert not _NAME.search(text), text
    assert _POSITION.search("ผกก.สภ.ดงพะเนา") and _POSITION.search("สารวัตรสอบสวน")


def test_a_signed_report_with_one_row_in_progress_is_no_placeholder():
    from checklist.rules import is_placeholder

    report = ("รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต\nรอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘)\n"
              "ที่ ความเสี่ยง การดำเนินการ ผล\n๑ การตรวจรับงานก่อสร้าง ตรวจหน้างาน ๒๒ โครงการ อยู่ระหว่างดำเนินการ\n"
              "ลงวันที่ ๑๘ เมษายน ๒๕๖๘\n(นางวิไลวรรณ ทองประเสริฐ) ปลัดองค์การบริหารส่วนจังหวัดตัวอย่าง")
    assert not is_placeholder(report)
    assert is_placeholder("รายงานผลการดำเนินการ ประจำปี 2568\nอยู่ระหว่างดำเนินการ")


def test_a_bangkok_address_is_an_address():
    # A department in Bangkok writes แขวง and เขต, not ตำบล and อำเภอ (deptsite O3)
    from checklist.load import load_checklist
    from checklist.rules import check_requirements

    o3 = load_checklist(2569).item("O3")
    text = ("ติดต่อเรา\nกรมตัวอย่าง เลขที่ 88/8 ถนนรัชดาภิเษก แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310\n"
            "โทรศัพท์ 0 2354 7810 อีเมล saraban@example.go.th")
    shown, _ = check_requirements(o3, text, [], 0, 0)
    assert "ที่อยู่" in shown


def test_a_form_server_is_an_online_form():
    # "แบบฟอร์มร้องเรียนออนไลน์" linking https://forms.<agency host>/complaint (cdoffice O18)
    from checklist.load import load_checklist
    from checklist.rules import check_requirements

    o10 = load_checklist(2568).item("O10")
    shown, _ = check_requirements(o10, "E-Service ยื่นคำร้องออนไลน์", ["https://forms.example.go.th/otop"], 0, 0)
    assert shown


def test_a_codes_enactment_year_in_a_title_is_not_the_year_it_is_of():
    # groundwater O16: the civil-service code (พ.ศ. 2564) with the office's ethics drive of FY2568
    title = "ประมวลจริยธรรมข้าราชการพลเรือน พ.ศ. 2564 และข้อกำหนดจริยธรรม"
    text = f"{title}\nแผนการขับเคลื่อนจริยธรรม ประจำปีงบประมาณ พ.ศ. 2569"
    assert verdict(Period.current_fy, text, title=title)[0] == "meets"
