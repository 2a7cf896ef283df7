"""The one place where Thai text is cleaned, and where Thai dates and years are read.

Everything the crawler records passes through :func:`clean`; everything the matcher compares
passes through :func:`key`. Years are Buddhist-era (BE) integers throughout the project;
fiscal year N runs 1 Oct (N-1) to 30 Sep N.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_DIGIT_MAP = str.maketrans(THAI_DIGITS, "0123456789")

# Microsoft's private-use Thai glyph variants (U+F700–U+F71A) found in old Word PDFs.
_PUA = {
    0xF700: "\u0e10", 0xF701: "\u0e34", 0xF702: "\u0e35", 0xF703: "\u0e36", 0xF704: "\u0e37",
    0xF705: "\u0e48", 0xF706: "\u0e49", 0xF707: "\u0e4a", 0xF708: "\u0e4b", 0xF709: "\u0e4c",
    0xF70A: "\u0e48", 0xF70B: "\u0e49", 0xF70C: "\u0e4a", 0xF70D: "\u0e4b", 0xF70E: "\u0e4c",
    0xF70F: "\u0e0d", 0xF710: "\u0e31", 0xF711: "\u0e4d", 0xF712: "\u0e47", 0xF713: "\u0e48",
    0xF714: "\u0e49", 0xF715: "\u0e4a", 0xF716: "\u0e4b", 0xF717: "\u0e4c", 0xF718: "\u0e38",
    0xF719: "\u0e39", 0xF71A: "\u0e3a",
}
_ZERO_WIDTH_CHARS = "\u200b-\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
_UPPER_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
# A space or line break before a combining mark is an extraction artefact (no Thai line or
# word starts with one); any whitespace, so that a text reads the same on one line (squash).
_SPACE_BEFORE_MARK = re.compile(f"\\s+(?=[{_UPPER_MARK}])")
# Word/AngsanaNew PDFs extract the nikhahit of sara am as a space: "ท า" for "ทำ".
# Only apply after a consonant (+ optional tone) that is itself preceded by a Thai letter,
# so that a real "word า" boundary (rare) is not merged across two Thai words wrongly.
_WORD_SARA_AM = re.compile("([\u0e01-\u0e2e][\u0e48-\u0e4b]?)[ \t]+\u0e32")
# A line break before sara aa is a line wrapped inside a word ("หน่วยง\nาน", a PDF laid out
# character by character): the word is joined again, as "งาน", never read as sara am "งำน".
_WRAPPED_SARA_AA = re.compile("([\u0e01-\u0e2e][\u0e48-\u0e4b]?)[ \t]*\n\\s*\u0e32")
# a tone typed before the vowel(s) above: moved after all of them in one pass
_TONE_BEFORE_VOWEL = re.compile("([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e37]+)")
_DOUBLED_MARK = re.compile("([\u0e48-\u0e4c])\\1+")
_ODD_SPACES = "\u00a0\u3000"  # folded into " " by clean()
_SPACES = re.compile(f"[ \\t{_ODD_SPACES}]+")
_BLANK_LINES = re.compile("\n\\s*\n+")


# Fast paths for clean(): most text has no PUA glyphs and nothing to repair. _REPAIRABLE finds
# every place one of the repairs below could apply (and a few more): where it finds nothing in
# NFC text, the repair loop would leave the text as it is.
_PUA_RANGE = "\uf700-\uf71a"
_PUA_CHARS = re.compile(f"[{_PUA_RANGE}]")
_REPAIRABLE = re.compile(
    "[\\s\u0e33\u0e40\u0e48-\u0e4d](?:"
    "(?<=\\s)[\u0e31-\u0e3a\u0e47-\u0e4e]"  # _WORD_SARA_AM, _SPACE_BEFORE_MARK
    "|(?<=[\u0e33\u0e4d])\u0e32|(?<=\u0e40)\u0e40"  # the three replaces
    "|(?<=[\u0e48-\u0e4b])[\u0e31\u0e34-\u0e37]"  # _TONE_BEFORE_VOWEL
    "|(?<=[\u0e48-\u0e4c])[\u0e48-\u0e4c])"  # _DOUBLED_MARK
)


# OCR of a bold or smeared cover reads every glyph twice: "ปปรระะจจำำ" for "ประจำ". Three or
# more doubled Thai characters in a row, each unlike the one before ("ปป รร ะะ"), are that: no
# Thai word doubles three letters running. Whitespace ends a run, so a text reads the same on
# one line (squash) and cleaning twice changes nothing more.
_DOUBLED_HINT = re.compile(r"(?:([\u0e01-\u0e4e])\1){3}")
DOUBLED_LEAST = 3


def undouble(text: str) -> str:
    """Undo OCR's doubled glyphs (see ``_DOUBLED_HINT``)."""
    if not _DOUBLED_HINT.search(text):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        j, chars = i, []
        while (j + 1 < n and text[j] == text[j + 1] and "\u0e01" <= text[j] <= "\u0e4e"
               and (not chars or chars[-1] != text[j])):
            chars.append(text[j])
            j += 2
        if len(chars) >= DOUBLED_LEAST:
            out.append("".join(chars))
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


