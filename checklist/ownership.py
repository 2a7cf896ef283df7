"""Whose document is it? The agency's own name and kind, and the other bodies a title names.

A site holds other bodies' papers beside the agency's own: a district's letter, a province's plan,
a child-care centre's report, a parent department's rules, another office of the province's
announcement. These functions read the site's home-page title (as a key, :func:`own_name`) and a
document's title block or a page's headlines, and say which body they name: pure text, no site
index (the matcher, :mod:`checklist.match`, calls them with what it has read).
"""

from __future__ import annotations

import re
from functools import cache

from checklist.signals import OTHER_UNITS
from common.thai import key, squash


@cache
def _owner() -> re.Pattern:
    """ "... ของจังหวัดชัยภูมิ", "... ของกรมปศุสัตว์": a headline saying whose the document is."""
    bodies = ("จังหวัด", "อำเภอ", "กระทรวง", "กรม", "สำนักงาน", *(long for long, _short in _KINDS))
    return re.compile(key("ของ") + "((?:" + "|".join(map(key, bodies)) + r")\S{2,40})")


def another_owner(home_title_key: str, headlines: list[str]) -> str:
    """The body a headline says the page's document belongs to ("ประชาสัมพันธ์นโยบาย No Gift
    Policy ของจังหวัดชัยภูมิ" on an อบต.'s site), when it is not the agency: "" when none is named
    or the agency is that body. A local government's own is of its own kind ("ของเทศบาลตำบล...")."""
    own = home_title_key
    local = any(x in own[:40] for x in _LOCAL)
    for ln in headlines:
        m = _owner().search(key(ln))
        if not m or len(own) < 8:
            continue
        body = m.group(1)
        if local:
            kind = agency_kind(own)
            if kind and body.startswith(kind):
                continue
        elif body[:12] in own:
            continue
        return squash(ln)[:80]
    return ""


# Parts of a home page's title that name no agency ("หน้าหลัก | รพ.สต.บ้านโคกกระเบา").
_GENERIC_PARTS = tuple(key(w) for w in ("หน้าหลัก", "หน้าแรก", "home", "ยินดีต้อนรับ", "welcome"))


def own_name(home_title: str) -> str:
    """The key of the agency's name as its home page title gives it: the parts of the title that
    name no agency set aside ("หน้าหลัก", "Home"), the short forms of agency kinds spelled out
    ("รพ.สต.บ้านโคกกระเบา" → "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกกระเบา"), so that a document
    naming the agency in full is its own."""
    parts = [key(p) for p in re.split(r"\s*[|:–»]+\s*|\s+-+\s+", home_title or "") if key(p)]
    named = [p for p in parts if not p.startswith(_GENERIC_PARTS) or len(p) > 20]
    return spelled_out(" ".join(named or parts))


def spelled_out(k: str) -> str:
    """A key with the short forms of agency kinds spelled out ("รพ.สต." → "โรงพยาบาลส่งเสริมสุขภาพตำบล")."""
    for long, short in _KIND_KEYS:
        if short and short in k:
            k = k.replace(short, long)
    return k


# A centre of a region, province or district named in a title ("ศูนย์ส่งเสริมหัตถกรรมภาคใต้",
# "ศูนย์ปฏิบัติการต่อต้านการทุจริต อำเภอเชียงยืน"): a regional unit or the district's body, not the
# agency whose site it is (unless the site is that centre's); a local body's own centre names its
# ตำบล or เทศบาล first.
_CENTRE = re.compile(key("ศูนย์") + r"(?:(?!ตำบล|เทศบาล|อบต|ทต\.).){0,40}?(?:ภาค|อำเภอ|จังหวัด|เขต)\S{0,12}")


# A station on a line of its own ("สถานีควบคุมไฟป่าห้วยเสือดาว" under a report's title on a national
# park's site, "สถานีตำรวจภูธร..." on another station's): a unit of its own.
_STATION = re.compile("^" + key("สถานี") + r"\S{4,}")
STATION_LINE = 80  # characters (as keys) of a title line that is a station's name
# A department's centre on a line of its own ("ศูนย์วิจัยและพัฒนาน้ำบาดาล กรมทรัพยากรน้ำบาดาล" on a
# regional office's site): a unit of its own.
_DEPARTMENT_CENTRE = re.compile(key("ศูนย์") + r"\S{4,40}?(?=" + key("กรม") + "|" + key("กระทรวง") + ")")


