"""The layout of one audit's folder, in one place.

``--out DIR`` holds the files people read (the report in four formats and the evidence archive)
and ``DIR/.work/``, the crawl's working files: the facts (one JSON line per fetched URL), the
bodies as fetched, Scrapy's log, and the records the next audit's quick check reads. Nothing
else spells these names."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WorkFolder:
    """``DIR/.work``: what the crawl writes and the next audit of the site reads."""

    root: Path

    @property
    def facts(self) -> Path:
        return self.root / "facts.jsonl"

    @property
    def previous_facts(self) -> Path:
        """The last audit's facts, moved aside when a re-audit writes into the same folder."""
        return self.root / "facts.previous.jsonl"

    @property
    def bodies(self) -> Path:
        return self.root / "bodies"

    @property
    def crawl_log(self) -> Path:
        return self.root / "crawl.log"

    @property
    def confirmed(self) -> Path:
        """Addresses the quick check found unchanged (not asked again by the crawl)."""
        return self.root / "confirmed.json"

    @property
    def record(self) -> Path:
        """What the finished crawl was (URL, limits, findings), for the next quick check."""
        return self.root / "crawl.json"


@dataclass(frozen=True)
class RunFolder:
    """``--out DIR`` of one audit."""

    root: Path

    REPORTS = ("report.html", "report.json", "report.xlsx", "report.pdf")
    EVIDENCE = "evidence.warc.gz"

    @property
    def work(self) -> WorkFolder:
        return WorkFolder(self.root / ".work")

    @property
    def report_json(self) -> Path:
        return self.root / "report.json"

    @property
    def report_html(self) -> Path:
        return self.root / "report.html"

    @property
    def report_xlsx(self) -> Path:
        return self.root / "report.xlsx"

    @property
    def report_pdf(self) -> Path:
        return self.root / "report.pdf"

    @property
    def evidence(self) -> Path:
        return self.root / self.EVIDENCE

    def written(self) -> list[Path]:
        """The files for people that this run has written, in the order to show them."""
        return [p for p in (*(self.root / n for n in self.REPORTS), self.evidence) if p.exists()]
