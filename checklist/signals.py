"""Which topics a piece of text names, with the phrase that matched (the lexicon in topics.yaml).

Texts are compared after :func:`common.thai.key` (cleaned, lower-case, ASCII digits, no
whitespace). A phrase names its topic unless one of the topic's ``exclude`` words sits in the
same clause: a line is cut into clauses at " และ", commas, bullets and spaced dashes/slashes, so
"แนวปฏิบัติการจัดการเรื่องร้องเรียน และช่องทางการร้องเรียน" names both the guideline and the
channel, while "ประชุมคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต" does not name the plan.
Topics usually published as a document (plans, reports) also refuse clauses about drafting
them (a meeting to draft a plan is not the plan), buying or printing them (a notice to bind
the plan is not the plan), or another unit's (a child-care centre's report is not the agency's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from checklist.load import load_topics
from checklist.models import Item, TopicLexicon
from common.thai import key, restore_marks, squash

# Link texts that say nothing about the target: look at the menu, row or heading instead.
GENERIC_LINK_TEXTS = {
    key(t)
    for t in (
        "คลิกที่นี่", "คลิก", "คลิกดู", "ที่นี่", "ดาวน์โหลด", "ดาวน์โหลดเอกสาร", "ดาวน์โหลดไฟล์",
        "อ่านต่อ", "อ่านเพิ่มเติม", "รายละเอียด", "ดูรายละเอียด", "รายละเอียดเพิ่มเติม", "เพิ่มเติม",
        "ดูเพิ่มเติม", "เปิด", "เปิดไฟล์", "ไฟล์แนบ", "เอกสารแนบ", "แนบไฟล์", "ดู", "ดูทั้งหมด",
        "download", "more", "readmore", "read more", "click here", "here", "view", "pdf",
        "ไฟล์ pdf", "ดาวน์โหลด pdf", "link", "ลิงก์", "ลิงค์", ">>", "»", "...", "อ่าน",
        "คลิกเพื่อดาวน์โหลด", "คลิกเพื่อดู", "คลิกอ่าน", "ดูไฟล์", "เปิดดู", "ไฟล์", "เอกสาร",
        "เอกสารประกอบ", "หลักฐาน", "ดูหลักฐาน", "url", "ลิงก์ที่เกี่ยวข้อง", "open", "file",
        "ดาวน์โหลดที่นี่", "คลิกที่นี่เพื่อดาวน์โหลด", "ดูข้อมูล", "ข้อมูล", "รายละเอียดข้อมูล",
        "ดาวน์โหลดไฟล์แนบ", "ดาวน์โหลดเอกสารแนบ", "ดูไฟล์แนบ", "เปิดไฟล์แนบ",
        # where a file is kept, not what it is ("สำรอง: Google Drive")
        "google drive", "googledrive", "drive", "onedrive", "one drive", "dropbox", "ไฟล์สำรอง", "สำรอง",
    )
}
# A bare file name ("f2b9e7.pdf", "scan0012.PDF") or a numbered generic label ("รายละเอียด 1").
_FILE_NAME = re.compile(r"^[\w\-. ()]+\.(pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png)$", re.I)
_NUMBERING = re.compile(r"[\d\s().\-–:#/*]+")


@lru_cache(maxsize=65536)
def is_generic(text: str) -> bool:
    k = key(text)
    if not k or k in GENERIC_LINK_TEXTS or len(k) <= 2:
        return True
    if _FILE_NAME.match(squash(text)):
        return True
    bare = _NUMBERING.sub("", k)
    return not bare or bare in GENERIC_LINK_TEXTS


@dataclass(frozen=True)
class TopicHit:
    topic: str
    phrase: str  # the lexicon phrase that matched, as written in topics.yaml
    strong: bool
    kind: str = "phrase"  # phrase | label | start | title | weak

    @property
    def factor(self) -> float:
        """How much of a signal's weight this kind of hit carries: a title that only begins
        like an activity post ("โครงการ...") needs another hint; a weak word more so."""
        return {"phrase": 1.0, "label": 1.0, "start": 0.6, "title": 1.0, "weak": 0.4}[self.kind]


@dataclass(frozen=True)
class _Compiled:
    topic: str
    phrases: tuple[tuple[str, str], ...]  # (key, phrase as written), longest first
    weak: tuple[tuple[str, str], ...]
    labels: tuple[tuple[str, str], ...]
    starts: tuple[tuple[str, str], ...]
    titles: tuple[tuple[str, str], ...]
    subjects: tuple[str, ...]
    exclude: tuple[str, ...]
    url_words: tuple[str, ...]
    document_expected: bool


# Drafting a plan or a report is not publishing it: refused by every document-type topic.
DRAFTING = tuple(
    key(p)
    for p in (
        "ประชุมคณะทำงาน", "ประชุมคณะกรรมการ", "ประชุมจัดทำ", "ประชุมเพื่อ", "ประชุมพิจารณา",
        "ประชุมทบทวน", "ประชุมชี้แจง", "เพื่อจัดทำ", "จัดทำร่าง", "ยกร่าง", "ร่างแผน", "ร่างรายงาน",
        "ทบทวนแผน", "อบรมเชิงปฏิบัติการการจัดทำ", "สัมมนาจัดทำ", "สัมมนาเชิงปฏิบัติการ",
        "ประชุมเชิงปฏิบัติการ", "อบรมการจัดทำ",
    )
)


# Buying, printing or binding a plan or report is not publishing it ("ประกาศจ้างเหมาจัดทำรูปเล่ม
# แผนพัฒนาท้องถิ่น"): refused by every document-type topic but the procurement ones, whose
# subject that is.
PROCURING = tuple(
    key(p)
    for p in (
        "จ้างเหมา", "จ้างพิมพ์", "จ้างจัดพิมพ์", "จ้างทำ", "จ้างจัดทำ", "จัดทำรูปเล่ม", "เข้าเล่ม", "ถ่ายเอกสาร", "ผู้ชนะการเสนอราคา",
        "ประกาศผู้ชนะ", "ราคากลาง", "ประกวดราคา", "สอบราคา",
    )
)
# Another unit's plan or report (a child-care centre's, a health fund's, a university faculty's or
# institute's) is not the agency's own.
OTHER_UNITS = tuple(
    key(p)
    for p in (
        "ศูนย์พัฒนาเด็กเล็ก", "ศพด.", "โรงพยาบาลส่งเสริมสุขภาพตำบล", "รพ.สต.", "กองทุนหลักประกันสุขภาพ",
        "ศูนย์บริการสาธารณสุข",
        "กองทุนสวัสดิการชุมชน", "ประเมินตนเอง", "self assessment",
        "คณะครุศาสตร์", "คณะศึกษาศาสตร์", "คณะวิทยาศาสตร์", "คณะมนุษยศาสตร์", "คณะสังคมศาสตร์",
        "คณะวิทยาการจัดการ", "คณะบริหารธุรกิจ", "คณะเทคโนโลยี", "คณะเกษตร", "คณะพยาบาลศาสตร์",
        "คณะแพทยศาสตร์", "คณะสาธารณสุขศาสตร์", "คณะวิศวกรรมศาสตร์", "คณะนิติศาสตร์", "คณะรัฐศาสตร์",
        "คณะศิลปกรรมศาสตร์", "คณะเศรษฐศาสตร์", "คณะอุตสาหกรรม", "คณะสถาปัตยกรรมศาสตร์",
        "บัณฑิตวิทยาลัย", "สถาบันวิจัยและพัฒนา", "สำนักวิทยบริการ", "โรงเรียนสาธิต",
    )
)


@cache
def _lexicon() -> tuple[_Compiled, ...]:
    return tuple(_compile(topic, lex) for topic, lex in load_topics().items())


def _keys(items: list[str]) -> tuple[tuple[str, str], ...]:
    pairs = {(key(p), p) for p in items if key(p)}
    return tuple(sorted(pairs, key=lambda x: (-len(x[0]), x[0])))


def _compile(topic: str, lex: TopicLexicon) -> _Compiled:
    exclude = tuple(key(p) for p in lex.exclude if key(p))
    if lex.document_expected:
        # What is bought is often for another unit (a fence at the child-care centre, milk for
        # its children): in a procurement document that unit is the subject, not the author.
        procurement = topic.startswith("procurement_")
        extra = DRAFTING + (() if procurement else OTHER_UNITS + PROCURING)
        exclude += tuple(d for d in extra if d not in exclude)
    return _Compiled(
        topic=topic,
        phrases=_keys(lex.phrases),
        weak=_keys(lex.weak),
        labels=_keys(lex.labels),
        starts=_keys(lex.starts),
        titles=_keys(lex.titles),
        subjects=tuple(k for k, _ in _keys(lex.subjects)),
        exclude=exclude,
        url_words=tuple(w.lower() for w in lex.url_words if w),
        document_expected=lex.document_expected,
    )


# ---------------------------------------------------------------------- clauses

_CLAUSE = re.compile(r"(?<=\S)\s+(?=และ)|[,;•·●▪►]|\s[-–—/]\s")
_LINE = re.compile(r"\s\|\s|\n")
NARRATIVE = 150  # a longer line is a sentence, not a list of names: its clauses are not cut


_ACCORDING = key("ตาม")  # "ตาม<phrase>": the phrase names what the text follows or cites
_FOLLOW_UP = key("ติดตาม")  # ... but "ติดตาม<phrase>" is following it up


# Decoration before a title ("::  ข้อบังคับ ...", "“กิจกรรม...”", "»» ระเบียบ ...", "*** ..."): not a
# list's bullet ("-", "•"), which marks an item of a list, not the start of a title.
_DECORATION = re.compile(r"^[\s:*=~#»«►▶★☆【\[“”\"']+")


@dataclass(frozen=True)
class _Text:
    """One piece of text as keys: the whole key and where its clauses start and end."""

    k: str
    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...] = (0,)  # where each line begins

    @classmethod
    def of(cls, text: str) -> _Text:
        spans, pos, parts, starts = [], 0, [], []
        for line in _LINE.split(text or ""):
            starts.append(pos)
            line = _DECORATION.sub("", line, count=1)  # ":: ข้อบังคับ... ::" is titled "ข้อบังคับ..."
            clauses = _CLAUSE.split(line) if len(line) <= NARRATIVE else [line]
            for clause in clauses:
                ck = key(clause)
                if ck:
                    spans.append((pos, pos + len(ck)))
                    pos += len(ck)
                    parts.append(ck)
        return cls("".join(parts), tuple(spans), tuple(starts) or (0,))

    def clause_around(self, start: int, end: int) -> tuple[int, int]:
        a = min((s for s, e in self.spans if s <= start < e), default=0)
        b = max((e for s, e in self.spans if s < end <= e), default=len(self.k))
        return a, b

    def cited(self, i: int) -> bool:
        """The text at ``i`` follows "ตาม" (according to), not "ติดตาม" (to follow up)."""
        j = i - len(_ACCORDING)
        return j >= 0 and self.k.startswith(_ACCORDING, j) and not self.k.startswith(_FOLLOW_UP, j - 3)

    def find(self, phrase: str, exclude: tuple[str, ...]) -> bool:
        """``phrase`` occurs somewhere with none of ``exclude`` in the same clause, and not as
        what something is "according to" ("แผนภูมิโครงสร้าง ตามแผนอัตรากำลัง 3 ปี" is a chart
        that cites the staffing plan, not the plan)."""
        i = self.k.find(phrase)
        while i >= 0:
            a, b = self.clause_around(i, i + len(phrase))
            clause = self.k[a:b]
            if not any(x in clause for x in exclude) and not self.cited(i):
                return True
            i = self.k.find(phrase, i + 1)
        return False


# How a formal title goes on after the kind of document: what it governs ("ว่าด้วย ...",
# "เรื่อง ..."), the year it was made ("พ.ศ. 2562") or, right after the kind, the body that
# issued it ("ระเบียบคณะกรรมการการศึกษาขั้นพื้นฐาน", "ประกาศกระทรวงศึกษาธิการ ..."); compared on
# keys (no spaces, ASCII digits).
_TITLE_FORM = re.compile(r"ว่าด้วย|เรื่อง|พ\.ศ\.|(?<!\d)25\d\d(?!\d)|"
                         r"^(?:กระทรวง|ทบวง|คณะกรรมการ|คณะรัฐมนตรี|สำนักนายกรัฐมนตรี|ศึกษาธิการ|มหาดไทย|การคลัง|"
                         r"องค์การบริหารส่วน|อบต\.|อบจ\.|เทศบาล)")
# A word of the page's own interface before a title: "อ่าน ระเบียบ... ที่นี่", "ดาวน์โหลด คู่มือ...".
_ACTIONS = tuple(key(w) for w in ("อ่าน", "ดาวน์โหลด", "download", "คลิก", "ดู"))


# A line that asks (an exam question, a web-board thread): it names no document of its own.
_QUESTION = re.compile(r"(?:\?|เท่าใด|เท่าไร|เท่าไหร่|อะไร|หรือไม่|ใช่ไหม|อย่างไร)$")
_ANNOUNCED = key("ประกาศ")
_ABOUT = key("เรื่อง")


def _titled(t: _Text, pk: str, subjects: tuple[str, ...] = ()) -> bool:
    """A line of ``t`` opens with the kind of document ``pk`` (an announcement, "ประกาศ X" or
    "ประกาศ ... เรื่อง X", opens with X) and goes on as a formal title, or, when the topic
    names ``subjects``, holds one of them."""
    ends = (*t.starts[1:], len(t.k))
    for i, end in zip(t.starts, ends, strict=True):
        heads = [i]
        heads += [i + len(a) for a in _ACTIONS if t.k.startswith(a, i)]
        if t.k.startswith(_ANNOUNCED, i):
            heads.append(i + len(_ANNOUNCED))  # "ประกาศหลักเกณฑ์..."
            if (j := t.k.find(_ABOUT, i, end)) >= 0:
                heads.append(j + len(_ABOUT))
        if _QUESTION.search(t.k[i:end]):
            continue  # "ประกาศกระทรวง... มีเขตพื้นที่จำนวนเท่าใด": a question about it, no title
        for h in heads:
            if not t.k.startswith(pk, h):
                continue
            rest = t.k[h + len(pk):end]
            if any(s in rest for s in subjects) if subjects else _TITLE_FORM.search(rest):
                return True
    return False


def _named(t: _Text, lex: _Compiled, *, weak: bool, label: bool, start: bool) -> TopicHit | None:
    strong = next((p for pk, p in lex.phrases if t.find(pk, lex.exclude)), None)
    if strong:
        return TopicHit(lex.topic, strong, True)
    if label and not any(x in t.k for x in lex.exclude):
        found = next((p for pk, p in lex.labels if pk == t.k), None)
        if found:
            return TopicHit(lex.topic, found, True, "label")
    if start and not any(x in t.k for x in lex.exclude):
        found = next((p for pk, p in lex.titles if _titled(t, pk, lex.subjects)), None)
        if found:
            return TopicHit(lex.topic, found, True, "title")
        found = next((p for pk, p in lex.starts if any(t.k.startswith(pk, i) for i in t.starts)), None)
        if found:
            return TopicHit(lex.topic, found, True, "start")
    if weak:
        w = next((p for pk, p in lex.weak if t.find(pk, lex.exclude)), None)
        if w:
            return TopicHit(lex.topic, w, False, "weak")
    return None


def topics_named(
    text: str, *, weak: bool = False, label: bool = False, start: bool = False
) -> list[TopicHit]:
    return list(_topics_named(complete_truncated(text), weak, label, start))


# A text the page cut short: "คู่มือการจัดการเรื่องร้องเรี...", "แผนการดำเนินงานประจำปี….pdf"
_TRUNCATED = re.compile(r"(?:\.{2,}|…)\s*(?:\.?(?:pdf|docx?|xlsx?|pptx?))?\s*$", re.I)
TRUNCATED_LEAST = 8  # characters (as keys) the cut text must share with the phrase it begins


@lru_cache(maxsize=4096)
def complete_truncated(text: str) -> str:
    """A link text or file name cut short by the page ("...", "…") with the lexicon phrase it
    is the beginning of put back: the longest phrase whose first 8+ characters (and at least
    half of it) end the cut text, when the cut text names no topic yet. Other texts as they are."""
    m = _TRUNCATED.search(text or "")
    if not m:
        return text
    head = text[: m.start()]
    hk = key(head)
    if _topics_named(head, False, False, False):
        return text  # cut after what already names a topic: nothing to guess
    best, best_k = "", 0
    for lex in _lexicon():
        for pk, phrase in lex.phrases:
            for k in range(min(len(pk) - 1, len(hk)), max(TRUNCATED_LEAST, len(pk) // 2, best_k + 1) - 1, -1):
                if hk.endswith(pk[:k]):
                    best, best_k = phrase, k
                    break
    return f"{head}… ({best})" if best else text


def excluded_topics(text: str) -> frozenset[str]:
    """Topics one of whose exclusions ``text`` holds (anywhere): a page titled "รายงานผล..."
    is not the plan, whatever its body says about the plan."""
    return _excluded(text)


@lru_cache(maxsize=65536)
def _excluded(text: str) -> frozenset[str]:
    k = _Text.of(text).k
    automaton = _exclusions()
    if automaton is None or not k:
        return frozenset()
    out: set[str] = set()
    for _end, topics in automaton.iter(k):
        out |= topics
    return frozenset(out)


@cache
def _exclusions():
    """One Aho-Corasick automaton of every topic's exclusions: exclusion -> its topics."""
    import ahocorasick

    topics: dict[str, set[str]] = {}
    for lex in _lexicon():
        for x in lex.exclude:
            if x:
                topics.setdefault(x, set()).add(lex.topic)
    if not topics:
        return None
    automaton = ahocorasick.Automaton()
    for x, names in topics.items():
        automaton.add_word(x, frozenset(names))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=262144)
