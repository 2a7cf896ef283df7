"""The agency profile (YAML): who the agency is, its units, its measures (มาตรการ) and past scores.

A profile routes every gap to a responsible unit and a measure with monitoring due dates.
``oit audit --profile FILE`` reads one (:func:`load_profile`); ``oit profile init`` writes
:func:`starter_profile_yaml`. The shipped example (:func:`example_profile_path`) encodes the
integrity-measures document of เทศบาลตำบลนาตุน (FY 2565, with its ITA 2564 scores).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, ValidationInfo, field_validator

from checklist.load import DATA_DIR, DataError, parse_model, read_yaml
from checklist.models import TOPICS

PROFILES_DIR = DATA_DIR / "profiles"
EXAMPLE_PROFILE = "example-natun.yaml"

AgencyType = Literal[
    "เทศบาลนคร",
    "เทศบาลเมือง",
    "เทศบาลตำบล",
    "องค์การบริหารส่วนตำบล",
    "องค์การบริหารส่วนจังหวัด",
    "กรุงเทพมหานคร",
    "เมืองพัทยา",
    "ส่วนราชการ",
    "รัฐวิสาหกิจ",
    "องค์การมหาชน",
    "มหาวิทยาลัย",
    "อื่น ๆ",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _known_topics(topics: list[str]) -> list[str]:
    unknown = [t for t in topics if t not in TOPICS]
    if unknown:
        raise ValueError(f"unknown topic key(s) {unknown}; see `oit checklist` and docs/contract.md")
    return topics


class Unit(_Strict):
    """A unit of the agency (สำนักปลัด, กองคลัง, ...) and the checklist topics it publishes."""

    name: str = Field(min_length=1)
    topics: list[str] = Field(default_factory=list)
    email: EmailStr | None = None
    note: str = ""  # what the unit does for the website (free text)

    _check_topics = field_validator("topics")(_known_topics)


class Measure(_Strict):
    """One of the agency's integrity measures (มาตรการ), as in its annual measures document."""

    name: str = Field(min_length=1)
    guidelines: list[str] = Field(default_factory=list)  # แนวทางการปฏิบัติ
    steps: list[str] = Field(default_factory=list)  # ขั้นตอน/วิธีการปฏิบัติ
    responsible: str = Field(min_length=1)  # ผู้รับผิดชอบ
    monitoring: list[Literal[6, 12]] = Field(default_factory=lambda: [6, 12])  # รอบ 6 / 12 เดือน
    topics: list[str] = Field(default_factory=list)  # checklist topics the measure covers
    note: str = ""  # e.g. the document's own wording of who is responsible

    _check_topics = field_validator("topics")(_known_topics)

    @field_validator("monitoring")
    @classmethod
    def _rounds(cls, v: list[int]) -> list[int]:
        return sorted(set(v))

    def due_dates(self, fiscal_year: int) -> list[tuple[int, date]]:
        """(round, due date) in Christian-era dates: 6 months -> 31 Mar, 12 months -> 30 Sep."""
        ce = fiscal_year - 543
        return [(r, date(ce, 3, 31) if r == 6 else date(ce, 9, 30)) for r in self.monitoring]


class PreviousScore(_Strict):
    """An ITA result the agency received: total and per-indicator scores (indicator id -> score)."""

    year: int = Field(ge=2560, le=2700)
    total: float | None = Field(default=None, ge=0, le=100)
    grade: str = ""
    indicators: dict[str, float] = Field(default_factory=dict)
    remarks: dict[str, str] = Field(default_factory=dict)  # indicator id -> what to improve

    @field_validator("indicators")
    @classmethod
    def _scores(cls, v: dict[str, float]) -> dict[str, float]:
        bad = {k: s for k, s in v.items() if not 0 <= s <= 100}
        if bad:
            raise ValueError(f"scores must be between 0 and 100: {bad}")
        return v


