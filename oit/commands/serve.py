"""``oit serve``: the local, read-only web dashboard over the history database.

Binds 127.0.0.1 by default. On any other address it starts only when the operator set a
password (``OIT_SERVE_PASSWORD``, or the first line of ``--password-file FILE``); there is no
default password. Exit 2 with one Thai line for bad input (no password, no history file, port
taken).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from oit.args import EXIT_BAD_INPUT, EXIT_OK

PASSWORD_ENV = "OIT_SERVE_PASSWORD"


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ต้องเป็นเลขพอร์ต 0-65535 ไม่ใช่ {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"ต้องเป็นเลขพอร์ต 0-65535 ไม่ใช่ {value}")
    return value


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("serve", help="แดชบอร์ดบนเว็บ (อ่านอย่างเดียว) จากประวัติการตรวจ")
    p.add_argument("--db", type=Path, help="ฐานข้อมูลประวัติ (ค่าเริ่มต้น: ที่ `oit history` แสดง)")
    p.add_argument("--host", default="127.0.0.1",
                   help="ที่อยู่ที่เปิดรับ (ค่าเริ่มต้น 127.0.0.1: เฉพาะเครื่องนี้)")
    p.add_argument("--port", type=_port, default=8080, help="พอร์ต (ค่าเริ่มต้น 8080; 0: พอร์ตว่างใดก็ได้)")
    p.add_argument("--password-file", type=Path, metavar="FILE",
                   help=f"ไฟล์ที่บรรทัดแรกเป็นรหัสผ่าน (หรือตั้งตัวแปร {PASSWORD_ENV})")


def _fail(message: str) -> int:
    print(f"ข้อผิดพลาด: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def read_password(args) -> str | None:
    """The operator's password: ``--password-file`` first, else ``OIT_SERVE_PASSWORD``; None
    when neither is set. Raises ValueError (Thai) for an unreadable or empty file."""
    if args.password_file is not None:
        try:
            text = args.password_file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"อ่านไฟล์รหัสผ่าน {args.password_file} ไม่ได้ ({exc.__class__.__name__})") from None
        password = text.splitlines()[0].strip() if text.strip() else ""
        if not password:
            raise ValueError(f"ไฟล์รหัสผ่าน {args.password_file} ว่าง")
        return password
    return os.environ.get(PASSWORD_ENV) or None


def run(args) -> int:
    from app.dashboard.web import is_loopback, make_app, serve
    from reports.history import History, HistoryError, default_db_path

    try:
        password = read_password(args)
    except ValueError as exc:
        return _fail(str(exc))
    if not is_loopback(args.host) and not password:
        return _fail(
            f"ไม่เปิดแดชบอร์ดที่ {args.host} ให้เครื่องอื่นเข้าถึงโดยไม่มีรหัสผ่าน: ตั้งตัวแปร "
            f"{PASSWORD_ENV} หรือใช้ --password-file FILE (หรือใช้ --host 127.0.0.1)"
        )
    db = (args.db or default_db_path()).expanduser()
    try:
        History(db, readonly=True).close()
    except HistoryError as exc:
        return _fail(str(exc))

    def ready(url: str) -> None:
        print(f"แดชบอร์ด: {url}  (ฐานข้อมูล {db}; กด Ctrl+C เพื่อหยุด)", flush=True)
        if password:
            print("ต้องใส่รหัสผ่านที่ตั้งไว้ (ชื่อผู้ใช้ใส่อะไรก็ได้)", flush=True)

    try:
        serve(make_app(db, password), args.host, args.port, on_ready=ready)
    except OSError as exc:
        return _fail(f"เปิดพอร์ต {args.port} ที่ {args.host} ไม่ได้: {exc.strerror or exc}")
    except KeyboardInterrupt:
        pass
    return EXIT_OK
