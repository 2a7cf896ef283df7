"""The form of a questions-and-answers page: what a reader sees at the top of one.

An FAQ page (คำถามที่พบบ่อย, "FAQ", "คำถามยอดฮิต") or a page of answered questions is the
agency's questions-and-answers channel in the form the assessment accepts when its lines are
questions with their answers: "ถาม ... / ตอบ ...", "Q: ... / A: ...", or numbered questions
("1. การจองห้องต้องทำอย่างไร"). A page that only names "คำถามที่พบบ่อย" in its menu is not one.
"""

from __future__ import annotations

import re

from common.thai import key

# A question line: ends with "?" or a Thai question word, or opens with "ถาม"/"Q" as a label.
_ASKS = re.compile(r"(?:\?|？|อย่างไร|หรือไม่|หรือเปล่า|อะไร(?:บ้าง)?|ไหม|เมื่อไร|เมื่อไหร่|ที่ไหน|"
                   r"ประเภทใดบ้าง|ใดบ้าง|ได้ไหม|ทำไม.*)\s*$")
_Q_LABEL = re.compile(r"^\s*(?:[•\-*]\s*)?(?:ถาม|คำถาม|q)\s*(?:\d+\s*)?[:：.)]?\s+\S", re.I)
_A_LABEL = re.compile(r"^\s*(?:[•\-*]\s*)?(?:ตอบ|คำตอบ|a)\s*(?:\d+\s*)?[:：.)]?\s+\S", re.I)
# What a page of questions calls itself: in its title, headings, first lines or address.
_NAMES = tuple(key(w) for w in ("คำถามที่พบบ่อย", "คำถามยอดฮิต", "faq", "ถาม-ตอบ", "ถามตอบ", "q&a",
                                "ถาม–ตอบ", "frequently asked", "questions and answers", "คำถาม-คำตอบ"))
QA_LINES = 25  # how far down the questions may be
QUESTIONS_LEAST = 3  # questions (or two labelled question-and-answer pairs) that make the form


def questions_answered(headlines: list[str], lines: list[str], url: str = "") -> int:
    """How many questions the page's first lines ask, when the page calls itself a page of
    questions (title, headings, first lines or address) and asks at least three (or labels two
    questions and their answers); 0 otherwise."""
    named = any(n in key(h) for h in [*headlines, *lines[:3], url.lower()] for n in _NAMES)
    if not named:
        return 0
    top = [ln.strip() for ln in lines[:QA_LINES] if ln.strip()]
    asked = sum(bool(_Q_LABEL.match(ln) or (len(ln) <= 200 and _ASKS.search(ln))) for ln in top)
    answered = sum(bool(_A_LABEL.match(ln)) for ln in top)
    if asked >= QUESTIONS_LEAST or (asked >= 2 and answered >= 2):
        return asked
    return 0


__all__ = ["questions_answered"]
