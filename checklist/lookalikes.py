"""Look-alikes: documents and pages that name an item and are not it.

An invitation to the meeting that will make a plan, the meeting itself, the order appointing
who will make it, its draft, the plan where the item asks for its results, a letter the agency
received, statistics of another subject or of last year's months: each names the item in its
title and is not what the assessor asks for. Each function reads one target's own text and
returns the line that shows what it is instead ("" when it is the item, or when it cannot say),
so that the matcher (:mod:`checklist.match`) can give it as the reason.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checklist.doc_title import HEAD_KEPT, doc_lines, doc_title_block, title_lines
from checklist.load import load_topics
from checklist.models import Item
from checklist.ownership import OFFICE_KEY, own_kind
from checklist.rules import TITLE_PARTS, monthly_table_figures
from checklist.signals import is_generic, names_item
from common.thai import (
    arabic_digits,
    dated_years,
    fiscal_years_in,
    key,
    months_in,
    squash,
    without_marks,
)

if TYPE_CHECKING:
    from checklist.match import Target

_DRAFT = re.compile(r"^\(?ร่าง\)?(?!กาย)")


# An invitation to an activity to come: "ขอเชิญประชาชนร่วมประชุมประชาคมหมู่บ้าน ...".
# (and its letter: "หนังสือเชิญประชุม ...", "เชิญประชุมคณะกรรมการพัฒนา อบต. (แผนการดำเนินงาน 2569)")
_INVITATION = re.compile(r"^(?:หนังสือ)?(?:ขอเชิญ|เชิญชวน|ขอเชิญชวน|ประกาศเชิญ|ขอประชาสัมพันธ์เชิญ|เชิญประชุม|เชิญร่วม)")


_ABOUT_KEY = key("เรื่อง")
_SUBJECT = re.compile("^" + re.escape(_ABOUT_KEY))


MEMO_HEAD = 8  # lines of a memo's header ("บันทึกข้อความ", ส่วนราชการ, ที่, วันที่) before its subject


def memo_subject(text: str) -> list[str]:
    """The subject line ("เรื่อง ...") of a memo or letter among its first lines, [] when none."""
    return next(([ln] for ln in doc_lines(text)[:MEMO_HEAD] if key(ln).startswith(_ABOUT_KEY)), [])


# An official letter's number line ("ที่ ชย 0318/ว 1462", "ที่ มท 0810.3/ว 123") and its salutation.
# (also inside a line: "สำเนา หนังสือจังหวัดชัยภูมิ ที่ ชย 0023.3/ว 1874")
_LETTER_NO = re.compile(r"(?:^|\s)ที่\s*\S{1,8}\s*[\d๐-๙][\d๐-๙.()ก-ฮ]*\s*/\s*(?:ว\s*)?[\d๐-๙]+")  # "ปช 0026(ชย)/ว 0417"


_DEAR = key("เรียน")


_EVERY = tuple(key(w) for w in ("ทุกแห่ง", "ทุกหน่วย", "ทุกจังหวัด", "ทุกอำเภอ", "ทุกท่าน", "ทุกเขต"))


_ASKS_RESULTS = (key("รายงาน"), key("ผลการ"))  # "รายงานผล...", "ผลการเปิดโอกาสให้มีส่วนร่วม..."


_PLAN = key("แผน")


_DRAFT_MARK = re.compile(r"^\(?" + key("ร่าง") + r"\)?\s*")


_RESULTS = tuple(key(w) for w in ("รายงาน", "ผลการดำเนิน", "ผลการปฏิบัติ", "ผลการติดตาม", "สรุปผล"))


def plan_not_report(t: Target, item: Item) -> str:
    """The title of a read document that is a plan itself ("แผนบริหารจัดการความเสี่ยงการทุจริต
    ประจำปี 2568", or its draft "(ร่าง) แผนพัฒนาท้องถิ่น ... เอกสารประกอบการประชุมประชาคม") when
    the item asks for the report or the results of what was done ("รายงานผลการดำเนินการตามแผน...",
    "ผลการเปิดโอกาสให้มีส่วนร่วม..."): the plan is not its report; "" otherwise."""
    f = t.fact
    if t.kind != "document" or f is None or t.broken or not f.text or not key(item.title).startswith(_ASKS_RESULTS):
        return ""
    block = doc_title_block(f.text)
    if not block or not _DRAFT_MARK.sub("", key(block[0])).startswith(_PLAN):
        return ""
    if any(w in key(ln) for ln in block for w in _RESULTS):
        return ""
    return squash(block[0])[:80]


def _opening(t: Target) -> str:
    """The first line of a read document's title block, "" when none."""
    f = t.fact
    if t.kind != "document" or f is None or t.broken or not f.text:
        return ""
    block = doc_title_block(f.text)
    return block[0] if block else ""


def stand_in(t: Target, item: Item) -> str:
    """The title line of a read document that opens as one of its topic's ``stand_ins`` (a plan's
    evaluation, for the annual report), "" otherwise."""
    lex = load_topics()[item.topic]
    first = _opening(t) if lex.stand_ins else ""
    return squash(first)[:80] if first and key(first).startswith(tuple(map(key, lex.stand_ins))) else ""


def own_named(t: Target, item: Item) -> str:
    """The title line of a read document that opens with one of its topic's own phrases and is no
    stand-in ("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567" beside a plan's evaluation), "" otherwise."""
    lex = load_topics()[item.topic]
    first = _opening(t) if lex.stand_ins and not stand_in(t, item) else ""
    return squash(first)[:80] if first and key(first).startswith(tuple(map(key, lex.phrases))) else ""


def not_about_topic(t: Target, item: Item) -> str:
    """The title line of a read document (a page's title) that says it is about something the
    item's topic is not (``not_about``: "สถิติเรื่องร้องเรียนผู้บริโภค", "... ร้องทุกข์ทั่วไป") when
    its text names none of what the topic is ``about`` (corruption); "" otherwise."""
    lex = load_topics()[item.topic]
    f = t.fact
    if not lex.not_about or f is None or t.broken or not f.text:
        return ""
    top = key(f.text[:HEAD_KEPT])
    if any(key(w) in top for w in lex.about):
        return ""
    head = doc_title_block(f.text) if t.kind == "document" else [TITLE_PARTS.split(f.title)[0], *f.headings[:2]]
    return next((squash(ln)[:80] for ln in head if any(key(w) in key(ln) for w in lex.not_about)), "")


def salutation_to(own: str, lines: list[str]) -> str:
    if not any(_LETTER_NO.search(arabic_digits(ln)) for ln in lines):
        return ""
    kind = own_kind(own)
    names = [x for x in (own, kind, kind.removeprefix(OFFICE_KEY)) if len(x) >= 6]
    for ln in lines:
        k = key(ln)
        if k.startswith(_DEAR) and (any(x in k for x in names) or any(w in k for w in _EVERY)):
            return squash(ln)[:80]
    return ""


def is_invitation(t: Target, item: Item) -> str:
    """The headline of a page or file that invites people to an activity still to come, when the
    item asks for the results of one ("ผลการเปิดโอกาสให้มีส่วนร่วม ..."): an invitation shows the
    opportunity, not what came of it; nor is an invitation (to a meeting that will make it) the
    plan, report or assessment an item publishes as a document. "" otherwise."""
    f = t.fact
    if f is None or not asks_for_results(item):
        return ""
    # on a page, also the headings that name the item (a list of posts topped by "ขอเชิญ ...
    # ประชุมประเมินความเสี่ยงการทุจริต ประจำปี 2568": what names the item there is an invitation)
    heads = [TITLE_PARTS.split(f.title)[0], *f.headings[:1], *(h for h in f.headings[1:5] if names_item([h], item))] \
        if f.kind == "page" else [*doc_title_block(f.text)[:3], *memo_subject(f.text)]
    # a memo or letter ("บันทึกข้อความ ... เรื่อง ขอเชิญประชุม ..."): its subject line is its title
    return next((squash(x)[:60] for x in heads if x and _INVITATION.match(_SUBJECT.sub("", key(x)))), "")


def asks_for_results(item: Item) -> bool:
    """The item asks for the results of an activity or for a document: an invitation is neither."""
    lex = load_topics()[item.topic]
    return key(item.title).startswith(key("ผล")) or lex.document_expected or lex.held


def invites(line: str, item: Item) -> bool:
    """A line of a page that is an invitation ("ขอเชิญร่วมประชุม ..."), for an item an invitation
    does not answer (:func:`asks_for_results`)."""
    return bool(_INVITATION.match(_SUBJECT.sub("", key(line)))) and asks_for_results(item)


_MEETING = re.compile("^(?:" + "|".join(map(key, ("ประชุม", "การประชุม", "จัดประชุม"))) + ")")


def is_meeting_page(t: Target, item: Item) -> str:
    """The headline of a page that tells of a meeting ("ประชุมสรุปผลการดำเนินงานตามแผน ..."), when
    the item is a document (a plan, a report): the meeting is not the document. "" otherwise."""
    f = t.fact
    if f is None or f.kind != "page" or not load_topics()[item.topic].document_expected:
        return ""
    head = TITLE_PARTS.split(f.title)[0]
    return next((squash(x)[:60] for x in (head, *f.headings[:1]) if x and _MEETING.match(key(x))), "")


_ORDER = re.compile("^" + re.escape(key("คำสั่ง")))


_APPOINT_WORD = key("แต่งตั้ง")


_APPOINTS = re.compile("^(?:" + re.escape(_ABOUT_KEY) + ")?" + re.escape(_APPOINT_WORD))


# reports, plans, assessments, measures, and the analysis of the ITA results ("การวิเคราะห์ผล...", "การนำผล...")
_MADE_ITEMS = tuple(key(w) for w in ("รายงาน", "แผน", "การประเมิน", "มาตรการ", "การนำผล", "การวิเคราะห์"))


def is_appointment(t: Target, item: Item) -> str:
    """The title of a document that is an order appointing people ("คำสั่งเทศบาล... ที่ 38/2569 /
    เรื่อง แต่งตั้งคณะทำงานบริหารจัดการความเสี่ยง ..."), when the item is a report, plan or
    assessment: who will make it is not what was made. "" otherwise (a working group's order is
    part of what some items ask, the ethics-promotion one)."""
    f = t.fact
    if f is None or f.kind != "document" or not key(item.title).startswith(_MADE_ITEMS):
        return ""
    if f.document and (f.document.ocr or f.document.scanned):
        # a scan's title is not read with trust: what its links call it ("คำสั่งแต่งตั้งคณะทำงาน
        # ประเมินความเสี่ยงการทุจริต ปี 2569"), else the title OCR read, its marks aside ("คำสังสำนักงาน
        # ..." / "เรือง แต่งตังคณะทำงาน ...": OCR drops them)
        said = [lk.context if is_generic(lk.text) else lk.text for lk, _src in t.inbound[:10]]
        hit = next((squash(x)[:60] for x in said if _ORDER.match(key(x)) and _APPOINT_WORD in key(x)), "")
        if hit or not f.document.ocr:
            return hit
        block = title_lines(doc_lines(f.text)[:6], 3)  # its first lines in Thai: OCR's junk lines aside
        keys = [without_marks(key(x)) for x in block]
        if keys and _BARE_ORDER.match(keys[0]) and any(_BARE_APPOINTS.match(k) for k in keys[1:]):
            return squash(block[0])[:60]
        return ""
    block = doc_title_block(f.text)[:3]
    keys = [key(x) for x in block]
    if keys and _ORDER.match(keys[0]) and any(_APPOINTS.match(k) for k in keys[1:]):
        return squash(block[0])[:60]
    return ""


_BARE_ORDER = re.compile(without_marks(_ORDER.pattern))
_BARE_APPOINTS = re.compile(without_marks(_APPOINTS.pattern))


def is_draft(t: Target, item: Item) -> str:
    """The line of a plan's or report's own title block saying it is a draft ("(ร่าง)", "ร่าง
    แผนปฏิบัติการ ..."), "" when none does. A draft TOR is a procurement notice and a draft put
    to a hearing is participation: only for the topics published as the agency's documents."""
    lex = load_topics()[item.topic]
    if not lex.document_expected or item.topic.startswith("procurement_") or t.fact is None:
        return ""
    f = t.fact
    if f.kind == "document":
        if f.document and f.document.ocr:
            return ""
        block = doc_title_block(f.text)
    else:
        block = [f.title, *f.headings[:2]]
    return next((squash(ln)[:60] for ln in block if ln and _DRAFT.match(key(ln))), "")


# More time to make a document: "ประกาศ ... เรื่อง ขยายเวลาการจัดทำแผนการดำเนินงาน ประจำปี 2569";
# not a service that extends something ("งานตรวจลงตราและขยายระยะเวลาการอยู่ในราชอาณาจักร").
_EXTENSION = re.compile(key("ขยาย") + "(?:" + key("ระยะ") + ")?" + key("เวลา") + ".{0,30}?(?:"
                        + "|".join(map(key, ("แผน", "รายงาน", "จัดทำ", "ส่ง", "เสนอ", "เผยแพร่"))) + ")")


def is_extension(t: Target, item: Item) -> str:
    """The title line of a notice giving more time to make or send a plan or report (the title
    block of a document, the title and first heading of a page), when the item is such a
    document: the plan is not made yet, the notice is not it. A procurement notice extending its
    bidding time is a procurement notice: not for the procurement topics. "" otherwise."""
    f = t.fact
    if f is None or t.broken or not load_topics()[item.topic].document_expected or item.topic.startswith("procurement_"):
        return ""
    head = doc_title_block(f.text)[:3] if f.kind == "document" else [TITLE_PARTS.split(f.title)[0], *f.headings[:1]]
    return next((squash(ln)[:80] for ln in head if ln and _EXTENSION.search(key(ln))), "")


# The assessment's own handbook ("คู่มือการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน
# ภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569 / สำนักงาน ป.ป.ช."), often linked from an ITA row: the NACC's
# guidance for every agency, no agency's plan, report or analysis.
_ASSESSMENT_GUIDE = re.compile("^(?:" + "|".join(map(key, ("คู่มือ", "แนวทาง", "หลักเกณฑ์"))) + ")(?:"
                               + "|".join(map(key, ("การประเมิน", "ประกอบการประเมิน"))) + ")(?:"
                               + "|".join(map(key, ("คุณธรรมและความโปร่งใส", "ita", "oit"))) + ")")


def is_assessment_guide(t: Target) -> str:
    """The title line of the NACC's handbook of the ITA assessment (a document or a page), "" when
    the target is not one."""
    f = t.fact
    if f is None or t.broken:
        return ""
    head = doc_title_block(f.text)[:2] if f.kind == "document" else [TITLE_PARTS.split(f.title)[0], *f.headings[:1]]
    return next((squash(ln)[:80] for ln in head if ln and _ASSESSMENT_GUIDE.match(key(ln))), "")


COUNTED_TOPICS = frozenset({"complaint_statistics", "service_statistics"})


COUNTED_MONTHS = 3  # months a table of statistics counts that say which year it is


def counted_year(item: Item, text: str, years: list[int]) -> int:
    """For statistics, the fiscal year the months of the table belong to when it is not the one
    the title names (a title copied from last year's file over this year's figures); 0 otherwise."""
    if not years:
        return 0
    fy = table_year(item, text)
    return fy if fy and fy not in years else 0


def table_year(item: Item, text: str) -> int:
    """For statistics, the one fiscal year whose months (at least :data:`COUNTED_MONTHS`, without
    a day) the top of ``text`` counts; 0 when it counts fewer or several years' months."""
    if item.topic not in COUNTED_TOPICS:
        return 0
    months = set(months_in(text[:HEAD_KEPT], dated=False))
    fys = {m.fiscal_year for m in months}
    return fys.pop() if len(months) >= COUNTED_MONTHS and len(fys) == 1 else 0


def first_month_tally(item: Item, year: int, text: str, title: str) -> str:
    """For statistics of the year, the month of the day that alone dates ``text`` when it is the
    first month of fiscal year ``year`` ("เขียนโดย admin · 30 ต.ค. 2567" for ITA 2568, over a
    table or a scan that names no year): a year's tally put up then counts the year just ended,
    not the one just begun. "" when a title, a fiscal year or a month counted names the year."""
    if item.topic not in COUNTED_TOPICS or fiscal_years_in(title) or fiscal_years_in(text):
        return ""
    dated, bare = dated_years(f"{title}\n{text}")
    if bare or dated != [year] or months_in(text[:HEAD_KEPT], dated=False):
        return ""
    days = [m for m in months_in(text) if m.fiscal_year == year]
    return str(days[0]) if days and all(m.month == 10 for m in days) else ""


FILLED_LEAST = 3  # figures a table of monthly statistics must hold to be filled in


def unfilled_table(item: Item, text: str) -> int:
    """For statistics, a spreadsheet's table with a column per month whose cells hold fewer than
    FILLED_LEAST figures: 1 + that number (so 0 figures is still a truthy answer); 0 when the
    table is filled or is no such table (:func:`checklist.rules.monthly_table_figures`)."""
    if item.topic not in COUNTED_TOPICS:
        return 0
    figures = monthly_table_figures(text[:HEAD_KEPT])
    return figures + 1 if figures is not None and figures < FILLED_LEAST else 0
