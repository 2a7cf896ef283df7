"""`oit history`: past runs, newest first."""

from __future__ import annotations

import json
from pathlib import Path

from oit.args import EXIT_OK, check_url
from oit.messages import say


def add_parser(sub) -> None:
    h = sub.add_parser("history", help=say("การตรวจที่ผ่านมา ล่าสุดก่อน", "past runs, newest first"))
    h.add_argument("--site", help=say("เฉพาะการตรวจของเว็บไซต์นี้ (เช่น www.example.go.th)",
                                      "only runs of this site (host, e.g. www.example.go.th)"))
    h.add_argument("--format", choices=["text", "json"], default="text", help=say("รูปแบบการแสดงผล", "output format"))
    h.add_argument("--db", type=Path, help=say("ฐานข้อมูลประวัติการตรวจ", "history database"))


def run(args) -> int:
    from common.urls import site_id
    from reports.history import History, default_db_path

    db = args.db or default_db_path()
    with History(db) as hist:
        rows = hist.runs(site_id(check_url(args.site)) if args.site else None)
    if args.format == "json":
        print(json.dumps([{"id": r.id, "site": r.site, "url": r.url, "started_at": r.started_at.isoformat(),
                           "finished_at": r.finished_at.isoformat() if r.finished_at else None,
                           "status": r.status, "score": r.score, "assessment_year": r.assessment_year,
                           "out_dir": r.out_dir} for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    from reports.view import num, thai_datetime

    print(say(f"ประวัติการตรวจ: {db}", f"history: {db}"))
    if not rows:
        print(say("ยังไม่มีการตรวจ", "no runs yet"))
    status_th = {"finished": "เสร็จแล้ว", "running": "กำลังตรวจ", "failed": "ล้มเหลว", "interrupted": "ถูกหยุด"}
    for r in rows:
        score = f"{num(r.score):>5}" if r.score is not None else "    -"
        status = say(status_th.get(r.status, r.status), r.status)
        print(f"{r.id:>5}  {thai_datetime(r.started_at)}  {status:<11} ITA {r.assessment_year}  "
              f"{score}  {r.site}  {r.out_dir}")
    return EXIT_OK