# A centre's name alone on a line, on the site of a centre of another name: a sister unit.
_CENTRE_WORD = key("ศูนย์")
_A_CENTRE = re.compile(_CENTRE_WORD + r"\S{6,}$")
CENTRE_LINE = 40  # characters (as keys) of a line that is a centre's name and nothing else


# A department's unit of another kind than a centre, named before its department on a line of its
# own ("พิพิธภัณฑสถานแห่งชาติพระนครศรีเมือง สำนักพิพิธภัณฑสถานแห่งชาติ กรมศิลปากร"): the unit's name
# up to the body over it, compared with the site's by its last letters (the place).
_DEPARTMENT_UNIT = re.compile("(?:" + "|".join(map(key, ("พิพิธภัณฑสถาน", "หอสมุด", "หอจดหมายเหตุ", "อุทยาน")))
                              + r")\S{4,60}?(?=" + key("สำนัก") + "|" + key("กรม") + "|" + key("กระทรวง") + ")")


_TAMBON_CENTRE = re.compile(key("ศูนย์") + r".{0,40}?" + key("ตำบล") + r"\S{0,12}")


def another_centre(home_title_key: str, lines: list[str]) -> str:
    """The regional or district centre, or the station, a title names as its own, "" when none
    (:data:`_CENTRE`, :data:`_STATION`)."""
    for ln in lines:
        k = key(ln)
        if _SECTION.match(ln):
            continue  # "1. วัตถุประสงค์ เพื่อให้เจ้าหน้าที่ศูนย์ดำรงธรรมอำเภอ...": a section of the body
        m = None
        if len(k) <= 160:
            m = _CENTRE.search(k)
            if m is None and not any(x in home_title_key[:60] for x in _LOCAL):
                m = _TAMBON_CENTRE.search(k)  # a tambon's centre under a district or provincial office
        if m is None and len(k) <= STATION_LINE:
            m = _STATION.match(k) or _DEPARTMENT_CENTRE.match(k)
        if m is None and len(k) <= STATION_LINE and (u := _DEPARTMENT_UNIT.match(k)) and \
                u.group()[-PLACE_NAME:] not in home_title_key:
            return squash(ln)[:80]  # "พิพิธภัณฑสถานแห่งชาติ พระนครศรีเมือง ... กรมศิลปากร" on a library's site
        if (m is None and len(k) <= CENTRE_LINE and home_title_key.startswith(_CENTRE_WORD)
                and "ฯ" not in k and k[-PLACE_NAME:] not in home_title_key):
            m = _A_CENTRE.match(k)  # "ศูนย์วิจัยข้าวท่าอุเทน" alone under a plan's title on a seed centre's site
        if m and m.group()[:12] not in home_title_key \
                and not _own_level(home_title_key, m.group()) and not _names_own(home_title_key, k):
            return squash(ln)[:80]
    return ""


def _names_own(home_title_key: str, k: str) -> bool:
    """A line's key names the agency itself by its full name ("ณ ศูนย์รับเรื่องร้องเรียน
    สำนักงานปศุสัตว์จังหวัดชัยบุรี": the agency's own centre)."""
    return len(home_title_key) >= 12 and home_title_key in k


_SECTION = re.compile(r"^\s*(?:[0-9๐-๙]{1,2}\s*[.)]|\([0-9๐-๙]{1,2}\))\s*\S")
_LEVEL = re.compile("|".join(map(key, ("ภาค", "อำเภอ", "จังหวัด", "เขต"))))
_LOCAL = tuple(key(x) for x in ("เทศบาล", "องค์การบริหารส่วน", "อบต", "อบจ"))


def _own_level(home_title_key: str, centre: str) -> bool:
    """A centre of the agency's own district or province on the site of that district's or
    province's office ("ศูนย์ดำรงธรรมอำเภอนาคูณใต้" on ที่ทำการปกครองอำเภอนาคูณใต้'s site): its
    own, not another unit's. A local government's title names its district as an address only."""
    level = _LEVEL.search(centre)
    head = home_title_key[:60]
    return bool(level) and centre[level.start():] in head and not any(x in head for x in _LOCAL)


