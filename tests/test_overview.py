"""overview.html in a real headless browser: its one script runs (allowed by its hash in the
CSP) and sorts the agencies lowest score first; agency names from the CSV never run as code."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from checklist.verdicts import IndicatorScore
from reports.overview import (
    MostMissing,
    Overview,
    OverviewAgency,
    OverviewCounts,
    OverviewScore,
    distribution,
    write_overview,
)
from tests.e2e.test_report_browser import CHROMIUM, dump_dom, text_of
from tests.report_samples import PWN_IMG, PWN_SCRIPT

BKK = timezone(timedelta(hours=7))


def _agency(name: str, score: float | None, district: str = "เมือง") -> OverviewAgency:
    if score is None:
        return OverviewAgency(url="http://127.0.0.1:9/", name=name, district=district, status="failed",
                              error="เข้าเว็บไซต์ไม่ได้: timeout")
    return OverviewAgency(
        url=f"https://{len(name)}.go.th/", name=name, type="เทศบาล", district=district, status="done",
        score=OverviewScore(oit_estimate=score, indicators=[IndicatorScore(id="9", title="ก", score=score),
                                                           IndicatorScore(id="10", title="ข", score=score)]),
        counts=OverviewCounts(missing=3), change=1.5, report="a/report.json", report_html="a/report.html",
    )


@pytest.fixture
def overview() -> Overview:
    return Overview(
        assessment_year=2569, started_at=datetime(2026, 12, 1, 9, 0, tzinfo=BKK),
        finished_at=datetime(2026, 12, 1, 11, 0, tzinfo=BKK),
        agencies=[_agency("เทศบาลตำบลกลาง", 70.0), _agency(f"อบต.{PWN_SCRIPT}{PWN_IMG}", 40.5, "พล"),
                  _agency("เทศบาลเมืองสูง", 92.0), _agency("อบต.ปิด", None)],
        most_missing=[MostMissing(code="O25", title="การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", agencies=3, share=100.0)],
    )


def test_distribution_counts_every_audited_agency_once(overview):
    bands = distribution(overview)
    assert sum(b["count"] for b in bands) == 3
    assert [b["count"] for b in bands if b["count"]] == [1, 1, 1]
    assert bands[-1]["count"] == 1  # 92 is in 90-100


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH")
def test_overview_script_sorts_and_nothing_from_the_csv_runs(overview, tmp_path):
    write_overview(overview, tmp_path)
    soup = dump_dom(tmp_path / "overview.html")
    rows = soup.select("#agencies tbody tr")
    scores = [r.find_all("td")[3].get("data-v") for r in rows]
    assert scores == ["40.5", "70.0", "92.0", ""]  # sorted by the page's script, lowest first
    assert soup.select_one("th[aria-sort=ascending]") is not None
    assert soup.find(attrs={"data-pwned": True}) is None
    assert soup.title.get_text().startswith("ภาพรวมผลตรวจ")
    assert len(soup.find_all("script")) == 1 and soup.find("img") is None
    assert "อบต.<script>" in text_of(rows[0])  # shown as text
    assert "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" in text_of(soup)
