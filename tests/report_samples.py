"""A realistic AuditReport for tests (ITA 2569, 8 items, all four statuses, an agency profile).

The O16 item carries hostile crawl data: an anchor text and a page title with
``<script>alert(1)</script>``, a ``javascript:`` evidence URL and an attribute break-out attempt,
as a compromised or careless agency site could serve them. :func:`hostile_report` goes further
for the real-browser tests: payloads that would mark the page (``data-pwned``, title ``PWNED``)
if they ever ran, in every field that reaches the page.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from checklist.profile import Measure, PreviousScore, Profile, Unit
from reports.models import (
    AuditReport,
    BrokenLink,
    CrawlSummary,
    Evidence,
    IndicatorScore,
    ItemResult,
    Score,
)

SITE = "https://www.samplecity.go.th/"
AGENCY = "เทศบาลเมืองตัวอย่าง"
XSS = "<script>alert(1)</script>"
JS_URL = "javascript:alert(1)"
QUOTE_BREAKOUT_URL = 'https://www.samplecity.go.th/ita/o16.html" onmouseover="alert(1)'
ICT = timezone(timedelta(hours=7))

SUBINDICATORS = {
    "9": ("การเปิดเผยข้อมูล", {
        "9.1": "ข้อมูลพื้นฐาน",
        "9.2": "การบริหารงาน",
        "9.3": "การบริหารเงินงบประมาณ",
        "9.5": "การส่งเสริมความโปร่งใส",
    }),
    "10": ("การป้องกันการทุจริต", {
        "10.1": "การดำเนินการเพื่อป้องกันการทุจริต",
        "10.2": "มาตรการภายในเพื่อป้องกันการทุจริต",
    }),
}  # fmt: skip


def _url(path: str) -> str:
    return SITE + path


def sample_items() -> list[ItemResult]:
    ita = _url("ita/index.html")
    return [
        ItemResult(
            code="O1",
            topic="structure",
            topics=["structure"],
            title="โครงสร้าง",
            subindicator="9.1",
            status="found",
            confidence=0.93,
            responsible="สำนักปลัด",
            evidence=[
                Evidence(
                    url=_url("about/structure.html"),
                    found_on=ita,
                    anchor_text="โครงสร้างส่วนราชการ",
                    kind="page",
                    years=[2569],
                    reasons=["ข้อความลิงก์ตรงกับชื่อรายการ", "หัวเรื่องของหน้าตรงกับชื่อรายการ"],
                    click_path=["ITA", "O1 โครงสร้าง"],
                    score=0.93,
                ),
            ],
            reasons=["พบแผนผังโครงสร้างส่วนราชการ ปี 2569"],
        ),
        ItemResult(
            code="O2",
            topic="executives",
            topics=["executives"],
            title="ข้อมูลผู้บริหาร",
            subindicator="9.1",
            status="found",
            confidence=0.88,
            responsible="สำนักปลัด",
            evidence=[
                Evidence(
                    url=_url("about/executives.html"),
                    found_on=_url(""),
                    anchor_text="ทำเนียบผู้บริหาร",
                    kind="page",
                    years=[2569],
                    reasons=["ข้อความลิงก์ตรงกับชื่อรายการ"],
                    click_path=["เกี่ยวกับเรา", "ทำเนียบผู้บริหาร"],
                    score=0.88,
                ),
            ],
            reasons=["พบชื่อ ตำแหน่ง และช่องทางติดต่อของผู้บริหาร"],
        ),
        ItemResult(
            code="O6",
            topic="laws",
            topics=["laws"],
            title="กฎหมายที่เกี่ยวข้อง",
            subindicator="9.1",
            status="found",
            confidence=0.8,
            evidence=[
                Evidence(
                    url=_url("docs/laws-2569.pdf"),
                    found_on=ita,
                    anchor_text="กฎหมายที่เกี่ยวข้องกับการปฏิบัติงาน",
                    kind="document",
                    years=[2569],
                    reasons=["เอกสาร PDF ชื่อตรงกับรายการ"],
                    click_path=["ITA", "O6 กฎหมายที่เกี่ยวข้อง"],
                    score=0.8,
                ),
            ],
            reasons=["พบรายการกฎหมายพร้อมลิงก์"],
        ),
        ItemResult(
            code="O10",
            topic="annual_action_plan",
            topics=["annual_action_plan"],
            title="แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี",
            subindicator="9.2",
            status="outdated",
            confidence=0.75,
            responsible="กองยุทธศาสตร์และงบประมาณ",
            evidence=[
                Evidence(
                    url=_url("docs/action-plan-2568.pdf"),
                    found_on=ita,
                    anchor_text="แผนดำเนินงานประจำปี พ.ศ. 2568",
                    kind="document",
                    years=[2568],
                    reasons=["ชื่อเอกสารตรงกับรายการ", "ปีในเอกสารคือ 2568"],
                    click_path=["ITA", "O10 แผนดำเนินงาน"],
                    score=0.75,
                ),
            ],
            problems=["พบเฉพาะแผนของปี พ.ศ. 2568 แต่เกณฑ์ต้องการปี พ.ศ. 2569"],
            reasons=["เอกสารที่พบเป็นของปีงบประมาณก่อน"],
        ),
        ItemResult(
            code="O12",
            topic="procurement_plan",
            topics=["procurement_plan"],
            title="แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ",
            subindicator="9.3",
            status="missing",
            confidence=0.9,
            responsible="กองคลัง",
            problems=[
                f"ลิงก์เสีย: {_url('docs/procurement-plan-2569.pdf')} (สถานะ 404) จากหน้า {ita}",
            ],
            broken_links=[BrokenLink(url=_url("files/procurement-plan-2569.pdf"), status=404, found_on=ita,
                                     anchor_text="แผนจัดซื้อจัดจ้าง 2569", error="HTTP 404")],
            reasons=["ไม่พบหน้าเว็บหรือเอกสารที่ตรงกับรายการ", "พบเพียงลิงก์เสีย"],
        ),
        ItemResult(
            code="O16",
            topic="hr_policy",
            topics=["hr_policy"],
            title="นโยบายการบริหารทรัพยากรบุคคล",
            subindicator="9.5",
            status="review",
            confidence=0.45,
            responsible="กองการเจ้าหน้าที่",
            evidence=[
                Evidence(
                    url=JS_URL,
                    found_on=ita,
                    anchor_text=f"นโยบายบุคคล {XSS}",
                    kind="page",
                    years=[2569],
                    reasons=[f"ชื่อหน้าเว็บ: นโยบาย HR {XSS}"],
                    click_path=["ITA", f"O16 {XSS}"],
                    score=0.45,
                ),
                Evidence(
                    url=QUOTE_BREAKOUT_URL,
                    found_on=ita,
                    anchor_text='นโยบาย" onclick="alert(1)',
                    kind="page",
                    years=[2569],
                    reasons=["ข้อความลิงก์ใกล้เคียงชื่อรายการ"],
                    click_path=["ITA", "นโยบาย"],
                    score=0.3,
                ),
            ],
            problems=[f"หัวเรื่องของหน้ามีโค้ดแปลกปลอม: {XSS}", "ไม่พบลายมือชื่อผู้บริหาร"],
            reasons=["หลักฐานยังไม่ชัดเจน ต้องให้เจ้าหน้าที่ตรวจสอบ"],
        ),
        ItemResult(
            code="O27",
            topic="complaint_statistics",
            topics=["complaint_statistics"],
            title="ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
            subindicator="10.1",
            status="missing",
            confidence=0.85,
            responsible="",
            reasons=["ไม่พบหน้าเว็บหรือเอกสารที่ตรงกับรายการ"],
        ),
        ItemResult(
            code="O33",
            topic="anti_corruption_plan",
            topics=["anti_corruption_plan"],
            title="แผนปฏิบัติการป้องกันการทุจริต",
            subindicator="10.2",
            status="review",
            confidence=0.55,
            responsible="สำนักปลัด",
            confirmed=False,
            evidence=[
                Evidence(
                    url=_url("news/anti-corruption-2569.html"),
                    found_on=_url("news/"),
                    anchor_text="ประชุมจัดทำแผนป้องกันการทุจริต",
                    kind="page",
                    years=[2569],
                    reasons=["พบข่าวการประชุม ไม่ใช่ตัวแผน"],
                    click_path=["ข่าวสาร", "ประชุมจัดทำแผนป้องกันการทุจริต"],
                    score=0.55,
                ),
            ],
            problems=["พบเพียงข่าวเกี่ยวกับแผน ยังไม่พบตัวแผน"],
            reasons=["หลักฐานไม่ครบตามเกณฑ์"],
        ),
    ]


def score_for(items: list[ItemResult]) -> Score:
    """The contract's estimate: item 100/0, sub = share found, indicator = mean, OIT = mean."""
    indicators = []
    for ind_id, (ind_title, subs) in SUBINDICATORS.items():
        sub_scores = []
        for sub_id, sub_title in subs.items():
            mine = [i for i in items if i.subindicator == sub_id]
            if not mine:
                continue
            share = 100.0 * sum(i.status == "found" for i in mine) / len(mine)
            sub_scores.append(IndicatorScore(id=sub_id, title=sub_title, score=share))
        mean = sum(s.score for s in sub_scores) / len(sub_scores) if sub_scores else 0.0
        indicators.append(
            IndicatorScore(id=ind_id, title=ind_title, score=mean, subindicators=sub_scores)
        )
    oit = sum(i.score for i in indicators) / len(indicators)
    return Score(oit_estimate=oit, indicators=indicators)