# A division of the agency opening a title line ("กองสาธารณสุขและสิ่งแวดล้อม เทศบาลนคร...",
# "สำนักปลัด", "ฝ่ายบริหารงานทั่วไป"); "สำนักงาน..." is an agency, "กองทุน..." a fund.
_DIVISION = re.compile(key("กอง") + "(?!ทุน|ทัพ)|" + key("สำนัก") + "(?!งาน)|" + key("ฝ่าย"))
# What the agency makes as a whole: a division's annual report or plan is not the agency's (its
# procurement summaries, HR plan or anti-corruption plan are the agency's, whichever division made them).
AGENCY_WIDE = frozenset({"annual_performance_report", "annual_action_plan", "dev_plan"})


def own_division(home_title_key: str, title_block: list[str]) -> str:
    """A short line of the title block that opens with a division of the agency, on a site that is
    not that division's own; "" when none. A division of a body above the agency ("กองเมล็ดพันธุ์ข้าว
    กรมการข้าว" under a rice seed centre's name) is its line of command, not one of its divisions."""
    for ln in title_block:
        k = key(ln)
        if _division_line(home_title_key, k) and not _division_above(home_title_key, k):
            return squash(ln)[:80]
    return ""


def _division_line(home_title_key: str, k: str) -> bool:
    """A short title line (as a key) opening with a division ("กอง...", "สำนัก...", "ฝ่าย...") that is
    not the site's own name."""
    return len(k) <= 80 and bool(_DIVISION.match(k)) and k[:12] not in home_title_key


def _division_above(home_title_key: str, k: str) -> str:
    """The body above the agency a division's line names after the division ("กรมกิจการผู้สูงอายุ" of
    "กองบริหารทรัพยากรบุคคล กรมกิจการผู้สูงอายุ" on a centre's site), "" when none or the agency's own."""
    for parent in _PARENTS:
        i = k.find(parent, 1)
        if i > 0 and k[i:i + OWN_NAME] not in home_title_key and k[i:] not in _NAMELESS:
            return k[i:]
    return ""


# Kinds of Thai public agencies as a document's title block names its own, short forms folded;
# the longer first ("โรงพยาบาลส่งเสริมสุขภาพตำบล" before "โรงพยาบาล").
_KINDS = (
    ("โรงพยาบาลส่งเสริมสุขภาพตำบล", "รพ.สต."), ("องค์การบริหารส่วนตำบล", "อบต."),
    ("องค์การบริหารส่วนจังหวัด", "อบจ."), ("เทศบาลตำบล", "ทต."), ("เทศบาลเมือง", "ทม."),
    ("เทศบาลนคร", "ทน."), ("ที่ว่าการอำเภอ", ""), ("ที่ทำการปกครองจังหวัด", ""),
    ("สำนักงานสาธารณสุขจังหวัด", "สสจ."), ("สำนักงานสาธารณสุขอำเภอ", "สสอ."),
    ("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", "สพม."), ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "สพป."),
    ("สำนักงานเขตพื้นที่การศึกษา", ""), ("สำนักงานจังหวัด", ""), ("ศูนย์พัฒนาเด็กเล็ก", "ศพด."),
    ("โรงพยาบาล", "รพ."), ("โรงเรียน", "รร."),
    ("สถานีตำรวจภูธร", "สภ."), ("สถานีตำรวจนครบาล", "สน."), ("ตำรวจภูธรจังหวัด", "ภ.จว."),
    ("ตำรวจภูธรภาค", ""), ("สำนักงานตำรวจแห่งชาติ", ""),
)
_KIND_KEYS = tuple((key(long), key(short)) for long, short in _KINDS)
OTHER_UNITS_SPELLED = tuple(dict.fromkeys(spelled_out(u) for u in OTHER_UNITS))  # "รพ.สต." as the long name
# Units a title line opens with, as a unit's own document: the other units, a school (a
# municipality's school's SAR, "โรงเรียนเทศบาล 1", names the municipality as its owner too) and a
# municipal pawnshop ("สถานธนานุบาลเทศบาลนคร... แห่งที่ 2"). Not in
# OTHER_UNITS, which every document topic also takes as exclusions: a school's own site titles
# everything with its name.
_UNIT_STARTS = (*OTHER_UNITS_SPELLED, key("โรงเรียน"),
                # a municipality's enterprise, its own plans under the municipality's name
                key("สถานธนานุบาล"), key("โรงรับจำนำ"))


