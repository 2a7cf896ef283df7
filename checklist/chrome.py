"""A web page's chrome: lines of a page's top that belong to the site's frame, not its content.

A crawl of a whole site drops the lines repeated on most of its pages (the banner, the menus:
``SiteIndex.boiler``), but the frame of one page template is often seen once (a page judged on
its own, a small site, a widget only some pages carry). These lines are the frame whatever the
site: the print and font-size buttons, "คลิกที่ภาพเพื่อขยาย" over a gallery, the greeting banner,
the visitor counter, a PHP warning, an icon font's ligature names ("check_circle", "call"),
separator lines. Taken as a page's headline they hide its real one: a news post headed
"คลิกที่ภาพเพื่อขยาย" tells no event; an authority page headed "messager" has no title.
"""

from __future__ import annotations

import re

# A whole line that is chrome (matched on the stripped line, case-insensitive).
_CHROME_LINE = re.compile(
    r"(?:พิมพ์|print|แชร์|share|ย้อนกลับ|กลับ(?:สู่)?หน้า(?:หลัก|แรก)|ขนาด(?:ตัว)?อักษร(?:\s*[ก-๙a-z+\-]{1,3})*"
    r"|messager|[\W_]{1,80})",
    re.I,
)
# A line opening with chrome: the greeting banner with the site's name and phone, the gallery's
# enlarge hint, a theme notice, the visitor counter, a server warning.
_CHROME_START = re.compile(
    r"(?:คลิก(?:ที่)?(?:ภาพ|รูป)(?:เพื่อ)?(?:ขยาย|ดูภาพ)|ยินดีต้อนรับ\s*(?:เข้า)?สู่|ขณะนี้อยู่ระหว่างปรับปรุง"
    r"|สถิติ(?:ผู้)?(?:เยี่ยม|เข้า)ชม|page\s*views?\b|mod_vvisit|(?:php\s*)?(?:warning|notice|deprecated):\s)",
    re.I,
)
# Ligature names of icon fonts (Material Icons) left in a page's text: these never occur between Thai
# words in a sentence; the others below only before a label ("home", "email", "person").
_BAR_ICONS = ("call", "info", "location_on", "access_time", "check_circle", "chevron_right", "arrow_forward",
              "arrow_right")
_ICON = re.compile(r"^(?:" + "|".join((*_BAR_ICONS, "arrow_back", r"keyboard_arrow_\w+", "expand_more", "home",
                                       "email", "place", "person")) + r")\s+(?=\S)")
# A header bar of icon links: an icon's name between Thai labels ("องค์การบริหารส่วนจังหวัด... call
# ข้อมูลการติดต่อ info กองทุน...").
_ICON_BAR = re.compile(r"[ก-๙]\s+(?:" + "|".join(_BAR_ICONS) + r")\s+[ก-๙]")


def is_chrome(line: str) -> bool:
    """The line is the site's frame, not the page's content (:mod:`checklist.chrome`)."""
    s = line.strip()
    return not s or bool(_CHROME_LINE.fullmatch(s) or _CHROME_START.match(s) or _ICON_BAR.search(s))


def without_icon(line: str) -> str:
    """The line without an icon font's ligature name before its label ("check_circle อำนาจหน้าที่")."""
    return _ICON.sub("", line.lstrip(), count=1)