def gains_for(items: list[ItemResult]) -> dict[str, float]:
    """How much the OIT estimate rises if each not-found item alone were found."""
    base = score_for(items).oit_estimate
    out = {}
    for item in items:
        if item.status != "found":
            fixed = [i.model_copy(update={"status": "found"}) if i is item else i for i in items]
            out[item.code] = round(score_for(fixed).oit_estimate - base, 2)
    return out


def sample_profile(**overrides: Any) -> Profile:
    """The agency's profile: four units, two measures, its official ITA 2568 result."""
    data: dict[str, Any] = {
        "name": AGENCY,
        "url": SITE,
        "type": "เทศบาลเมือง",
        "province": "นครตัวอย่าง",
        "units": [
            Unit(name="สำนักปลัด", topics=["structure", "executives", "anti_corruption_plan"],
                 email="palad@samplecity.go.th"),
            Unit(name="กองคลัง", topics=["procurement_plan", "budget_plan"]),
            Unit(name="กองยุทธศาสตร์และงบประมาณ", topics=["annual_action_plan"]),
            Unit(name="กองการเจ้าหน้าที่", topics=["hr_policy"]),
        ],
        "default_unit": "สำนักปลัด",
        "measures": [
            Measure(
                name="มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
                guidelines=["ปรับปรุงเว็บไซต์ให้มีข้อมูลครบทุกตัวชี้วัด"],
                steps=["มอบหมายผู้รับผิดชอบรายข้อ", "ตรวจสอบเว็บไซต์ทุกเดือน"],
                responsible="สำนักปลัด",
                topics=["structure", "executives", "annual_action_plan", "procurement_plan",
                        "hr_policy"],
            ),
            Measure(
                name="มาตรการป้องกันการทุจริต",
                guidelines=["จัดทำแผนปฏิบัติการป้องกันการทุจริตและรายงานผล"],
                steps=["จัดทำแผน", "รายงานผลรอบ 6 เดือนและ 12 เดือน"],
                responsible="สำนักปลัด",
                monitoring=[6, 12],
                topics=["anti_corruption_plan", "complaint_statistics"],
            ),
        ],
        "previous_scores": [
            PreviousScore(year=2568, total=77.16, grade="B",
                          indicators={"1": 96.66, "9": 57.62, "10": 50.0}),
        ],
    }  # fmt: skip
    data.update(overrides)
    return Profile(**data)


