"""`oit demo`: audit the bundled sample municipal website, served on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from oit.args import add_crawl_options
from oit.commands.audit import audit_url
from oit.messages import say

DEMO_PORT = 8741  # a fixed port when free, so that demo runs share one history and cache


def add_parser(sub) -> None:
    d = sub.add_parser("demo", help=say("ตรวจเว็บไซต์เทศบาลตัวอย่างที่มากับเครื่องมือ (ไม่ต้องใช้อินเทอร์เน็ต)",
                                        "audit the bundled sample municipal website (no internet needed)"))
    add_crawl_options(d)
    d.set_defaults(restart=True)


def run(args) -> int:
    from app.audit import default_out_dir, local_now
    from crawler.serve import SAMPLE_SITE, StaticSite

    if args.profile is None:  # the sample site's own (invented) profile: units, measures, past scores
        from checklist.load import DATA_DIR

        args.profile = DATA_DIR / "profiles" / "demo-bantuayang.yaml"
    if args.delay is None:
        args.delay = 0.0
    if args.concurrency is None:
        args.concurrency = 4
    out = args.out or (Path("reports-out") / "demo" / default_out_dir("http://demo/", local_now()).name)
    try:  # a fixed port when free, so that demo runs share one history and cache
        site = StaticSite(SAMPLE_SITE, port=DEMO_PORT)
    except OSError:
        site = StaticSite(SAMPLE_SITE)
    with site as url:
        return audit_url(args, url, out=out, label=say(f"เว็บไซต์ตัวอย่างที่ {url}", f"the sample site at {url}"))
