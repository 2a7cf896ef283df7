"""The parts of a document's or a page's own text that say what it is.

A document is titled by its first lines (its title block), read as a person reads them: without
the print stamps and page numbers a report generator adds, behind a cover that only asks to
publish it, and ending where the body's first sentence or section begins. A page is titled by
its first Thai lines that are not a person's name or the frame's widgets. Pure text: the
matcher (:mod:`checklist.match`) and the look-alike rules (:mod:`checklist.lookalikes`) read
these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checklist.signals import lines_of
from common.thai import loose_pattern

DOC_HEAD = 1500  # how much of a document's text its first lines are read from
DOC_TITLE_LINES = 4  # a document's own title block: its first lines
HEAD_KEPT = 4000  # the most of a page's own text any rule reads (page_head(f, 4000))

_THAI = re.compile(r"[\u0e01-\u0e4e]")
_PERSON = re.compile(r"^\s*(?:นาย|นาง|น\.ส\.|ดร\.|ว่าที่|ผู้อำนวยการ|ปลัด|รองปลัด)")


# Lines of the page's frame, not its title: where-you-are trails, search boxes, and the web
# counter's widget ("สถิติผู้เยี่ยมชม", "จำนวนผู้เข้าชม : 152", "เปิดเว็บไซต์ 01/08/2017"), the
# theme's skip link ("ข้ามไปยังเนื้อหา", "Skip to content").
_UI = re.compile(r"^\s*(?:กำลังอยู่ใน|คุณอยู่ที่|คุณกำลังอยู่ที่|ตำแหน่งปัจจุบัน|ค้นหา|search|หน้าแรก|หน้าหลัก|home|"
                 r"(?:สถิติ|จำนวน)?ผู้(?:เยี่ยม|เข้า)ชม|เข้าชม|เปิดเว็บไซต์|เปิดเว็บ)\b|"
                 r"^\s*(?:ข้ามไป(?:ยัง|ที่)?เนื้อหา|skip to (?:main )?content)", re.I)


# A sentence of the body, not a line of a title block: it opens as Thai letters do ("ตามที่ ...
# ได้กำหนด", "ด้วย ...", "อาศัยอำนาจ ...") or runs longer than any title.
NARRATIVE = re.compile(r"^\s*(?:ตามที่|ด้วย|โดยที่|อาศัยอำนาจ|เนื่องจาก|ข้าพเจ้า|บัดนี้|ในการนี้|จึง)"
                       r"|^\S{2,40}ฉบับนี้(?:จัดทำ|เป็น|มี|ได้)")  # "แผนปฏิบัติการฉบับนี้จัดทำภายใต้ ...": the body


TITLE_CHARS = 120


# The frame a report generator prints on every page (e-LAAS "วันที่พิมพ์ : 24/9/2558 08:41:36",
# e-plan's system name above it,
# "หน้า 1 แผ่นที่ 1", "Page 1 of 5", the Royal Gazette's volume and section): when it was printed
# and where, never what it is about.
_STAMP = re.compile(
    r"^\s*(?:(?:วันที่พิมพ์|พิมพ์วันที่|พิมพ์เมื่อ|วันที่ออกรายงาน|print(?:ed)?(?:\s*(?:on|date))?)\s*:?\s*[\d/.\-:\s]+"
    r"(?:(?:ผู้พิมพ์|ผู้ออกรายงาน|user)\s*:?\s*\S+)?"  # "... ผู้พิมพ์ : planpao01"
    # the system that printed it (e-plan's "ระบบสารสนเทศเพื่อการวางแผนพัฒนาท้องถิ่น (e-plan) กรม...")
    r"|ระบบ[^\n()]{0,80}\(\s*e-?(?:plan|laas|gp)\s*\)[^\n]{0,60}"
    r"|(?:หน้า(?:ที่)?|page)\s*\d+(?:\s*(?:/|จาก|of)\s*\d+)?(?:\s*แผ่นที่\s*\d+)?"
    # the Royal Gazette's frame: "เล่ม ๑๓๔ ตอนพิเศษ ๒๑๐ ง", "ราชกิจจานุเบกษา"
    r"|(?:เล่ม\s*\d+\s*ตอน(?:พิเศษ|ที่)?\s*\d+\s*[กขคง]?\s*(?:หน้า\s*\d+\s*)?(?:ราชกิจจานุเบกษา)?|ราชกิจจานุเบกษา)"
    r"(?:\s*\d{1,2}\s*[ก-๙.]+\s*\d{4})?)\s*$",
    re.I,
)


# A cover asking to publish a document (a memo "เรื่อง ขออนุญาตเผยแพร่คู่มือ...", the health
# ministry's form "แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ ... หัวข้อ: ..."): what it asks to publish
# is what the file is. ITA evidence is often posted behind such a cover.
_PUBLISH_REQUEST = re.compile(
    "(?:" + "|".join(loose_pattern(w) for w in ("ขออนุญาตนำเผยแพร่", "ขออนุมัตินำเผยแพร่", "ขออนุญาตเผยแพร่",
                                          "ขออนุมัติเผยแพร่", "ขอนำเผยแพร่", "ขอเผยแพร่")) + ")"
)


_TOPIC_FIELD = re.compile("^" + loose_pattern("หัวข้อ") + r"\s*:?\s*")


COVER_LINES = 15


def _cover_subject(lines: list[str]) -> tuple[int, str] | None:
    """(line index, subject) of a publishing request among a document's first lines."""
    request = next((i for i, ln in enumerate(lines[:COVER_LINES]) if _PUBLISH_REQUEST.search(ln)), None)
    if request is None:
        return None
    for i, ln in enumerate(lines[:COVER_LINES]):
        if (m := _TOPIC_FIELD.match(ln)) and len(ln) - m.end() >= 6:
            return i, ln[m.end():].strip()
    rest = lines[request][_PUBLISH_REQUEST.search(lines[request]).end():].strip()
    return (request, rest) if len(rest) >= 6 else None