def _topics_named(text: str, weak: bool, label: bool, start: bool) -> tuple[TopicHit, ...]:
    """Topics whose strong phrase (or, with ``weak``, weak phrase) is in ``text`` outside any
    clause holding one of their exclusions; longest phrase first. With ``label`` (a menu label
    or link text), one of the topic's short ``labels`` that is the whole text names it too (a
    menu item "ผู้บริหาร"); with ``start`` (a title), a text beginning with one of the topic's
    ``starts`` does ("กิจกรรม..." is an activity post)."""
    t = _Text.of(text)
    if not t.k:
        return ()
    folded = prefilter_key(text)
    found = scan(folded)
    present = set(found.phrases)
    if start:
        present |= found.starts
    if label:
        present |= _label_topics().get(folded, frozenset())
    if weak:
        present |= set(found.weak)
    return tuple(
        h for lex in _lexicon()
        if lex.topic in present and (h := _named(t, lex, weak=weak, label=label, start=start))
    )


@dataclass(frozen=True)
class Needles:
    """What can make a text name a topic, folded by :func:`prefilter_key`, by where it counts."""

    phrases: frozenset[str]  # anywhere in a text
    starts: frozenset[str]  # at the start of a title, heading or first line
    labels: frozenset[str]  # as the whole of a link text
    url: frozenset[str]  # in the URL


