"""Which topics a piece of text names, with the phrase that matched (the lexicon in topics.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from checklist.load import load_topics
from checklist.models import TopicLexicon
from crawler.thai import key

# Link texts that say nothing about the target: look at the menu, row or heading instead.
GENERIC_LINK_TEXTS = {
    key(t)
    for t in (
        "คลิกที่นี่", "คลิก", "คลิกดู", "ที่นี่", "ดาวน์โหลด", "ดาวน์โหลดเอกสาร", "ดาวน์โหลดไฟล์",
        "อ่านต่อ", "อ่านเพิ่มเติม", "รายละเอียด", "ดูรายละเอียด", "รายละเอียดเพิ่มเติม", "เพิ่มเติม",
        "ดูเพิ่มเติม", "เปิด", "เปิดไฟล์", "ไฟล์แนบ", "เอกสารแนบ", "แนบไฟล์", "ดู", "ดูทั้งหมด",
        "download", "more", "readmore", "read more", "click here", "here", "view", "pdf",
        "ไฟล์ pdf", "ดาวน์โหลด pdf", "link", "ลิงก์", "ลิงค์", ">>", "»", "...", "อ่าน",
    )
}


def is_generic(text: str) -> bool:
    k = key(text)
    return not k or k in GENERIC_LINK_TEXTS or len(k) <= 2


@dataclass(frozen=True)
class TopicHit:
    topic: str
    phrase: str  # the lexicon phrase that matched, as written in topics.yaml
    strong: bool


@dataclass(frozen=True)
class _Compiled:
    topic: str
    phrases: tuple[tuple[str, str], ...]  # (key, phrase as written)
    weak: tuple[tuple[str, str], ...]
    labels: tuple[tuple[str, str], ...]
    exclude: tuple[str, ...]
    url_words: tuple[str, ...]


@cache
def _lexicon() -> tuple[_Compiled, ...]:
    out = []
    for topic, lex in load_topics().items():
        out.append(_compile(topic, lex))
    return tuple(out)


def _compile(topic: str, lex: TopicLexicon) -> _Compiled:
    return _Compiled(
        topic=topic,
        phrases=tuple(sorted(((key(p), p) for p in lex.phrases if key(p)), key=lambda x: -len(x[0]))),
        weak=tuple((key(p), p) for p in lex.weak if key(p)),
        labels=tuple((key(p), p) for p in lex.labels if key(p)),
        exclude=tuple(key(p) for p in lex.exclude if key(p)),
        url_words=tuple(w.lower() for w in lex.url_words if w),
    )


@lru_cache(maxsize=32768)
def topics_named(text: str, *, weak: bool = False, label: bool = False) -> tuple[TopicHit, ...]:
    """Topics whose strong phrase (or, with ``weak``, weak phrase) is in ``text`` and whose
    exclusions are not; longest phrase first. With ``label`` (a menu label or link text), one
    of the topic's short ``labels`` that is the whole text names it too: a menu item "ผู้บริหาร"."""
    k = key(text)
    if not k:
        return ()
    hits: list[TopicHit] = []
    for lex in _lexicon():
        if any(x in k for x in lex.exclude):
            continue
        strong = next((p for pk, p in lex.phrases if pk in k), None)  # longest first
        if strong is None and label:
            strong = next((p for pk, p in lex.labels if pk == k), None)
        if strong:
            hits.append(TopicHit(lex.topic, strong, True))
        elif weak:
            w = next((p for pk, p in lex.weak if pk in k), None)
            if w:
                hits.append(TopicHit(lex.topic, w, False))
    return tuple(hits)


def topics_in_url(words: str) -> list[TopicHit]:
    """Topics whose URL words occur in a decoded URL path (lower-cased, spaces removed)."""
    k = words.lower().replace(" ", "")
    hits = []
    for lex in _lexicon():
        w = next((u for u in lex.url_words if u.replace(" ", "") in k), None)
        if w:
            hits.append(TopicHit(lex.topic, w, False))
    return hits


def label(topic: str) -> str:
    return load_topics()[topic].label


def item_phrase(title: str, phrases: tuple[str, ...], topics: tuple[str, ...], text: str) -> str | None:
    """The item's own title or phrasing found in ``text`` (its topics' exclusions apply)."""
    k = key(text)
    if not k:
        return None
    excluded = {x for lex in _lexicon() if lex.topic in topics for x in lex.exclude}
    if any(x in k for x in excluded):
        return None
    for p in sorted((title, *phrases), key=lambda p: -len(key(p))):
        pk = key(p)
        if len(pk) >= 4 and pk in k:
            return p
    return None