class Profile(_Strict):
    name: str = Field(min_length=1)
    url: str = ""
    type: AgencyType = "อื่น ๆ"
    province: str = ""
    district: str = ""
    units: list[Unit] = Field(default_factory=list)
    default_unit: str = ""  # who gets gaps no unit claims (often สำนักปลัด)
    measures: list[Measure] = Field(default_factory=list)
    previous_scores: list[PreviousScore] = Field(default_factory=list)
    recipients: list[EmailStr] = Field(default_factory=list)
    measures_year: int | None = Field(default=None, ge=2560, le=2700)  # FY of the measures document
    note: str = ""  # where the profile comes from

    @field_validator("units")
    @classmethod
    def _unique_units(cls, units: list[Unit]) -> list[Unit]:
        names = [u.name for u in units]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate unit name(s) {dupes}")
        return units

    @field_validator("default_unit")
    @classmethod
    def _default_is_a_unit(cls, v: str, info: ValidationInfo) -> str:
        names = [u.name for u in info.data.get("units") or []]
        if v and names and v not in names:
            raise ValueError(f"{v!r} is not one of the units {names}")
        return v

    @field_validator("measures")
    @classmethod
    def _responsible_is_a_unit(cls, measures: list[Measure], info: ValidationInfo) -> list[Measure]:
        names = [u.name for u in info.data.get("units") or []]
        for i, m in enumerate(measures):
            if names and m.responsible not in names:
                raise ValueError(
                    f"[{i}].responsible {m.responsible!r} is not one of the units {names}"
                )
        return measures

    @field_validator("previous_scores")
    @classmethod
    def _one_result_a_year(cls, scores: list[PreviousScore]) -> list[PreviousScore]:
        years = [s.year for s in scores]
        if len(years) != len(set(years)):
            raise ValueError(f"a year appears twice ({sorted(years)})")
        return scores

    def responsible_for(self, topics: list[str]) -> str:
        """The unit that owns the first of ``topics`` it knows, else the default unit."""
        for topic in topics:
            for unit in self.units:
                if topic in unit.topics:
                    return unit.name
        for topic in topics:
            for m in self.measures:
                if topic in m.topics:
                    return m.responsible
        return self.default_unit

    def topic_owners(self) -> dict[str, str]:
        """Every topic key -> its unit (falling back to measures, then the default unit)."""
        return {t: owner for t in TOPICS if (owner := self.responsible_for([t]))}

    def measures_for(self, topics: list[str]) -> list[Measure]:
        return [m for m in self.measures if set(m.topics) & set(topics)]

    def previous(self, year: int | None = None) -> PreviousScore | None:
        scores = sorted(self.previous_scores, key=lambda s: s.year)
        if year is not None:
            scores = [s for s in scores if s.year < year]
        return scores[-1] if scores else None


def load_profile(path: Path) -> Profile:
    """Read and validate a profile; errors name the file and the field (DataError)."""
    data = read_yaml(Path(path))
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected a mapping with name, units, measures ...")
    return parse_model(Profile, Path(path), data)


def example_profile_path() -> Path:
    """The shipped example profile (เทศบาลตำบลนาตุน, จังหวัดมหาสารคาม)."""
    return PROFILES_DIR / EXAMPLE_PROFILE