@dataclass(frozen=True)
class Found:
    """Topics whose needles one :func:`scan` found, by kind; weak words counted per topic."""

    phrases: frozenset[str]
    starts: frozenset[str]
    url: frozenset[str]
    weak: dict[str, int]


@cache
def _automaton():
    """One Aho-Corasick automaton of every topic's needles: needle -> (topics it is a phrase
    of, a title start of, a URL word of; (topic, weak words folding to it))."""
    import ahocorasick

    kinds: dict[str, tuple[set[str], set[str], set[str]]] = {}
    weak: dict[str, dict[str, int]] = {}
    for lex in _lexicon():
        n = topic_needles(lex.topic)
        for i, group in enumerate((n.phrases, n.starts, n.url)):
            for needle in group:
                kinds.setdefault(needle, (set(), set(), set()))[i].add(lex.topic)
        for pk, _ in lex.weak:
            needle = _fold(pk)
            if len(pk) >= 3 and needle:
                weak.setdefault(needle, {}).setdefault(lex.topic, 0)
                weak[needle][lex.topic] += 1
    if not kinds and not weak:
        return None
    automaton = ahocorasick.Automaton()
    empty = (set(), set(), set())
    for needle in kinds.keys() | weak.keys():
        p, st, u = kinds.get(needle, empty)
        automaton.add_word(needle, (frozenset(p), frozenset(st), frozenset(u),
                                    tuple(weak.get(needle, {}).items())))
    automaton.make_automaton()
    return automaton