# Some PDF fonts (TH SarabunPSK subsets) extract sara am as mai tho + sara aa: "จ้านวน" for
# "จำนวน", "อ้าเภอ" for "อำเภอ". "้า" is common in real words ("หน้า", "ข้าง", "ล้าน"), so only
# these misreadings of common official words are repaired: none of them is a Thai word.
_AM_WORDS = (
    "จำนวน", "อำเภอ", "ตำบล", "ดำเนิน", "สำนัก", "กำหนด", "คำสั่ง", "ประจำ", "อำนาจ", "สำรวจ",
    "ตำแหน่ง", "ลำดับ", "ดำรง", "กำกับ", "สำเนา", "จำหน่าย", "สำคัญ", "สำหรับ", "บำรุง", "คำร้อง",
    "จำเป็น", "กำลัง", "ทำงาน", "ทำการ", "นำเสนอ", "คำนวณ", "สำเร็จ", "การชำระ", "ชำระเงิน",
    "คำแนะนำ", "แนะนำ", "คำชี้แจง", "กำจัด", "อำนวย", "บำเหน็จ", "ตำรวจ", "สำรอง", "จำกัด",
)
_AM_MISREAD = {w.replace("\u0e33", "\u0e49\u0e32"): w for w in _AM_WORDS}
# Other fonts drop the nikhahit of sara am altogether: "ตาบล" for "ตำบล", "ประจาปี" for "ประจำปี".
# Only the words whose form without it is no Thai word nor the start of one ("ประจา" starts
# "ประจาน", "ทางาน" may be "ทาง" + "าน...", so "ประจำ" and "ทำงาน" are repaired in longer forms).
_AM_DROPPED_WORDS = tuple(w for w in _AM_WORDS if w not in ("ประจำ", "ทำงาน", "ทำการ", "กำลัง", "จำกัด")) + (
    "ประจำปี", "ประจำเดือน", "ประจำไตรมาส", "จัดทำ",
)
_AM_MISREAD.update({w.replace("\u0e33", "\u0e32"): w for w in _AM_DROPPED_WORDS})
_AM_MISREAD_RE = re.compile("|".join(sorted(map(re.escape, _AM_MISREAD), key=len, reverse=True)))
# Where a dropped nikhahit may hide: a sara aa right after one of the words' first consonants
_AM_DROPPED_HINT = re.compile("|".join(sorted({re.escape(w.replace("\u0e33", "\u0e32")[:w.index("\u0e33") + 1])
                                              for w in _AM_DROPPED_WORDS}, key=len, reverse=True)))


def _am_misread(s: str) -> str:
    """Repair the misread sara am of ``_AM_WORDS`` ("้า" for "ำ", or "า" alone)."""
    if "\u0e49\u0e32" in s or _AM_DROPPED_HINT.search(s):
        return _AM_MISREAD_RE.sub(lambda m: _AM_MISREAD[m.group()], s)
    return s


