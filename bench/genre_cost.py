"""What the learned models (news post and topics) cost the page classifier:
``python bench/genre_cost.py``.

Classifies the tuning split's pages (``checklist.evaluate.classify_page``) with the models and
without them, in alternating rounds in this one process, and prints the time per page of each
and their ratio (the matcher's text caches are emptied before every round).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checklist.evaluate import classify_page, read_pages  # noqa: E402
from checklist.genre import load_model  # noqa: E402
from checklist.match import forget_texts  # noqa: E402


def one_round(pages: list[dict], learned: bool) -> float:
    forget_texts()
    t = time.perf_counter()
    for p in pages:
        classify_page(p["url"], p["text"], p.get("title", ""), learned=learned)
    return (time.perf_counter() - t) / len(pages) * 1000


def main(rounds: int = 5) -> None:
    pages = read_pages(ROOT / "tests" / "data" / "realpages" / "tuning.jsonl")
    load_model()
    one_round(pages, True)  # warm the lexicon and the model
    base, learned = [], []
    for _ in range(rounds):
        base.append(one_round(pages, False))
        learned.append(one_round(pages, True))
    b, m = statistics.median(base), statistics.median(learned)
    print(f"{len(pages)} pages, median of {rounds} rounds: rules {b:.2f} ms/page, "
          f"rules + model {m:.2f} ms/page, ratio {m / b:.2f}x")


if __name__ == "__main__":
    main()