# A document's name before the unit whose it is ("รายงานผลการดำเนินงาน (SAR) โรงเรียนเทศบาล 1"), and
# the words after a unit that make it units in general ("แผนพัฒนาการศึกษา โรงเรียนในสังกัด"), no one's.
_OPENS_AS_DOCUMENT = re.compile("^(?:" + "|".join(map(key, ("รายงาน", "แผน", "ผลการ", "สรุป"))) + ")")
_DOCUMENT_NAME_CHARS = 40
_UNITS_AT_LARGE = tuple(key(w) for w in ("ใน", "ทุก", "และ", "สังกัด", "ทั้ง", "ต่าง"))


def names_unit(home_title_key: str, line: str) -> bool:
    """A title line opens with a unit other than the agency ("ศูนย์พัฒนาเด็กเล็ก...", "ประกาศ
    ศูนย์บริการสาธารณสุข ๑ ...", "โรงเรียนเทศบาล 1 (วัดบ่อตะเคียน)"), or names it right after the
    document's name ("รายงานผลการดำเนินงาน (SAR) โรงเรียนเทศบาล 1"): its notice, plan or report."""
    k = NOTICE.sub("", spelled_out(key(line)))
    for u in _UNIT_STARTS:
        if u in home_title_key:
            continue
        if k.startswith(u):
            return True
        at = k.find(u)
        if 0 < at <= _DOCUMENT_NAME_CHARS and _OPENS_AS_DOCUMENT.match(k) and not k[at + len(u):].startswith(_UNITS_AT_LARGE):
            return True
    return False


def agency_kind(text: str, *, start: bool = False) -> str:
    """The kind of agency ``text`` names (at its start only, with ``start``), "" when none."""
    k = key(text)
    best = (len(k) + 1, 0, "")
    for long, short in _KIND_KEYS:
        for form in (long, short):
            if form and (k.startswith(form) if start else form in k):
                best = min(best, (k.find(form), -len(long), long))  # the longest kind at a place
    return best[2]


# A body above the agency (a department, a ministry, the courts' office, a province's local
# government over its transferred health units), as a title line opening with it names it.
_PARENTS = tuple(key(w) for w in ("กรม", "กระทรวง", "สำนักงานปลัดกระทรวง", "สำนักงานศาลยุติธรรม",
                                  "องค์การบริหารส่วนจังหวัด", "อบจ.",
                                  # the commissions' offices over schools and colleges (สพฐ., สอศ., สป.อว.)
                                  "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "สำนักงานคณะกรรมการการอาชีวศึกษา",
                                  "สำนักงานคณะกรรมการการอุดมศึกษา",
                                  # an institute over its colleges (สถาบันพระบรมราชชนก, สถาบันวิทยาลัยชุมชน)
                                  # and a university's president's office over its faculties
                                  "สถาบัน", "สำนักงานอธิการบดี",
                                  # an armed force over its units (กองทัพอากาศ over a wing)
                                  "กองทัพ"))
# Kinds that name a body only with its name after them ("กรม" + "ส่งเสริมการเกษตร"); the
# others above are bodies by themselves ("สำนักงานศาลยุติธรรม").
_NAMELESS = frozenset(key(w) for w in ("กรม", "กระทรวง", "สำนักงานปลัดกระทรวง", "องค์การบริหารส่วนจังหวัด", "อบจ.", "อบจ",
                                       "สถาบัน", "สำนักงานอธิการบดี", "กองทัพ"))
OWN_NAME = 12  # characters of the site's own name (its home page title) a title block must show


