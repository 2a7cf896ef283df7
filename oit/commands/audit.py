"""`oit audit URL`: crawl a site and write the gap report."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from common.run_folder import RunFolder
from oit.args import (
    EXIT_BUSY,
    EXIT_FAIL_UNDER,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_UNREACHABLE,
    UsageError,
    add_crawl_options,
    check_url,
)
from oit.messages import say


def add_parser(sub) -> None:
    a = sub.add_parser("audit", help=say("ตรวจเว็บไซต์และเขียนรายงานรายการที่ต้องแก้ไข",
                                         "crawl a site and write the gap report"))
    a.add_argument("url", help=say("เว็บไซต์ของหน่วยงาน เช่น https://www.example.go.th/",
                                   "the agency's website, e.g. https://www.example.go.th/"))
    add_crawl_options(a)


def run(args) -> int:
    return audit_url(args, check_url(args.url))


def crawl_options(args):
    from crawler.options import CrawlOptions

    return CrawlOptions(
        max_pages=args.max_pages, max_minutes=args.max_minutes,
        concurrency=args.concurrency, delay=args.delay,
        progress=not args.quiet and sys.stderr.isatty(),
    )


def audit_url(args, url: str, *, out: Path | None = None, label: str = "") -> int:
    """Audit ``url`` with the command line's options and print the outcome (also for `oit demo`)."""
    from app.audit import AuditInterrupted, SiteUnreachable, run_audit
    from app.lock import SiteBusy

    req, checklist = _request(args, url, out)
    t0 = time.monotonic()
    from crawler.settings import ENV_PROBLEMS

    for problem in ENV_PROBLEMS:
        print(f"{say('คำเตือน', 'warning')}: {problem}", file=sys.stderr)
    if notice := checklist_year_notice(checklist.year, args.year is not None):
        print(f"{say('คำเตือน', 'warning')}: {notice}", file=sys.stderr)
    if not args.quiet:
        print(say(f"กำลังตรวจ {label or url} ...", f"auditing {label or url} ..."), file=sys.stderr)
    try:
        report, folder = run_audit(req)
    except SiteUnreachable as exc:
        print(say(f"ข้อผิดพลาด: เข้าเว็บไซต์ {exc.url} ไม่ได้เลย ({exc.why})", f"error: {exc}"), file=sys.stderr)
        return EXIT_UNREACHABLE
    except SiteBusy as exc:
        print(say("ข้อผิดพลาด: มีการตรวจเว็บไซต์นี้อยู่แล้ว รอให้เสร็จก่อนแล้วสั่งใหม่", f"error: {exc}"),
              file=sys.stderr)
        return EXIT_BUSY
    except AuditInterrupted as exc:
        print(say("หยุดการตรวจแล้ว: สั่งคำสั่งเดิมอีกครั้งเพื่อตรวจต่อจากที่ค้างไว้", f"stopped: {exc}"),
              file=sys.stderr)
        return EXIT_INTERRUPTED
    if args.quiet:
        print(folder)
    else:
        _print_summary(req, report, folder, time.monotonic() - t0)
    if args.mail:
        mail_report(report, folder, req.profile, req.previous, req.trend)
    if args.fail_under is not None and report.score.oit_estimate < args.fail_under:
        return EXIT_FAIL_UNDER
    return EXIT_OK


