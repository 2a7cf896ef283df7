"""Where the Thai fonts of report.pdf are, without importing the PDF writer: an audit knows
whether it can write the PDF (and says why not) before it loads fpdf2."""

from __future__ import annotations

import os
from pathlib import Path

FONT_DIRS = (
    "/usr/share/fonts/truetype/tlwg",
    "/usr/share/fonts/truetype/thai-tlwg",
    "/usr/local/share/fonts/tlwg",
    "/usr/share/fonts/TTF",
)
FONT_FILES = {"": "Loma.ttf", "B": "Loma-Bold.ttf"}


class FontNotFound(RuntimeError):
    """The Thai font is not installed (scripts/setup.sh installs fonts-thai-tlwg-ttf)."""


def find_font(file_name: str) -> Path:
    dirs = [os.environ["OIT_FONT_DIR"]] if os.environ.get("OIT_FONT_DIR") else []
    for d in [*dirs, *FONT_DIRS]:
        p = Path(d) / file_name
        if p.is_file():
            return p
    raise FontNotFound(
        f"Thai font {file_name} not found in {', '.join([*dirs, *FONT_DIRS])}: install the "
        "Debian package fonts-thai-tlwg-ttf (scripts/setup.sh) or set OIT_FONT_DIR"
    )
