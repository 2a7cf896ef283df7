"""Pages per second of PDF text extraction: in-process parsing vs. through the worker pool.

Run from the project root: ``python bench/bench_pdf.py [pages] [repeats]``. Makes a Thai PDF
with fpdf2 (TLWG Garuda, text shaping off) and prints plain text lines, best of ``repeats``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.documents import extract_document  # noqa: E402
from crawler.documents.extract import close_pool  # noqa: E402
from crawler.documents.worker import read_document  # noqa: E402
from tests import docmaker  # noqa: E402


def best_of(repeats: int, fn) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    start = time.perf_counter()
    data = docmaker.make_pdf(pages=pages)
    one_page = docmaker.make_pdf(pages=1)
    print(f"made {pages}-page Thai PDF: {len(data)} bytes in {time.perf_counter() - start:.2f} s")

    result = read_document(data, "pdf")
    assert result.error == "" and result.pages == pages, result
    text, info = extract_document(data, "bench.pdf")
    assert info.error == "" and info.pages == pages and docmaker.TITLE in text, info

    t_in = best_of(repeats, lambda: read_document(data, "pdf"))
    t_worker = best_of(repeats, lambda: extract_document(data, "bench.pdf"))
    t_start = best_of(repeats, lambda: extract_document(one_page, "one.pdf"))

    def cold() -> None:
        close_pool()  # the next document starts a fresh worker process
        extract_document(one_page, "one.pdf")

    t_cold = best_of(repeats, cold)
    close_pool()
    print(f"in-process read_document: {t_in:.3f} s = {pages / t_in:.0f} pages/s")
    print(
        f"through the worker (extract_document): {t_worker:.3f} s = {pages / t_worker:.0f} pages/s"
    )
    print(f"worker overhead (1-page PDF through a running worker): {t_start * 1000:.1f} ms")
    print(f"first document after close_pool() (starts a worker): {t_cold * 1000:.1f} ms")
    print(f"reader: {info.reader}; text chars: {len(text)}; best of {repeats}")


if __name__ == "__main__":
    main()