@cache
def _label_topics() -> dict[str, frozenset[str]]:
    """Folded label -> the topics it names when it is the whole link text."""
    out: dict[str, set[str]] = {}
    for lex in _lexicon():
        for needle in topic_needles(lex.topic).labels:
            out.setdefault(needle, set()).add(lex.topic)
    return {k: frozenset(v) for k, v in out.items()}


def label_topics(folded: str) -> frozenset[str]:
    """Topics one of whose labels is the whole of a :func:`prefilter_key`-folded link text."""
    return _label_topics().get(folded, frozenset())


_NOTHING = Found(frozenset(), frozenset(), frozenset(), {})


def scan(folded: str) -> Found:
    """One pass over a :func:`prefilter_key`-folded text: the topics whose phrases, title
    starts or URL words occur in it, and per topic how many different weak words do."""
    automaton = _automaton()
    if automaton is None or not folded:
        return _NOTHING
    phrases: set[str] = set()
    starts: set[str] = set()
    url: set[str] = set()
    weak: dict[str, int] = {}
    seen: set[int] = set()
    for _end, value in automaton.iter(folded):
        p, st, u, hinted = value
        phrases |= p
        starts |= st
        url |= u
        if hinted and id(value) not in seen:  # each weak word once, however often it occurs
            seen.add(id(value))
            for topic, n in hinted:
                weak[topic] = weak.get(topic, 0) + n
    return Found(frozenset(phrases), frozenset(starts), frozenset(url), weak)