def parent_body(home_title_key: str, title_block: list[str]) -> str:
    """A line of a document's title block opens with a body above the site's agency ("กรมส่งเสริม
    การเกษตร" in a file on สำนักงานเกษตรจังหวัด's site) and no line names the agency itself: the
    department's report, not the office's. "" when the site is that body's own (its home page
    title names it) or the title block names the site's agency too."""
    if len(home_title_key) < OWN_NAME:
        return ""
    keys = [key(ln) for ln in title_block]
    if not any(_names_own(home_title_key, k) for k in keys):
        # a regional office of the agency's own line ("สำนักงานศึกษาธิการภาค 17" over
        # "สำนักงานศึกษาธิการจังหวัด..."): the shared opening words are no sign of the agency itself
        for ln, k in zip(title_block, keys, strict=True):
            if len(k) <= 80 and (m := _REGION_OFFICE.match(_after_document_name(k))) and m.group() not in home_title_key:
                return squash(ln)[:80]
    if (campus := _CAMPUS.search(home_title_key)) and not any(home_title_key[campus.start():][:OWN_NAME] in k for k in keys):
        # a campus's site ("สถาบันการพลศึกษา วิทยาเขตภูผาทอง"): a block naming the institute and no
        # campus is the institute's, the campus's parent
        stem = home_title_key[:campus.start()]
        for ln, k in zip(title_block, keys, strict=True):
            if len(stem) >= 6 and stem in k and len(k) <= 80:
                return squash(ln)[:80]
    if any(_own_name_in(home_title_key[:OWN_NAME], k) for k in keys):
        return ""
    for ln, k in zip(title_block, keys, strict=True):
        k = NOTICE.sub("", k)  # the body's own notice ("ประกาศกรมราชทัณฑ์ ...") names it after its form
        k = _PLAN_NAME.sub("", k)  # ... and its plan or report after the plan's name ("แผนพัฒนาสถาบัน...")
        if _division_line(home_title_key, k) and _division_above(home_title_key, k):
            return squash(ln)[:80]  # a division of the body above ("กองบริหารทรัพยากรบุคคล กรม...")
        if len(k) <= 80 and k.startswith(_PARENTS) and k[:OWN_NAME] not in home_title_key:
            if k in _NAMELESS:
                continue  # a kind alone (a wrapped "... ค่าธรรมเนียมบำรุง" / "อบจ.") names no body
            if spelled_out(k) in home_title_key:
                continue  # the agency itself by its short form ("อบจ.โพนคำ" on องค์การบริหารส่วนจังหวัดโพนคำ's site)
            return squash(ln)[:80]
    return ""


def _own_name_in(own: str, k: str) -> bool:
    """The opening of the agency's name stands in ``k`` other than inside the name of the
    institute over it ("วิทยาลัยชุมชน..." of a community college within "สถาบันวิทยาลัยชุมชน");
    "สำนักงานอธิการบดี มหาวิทยาลัย..." is the university's own office."""
    i = k.find(own)
    while i >= 0:
        if not k[:i].endswith(_INSTITUTE):
            return True
        i = k.find(own, i + 1)
    return False


_CAMPUS = re.compile(key("วิทยาเขต"))  # a campus of a university or an institute, named after it
_INSTITUTE = key("สถาบัน")  # a body named after the kind of its members (สถาบันวิทยาลัยชุมชน)


# The name of a plan or report a body's own title runs on into ("แผนพัฒนาสถาบันวิทยาลัยชุมชน ระยะ 5 ปี",
# "แผนยุทธศาสตร์สถาบันพระบรมราชชนก พ.ศ. 2566 - 2570"): the body follows it.
_PLAN_NAME = re.compile("^(?:" + "|".join(sorted(map(key, (
    "แผนพัฒนา", "แผนยุทธศาสตร์", "แผนปฏิบัติการ", "แผนปฏิบัติราชการ", "แผนการดำเนินงาน",
    "รายงานประจำปี", "รายงานผลการดำเนินงาน")), key=len, reverse=True)) + ")")


# A regional office above a provincial office or a hospital ("สำนักงานศึกษาธิการภาค 17",
# "สำนักงานเขตสุขภาพที่ 8", "สำนักงานสรรพากรภาค 9").
_REGION_OFFICE = re.compile(key("สำนักงาน") + r"\S{0,24}?(?:" + key("ภาค") + r"(?:\d|ที่)|" + key("เขตสุขภาพ") + ")")


# A report's or plan's name and year before the body that made it ("รายงานประจำปี 2568
# สำนักงานเขตสุขภาพที่ 10").
_DOCUMENT_NAME = re.compile("(?:" + key("รายงาน") + "|" + key("แผน") + r")\D{0,40}?(?:25|20)\d\d")


def _after_document_name(k: str) -> str:
    """A title line's key without the document's name and year it opens with, if it does."""
    m = _DOCUMENT_NAME.match(k)
    return k[m.end():] if m else k


# "แผนนี้ใช้กับ ... รวมถึงบุคลากรในโรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน", "สำนักงานวัฒนธรรมจังหวัด
# ถือปฏิบัติตามคู่มือนี้": the body's document says it covers units of the site's own kind.
_APPLIES = re.compile("|".join(map(key, ("รวมถึง", "ครอบคลุม", "ใช้กับ", "ใช้บังคับกับ", "บังคับใช้กับ", "ถือปฏิบัติ"))))
APPLIES_REACH = 80  # characters either side of the word that say whom the document covers


