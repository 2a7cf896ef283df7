"""Small shared pieces of the document readers (standard library only)."""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass

from common import thai

_EXTRA_BLANK_LINES = re.compile("\n{3,}")


class Unreadable(Exception):
    """The file is damaged or not what it claims to be; the message is the short reason.

    Reported as ``corrupt or unreadable <format>: <reason>``.
    """


class DocError(Exception):
    """A problem reported as it is: ``encrypted``, ``archive bomb: ...``, a missing tool."""


@dataclass
class Parsed:
    """What a reader gives back; the fields are those of ``items.DocumentInfo`` it fills."""

    text: str = ""
    pages: int = 0
    scanned: bool = False
    ocr: bool = False
    reader: str = ""
    error: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


class Budget:
    """A soft deadline for the optional work (a second PDF reader, OCR).

    The crawler kills the worker at the hard timeout; spending at most ``share`` of it on
    extras means the text already read is still returned.
    """

    def __init__(self, timeout: float, share: float = 0.8) -> None:
        self.deadline = time.monotonic() + max(timeout, 0.0) * share

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def spent(self) -> bool:
        return self.left() <= 0


def short(exc: BaseException, limit: int = 120) -> str:
    """``TypeName: first line of the message`` cut to ``limit`` characters."""
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clean_text(text: str) -> str:
    """``thai.clean`` that keeps table structure: one row a line, cells joined by tabs.

    ``thai.clean`` turns tabs into spaces, so a line holding tabs is cleaned cell by cell.
    """
    if "\t" not in text:
        return thai.clean(text)
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if "\t" in line:
            lines.append("\t".join(thai.clean(cell) for cell in line.split("\t")).rstrip("\t"))
        else:
            lines.append(thai.clean(line))
    return _EXTRA_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
