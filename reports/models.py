"""AuditReport: the report.json contract (CONTRACT.md). ``oit schema`` prints its JSON Schema."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from checklist.profile import Profile

SCHEMA_VERSION = 1
Status = Literal["found", "outdated", "review", "missing"]
STATUSES: tuple[Status, ...] = ("found", "outdated", "review", "missing")


class BrokenLink(BaseModel):
    url: str
    status: int = Field(description="HTTP status, 0 when no answer (DNS, timeout, reset)")
    found_on: str = ""
    anchor_text: str = ""
    error: str = ""


class CrawlSummary(BaseModel):
    pages: int = 0
    documents: int = 0
    errors: int = 0
    broken_links: list[BrokenLink] = Field(default_factory=list)
    external_links: int = 0
    bytes_downloaded: int = Field(0, description="bytes received from the site (304s cost little)")
    pages_unchanged: int = Field(0, description="pages with the same bytes as in the last audit (not parsed again)")
    site_unchanged: bool = Field(False, description="every address of the last audit answered as then (304 or the same bytes): its crawl was reused, nothing downloaded again")
    stopped_by: str = Field("", description="'' when the site was crawled fully, else the limit hit")
    findings: list[str] = Field(default_factory=list, description="site-level findings (TLS, encoding)")


class IndicatorScore(BaseModel):
    id: str
    title: str
    score: float
    subindicators: list[IndicatorScore] = Field(default_factory=list)


class Score(BaseModel):
    oit_estimate: float = Field(description="estimated OIT score 0-100 (mean of indicators)")
    indicators: list[IndicatorScore]
    pass_mark: float = 85.0
    note: str = "estimate: item 100 or 0, sub-indicator = share passed, indicator = mean of its sub-indicators, OIT = mean of indicators"


class Evidence(BaseModel):
    url: str
    found_on: str = ""
    anchor_text: str = ""
    kind: Literal["page", "document", "external_link"] = "page"
    years: list[int] = Field(default_factory=list, description="fiscal/BE years the evidence is about")
    reasons: list[str] = Field(default_factory=list)
    click_path: list[str] = Field(default_factory=list, description="link texts from the home page")
    score: float = 0.0


class ItemResult(BaseModel):
    code: str
    topic: str
    topics: list[str]
    title: str
    subindicator: str = ""
    status: Status
    confidence: float = Field(ge=0, le=1)
    evidence: list[Evidence] = Field(default_factory=list, description="best first")
    problems: list[str] = Field(default_factory=list)
    broken_links: list[BrokenLink] = Field(
        default_factory=list,
        description="links that would be this item's evidence but lead to nothing (HTTP error, soft 404, "
        "empty file, a file link answered by a web page): 'error' says why, 'found_on' is the page "
        "holding the link. Fixing them is the cheapest fix; an item with only such links is 'missing'",
    )
    reasons: list[str] = Field(default_factory=list, description="why this status, in plain words")
    responsible: str = ""
    confirmed: bool = True


class AuditReport(BaseModel):
    schema_version: int = SCHEMA_VERSION
    site: str
    agency: str = ""
    assessment_year: int
    checklist_confirmed: bool = True
    checklist_notes: list[str] = Field(default_factory=list)
    started_at: datetime
    finished_at: datetime
    tool_version: str = ""
    settings: dict[str, str | int | float | bool | None] = Field(default_factory=dict)
    crawl: CrawlSummary
    score: Score
    items: list[ItemResult]
    profile: Profile | None = Field(None, description="the agency profile the audit used, if any")
    gains: dict[str, float] = Field(
        default_factory=dict,
        description="item code -> rise of the OIT estimate if that item alone were fixed",
    )

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for i in self.items if i.status == s) for s in STATUSES}