def doc_lines(text: str) -> list[str]:
    """The first lines of a document as a reader takes them: without the print stamps and page
    numbers of the generator's frame; behind a cover asking to publish it, what the cover asks
    to publish first (not the memo's header, its reference number and date)."""
    lines = [ln for ln in lines_of(text, DOC_HEAD) if not _STAMP.match(ln)]
    cover = _cover_subject(lines)
    if cover is None:
        return lines
    i, subject = cover
    return [subject, *lines[i + 1 :]]


def doc_title_count(lines: list[str]) -> int:
    """How many of a document's first lines make its title block: at most
    ``DOC_TITLE_LINES``, ending before the first sentence of the body (a report whose first
    paragraph says "ตามที่ ... ได้กำหนดมาตรการ ..." is not titled the measures) or its first table row."""
    n = 0
    for ln in lines[:DOC_TITLE_LINES]:
        if n and (len(ln) > TITLE_CHARS or NARRATIVE.match(ln) or _BODY_STARTS.match(ln) or is_table_row(ln)
                  or _FIRST_ITEM.match(ln)):
            break
        n += 1
    return n


def is_table_row(line: str) -> bool:
    """A row of a table: three or more cells, as a spreadsheet's or a table's text comes
    (tab-separated). A table's header row ("เดือน<TAB>รับบริการในศูนย์ (คน)<TAB>...") is a document's
    body, not its title."""
    return line.count("\t") >= 2


# The body's first item under the title ("1. เชื่อมทางหลวงท้องถิ่น: ยื่นผ่าน E-Service 41 ราย"): no title.
_FIRST_ITEM = re.compile(r"^\s*[1๑]\s*[.)]\s*\S")
# The body's first section ("ส่วนที่ 1 บทนำ", "บทที่ 1", "คำนำ", "สารบัญ"): the title block is above it.
_BODY_STARTS = re.compile(r"^\s*(?:(?:ส่วนที่|บทที่|ตอนที่)\s*[1๑](?![0-9๐-๙])|คำนำ\s*$|สารบัญ\s*$)")


def doc_title_block(text: str) -> list[str]:
    """A document's own title block: its first lines up to its body (:func:`doc_title_count`)."""
    lines = doc_lines(text)
    return lines[: doc_title_count(lines)]


def title_lines(lines: list[str], n: int = 2) -> list[str]:
    """The page's own title and first line: the first lines written in Thai that are not a
    person's name or position (a sidebar box "นายสมชาย ... นายกเทศมนตรี" often comes first)."""
    return list(_title_lines_of(tuple(lines[:12]), n))


@lru_cache(maxsize=65536)
def _title_lines_of(lines: tuple[str, ...], n: int) -> tuple[str, ...]:
    out = [ln for ln in lines[:12] if len(_THAI.findall(ln)) >= 5 and not _PERSON.match(ln)]
    out = [_UI.sub("", ln).strip() for ln in out]
    out = [ln for ln in out if len(_THAI.findall(ln)) >= 5]
    return tuple(out[:n] or lines[:n])