def sample_report(**overrides: Any) -> AuditReport:
    """A realistic report; keyword arguments replace top-level AuditReport fields."""
    items = overrides.get("items") or sample_items()
    items = [ItemResult.model_validate(i) for i in items]
    started = datetime(2026, 11, 25, 10, 0, 0, tzinfo=ICT)
    data: dict[str, Any] = {
        "site": SITE,
        "agency": AGENCY,
        "assessment_year": 2569,
        "checklist_confirmed": False,
        "checklist_notes": [
            "คู่มือ ITA 2569 ฉบับสมบูรณ์ยังไม่ประกาศ ใช้เกณฑ์ปี 2568 แทนในข้อ O33",
        ],
        "started_at": started,
        "finished_at": started + timedelta(minutes=4, seconds=12),
        "tool_version": "0.1.0",
        "settings": {
            "max_pages": 2000,
            "max_depth": 6,
            "download_delay": 0.5,
            "respect_robots": True,
            "user_agent": "oit-audit/0.1",
            "proxy": None,
        },
        "crawl": CrawlSummary(
            pages=412,
            documents=188,
            errors=3,
            external_links=57,
            stopped_by="",
            findings=["ใบรับรอง TLS ใช้ได้", "บางหน้าประกาศ charset เป็น TIS-620"],
            broken_links=[
                BrokenLink(
                    url=_url("docs/procurement-plan-2569.pdf"),
                    status=404,
                    found_on=_url("ita/index.html"),
                    anchor_text="แผนจัดซื้อจัดจ้าง 2569",
                ),
                BrokenLink(
                    url="https://old.samplecity.go.th/egp",
                    status=0,
                    found_on=_url("procurement/"),
                    anchor_text=f"e-GP {XSS}",
                    error="DNS lookup failed",
                ),
            ],
        ),
        "score": score_for(items),
        "items": items,
        "profile": sample_profile(),
        "gains": gains_for(items),
    }
    data.update(overrides)
    return AuditReport(**data)


