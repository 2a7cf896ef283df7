"""What changed between two audits of a site: ``oit diff`` and the report's "since last run".

Items are matched by code when both runs used the same assessment year, else by topic (codes
change from year to year, topics do not): first topic to topic, then an item whose topic is one
of the other run's merged ``topics`` (2568's O1 โครงสร้างและอำนาจหน้าที่ matches 2569's
structure item and its authority item). The diff says which way it matched.

Every evidence URL an item had before and has no longer is counted once, as one of:

- ``evidence_broken`` ``reason="broken"``: the URL is now a broken link of the new crawl;
- ``evidence_broken`` ``reason="dropped"``: the URL is still evidence of another item, but this
  item lost it (its page changed, or a better one replaced it);
- ``gone``: the URL is nowhere in the new run (removed, unlinked, or no longer matches anything).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from reports.models import STATUSES, AuditReport, ItemResult, Status
from reports.view import signed

# Same ranking as the HTML report: found is better than outdated/review, better than missing.
STATUS_RANK: dict[str, int] = {"missing": 0, "outdated": 1, "review": 1, "found": 2}
STATUS_TH: dict[str, str] = {
    "found": "พบ",
    "outdated": "ล้าสมัย",
    "review": "ต้องตรวจสอบ",
    "missing": "ไม่พบ",
}


class RunInfo(BaseModel):
    site: str
    assessment_year: int
    started_at: datetime
    score: float
    counts: dict[str, int]
    run_id: int | None = None


class ItemRef(BaseModel):
    code: str
    title: str
    topic: str
    status: Status
    old_code: str = ""  # the matched item's code in the old run ("" when it is the same)
    old_status: Status | None = None


class StatusChange(BaseModel):
    code: str
    title: str
    old: Status
    new: Status
    better: bool
    direction: Literal["better", "worse", "same"]  # outdated <-> review is "same"
    topic: str = ""
    old_code: str = ""


class EvidenceLoss(BaseModel):
    code: str
    title: str
    url: str
    reason: Literal["broken", "dropped"]
    status: int | None = None  # HTTP status of the broken link (0: no answer)
    error: str = ""


class GoneUrl(BaseModel):
    url: str
    items: list[str] = Field(description="codes (in the old run) it was evidence for")


class ScoreChange(BaseModel):
    old: float
    new: float
    delta: float
    pass_mark: float = 85.0


class BrokenRef(BaseModel):
    url: str
    status: int
    found_on: str = ""
    error: str = ""


class RunDiff(BaseModel):
    old: RunInfo
    new: RunInfo
    matched_by: Literal["code", "topic"]
    note: str = ""
    newly_found: list[ItemRef] = Field(default_factory=list)
    newly_missing: list[ItemRef] = Field(default_factory=list)
    status_changes: list[StatusChange] = Field(default_factory=list)
    evidence_broken: list[EvidenceLoss] = Field(default_factory=list)
    gone: list[GoneUrl] = Field(default_factory=list)
    new_broken_links: list[BrokenRef] = Field(default_factory=list)
    fixed_broken_links: list[str] = Field(default_factory=list)
    only_old: list[ItemRef] = Field(default_factory=list, description="items with no match in new")
    only_new: list[ItemRef] = Field(default_factory=list, description="items with no match in old")
    score_change: ScoreChange

    @property
    def changed(self) -> bool:
        return bool(
            self.status_changes or self.evidence_broken or self.gone or self.new_broken_links
            or self.fixed_broken_links or self.only_old or self.only_new
            or round(self.score_change.delta, 1) != 0
        )


def _info(report: AuditReport, run_id: int | None) -> RunInfo:
    return RunInfo(
        site=report.site,
        assessment_year=report.assessment_year,
        started_at=report.started_at,
        score=report.score.oit_estimate,
        counts=report.counts(),
        run_id=run_id,
    )


def _pairs(
    old: list[ItemResult], new: list[ItemResult], by_code: bool
) -> tuple[list[tuple[ItemResult, ItemResult]], list[ItemResult], list[ItemResult]]:
    """Matched (old, new) pairs, old items without a match, new items without a match."""
    pairs: list[tuple[ItemResult, ItemResult]] = []
    if by_code:
        old_by = {i.code: i for i in old}
        pairs = [(old_by[n.code], n) for n in new if n.code in old_by]
    else:
        queues: dict[str, list[ItemResult]] = defaultdict(list)
        for o in old:
            queues[o.topic].append(o)
        for n in new:
            if queues.get(n.topic):
                pairs.append((queues[n.topic].pop(0), n))
        paired_new = {id(n) for _, n in pairs}
        for n in new:  # a split: the old merged item names the new item's topic
            if id(n) not in paired_new:
                o = next((o for o in old if n.topic in o.topics), None)
                if o is not None:
                    pairs.append((o, n))
        paired_old = {id(o) for o, _ in pairs}
        for o in old:  # a merge: the new merged item names the old item's topic
            if id(o) not in paired_old:
                n = next((n for n in new if o.topic in n.topics), None)
                if n is not None:
                    pairs.append((o, n))
    paired_old = {id(o) for o, _ in pairs}
    paired_new = {id(n) for _, n in pairs}
    return (
        pairs,
        [o for o in old if id(o) not in paired_old],
        [n for n in new if id(n) not in paired_new],
    )


def _ref(item: ItemResult, old: ItemResult | None = None) -> ItemRef:
    return ItemRef(
        code=item.code,
        title=item.title,
        topic=item.topic,
        status=item.status,
        old_code=old.code if old is not None and old.code != item.code else "",
        old_status=old.status if old is not None else None,
    )


def diff_reports(
    old: AuditReport,
    new: AuditReport,
    *,
    old_run_id: int | None = None,
    new_run_id: int | None = None,
) -> RunDiff:
    """What changed from ``old`` to ``new`` (two audits of one site, any assessment years)."""
    by_code = old.assessment_year == new.assessment_year
    note = (
        ""
        if by_code
        else (
            f"ปีประเมินต่างกัน ({old.assessment_year} → {new.assessment_year}): จับคู่รายการตามหัวข้อ "
            f"(topic) ไม่ใช่ตามรหัส / different assessment years: items matched by topic, not code"
        )
    )
    pairs, only_old, only_new = _pairs(old.items, new.items, by_code)

    newly_found, newly_missing, changes = [], [], []
    for o, n in pairs:
        if n.status == o.status:
            continue
        if n.status == "found":
            newly_found.append(_ref(n, o))
        if n.status == "missing":
            newly_missing.append(_ref(n, o))
        delta = STATUS_RANK[n.status] - STATUS_RANK[o.status]
        changes.append(
            StatusChange(
                code=n.code,
                title=n.title,
                old=o.status,
                new=n.status,
                better=delta > 0,
                direction="better" if delta > 0 else "worse" if delta < 0 else "same",
                topic=n.topic,
                old_code=o.code if o.code != n.code else "",
            )
        )

    broken_now = {b.url: b for b in new.crawl.broken_links}
    new_evidence = {e.url for i in new.items for e in i.evidence}
    losses: list[EvidenceLoss] = []
    gone: dict[str, list[str]] = {}
    partners: dict[int, list[ItemResult]] = {id(o): [] for o in old.items}
    for o, n in pairs:
        partners[id(o)].append(n)
    for o in old.items:
        mine = partners[id(o)]
        kept = {e.url for n in mine for e in n.evidence}
        who = mine[0] if mine else o  # named as in the new run when it has a match
        for url in dict.fromkeys(e.url for e in o.evidence):
            if url in broken_now:
                b = broken_now[url]
                losses.append(
                    EvidenceLoss(
                        code=who.code, title=who.title, url=url, reason="broken",
                        status=b.status, error=b.error,
                    )
                )
            elif url in kept:
                continue
            elif url in new_evidence:
                losses.append(EvidenceLoss(code=who.code, title=who.title, url=url, reason="dropped"))
            else:
                codes = gone.setdefault(url, [])
                if o.code not in codes:
                    codes.append(o.code)

    broken_before = {b.url for b in old.crawl.broken_links}
    return RunDiff(
        old=_info(old, old_run_id),
        new=_info(new, new_run_id),
        matched_by="code" if by_code else "topic",
        note=note,
        newly_found=newly_found,
        newly_missing=newly_missing,
        status_changes=changes,
        evidence_broken=losses,
        gone=[GoneUrl(url=u, items=c) for u, c in gone.items()],
        new_broken_links=[
            BrokenRef(url=b.url, status=b.status, found_on=b.found_on, error=b.error)
            for b in new.crawl.broken_links
            if b.url not in broken_before
        ],
        fixed_broken_links=sorted(broken_before - set(broken_now)),
        only_old=[_ref(o) for o in only_old],
        only_new=[_ref(n) for n in only_new],
        score_change=ScoreChange(
            old=old.score.oit_estimate,
            new=new.score.oit_estimate,
            delta=new.score.oit_estimate - old.score.oit_estimate,
            pass_mark=new.score.pass_mark,
        ),
    )


def diff_to_dict(diff: RunDiff) -> dict[str, Any]:
    """JSON-ready dict (``oit diff --format json``)."""
    return diff.model_dump(mode="json")


# --- terminal text ---------------------------------------------------------------------------


def _safe(text: object) -> str:
    """Crawled text for a terminal: control characters (ANSI escapes, CR) removed."""
    return "".join(
        ch if ch == " " or unicodedata.category(ch)[0] != "C" else "" for ch in str(text)
    )


def _status(s: str | None, english: bool = False) -> str:
    if not s:
        return "-"
    return s if english else STATUS_TH.get(s, s)


def _code(code: str, old_code: str) -> str:
    return f"{old_code}→{code}" if old_code else code


def format_diff_text(diff: RunDiff, english: bool = False) -> str:
    """The diff for a terminal, in Thai (``english``: in English), dates in Bangkok time."""

    def t(thai: str, eng: str) -> str:
        return eng if english else thai

    def st(s: str | None) -> str:
        return _status(s, english)

    sc = diff.score_change
    years = f"{diff.old.assessment_year} → {diff.new.assessment_year}"
    lines = [
        t("การเปลี่ยนแปลงระหว่างการตรวจ", "changes between runs"),
        f"  {t('ก่อน', 'before')}: {_run_label(diff.old, english)}",
        f"  {t('หลัง', 'after')}:  {_run_label(diff.new, english)}",
        f"  {t('คะแนน OIT (ประมาณ)', 'estimated score')}: {sc.old:.1f} → {sc.new:.1f} "
        f"({_signed(sc.delta) if english else signed(sc.delta)}; {t('เกณฑ์ผ่าน', 'pass mark')} {sc.pass_mark:.0f})",
        f"  {t('จำนวน', 'counts')}: "
        + ", ".join(f"{st(s)} {diff.old.counts.get(s, 0)}→{diff.new.counts.get(s, 0)}" for s in STATUSES),
        "  " + (t("จับคู่รายการตามรหัส", "items matched by code") if diff.matched_by == "code" else
                t(f"ปีประเมินต่างกัน ({years}): จับคู่รายการตามหัวข้อ ไม่ใช่ตามรหัส",
                  f"different assessment years ({years}): items matched by topic, not code")),
    ]

    def section(title: str, rows: list[str]) -> None:
        if rows:
            lines.append("")
            lines.append(f"{title} ({len(rows)}):")
            lines.extend(f"  {_safe(r)}" for r in rows)

    def http(status: int, error: str) -> str:
        return f"HTTP {status}" if status else error or t("ไม่ตอบสนอง", "no answer")

    section(t("พบใหม่", "newly found"),
            [f"+ {_code(i.code, i.old_code)} {i.title} ({st(i.old_status)} → {st(i.status)})" for i in diff.newly_found])
    section(t("หายไป", "newly missing"),
            [f"- {_code(i.code, i.old_code)} {i.title} ({st(i.old_status)} → {st(i.status)})" for i in diff.newly_missing])
    arrow = {"better": "↑", "worse": "↓", "same": "~"}
    section(t("สถานะเปลี่ยน", "status changes"),
            [f"{arrow[c.direction]} {_code(c.code, c.old_code)} {c.title}: {st(c.old)} → {st(c.new)}"
             for c in diff.status_changes])
    section(t("หลักฐานเสีย", "evidence broken"), [
        f"! {e.code} {e.title}: {e.url} "
        + (f"({t('ลิงก์เสีย', 'broken')}: {http(e.status, e.error)})" if e.reason == "broken"
           else t("(รายการนี้ไม่ใช้หลักฐานนี้แล้ว)", "(no longer evidence of this item)"))
        for e in diff.evidence_broken
    ])
    section(t("หลักฐานที่ไม่พบแล้ว", "evidence gone"), [f"? {g.url} ({', '.join(g.items)})" for g in diff.gone])
    section(t("ลิงก์เสียใหม่", "newly broken links"), [
        f"x {b.url} ({http(b.status, b.error)})" + (f" ← {b.found_on}" if b.found_on else "")
        for b in diff.new_broken_links
    ])
    section(t("ลิงก์ที่ซ่อมแล้ว", "broken links fixed"), [f"✓ {u}" for u in diff.fixed_broken_links])
    section(t("รายการที่ไม่มีในการตรวจครั้งก่อน", "items new in this run"),
            [f"{i.code} {i.title} ({st(i.status)})" for i in diff.only_new])
    section(t("รายการที่ไม่มีแล้ว", "items no longer in the checklist"),
            [f"{i.code} {i.title} ({st(i.status)})" for i in diff.only_old])
    if not diff.changed:
        lines += ["", t("ไม่มีการเปลี่ยนแปลง", "no changes")]
    return "\n".join(lines) + "\n"


def _run_label(info: RunInfo, english: bool = False) -> str:
    from reports.view import local, thai_datetime

    if english:
        run = f"run {info.run_id}, " if info.run_id is not None else ""
        return f"{run}{local(info.started_at):%Y-%m-%d %H:%M}, ITA {info.assessment_year}, {_safe(info.site)}"
    run = f"ครั้งที่ {info.run_id}, " if info.run_id is not None else ""
    return f"{run}{thai_datetime(info.started_at)}, ITA {info.assessment_year}, {_safe(info.site)}"


def _signed(value: float) -> str:
    v = round(value, 1)
    return "0.0" if v == 0 else f"{v:+.1f}"
