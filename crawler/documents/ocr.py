"""OCR of scanned PDF pages with the Debian ``tesseract`` CLI (tha+eng, 200 dpi, read top to bottom).

pytesseract is not used: the CLI is called directly, with an argument list (never a shell),
``OMP_THREAD_LIMIT=1`` (tesseract's OpenMP threads are 2–3x slower on 2 cores) and a timeout.
Tesseract's decomposed sara am and other quirks are fixed by ``thai.clean`` afterwards.
Thai digits from OCR are unreliable (๖/๒, ๘/๕): never take a year from them alone.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile

from .common import Budget

DPI = 200
LANGS = "tha+eng"
# Page segmentation 4, "a single column of text of variable sizes": lines in the order a
# reader reads them, top to bottom. The default (3, automatic) splits a budget table into
# column blocks and reads the row labels before the title centred above them.
PSM = "4"


@functools.lru_cache(maxsize=1)
def tesseract_path() -> str | None:
    """The tesseract binary when it exists and has the Thai model, else None."""
    exe = shutil.which("tesseract")
    if not exe:
        return None
    try:
        out = subprocess.run(
            [exe, "--list-langs"], capture_output=True, timeout=20, env=_env(), check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    langs = (out.stdout + out.stderr).decode("utf-8", "replace").split()
    return exe if "tha" in langs else None


def available() -> bool:
    return tesseract_path() is not None


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def ocr_image(path: str, timeout: float) -> str:
    """Text of one image file; raises ``subprocess.SubprocessError`` / ``OSError`` on failure."""
    exe = tesseract_path()
    if exe is None:
        raise OSError("tesseract with Thai data is not installed")
    out = subprocess.run(
        [exe, path, "stdout", "-l", LANGS, "--dpi", str(DPI), "--psm", PSM],
        capture_output=True,
        timeout=max(timeout, 1.0),
        env=_env(),
        check=False,
    )
    if out.returncode != 0:
        raise subprocess.SubprocessError(out.stderr.decode("utf-8", "replace").strip()[:200])
    return out.stdout.decode("utf-8", "replace")


def _write_image(bitmap, path_stem: str) -> str:
    """Save a grayscale pypdfium2 bitmap: PNG when Pillow is there, else binary PGM."""
    try:
        image = bitmap.to_pil()
    except ImportError:
        path = path_stem + ".pgm"
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        buf = memoryview(bitmap.buffer).cast("B")
        with open(path, "wb") as f:
            f.write(b"P5\n%d %d\n255\n" % (width, height))
            for row in range(height):
                f.write(buf[row * stride : row * stride + width])
        return path
    path = path_stem + ".png"
    image.save(path, compress_level=1)
    return path


def ocr_pdf_pages(pdf, indices: list[int], budget: Budget) -> dict[int, str]:
    """OCR the given pages of an open ``pypdfium2.PdfDocument`` while the budget lasts.

    Returns ``{page index: raw text}`` for the pages read; a page that fails is left out.
    """
    texts: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="oit-ocr-") as tmp:
        for i in indices:
            if budget.spent():
                break
            page = pdf[i]
            try:
                bitmap = page.render(scale=DPI / 72, grayscale=True)
                path = _write_image(bitmap, os.path.join(tmp, f"p{i}"))
                bitmap.close()
                texts[i] = ocr_image(path, timeout=budget.left())
                os.unlink(path)
            except (OSError, subprocess.SubprocessError, RuntimeError, ValueError):
                continue
            finally:
                page.close()
    return texts