def own_kind(home_title_key: str) -> str:
    """The agency's kind: a known kind (:func:`agency_kind`), else its name up to its place
    ("สำนักงานวัฒนธรรมจังหวัด" of "สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย"); "" when neither."""
    if kind := agency_kind(home_title_key):
        return kind
    for place in _PLACES:
        if (i := home_title_key.find(place)) >= 4:
            return home_title_key[: i + len(place)]
    return ""


def applies_to_own_kind(home_title_key: str, head: str) -> bool:
    """A parent body's document says it covers units of the agency's own kind ("... รวมถึง
    โรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน" on a transferred รพ.สต.'s site, "สำนักงานวัฒนธรรมจังหวัด
    ถือปฏิบัติตามคู่มือนี้" on a provincial culture office's): it governs the agency, so it is the
    agency's document for the item, not another body's."""
    own = own_kind(home_title_key)
    k = key(head)
    return bool(own) and any(
        own in spelled_out(k[max(0, m.start() - APPLIES_REACH): m.end() + APPLIES_REACH]) for m in _APPLIES.finditer(k))


_PROVINCE_WORD = key("จังหวัด")
# ... and a branch of the same enterprise: "การยางแห่งประเทศไทย สาขาคลองวังหิน" on สาขาทุ่งโพธิ์ทอง's site
_PLACES = (_PROVINCE_WORD, key("อำเภอ"), key("ตำบล"), key("สาขา"))
OFFICE_KEY = key("สำนักงาน")
PLACE_NAME = 4  # characters of a place's name compared


# The form word a notice or an order opens with ("ประกาศ...", "คำสั่ง..."), the issuer's name after it.
NOTICE = re.compile("^(?:" + "|".join(map(key, ("ประกาศ", "คำสั่ง"))) + ")")
_ISSUED = re.compile(NOTICE.pattern + "(?=" + key("สำนักงาน") + ")")


_BRANCH = key("สาขา")
BRANCH_NAME = 20  # characters (as keys) of a branch's name ending a title line
# what follows "สาขา" when it names no branch ("สาขาวิชา", "สาขาในสังกัด", "ทุกสาขา" ...)
_NO_BRANCH = tuple(key(w) for w in ("วิชา", "ใน", "ทุก", "ต่าง", "ของ", "ที่", "และ"))


def another_branch(home_title_key: str, k: str) -> bool:
    """A title line (as a key) names a branch other than the one the site is ("... สาขาสว่างแดนดิน" on
    the site of "NT สาขาบ้านดงเค็ง", "การเคหะแห่งชาติ ... สาขาดงมะไฟ" on "... สาขาหนองบัวขาว"'s),
    whatever words of the enterprise come before it."""
    h, i = home_title_key.find(_BRANCH), k.find(_BRANCH)
    if h < 0 or i < 0:
        return False
    ours, theirs = home_title_key[h + len(_BRANCH):], k[i + len(_BRANCH):]
    if not theirs or len(theirs) > BRANCH_NAME or theirs.startswith(_NO_BRANCH) or not ours:
        return False  # (a sentence "สาขาดำเนินการตามมาตรการครบ ..." names no branch: a name ends the line)
    return theirs[:PLACE_NAME] != ours[:PLACE_NAME] and ours[:PLACE_NAME] not in k


