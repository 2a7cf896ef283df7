"""reports.view: the one view every report file renders (ranking, rounding, years, actions)."""

from __future__ import annotations

from datetime import datetime

from bs4 import BeautifulSoup

from checklist.load import available_years
from reports.html import render_html
from reports.view import BANGKOK, ReportView, num, signed
from tests.report_samples import sample_report


def test_gaps_ranked_by_gain_and_running_total_adds_up():
    v = ReportView(sample_report())
    assert [g.code for g in v.gaps] == ["O27", "O33", "O12", "O10", "O16"]
    assert [g.rank for g in v.gaps] == [1, 2, 3, 4, 5]
    total = v.score
    for g in v.gaps:  # the running total is the shown score plus the shown gains
        total = min(100.0, round(total + g.gain, 1))
        assert g.reaches == total
    assert num(99.99) == "100.0" and signed(0.04) == "เท่าเดิม" and signed(-0.06) == "-0.1"


def test_an_old_report_without_actions_gets_them_from_the_checklist():
    report = sample_report()
    assert all(not i.action for i in report.items)  # as a report.json written before actions
    actions = {g.code: g.action for g in ReportView(report).gaps}
    assert actions["O10"].startswith("แทนไฟล์ปีงบประมาณ 2568")
    assert actions["O27"].startswith("เผยแพร่") and "ใต้หัวข้อ O27" in actions["O27"]


def test_report_says_when_its_checklist_is_older_than_the_fiscal_year():
    newest = max(available_years())
    late = sample_report(assessment_year=newest,
                         finished_at=datetime(newest - 543, 12, 3, 10, 0, tzinfo=BANGKOK))  # FY newest+1
    assert f"ยังไม่มีเกณฑ์ ITA ปี {newest + 1}" in ReportView(late).year_notice
    soup = BeautifulSoup(render_html(late), "html.parser")
    assert f"ยังไม่มีเกณฑ์ ITA ปี {newest + 1}" in soup.find(id="year-notice").get_text()
    on_time = sample_report(assessment_year=newest,
                            finished_at=datetime(newest - 543, 3, 1, 10, 0, tzinfo=BANGKOK))
    assert ReportView(on_time).year_notice == ""
    assert BeautifulSoup(render_html(on_time), "html.parser").find(id="year-notice") is None
