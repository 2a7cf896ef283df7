"""What PR staff must do about an item that is not ``found``: one concrete Thai sentence.

The sentence joins the checklist's data (the item's ``publish`` text in ``ita-<year>.yaml``, its
period rule, its required parts) with what the audit saw on this site (the old fiscal year of
the file it found, the months still missing, the page holding a dead link, the parts a page
lacks). Every report file prints the same sentence (``ItemResult.action``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from checklist.models import Item, Period
from checklist.rules import required_components
from checklist.verdicts import ItemResult

# The period rules in Thai words (``oit checklist``, reports).
PERIOD_WORDS: dict[str, str] = {
    Period.timeless: "ไม่กำหนดปี",
    Period.multi_year_plan: "แผนหลายปีที่ครอบคลุมปีที่ประเมิน",
    Period.current_fy: "ของปีงบประมาณที่ประเมิน",
    Period.first_half_fy: "รอบ 6 เดือนแรกของปีงบประมาณที่ประเมิน (ต.ค.–มี.ค.)",
    Period.previous_fy: "ผลของปีงบประมาณก่อนปีที่ประเมิน",
    Period.monthly_first_half: "รายเดือน ต.ค.–มี.ค. ของปีงบประมาณที่ประเมิน",
}

_MONTHS_MISSING = re.compile(r"ของเดือน\s+(.+)$")
_LACKING = re.compile(r"ยังขาดองค์ประกอบ:\s*(.+)$")
_BROKEN = re.compile(r"ลิงก์เสีย:\s*(\S+)")


def period_text(item: Item, year: int) -> str:
    """The period this item's evidence must cover for ITA ``year``, in Thai ('' when none)."""
    p = item.period
    if p == Period.current_fy:
        return f"ของปีงบประมาณ พ.ศ. {year}"
    if p == Period.first_half_fy:
        return f"รอบ 6 เดือนแรกของปีงบประมาณ พ.ศ. {year} (ต.ค. {year - 1} – มี.ค. {year})"
    if p == Period.previous_fy:
        return f"ผลของปีงบประมาณ พ.ศ. {year - 1}"
    if p == Period.monthly_first_half:
        return f"ทุกเดือนตั้งแต่ ต.ค. {year - 1} ถึง มี.ค. {year}"
    if p == Period.multi_year_plan:
        return f"ฉบับที่ครอบคลุมปี พ.ศ. {year}"
    return ""


def required_year(item: Item, year: int) -> int | None:
    if item.period == Period.previous_fy:
        return year - 1
    return None if item.period == Period.timeless else year


def what_to_publish(item: Item, year: int) -> str:
    """``แผนปฏิบัติการป้องกันการทุจริต ... ของปีงบประมาณ พ.ศ. 2569`` (with the required parts)."""
    what = item.publish or item.title
    parts = [p for p in required_components(item) if p not in what]
    if parts:
        what += " ต้องมี" + " ".join(parts)
    period = period_text(item, year)
    return f"{what} {period}" if period else what


def _link(item: Item, year: int) -> str:
    return f"ลิงก์จากหน้า ITA ปี {year} ของเว็บไซต์ใต้หัวข้อ {item.code}"


def _where(item: Item, year: int) -> str:
    return "แล้ว" + _link(item, year)


def _broken(result: ItemResult, found_on: Mapping[str, str]) -> list[tuple[str, str]]:
    """(dead URL, page linking it) of the broken links the item's problems name."""
    out = []
    for p in result.problems:
        if m := _BROKEN.search(p):
            url = m.group(1)
            out.append((url, found_on.get(url, "")))
    return out


def _fix_broken(url: str, page: str) -> str:
    where = f"บนหน้า {page}" if page else "บนเว็บไซต์"
    return f"แก้ลิงก์เสีย{where} ที่ชี้ไปยัง {url} (เปิดไม่ได้)"


