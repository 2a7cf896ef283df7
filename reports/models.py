"""AuditReport: the report.json contract (docs/contract.md). ``oit schema`` prints its JSON Schema."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from checklist.profile import Profile
from checklist.verdicts import (  # noqa: F401 - part of the report contract
    STATUSES,
    BrokenLink,
    Evidence,
    IndicatorScore,
    ItemResult,
    Score,
    Status,
)

SCHEMA_VERSION = 1


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