@lru_cache(maxsize=16384)
def weak_cluster(text: str, least: int = 3) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Topics for which ``text`` holds at least ``least`` different weak phrases (outside their
    exclusions): many small hints together ("ขั้นตอน", "ระยะเวลา", "ค่าธรรมเนียม", "เอกสาร..."
    on a citizen's manual). Returns (topic, phrases)."""
    t = _Text.of(text)
    out: list[tuple[str, tuple[str, ...]]] = []
    if not t.k:
        return ()
    weak_counts = scan(prefilter_key(text)).weak
    for lex in _lexicon():
        if weak_counts.get(lex.topic, 0) < least:
            continue  # fewer different weak words than a cluster needs
        found: list[str] = []
        for pk, p in lex.weak:
            if len(pk) >= 3 and not any(pk in f for f in found) and t.find(pk, lex.exclude):
                found.append(pk)
                if len(found) >= least:
                    out.append((lex.topic, tuple(p for pk2, p in lex.weak if pk2 in found)))
                    break
    return tuple(out)


def _in_url(word: str, k: str) -> bool:
    w = word.replace(" ", "")
    if len(w) > 3 or not w.isascii():
        return w in k
    return re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z])", k) is not None  # "pr" is not in "procurement"


@lru_cache(maxsize=16384)
def topics_in_url(words: str) -> tuple[TopicHit, ...]:
    """Topics whose URL words occur in a decoded URL path (lower-cased, spaces removed); a
    short ASCII word ("pr", "qa", "hr") only as a word of its own."""
    k = words.lower().replace(" ", "")
    hits = []
    present = scan(url_prefilter_key(words)).url
    for lex in _lexicon():
        if lex.topic not in present:
            continue
        w = next((u for u in lex.url_words if _in_url(u, k)), None)
        if w:
            hits.append(TopicHit(lex.topic, w, False))
    return tuple(hits)