def action_for(
    item: Item, result: ItemResult, year: int, found_on: Mapping[str, str] | None = None
) -> str:
    """One Thai sentence: what to do for ``result`` (an item not found) on this site.

    ``found_on`` maps broken link URLs to the page that links them (the crawl's broken links).
    """
    if result.status == "found":
        return ""
    what = what_to_publish(item, year)
    broken = _broken(result, found_on or {})
    web = [e for e in result.evidence if e.url.lower().startswith(("http://", "https://"))]
    ev = web[0] if web else (result.evidence[0] if result.evidence else None)
    problems = " ".join(result.problems)
    if result.status == "missing":
        if broken:
            url, page = broken[0]
            return f"{_fix_broken(url, page)} ให้เปิดได้และเป็น{what}"
        return f"เผยแพร่{what} บนเว็บไซต์ของหน่วยงาน {_where(item, year)}"
    assert ev is not None or result.status == "review"
    tail = ""
    if broken:
        tail = " และ" + _fix_broken(*broken[0])
    if result.status == "outdated" and ev is not None:
        need = required_year(item, year)
        old = [y for y in ev.years if need is None or y < need]
        kind = "ไฟล์" if ev.kind == "document" else "หน้า"
        label = f"{kind}ปีงบประมาณ {max(old)}" if old else f"{kind}ปีเก่า"
        return (f"แทน{label} ({ev.url}) ด้วย{what} และแก้ลิงก์ใต้หัวข้อ {item.code} "
                f"ในหน้า ITA ปี {year} ให้ชี้ไปยังฉบับใหม่{tail}")
    url = ev.url if ev else ""
    for p in result.problems:
        if (m := _MONTHS_MISSING.search(p)) and item.period == Period.monthly_first_half:
            return (f"เพิ่ม{item.title}ของเดือน {m.group(1)} ในหน้า {url} "
                    f"{_where(item, year)}{tail}")
        if m := _LACKING.search(p):
            return f"เพิ่ม{m.group(1)}ในหน้า {url} ({item.publish or item.title}){tail}"
    if "ยังไม่มีเนื้อหา" in problems:
        return (f"ใส่เนื้อหาจริงของ{what} ใน {url} (ตอนนี้มีแต่หัวเรื่องหรือข้อความว่าอยู่ระหว่างดำเนินการ)"
                f"{tail}")
    if "หัวเรื่องของหน้า/เอกสารปลายทางเป็นเรื่อง" in problems:
        page = f"ในหน้า {ev.found_on} " if ev and ev.found_on else ""
        return (f"แก้ลิงก์หัวข้อ {item.code} {page}ให้ชี้ไปยัง{what} "
                f"(ตอนนี้ชี้ไปยัง {url} ซึ่งเป็นเรื่องอื่น){tail}")
    if "เว็บไซต์อื่น" in problems:
        return f"นำ{what}มาเผยแพร่บนเว็บไซต์ของหน่วยงานเอง (ตอนนี้ลิงก์ไปยัง {url}) {_where(item, year)}{tail}"
    if "ภาพสแกน" in problems or "อ่านไฟล์ไม่ได้" in problems:
        return f"เผยแพร่{what} เป็นไฟล์ที่เปิดอ่านและค้นข้อความได้ (ไม่ใช่ภาพสแกน) แทน {url}{tail}"
    if "รอบ 6 เดือนแรก" in problems:
        return (f"ระบุในหัวเรื่องของ {url} ว่าเป็นรายงานรอบ 6 เดือนแรก (ต.ค. {year - 1} – มี.ค. {year}) "
                f"ถ้าไม่ใช่ให้เผยแพร่{what}{tail}")
    if "ไม่ระบุปีงบประมาณ" in problems or "ต้องเป็นรายงานผลของปีงบประมาณ" in problems:
        need = required_year(item, year)
        return (f"ระบุปีงบประมาณ พ.ศ. {need} ในชื่อหรือหัวเรื่องของ {url} ถ้าเป็น{what} "
                f"ถ้าไม่ใช่ให้เผยแพร่ฉบับที่ถูกต้อง {_where(item, year)}{tail}")
    if url:
        return (f"ตรวจ {url} ว่าเป็น{what} ครบถ้วนหรือไม่ ถ้าใช่ให้{_link(item, year)} "
                f"ถ้าไม่ใช่ให้เผยแพร่ฉบับที่ถูกต้อง{tail}")
    return f"เผยแพร่{what} บนเว็บไซต์ของหน่วยงาน {_where(item, year)}{tail}"


def add_actions(
    items: list[ItemResult], checklist_items: Mapping[str, Item], year: int,
    found_on: Mapping[str, str] | None = None,
) -> list[ItemResult]:
    """Set ``action`` on every item not found (``checklist_items``: code -> checklist item)."""
    for r in items:
        item = checklist_items.get(r.code)
        if item is not None:
            r.action = action_for(item, r, year, found_on)
    return items