def _request(args, url: str, out: Path | None):
    """The audit asked for, once every input is checked (year, folders, profile, mail): bad input
    fails here, before anything is printed or fetched."""
    from app.audit import AuditRequest
    from checklist.load import load_checklist
    from common.files import check_free_space, check_writable_folder
    from crawler.cache import cache_root

    checklist = load_checklist(args.year)
    folder = check_writable_folder(args.out or out or Path("reports-out"))  # not a file, a device, /proc ...
    check_free_space(folder, 20 * 2**20)  # a report, its evidence archive and the crawl's work files
    check_writable_folder(cache_root())  # OIT_CACHE_DIR naming a file or a device
    profile = None
    if args.profile:
        from checklist.profile import load_profile

        profile = load_profile(args.profile)
        check_profile(profile, args.profile, url, strict=args.strict_profile)
    if args.mail and not (profile and profile.recipients):
        raise UsageError(say("--mail ต้องใช้คู่กับ --profile ที่มีผู้รับอีเมล (recipients)",
                             "--mail needs --profile with recipients"))
    req = AuditRequest(
        url=url, year=args.year, out_dir=args.out or out, options=crawl_options(args), profile=profile,
        db=args.db, restart=args.restart,
    )
    return req, checklist


def _print_summary(req, report, folder: Path, elapsed: float) -> None:
    """The score, the counts, what changed since the last run and where the reports are."""
    from reports.view import num, thai_datetime

    c = report.counts()
    if req.resumed_from:
        when = thai_datetime(req.resumed_from)
        print(say(f"ตรวจต่อจากการตรวจที่ถูกหยุดซึ่งเริ่มเมื่อ {when}",
                  f"continued the interrupted audit started {req.resumed_from:%Y-%m-%d %H:%M}"))
    score, mark = num(report.score.oit_estimate), num(report.score.pass_mark)
    print(say(
        f"ITA {report.assessment_year}: คะแนน OIT โดยประมาณ {score} (เกณฑ์ผ่าน {mark}); "
        f"พบ {c['found']} ล้าสมัย {c['outdated']} ต้องตรวจสอบ {c['review']} ไม่พบ {c['missing']} รายการ",
        f"ITA {report.assessment_year}: estimated OIT score {score} (pass mark {mark}); items found "
        f"{c['found']}, outdated {c['outdated']}, to review {c['review']}, missing {c['missing']}"))
    cr = report.crawl
    print(say(
        f"ตรวจหน้าเว็บ {cr.pages} หน้า และเอกสาร {cr.documents} ไฟล์ ใน {elapsed:.1f} วินาที "
        f"(ข้อผิดพลาด {cr.errors}); การตรวจครั้งที่ {req.run_id}",
        f"crawled {cr.pages} pages and {cr.documents} documents in {elapsed:.1f} s "
        f"({cr.errors} errors); run {req.run_id}"))
    if cr.site_unchanged:
        print(say("ทุกหน้าและทุกไฟล์ของเว็บไซต์ไม่เปลี่ยนจากการตรวจครั้งก่อน: ไม่ต้องดาวน์โหลดหรืออ่านใหม่",
                  "the site answered every address as at the last audit: no page or file was "
                  "downloaded or read again"))
    if req.previous is not None:
        from reports.diff import diff_reports

        d = diff_reports(req.previous, report)
        print(say(
            f"เทียบกับครั้งก่อน: พบใหม่ {len(d.newly_found)} หายไป {len(d.newly_missing)} "
            f"สถานะเปลี่ยน {len(d.status_changes)} ลิงก์หลักฐานเสีย {len(d.evidence_broken)}",
            f"since the last run: {len(d.newly_found)} newly found, {len(d.newly_missing)} newly "
            f"missing, {len(d.status_changes)} status changes, {len(d.evidence_broken)} evidence "
            "links broken"))
    for warning in req.warnings:
        print(f"{say('คำเตือน', 'warning')}: {warning}", file=sys.stderr)
    for path in RunFolder(folder).written():
        print(f"{say('รายงาน', 'report')}: {path}")
    print(say(f"เปิดอ่านรายงานได้ที่ {RunFolder(folder).report_html}",
              f"open {RunFolder(folder).report_html} to read the report"))


