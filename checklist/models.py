"""What an assessment year asks for: Checklist, Indicator, SubIndicator, Item (pydantic).

One YAML file per assessment year in ``checklist/data/ita-<year>.yaml``; the topic lexicon
(how each topic is recognised on a website, whatever the year) is ``checklist/data/topics.yaml``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

# The topic keys of docs/contract.md. Add new keys, never rename one.
TOPICS: tuple[str, ...] = (
    "structure", "executives", "authority", "dev_plan", "contact", "laws", "news", "qa",
    "social", "annual_action_plan", "action_plan_6m_report", "annual_performance_report",
    "work_manual", "service_manual", "service_statistics", "satisfaction_survey", "e_service",
    "budget_plan", "budget_6m_report", "budget_annual_report", "procurement_plan",
    "procurement_announcements", "procurement_monthly_summary", "procurement_annual_report",
    "hr_policy", "hr_policy_implementation", "hr_criteria", "hr_annual_report",
    "complaint_guideline", "complaint_channel", "complaint_statistics", "public_participation",
    "integrity_intent", "executive_participation", "corruption_risk_assessment",
    "risk_management_actions", "organisational_culture", "anti_corruption_plan",
    "anti_corruption_6m_report", "anti_corruption_annual_report", "integrity_measures",
    "integrity_measures_implementation", "opinion_channel", "privacy_policy", "no_gift_policy",
    "gift_receipt_report", "ethics_code", "ethics_promotion", "ethics_assessment",
    "ita_result_improvement",
)


class Period(StrEnum):
    """Which fiscal year(s) the evidence must be about, relative to the assessment year."""

    timeless = "timeless"  # no year rule (structure, contact, laws ...)
    multi_year_plan = "multi_year_plan"  # a plan whose span covers the assessment year
    current_fy = "current_fy"  # of the assessed fiscal year
    first_half_fy = "first_half_fy"  # Oct–Mar of the assessed fiscal year
    previous_fy = "previous_fy"  # results of the fiscal year before
    monthly_first_half = "monthly_first_half"  # one summary per month, Oct–Mar of the year


EvidenceKind = Literal["page", "document", "external_link"]
Requirement = Literal[
    "address", "phone", "email", "names", "positions", "photos", "social_link",
    "online_form", "external_channel", "qa_channel", "map",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SubIndicator(_Strict):
    id: str
    title: str


class Indicator(_Strict):
    id: str
    title: str
    subindicators: list[SubIndicator] = Field(min_length=1)


class Part(_Strict):
    """One of the things an item asks for together (2568 O1: the structure and the authority):
    the item is found only when every part is, each for the right year."""

    name: str = Field(min_length=2)  # Thai, as the report names the part
    topics: list[str] = Field(min_length=1)  # among the item's topics
    period: Period | None = None  # None: the item's period
    phrases: list[str] = Field(default_factory=list)  # Thai phrasings of this part
    requires: list[Requirement] = Field(default_factory=list)  # what this part's page must show
    # False for a part the year's list may not ask for (an item whose wording is unconfirmed):
    # its absence leaves the item to its other parts, but a copy of an old year makes it outdated.
    # An item none of whose parts is required is found by any one of them.
    required: bool = True


class Item(_Strict):
    _whole: list[str] = PrivateAttr(default_factory=list)
    code: str = Field(pattern=r"^O\d{1,2}$")
    title: str = Field(min_length=2)
    # What PR staff must publish for the item (Thai, which parts it must show); the report's
    # action sentence adds the period, the site's own pages and where to link it.
    publish: str = ""
    subindicator: str
    topics: list[str] = Field(min_length=1)
    evidence: list[EvidenceKind] = Field(default_factory=lambda: ["page", "document"])
    period: Period = Period.timeless
    requires: list[Requirement] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)  # extra Thai phrasings of this item
    description: str = ""
    confirmed: bool = True
    note: str = ""
    parts: list[Part] = Field(default_factory=list)  # several things asked for together

    @property
    def topic(self) -> str:
        return self.topics[0]

    def part_items(self) -> list[Item]:
        """Each part as an item of its own (same code, the part's topics, period and phrases);
        :attr:`whole_topics` keeps the whole item's (a file of one part is no stranger to another)."""
        out = []
        for p in self.parts:
            sub = self.model_copy(update={
                "title": p.name, "topics": list(p.topics), "period": p.period or self.period,
                "phrases": list(p.phrases), "parts": [], "requires": list(p.requires),
            })
            sub._whole = list(self.topics)
            out.append(sub)
        return out

    @property
    def whole_topics(self) -> list[str]:
        """The topics of the whole item this one is a part of (its own when it is no part)."""
        return self._whole or list(self.topics)

    @model_validator(mode="after")
    def _parts_within_topics(self) -> Item:
        for p in self.parts:
            stray = [t for t in p.topics if t not in self.topics]
            if stray:
                raise ValueError(f"item {self.code}: part {p.name!r} has topics {stray} the item does not list")
        return self

    @field_validator("topics")
    @classmethod
    def _known_topics(cls, topics: list[str]) -> list[str]:
        unknown = [t for t in topics if t not in TOPICS]
        if unknown:
            raise ValueError(f"unknown topic key(s) {unknown}; known keys are listed in docs/contract.md")
        return topics


class Checklist(_Strict):
    year: int = Field(ge=2560, le=2700, description="assessment year (BE)")
    title: str
    source: str = ""
    notes: str = ""
    indicators: list[Indicator] = Field(min_length=1)
    items: list[Item] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Checklist:
        codes = [i.code for i in self.items]
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise ValueError(f"duplicate item codes {dupes}")
        subs = {s.id for ind in self.indicators for s in ind.subindicators}
        for item in self.items:
            if item.subindicator not in subs:
                raise ValueError(
                    f"item {item.code}: sub-indicator {item.subindicator!r} is not defined "
                    f"(defined: {sorted(subs)})"
                )
        return self

    @property
    def confirmed(self) -> bool:
        return all(i.confirmed for i in self.items)

    @property
    def unconfirmed(self) -> list[Item]:
        return [i for i in self.items if not i.confirmed]

    def item(self, code: str) -> Item:
        return next(i for i in self.items if i.code == code)


class TopicLexicon(_Strict):
    """How a topic shows on a website: strong phrases, weaker words, words that rule it out."""

    label: str  # short Thai name of the topic
    phrases: list[str] = Field(min_length=1)  # any one of these names the topic
    weak: list[str] = Field(default_factory=list)  # suggests it, needs support
    labels: list[str] = Field(default_factory=list)  # short menu labels, naming it only as a whole link text
    starts: list[str] = Field(default_factory=list)  # a title beginning with one of these names it
    # A title opening with one of these kinds of document and then naming its subject or year
    # ("ระเบียบ ... ว่าด้วย ...", "ข้อบัญญัติ ... เรื่อง ...", "... พ.ศ. 2562") is this topic's document.
    titles: list[str] = Field(default_factory=list)
    # With titles: what such a title must be about (any one of these words) instead of the form
    # of a formal title ("หลักเกณฑ์การประเมิน... ครูผู้ช่วย" is HR criteria, "หลักเกณฑ์" alone is not).
    subjects: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)  # text that means something else
    # What every document of the topic is about (corruption, for corruption-complaint statistics):
    # a read document whose title block names one of ``not_about`` (general, consumer complaints)
    # and whose text names none of ``about`` is another kind's look-alike, however it is linked.
    about: list[str] = Field(default_factory=list)
    not_about: list[str] = Field(default_factory=list)
    # Its evidence is an activity that took place (a forum, a training): an invitation to one is not it.
    held: bool = False
    url_words: list[str] = Field(default_factory=list)  # slugs / file-name words
    document_expected: bool = False  # usually published as a file (plan, report)
    # Rules a body above the agency issues for all its units (a ministry's code of ethics, a
    # department's HR criteria): the parent's document serves the agency, as assessors take it.
    issued_above: bool = False
    # Title openings of documents that stand in for the topic's own where the agency publishes none
    # under the topic's own name (a plan's evaluation for the annual report): beside the agency's
    # own document of the topic, of whatever year, a stand-in is not it.
    stand_ins: list[str] = Field(default_factory=list)
