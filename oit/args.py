"""What every command shares: exit codes, the parser that fails in one line, argument types."""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urlsplit

EXIT_OK, EXIT_FAIL_UNDER, EXIT_BAD_INPUT, EXIT_UNREACHABLE, EXIT_BUSY = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """Bad input: one line to stderr, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line, no usage dump
        raise UsageError(f"{self.prog}: {message}")


# Ranges of every number argument: inf, nan, 1e308 and 25-digit numbers are bad input, not a
# hang (--delay inf) or an OverflowError deep in the crawl (--max-minutes 1e308).
MAX_PAGES = 1_000_000
MAX_MINUTES = 7 * 24 * 60  # a week
MAX_DELAY = 600.0  # seconds between requests
MAX_CONCURRENCY = 64
MAX_RUN_ID = 2**63 - 1  # SQLite's INTEGER
_DIGITS = 20  # longer number texts are refused before conversion (no 5,000-digit int())


def _say(thai: str, english: str) -> str:
    from oit.messages import say

    return say(thai, english)


def _whole(text: str) -> int:
    t = text.strip()
    if len(t) > _DIGITS and t.isdigit():
        raise argparse.ArgumentTypeError(_say(f"ใหญ่เกินไป ({len(t):,} หลัก)", f"too large ({len(t):,} digits)"))
    if len(t) > _DIGITS or not t.lstrip("+-").isdigit():
        raise argparse.ArgumentTypeError(_say(f"ต้องเป็นจำนวนเต็ม แต่ได้ {text[:40]!r}",
                                              f"expected a whole number, got {text[:40]!r}"))
    return int(t)


def _in_range(value: float, low: float, high: float, text: str) -> float:
    """``value`` when ``low <= value <= high`` (never nan), else ArgumentTypeError."""
    def shown(n: float) -> str:
        return f"{n:,}" if isinstance(n, int) else f"{n:g}"

    if value != value or value < low:  # nan too
        raise argparse.ArgumentTypeError(_say(
            f"ต้องไม่น้อยกว่า {shown(low)} แต่ได้ {text[:40]}",
            f"must be 0 or more, got {text[:40]}" if low == 0 else f"must be at least {shown(low)}, got {text[:40]}"))
    if value > high:
        raise argparse.ArgumentTypeError(_say(f"ต้องไม่เกิน {shown(high)} แต่ได้ {text[:40]}",
                                              f"must be at most {shown(high)}, got {text[:40]}"))
    return value


def int_between(low: int, high: int):
    """An argument type: a whole number from ``low`` to ``high``."""
    def parse(text: str) -> int:
        return int(_in_range(_whole(text), low, high, text))
    parse.__name__ = "whole number"
    return parse


def number_between(low: float, high: float):
    """An argument type: a finite number from ``low`` to ``high`` (never inf or nan)."""
    def parse(text: str) -> float:
        try:
            value = float(text) if len(text) <= 40 else float("nan")
        except ValueError:
            raise argparse.ArgumentTypeError(_say(f"ต้องเป็นตัวเลข แต่ได้ {text[:40]!r}",
                                                  f"expected a number, got {text[:40]!r}")) from None
        return _in_range(value, low, high, text)
    parse.__name__ = "number"
    return parse


run_id = int_between(1, MAX_RUN_ID)
score = number_between(0, 100)


def year(text: str) -> int:
    t = text.strip()
    if not (t.isdigit() and len(t) == 4):
        raise argparse.ArgumentTypeError(_say(f"ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2569 แต่ได้ {text[:40]!r}",
                                              f"expected a Buddhist-era year such as 2569, got {text[:40]!r}"))
    return int(t)


MAX_URL = 2083  # the longest URL browsers (and the crawl) take


def check_url(url: str) -> str:
    """A usable start URL, or UsageError. A bare host gets http:// (sites redirect to https)."""
    url = url.strip()
    if len(url) > MAX_URL:
        raise UsageError(_say(f"URL ยาวเกิน {MAX_URL:,} ตัวอักษร ({len(url):,})",
                              f"malformed URL: longer than {MAX_URL:,} characters ({len(url):,})"))
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        raise UsageError(_say(f"URL ผิดรูปแบบ {url[:200]!r}: {exc}",
                              f"malformed URL {url[:200]!r}: {exc}")) from None
    if parts.scheme not in ("http", "https"):
        raise UsageError(f"malformed URL {url!r}: only http:// and https:// sites can be audited")
    if not host or " " in url or "." not in host and host != "localhost" and ":" not in host:
        raise UsageError(f"malformed URL {url!r}: expected something like https://www.example.go.th/")
    if not parts.path:
        url += "/"
    return url


