"""The dashboard in a real browser: Selenium drives Debian's chromium (through chromium-driver)
over `oit serve` on a history of six weekly runs of a changing site (tests/history_samples.py).

It reads the trend charts, the changes of each run, each item's history and follows the links
to the report files, as a PR officer would; screenshots at desktop (1366) and phone (390)
widths are saved in the test's tmp folder (and copied to ``$OIT_SCREENSHOT_DIR`` when set).
Skipped, with the reason, where chromium or chromedriver is not installed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from reports.view import thai_datetime
from tests.dashboard_server import oit_serve
from tests.history_samples import O2_URL, WEEKS, build_history, week_items
from tests.report_samples import AGENCY, score_for

CHROMIUM = os.environ.get("OIT_CHROMIUM") or shutil.which("chromium")
CHROMEDRIVER = os.environ.get("OIT_CHROMEDRIVER") or shutil.which("chromedriver")
selenium = pytest.importorskip("selenium", reason="selenium is in the test extras: pip install -e '.[test]'")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="needs Debian's chromium and chromium-driver (scripts/setup.sh installs them)",
)
WEEKLY = [week_items(w)[0] for w in range(WEEKS)]
SCORES = [score_for(items).oit_estimate for items in WEEKLY]
FOUND = [sum(i.status == "found" for i in items) for items in WEEKLY]
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run")


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    home = tempfile.mkdtemp(prefix="oit-selenium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={home}/profile", "--window-size=1366,900"):
        options.add_argument(flag)
    service = Service(executable_path=CHROMEDRIVER, env={**os.environ, "HOME": home})
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(home, ignore_errors=True)


def _shot(driver, width: int, path: Path) -> None:
    """A full-page screenshot at ``width`` CSS pixels."""
    driver.set_window_size(width, 900)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(int(height) + 150, 8000))
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    target = os.environ.get("OIT_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)


def test_dashboard_in_a_browser(browser, tmp_path):
    from selenium.webdriver.common.by import By

    db, ids = build_history(tmp_path)
    with oit_serve(db, env={"OIT_SERVE_PASSWORD": ""}) as url:
        # the overview: both sites, the one needing help first, a trend per site
        browser.get(url)
        rows = browser.find_elements(By.CSS_SELECTOR, "tr.site")
        assert [r.get_attribute("data-site") for r in rows] == ["othertown.go.th", "samplecity.go.th"]
        sample = rows[1]
        assert sample.find_element(By.CSS_SELECTOR, "[data-score]").text == f"{SCORES[-1]:.1f}"
        assert len(sample.find_elements(By.CSS_SELECTOR, "svg.spark circle")) == WEEKS
        assert browser.title != "PWNED" and not browser.find_elements(By.CSS_SELECTOR, "[data-pwned]")
        assert not browser.find_elements(By.TAG_NAME, "script")
        _shot(browser, 1366, tmp_path / "dashboard-overview-1366.png")

        sample.find_element(By.LINK_TEXT, AGENCY).click()
        assert AGENCY in browser.find_element(By.TAG_NAME, "h1").text

        # the charts: one dot per finished run against the pass mark 85, the latest last
        score = browser.find_element(By.CSS_SELECTOR, "#score-chart svg")
        dots = score.find_elements(By.CSS_SELECTOR, "circle")
        shown = [d.get_attribute("data-value") for d in dots]
        values = [float(v) for v in shown]
        assert values == [round(v, 1) for v in SCORES]
        assert values[3] < values[2]  # the week the executives page was down
        assert "เกณฑ์ผ่าน 85" in score.find_element(By.CSS_SELECTOR, ".mark-label").text
        mark_y = float(score.find_element(By.CSS_SELECTOR, ".mark-line").get_attribute("y1"))
        assert all(float(d.get_attribute("cy")) > mark_y for d in dots)  # all below 85
        found = browser.find_element(By.CSS_SELECTOR, "#found-chart svg")
        assert [d.get_attribute("data-value") for d in found.find_elements(By.CSS_SELECTOR, "circle")] == \
            [f"{n:.1f}" for n in FOUND]
        assert dots[0].find_element(By.XPATH, "..").get_dom_attribute("href").endswith(f"#run-{ids[0]}")

        # the changes of each run
        def run_row(run_id: int):
            return browser.find_element(By.ID, f"run-{run_id}")

        assert [li.get_attribute("data-code") for li in
                run_row(ids[1]).find_elements(By.CSS_SELECTOR, ".newly-found li")] == ["O12"]
        week3 = run_row(ids[3])
        assert [li.get_attribute("data-code") for li in week3.find_elements(By.CSS_SELECTOR, ".newly-missing li")] == ["O2"]
        broken = week3.find_element(By.CSS_SELECTOR, ".evidence-broken li")
        assert O2_URL in broken.text and "HTTP 404" in broken.text
        assert "การตรวจครั้งแรก" in run_row(ids[0]).text
        stopped = browser.find_elements(By.CSS_SELECTOR, "tr.run")[0]
        assert "กำลังตรวจหรือค้างอยู่" in stopped.text

        # every item's history: first found, when it broke
        o2 = browser.find_element(By.CSS_SELECTOR, 'tr.item[data-code="O2"]')
        week0_when = thai_datetime(_started(db, ids[0]))
        week3_when = thai_datetime(_started(db, ids[3]))
        assert week0_when in o2.find_element(By.CSS_SELECTOR, ".first-found").text
        assert week3_when in o2.find_element(By.CSS_SELECTOR, ".broke").text
        assert len(o2.find_elements(By.CSS_SELECTOR, ".timeline i")) == WEEKS
        o12 = browser.find_element(By.CSS_SELECTOR, 'tr.item[data-code="O12"]')
        assert thai_datetime(_started(db, ids[1])) in o12.find_element(By.CSS_SELECTOR, ".first-found").text
        o33 = browser.find_element(By.CSS_SELECTOR, 'tr.item[data-code="O33"]')
        assert "ยังไม่เคยพบ" in o33.text

        # the phone: one column, nothing wider than the screen
        _shot(browser, 390, tmp_path / "dashboard-site-390.png")
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
        _shot(browser, 1366, tmp_path / "dashboard-site-1366.png")

        # the links to the run's report files open them; the report shows the trend too
        links = run_row(ids[-1]).find_elements(By.CSS_SELECTOR, ".files a")
        assert {a.get_attribute("data-file") for a in links} == {"report.html", "report.json"}
        next(a for a in links if a.get_attribute("data-file") == "report.html").click()
        assert browser.current_url == f"{url}run/{ids[-1]}/report.html"
        trend = browser.find_element(By.CSS_SELECTOR, "#trend svg")
        assert [c.get_attribute("data-value") for c in trend.find_elements(By.CSS_SELECTOR, "circle")] == shown
        _shot(browser, 390, tmp_path / "report-trend-390.png")


def _started(db: Path, run_id: int):
    from reports.history import History

    with History(db, readonly=True) as hist:
        return hist.run(run_id).started_at
