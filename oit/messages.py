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