# Units of a typical เทศบาลตำบล and the topics each publishes: the starter's suggestion.
STARTER_UNITS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("สำนักปลัด", "งานบริหารทั่วไป / ธุรการ", (
        "structure", "executives", "authority", "contact", "laws", "work_manual",
        "service_manual", "service_statistics", "satisfaction_survey", "integrity_intent",
        "executive_participation", "no_gift_policy", "gift_receipt_report",
    )),
    ("สำนักปลัด (งานประชาสัมพันธ์)", "ข่าว ช่องทางสื่อสาร และผู้ดูแลเว็บไซต์", (
        "news", "qa", "social", "e_service", "opinion_channel",
    )),
    ("สำนักปลัด (งานวิเคราะห์นโยบายและแผน)", "แผนพัฒนา แผนดำเนินงาน แผนป้องกันการทุจริต", (
        "dev_plan", "annual_action_plan", "action_plan_6m_report", "annual_performance_report",
        "public_participation", "anti_corruption_plan", "anti_corruption_6m_report",
        "anti_corruption_annual_report", "integrity_measures", "integrity_measures_implementation",
        "ita_result_improvement",
    )),
    ("สำนักปลัด (งานการเจ้าหน้าที่)", "บริหารงานบุคคลและจริยธรรม", (
        "hr_policy", "hr_policy_implementation", "hr_criteria", "hr_annual_report",
        "organisational_culture", "ethics_code", "ethics_promotion", "ethics_assessment",
    )),
    ("สำนักปลัด (งานนิติการ)", "เรื่องร้องเรียนและข้อมูลส่วนบุคคล", (
        "complaint_guideline", "complaint_channel", "complaint_statistics", "privacy_policy",
    )),
    ("กองคลัง", "งบประมาณและการจัดซื้อจัดจ้าง (งานพัสดุ)", (
        "budget_plan", "budget_6m_report", "budget_annual_report", "procurement_plan",
        "procurement_announcements", "procurement_monthly_summary", "procurement_annual_report",
    )),
    ("หน่วยตรวจสอบภายใน", "ความเสี่ยงการทุจริต", (
        "corruption_risk_assessment", "risk_management_actions",
    )),
    ("กองช่าง", "ส่งข้อมูลให้งานประชาสัมพันธ์", ()),
    ("กองการศึกษา", "ส่งข้อมูลให้งานประชาสัมพันธ์", ()),
    ("กองสาธารณสุขและสิ่งแวดล้อม", "ส่งข้อมูลให้งานประชาสัมพันธ์", ()),
)  # fmt: skip

_STARTER_HEAD = """\
# ไฟล์ข้อมูลหน่วยงาน (โปรไฟล์) สำหรับ oit-audit
#
# แก้ทุกจุดที่เขียนว่า TODO ให้เป็นข้อมูลจริงของหน่วยงาน แล้วตรวจเว็บไซต์ด้วยคำสั่ง
#     oit audit https://www.เว็บไซต์ของหน่วยงาน.go.th/ --profile ไฟล์นี้
# ถ้ายังเหลือคำว่า TODO หรือที่อยู่เว็บไซต์ในไฟล์นี้ไม่ตรงกับเว็บไซต์ที่ตรวจ เครื่องมือจะเตือน
# (และไม่ยอมตรวจเมื่อใช้ --strict-profile)
#
# ไฟล์นี้ใช้ทำอะไร
# - ส่งรายการที่ต้องแก้ไขแต่ละรายการให้หน่วยงานภายในที่รับผิดชอบ (units[].topics ถ้าไม่มีหน่วยใดระบุ
#   จะส่งให้ default_unit)
# - บอกกำหนดรายงานผลรอบ 6 และ 12 เดือนตามมาตรการของหน่วยงาน (measures)
# - เปรียบเทียบกับผลการประเมิน ITA ปีก่อน (previous_scores) และส่งรายงานทางอีเมล (recipients)
# ชื่อหัวข้อ (topic) ทั้งหมดดูได้ด้วยคำสั่ง  oit checklist --format yaml
# อีเมลที่ลงท้ายด้วย example.go.th เป็นตัวอย่าง ให้เปลี่ยนเป็นอีเมลจริง
name: "TODO ชื่อหน่วยงาน เช่น เทศบาลตำบลตัวอย่าง"    # ชื่อหน่วยงาน
url: "TODO https://www.เว็บไซต์ของหน่วยงาน.go.th/"    # เว็บไซต์หลักของหน่วยงาน
# ประเภทหน่วยงาน: เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, องค์การบริหารส่วนตำบล,
#       องค์การบริหารส่วนจังหวัด, กรุงเทพมหานคร, เมืองพัทยา, ส่วนราชการ, รัฐวิสาหกิจ,
#       องค์การมหาชน, มหาวิทยาลัย, อื่น ๆ
type: เทศบาลตำบล                                     # TODO ตรวจให้ตรงกับหน่วยงาน
province: "TODO จังหวัด"
district: "TODO อำเภอ"
# หน่วยที่รับผิดชอบรายการที่ไม่มีหน่วยใดด้านล่างระบุไว้
default_unit: สำนักปลัด
# หน่วยงานภายในและหัวข้อ OIT ที่แต่ละหน่วยรับผิดชอบเผยแพร่ (ปรับให้ตรงกับโครงสร้างจริง)
units:
"""