def clean(text: str | None) -> str:
    """Normalise Thai text once: NFC, zero-width, sara am forms, mark order, spacing.

    Thai digits are kept (they are what a reader sees); :func:`key` maps them for matching.
    """
    if not text:
        return ""
    if _PUA_CHARS.search(text):
        text = text.translate(_PUA)
    s = unicodedata.normalize("NFC", text)
    s = _ZERO_WIDTH.sub("", s)
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _SPACES.sub(" ", s)
    s = undouble(s)
    if _REPAIRABLE.search(s) or not unicodedata.is_normalized("NFC", s):
        for _ in range(4):  # the repairs can uncover one another: repeat until nothing changes
            before = s
            s = s.replace("\u0e4d\u0e32", "\u0e33")  # decomposed sara am (OCR, NFKC)
            s = s.replace("\u0e33\u0e32", "\u0e33")  # LibreOffice PDF read without ActualText
            s = s.replace("\u0e40\u0e40", "\u0e41")  # เเ typed for แ
            s = _WRAPPED_SARA_AA.sub("\\1\u0e32", s)
            s = _WORD_SARA_AM.sub("\\1\u0e33", s)
            s = _SPACE_BEFORE_MARK.sub("", s)
            s = _TONE_BEFORE_VOWEL.sub(r"\2\1", s)
            s = _DOUBLED_MARK.sub(r"\1", s)
            s = unicodedata.normalize("NFC", s)
            if s == before:
                break
    s = _am_misread(s)
    if "\n" not in s:
        return s.strip()
    s = "\n".join(line.strip() for line in s.split("\n"))
    s = _BLANK_LINES.sub("\n\n", s)
    return s.strip()


_THAI_DIGITS_RUN = re.compile(f"[{THAI_DIGITS}]+")


def _ascii_run(m: re.Match) -> str:
    return m.group().translate(_DIGIT_MAP)


def arabic_digits(text: str) -> str:
    """Thai digits to ASCII digits (๒๕๖๘ -> 2568)."""
    # str.translate looks every character up in a dict: translate the digit runs only
    return _THAI_DIGITS_RUN.sub(_ascii_run, text)


def unread_thai_numbers(text: str) -> str:
    """OCR'd text with every number written in Thai digits made unreadable ("๒๕๖๗" -> "####"):
    tesseract's Thai model misreads ๖ and ๗ as ๒ and ๕ ("๒๕๖๗" comes out "๒๕๒๕"), while the
    numbers a scan writes in ASCII digits ("พ.ศ. 2567") it reads right. Years and amounts are
    then read from the ASCII ones only."""
    return _THAI_DIGITS_RUN.sub(lambda m: "#" * len(m.group()), text)


# Vowel and tone marks OCR may drop ("ความเสียง" for "ความเสี่ยง", "ขออนุญาตเผยเเพร่").
OCR_MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d"


def loose_pattern(word: str) -> str:
    """A regular expression of ``word`` whose vowel and tone marks may be missing (OCR drops them)
    and whose spaces may be any or none."""
    return "".join(r"\s*" if c == " " else re.escape(c) + ("?" if c in OCR_MARKS else "") for c in word)


_MARKS_OUT = str.maketrans("", "", OCR_MARKS)


def without_marks(text: str) -> str:
    """``text`` without the vowel and tone marks OCR may drop: two readings of one word, one by
    OCR, compare equal this way ("คำสัง" / "คำสั่ง")."""
    return text.translate(_MARKS_OUT)


RESTORE_LEAST = 8  # characters of a phrase (marks and spaces aside) loose enough to restore: short words collide
_MARKS_AND_SPACES_OUT = str.maketrans("", "", OCR_MARKS + " ")


@lru_cache(maxsize=256)  # the lexicon's phrases, and the names of the last sites audited
def _marks_restorer(phrases: tuple[str, ...]) -> tuple[re.Pattern | None, dict[str, str]]:
    """One pattern of the phrases that have marks, each mark optional, longest first; and each
    phrase by its bare form."""
    table: dict[str, str] = {}
    for p in phrases:
        bare = p.translate(_MARKS_AND_SPACES_OUT)
        if len(bare) >= RESTORE_LEAST and bare != p.replace(" ", ""):
            table.setdefault(bare, p)
    if not table:
        return None, table
    return re.compile("|".join(_any_marks_pattern(p) for p in sorted(table.values(), key=len, reverse=True))), table


