"""The verdicts: each item's status with its evidence and reasons, and the score they make.

Made by :mod:`checklist.match` and :mod:`checklist.score`; ``reports`` renders them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Status = Literal["found", "outdated", "review", "missing"]
STATUSES: tuple[Status, ...] = ("found", "outdated", "review", "missing")


class BrokenLink(BaseModel):
    url: str
    status: int = Field(description="HTTP status, 0 when no answer (DNS, timeout, reset)")
    found_on: str = ""
    anchor_text: str = ""
    error: str = ""


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
        "holding the link. Fixing them is the cheapest fix; an item with only such links is 'missing'. "
        "Not a dead link whose text names only an older year than the item asks for (the crawl's list has it)",
    )
    reasons: list[str] = Field(default_factory=list, description="why this status, in plain words")
    responsible: str = ""
    confirmed: bool = True
    action: str = Field(
        "", description="for an item not found: one Thai sentence telling PR staff what to do for this site"
    )