_STARTER_TAIL = """\
# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานของปีงบประมาณ
# monitoring: 6 = รายงานรอบ 6 เดือน (กำหนด 31 มี.ค.), 12 = รายงานรอบ 12 เดือน (กำหนด 30 ก.ย.)
measures_year: 2570                                  # TODO ปีงบประมาณของมาตรการ (พ.ศ.)
measures:
  - name: "TODO ชื่อมาตรการ เช่น มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"
    guidelines:                                      # แนวทางการปฏิบัติ
      - "TODO แนวทางการปฏิบัติ"
    steps:                                           # ขั้นตอน/วิธีการปฏิบัติ
      - "TODO ขั้นตอนที่ 1"
    responsible: "สำนักปลัด (งานประชาสัมพันธ์)"        # ต้องเป็นหนึ่งในหน่วยงานด้านบน
    monitoring: [6, 12]
    topics: [news, social, opinion_channel]          # หัวข้อ OIT ที่มาตรการนี้ครอบคลุม
# ผลการประเมิน ITA ที่ผ่านมา (คะแนนรวมและรายตัวชี้วัด)
previous_scores:
  - year: 2569                                       # TODO ปีที่ประเมิน (พ.ศ.)
    total: null                                      # TODO เช่น 77.16
    grade: ""                                        # TODO เช่น B
    indicators: {}                                   # TODO เช่น {"9": 57.62, "10": 50.00}
# ผู้รับรายงานทางอีเมล (ตัวอย่าง: เปลี่ยนเป็นอีเมลจริง)
recipients:
  - pr@example.go.th                                 # TODO
"""


PLACEHOLDER_WORDS = ("TODO",)
EXAMPLE_DOMAIN = "example.go.th"


def placeholders(profile: Profile) -> list[str]:
    """Fields still holding a starter value (``TODO``, an example.go.th address), as dotted paths."""
    out: list[str] = []

    def walk(value, path: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{path}.{k}" if path else str(k))
        elif isinstance(value, list):
            for n, v in enumerate(value):
                walk(v, f"{path}[{n}]")
        elif isinstance(value, str) and (
            any(w in value for w in PLACEHOLDER_WORDS) or value.lower().endswith("@" + EXAMPLE_DOMAIN)
        ):
            out.append(path)

    walk(profile.model_dump(mode="json"), "")
    return out


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    host = (urlsplit(url if "://" in url else "http://" + url).hostname or "").lower()
    return host.removeprefix("www.")


def other_site(profile: Profile, audited_url: str) -> str:
    """The profile's own website when it is not the audited one ('' when it is, or unknown)."""
    if not profile.url or any(w in profile.url for w in PLACEHOLDER_WORDS):
        return ""
    return profile.url if _host(profile.url) != _host(audited_url) else ""


def starter_profile_yaml() -> str:
    """A starter profile explained in Thai comments, with TODO values; it loads as it is."""
    try:
        from checklist.load import load_topics

        labels = {k: v.label for k, v in load_topics().items()}
    except DataError:
        labels = {}
    lines = [_STARTER_HEAD]
    for name, note, topics in STARTER_UNITS:
        lines.append(f'  - name: "{name}"\n')
        lines.append(f'    note: "{note}"\n')
        lines.append("    email: saraban@example.go.th                   # TODO อีเมลของหน่วยงาน\n")
        if not topics:
            lines.append("    topics: []\n")
            continue
        lines.append("    topics:\n")
        for t in topics:
            label = labels.get(t, "")
            lines.append(f"      - {t:<34}# {label}\n" if label else f"      - {t}\n")
    lines.append(_STARTER_TAIL)
    return "".join(lines)