# ---------------------------------------------------------------------- prefilter

# Characters that clause and line splitting drops between two keys: a phrase found in a
# clause-split text is also found in the text's key once these are removed from both.
_SEPARATOR = re.compile("[,;•·●▪►\\-–—/|]")


def _fold(k: str) -> str:
    return _SEPARATOR.sub("", k)


@lru_cache(maxsize=65536)
def prefilter_key(text: str) -> str:
    """``key(text)`` without clause separators: any phrase :func:`topics_named` or
    :func:`item_phrase` can find in ``text`` is a substring of this (after the same folding)."""
    return _fold(key(text))


def url_prefilter_key(words: str) -> str:
    return _fold(words.lower().replace(" ", ""))


@cache
def topic_needles(topic: str) -> Needles:
    """The strings whose presence lets a text name ``topic`` by itself, by where they count."""
    lex = next((x for x in _lexicon() if x.topic == topic), None)

    def fold(keys) -> frozenset[str]:
        return frozenset(f for k in keys if (f := _fold(k)))

    if lex is None:
        return Needles(frozenset(), frozenset(), frozenset(), frozenset())
    return Needles(
        phrases=fold(pk for pk, _ in lex.phrases),
        starts=fold(pk for pk, _ in (*lex.starts, *lex.titles)),
        labels=fold(pk for pk, _ in lex.labels),
        url=fold(w.replace(" ", "") for w in lex.url_words),
    )