def _any_marks_pattern(phrase: str) -> str:
    """A regular expression of ``phrase`` with any vowel and tone marks after each letter (OCR
    drops them, or reads "บึง" as "บิง") and any or no spaces where it has one."""
    marks = f"[{OCR_MARKS}]*"
    return "".join(r"\s*" if c == " " else re.escape(c) + marks for c in phrase if c not in OCR_MARKS)


def restore_marks(text: str, phrases: tuple[str, ...]) -> str:
    """``text`` with each of ``phrases`` written back whole where OCR dropped or misread some of its
    vowel and tone marks ("มาตรการจัดการความเสียงการทุจริต" -> "... ความเสี่ยง ..."); other words as
    OCR read them. The one place the project undoes OCR's dropped marks (the lexicon's phrases, an agency's
    own name)."""
    pattern, table = _marks_restorer(phrases)
    if pattern is None:
        return text
    return pattern.sub(lambda m: table.get(m.group().translate(_MARKS_AND_SPACES_OUT), m.group()), text)


def heal_name(line: str, name_key: str) -> str:
    """``line`` as a key, with ``name_key`` (a name as :func:`key` gives it) put back where OCR
    wrote it without some of its vowel and tone marks ("สำนักงานคณะกรรมการการเลือกตังประจำ
    จังหวัด..." for "...การเลือกตั้ง..."); the key of ``line`` when the name is not there."""
    k = key(line)
    return k if not name_key or name_key in k else restore_marks(k, (name_key,))


_WHITESPACE = re.compile(r"\s+")


# What makes :func:`clean` do more than change whitespace: a PUA glyph, a zero-width character,
# a space it would fold into " " (the repairs look at spaces), a carriage return.
_NOT_PLAIN = re.compile(f"[{_PUA_RANGE}{_ZERO_WIDTH_CHARS}{_ODD_SPACES}\r]")


# Misspellings common enough on Thai government pages that a key folds them into the word
# meant: "กฏหมาย", "กฏกระทรวง" (ฏ for ฎ). Keys only: what a page shows is left as written.
_KEY_SPELLING = (("กฏ", "กฎ"),)


@lru_cache(maxsize=65536)
def key(text: str | None) -> str:
    """Matching key: cleaned, lower-cased, ASCII digits, no whitespace, common misspellings
    folded (:data:`_KEY_SPELLING`)."""
    if not text:
        return ""
    if (not _NOT_PLAIN.search(text) and not _REPAIRABLE.search(text)
            and not _DOUBLED_HINT.search(text) and unicodedata.is_normalized("NFC", text)):
        # clean() would only change whitespace here (most text: the crawl cleaned it already),
        # and the key drops all whitespace.
        out = _am_misread(_WHITESPACE.sub("", arabic_digits(text).lower()))
    else:
        out = _WHITESPACE.sub("", arabic_digits(clean(text)).lower())
    for wrong, right in _KEY_SPELLING:
        if wrong in out:
            out = out.replace(wrong, right)
    return out


def squash(text: str | None) -> str:
    """Cleaned text on one line (for titles, link texts, reasons)."""
    if not text:
        return ""
    if len(text) <= 200 and type(text) is str:  # menu and link texts repeat on every page
        return _squash_short(text)
    return " ".join(clean(text).split())


@lru_cache(maxsize=16384)
def _squash_short(text: str) -> str:
    return " ".join(clean(text).split())


