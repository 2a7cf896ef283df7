"""The agency profile (YAML): who the agency is, its units, its measures (มาตรการ) and past scores.

A profile routes every gap to a responsible unit and a measure with monitoring due dates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator, model_validator

from checklist.load import DataError, parse_model, read_yaml
from checklist.models import TOPICS

AgencyType = Literal[
    "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด",
    "กรุงเทพมหานคร", "เมืองพัทยา", "ส่วนราชการ", "รัฐวิสาหกิจ", "องค์การมหาชน", "มหาวิทยาลัย",
    "อื่น ๆ",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _known_topics(topics: list[str]) -> list[str]:
    unknown = [t for t in topics if t not in TOPICS]
    if unknown:
        raise ValueError(f"unknown topic key(s) {unknown}; see `oit checklist` and CONTRACT.md")
    return topics


class Unit(_Strict):
    """A unit of the agency (สำนักปลัด, กองคลัง, ...) and the checklist topics it publishes."""

    name: str = Field(min_length=1)
    topics: list[str] = Field(default_factory=list)
    email: EmailStr | None = None

    _check_topics = field_validator("topics")(_known_topics)


class Measure(_Strict):
    """One of the agency's integrity measures (มาตรการ), as in its annual measures document."""

    name: str = Field(min_length=1)
    guidelines: list[str] = Field(default_factory=list)  # แนวทางการปฏิบัติ
    steps: list[str] = Field(default_factory=list)  # ขั้นตอน/วิธีการปฏิบัติ
    responsible: str = Field(min_length=1)  # ผู้รับผิดชอบ
    monitoring: list[Literal[6, 12]] = Field(default_factory=lambda: [6, 12])  # รอบ 6 / 12 เดือน
    topics: list[str] = Field(default_factory=list)  # checklist topics the measure covers

    _check_topics = field_validator("topics")(_known_topics)

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

    @model_validator(mode="after")
    def _units_exist(self) -> Profile:
        names = {u.name for u in self.units}
        if self.default_unit and names and self.default_unit not in names:
            raise ValueError(f"default_unit {self.default_unit!r} is not one of the units {sorted(names)}")
        return self

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
        from checklist.models import TOPICS as ALL

        return {t: owner for t in ALL if (owner := self.responsible_for([t]))}

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
