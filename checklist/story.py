"""The form of a news or activity post: what a reader sees at the top of one.

A post tells an event. Its headline and first lines name who acted (an agency, a unit, a
person by position: "เทศบาลตำบล...", "นายก อบต. ...", "ผู้อำนวยการ ...") and what they did
("ลงพื้นที่", "มอบ", "ได้จัดโครงการ", "ร่วมกับ", "ขอความร่วมมือ"), usually with the day it
happened ("วันที่ 9 ตุลาคม 2565", "(7 พ.ย. 66)"). A plan, a report, a regulation or a manual
is titled by what it is and read as a document, not told as an event. The words below are the
common vocabulary of Thai government news writing, not of any one site.
"""

from __future__ import annotations

import re
from functools import lru_cache

from common.thai import key, months_in

# Who acts in a post: kinds of agencies and units, and positions of the people who lead them
# (as patterns on keys: "กรม" but not the end of "โปรแกรม").
ACTORS = re.compile("|".join([
    *(re.escape(key(w)) for w in (
        "เทศบาล", "องค์การบริหารส่วน", "อบต.", "อบจ.", "ทต.", "ทม.", "ทน.", "โรงพยาบาล", "รพ.",
        "สำนักงาน", "สพป.", "สพม.", "สพฐ.", "กศน.", "มหาวิทยาลัย", "มร.", "โรงเรียน", "ศูนย์",
        "กระทรวง", "กอง", "ฝ่าย", "ชมรม", "คณะผู้บริหาร", "คณะทำงาน", "สมาชิกสภา", "อาสาสมัคร", "อสม.",
        "นายก", "รองนายก", "ปลัด", "ผู้อำนวยการ", "ผอ.", "นายอำเภอ", "ผู้ว่าราชการ", "อธิบดี",
        "เลขาธิการ", "รัฐมนตรี", "รมว.", "ผู้บัญชาการ", "อธิการบดี", "คณบดี", "กำนัน",
        "ผู้ใหญ่บ้าน", "หัวหน้า", "เจ้าหน้าที่", "พนักงาน", "บุคลากร", "นักเรียน", "นักศึกษา", "นิสิต",
        "สมเด็จพระ",
    )),
    "(?<![แโ])กรม",
    # an agency's pages in English (a university's, a ministry's, an embassy's)
    r"university|ministry|department|division|faculty|office|council|embassy|ambassador|president"
    r"|director|governor|minister|secretary|dean|rector|mayor|hospital|province",
]))

# What they do in a post: acts, ceremonies, visits, relief, campaigns, calls to the public.
EVENT_WORDS = tuple(
    key(w)
    for w in (
        "ได้จัด", "จัดงาน", "จัดโครงการ", "จัดกิจกรรม", "ดำเนินการ", "ร่วมกับ", "ร่วมกัน",
        "ร่วมพิธี", "เข้าร่วม", "ร่วมงาน", "ร่วมลง", "ลงพื้นที่", "ตรวจเยี่ยม", "ออกเยี่ยม", "เยี่ยมเยียน",
        "ลงตรวจ", "มอบ", "แจกจ่าย", "ช่วยเหลือ", "บรรเทา", "เป็นประธาน", "ประธานใน", "ประธานเปิด",
        "กล่าวเปิด", "เปิดงาน", "นำโดย", "พร้อมด้วย", "รณรงค์", "ออกหน่วย", "ออกให้บริการ", "ต้อนรับ",
        "ขอความร่วมมือ", "เชิญชวน", "ขอเชิญ", "ประชาสัมพันธ์", "เปิดเผยว่า", "กล่าวว่า", "คว้ารางวัล",
        "ได้รับรางวัล", "พิธี", "ประเพณี", "เฉลิมพระเกียรติ", "ถวาย", "ปลูกต้นไม้", "ปลูกป่า",
        "ทำความสะอาด", "ฉีดวัคซีน", "เตรียมการ", "ประชุม", "อบรม", "แข่งขัน", "เสด็จ",
    )
)

# The same acts in English (on keys: lower-case, spaces removed).
EVENT_WORDS_EN = ("held", "attended", "visited", "signed", "welcomed", "organized", "organised",
                  "presided", "hosted", "celebrat", "appoint", "donated", "handedover", "launched",
                  "metwith", "joined", "participated", "congratulat")

# A day in English: "On February 20, 2024", "11 February 2019" (keys: "february20,2024").
_EN_MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_EN_DAY = re.compile(rf"{_EN_MONTH}\d{{1,2}},?(?:19|20)\d\d|(?<!\d)\d{{1,2}}{_EN_MONTH}(?:19|20)\d\d")

_ACTS = (*EVENT_WORDS, *EVENT_WORDS_EN)

LEAD_LINES = 4  # the headline and the first lines under it

# The sections of a project's own document: a page opening with them is the project, not a post.
PROJECT_SECTIONS = tuple(key(w) for w in ("หลักการและเหตุผล", "วัตถุประสงค์", "ความเป็นมา"))

# A headline opening with the name of a kind of document is that document's title, whatever
# its nouns ("หลักเกณฑ์การสรรหา... การสอบแข่งขัน" is criteria, not news of a contest).
DOCUMENT_TITLES = tuple(
    key(w)
    for w in (
        "หลักเกณฑ์", "ประกาศ", "ระเบียบ", "ข้อบังคับ", "ข้อบัญญัติ", "เทศบัญญัติ", "คำสั่ง", "พระราชบัญญัติ",
        "พ.ร.บ.", "พระราชกฤษฎีกา", "กฎกระทรวง", "คู่มือ", "แผน", "รายงาน", "นโยบาย", "มาตรการ",
        "แนวทาง", "แนวปฏิบัติ", "มาตรฐาน", "ประมวล", "คำแถลง", "บันทึก", "แบบ",
    )
)


def tells_event(lines: list[str], headline: str = "") -> str:
    """How the top of a page tells an event: "headline" when its headline itself says who
    (an agency, a unit, a position) did what; "dated" when one of its first lines does and
    they give the day it happened (a date with day and month); "told" when a first line does
    without a day; "" when the top tells no event."""
    return _story(tuple(lines[:LEAD_LINES]), headline)


@lru_cache(maxsize=16384)
def _story(lead: tuple[str, ...], headline: str) -> str:
    if key(headline).startswith(DOCUMENT_TITLES):
        return ""  # a document's own title: what its lines say is its content, not an event
    if any(key(ln).startswith(PROJECT_SECTIONS) for ln in lead):
        return ""  # a project's own document (its rationale, objectives), not a post about it
    if headline and _acts(key(headline)):
        return "headline"
    if not any(_acts(key(ln)) for ln in lead):
        return ""
    return "dated" if any(set(months_in(ln)) - set(months_in(ln, dated=False)) or _EN_DAY.search(key(ln))
                          for ln in lead) else "told"


_WELCOME = key("ยินดีต้อนรับ")  # a site's greeting banner, not a reception anybody held


def _acts(k: str) -> bool:
    """One line names who acted and what they did."""
    k = k.replace(_WELCOME, " ")
    return any(w in k for w in _ACTS) and ACTORS.search(k) is not None