# ---------------------------------------------------------------- years and months

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("มกราคม", "ม.ค.", "มค"),
    2: ("กุมภาพันธ์", "ก.พ.", "กพ"),
    3: ("มีนาคม", "มี.ค.", "มีค"),
    4: ("เมษายน", "เม.ย.", "เมย"),
    5: ("พฤษภาคม", "พ.ค.", "พค"),
    6: ("มิถุนายน", "มิ.ย.", "มิย"),
    7: ("กรกฎาคม", "ก.ค.", "กค"),
    8: ("สิงหาคม", "ส.ค.", "สค"),
    9: ("กันยายน", "ก.ย.", "กย"),
    10: ("ตุลาคม", "ต.ค.", "ตค"),
    11: ("พฤศจิกายน", "พ.ย.", "พย"),
    12: ("ธันวาคม", "ธ.ค.", "ธค"),
}
MONTH_BY_NAME = {name: m for m, names in MONTHS.items() for name in names}  # "ต.ค." -> 10
_MONTH_ALT = "|".join(
    re.escape(n) for n in sorted(MONTH_BY_NAME, key=len, reverse=True) if len(n) > 2 or "." in n
)
_MONTH_RE = re.compile(
    rf"(?:เดือน\s*)?({_MONTH_ALT})\s*(?:พ\.?\s*ศ\.?\s*)?(\d{{4}}|\d{{2}}(?!\d))?"
)
# A BE year written out: 25xx. CE years 19xx/20xx are accepted only when clearly a year.
_BE_YEAR = re.compile(r"(?<!\d)(25[0-9]{2})(?!\d)")
_CE_YEAR = re.compile(r"(?<![\d/.])(20[0-4][0-9])(?![\d/])")
_BE_RANGE = re.compile(r"(?<!\d)(25\d{2})\s*[-–—~ถึง]+\s*(25\d{2}|\d{2})(?!\d)")
# (an amount is no year: "งบประมาณ 80,000 บาท", "ปี 12.5")
_FISCAL = re.compile(r"(?:ปีงบประมาณ|ปีงบ|งบประมาณ|ประจำปี|ปี)\s*(?:พ\.?\s*ศ\.?\s*)?(25\d{2}|\d{2})(?![\d]|[,.]\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)")

BE_OFFSET = 543
MIN_YEAR, MAX_YEAR = 2540, 2600


def to_be(year: int) -> int:
    """A year as written (BE, CE or two-digit BE) to a Buddhist-era year."""
    if year < 100:
        return 2500 + year
    if 1900 <= year < 2200:
        return year + BE_OFFSET
    return year