def mail_report(report, folder: Path, profile, previous, trend=None) -> None:
    """Send the report by SMTP: OIT_SMTP_HOST, OIT_SMTP_PORT, OIT_SMTP_USER, OIT_SMTP_PASSWORD,
    OIT_SMTP_STARTTLS=1, OIT_MAIL_FROM."""
    import os
    import socket

    from reports.diff import diff_reports
    from reports.mail import MailError, build_message, send

    host = os.environ.get("OIT_SMTP_HOST", "localhost")
    raw_port = os.environ.get("OIT_SMTP_PORT", "25").strip()
    if not (raw_port.isdigit() and 0 < int(raw_port[:6]) < 65536):
        raise UsageError(f"OIT_SMTP_PORT={raw_port[:20]!r} is not a port number (1-65535); the report was written, not mailed")
    port = int(raw_port)
    sender = os.environ.get("OIT_MAIL_FROM", f"oit-audit@{socket.gethostname()}")
    diff = diff_reports(previous, report) if previous is not None else None
    msg = build_message(report, folder, sender=sender, recipients=list(profile.recipients), diff=diff,
                        trend=trend)
    try:
        refused = send(msg, host, port, user=os.environ.get("OIT_SMTP_USER"),
                       password=os.environ.get("OIT_SMTP_PASSWORD"),
                       starttls=os.environ.get("OIT_SMTP_STARTTLS") == "1")
    except MailError as exc:
        print(f"{say('คำเตือน', 'warning')}: " + say(f"เขียนรายงานแล้วแต่ส่งอีเมลไม่ได้: {exc}",
                                   f"the report was written but not mailed: {exc}"), file=sys.stderr)
        return
    sent = ", ".join(r for r in profile.recipients if r not in refused)
    no = ", ".join(refused)
    print(say(f"ส่งอีเมลถึง {sent}", f"mailed to {sent}") + (say(f"; ถูกปฏิเสธ: {no}", f"; refused: {no}") if refused else ""))


def check_profile(profile, path: Path, url: str, *, strict: bool) -> None:
    """Warn (or, ``strict``, refuse with exit 2) when the profile still has starter values or
    describes another website."""
    from checklist.profile import other_site, placeholders

    problems = []
    if todo := placeholders(profile):
        fields = ", ".join(todo[:6]) + (" ..." if len(todo) > 6 else "")
        problems.append(say(f"ไฟล์ข้อมูลหน่วยงาน {path} ยังมีค่าตัวอย่างที่ต้องแก้ (TODO) ที่ {fields}",
                            f"the profile {path} still has placeholders (TODO) in {fields}"))
    if site := other_site(profile, url):
        problems.append(say(f"ไฟล์ข้อมูลหน่วยงาน {path} เป็นของเว็บไซต์ {site} ไม่ใช่ {url}",
                            f"the profile {path} is for {site}, not {url}"))
    if problems and strict:
        raise UsageError("; ".join(problems) + say(" (--strict-profile: ไม่ตรวจ)", " (--strict-profile: refused)"))
    for p in problems:
        print(f"{say('คำเตือน', 'warning')}: {p}", file=sys.stderr)


def checklist_year_notice(used: int, chosen: bool) -> str:
    """Said when the checklist used is older than the current assessment year ('' otherwise)."""
    from app.audit import local_now
    from checklist.load import available_years
    from common.thai import fiscal_year

    now = fiscal_year(local_now().date())
    newest = max(available_years())
    if used >= now or (chosen and newest >= now):
        return ""
    if newest < now:
        return say(f"ยังไม่มีเกณฑ์ ITA ปี {now} (ปีงบประมาณปัจจุบัน) ในเครื่องมือนี้: ตรวจตามเกณฑ์ปี {used} "
                   f"ซึ่งเป็นปีล่าสุดที่มี รายงานจะระบุเรื่องนี้ไว้",
                   f"no ITA {now} checklist (the current fiscal year) is shipped yet: auditing against "
                   f"{used}, the newest one; the report says so")
    return say(f"ตรวจตามเกณฑ์ปี {used} แต่ปีงบประมาณปัจจุบันคือ {now}",
               f"auditing against {used} while the current fiscal year is {now}")
