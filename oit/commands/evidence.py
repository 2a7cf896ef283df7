"""`oit evidence ITEM`: the evidence archived for an item (WARC)."""

from __future__ import annotations

from pathlib import Path

from common.run_folder import RunFolder
from oit.args import EXIT_OK, UsageError, check_url, run_id
from oit.messages import say


def add_parser(sub) -> None:
    ev = sub.add_parser("evidence", help=say("หลักฐานที่เก็บไว้ของรายการ (ไฟล์ WARC): URL เวลา และ SHA-256",
                                             "evidence archived for an item (WARC): URL, time, SHA-256"))
    ev.add_argument("item", help=say("รหัสรายการ เช่น O12", "item code, e.g. O12"))
    ev.add_argument("--run", type=run_id, help=say("หมายเลขการตรวจ (ค่าเริ่มต้น: ครั้งล่าสุดที่เสร็จ)",
                                                         "run id (default: the latest finished run)"))
    ev.add_argument("--site", help=say("เว็บไซต์ของการตรวจล่าสุดที่จะใช้", "site of the latest run to use"))
    ev.add_argument("--db", type=Path, help=say("ฐานข้อมูลประวัติการตรวจ", "history database"))


def run(args) -> int:
    from common.urls import site_id
    from crawler.evidence import list_evidence
    from reports.history import History

    with History(args.db) as hist:
        if args.run:
            row = hist.run(args.run)
        else:
            site = site_id(check_url(args.site)) if args.site else None
            done = [r for r in hist.runs(site) if r.status == "finished"]
            if not done:
                where = f" ({args.site})" if args.site else ""
                raise UsageError(say(f"ยังไม่มีการตรวจที่เสร็จแล้ว{where}", f"no finished run{where}"))
            row = done[0]
    warc = RunFolder(Path(row.out_dir)).evidence
    if not warc.exists():
        raise UsageError(say(f"การตรวจครั้งที่ {row.id} ไม่มีไฟล์เก็บหลักฐาน ({warc})",
                             f"run {row.id} has no evidence archive ({warc})"))
    from datetime import datetime

    from reports.view import thai_datetime

    code = args.item.upper()
    entries = list_evidence(warc, item=code)
    if not entries:
        print(say(f"ไม่มีหลักฐานที่เก็บไว้ของ {code} ในการตรวจครั้งที่ {row.id}",
                  f"no archived evidence for {code} in run {row.id}"))
    for e in entries:
        ok = say("SHA-256 ตรงกัน", "sha256 ok") if e.get("verified") else say("SHA-256 ไม่ตรงกัน", "SHA-256 MISMATCH")
        when = thai_datetime(datetime.fromisoformat(str(e["fetched_at"]).replace("Z", "+00:00")))
        print(f"{when}  {e['sha256']}  {e['size']:>9} B  {ok}  {e['url']}")
    return EXIT_OK
