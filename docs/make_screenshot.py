"""Remake docs/screenshot.png: audit the demo site and photograph its report.html with chromium.

    .venv/bin/python docs/make_screenshot.py [--profile docs/demo-profile.yaml] [--out FILE]

Needs Debian's ``chromium`` (as the browser tests do) and Pillow (to shrink the PNG to a
palette image under 400 KB for the README).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
SIZE = (1200, 1800)
MAX_BYTES = 400_000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", type=Path, default=DOCS.parent / "checklist" / "data" / "profiles" / "demo-bantuayang.yaml")
    ap.add_argument("--out", type=Path, default=DOCS / "screenshot.png")
    args = ap.parse_args()
    browser = shutil.which("chromium")
    if browser is None:
        sys.exit("chromium not found: apt-get install chromium")
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="oit-shot-") as tmp:
        out = Path(tmp) / "demo"
        subprocess.run(
            [sys.executable, "-m", "oit", "demo", "--quiet", "--profile", str(args.profile),
             "--out", str(out)],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        raw = Path(tmp) / "raw.png"
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--hide-scrollbars", f"--user-data-dir={tmp}/profile",
             f"--window-size={SIZE[0]},{SIZE[1]}", f"--screenshot={raw}",
             (out / "report.html").as_uri()],
            check=True, capture_output=True,
        )  # fmt: skip
        with Image.open(raw) as im:
            for colors in (256, 128, 64):
                im.convert("RGB").quantize(colors=colors, method=Image.Quantize.MEDIANCUT).save(
                    args.out, optimize=True
                )
                if args.out.stat().st_size < MAX_BYTES:
                    break
    print(f"{args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
