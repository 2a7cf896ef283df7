"""Fiscal-year windows, month coverage and required components: does evidence meet the rule?"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checklist.doc_title import is_table_row
from checklist.models import Item, Period
from common.thai import (
    MONTH_BY_NAME,
    MonthRef,
    arabic_digits,
    dated_years,
    fiscal_months,
    fiscal_years_in,
    is_date_line,
    key,
    months_in,
    without_enacted_years,
    without_plan_spans,
    year_ranges_in,
    years_in,
)

PLACEHOLDER = tuple(
    key(p)
    for p in (
        "อยู่ระหว่างดำเนินการ", "อยู่ระหว่างปรับปรุง", "อยู่ระหว่างการจัดทำ", "อยู่ระหว่างจัดทำ",
        # a plan awaiting approval ("อยู่ระหว่างการขออนุมัติจากกรม... จะเผยแพร่เมื่อได้รับอนุมัติ")
        "อยู่ระหว่างการขออนุมัติ", "อยู่ระหว่างขออนุมัติ", "อยู่ระหว่างเสนอ", "อยู่ระหว่างการเสนอ",
        "อยู่ระหว่างการพัฒนา", "อยู่ระหว่างพัฒนา", "ขออภัยในความไม่สะดวก",
        "ยังไม่มีข้อมูล", "ไม่พบข้อมูล", "ยังไม่มีเอกสาร", "coming soon", "under construction", "กำลังปรับปรุง",
        "page not found", "ไม่พบหน้า", "ไม่มีไฟล์แนบ", "ไม่มีเอกสารแนบ",
        # a CMS's empty list ("ไม่พบรายการในหมวดหมู่นี้" under a year chosen in its selector)
        "ไม่พบรายการ", "ไม่มีรายการ", "no items found", "no records found",
    )
)
_PHONE = re.compile(r"(?<!\d)0[\d\s.\-]{7,14}\d(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An address's parts: a village, tambon, district and province, or in Bangkok a แขวง and เขต (a
# department's "แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310"), a road, a postcode
_ADDRESS = re.compile(r"(หมู่(?:ที่)?\s*\d+|ม\.\s*\d+|ตำบล|ต\.|อำเภอ|อ\.|จังหวัด|จ\.|แขวง|กรุงเทพ|ถนน|ถ\.|\b\d{5}\b)")
_POSITION = re.compile(
    r"(นายก|รองนายก|ปลัด|รองปลัด|ผู้อำนวยการ|หัวหน้า|ประธาน|เลขานุการ|ผู้บริหาร|อธิบดี|ผู้ว่าราชการ|"
    r"ผู้กำกับการ|ผกก\.|สารวัตร|สว\.|ผู้บังคับการ|ผบก\.|ผู้บัญชาการ|ผบ\.|เสนาธิการ|อธิการบดี|คณบดี|นายแพทย์)"
)
# A person's name after a title: นาย/นาง/ดร., a police or military rank ("พ.ต.อ.", "ด.ต.", "พล.ต.ท.",
# "จ.ส.อ.", spelled out: "นาวาอากาศเอก", "พันตำรวจโท", "พลเรือตรี", "ร้อยเอก"), a doctor's or an
# academic's ("นพ.", "พญ.", "ผศ.", "รศ.")
_NAME = re.compile(r"(นาย|นาง|นางสาว|น\.ส\.|ดร\.|ว่าที่|พล\.(?:[ตรอ]\.)?[อทต]\.|[พรน]\.[ตอทน]\.(?:[อทต]\.)?|"
                   r"(?:พล|พัน|ร้อย|นาวา|เรือ|จ่าสิบ|จ่า|สิบ)(?:ตำรวจ|อากาศ|เรือ)?(?:เอก|โท|ตรี)|ดาบตำรวจ|"
                   r"ด\.ต\.|[จส]\.ส\.[อทต]\.|ส\.ต\.[อทต]\.|นพ\.|พญ\.|ทพ\.|ทญ\.|ภก\.|ภญ\.|ผศ\.|รศ\.)"
                   r"\s*[\u0e01-\u0e2e]")
_QA = re.compile(r"เว็บบอร์ด|webboard|กระดานถาม|กระดานสนทนา|ถาม\s*-?\s*ตอบ|q\s*&\s*a|กระทู้", re.I)
SOCIAL_HOSTS = ("facebook.com", "fb.com", "fb.me", "line.me", "lin.ee", "youtube.com", "youtu.be",
                "twitter.com", "x.com", "instagram.com", "tiktok.com")
# Online form services: Google, Microsoft, Jotform, SurveyMonkey, and any host named "forms." (an
# agency's or a vendor's form server, "https://forms.example.go.th/complaint")
FORM_HOSTS = ("docs.google.com/forms", "forms.gle", "forms.office.com", "jotform", "surveymonkey", "//forms.")
SIX_MONTHS = tuple(key(p) for p in ("6 เดือน", "หกเดือน", "รอบ 6", "ครึ่งปี", "ไตรมาส 2", "ไตรมาสที่ 2"))
# A school's or college's term ("ภาคเรียนที่ 2/2567"): a report of one term is not the year's.
TERM = tuple(key(p) for p in ("ภาคเรียนที่", "ภาคการศึกษาที่"))


def _has_phone(text: str) -> bool:
    """A Thai phone number: 9 or 10 digits starting with 0, in any grouping (0-4400-1234)."""
    return any(9 <= sum(ch.isdigit() for ch in m.group(0)) <= 10 for m in _PHONE.finditer(text))


def has_phone_or_email(text: str) -> bool:
    """The text gives a phone number (Thai digits too) or an e-mail address."""
    text = arabic_digits(text)
    return _has_phone(text) or bool(_EMAIL.search(text))


@dataclass
class Verdict:
    """How one piece of evidence stands against an item's rule."""

    meets: bool
    outdated: bool = False
    years: list[int] = field(default_factory=list)
    months: list[MonthRef] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def evidence_years(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Fiscal years named and multi-year spans. Explicit fiscal-year words win over any year;
    without them, years named outside dates; when every year is part of a full date (a
    procurement notice naming only when to buy the documents and open the bids), the fiscal
    years of those dates: 2-13 พฤศจิกายน 2558 is FY2559, not 2558."""
    fys = fiscal_years_in(text)
    if not fys:
        dated, bare = dated_years(text)
        fys = bare or dated
    return fys, year_ranges_in(text)


def title_years(title: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The fiscal years a title names: its fiscal-year words, else the fiscal year of the dates
    in it (an activity held 18/11/2568 belongs to FY2569), else any year but those in the names
    of laws it cites; and its spans."""
    title = without_enacted_years(title)  # "ประมวลจริยธรรม ... พ.ศ. 2564": the code's name, not its year
    fys = fiscal_years_in(title)
    if not fys:
        fys = sorted({m.fiscal_year for m in months_in(title)})
    return (fys or years_in(title)), year_ranges_in(title)


HALF_YEAR_HEAD = 300  # characters of a text without a title where "รอบ 6 เดือน" says what it covers

# "ผลการประเมิน ITA ปี 2568", "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ
# ประจำปีงบประมาณ พ.ศ. 2568": the results of an assessment year, which are analysed in the next.
_ITA_RESULTS = re.compile(
    r"ผลการประเมิน\s*(?:\(?ITA\)?|คุณธรรมและความโปร่งใส[^\n]{0,70}?)\s*(?:ประจำ)?\s*(?:ปี)?\s*(?:งบประมาณ)?\s*"
    r"(?:พ\.\s*ศ\.)?\s*(25\d\d)", re.I)


# The topic of an analysis of last year's ITA results: made this year, it names last year.
# Only an item (or part) asking for that analysis reads it as this year's.
ANALYSIS_TOPIC = "ita_result_improvement"


def _head(text: str) -> str:
    """The first two lines of ``text`` that name a year (a post's date line, then its first line
    saying what it publishes and for when), at most :data:`HALF_YEAR_HEAD` characters each: link
    texts, the title and headings repeat what a page is called before a line says more."""
    dated = [ln[:HALF_YEAR_HEAD] for ln in dict.fromkeys(text.split("\n")) if years_in(ln)]
    return "\n".join(dated[:2])


def assessed_years(text: str) -> set[int]:
    """The assessment years whose ITA results ``text`` names (:data:`_ITA_RESULTS`)."""
    # a title block wraps its lines ("... ในการดำเนินงาน" / "ของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. 2568")
    return {int(y) for y in _ITA_RESULTS.findall(arabic_digits(text).replace("\n", " "))}


_ONE_YEAR = (Period.current_fy, Period.previous_fy, Period.first_half_fy)
COVERAGE_HEAD = 800  # characters of a text's top where it says which whole fiscal year it covers
# "ในรอบปีงบประมาณ พ.ศ. 2566 (1 ตุลาคม 2565 - 30 กันยายน 2566)", "(1 ต.ค. 65 – 30 ก.ย. 66)": the
# whole fiscal year a report or a statistic covers, said in so many words.
_COVERAGE = re.compile(
    r"(?<!\d)1\s*(?:ตุลาคม|ต\.\s*ค\.)\s*(?:พ\.\s*ศ\.\s*)?((?:25)?\d\d)\s*(?:-|–|—|ถึง|จนถึง)\s*"
    r"(?:วันที่\s*)?30\s*(?:กันยายน|ก\.\s*ย\.)\s*(?:พ\.\s*ศ\.\s*)?((?:25)?\d\d)(?!\d)")


def covered_fiscal_year(text: str) -> int | None:
    """The one whole fiscal year the top of ``text`` says it covers (1 Oct – 30 Sep), else None."""
    found = set()
    for a, b in _COVERAGE.findall(arabic_digits(text[:COVERAGE_HEAD]).replace("\n", " ")):
        start, end = (int(y) + (2500 if len(y) == 2 else 0) for y in (a, b))
        if end == start + 1:
            found.add(end)
    return found.pop() if len(found) == 1 else None


def judge_period(item: Item, year: int, text: str, fallback: str = "", title: str = "") -> Verdict:
    """Check the fiscal-year rule of ``item`` for ITA ``year`` against what ``text`` says.

    A report or statistic whose top says which whole fiscal year it covers ("ในรอบปีงบประมาณ
    พ.ศ. 2566 (1 ตุลาคม 2565 - 30 กันยายน 2566)") is of that year, whatever year its title
    names: "รายงานประจำปี 2567" is often the year it was printed, not the year it reports."""
    covered = covered_fiscal_year(text) if item.period in (Period.current_fy, Period.previous_fy) else None
    v = _judge_period(item, year, text, fallback, title, covered)
    named = title_years(title)[0] if title else []
    if covered is not None and covered not in named:
        note = f"เนื้อหาระบุว่าครอบคลุมปีงบประมาณ {covered} (1 ต.ค. {covered - 1} – 30 ก.ย. {covered})"
        if named:
            note += f" ไม่ใช่ปี {', '.join(map(str, named))} ที่หัวเรื่องระบุ"
        (v.reasons if v.meets else v.problems).insert(0, note)
    return v


def _judge_period(item: Item, year: int, text: str, fallback: str, title: str, covered: int | None) -> Verdict:
    """:func:`judge_period` on the years read (``covered``, when the text states it, first).

    ``title`` (the document's or page's own title block, else what links call it) decides the
    year when it names one: the fiscal year a document covers is in its title; a date it was
    signed, posted or printed, or other years its body mentions, are not what it is about.
    ``fallback`` (words of the URL: an upload folder "2569/03", a file name "plan-2569") is read
    only when ``text`` names no year at all: the folder a file was uploaded to says when it was
    uploaded, not which fiscal year it is about.
    """
    years, spans = title_years(title) if title else ([], [])
    if spans and item.period == Period.previous_fy and not title_years(without_plan_spans(title))[0]:
        # "รายงานการติดตามและประเมินผลแผน ... ระยะ 5 ปี (พ.ศ. 2564 - 2568) ระยะครึ่งแผน": the span is
        # the plan's, no one year whose results the report gives; its text may say which years it
        # covers ("ครอบคลุมผลการดำเนินงานปีงบประมาณ พ.ศ. 2564 - 2566")
        named = fiscal_years_in(text)
        years, spans = (named, []) if named else ([], spans)
    if covered is not None:
        years, spans = [covered], []
    if not years and not spans:
        years, spans = evidence_years(text)
        if item.period in _ONE_YEAR and spans:
            # the years of the text outside its multi-year spans: a list row "แผนพัฒนาท้องถิ่น
            # (2566-2570)" names no one year an annual plan or report is of
            years = evidence_years(without_plan_spans(text))[0]
    if not years and not spans and fallback:
        years, spans = evidence_years(fallback)
        text = f"{text}\n{fallback}"
    period = item.period
    if period == Period.timeless:
        return Verdict(True, years=years, reasons=["รายการนี้ไม่มีเงื่อนไขปีงบประมาณ"])
    if period == Period.multi_year_plan:
        covering = [s for s in spans if s[0] <= year <= s[1]]
        if covering:
            a, b = covering[0]
            return Verdict(True, years=years, reasons=[f"แผนครอบคลุมปี {a}–{b} ซึ่งรวมปี {year}"])
        if year in years:
            return Verdict(True, years=years, reasons=[f"ระบุปี {year}"])
        if spans or years:
            last = max([b for _, b in spans] + years)
            if last < year:
                return Verdict(False, outdated=True, years=years,
                               problems=[f"แผนที่พบสิ้นสุดปี {last} แต่ต้องเป็นแผนที่ครอบคลุมปี {year}"])
        return Verdict(False, years=years, problems=[f"ไม่พบช่วงปีของแผนที่ครอบคลุมปี {year}"])
    if period in (Period.current_fy, Period.first_half_fy):
        if year in years:
            v = Verdict(True, years=years, reasons=[f"ระบุปีงบประมาณ {year}"])
            if period == Period.first_half_fy:
                k = key(text)
                months = [m for m in months_in(text) if m.fiscal_year == year]
                if any(s in k for s in SIX_MONTHS) or (months and max(months).month in (3, 4, 5)):
                    v.reasons.append("ครอบคลุมรอบ 6 เดือนแรก (ต.ค.–มี.ค.)")
                else:
                    v.meets = False
                    v.problems.append("ไม่ระบุว่าเป็นรายงานรอบ 6 เดือนแรก (ต.ค.–มี.ค.)")
            return v
        older = [y for y in years if y < year]
        if (period == Period.current_fy and older and max(older) == year - 1 and ANALYSIS_TOPIC in item.topics
                and year - 1 in assessed_years(title or text[:HALF_YEAR_HEAD])):
            # "การวิเคราะห์ผลการประเมิน ITA ปี 2568": last year's results, analysed this year
            return Verdict(True, years=years, reasons=[
                f"เป็นการวิเคราะห์ผลการประเมิน ITA ปี {year - 1} (ผลของปีก่อน) เพื่อใช้ปรับปรุงในปี {year}"])
        if older:
            return Verdict(False, outdated=True, years=years,
                           problems=[f"พบเฉพาะปีงบประมาณ {max(older)} แต่ต้องเป็นปี {year}"])
        return Verdict(False, years=years, problems=[f"ไม่ระบุปีงบประมาณ (ต้องเป็นปี {year})"])
    if period == Period.previous_fy:
        prev = year - 1
        if prev in years:
            # a title naming the year says what the document covers; one without a year (a post
            # "เผยแพร่รายงานผล ...") leaves it to the first lines ("... รอบ 6 เดือน (1 ต.ค. 67 - 31 มี.ค. 68)")
            head = key(title if years_in(title) else f"{title}\n{_head(text)}")
            if any(s in head for s in TERM):
                return Verdict(False, years=years, problems=[
                    f"เป็นรายงานของภาคเรียนเดียว ไม่ใช่ผลทั้งปีงบประมาณ {prev}: เผยแพร่รายงานผลทั้งปีงบประมาณ {prev}"
                    " (ต.ค.–ก.ย.) ของหน่วยงาน"])
            if any(s in head for s in SIX_MONTHS):
                # "ประจำปีงบประมาณ 2567 รอบ 6 เดือน": the right year, half of it
                return Verdict(False, years=years, problems=[
                    f"เป็นรายงานรอบ 6 เดือนของปีงบประมาณ {prev} ไม่ใช่ผลทั้งปี: เผยแพร่รายงานผลทั้งปีงบประมาณ {prev}"
                    " (ต.ค.–ก.ย.) หรือให้ผู้ตรวจพิจารณาว่ารายงานครึ่งปีนี้ใช้ได้หรือไม่"])
            return Verdict(True, years=years, reasons=[f"เป็นผลการดำเนินงานปีงบประมาณ {prev} (ปีก่อนปีประเมิน)"])
        older = [y for y in years if y < prev]
        if older:
            return Verdict(False, outdated=True, years=years,
                           problems=[f"พบเฉพาะปีงบประมาณ {max(older)} แต่ต้องเป็นผลของปี {prev}"])
        if year in years:
            return Verdict(False, years=years, problems=[f"ระบุปี {year} แต่ต้องเป็นรายงานผลของปีงบประมาณ {prev}"])
        return Verdict(False, years=years, problems=[f"ไม่ระบุปีงบประมาณ (ต้องเป็นผลของปี {prev})"])
    if period == Period.monthly_first_half:
        # The month a summary's title names is the month it covers ("สรุปผล ... ในรอบเดือนกันยายน
        # พ.ศ. 2568"), not the months of its rows (a cleaning contract "ต.ค. 68 - ก.ย. 69")
        titled = months_in(title, dated=False) if title else []
        if titled:
            years = sorted({m.fiscal_year for m in titled})
        months = [m for m in (titled or months_in(text, dated=False)) if m.fiscal_year == year]
        if months:
            return Verdict(True, years=years, months=months,
                           reasons=[f"สรุปผลรายเดือน: {', '.join(map(str, months))}"])
        older = [y for y in years if y < year]
        if older:
            return Verdict(False, outdated=True, years=years,
                           problems=[f"พบเฉพาะเดือนของปีงบประมาณ {max(older)} แต่ต้องเป็นปี {year}"])
        if year in years:
            return Verdict(True, years=years, reasons=[f"ระบุปีงบประมาณ {year} (ไม่ระบุเดือน)"])
        return Verdict(False, years=years, problems=[f"ไม่พบเดือนใดของปีงบประมาณ {year}"])
    return Verdict(False, problems=[f"ไม่รู้จักเงื่อนไขช่วงเวลา {period}"])


def missing_months(item: Item, year: int, covered: set[MonthRef]) -> list[MonthRef]:
    if item.period != Period.monthly_first_half:
        return []
    return [m for m in fiscal_months(year, first_half_only=True) if m not in covered]


# A file's size as download lists print it: "16.3 KB", "388.40 KB", "6 MB".
_SIZE = r"[\d.,]+[ \t]*[kmg]b"
_SIZE_IN_ROW = re.compile(rf"(?<![\w.]){_SIZE}(?![a-z])", re.I)


def gives_file_size(text: str) -> bool:
    """A row or link text giving a file's size ("รายงาน ... ปี 2568 388.40 KB ดาวน์โหลด"): a file's row."""
    return bool(_SIZE_IN_ROW.search(text))


# The by-line of a CMS article (Joomla, WordPress): not content.
_ARTICLE_META = re.compile(
    r"^\s*(?:(?:รายละเอียด|เขียนโดย|โดย|โพสต์เมื่อ|โพสต์โดย|โพสเมื่อ|หมวด|หมวดหมู่|เผยแพร่เมื่อ|เผยแพร่|ปรับปรุงล่าสุด|แก้ไขล่าสุด|ฮิต|"
    r"จำนวนผู้อ่าน|อ่าน|เปิดอ่าน|วันที่ลงข้อมูล|วันที่ลงประกาศ|วันที่เผยแพร่|วันที่|written by|posted by|published|category|hits|details|"
    r"last updated|views?)(?!\w).{0,60}"  # (not \b: "วันที่" ends with a mark, no word boundary)
    # the attachments' box of a CMS article: "ไฟล์แนบ", "(ดาวน์โหลด 17 ครั้ง)"
    r"|(?:ไฟล์แนบ|เอกสารแนบ|แนบไฟล์|attachments?)\s*:?"
    r"|\([ \t]*(?:ดาวน์โหลด|download(?:ed)?|เข้าชม)[ \t]*[\d,]+[ \t]*(?:ครั้ง|times)?[ \t]*\)"
    r"|(?:ดาวน์โหลด|เข้าชม)[ \t]+[\d,]+[ \t]*ครั้ง"
    # the type and size of an attached file on a line of its own: "(PDF 17 KB)", "(XLS, 6 KB)"
    rf"|\([ \t]*(?:pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png)[ \t]*,?[ \t]*{_SIZE}[ \t]*\))[ \t]*$",
    re.I | re.M,
)
# A cell of a file's row or detail page on a line of its own: "ปี" / "2568", "284 ครั้ง",
# "(PDF, 16.3 KB)" (and a date: :func:`common.thai.is_date_line`).
_CELL = re.compile(
    r"^\s*(?:ปี(?:งบประมาณ)?[ \t]*:?|(?:พ\.ศ\.[ \t]*)?[25๒][5๕][\d๐-๙]{2}"
    r"|[\d,]+[ \t]*ครั้ง"
    rf"|\(?[ \t]*(?:pdf|docx?|xlsx?|zip|rar)?[ \t]*,?[ \t]*{_SIZE}[ \t]*\)?)[ \t]*$",
    re.I,
)


def is_cell(line: str) -> bool:
    """A line that is a cell of a file's row or detail page (:data:`_CELL`), no content."""
    return bool(_CELL.match(line)) or is_date_line(line)


def without_article_meta(text: str) -> str:
    """A page's text without its CMS by-line and attachment-box lines (:data:`_ARTICLE_META`)."""
    return _ARTICLE_META.sub("", text)


def own_text_size(text: str, title: str = "") -> int:
    """Characters (as keys) of a page's own text without its title and by-line."""
    k = key(without_article_meta(text))
    return len(k.replace(key(title), "", 1) if title else k)


# A figure of a table ("12", "๑", "3,250", "4.5"): a number standing alone, not part of a phone
# number, a date "3/10/2568" or a code, and not a year of the Buddhist era.
_FIGURE = re.compile(r"(?<![\w.,/:-])(?!25\d\d(?!\d))\d[\d,]*(?:\.\d+)?(?![\w.,/:-])")
FIGURES_LEAST = 6  # figures in table rows that make a short page a table of results


def table_figures(text: str) -> int:
    """Figures in the rows of a table: on lines holding two or more of them ("ไตรมาส 1 (ต.ค. –
    ธ.ค. 67) 1 1 0"), or on lines that are one figure alone (a cell per line)."""
    n = 0
    for line in arabic_digits(text).splitlines():
        found = _FIGURE.findall(line)
        if len(found) >= 2 or (found and line.strip() == found[0]):
            n += len(found)
    return n


def monthly_table_figures(text: str) -> int | None:
    """Figures in the cells of a spreadsheet's table whose header row has a column for six or more
    months ("งานบริการ\tต.ค.\tพ.ย. ..."); None when the text holds no such table."""
    lines = arabic_digits(text).splitlines()
    head = next((n for n, ln in enumerate(lines) if "\t" in ln
                 and len({MONTH_BY_NAME.get(c.strip()) for c in ln.split("\t")} - {None}) >= 6), None)
    if head is None:
        return None
    return sum(1 for ln in lines[head + 1:] for cell in ln.split("\t")[1:] if _FIGURE.fullmatch(cell.strip()))


TITLE_PARTS = re.compile(r"\s+[-–|:]+\s+")  # "O7 รายงานผล... – อบจ.ภูผาวารี", "... :: อบต.ดอนหวาย"


def is_placeholder(text: str, title: str = "", headline: str = "") -> bool:
    """A page or file that only says 'in progress', or has nothing beyond its title and by-line.
    A short table of figures whose cells say "อยู่ระหว่างดำเนินการ" (a column of complaints in
    progress) is content."""
    k = key(without_article_meta(text))
    body = k.replace(key(title), "", 1) if title else k
    body = body.replace(key(headline), "", 1) if headline else body
    if len(body) < 40:
        return True
    # ... and a short text saying "in progress" is one, unless it is a table of figures or a signed
    # document of many lines (a report whose one row says "อยู่ระหว่างดำเนินการ")
    body = _COUNTED.sub("", body)  # "อยู่ระหว่างดำเนินการ 1 เรื่อง": a row of statistics, not a placeholder
    return (len(body) < 400 and any(p in body for p in PLACEHOLDER)
            and table_figures(text) < FIGURES_LEAST and not _signed(text) and not _schedule(text))


SCHEDULE_ROWS = 3  # rows naming a month (and not "in progress") that make a text a schedule of work
ANY_YEAR = 2500  # the year given to a month named without one ("พ.ย."): any month counts here


def _schedule(text: str) -> bool:
    """Rows of activities by month ("อบรมประมวลจริยธรรม ก.พ. 2569 ผู้เข้าร่วม 58 คน"), three or more
    besides the row still "อยู่ระหว่างดำเนินการ": a plan-and-results table, not a placeholder."""
    rows = [ln for ln in text.splitlines()[1:]
            if months_in(ln, ANY_YEAR) and not any(p in key(ln) for p in PLACEHOLDER)]
    return len(rows) >= SCHEDULE_ROWS


# A placeholder word followed by a count, as a table of statistics has it (as keys:
# "อยู่ระหว่างดำเนินการ1เรื่อง", "อยู่ระหว่างดำเนินการ:๒ราย").
_COUNTED = re.compile("(?:" + "|".join(map(re.escape, PLACEHOLDER)) + r")[:\-]?\d+(?:" + "|".join(
    map(key, ("เรื่อง", "ราย", "กรณี", "รายการ", "ครั้ง", "คน", "คดี"))) + ")")


_SIGNED = re.compile(r"^\s*(?:ลงวันที่|\(\s*" + _NAME.pattern + ")", re.M)


def _signed(text: str) -> bool:
    """A document ending as official ones do: dated ("ลงวันที่ ...") or signed ("(นาง... )")."""
    return bool(_SIGNED.search(text))


_FORM_TITLE = re.compile(r"แบบสอบถาม|แบบสำรวจ|แบบประเมิน|แบบฟอร์ม|แบบคำร้อง|คำร้องทั่วไป|ใบสมัคร|แบบคำขอ")
_FILL = re.compile(r"\.{5,}|_{5,}|\(\s*\)|\[\s*\]|[☐□]")
# Topics a blank form can serve: a channel to ask, complain, comment or request a service.
FORM_TOPICS = frozenset({"e_service", "complaint_channel", "opinion_channel", "qa"})


def is_blank_form(text: str) -> bool:
    """A questionnaire, application or request form to fill in (its title says so and it has
    blanks to fill: "......", "( )", "☐"): not a plan, a report or a result of anything."""
    head = "\n".join(text.split("\n")[:4])
    return bool(_FORM_TITLE.search(head)) and (len(_FILL.findall(text[:3000])) >= 3 or _empty_scale(text[:3000])
                                              or _empty_rows(text[:3000]))


# A rating scale's header ("มาก ปานกลาง น้อย", "มากที่สุด มาก ปานกลาง น้อย น้อยที่สุด").
_SCALE = re.compile(r"มาก(?:ที่สุด)?\s+(?:มาก\s+)?ปานกลาง\s+น้อย")


_ROW_NUMBER = re.compile(r"\s*[0-9๐-๙]{1,2}\.?\s*")


def _empty_rows(text: str) -> bool:
    """A table's header (three or more cells) over rows holding only their numbers ("1", "2", "3"):
    a table left to fill in."""
    lines = text.split("\n")
    for n, ln in enumerate(lines):
        if is_table_row(ln):
            rows = lines[n + 1 : n + 4]
            if len(rows) >= 2 and all(_ROW_NUMBER.fullmatch(r) for r in rows):
                return True
    return False


def _empty_scale(text: str) -> bool:
    """A rating scale whose rows under it hold no figure: a questionnaire to fill, not its results."""
    lines = text.split("\n")
    for n, ln in enumerate(lines):
        if _SCALE.search(ln):
            rows = [r for r in lines[n + 1 : n + 4] if r.strip()]
            return bool(rows) and not any(ch.isdigit() for r in rows for ch in arabic_digits(r))
    return False


REQUIREMENT_WORDS = {
    "phone": "เบอร์โทรศัพท์", "email": "อีเมล", "address": "ที่อยู่", "names": "ชื่อผู้บริหาร",
    "positions": "ตำแหน่ง", "photos": "รูปถ่าย",
    "social_link": "ลิงก์ไปยังเพจโซเชียลมีเดียของหน่วยงาน",
    "online_form": "แบบฟอร์มหรือระบบออนไลน์", "external_channel": "ช่องทางออนไลน์",
    "qa_channel": "ช่องทางถาม-ตอบ", "map": "แผนที่",
}


def required_components(item: Item) -> list[str]:
    """The components ``item`` requires, as the plain words the report uses."""
    return [REQUIREMENT_WORDS[r] for r in item.requires]


def check_requirements(
    item: Item, text: str, links: list, forms: int = 0, images: int = 0
) -> tuple[list[str], list[str]]:
    """(met, unmet) required components, each as a plain sentence."""
    met: list[str] = []
    unmet: list[str] = []
    text = arabic_digits(text)
    hosts = " ".join(link if isinstance(link, str) else link.url for link in links).lower()
    checks = {
        "phone": lambda: _has_phone(text),
        "email": lambda: bool(_EMAIL.search(text)) or "mailto:" in hosts,
        "address": lambda: len(_ADDRESS.findall(text)) >= 2,
        "names": lambda: len(_NAME.findall(text)) >= 1,
        "positions": lambda: bool(_POSITION.search(text)),
        "photos": lambda: images > 0,
        "social_link": lambda: any(h in hosts for h in SOCIAL_HOSTS),
        "online_form": lambda: forms > 0 or any(h in hosts for h in FORM_HOSTS),
        "external_channel": lambda: forms > 0 or any(h in hosts for h in FORM_HOSTS) or "nacc.go.th" in hosts,
        "qa_channel": lambda: (
            forms > 0 or any(h in hosts for h in FORM_HOSTS + SOCIAL_HOSTS) or bool(_QA.search(text))
        ),
        "map": lambda: "maps.google" in hosts or "google.com/maps" in hosts or "แผนที่" in text,
    }
    for req in item.requires:
        (met if checks[req]() else unmet).append(REQUIREMENT_WORDS[req])
    return met, unmet
