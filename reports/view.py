"""The one view of a report that every writer renders (HTML, PDF, XLSX, mail).

Ranked gaps (by the OIT points each would add), the top fixes with their running total, units
with their gaps, the due dates of the agency's measures, the score rows, and every number
rounded once (one decimal, the same function everywhere; no change is written ``เท่าเดิม``).
Statuses, periods, settings, the score formula and the criteria notes are in Thai words here,
so no writer has its own.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import cached_property
from statistics import mean

from checklist.actions import action_for
from checklist.load import DataError, available_years, load_checklist
from checklist.models import Item
from checklist.profile import Measure, PreviousScore
from common.thai import be_year, fiscal_year, fiscal_year_end

from .models import STATUSES, AuditReport, ItemResult

BANGKOK = timezone(timedelta(hours=7), "ICT")
THAI_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
THAI_MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
STATUS_LABELS: dict[str, str] = {
    "found": "พบ",
    "outdated": "ล้าสมัย",
    "review": "ต้องตรวจสอบ",
    "missing": "ไม่พบ",
}
STATUS_MEANING: dict[str, str] = {
    "found": "เผยแพร่ครบตามเกณฑ์",
    "outdated": "มีแต่เป็นข้อมูลปีก่อน",
    "review": "มีแต่หลักฐานยังไม่ครบหรือไม่ชัดเจน",
    "missing": "ยังไม่มีบนเว็บไซต์ หรือมีแต่ลิงก์เสีย",
}
KIND_LABELS: dict[str, str] = {"page": "หน้าเว็บ", "document": "เอกสาร", "external_link": "ลิงก์ภายนอก"}
GAP_ORDER: tuple[str, ...] = ("missing", "outdated", "review")
UNASSIGNED = "ยังไม่ระบุผู้รับผิดชอบ"
NO_CHANGE = "เท่าเดิม"
TOP_FIXES_MIN, TOP_FIXES_MAX = 5, 10
SCORE_FORMULA = (
    "คะแนนเป็นค่าประมาณ ไม่ใช่คะแนนทางการ: รายการละ 100 หรือ 0 คะแนน ตัวชี้วัดย่อยคือสัดส่วนรายการที่ผ่าน "
    "ตัวชี้วัดคือค่าเฉลี่ยของตัวชี้วัดย่อย และคะแนน OIT คือค่าเฉลี่ยของตัวชี้วัด "
    "(สูตรจากผลที่สำนักงาน ป.ป.ช. เผยแพร่ปี 2564 ยังไม่ยืนยันว่าใช้กับปีหลังจากนั้น)"
)
SETTING_LABELS: dict[str, str] = {
    "max_pages": "จำนวนหน้าเว็บสูงสุดที่ตรวจ",
    "max_minutes": "เวลาตรวจสูงสุด (นาที)",
    "concurrency": "จำนวนคำขอพร้อมกัน",
    "delay": "เว้นระยะระหว่างคำขอ (วินาที)",
    "robots_txt": "ทำตามข้อกำหนดใน robots.txt ของเว็บไซต์",
    "respect_robots": "ทำตามข้อกำหนดใน robots.txt ของเว็บไซต์",
    "max_depth": "ความลึกของลิงก์สูงสุดจากหน้าแรก",
    "download_delay": "เว้นระยะระหว่างคำขอ (วินาที)",
    "user_agent": "ชื่อที่เครื่องมือแจ้งต่อเว็บไซต์",
    "proxy": "พร็อกซี",
}

# --- numbers, dates and words ---------------------------------------------------------------


def rounded(value: float | int | None) -> float | None:
    """The one rounding of every number a report shows: one decimal."""
    try:
        return round(float(value), 1)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def num(value: float | int | None) -> str:
    """``62.1``; ``-`` when unknown."""
    v = rounded(value)
    return "-" if v is None else f"{v:.1f}"


def signed(value: float | int | None) -> str:
    """``+4.2``, ``-3.0`` or ``เท่าเดิม``: a change in points."""
    v = rounded(value)
    if v is None:
        return "-"
    return NO_CHANGE if v == 0 else f"{v:+.1f}"


def local(value: datetime) -> datetime:
    """``value`` in Bangkok time (a naive value is taken as already local)."""
    return value.astimezone(BANGKOK) if value.tzinfo is not None else value


def thai_datetime(value: datetime | None) -> str:
    """``25 พ.ย. 2569 เวลา 10:04 น.`` in Bangkok time."""
    if value is None:
        return "-"
    value = local(value)
    return f"{value.day} {THAI_MONTHS[value.month - 1]} {be_year(value.year)} เวลา {value:%H:%M} น."


def thai_date(value: date) -> str:
    """``31 มีนาคม 2569``."""
    return f"{value.day} {THAI_MONTHS_FULL[value.month - 1]} {be_year(value.year)}"


def thai_date_short(value: date) -> str:
    """``31 มี.ค. 2569``."""
    return f"{value.day} {THAI_MONTHS[value.month - 1]} {be_year(value.year)}"


def thai_duration(start: datetime, end: datetime) -> str:
    try:
        seconds = int((end - start).total_seconds())
    except TypeError:  # naive vs aware
        return ""
    if seconds < 0:
        return ""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} ชั่วโมง"] * bool(hours) + [f"{minutes} นาที"] * bool(minutes)
    if secs or not parts:
        parts.append(f"{secs} วินาที")
    return " ".join(parts)


def code_key(code: str) -> tuple[str, int, str]:
    """O2 before O10: the letters, then the number, then the rest."""
    letters = "".join(itertools.takewhile(str.isalpha, code))
    digits = "".join(itertools.takewhile(str.isdigit, code[len(letters) :]))
    return (letters, int(digits) if digits else 0, code)


_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_ALLOWED_LATIN = frozenset({"ITA", "OIT", "ITAS", "PDF", "URL"})


def _thai_text(text: str) -> bool:
    """Text a Thai reader can read: no Latin word beyond a few acronyms (the English developer
    notes of a checklist file stay in report.json)."""
    return all(w in _ALLOWED_LATIN for w in _LATIN_WORD.findall(text))


def setting_value(value: object) -> str:
    if value is None:
        return "ไม่จำกัด"
    if isinstance(value, bool):
        return "ใช่" if value else "ไม่"
    return f"{value:g}" if isinstance(value, float) else str(value)


# --- the view --------------------------------------------------------------------------------


@dataclass
class DueRound:
    """One monitoring round of a measure: ``state`` is upcoming, today, overdue or closed (the
    measures' fiscal year is over: not a delay, the profile needs this year's measures)."""

    round: int
    due: date
    days_left: int
    state: str

    @property
    def text(self) -> str:
        base = f"รอบ {self.round} เดือน: {thai_date(self.due)}"
        return base + {
            "closed": " (ปีงบประมาณนั้นสิ้นสุดแล้ว)",
            "overdue": " (เลยกำหนดแล้ว)",
            "today": " (ครบกำหนดวันนี้)",
        }.get(self.state, f" (อีก {self.days_left} วัน)")


    @property
    def short(self) -> str:
        """``รอบ 6 เดือน 31 มี.ค. 2569`` for narrow columns (a closed year is said once, apart)."""
        late = " (เลยกำหนด)" if self.state == "overdue" else ""
        return f"รอบ {self.round} เดือน {thai_date_short(self.due)}{late}"


@dataclass
class Gap:
    """An item not found, in the order of what to do first."""

    item: ItemResult
    rank: int
    gain: float  # OIT points if this item alone were fixed (rounded)
    reaches: float  # the estimate once this and every gap above it are fixed (rounded)
    action: str
    rounds: list[DueRound] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)

    @property
    def code(self) -> str:
        return self.item.code

    @property
    def status(self) -> str:
        return self.item.status

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.item.status]

    @property
    def responsible(self) -> str:
        return self.item.responsible or UNASSIGNED

    @property
    def gain_text(self) -> str:
        return f"+{num(self.gain)}" if self.gain > 0 else "-"


@dataclass
class UnitGroup:
    name: str
    gaps: list[Gap]
    total: int  # items of the checklist the unit owns (found or not)
    gain: float
    email: str = ""

    def count(self, status: str) -> int:
        return sum(1 for g in self.gaps if g.status == status)


@dataclass
class MeasureGroup:
    measure: Measure
    rounds: list[DueRound]
    items: list[ItemResult]  # every checklist item whose topics the measure covers
    gaps: list[Gap]


@dataclass
class ScoreRow:
    """The OIT total (level 0), an indicator (1) or a sub-indicator (2)."""

    id: str
    title: str
    score: float
    level: int
    last: float | None = None  # the agency's official result of the last assessment
    before: float | None = None  # this tool's estimate at the previous run

    @property
    def delta(self) -> float | None:
        return None if self.before is None else rounded(self.score - self.before)

    @property
    def label(self) -> str:
        if self.level == 0:
            return self.title
        return f"ตัวชี้วัดที่ {self.id} {self.title}" if self.level == 1 else f"{self.id} {self.title}"


class ReportView:
    """Everything a writer shows, computed once from an :class:`AuditReport`."""

    def __init__(self, report: AuditReport, previous: AuditReport | None = None) -> None:
        self.report = report
        self.previous = previous
        self.year = be_year(report.assessment_year)
        self.score = rounded(report.score.oit_estimate) or 0.0
        self.pass_mark = report.score.pass_mark
        self.passed = self.score >= self.pass_mark
        self.distance = rounded(max(0.0, self.pass_mark - self.score)) or 0.0
        self.counts = report.counts()
        self.today = local(report.finished_at).date()
        self.found = [i for i in report.items if i.status == "found"]
        self.unconfirmed = [i for i in report.items if not i.confirmed]
        self.last: PreviousScore | None = (
            report.profile.previous(report.assessment_year) if report.profile else None
        )

    # -- gaps ----------------------------------------------------------------------------------

    def gain(self, code: str) -> float:
        return rounded(self.report.gains.get(code, 0.0)) or 0.0

    def _sort_key(self, item: ItemResult):
        rank = {s: n for n, s in enumerate(GAP_ORDER)}
        return (-self.gain(item.code), rank.get(item.status, 9), code_key(item.code))

    @cached_property
    def gaps(self) -> list[Gap]:
        """Every item not found, the one adding most to the score first."""
        items = sorted((i for i in self.report.items if i.status != "found"), key=self._sort_key)
        out, total = [], self.score
        for n, item in enumerate(items, 1):
            gain = self.gain(item.code)
            total = min(100.0, rounded(total + gain) or 0.0)
            rounds = self.rounds_for(item)
            names = list(dict.fromkeys(m.name for m in self._measures_for(item)))
            out.append(Gap(item, n, gain, total, self.action(item), rounds, names))
        return out

    @cached_property
    def gap_by_code(self) -> dict[str, Gap]:
        return {g.code: g for g in self.gaps}

    def action(self, item: ItemResult) -> str:
        """The item's action sentence (report.json), else made now from the shipped checklist."""
        if item.status == "found" or item.action:
            return item.action
        try:
            items = load_checklist(self.report.assessment_year).items
        except DataError:
            items = []
        same = [i for i in items if i.code == item.code and item.topic in i.topics]
        same = same or [i for i in items if i.topic == item.topic]
        if same:
            checklist_item = same[0].model_copy(update={"code": item.code, "title": item.title})
        else:
            checklist_item = Item(code=item.code, title=item.title, subindicator=item.subindicator or "-",
                                  topics=[item.topic])
        broken = {b.url: b.found_on for b in self.report.crawl.broken_links}
        return action_for(checklist_item, item, self.report.assessment_year, broken)

    @cached_property
    def fixes_needed(self) -> int | None:
        """How many of the ranked gaps reach the pass mark (0 when already passed)."""
        if self.passed:
            return 0
        return next((g.rank for g in self.gaps if g.gain > 0 and g.reaches >= self.pass_mark), None)

    @cached_property
    def fixes(self) -> list[Gap]:
        """The gaps to fix first: those that add points, enough to reach the pass mark."""
        adding = [g for g in self.gaps if g.gain > 0]
        shown = max(TOP_FIXES_MIN, min(self.fixes_needed or 0, TOP_FIXES_MAX))
        return adding[:shown]

    @cached_property
    def units(self) -> list[UnitGroup]:
        report = self.report
        names: list[str] = []
        emails: dict[str, str] = {}
        if report.profile is not None:
            for unit in report.profile.units:
                names.append(unit.name)
                emails[unit.name] = str(unit.email or "")
        for item in report.items:
            if item.responsible and item.responsible not in names:
                names.append(item.responsible)
        groups = []
        for name in [*names, ""]:
            mine = [i for i in report.items if i.responsible == name]
            if not mine:
                continue
            gaps = [g for g in self.gaps if g.item.responsible == name]
            gain = rounded(sum(g.gain for g in gaps)) or 0.0
            groups.append(UnitGroup(name or UNASSIGNED, gaps, len(mine), gain, emails.get(name, "")))
        # units with most points at stake first; the unassigned pile last
        groups.sort(key=lambda g: (g.name == UNASSIGNED, -g.gain, -len(g.gaps)))
        return groups

    # -- measures and due dates ----------------------------------------------------------------

    @property
    def measures_year(self) -> int:
        """The fiscal year of the profile's measures (their due dates follow it)."""
        prof = self.report.profile
        return (prof.measures_year if prof and prof.measures_year else None) or self.report.assessment_year

    @property
    def measures_closed(self) -> bool:
        """The measures' fiscal year is over at the time of the audit."""
        return self.today > fiscal_year_end(self.measures_year)

    def _measures_for(self, item: ItemResult) -> list[Measure]:
        prof = self.report.profile
        return prof.measures_for(item.topics or [item.topic]) if prof else []

    def due_rounds(self, measure: Measure) -> list[DueRound]:
        closed = self.measures_closed
        out = []
        for r, d in measure.due_dates(self.measures_year):
            left = (d - self.today).days
            state = "closed" if closed else "overdue" if left < 0 else "today" if left == 0 else "upcoming"
            out.append(DueRound(r, d, left, state))
        return out

    def rounds_for(self, item: ItemResult) -> list[DueRound]:
        seen: dict[tuple[int, date], DueRound] = {}
        for m in self._measures_for(item):
            for r in self.due_rounds(m):
                seen.setdefault((r.round, r.due), r)
        return sorted(seen.values(), key=lambda r: r.due)

    @cached_property
    def measures(self) -> list[MeasureGroup]:
        prof = self.report.profile
        if prof is None:
            return []
        out = []
        for m in prof.measures:
            items = [i for i in self.report.items if set(i.topics) & set(m.topics)]
            codes = {i.code for i in items}
            out.append(MeasureGroup(
                m, self.due_rounds(m), sorted(items, key=lambda i: code_key(i.code)),
                [g for g in self.gaps if g.code in codes],
            ))
        return out

    @cached_property
    def outside_measures(self) -> list[Gap]:
        if not self.measures:
            return []
        covered = {i.code for mg in self.measures for i in mg.items}
        return [g for g in self.gaps if g.code not in covered]

    @property
    def measures_note(self) -> str:
        """Why the measures' due dates are not this year's ('' when they are)."""
        if not self.measures:
            return ""
        now = fiscal_year(self.today)
        if self.measures_closed:
            return (f"มาตรการในโปรไฟล์เป็นของปีงบประมาณ พ.ศ. {self.measures_year} ซึ่งสิ้นสุดแล้ว "
                    f"กำหนดรายงานจึงไม่นับเป็นการล่าช้า: ปรับมาตรการในโปรไฟล์เป็นของปีงบประมาณ พ.ศ. {now}")
        if self.measures_year != self.report.assessment_year:
            return (f"กำหนดรายงานตามมาตรการของปีงบประมาณ พ.ศ. {self.measures_year} "
                    f"(ปีของมาตรการในโปรไฟล์) ส่วนเกณฑ์ที่ใช้ตรวจเป็นของ ITA ปี {self.year}")
        return ""

    # -- numbers -------------------------------------------------------------------------------

    @cached_property
    def rows(self) -> list[ScoreRow]:
        score, previous = self.report.score, self.previous
        before: dict[str, float] = {}
        if previous is not None:
            for ind in previous.score.indicators:
                before[ind.id] = ind.score
                for sub in ind.subindicators:
                    before[sub.id] = sub.score
        last = dict(self.last.indicators) if self.last else {}
        top = [ind.id for ind in score.indicators]
        last_oit = rounded(mean(last[i] for i in top)) if top and all(i in last for i in top) else None
        rows = [ScoreRow("OIT", "คะแนน OIT รวม", self.score, 0, last_oit,
                         rounded(previous.score.oit_estimate) if previous is not None else None)]
        for ind in score.indicators:
            rows.append(ScoreRow(ind.id, ind.title, rounded(ind.score) or 0.0, 1,
                                 rounded(last.get(ind.id)), rounded(before.get(ind.id))))
            for sub in ind.subindicators:
                rows.append(ScoreRow(sub.id, sub.title, rounded(sub.score) or 0.0, 2, None,
                                     rounded(before.get(sub.id))))
        return rows

    # -- words ---------------------------------------------------------------------------------

    @property
    def settings(self) -> list[tuple[str, str]]:
        return [
            (SETTING_LABELS.get(k, k), setting_value(v))
            for k, v in sorted(self.report.settings.items(), key=lambda kv: list(SETTING_LABELS).index(kv[0])
                               if kv[0] in SETTING_LABELS else 99)
        ]

    @property
    def criteria_notes(self) -> list[str]:
        """Why part of the year's criteria is unconfirmed, in Thai."""
        notes = []
        if not self.report.checklist_confirmed:
            notes.append(
                f"เกณฑ์ ITA ปี {self.year} ในเครื่องมือนี้รวบรวมจากเอกสารและเว็บไซต์ที่เผยแพร่ต่อสาธารณะ "
                "ยังไม่ได้เทียบกับประกาศฉบับทางการของสำนักงาน ป.ป.ช. ครบทุกรายการ "
                "ชื่อรายการ การจัดกลุ่มตัวชี้วัดย่อย และน้ำหนักคะแนนอาจต่างจากประกาศจริง"
            )
        notes += [n for n in self.report.checklist_notes if _thai_text(n)]
        notes += [f"{i.code} {i.title}: ชื่อรายการหรือข้อกำหนดของปีนี้ยังไม่ยืนยัน" for i in self.unconfirmed]
        return notes

    @cached_property
    def year_notice(self) -> str:
        """Said when the checklist used is older than the current assessment year ('' otherwise)."""
        now = fiscal_year(self.today)
        if self.report.assessment_year >= now:
            return ""
        try:
            newest = max(available_years())
        except (DataError, ValueError):
            newest = self.report.assessment_year
        if newest < now:
            return (f"ยังไม่มีเกณฑ์ ITA ปี {now} ในเครื่องมือนี้ (ปีงบประมาณ พ.ศ. {now} เริ่ม 1 ตุลาคม {now - 1}) "
                    f"รายงานนี้จึงตรวจตามเกณฑ์ปี {self.year} ซึ่งเป็นปีล่าสุดที่มี "
                    f"เมื่อสำนักงาน ป.ป.ช. ประกาศเกณฑ์ปี {now} ให้ปรับปรุงเครื่องมือแล้วตรวจใหม่")
        return (f"รายงานนี้ตรวจตามเกณฑ์ ITA ปี {self.year} แต่ปีงบประมาณปัจจุบันคือ พ.ศ. {now} "
                f"(เครื่องมือนี้มีเกณฑ์ปี {newest} แล้ว)")

    def itas_ready(self, item: ItemResult) -> tuple[bool, str]:
        """ITAS: (ready to submit, why in Thai)."""
        if item.status == "found":
            return True, "พร้อมส่ง: ข้อมูลครบตามเกณฑ์ ส่ง URL ลำดับแรก"
        why = {
            "outdated": "ข้อมูลที่พบเป็นของปีก่อน",
            "review": "หลักฐานยังไม่ครบหรือไม่ชัดเจน",
            "missing": "ยังไม่พบข้อมูลบนเว็บไซต์",
        }[item.status]
        return False, f"ยังไม่ควรส่ง: {why} ให้{self.action(item)}"


def build_view(report: AuditReport, previous: AuditReport | None = None) -> ReportView:
    return ReportView(report, previous)


__all__ = [
    "BANGKOK", "GAP_ORDER", "KIND_LABELS", "NO_CHANGE", "SCORE_FORMULA", "STATUSES",
    "STATUS_LABELS", "Gap", "ReportView", "build_view", "num", "signed", "thai_date",
    "thai_datetime",
]
