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


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if value < 0 or value != value:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return value


def year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a Buddhist-era year such as 2569, got {text!r}") from None


def check_url(url: str) -> str:
    """A usable start URL, or UsageError. A bare host gets http:// (sites redirect to https)."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UsageError(f"malformed URL {url!r}: only http:// and https:// sites can be audited")
    host = parts.hostname or ""
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise UsageError(f"malformed URL {url!r}: bad port") from None
    if not host or " " in url or "." not in host and host != "localhost":
        raise UsageError(f"malformed URL {url!r}: expected something like https://www.example.go.th/")
    if not parts.path:
        url += "/"
    return url


def add_crawl_options(p: argparse.ArgumentParser) -> None:
    from oit.messages import say

    p.add_argument("--year", type=year, help=say("ปีที่ประเมิน (พ.ศ.) ค่าเริ่มต้น: ปีล่าสุดที่มีเกณฑ์",
                                                 "assessment year (BE); default: newest shipped"))
    p.add_argument("--out", type=Path, help=say("โฟลเดอร์ที่เก็บไฟล์รายงาน", "folder for the report files"))
    p.add_argument("--max-pages", type=positive_int, default=2000,
                   help=say("จำนวนหน้าเว็บสูงสุดที่ตรวจ", "most pages to crawl"))
    p.add_argument("--max-minutes", type=non_negative, default=60.0,
                   help=say("เวลาตรวจสูงสุด (นาที)", "longest crawl (minutes)"))
    p.add_argument("--concurrency", type=positive_int,
                   help=say("จำนวนคำขอพร้อมกันไปยังเว็บไซต์", "parallel requests to the site"))
    p.add_argument("--delay", type=non_negative, help=say("เว้นระยะระหว่างคำขอ (วินาที)", "seconds between requests"))
    p.add_argument("--fail-under", type=non_negative, metavar=say("คะแนน", "SCORE"),
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