def add_crawl_options(p: argparse.ArgumentParser) -> None:
    from oit.messages import say

    p.add_argument("--year", type=year, help=say("ปีที่ประเมิน (พ.ศ.) ค่าเริ่มต้น: ปีล่าสุดที่มีเกณฑ์",
                                                 "assessment year (BE); default: newest shipped"))
    p.add_argument("--out", type=Path, help=say("โฟลเดอร์ที่เก็บไฟล์รายงาน", "folder for the report files"))
    p.add_argument("--max-pages", type=int_between(1, MAX_PAGES), default=2000,
                   help=say("จำนวนหน้าเว็บสูงสุดที่ตรวจ", "most pages to crawl"))
    p.add_argument("--max-minutes", type=number_between(0, MAX_MINUTES), default=60.0,
                   help=say("เวลาตรวจสูงสุด (นาที)", "longest crawl (minutes)"))
    p.add_argument("--concurrency", type=int_between(1, MAX_CONCURRENCY),
                   help=say("จำนวนคำขอพร้อมกันไปยังเว็บไซต์", "parallel requests to the site"))
    p.add_argument("--delay", type=number_between(0, MAX_DELAY), help=say("เว้นระยะระหว่างคำขอ (วินาที)", "seconds between requests"))
    p.add_argument("--fail-under", type=score, metavar=say("คะแนน", "SCORE"),
                   help=say("จบด้วยรหัส 1 เมื่อคะแนน OIT โดยประมาณต่ำกว่าค่านี้ (สำหรับงานตั้งเวลา)",
                            "exit 1 when the estimated OIT score is below SCORE"))
    p.add_argument("--quiet", action="store_true",
                   help=say("แสดงเฉพาะโฟลเดอร์รายงาน", "print only the report folder"))
    p.add_argument("--profile", type=Path,
                   help=say("ไฟล์ข้อมูลหน่วยงาน (YAML): หน่วยงานภายใน มาตรการ ผลปีก่อน",
                            "agency profile (YAML): units, measures, past scores"))
    p.add_argument("--strict-profile", action="store_true",
                   help=say("ไม่ตรวจเมื่อไฟล์ข้อมูลหน่วยงานยังมี TODO หรือเป็นของเว็บไซต์อื่น (จบด้วยรหัส 2)",
                            "refuse (exit 2) a profile that still has TODOs or names another site"))
    p.add_argument("--db", type=Path, help=say("ฐานข้อมูลประวัติการตรวจ (ค่าเริ่มต้น: ดูจาก oit history)",
                                               "history database (default: printed by `oit history`)"))
    p.add_argument("--restart", action="store_true",
                   help=say("เริ่มตรวจใหม่ แทนการตรวจต่อจากครั้งที่ถูกหยุด",
                            "start afresh instead of continuing an interrupted audit of the site"))
    p.add_argument("--mail", action="store_true",
                   help=say("ส่งรายงานทางอีเมลถึงผู้รับในไฟล์ข้อมูลหน่วยงาน (ตั้งค่า SMTP: ดู README)",
                            "mail the report to the profile's recipients (SMTP settings: see README)"))
