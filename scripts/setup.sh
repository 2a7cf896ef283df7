#!/usr/bin/env bash
# Set up oit-audit on a fresh Debian/Ubuntu machine: system packages (Thai fonts, Tesseract OCR
# with Thai data, antiword, poppler, Chromium and its WebDriver for the browser tests) and a virtualenv in .venv.
# Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="fonts-thai-tlwg-ttf fonts-thai-tlwg-otf tesseract-ocr tesseract-ocr-tha antiword poppler-utils chromium chromium-driver"
missing=""
for p in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing Debian packages:$missing" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
. .venv/bin/activate
python -m pip install -q --upgrade pip uv >/dev/null 2>&1 || true
# Bytecode compiled once here: uv does not compile by default, and where PYTHONDONTWRITEBYTECODE is
# set every audit would compile fpdf, fontTools, openpyxl, pythainlp ... again (~1 s per run).
if command -v uv >/dev/null 2>&1; then
  uv pip install -q --compile-bytecode -e ".[test]"
else
  python -m pip install -q -e ".[test]"
fi
python -m compileall -q common crawler checklist reports app oit >/dev/null || true