def own_needles(title: str, phrases: tuple[str, ...]) -> frozenset[str]:
    """An item's own title and phrasings as :func:`item_phrase` reads them, folded."""
    return frozenset(f for p in (title, *phrases) if len(key(p)) >= 4 and (f := _fold(key(p))))


def label(topic: str) -> str:
    return load_topics()[topic].label


@lru_cache(maxsize=262144)
def item_phrase(title: str, phrases: tuple[str, ...], topics: tuple[str, ...], text: str) -> str | None:
    """The item's own title or phrasing found in ``text``, outside the clauses holding its
    topics' exclusions."""
    t = _Text.of(text)
    if not t.k:
        return None
    excluded, ordered = _item_lexicon(title, phrases, topics)
    for p, pk in ordered:
        if t.find(pk, excluded):
            return p
    return None


def names_item(texts: list[str], item: Item) -> bool:
    """One of ``texts`` names the item (its title, a phrasing or one of its topics)."""
    return any(x and (item_phrase(item.title, tuple(item.phrases), tuple(item.topics), x)
                      or {h.topic for h in topics_named(x)} & set(item.topics)) for x in texts)


@lru_cache(maxsize=1024)
def _item_lexicon(
    title: str, phrases: tuple[str, ...], topics: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """An item's exclusions and its own phrasings (with their keys of 4+ characters), longest first."""
    excluded = tuple({x for lex in _lexicon() if lex.topic in topics for x in lex.exclude})
    ordered = sorted((title, *phrases), key=lambda p: -len(key(p)))
    return excluded, tuple((p, key(p)) for p in ordered if len(key(p)) >= 4)


# ---------------------------------------------------------------------- lines


def lines_of(text: str, chars: int) -> list[str]:
    """The non-empty lines of the first ``chars`` characters of ``text``."""
    return [ln.strip() for ln in (text or "")[:chars].split("\n") if ln.strip()]


def windows(lines: list[str], size: int = 2) -> list[str]:
    """Each line with the next one joined to it: a phrase broken over two lines (a PDF title
    wrapped by the layout, an inline tag) is still found; the join is a clause boundary, so an
    exclusion on the next line does not cancel a phrase wholly on this one."""
    if len(lines) < 2:
        return list(lines)
    return [" | ".join(lines[i : i + size]) for i in range(len(lines) - 1)]


_ITEM_CODE = re.compile(r"(?<![A-Za-z0-9])[Oo]\s*\.?\s*\d{1,2}(?!\d)")


# Topics whose words are everywhere on a municipal site (every post is news): no head start.
_EVERYWHERE = frozenset({"news", "public_participation", "executive_participation",
                         "organisational_culture", "ethics_promotion"})


# A link to an ITA or OIT page: the signpost to most evidence ("ITA ประจำปี 2569").
_ITA_LINK = re.compile(r"(?<![a-z])(?:ita|oit)(?![a-z])|คุณธรรมและความโปร่งใส|การเปิดเผยข้อมูลสาธารณะ")


def evidence_hint(text: str, context: str = "") -> int:
    """How likely a link leads to evidence, for the crawl's order: 3 when its text names the
    ITA or OIT (the page listing the items), 2 when it or its row names an item code (O12) or
    its text names a topic other than the ubiquitous ones (news ...), 1 when only the row or
    heading around it names such a topic, else 0."""
    if _ITA_LINK.search(key(text)):
        return 3
    # An item code in the text, or in the row or heading of an ITA table ("O6 ... | คลิกที่นี่")
    if _ITEM_CODE.search(text or "") or _ITEM_CODE.search(context or "") or any(
        h.topic not in _EVERYWHERE for h in topics_named(text, label=True)
    ):
        return 2
    if context and any(h.topic not in _EVERYWHERE for h in topics_named(context)):
        return 1
    return 0


@cache
def _lexicon_phrases() -> tuple[str, ...]:
    """Every phrase, title and start of the lexicon (what an OCR'd text may name without marks)."""
    return tuple(p for lex in load_topics().values() for p in (*lex.phrases, *lex.titles, *lex.starts))


def restore_ocr_marks(text: str) -> str:
    """An OCR'd text with the lexicon's phrases written back whole where OCR dropped some of their
    marks ("มาตรการจัดการความเสียงการทุจริต" -> "... ความเสี่ยง ..."); other words as OCR read them."""
    return restore_marks(text, _lexicon_phrases())