def another_place(home_title_key: str, title_block: list[str]) -> bool:
    """A line of a document's title block names the site's own kind of agency in another place:
    "สำนักงานที่ดินจังหวัดเขาสูง" in a file on the site of "สำนักงานที่ดินจังหวัดภูผาทอง" (the same
    words up to "จังหวัด", "อำเภอ", "ตำบล" or a branch's "สาขา", then another name), or under another number
    (:func:`another_number`)."""
    for ln in title_block:
        k = _ISSUED.sub("", key(ln))  # "ประกาศสำนักงาน...": the office that issues it
        if len(k) > 80:
            continue
        # a scan's numbers OCR read from Thai digits are masked ("ที่ ####", unread_thai_numbers):
        # they match any of the agency's
        home = re.sub(r"\d", "#", home_title_key) if "#" in k else home_title_key
        if another_number(home, k):
            return True  # a sibling of the same name and another number
        if another_branch(home, k):
            return True
        for place in _PLACES:
            i = k.find(place)
            if i < 4:
                continue
            if place != _PROVINCE_WORD and k[:i].startswith(OFFICE_KEY) and k[:i] + _PROVINCE_WORD in home:
                # the same office one level down: "สำนักงานพัฒนาชุมชนอำเภอตะพานหิน" in a file on the
                # site of "สำนักงานพัฒนาชุมชนจังหวัดพิจิตร" (a district office's summary, not the province's)
                return True
            prefix = k[: i + len(place)]
            j = home.find(prefix)
            if j < 0:
                # another office of the same place: "สำนักงานจัดหางานจังหวัดศรีนครไชย" in a file on
                # the site of "สำนักงานแรงงานจังหวัดศรีนครไชย"
                here = k[i:][: len(place) + PLACE_NAME]
                o = home.find(here)
                if len(here) > len(place) and o > 0 and k.startswith(OFFICE_KEY) and \
                        home[:o].startswith(OFFICE_KEY) and home[:o] != k[:i]:
                    return True
                # a province's office in a file on the site of a body named by its place but no
                # province ("สำนักงานจัดหางานจังหวัดภูผาหลวง" on the site of "สถาบันพัฒนาฝีมือแรงงาน 34
                # ภูผาหลวง"): another agency of the same place
                name = k[i + len(place):][:PLACE_NAME]
                if place == _PROVINCE_WORD and k.startswith(OFFICE_KEY) and _PROVINCE_WORD not in home and \
                        len(name) == PLACE_NAME and name in home:
                    return True
                continue
            theirs, ours = k[len(prefix):][:PLACE_NAME], home[j + len(prefix):][:PLACE_NAME]
            if theirs and ours and theirs != ours:
                return True
            break
    return False


# A unit numbered among its kind: "แขวงทางหลวงชัยภูมิที่ 3", "สพป.เพชรบุรี เขต 1" (as keys).
_NUMBER = re.compile("(" + key("ที่") + "|" + key("เขต") + "|" + key("ภาค") + r")(\d{1,3})(?!\d)")  # ... a region's
NUMBERED_STEM = 8  # characters of the name before the number that must match


def another_number(home_title_key: str, line: str) -> str:
    """The unit a line names when it is one of the agency's numbered siblings: the agency's name
    up to its number, then another number ("แขวงทางหลวงชัยภูมิที่ 1" in a file on the site of
    "แขวงทางหลวงชัยภูมิที่ 3", "... เขต 2" on the site of "... เขต 1", "ธนาคารออมสินภาค 20" on
    "ธนาคารออมสินภาค 21"'s); "" otherwise."""
    k = key(line)
    for m in _NUMBER.finditer(home_title_key):
        stem = home_title_key[max(0, m.start() - 2 * NUMBERED_STEM):m.start()]
        stem = stem[stem.rfind("-") + 1:]  # the site's name, not the "หน้าหลัก -" before it
        if len(stem) < NUMBERED_STEM:
            continue
        i = k.find(stem + m.group(1))
        if i < 0:
            continue
        theirs = _NUMBER.match(k, i + len(stem))
        if theirs and theirs.group(2) != m.group(2) and stem + m.group(0) not in k:
            return squash(line)[:80]
    return ""


def another_kind(home_title_key: str, title_block: list[str]) -> bool:
    """A document's title block names, on lines of their own, only agencies of another kind
    than the one the site's home page names (the site of a provincial office holding a
    district's procurement summary); False when either names none."""
    if any(provinces_notice(home_title_key, ln) for ln in title_block):
        return True  # "ประกาศจังหวัดนครราชสีมา เรื่อง ... No Gift Policy" on an อบต.'s site: the province's
    own = agency_kind(home_title_key)
    if not own:
        # a site of a kind not listed (a provincial office of a department): a line of the title
        # block opening with an agency of a listed kind by a name the site's own name does not
        # hold ("องค์การบริหารส่วนตำบลหนองแก้วใต้ อำเภอหันคา" on the provincial local-administration
        # office's site) is that agency's document, unless the block names the site's agency too (a
        # centre's service manual for the hospital it runs: "โรงพยาบาลส่งเสริมสุขภาพ" / "ศูนย์อนามัยที่ 14")
        return (len(home_title_key) >= OWN_NAME and any(_named_agency(ln, home_title_key) for ln in title_block)
                and not any(home_title_key[:OWN_NAME] in spelled_out(key(ln)) for ln in title_block))
    kinds = {line_agency_kind(ln) for ln in title_block if not _renamed(home_title_key, own, ln)} - {""}
    return bool(kinds) and own not in kinds


