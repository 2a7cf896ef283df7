"""The form of a citizens' service guide: what a reader sees at the top of one.

A service guide (คู่มือสำหรับประชาชน) often carries no word "คู่มือ": its headline names a
service a citizen asks for ("การขออนุญาตก่อสร้างอาคาร", "การจดทะเบียนพาณิชย์", "การขอเลขหมาย
ประจำบ้าน", "การยื่นแบบชำระภาษี") and its first lines say what it takes: who may ask, the
documents to bring, the steps, the time, the fee, where to file. The words below are the common
vocabulary of Thai service guides, not of any one site.
"""

from __future__ import annotations

import re
from functools import lru_cache

from common.thai import arabic_digits, key

# A headline naming a request of a citizen: "การขออนุญาต...", "การจดทะเบียน...", "ขอรับ...".
_REQUEST = re.compile("^(?:" + "|".join(re.escape(key(w)) for w in (
    "การขออนุญาต", "การขอใบอนุญาต", "การขอรับ", "การขอจดทะเบียน", "การจดทะเบียน", "การขอเลขหมาย",
    "การขอหนังสือรับรอง", "การขอต่ออายุ", "การขอเปลี่ยน", "การขอแก้ไข", "การขอคัด", "การขอ",
    "การยื่นคำขอ", "การยื่นคำร้อง", "การยื่นแบบ", "การแจ้งเกิด", "การแจ้งตาย", "การแจ้งย้าย", "การแจ้ง",
    "การลงทะเบียน", "การชำระภาษี", "การชำระค่า", "ขออนุญาต", "ขอใบอนุญาต", "จดทะเบียน",
)) + ")")

# What a guide says about the service: eligibility, documents, steps, time, fee, place.
GUIDE_WORDS = tuple(
    key(w)
    for w in (
        "เอกสารที่ต้องใช้", "เอกสารประกอบ", "เอกสารหลักฐาน", "หลักฐานที่ต้องใช้", "การเตรียมเอกสาร",
        "หลักเกณฑ์", "คุณสมบัติ", "ผู้มีสิทธิ", "ขั้นตอน", "ระยะเวลา", "ค่าธรรมเนียม", "สถานที่ยื่น",
        "ยื่นคำขอ", "ยื่นคำร้อง", "แบบคำขอ", "แบบคำร้อง", "ภายใน 15 วัน", "ภายใน 30 วัน", "นับแต่วัน",
        "ผู้ขออนุญาต", "ผู้ยื่นคำขอ", "ใบอนุญาต", "สำเนาบัตรประจำตัวประชาชน", "สำเนาทะเบียนบ้าน",
        "หนังสือมอบอำนาจ",
    )
)

# A headline of something else than a guide: a job opening, a result, an announcement of names.
_NOT_A_GUIDE = tuple(key(w) for w in ("รับสมัคร", "ประกาศรายชื่อ", "ผลการ", "สถิติ", "ประชาสัมพันธ์"))
GUIDE_LEAST = 2  # different guide words the first lines must hold
GUIDE_LINES = 10  # how far down they may be


@lru_cache(maxsize=16384)
def _guide_words(headline_key: str, body_key: str) -> tuple[str, ...]:
    if not _REQUEST.match(headline_key) or any(w in headline_key for w in _NOT_A_GUIDE):
        return ()
    return tuple(w for w in GUIDE_WORDS if w in body_key)


def guides_a_service(headlines: list[str], lines: list[str]) -> list[str]:
    """The guide words of the page's first lines when one of its headlines (its title, its
    headings, its first three lines) names a service a citizen asks for and the lines say what it
    takes (at least two kinds); [] otherwise."""
    body = key(" ".join(lines[:GUIDE_LINES]))
    for headline in [*headlines, *lines[:3]]:
        found = _guide_words(key(headline), body)
        if found:
            return list(found) if len(found) >= GUIDE_LEAST else []
    return []


# A guide's steps with the time each takes ("ขั้นตอนที่ 1 ติดต่อจุดบริการ ... 5 นาที"): the
# service-steps table every citizens' manual under the Licensing Facilitation Act carries.
_STEP = re.compile(r"^\s*(?:ขั้นตอนที่|ขั้นที่|step)\s*\d", re.I)
_DURATION = re.compile(r"\d+\s*(?:นาที|ชั่วโมง|ชม\.|วันทำการ|วัน)(?![ก-๙])")
STEPS_LEAST = 2  # step lines, and durations, the page's first lines must hold
STEP_LINES = 20


def service_steps(lines: list[str]) -> int:
    """How many numbered steps with their times the page's first lines list (0 unless at least
    two steps and two durations: a service's steps as a citizens' manual gives them)."""
    top = [arabic_digits(ln) for ln in lines[:STEP_LINES]]
    steps = sum(bool(_STEP.match(ln)) for ln in top)
    times = sum(len(_DURATION.findall(ln)) for ln in top)
    return steps if steps >= STEPS_LEAST and times >= STEPS_LEAST else 0


__all__ = ["GUIDE_WORDS", "guides_a_service", "service_steps"]