def _plausible(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


@dataclass(frozen=True, order=True)
class MonthRef:
    """A calendar month in BE (year, month)."""

    year: int
    month: int

    @property
    def fiscal_year(self) -> int:
        return self.year + 1 if self.month >= 10 else self.year

    def __str__(self) -> str:
        return f"{MONTHS[self.month][1]} {self.year}"


@lru_cache(maxsize=1024)
def _plain_digits(text: str) -> str:
    """Cleaned text with ASCII digits, what the year and month readers search (the same text
    is read for fiscal years, years and spans in a row)."""
    return arabic_digits(clean(text))


def be_year(year: int) -> int:
    """A Buddhist-era year; Common-era years (< 2400) are converted."""
    return year + BE_OFFSET if 0 < year < 2400 else year


def fiscal_year(day: date) -> int:
    """The Buddhist-era fiscal year ``day`` falls in: it starts on 1 October (3 Dec 2026 -> 2570)."""
    return be_year(day.year) + (1 if day.month >= 10 else 0)


def fiscal_year_end(fy: int) -> date:
    """30 September of Buddhist-era fiscal year ``fy``."""
    return date(fy - BE_OFFSET, 9, 30)


def fiscal_months(fy: int, first_half_only: bool = False) -> list[MonthRef]:
    """The months of fiscal year ``fy`` in order (Oct of fy-1 ... Sep of fy)."""
    months = [MonthRef(fy - 1, m) for m in (10, 11, 12)] + [MonthRef(fy, m) for m in range(1, 10)]
    return months[:6] if first_half_only else months


def years_in(text: str) -> list[int]:
    """Buddhist-era years mentioned in ``text`` (Thai or ASCII digits, BE or CE, ranges
    expanded), sorted and unique. Two-digit years count only after a month or a fiscal-year word."""
    s = _plain_digits(text)
    found: set[int] = set()
    for m in _BE_RANGE.finditer(s):
        a, b = int(m.group(1)), int(m.group(2))
        b = b if b > 100 else (a // 100) * 100 + b
        if _plausible(a) and _plausible(b) and 0 <= b - a <= 10:
            found.update(range(a, b + 1))
    for m in _BE_YEAR.finditer(s):
        if _plausible(int(m.group(1))):
            found.add(int(m.group(1)))
    for m in _CE_YEAR.finditer(s):
        y = to_be(int(m.group(1)))
        if _plausible(y):
            found.add(y)
    for m in _FISCAL.finditer(s):
        y = to_be(int(m.group(1)))
        if _plausible(y):
            found.add(y)
    for m in _MONTH_RE.finditer(s):
        if m.group(2):
            y = to_be(int(m.group(2)))
            if _plausible(y):
                found.add(y)
    for m in _NUMERIC_DATE.finditer(s):
        y = to_be(int(m.group(3)))
        if _plausible(y) and 1 <= int(m.group(2)) <= 12:
            found.add(y)
    return sorted(found)


_FULL_DATE = re.compile(
    rf"(?<!\d)(?:[1-9]|[12]\d|3[01])\s*(?:เดือน\s*)?({_MONTH_ALT})\s*(?:พ\.?\s*ศ\.?\s*)?(\d{{4}}|\d{{2}})(?!\d)"
)


# A date on a line of its own: "2 ตุลาคม 2567", "15 ม.ค. 68", "๑๕ พ.ย. ๒๕๖๗" (a day, a month, a year,
# nothing more): the day a post or a row went up, a cell of a download table.
_DATE_LINE = re.compile(r"\s*\d{1,2}\s+[ก-ฮ][^\n]{1,20}\d{2,4}\s*$")


def is_date_line(line: str) -> bool:
    """The line is a date and nothing more (Thai or Arabic digits)."""
    return bool(_DATE_LINE.match(arabic_digits(line)))


def without_full_dates(text: str) -> str:
    """``text`` (ASCII digits) without its full dates ("15 ต.ค. 2567", "15/10/2567"): what is left
    of a download table's row once the day it was put up is set aside."""
    return _NUMERIC_DATE.sub(" ", _FULL_DATE.sub(" ", _plain_digits(text)))


def dated_years(text: str) -> tuple[list[int], list[int]]:
    """The fiscal years of the full dates in ``text`` (a day, a month and a year: a notice
    dated 2 พฤศจิกายน 2558 belongs to FY2559), and the years named outside any full date."""
    s = _plain_digits(text)
    fys: set[int] = set()
    for m in _FULL_DATE.finditer(s):
        year = to_be(int(m.group(2)))
        if _plausible(year):
            fys.add(MonthRef(year, MONTH_BY_NAME[m.group(1)]).fiscal_year)
    for m in _NUMERIC_DATE.finditer(s):
        month, year = int(m.group(2)), to_be(int(m.group(3)))
        if 1 <= month <= 12 and _plausible(year):
            fys.add(MonthRef(year, month).fiscal_year)
    rest = _NUMERIC_DATE.sub(" ", _FULL_DATE.sub(" ", s))
    return sorted(fys), years_in(rest)


def fiscal_years_in(text: str) -> list[int]:
    """Fiscal years named explicitly (ปีงบประมาณ พ.ศ. ๒๕๖๘, ปีงบ 68) in ``text``."""
    s = _plain_digits(text)
    out: set[int] = set()
    for m in re.finditer(
        r"(?:ปีงบประมาณ|ปีงบฯ|ปีงบ|ประจำปี)\s*(?:พ\.?\s*ศ\.?\s*)?(25\d{2}|\d{2})(?:\s*[-–]\s*(25\d{2}|\d{2}))?(?!\d|[,.]\d)",
        s,
    ):
        a = to_be(int(m.group(1)))
        b = to_be(int(m.group(2))) if m.group(2) else a
        if m.group(2) and b < 100:
            b = (a // 100) * 100 + int(m.group(2))
        if _plausible(a) and _plausible(b) and 0 <= b - a <= 10:
            out.update(range(a, b + 1))
    return sorted(out)


def year_ranges_in(text: str) -> list[tuple[int, int]]:
    """Multi-year spans (แผนพัฒนาท้องถิ่น พ.ศ. ๒๕๖๖-๒๕๗๐) as (first, last) BE years."""
    s = _plain_digits(text)
    out = []
    for m in _BE_RANGE.finditer(s):
        a, b = int(m.group(1)), int(m.group(2))
        b = b if b > 100 else (a // 100) * 100 + b
        if _plausible(a) and _plausible(b) and 0 < b - a <= 10:
            out.append((a, b))
    return sorted(set(out))


def without_plan_spans(text: str, least: int = 3) -> str:
    """``text`` (digits made ASCII) without its spans of ``least`` or more years ("(2566-2570)"):
    a multi-year plan's span names no one fiscal year of its own."""
    def drop(m: re.Match) -> str:
        a, b = int(m.group(1)), int(m.group(2))
        b = b if b > 100 else (a // 100) * 100 + b
        return " " if _plausible(a) and _plausible(b) and b - a + 1 >= least else m.group(0)
    return _BE_RANGE.sub(drop, _plain_digits(text))


# A law or code named with the year it was enacted ("ประมวลจริยธรรมข้าราชการพลเรือน พ.ศ. 2564",
# "ระเบียบกระทรวงการคลัง ว่าด้วย ... พ.ศ. 2560"): the year is part of its name. Not a budget act or
# a yearly instrument ("พระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568").
_ENACTED = re.compile(r"((?:พระราชบัญญัติ|พ\.ร\.บ\.|พระราชกฤษฎีกา|ประมวลจริยธรรม|ระเบียบ|ข้อบังคับ|กฎกระทรวง)"
                      r"(?:(?!งบประมาณ|ประจำปี)[^\n]){0,100}?พ\.\s*ศ\.\s*)25\d\d(?!\d)")


def without_enacted_years(text: str) -> str:
    """``text`` (digits made ASCII) without the years in the names of laws and codes it cites
    (:data:`_ENACTED`): they say when the law was made, not which year a document is of."""
    return _ENACTED.sub(r"\1", _plain_digits(text))


_DAY_BEFORE = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])\s*$")


def months_in(text: str, default_year: int | None = None, *, dated: bool = True) -> list[MonthRef]:
    """Calendar months mentioned (ตุลาคม 2567, ต.ค. ๖๗, 15/01/2568, ต.ค. 2567 – มี.ค. 2568).

    A month without a year takes the year of the next month that has one in the same text,
    else ``default_year``. Ranges between two months are expanded. With ``dated=False`` full
    dates (12 ม.ค. 2569, 15/01/2569) are left out: a day says when something was posted or
    signed, not which month a summary covers.
    """
    s = _plain_digits(text)
    hits: list[tuple[int, int, int, int | None]] = []  # (start, end, month, year or None)
    for m in _MONTH_RE.finditer(s):
        if not dated and not m.group(0).startswith("เดือน") and _DAY_BEFORE.search(s[max(0, m.start() - 4):m.start()]):
            continue
        month = MONTH_BY_NAME[m.group(1)]
        year = to_be(int(m.group(2))) if m.group(2) else None
        if year is not None and not _plausible(year):
            year = None
        hits.append((m.start(), m.end(), month, year))
    for m in _NUMERIC_DATE.finditer(s) if dated else ():
        month, year = int(m.group(2)), to_be(int(m.group(3)))
        if 1 <= month <= 12 and _plausible(year):
            hits.append((m.start(), m.end(), month, year))
    hits.sort()
    resolved: list[tuple[int, int, MonthRef]] = []
    for i, (start, end, month, year) in enumerate(hits):
        if year is None:
            later = next((h for h in hits[i + 1 :] if h[3] is not None), None)
            if later is not None:
                # "ต.ค. – ธ.ค. 2567": the same year; "ต.ค. – มี.ค. 2568": Oct is the year before.
                year = later[3] if month <= later[2] else later[3] - 1
            else:
                year = default_year
        if year is not None:
            resolved.append((start, end, MonthRef(year, month)))
    months: set[MonthRef] = {mr for _, _, mr in resolved}
    # Expand "A – B" ranges: two months joined only by a dash or ถึง.
    for (_, end_a, a), (start_b, _, b) in zip(resolved, resolved[1:], strict=False):
        between = s[end_a:start_b].strip()
        if a < b and re.fullmatch(r"(?:[-–—]|ถึง)", between):
            cur = a
            steps = 0
            while cur < b and steps < 24:
                months.add(cur)
                y, mo = (cur.year + 1, 1) if cur.month == 12 else (cur.year, cur.month + 1)
                cur = MonthRef(y, mo)
                steps += 1
    return sorted(months)
