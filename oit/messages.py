"""The language of the command line: Thai, or English where the user's locale asks for it.

Every message a user reads is written twice at the place it is printed, ``say("ไทย", "English")``:
the Thai text is the one shown unless ``OIT_LANG`` (or, without it, ``LC_ALL``, ``LC_MESSAGES``,
``LANG`` in that order, as POSIX reads them) names an English locale such as ``en_US.UTF-8``.
``C``/``POSIX`` locales, unset variables and every other language get Thai."""

from __future__ import annotations

import os


def language() -> str:
    """``"en"`` when the first set locale variable names English, else ``"th"``."""
    for name in ("OIT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip().lower()
        if value:
            return "en" if value.startswith("en") else "th"
    return "th"


def say(thai: str, english: str) -> str:
    """The message in the user's language."""
    return english if language() == "en" else thai


# argparse's own words (usage, option groups, its error messages) in Thai
_ARGPARSE_TH = {
    "usage: ": "วิธีใช้: ",
    "positional arguments": "ค่าที่ต้องระบุ",
    "options": "ตัวเลือก",
    "optional arguments": "ตัวเลือก",
    "show this help message and exit": "แสดงวิธีใช้นี้แล้วจบ",
    "the following arguments are required: %s": "ต้องระบุ: %s",
    "unrecognized arguments: %s": "ไม่รู้จักค่าเหล่านี้: %s",
    "expected one argument": "ต้องระบุค่าหนึ่งค่า",
    "invalid choice: %(value)r (choose from %(choices)s)": "ค่า %(value)r ใช้ไม่ได้ (เลือกจาก %(choices)s)",
    "invalid %(type)s value: %(value)r": "ค่า %(value)r ใช้ไม่ได้",
    "argument %(argument_name)s: %(message)s": "ตัวเลือก %(argument_name)s: %(message)s",
    "one of the arguments %s is required": "ต้องระบุตัวเลือกใดตัวเลือกหนึ่งใน %s",
    "not allowed with argument %s": "ใช้ร่วมกับ %s ไม่ได้",
    "ambiguous option: %(option)s could match %(matches)s": "ตัวเลือก %(option)s กำกวม อาจเป็น %(matches)s",
}


def use_language_in_argparse() -> None:
    """argparse's built-in words (usage, options, its errors) in the user's language."""
    import argparse

    if language() == "en":
        return
    argparse._ = lambda text: _ARGPARSE_TH.get(text, text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: _ARGPARSE_TH.get(one if n == 1 else many, one if n == 1 else many)  # type: ignore[attr-defined]