# The names of documents a line can open with before the body that made them ("แผนยุทธศาสตร์
# ด้านสุขภาพ สำนักงานสาธารณสุขจังหวัดนครราชสีมา").
_DOCUMENT_WORDS = tuple(key(w) for w in ("แผน", "รายงาน", "คู่มือ", "สรุปผล", "ผลการ"))


def line_agency_kind(line: str) -> str:
    """The kind of agency a title line opens with, or names right after the document's name it
    opens with (a short line), "" when none."""
    if kind := agency_kind(line, start=True):
        return kind
    k = key(line)
    kind = agency_kind(k) if len(k) <= 80 and k.startswith(_DOCUMENT_WORDS) else ""
    return "" if kind in _ABOVE_KINDS else kind  # the national police's plan: its stations' parent's


# Kinds that are bodies above other kinds: their plan named after the plan's name is a parent's
# (a person's call, :func:`parent_body`), not another agency's.
_ABOVE_KINDS = frozenset(key(w) for w in ("สำนักงานตำรวจแห่งชาติ", "ตำรวจภูธรภาค"))


def _named_agency(line: str, home_title_key: str) -> bool:
    """The line opens with an agency of a listed kind and its name, and the site is not that agency."""
    kind = agency_kind(line, start=True)
    if not kind:
        return False
    k = spelled_out(key(line))
    name = k[len(kind):][:PLACE_NAME]
    return len(name) >= 3 and not name.startswith(_NOT_A_NAME) and kind + name not in home_title_key


# Words after an agency's kind that are no name ("องค์การบริหารส่วนตำบลในจังหวัด ...", "เทศบาลทุกแห่ง").
_NOT_A_NAME = tuple(key(w) for w in ("ใน", "ทุก", "และ", "หรือ", "ที่", "แห่ง", "ของ", "ตาม", "จำนวน", "ทั้ง"))


_LOCAL_KINDS = frozenset(key(w) for w in ("องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร"))
# Local self-government: the province (its governor's notices and orders, for the offices of the
# central government in the province) is another body, not theirs.
_SELF_GOVERNED = _LOCAL_KINDS | {key("องค์การบริหารส่วนจังหวัด")}
_PROVINCE = re.compile("^" + _PROVINCE_WORD + r"(?!" + key("ละ") + ")")
_RELAYED = re.compile("^(?:" + "|".join(map(key, ("ประชาสัมพันธ์", "เผยแพร่", "แจ้ง"))) + ")")  # a relayed notice


def provinces_notice(home_title_key: str, line: str) -> bool:
    """On a local government's site, or on the site of an office stationed in the province
    ("...ประจำจังหวัด...": an independent body's or a central unit's, not the governor's provincial
    administration), a title line opening with the province ("ประกาศจังหวัดนครราชสีมา",
    "ประชาสัมพันธ์ ประกาศจังหวัด..."): the governor's notice for the offices of the provincial
    administration, not the agency's own."""
    k = _RELAYED.sub("", key(line))
    notice = NOTICE.match(k)  # the province issues it; a line "จังหวัดโพนคำ" alone is an address
    outside = agency_kind(home_title_key) in _SELF_GOVERNED or _STATIONED in home_title_key
    return bool(notice) and outside and bool(_PROVINCE.match(k[notice.end():]))


_STATIONED = key("ประจำจังหวัด")  # "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด...": stationed there


def _renamed(home_title_key: str, own: str, line: str) -> bool:
    """A line naming the agency under its former (or later) kind: a เทศบาลตำบล upgraded from
    the อบต. of the same name ("องค์การบริหารส่วนตำบลดอนพะยอม" on เทศบาลตำบลดอนพะยอม's site)."""
    kind = agency_kind(line, start=True)
    if not kind or kind == own or kind not in _LOCAL_KINDS or own not in _LOCAL_KINDS:
        return False
    k = spelled_out(key(line))
    theirs = k[k.find(kind) + len(kind):][:PLACE_NAME + 2]
    ours = home_title_key[home_title_key.find(own) + len(own):][:PLACE_NAME + 2]
    return len(theirs) >= 3 and theirs == ours