# --- hostile data for the real-browser tests --------------------------------------------------

PWN_JS = "document.title='PWNED';document.body.setAttribute('data-pwned','1')"
PWN_SCRIPT = f"<script>{PWN_JS}</script>"
PWN_IMG = f'<img src=x onerror="{PWN_JS}">'
PWN = f"{PWN_SCRIPT}{PWN_IMG}"


def hostile_report() -> AuditReport:
    """The sample report after crawling a defaced site: a payload in every crawled text field.

    A page title ``นโยบาย <script>...</script><img src=x onerror=...>`` shows up as anchor text,
    reasons, problems and click path; the same in broken links, findings, checklist notes and
    even the agency's own profile (names are typed by people and copied from the site).
    """
    items = sample_items()
    for item in items:
        item.title = f"{item.title} {PWN}"
        item.problems = [*item.problems, f"หัวเรื่องของหน้า: {PWN}"]
        item.reasons = [*item.reasons, f"ชื่อหน้าเว็บ: นโยบาย {PWN}"]
        for ev in item.evidence:
            ev.anchor_text = f"{ev.anchor_text} {PWN}"
            ev.reasons = [*ev.reasons, f"title: {PWN}"]
            ev.click_path = [*ev.click_path, PWN]
        if item.code == "O27":
            item.evidence = [
                Evidence(url=f"javascript:{PWN_JS}", anchor_text=PWN, kind="page"),
                Evidence(url=f'{SITE}x"><script>{PWN_JS}</script>', anchor_text=PWN),
                Evidence(url=f"data:text/html,{PWN_SCRIPT}", anchor_text="data"),
            ]
    report = sample_report(
        items=items,
        agency=f"{AGENCY} {PWN}",
        checklist_notes=[f"note {PWN}"],
        profile=sample_profile(
            name=f"{AGENCY} {PWN}",
            units=[Unit(name=f"กอง {PWN}", topics=["procurement_plan"])],
            default_unit="",
            measures=[
                Measure(
                    name=f"มาตรการ {PWN}",
                    guidelines=[PWN],
                    steps=[PWN],
                    responsible=f"กอง {PWN}",
                    topics=["procurement_plan", "hr_policy"],
                )
            ],
        ),
        settings={"user_agent": PWN},
    )
    for item in report.items:
        if item.code == "O12":
            item.responsible = f"กอง {PWN}"
    report.crawl.findings.append(PWN)
    report.crawl.broken_links.append(
        BrokenLink(
            url=f"{SITE}{PWN}",
            status=404,
            found_on=f"javascript:{PWN_JS}",
            anchor_text=PWN,
            error=PWN,
        )
    )
    return report
