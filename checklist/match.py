"""Candidates for each checklist item from the crawl's facts, and verdicts with reasons.

The only place that judges. Signals an assessor uses, strongest first: this year's ITA page (or
ITA menu) listing the item code with a link; the link text (or, when it is generic, the row,
menu or heading it sits under); the page title and headings, or a document's own title lines;
the top of the page; a few mentions further down; many weak hints together; words in the URL.
Lines repeated across most pages (menus, banners) are ignored as page text. Then:

- an ITA index page is a signpost, never evidence itself; last year's ITA page is not read for
  this year's codes (they name other items);
- what links call a target counts little when the target's own title is about another topic;
- blank forms (questionnaires, applications) are no plan, report or result;
- best evidence first: meets the rule, outdated, listed by this year's ITA page, for news a
  page listing posts, any page over the home page, then the score;
- monthly items count only the months really published (a row naming a month next to a broken
  link publishes nothing) and name the missing ones.

Every verdict keeps its reasons in plain Thai: which signal fired, on which text, which years.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from checklist import genre
from checklist.chrome import is_chrome, without_icon
from checklist.doc_title import (
    DOC_HEAD,
    HEAD_KEPT,
    NARRATIVE,
    TITLE_CHARS,
    doc_lines,
    doc_title_block,
    doc_title_count,
    title_lines,
)
from checklist.load import load_topics
from checklist.lookalikes import (
    MEMO_HEAD,
    counted_year,
    first_month_tally,
    invites,
    is_appointment,
    is_assessment_guide,
    is_draft,
    is_extension,
    is_invitation,
    is_meeting_page,
    not_about_topic,
    own_named,
    plan_not_report,
    salutation_to,
    stand_in,
    table_year,
    unfilled_table,
)
from checklist.models import Checklist, Item, Period
from checklist.ownership import (
    AGENCY_WIDE,
    another_centre,
    another_kind,
    another_owner,
    another_place,
    applies_to_own_kind,
    line_agency_kind,
    names_unit,
    own_division,
    own_name,
    parent_body,
    provinces_notice,
)
from checklist.qa_form import questions_answered
from checklist.rules import (
    FIGURES_LEAST,
    FORM_TOPICS,
    PLACEHOLDER,
    SOCIAL_HOSTS,
    TITLE_PARTS,
    Verdict,
    check_requirements,
    gives_file_size,
    has_phone_or_email,
    is_blank_form,
    is_cell,
    is_placeholder,
    judge_period,
    missing_months,
    own_text_size,
    required_components,
    table_figures,
    title_years,
    without_article_meta,
)
from checklist.service_guide import guides_a_service, service_steps
from checklist.signals import (
    complete_truncated,
    excluded_topics,
    is_generic,
    item_phrase,
    label,
    label_topics,
    lines_of,
    names_item,
    own_needles,
    prefilter_key,
    restore_ocr_marks,
    scan,
    topics_in_url,
    topics_named,
    url_prefilter_key,
    weak_cluster,
    windows,
)
from checklist.story import LEAD_LINES, tells_event
from checklist.verdicts import BrokenLink, Evidence, ItemResult
from common.document_urls import is_document_url
from common.facts import Fact, Link
from common.thai import (
    THAI_DIGITS,
    MonthRef,
    arabic_digits,
    dated_years,
    fiscal_years_in,
    heal_name,
    is_date_line,
    key,
    months_in,
    squash,
    unread_thai_numbers,
    without_full_dates,
    years_in,
)
from common.urls import canonical, host_of, path_words, same_site

LINK_REQUIREMENTS = {"social_link", "online_form", "external_channel", "qa_channel"}
# Where agencies keep the files their pages link to: such a link is the document itself.
FILE_HOSTS = ("drive.google.com", "docs.google.com/document", "docs.google.com/spreadsheets",
              "docs.google.com/presentation", "onedrive.live.com", "1drv.ms", "dropbox.com",
              "sharepoint.com/:b:", "sharepoint.com/:w:", "sharepoint.com/:x:")
CANDIDATE = 0.5  # combined signal needed to count as evidence of a topic
# An item code as ITA pages write it: O5, O 5, O.5, o23, OIT5 (the letter O, not a zero).
_CODE = re.compile(r"(?<![A-Za-z0-9])[Oo](?:IT|it)?\s*\.?\s*(\d{1,2})(?!\d)")
# A row of an ITA page numbered by the item's number alone ("ข้อ ๒๐ การมีส่วนร่วม"), read only on a
# page that names the ITA and whose rows give no "O" code
_ROW_NO = re.compile(r"(?<![ก-ฮ])ข้อ\s*(?:ที่\s*)?(\d{1,2})(?!\d)")
PAGE_HEAD = 600
QA_HEAD = 2000  # how much of a page's top the questions-and-answers form reads
BODY_CAP = 3  # at most this many mentions of one topic in a page's text count
TOP_LINES = 6  # the top of a page's own text, where its title and first paragraph sit


def _vetoed(title: str, named: dict) -> frozenset[str]:
    """Topics the title rules out (one of their exclusions is in it) and does not itself name:
    the body of a page titled "รายงานผล..." may describe the plan, it is still not the plan."""
    return frozenset(t for t in excluded_topics(title) if not named.get(t))


MENTION = "mention"  # a Signal.source: a phrase in the body text or a word in the URL


@dataclass
class Signal:
    weight: float
    reason: str
    source: str = ""  # "link": what links to the target say (texts, rows, ITA listings); MENTION


def is_candidate(signals: list[Signal]) -> bool:
    """Signals enough for a target to be evidence of a topic or item (before any year rule)."""
    return combine(signals) >= CANDIDATE


def mentions_only(signals: list[Signal]) -> bool:
    """Only phrases in the body (or words in the URL) tie the target to the item: no title,
    heading, top line, link text or ITA row names it. Not enough to be found by itself."""
    return bool(signals) and all(s.source == MENTION for s in signals)


@dataclass
class Target:
    """Something that may be evidence: a fetched page or document, or an external link."""

    url: str
    kind: str  # page | document | external_link
    fact: Fact | None = None
    inbound: list[tuple[Link, Fact]] = field(default_factory=list)
    broken: bool = False
    ita: list | None = field(default=None, repr=False)  # its ITA listings, found once
    hub: bool | None = field(default=None, repr=False)  # links naming many topics point here
    hops: int | None = field(default=None, repr=False)  # clicks from the home page (SiteIndex.build)

    @property
    def depth(self) -> int:
        """Clicks from the home page by the shortest way: the same whatever order the crawl
        fetched the pages in (the crawl's own depth is that of the first way it found)."""
        if self.hops is not None:
            return self.hops
        return self.fact.depth if self.fact else 99


class ItemPage(NamedTuple):
    """A page of one item an ITA page links under its code ("/ita/2569/o1/")."""

    years: list[int]  # the years it is of (its own, else the ITA page's)
    code: int  # the item's number
    signpost: bool  # it holds little but its heading and links: no evidence, what it links is


@dataclass
class SiteIndex:
    """The crawl, indexed for matching: targets, inbound links, boilerplate, ITA pages."""

    root: str
    targets: dict[str, Target]
    boiler: set[str]
    ita_pages: dict[str, list[int]]  # ITA index page url -> years it is about ([] = unknown)
    site_links: list[Link] = field(default_factory=list)  # every link to another site
    ita_menus: dict[str, list[int]] = field(default_factory=dict)  # menu label key -> years
    item_pages: dict[str, ItemPage] = field(default_factory=dict)  # a page of one item of an ITA page
    alias: dict[str, str] = field(default_factory=dict, repr=False)  # asked URL -> where it led
    learned: bool = True  # read pages with the learned news-post model too (checklist.genre)
    _heads: dict = field(default_factory=dict, repr=False)  # page_head, once per page

    @property
    def site_hosts(self) -> str:
        """Every link to another site, as one string (channels in the footer of every page)."""
        if "_hosts" not in self._heads:
            self._heads["_hosts"] = " ".join(lk.url for lk in self.site_links)
        return self._heads["_hosts"]

    @classmethod
    def build(cls, facts: list[Fact], root: str) -> SiteIndex:
        targets: dict[str, Target] = {}
        alias: dict[str, str] = {}
        for f in facts:
            if f.kind == "document" and f.document is not None and f.document.ocr and f.text:
                f = f.model_copy(update={"text": restore_ocr_marks(f.text)})  # OCR dropped marks
            kind = f.kind if f.kind in ("page", "document") else "page"
            t = Target(url=f.url, kind=kind, fact=f, broken=f.kind == "error")
            targets[canonical(f.url)] = t
            alias[canonical(f.requested_url)] = canonical(f.url)
        pages = [f for f in facts if f.kind == "page"]
        # Equal links are one object (common.facts.read_facts): resolve each once, not per page.
        resolved: dict[int, Target | None] = {}
        out: dict[int, list[Target]] = defaultdict(list)  # a page's fact -> the targets it links
        for src in pages:
            for link in src.links:
                t = resolved.get(id(link), False)
                if t is False:
                    t = resolved[id(link)] = _target_of(link, targets, alias, root)
                if t is not None:
                    t.inbound.append((link, src))
                    out[id(src)].append(t)
        _count_hops(targets, out)
        # Lines and headings on at least 40 % of pages (and 3+) are menus and banners.
        counts: Counter[str] = Counter()
        for p in pages:
            own = {key(line) for line in p.text.split("\n")[:400]} | {key(h) for h in p.headings}
            counts.update((own | {key(p.title)}) - {""})  # once per page, whatever repeats it
        limit = max(3, int(0.4 * len(pages)))
        boiler = {k for k, n in counts.items() if n >= limit} if len(pages) >= 5 else set()
        ita: dict[str, list[int]] = {}
        coded = []
        for p in pages:
            own = [lk for lk in p.links if not lk.nav]
            codes = {int(m.group(1)) for lk in own for m in _CODE.finditer(lk.text + " " + lk.context)}
            head = " ".join([p.title, *p.headings[:5]])
            if not codes and _names_ita(head):
                codes = {int(m.group(1)) for lk in own for m in _ROW_NO.finditer(lk.context)}
            if len(codes) >= 2:
                coded.append((p, codes, head))
        # An ITA page lists many items by their codes; one split into groups ("ข้อมูลสาธารณะ ITA
        # 2568 : ข้อมูลพื้นฐาน", O1-O4) lists a few on each sub-page an ITA page links to: a
        # signpost too, whose rows name the items of the links under them.
        for sub in (False, True):
            for p, codes, head in coded:
                u = canonical(p.url)
                if u in ita:
                    continue
                if sub:
                    # linked from an ITA page, or from a hub naming the ITA (a year's page of group links)
                    if not (_names_ita(head) and any(canonical(src.url) in ita or _names_ita(
                            " ".join([src.title, *src.headings[:3]])) for _lk, src in targets[u].inbound)):
                        continue
                elif not (len(codes) >= 5 and (_names_ita(head) or len(codes) >= 10)):
                    continue
                inbound = " ".join(lk.text for lk, _ in targets[u].inbound[:20])
                ita[u] = (
                    years_in(head) or years_in(p.text[:600]) or years_in(path_words(p.url))
                    or years_in(inbound)
                )
        menus: dict[str, set[int]] = defaultdict(set)
        nav_links = {id(lk): lk for p in pages for lk in p.links if lk.nav}
        for lk in nav_links.values():
            if m := _CODE.search(lk.text):
                menus[key(lk.context)].add(int(m.group(1)))
        ita_menus = {k: years_in(k) for k, codes in menus.items() if len(codes) >= 5}
        site_links = [lk for t in targets.values() if t.kind == "external_link" for lk, _ in t.inbound]
        return cls(root=root, targets=targets, boiler=boiler, ita_pages=ita, site_links=site_links,
                   ita_menus=ita_menus, alias=alias, item_pages=_item_pages(pages, targets, ita, boiler))

    def is_signpost(self, u: str) -> bool:
        """The page (a canonical URL) only leads to the evidence: an ITA index, or an item's page of
        one holding little but its links."""
        return u in self.ita_pages or (u in self.item_pages and self.item_pages[u].signpost)

    def target(self, url: str) -> Target | None:
        """The target a link to ``url`` leads to (after the redirects the crawl followed)."""
        u = canonical(url)
        return self.targets.get(self.alias.get(u, u))

    def listed(self) -> set[str]:
        """Targets some ITA page or ITA menu links to under an item code (found once)."""
        if "_listed" not in self._heads:
            listed = {u for u, t in self.targets.items() if _ita_entries(self, t)}
            for u in list(listed):  # and the one file of a post an ITA row links (see _ita_listing)
                if (only := only_file(self, self.targets[u])) is not None:
                    listed.add(canonical(only[1].url))
            self._heads["_listed"] = listed
        return self._heads["_listed"]

    def forms_behind(self, fact: Fact):
        """Form counts of the on-site pages this page's own links lead to (an e-service page's
        forms); not those its menus lead to (the complaint form every page's sidebar links)."""
        for link in fact.links[:200]:
            if link.nav or key(link.text) in self.boiler:
                continue
            t = self.targets.get(canonical(link.url))
            if t is not None and t.fact is not None and t.fact.kind == "page":
                yield t.fact.forms

    def page_head(self, fact: Fact, chars: int = PAGE_HEAD) -> str:
        """The page's own text (lines on most pages and the frame's chrome dropped), up to ``chars``
        characters."""
        memo = self._heads.get(id(fact))
        if memo is None:
            lines, size = [], 0
            for ln in fact.text.split("\n"):
                if key(ln) and key(ln) not in self.boiler and not is_chrome(ln):
                    lines.append(without_icon(ln))
                    size += len(ln) + 1
                    if size > HEAD_KEPT:
                        break
            memo = self._heads[id(fact)] = "\n".join(lines)[:HEAD_KEPT]
        return memo[:chars]

    def headline_links(self, fact: Fact) -> int:
        """How many other on-site pages the page links to from its own content (not from menus
        or lines repeated on most pages): a list of posts links many, a single post few."""
        seen = set()
        for lk in fact.links:
            if lk.nav or key(lk.text) in self.boiler:
                continue
            t = self.targets.get(canonical(lk.url))
            if t is not None and t.kind == "page" and not t.broken and t.url != fact.url:
                seen.add(canonical(t.url))
        return len(seen)


_PUBLISH_FORM = re.compile(r"^\s*แบบ(?:ฟอร์ม)?การขอเผยแพร่ข้อมูล")
ITEM_PAGE_OWN = 120  # characters (as keys) an item's page may say besides its heading, links and by-line: a signpost


def _item_pages(pages: list[Fact], targets: dict[str, Target], ita: dict[str, list[int]],
                boiler: set[str]) -> dict[str, ItemPage]:
    """Pages of one item each (an ITA page whose rows lead to "/ita/2569/o1/", headed "O1
    โครงสร้างองค์กรและอำนาจหน้าที่" and linking the structure and the authority): what they link is
    what the ITA page lists for that item. One holding little but its heading and its links (a
    line saying what they are, a by-line) is a signpost; one with text of its own (the item's
    analysis written on it) may be the evidence."""
    out: dict[str, ItemPage] = {}
    for p in pages:
        u = canonical(p.url)
        codes = {int(m.group(1)) for m in _CODE.finditer(" ".join([p.title, *p.headings[:3]]))} or {
            # a page of the ministry's own code ("MOIT ๓") whose rows name one item ("o7 ...")
            int(m.group(1)) for lk in p.links if not lk.nav for m in _CODE.finditer(f"{lk.text} {lk.context}")}
        if u in ita or len(codes) != 1:
            continue
        (code,) = codes
        rows = [ita[canonical(src.url)] for lk, src in targets[u].inbound if canonical(src.url) in ita
                and code in {int(m.group(1)) for m in _CODE.finditer(f"{lk.text} {lk.context}")}]
        if not rows:
            continue
        linked = {key(lk.text) for lk in p.links}
        own = [ln for ln in p.text.split("\n")[:200] if (k := key(ln)) and k not in boiler and k not in linked]
        # Last year's page of the item still linked from this year's row is of its own year
        # (what it links is last year's list), and no signpost: the row leads to the wrong year.
        years = years_in(" ".join([p.title, *p.headings[:3]])) or years_in(path_words(p.url))
        same = not years or all(not r or set(years) & set(r) for r in rows)
        # (the health ministry's publishing form on every ITA page, "แบบฟอร์มการขอเผยแพร่ข้อมูล...",
        # says who put it up, as a by-line does)
        rest = "\n".join(ln for ln in own if not _CODE.search(ln) and not _PUBLISH_FORM.match(ln))
        said = key(without_article_meta(rest))
        # a signpost points somewhere, and says nothing an item asks for itself: a phone or an
        # address to complain to, "อยู่ระหว่างดำเนินการ" (the page answers for the item: review)
        points = any(not lk.nav and key(lk.text) not in boiler and canonical(lk.url) not in ita for lk in p.links)
        # (a phone, an e-mail, "in person" are a channel itself; "ที่อยู่ เบอร์โทร อีเมล แผนที่" only
        # names what the link leads to)
        speaks = has_phone_or_email(rest) or "ด้วยตนเอง" in rest or any(w in said for w in PLACEHOLDER)
        out[u] = ItemPage(years or rows[0], code, same and points and not speaks and len(said) <= ITEM_PAGE_OWN)
    return out


def _count_hops(targets: dict[str, Target], out: dict[int, list[Target]]) -> None:
    """Each target's clicks from the home page by the shortest way (breadth first over the
    pages' links); targets no link reaches keep the crawl's depth."""
    home = [t for t in targets.values() if t.fact is not None and t.fact.kind == "page" and t.fact.depth == 0]
    for t in home:
        t.hops = 0
    frontier = home
    while frontier:
        nxt = []
        for t in frontier:
            for x in out.get(id(t.fact), ()):
                if x.hops is None:
                    x.hops = t.hops + 1
                    if x.fact is not None and x.fact.kind == "page":
                        nxt.append(x)
        frontier = nxt


def _target_of(link: Link, targets: dict[str, Target], alias: dict[str, str], root: str) -> Target | None:
    """The target a link points to (an external link becomes one); None when it leads nowhere
    the crawl went (another scheme, an on-site page not fetched)."""
    if link.scheme not in ("http", "https"):
        return None
    u = canonical(link.url)
    u = alias.get(u, u)
    t = targets.get(u)
    if t is None:
        if same_site(u, root):
            return None  # not fetched (limits, robots, skipped type)
        t = targets[u] = Target(url=link.url, kind="external_link")
    return t


def _names_ita(text: str) -> bool:
    k = key(text)
    return any(w in k for w in ("ita", "oit", "คุณธรรมและความโปร่งใส", "การเปิดเผยข้อมูลสาธารณะ"))


# ---------------------------------------------------------------------- topic signals


def combine(signals: list[Signal]) -> float:
    """The weight of several signals together (each a chance that the target is the item)."""
    p = 1.0
    for s in signals:
        p *= 1.0 - min(s.weight, 0.99)
    return round(1.0 - p, 3)


def topic_signals(
    index: SiteIndex, t: Target, topics: list[str], item: Item | None = None
) -> dict[str, list[Signal]]:
    """Signals naming any of ``topics`` (or the item's own title and phrasings) for ``t``.

    Strongest first: a link text naming it (or, for "คลิก"/"ดาวน์โหลด", the row or heading the
    link sits in); the page's title and headings, or a document's own title lines; the first
    lines of the page; mentions further down (a few at most count, and only outside menus and
    banners); many weak hints together; words in the URL.
    """
    wanted = set(topics)
    out: dict[str, list[Signal]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()

    def emit(topic: str, weight: float, reason: str, source: str = "") -> bool:
        if (topic, reason) in seen:
            return False
        seen.add((topic, reason))
        out[topic].append(Signal(weight, reason, source))
        return True

    def hits(text: str, *, weak: bool = False, label: bool = False, start: bool = False):
        """(topic, phrase, share of the weight) for what ``text`` names among the wanted."""
        if item is not None:
            phrase = item_phrase(item.title, tuple(item.phrases), tuple(item.topics), text)
            if phrase:
                return [(item.topic, phrase, 1.0)]
        return [
            (h.topic, h.phrase, h.factor)
            for h in topics_named(text, weak=weak, label=label, start=start)
            if h.topic in wanted
        ]

    def add(text: str, weight: float, why: str, source: str = "", **kw) -> None:
        for topic, phrase, factor in hits(text, **kw):
            emit(topic, round(weight * factor, 3), why.format(text=squash(text)[:120], phrase=phrase), source)

    veto: frozenset[str] = frozenset()  # topics the page's or document's own title rules out

    def add_lines(lines: list[str], weight: float, why: str, cap: int, source: str = "", **kw) -> None:
        count: Counter[str] = Counter()
        for w in windows(lines):
            for topic, phrase, factor in hits(w, **kw):
                if factor < 1.0:
                    continue
                if (topic not in veto and count[topic] < cap
                        and emit(topic, weight, why.format(phrase=phrase), source)):
                    count[topic] += 1

    def add_cluster(text: str, weight: float) -> None:
        # Weak words of the body, however many: what the text mentions, not what it is titled.
        for topic, words in weak_cluster(text):
            if topic in wanted and topic not in veto:
                emit(topic, weight, "พบคำที่บ่งชี้หลายคำ: " + ", ".join(words[:4]), MENTION)

    # A hub (an ITA landing page, a download centre) that links with many items' names point
    # to is not evidence of each of them: what those links say counts a third.
    hub = _is_hub(t)
    link_weight = 0.2 if hub else 0.6
    for link, _src in t.inbound[:30]:
        if not is_generic(link.text):
            add(link.text, link_weight,
                'ข้อความลิงก์ "{text}" ตรงกับรายการ' + (" (แต่ลิงก์ชื่อรายการอื่นหลายรายการก็ชี้มาที่หน้านี้)" if hub else ""),
                "link", label=True)
            if link.context and key(link.context) != key(link.text):
                add(link.context, 0.2, 'ลิงก์อยู่ใต้หัวข้อ/เมนู "{text}"', "link")
        elif link.context:
            add(link.context, 0.5, 'ลิงก์ "' + link.text + '" อยู่ใต้หัวข้อ/แถว "{text}"', "link")
    f = t.fact
    if f is not None and not t.broken:
        if f.kind == "page" and is_research(lines_of(index.page_head(f), PAGE_HEAD)[:TOP_LINES + 2]):
            pass  # a research article about a topic is none of the agency's evidence of it
        elif f.kind == "page":
            if key(f.title) not in index.boiler:
                add(f.title, 0.45, 'ชื่อหน้า "{text}" ตรงกับรายการ', start=True)
            heads = page_heads(index, f)
            for n, h in enumerate(heads):
                # A heading is read under the page's title and the headings above it: "รายงาน
                # ประจำปี" on a page titled "สรุปผลการจัดซื้อจัดจ้าง" is the procurement report's.
                under = _vetoed(" | ".join([f.title, *heads[:n]]), out)
                for topic, _phrase, factor in hits(h, start=True):
                    if topic not in under:
                        emit(topic, round(0.5 * factor, 3), f'หัวเรื่องของหน้า "{squash(h)[:120]}" ตรงกับรายการ')
            titled = set(out)  # topics a link, the title or a heading names
            head = index.page_head(f)
            lines, lead = page_lines(index, f)
            top_source = ""
            if listed := list_lines(index, f):
                # A list of other pages of several topics (a CMS category view, a download
                # centre): its lines are those pages' titles and its sections' labels, not what
                # it is about; only its title and headings say that
                lines = [ln for ln in lines if key(ln) not in listed]
                lead = [ln for ln in lead if key(ln) not in listed]
                head = "\n".join(lines)
                top_source = MENTION
            add(" ".join(lead), 0.45, 'บรรทัดแรกของเนื้อหา "{text}" ตรงกับรายการ', top_source, start=True)
            veto = _vetoed(" | ".join([*heads, *lead[:1]]), out)
            # The top under the lead: a phrase of the lead is counted once, as the lead's; a line
            # under it and one mention in the body (0.3 and 0.25) do not make the page the topic's
            # (labelled real pages, tuning split: 99 false topics on agencies' pages -> 73, 1 lost)
            add_lines(lines[len(title_lines(lines)):TOP_LINES], 0.3, 'ต้นหน้าเว็บระบุ "{phrase}"', 2, top_source)
            add_lines(lines[TOP_LINES - 1 :], 0.25, 'เนื้อหาของหน้ากล่าวถึง "{phrase}"', BODY_CAP, MENTION)
            add_cluster(head, 0.45)
            form = post_form(index, f)
            if "news" in wanted:
                for weight, reason in form:
                    emit("news", weight, reason)
            # The model reads a post's story: of a topic published as a document (a policy, a
            # plan) that is a mention unless the title names it; of an event's topic (a forum,
            # an activity of the organisation's culture) the post may be the evidence itself.
            learned = {topic: reason for topic, reason in learned_topics(index, f).items()
                       if topic in wanted and topic not in veto}
            documents = {topic for topic in learned if load_topics()[topic].document_expected}
            for topic in documents:
                emit(topic, LEARNED_WEIGHT, learned[topic])
            if reads_as_post(index, t):
                _told_in_a_post(out, titled)
            for topic in learned.keys() - documents:
                emit(topic, LEARNED_WEIGHT, learned[topic])
            if "service_manual" in wanted and "service_manual" not in veto:
                said = guides_a_service([f.title, *heads], lines)
                if said:
                    emit("service_manual", 0.5, "หัวเรื่องเป็นบริการที่ประชาชนขอรับ และต้นหน้าบอกสิ่งที่ต้องใช้/ขั้นตอน: "
                         + ", ".join(said[:4]) + " (รูปแบบของคู่มือสำหรับประชาชน)")
                elif steps := service_steps(lines):
                    emit("service_manual", 0.5, f"ต้นหน้าบอกขั้นตอนการให้บริการ {steps} ขั้นพร้อมระยะเวลาของแต่ละขั้น"
                         " (รูปแบบของคู่มือสำหรับประชาชน)")
            if "qa" in wanted and "qa" not in veto and (asked := questions_answered(
                    [f.title, *heads], lines_of(index.page_head(f, QA_HEAD), QA_HEAD), t.url)):
                emit("qa", 0.5, f"หน้านี้เรียกตัวเองว่าคำถามที่พบบ่อย/ถาม-ตอบ และต้นหน้าเป็นคำถาม {asked} ข้อพร้อมคำตอบ"
                     " (รูปแบบของหน้าถาม-ตอบ)")
            for topic, n in listed_topics(index, f, wanted).items():
                if topic not in veto:
                    emit(topic, 0.5, f"หน้านี้รวมลิงก์ {n} รายการที่เป็นเรื่อง \"{label(topic)}\"")
        else:
            lines = doc_lines(f.text)
            n = doc_title_count(lines)
            if names_many_topics(index, f):
                # a list of items (a publishing guideline, a checklist): its lines are no title,
                # but for the title's own run-on ("... ประจำปี พ.ศ." / "2568" / "และมาตรการ ...")
                lead = 1 if n > 1 and _MARK_LINE.match(lines[0]) else 0  # "(ร่าง)" above the title
                n = min(n, lead + 1 + run_on(lines[lead + 1:n]))
            veto = another_units(index, lines[:n])
            add_lines(lines[: min(2, n)], 0.55, 'หัวเรื่องในเอกสารระบุ "{phrase}"', 1)
            veto = _vetoed(" | ".join(lines[: min(2, n)]), out) | veto
            add_lines(lines[1:n], 0.55, 'หัวเรื่องในเอกสารระบุ "{phrase}"', 1)
            # A title of a topic's own form ("คู่มือ ... การให้บริการประชาชน", "ระเบียบ ... ว่าด้วย ..."),
            # as a page's title is read (kind "title" only: a document opening "โครงการ ..." is no news).
            for ln in lines[:n]:
                for h in topics_named(ln, start=True):
                    if h.kind == "title" and h.topic in wanted and h.topic not in veto:
                        emit(h.topic, 0.55, f'หัวเรื่องในเอกสารระบุ "{h.phrase}"')
            add_lines(lines[max(n - 1, 0) :], 0.3, 'เนื้อหาในเอกสารกล่าวถึง "{phrase}"', 2, MENTION)
            add_cluster(f.text[:DOC_HEAD], 0.45)
        for hit in topics_in_url(path_words(t.url)):
            if hit.topic in wanted:
                emit(hit.topic, 0.15, f'คำใน URL "{hit.phrase}"', MENTION)
    if "social" in wanted and any(h in t.url.lower() for h in SOCIAL_HOSTS):
        emit("social", 0.6, "ลิงก์ไปยังโซเชียลมีเดีย " + host_of(t.url))
    return out


def another_units_file(index: SiteIndex, t: Target, item: Item) -> str:
    """The other unit a read document's title block (or a page's title and first headings) names
    as its own, when that rules the item out (:func:`another_units`); "" otherwise."""
    f = t.fact
    if f is None or t.broken or not f.text:
        return ""
    if t.kind == "page":
        # a page of another agency on the site (a district's page on the province's): its title
        # names that agency first, and that agency is of another kind than the site's own; or a
        # page of another unit's sub-site (a faculty's pages on the university's): the site part
        # of its title ("รายงานประจำปี :: คณะวิทยาศาสตร์และเทคโนโลยี") names that unit
        block = [x for x in [f.title, *f.headings[:2]] if x]
        if load_topics()[item.topic].document_expected and (
                owner := another_owner(_home_key(index), [TITLE_PARTS.split(f.title)[0], *f.headings[:1]])):
            return owner
        # a headline opening with another office of the province ("สำนักงานการค้าภายในจังหวัดภูวนาถ
        # ประกาศนโยบาย No Gift Policy ปี 2569" on the commerce office's site): that office's
        opener = (TITLE_PARTS.split(f.title)[0].split() or [""])[0]
        if another_place(_home_key(index), [opener]) and item.topic in another_units(index, [opener]):
            return squash(TITLE_PARTS.split(f.title)[0])[:80]
        lead = story_opening(index, f)
        if lead and another_kind(_home_key(index), [lead]) and item.topic in another_units(index, [lead]):
            return squash(lead)[:80]  # "ศูนย์พัฒนาเด็กเล็กบ้านดอนหวาย เผยแพร่แผนพัฒนาการศึกษา"
        if (centre := another_centre(_home_key(index), [TITLE_PARTS.split(f.title)[0], *f.headings[:1]])) and (
                item.topic in another_units(index, [centre])):
            return centre
        if not another_kind(_home_key(index), block):
            site_part = TITLE_PARTS.split(f.title)[-1] if TITLE_PARTS.search(f.title) else ""
            if not site_part or item.topic not in another_units(index, [site_part]):
                return ""
            return squash(site_part)[:80]
    elif t.kind != "document":
        return ""
    else:
        block = read_title_block(index, f)
    if item.topic not in another_units(index, block):
        return ""
    own = _home_key(index)
    return next((squash(ln)[:80] for ln in block
                 if line_agency_kind(ln) or another_place(own, [ln]) or another_centre(own, [ln])
                 or own_division(own, [ln])
                 or names_unit(own, ln) or provinces_notice(own, ln)), "")


def read_title_block(index: SiteIndex, f: Fact) -> list[str]:
    """A read document's title block, for whose it is. Of a scan read by OCR: not the numbers OCR
    read from Thai digits ("ที่ ๑๔" comes out "ที่ ๑๕", another unit's), and the agency's own
    name where OCR dropped some of its marks ("...การเลือกตังประจำจังหวัด...")."""
    if not (f.document and f.document.ocr):
        return doc_title_block(f.text)
    own = _home_key(index)
    return [heal_name(ln, own) for ln in doc_title_block(unread_thai_numbers(f.text))]


def story_opening(index: SiteIndex, f: Fact) -> str:
    """The first line of a page's own text under its title, headings and by-line (who did or
    published what: "ศูนย์พัฒนาเด็กเล็กบ้านดอนหวาย เผยแพร่แผนพัฒนาการศึกษา"), "" when none."""
    said = {key(x) for x in [*TITLE_PARTS.split(f.title), *f.headings[:3]] if x}
    for ln in lines_of(index.page_head(f, 1500), 1500)[:6]:
        k = key(ln)
        if not k or k in said or any(k in x for x in said) or is_date_line(ln) or has_byline([ln]):
            continue
        return ln
    return ""


def another_units_target(index: SiteIndex, t: Target | None, item: Item) -> bool:
    """The target is a read document of another agency (:func:`another_units_file`)."""
    return t is not None and bool(another_units_file(index, t, item))


def _home_key(index: SiteIndex) -> str:
    """The key of the site's home page title (what the site says it is, :func:`own_name`), found once."""
    if "_home" not in index._heads:
        home = next((t.fact for t in index.targets.values()
                     if t.fact is not None and t.fact.kind == "page" and t.fact.depth == 0), None)
        index._heads["_home"] = own_name(home.title) if home else ""
    return index._heads["_home"]


def another_units(index: SiteIndex, title_block: list[str]) -> frozenset[str]:
    """The topics of the agency's own plans and reports when a document's title block names
    another unit as its own ("รายงานผลการดำเนินงานประจำปี 2567 | โรงพยาบาลส่งเสริมสุขภาพตำบล
    บ้านห้วยทราย"): that unit's report is not the agency's, unless the site is that unit's."""
    own = _home_key(index)
    if parent_body(own, title_block) or applies_to_own_kind(own, " ".join(title_block)):
        # a body above the agency (a person's call, :func:`parents_file`), or a document that
        # says it covers units of the agency's kind (it governs the agency)
        return frozenset()
    if own_division(own, title_block):
        return AGENCY_WIDE
    if another_kind(own, title_block) or another_place(own, title_block):
        # The title block names an agency of another kind than the site's own ("ที่ว่าการอำเภอ
        # เมืองศิลาธาร" in a file of สำนักงานจังหวัดศิลาธาร's site): that agency's plan, report
        # or procurement summary, however the link names it
        return frozenset(t for t, lex in load_topics().items() if lex.document_expected)
    # a unit's own notice or order ("ประกาศศูนย์บริการสาธารณสุข ๑ ...") names the unit after its form
    if not any(names_unit(own, ln) for ln in title_block) and not another_centre(own, title_block):
        return frozenset()
    return frozenset(t for t, lex in load_topics().items()
                     if lex.document_expected and not t.startswith("procurement_"))


def parents_file(index: SiteIndex, t: Target) -> str:
    """The body above the agency a read document's title block names as its own
    (:func:`parent_body`), "" when none or not a document."""
    f = t.fact
    if t.kind != "document" or f is None or t.broken or not f.text:
        return ""
    memo = ("parent", id(f))  # once a document, whatever the item judged
    if memo not in index._heads:
        body = parent_body(_home_key(index), read_title_block(index, f))
        index._heads[memo] = "" if body and applies_to_own_kind(_home_key(index), f.text[:DOC_HEAD]) else body
    return index._heads[memo]


def _told_in_a_post(out: dict[str, list[Signal]], titled: set[str]) -> None:
    """A page in the form of a post (a told event, a dated story, the model's reading) is
    evidence of another topic only when a link to it, its title or a heading names the topic:
    what the story's first lines mention ("ประกาศเจตนารมณ์", "คุณธรรมจริยธรรม", "บทบาทหน้าที่")
    is what the event was about, a mention."""
    for topic, signals in out.items():
        if topic != "news" and topic not in titled:
            out[topic] = [Signal(s.weight, s.reason, MENTION) if not s.source else s for s in signals]


LEARNED_LEAST = 60  # characters (as keys) of a page's top a topic model needs to read
LEARNED_WEIGHT = 0.5  # a learned topic reading at or above its threshold, as a top line names a topic


def learned_topics(index: SiteIndex, f: Fact) -> dict[str, str]:
    """Topics whose learned model (:func:`checklist.genre.topic_probabilities`) reads the page's
    top as that topic's page at or above the model's threshold, each with its reason, unless the
    page's own headline names other topics; once a page."""
    memo = ("learned", id(f))
    if memo in index._heads:
        return index._heads[memo]
    out: dict[str, str] = {}
    index._heads[memo] = out
    if not index.learned:
        return out
    stored = genre.load_topic_models()
    models = {m.topic: m for m in stored}
    if not models:
        return out
    # The headline wins over the wording: a page whose title, headings or lead name another
    # topic is that, whatever its lines sound like; one whose headings name several (an integrity
    # page listing its measures under a heading each, or linking them) is a list of them.
    _lines, lead = page_lines(index, f)
    named = {h.topic for x in [f.title, *page_heads(index, f), *lead[:1]]
             for h in topics_named(x, start=True, label=True)} - {"news"}
    if len(named) > 1 or len(set(_linked(index, f)[0]) - {"news"}) > 1:
        return out  # headings or links of several topics: a page listing them, no one topic's page
    top = lines_of(index.page_head(f, 2 * genre.LEAD_CHARS), 2 * genre.LEAD_CHARS)
    if len(key(" ".join([f.title, *top]))) < LEARNED_LEAST:
        return out  # a title alone: too little wording to read; the rules decide it
    for topic, p in genre.topic_probabilities(f.title, top, stored).items():
        if p >= models[topic].threshold and (not named or topic in named):
            out[topic] = genre.topic_reason(f.title, top, models[topic], label(topic), p)
    return out


def page_heads(index: SiteIndex, f: Fact) -> list[str]:
    """A page's own headings (not the lines on most pages of the site), the first three."""
    return [h for h in f.headings if key(h) not in index.boiler][:3]


def page_lines(index: SiteIndex, f: Fact) -> tuple[list[str], list[str]]:
    """A page's own lines, and its lead: its title lines without a sentence of the body under
    the title ("ตามที่ ... ได้...", which is no part of it)."""
    head = index.page_head(f)
    lines = lines_of(head, len(head))
    lead = title_lines(lines)
    return lines, lead[:1] + [ln for ln in lead[1:] if not NARRATIVE.match(ln)]


def reads_as_post(index: SiteIndex, t: Target) -> bool:
    """The target is a page in the form of a news or activity post (:func:`post_form`)."""
    f = t.fact
    if t.kind != "page" or f is None or t.broken:
        return False
    form = post_form(index, f)
    return bool(form) and combine([Signal(w, r) for w, r in form]) >= CANDIDATE


def post_form(index: SiteIndex, f: Fact) -> list[tuple[float, str]]:
    """(weight, reason) of what makes the page read as a news or activity post: a date then a
    story, a told event, the learned model's reading; once per page, whatever the item judged.

    None when the page's headings or headline rule news out without naming it (a procurement
    notice, a council's session). A story under a headline naming another topic shows that
    topic (a page on public participation telling its forums); lines holding one of news'
    exclusions tell no event."""
    memo = ("post", id(f))
    if memo in index._heads:
        return index._heads[memo]
    out: list[tuple[float, str]] = []
    index._heads[memo] = out
    lines, lead = page_lines(index, f)
    titles = [title_part(x) for x in (*page_heads(index, f), *lead[:1])]
    if "news" in excluded_topics(" | ".join(titles)) and not any(
            h.topic == "news" for x in titles for h in topics_named(x)):
        return out
    if service_steps(lines):
        return out  # a service's steps with their times: a guide, whatever words it uses
    if is_dated_post(lines):
        if has_byline(lines):
            out.append((0.5, "หน้ามีบรรทัดผู้โพสต์/วันที่โพสต์ แล้วตามด้วยเนื้อเรื่อง (รูปแบบของโพสต์ข่าว/กิจกรรม)"))
        else:
            out.append((0.35, "หน้าขึ้นต้นด้วยวันที่ แล้วตามด้วยเนื้อเรื่อง (รูปแบบของข่าว/กิจกรรม)"))
    headline = lead[0] if lead else ""
    if not any(h.topic != "news" for h in topics_named(title_part(headline))):
        story = tells_event([ln for ln in lines[:LEAD_LINES] if "news" not in excluded_topics(title_part(ln))],
                            headline)
        if story:
            out.append((STORY_WEIGHT[story], STORY_REASON[story]))
        if index.learned and not any("news" in excluded_topics(title_part(ln)) for ln in lines[:2]):
            model = genre.load_model()
            top = lines_of(index.page_head(f, 2 * genre.LEAD_CHARS), 2 * genre.LEAD_CHARS)
            p = genre.news_probability(f.title, top, model)
            if p >= model.threshold:
                out.append((0.5, genre.news_reason(f.title, top, p)))
    return out


def title_part(line: str) -> str:
    """The part of a line that can be a title: all of a short line, the start of a paragraph (a
    page whose text has no line breaks holds its headline and story in one line; a word of the
    story far into it is no word of the headline)."""
    return line[:TITLE_CHARS]


LISTING_LEAST = 3  # links of one topic that make a page a list of it
MANY_TOPICS = 5  # a document whose first part names this many topics lists items


# A mark above a title, not the title: "(ร่าง)", "สำเนา", "ด่วนที่สุด", "เอกสารแนบ 1".
_MARK_LINE = re.compile(r"^\s*\(?\s*(?:ร่าง|สำเนา(?:คู่ฉบับ)?|ด่วน(?:ที่สุด|มาก)?|เอกสารแนบ(?:ท้าย)?\s*\d*|ลับ)\s*\)?\s*$")


def run_on(lines: list[str]) -> int:
    """How many of ``lines`` go on with a title from the line above them (:data:`_TITLE_GOES_ON`:
    "... ประจำปี พ.ศ." / "2568" / "และมาตรการส่งเสริมคุณธรรม ... ประจำปีงบประมาณ" / "พ.ศ. 2569")."""
    n = 0
    while n < len(lines) and _TITLE_GOES_ON.match(lines[n]):
        n += 1
    return n


def names_many_topics(index: SiteIndex, f: Fact) -> bool:
    """The top of a document names many different topics (a web-publishing guideline listing
    "โครงสร้างหน่วยงาน", "อำนาจหน้าที่", ...; a checklist; a table of contents): it lists the
    items, it is none of them."""
    memo = ("many", id(f))
    if memo not in index._heads:
        index._heads[memo] = len(scan(prefilter_key(f.text[:DOC_HEAD])).phrases) >= MANY_TOPICS
    return index._heads[memo]


# The by-line of a CMS post ("โพสต์เมื่อ", "โดย admin", "เขียนโดย"), a short line of its own:
# narrower than rules._ARTICLE_META (which also drops "วันที่ ...", categories and view counts as
# no content), since here it marks a page as a post.
_BYLINE = re.compile(r"(?:(?:โพสต์|โพส|เผยแพร่)(?:เมื่อ|โดย)|เขียนโดย|ผู้เขียน|posted (?:on|by)|ส่งโดย\s*\S+\s*เมื่อ|"
                     r"โดย\s*(?:admin|แอดมิน|ผู้ดูแลระบบ|webmaster))[^\n]{0,30}$", re.I)
BYLINE_STORY = 80  # characters of story under a by-line that make a post
BYLINE_LINE = 80  # characters of a line holding a by-line among other parts (a date, a category)
_SEPARATOR = re.compile(r"\s[|·•]\s")
# A post's date line: "วันพฤหัสบดีที่ 22 มิถุนายน 2567", "วันที่ 9 ธ.ค. 2567 เวลา 10.00 น.", "22/06/2567"
_DATE_LINE = re.compile(r"(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)?(?:ที่)?\s*\d{1,2}|"
                        r"(?<!\d)\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{2,4}|โพสต์เมื่อ|เผยแพร่เมื่อ)")


# How much the form of a told event weighs: a first line saying who did what with the day it
# happened is a post by itself; a headline saying who did what, or a first line without a day,
# needs another hint (a date, the URL, the learned reading): alone it is as often an authority
# page's "the office was charged with ..." or a speech's opening.
STORY_WEIGHT = {"headline": 0.42, "dated": 0.5, "told": 0.42}
STORY_REASON = {
    "headline": "หัวเรื่องบอกว่าหน่วยงาน/ผู้บริหารทำอะไร (รูปแบบของข่าว/กิจกรรม)",
    "dated": "ต้นหน้าเล่าว่าใคร (หน่วยงาน/ตำแหน่ง) ทำอะไร เมื่อวันที่เท่าใด (รูปแบบของข่าว/กิจกรรม)",
    "told": "ต้นหน้าเล่าว่าหน่วยงานหรือผู้บริหารทำกิจกรรมใด (รูปแบบของข่าว/กิจกรรม)",
}


# The parts of a research article (a journal page, a thesis): "บทคัดย่อ", "Main Article Content".
_RESEARCH = re.compile(r"^\s*(?:บทคัดย่อ|abstract\b|main article content|การวิจัยครั้งนี้|งานวิจัยนี้|วิทยานิพนธ์)",
                       re.I)


def is_research(lines: list[str]) -> bool:
    """The top of the page is a research article's (its abstract, the journal's frame)."""
    return any(_RESEARCH.match(ln) for ln in lines)


def has_byline(lines: list[str]) -> bool:
    """One of the first five lines is a CMS post's by-line ("โพสต์เมื่อ", "โดย admin"), or a short
    line's part after a separator ("วันที่ 24 ก.พ. 2569 | โดย admin")."""
    return any(_BYLINE.match(part.strip()) for ln in lines[:5] if len(ln) <= BYLINE_LINE
               for part in _SEPARATOR.split(ln))


LIST_ROWS = 3  # short dated lines among a page's first lines that make it a list of posts
LIST_HEAD = 24  # how many of a page's first lines are looked at for them


def lists_dated_rows(lines: list[str]) -> bool:
    """The top of a page is a list of dated rows (a news listing: "๒๐ ก.ย. ๖๗" / headline, "...
    [ 27 ต.ค. 2557 ] อ่าน 47"): several short lines each carry a full date (a day, a month, a
    year). A post has one by-line date; its story may name more days, in sentences ("เมื่อวันที่
    2 ตุลาคม 2567 ...", "ในวันที่ 9 ตุลาคม 2567"), which no row of a list is."""
    rows = 0
    for ln in lines[:LIST_HEAD]:
        if len(ln) <= 120 and "วันที่" not in ln and set(months_in(ln)) - set(months_in(ln, dated=False)):
            rows += 1
            if rows >= LIST_ROWS:
                return True
    return False


def lists_posts(index: SiteIndex, f: Fact) -> bool:
    """The page's own lines are a list of dated posts (:func:`lists_dated_rows`); once a page."""
    memo = ("list of posts", id(f))
    if memo not in index._heads:
        index._heads[memo] = lists_dated_rows(page_lines(index, f)[0])
    return index._heads[memo]


def is_dated_post(lines: list[str]) -> bool:
    """The form of a news or activity post: one of its first three lines is a date with a
    month (a by-line or "วันนี้ (วันพฤหัสบดีที่ 9 ธันวาคม 2567)"), and a story of some length
    follows."""
    head = [ln for ln in lines[:3] if (_DATE_LINE.search(arabic_digits(ln)) or is_date_line(ln))
            and months_in(ln)]
    story = sum(len(ln) for ln in lines[1:])
    if head and has_byline(lines):
        return story >= BYLINE_STORY  # a post's by-line: a story of one sentence is a post
    return bool(head) and story >= 300


def listed_topics(index: SiteIndex, f: Fact, wanted: set[str]) -> dict[str, int]:
    """Topics a page lists: at least three of its own links (not menus, not lines on most pages)
    lead to different targets their texts (or rows, for "ดาวน์โหลด") name as one topic, and that
    topic is most of what its links name (a page of citizens' manuals, of laws, of monthly
    summaries; not a download centre of everything)."""
    memo = ("listed", id(f))
    if memo not in index._heads:
        index._heads[memo] = _listed(index, f)
    return {t: n for t, n in index._heads[memo].items() if t in wanted}


def _linked(index: SiteIndex, f: Fact) -> tuple[dict[str, set[str]], int]:
    """The targets of the page's own links (not menus, not lines on most pages) by the topic
    their texts (or rows, for "ดาวน์โหลด") name, and how many links name any; once a page."""
    memo = ("linked", id(f))
    if memo in index._heads:
        return index._heads[memo]
    by_topic: dict[str, set[str]] = defaultdict(set)
    named = 0
    for lk in f.links[:300]:
        if lk.nav or lk.scheme not in ("http", "https") or key(lk.text) in index.boiler:
            continue
        text = lk.context if is_generic(lk.text) else lk.text
        topics = {h.topic for h in topics_named(text, label=True)} if text else set()
        named += bool(topics)
        for topic in topics:
            by_topic[topic].add(canonical(lk.url))
    index._heads[memo] = by_topic, named
    return by_topic, named


LIST_TOPICS = 3  # different topics a page's own links name that make it a list of other pages


def list_lines(index: SiteIndex, f: Fact) -> frozenset[str]:
    """The keys of a page's own link texts when its links name several topics (a category view
    listing articles of many items): those lines of it are other pages' titles. Empty otherwise;
    once a page."""
    memo = ("list", id(f))
    if memo not in index._heads:
        by_topic, _named = _linked(index, f)
        index._heads[memo] = frozenset() if len(set(by_topic) - {"news"}) < LIST_TOPICS else frozenset(
            k for lk in f.links if not lk.nav and (k := key(lk.text)) and not is_generic(lk.text))
    return index._heads[memo]


def _listed(index: SiteIndex, f: Fact) -> dict[str, int]:
    by_topic, named = _linked(index, f)
    return {t: len(urls) for t, urls in by_topic.items()
            if len(urls) >= LISTING_LEAST and len(urls) * 5 >= named * 3}


# ---------------------------------------------------------------------- items


@dataclass
class Candidate:
    target: Target
    score: float
    reasons: list[str]
    years: list[int] = field(default_factory=list)
    months: list[MonthRef] = field(default_factory=list)
    meets: bool = False
    outdated: bool = False
    problems: list[str] = field(default_factory=list)
    components: list[str] = field(default_factory=list)  # required components this shows
    ita: bool = False  # this year's ITA page or menu lists it under the item's code
    mismatch: str = ""  # links call it the item but its own title names this other subject
    mention: bool = False  # only body mentions (and URL words) tie it to the item
    unfinished: bool = False  # of the right year, but not yet the thing: a draft, an invitation
    parent: str = ""  # the body above the agency whose document this is (a department's report)
    drafted: bool = False  # a draft of the item (of any year), taken back from meets/outdated
    invited: bool = False  # an invitation (to the activity or to make the document), taken back
    unread_year: bool = False  # a scan naming its year in Thai digits the OCR cannot be trusted with


def _rule_text(index: SiteIndex, t: Target, item: Item | None = None) -> str:
    """Text the year rule is read from: link texts and rows, title, headings, content (the URL
    is read only when these name no year: see :func:`checklist.rules.judge_period`). A page's
    lines saying something is still being made give no year ("รายงานผล ... ปี 2568 อยู่ระหว่าง
    รวบรวมข้อมูล"); on a page of several items' sections, only the item's section is read."""
    parts = []
    for link, _ in t.inbound[:10]:
        if _for_another_part(link, item):
            continue
        parts.append(link.text)
        if is_generic(link.text) and link.context:
            parts.append(without_full_dates(link.context))  # a row's date: when it was put up
    f = t.fact
    if f:
        parts += [f.title, *own_headings(f, item, 5)]
        if f.kind != "document":
            # (a year selector's links, "2569 | 2568 | 2567", say where other years are, not this page's)
            selector = {key(y) for y in year_links(index, f)}
            lines = [ln for ln in lines_of(index.page_head(f, 2000), 2000)
                     if not _PENDING.search(key(ln)) and key(ln) not in selector]
            # A post's lines are all its own; a list of posts (a news page's second page) reads
            # as news, but of any other item its rows are other posts and their years theirs.
            one_post = reads_as_post(index, t) and (
                item is None or "news" in item.topics or not lists_posts(index, f))
            if item is not None and not one_post:
                lines = _without_other_rows(f, item, _without_dead_rows(index, t, item, item_section(lines, item)))
                # a date on a line of its own under a row of a list ("รายงานผล ..." / "27 ต.ค.
                # 2566") is the day the row was put up, not the year its document is about; nor
                # is the date of an invitation listed beside the results ("ขอเชิญร่วมประชุม ...
                # 21 พฤษภาคม 2569") the year of any result
                lines = [ln for ln in lines if not is_date_line(ln) and not invites(ln, item)]
            parts.append("\n".join(lines))
        elif f.document and f.document.ocr:  # never a year OCR read from Thai digits
            parts.append(unread_thai_numbers(f.text[:3000]))
        else:
            parts.append(f.text[:3000])
    return "\n".join(p for p in parts if p)


# A line saying something is still being made or not there yet ("อยู่ระหว่างรวบรวมข้อมูล").
_PENDING = re.compile("|".join(map(re.escape, [*PLACEHOLDER, key("อยู่ระหว่าง")])))


def says_pending(t: Target, item: Item) -> str:
    """The line of a page that names the item and says it is still being made or not there yet
    ("รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2567 : อยู่ระหว่างจัดทำ"), "" when none does."""
    f = t.fact
    if f is None or t.broken or f.kind != "page":
        return ""
    for ln in lines_of(f.text[:HEAD_KEPT], HEAD_KEPT):
        k = key(ln)
        if len(k) <= 200 and _PENDING.search(k) and names_item([ln], item):
            return squash(ln)[:120]
    return ""


def _section_marks(ln: str, item: Item) -> tuple[bool, bool]:
    """Whether a line names the item, and whether it names topics that are no part of it (the
    item's other parts are its section too)."""
    topics = {h.topic for h in topics_named(ln)} - {"news"}
    own = bool(item_phrase(item.title, tuple(item.phrases), tuple(item.topics), ln)) or bool(
        topics & set(item.topics))
    return own, bool(topics - set(item.whole_topics))


def own_headings(f: Fact, item: Item | None, n: int) -> list[str]:
    """A page's first ``n`` headings, without those of other documents when one names the item: a
    category page of teasers ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", then "แผนพัฒนาพนักงาน
    เทศบาล (พ.ศ. 2567 - 2569)") is about the item under its own heading, not the plan's years."""
    heads = f.headings[:n]
    if item is None or len(heads) < 2:
        return heads
    marks = [_section_marks(h, item) for h in heads]
    if not any(own for own, _other in marks):
        return heads
    return [h for h, (own, other) in zip(heads, marks, strict=True) if own or not other]


def item_section(lines: list[str], item: Item) -> list[str]:
    """The lines of the item's section on a page of several items' sections (a plans page with a
    heading and files for the strategic plan, then for the action plans): from the first line
    naming the item to the next naming only other topics (or the page's end): the years above
    it are other sections' ("แผนปฏิบัติการประจำปี 2568" above "รายงาน ... รอบ 6 เดือน ปี 2567").
    The page's lines as they are when no line names the item."""
    marks = [_section_marks(ln, item) for ln in lines]
    first = next((n for n, (own, _other) in enumerate(marks) if own), None)
    if first is None:
        return lines
    # the section ends at a line naming only other topics once it has said something (a year, a
    # sentence, a file): a CMS category under the headline ("ร้องเรียน/ร้องทุกข์") ends nothing
    said = [bool(years_in(ln)) or len(ln) > SAYS_SOMETHING or bool(_FILE_LINE.search(ln)) for ln in lines]
    end = next((n for n in range(first + 1, len(lines))
                if marks[n][1] and not marks[n][0] and any(said[first + 1:n])), None)
    return lines[first:end]


SAYS_SOMETHING = 60  # characters of a line that is a sentence, not a label
_FILE_LINE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)\b|\(\s*[\d.,]+\s*[kmg]b\s*\)", re.I)  # "nogift.pdf", "(16.86 KB)"


ROW_CELL = 30  # characters (as keys) of a table cell under a row's link: a year, a date, a size


def _without_other_rows(f: Fact, item: Item, lines: list[str]) -> list[str]:
    """A list page's lines without the rows of other documents: a row starts at a line that is a
    link's own text and runs to the next such line (its cells: the year column "2568", the day
    put up); a row whose link names only other topics ("แผนการดำเนินงาน ประจำปี 2568" in the
    plans' category, read for the development plan) is another document's, and so are its years."""
    # a row's link sits in a row that says more than the link ("27 แผน ... 2564 3 มิ.ย. 2564")
    rows = {key(lk.text) for lk in f.links if not lk.nav and lk.text and not is_generic(lk.text)
            and len(key(lk.context)) > len(key(lk.text))}
    if len(rows) < LISTING_LEAST or sum(key(ln) in rows for ln in lines) < LISTING_LEAST:
        return lines
    whole = set(item.whole_topics)
    out, other = [], False
    for ln in lines:
        k = key(ln)
        if k in rows:
            named = {h.topic for h in topics_named(ln)} - {"news"}
            other = bool(named) and not named & whole and not item_phrase(
                item.title, tuple(item.phrases), tuple(item.topics), ln)
        elif len(k) > ROW_CELL:
            other = False  # a sentence of the page's own, no cell of a row
        if not other:
            out.append(ln)
    return out


def _without_dead_rows(index: SiteIndex, t: Target, item: Item, lines: list[str]) -> list[str]:
    """A page's lines without the rows of the item's files that lead to nothing ("รายงานผล ...
    ประจำปี 2568" whose file is a 404) or to a draft, an invitation or an appointment order: a year
    on such a link is no year of the item the page shows."""
    dead = set()
    for lk, x in item_files(index, t, item):
        if x.broken or (x.fact is not None and (dead_reason(index, x, lk.url) or is_invitation(x, item)
                                                or is_draft(x, item) or is_appointment(x, item))):
            dead |= {key(lk.text), key(lk.context)} - {""}
    if not dead:
        return lines
    out, after = [], False
    for ln in lines:
        k = key(ln)
        # the row, or its first cell when a table's cells come on lines of their own ("แผนพัฒนา
        # ท้องถิ่น (พ.ศ. 2566 - 2570)" / "14 ก.ค. 2565" / "ดาวน์โหลด (PDF 2.4 MB)")
        if k in dead or (len(k) >= ROW_CELL and any(d.startswith(k) and len(d) > len(k) for d in dead)):
            after = True  # the row, and the stamp lines under it ("update : 11 ก.พ. 2569", "[0.2 mb.]")
        elif after and len(ln) <= ROW_STAMP and (months_in(ln) or _FILE_LINE.search(ln)) and not topics_named(ln):
            continue
        else:
            after = False
            out.append(ln)
    return out


ROW_STAMP = 45  # characters of a line under a file's row that only says when it was put up or its size
ROW_CELL = 10  # characters (as keys) of a row's first cell that are that row's, not a heading's


def _for_another_part(link: Link, item: Item | None) -> bool:
    """A link that does not name this part of an item (an ITA row "แผนปฏิบัติการและงบประมาณ
    ประจำปี 2568" to a plans page, read for the six-month report part): the year it says is the
    other parts', not this one's."""
    if item is None or item.whole_topics == list(item.topics):
        return False
    return not names_item([link.text, link.context] if is_generic(link.text) else [link.text], item)


def _title_text(index: SiteIndex, t: Target, item: Item | None = None) -> str:
    """Where the year a target is about is written: its own title block (a document's first
    lines up to its body, a page's title and headings), else what links call it (the link text,
    or the row of a generic link). OCR gives no year it read from Thai digits."""
    f = t.fact
    own: list[str] = []
    if f is not None and not t.broken:
        if f.kind == "document":
            ocr = bool(f.document and f.document.ocr)
            own = doc_title_block(unread_thai_numbers(f.text) if ocr else f.text)
        else:
            own = [f.title, *own_headings(f, item, 3)]
    own = [x for x in own if x and key(x) not in index.boiler]
    for n, line in enumerate(own):  # the first line naming a year, with the lines above it
        if years_in(line):
            end = n + 1  # and the lines that go on with the title ("และมาตรการ ... ประจำปีงบประมาณ", "พ.ศ. 2569")
            while end < len(own) and _TITLE_GOES_ON.match(own[end]):
                end += 1
            return _part_clause("\n".join(own[:end]), item)
    said = []
    for link, _ in t.inbound[:10]:
        if not _for_another_part(link, item):
            # a row's date is the day the file was put up, not the year it is about
            said.append(without_full_dates(link.context) if is_generic(link.text) else link.text)
    return "\n".join(x for x in said if x)


def _part_clause(title: str, item: Item | None) -> str:
    """For a part of an item, the clause of a title of two parts that names this one, from its
    name on ("รายงานการวิเคราะห์ผล ITA ประจำปี 2568 และมาตรการส่งเสริมคุณธรรม ... ปี 2569", read
    for the measures: "มาตรการส่งเสริมคุณธรรม ... ปี 2569"); the whole title otherwise."""
    if item is None or item.whole_topics == list(item.topics):
        return title
    names = [item_phrase(item.title, tuple(item.phrases), tuple(item.topics), title)]
    names += [h.phrase for h in topics_named(title) if h.topic in item.topics]
    found = [i for n in names if n and (i := title.find(n)) > 0]
    if not found:
        return title
    at = min(found)
    others = set(item.whole_topics) - set(item.topics)
    before = {h.topic for h in topics_named(title[:at])}
    return title[at:] if before & others else title


# A line that continues a title wrapped over lines: a second part ("และ ...", "พร้อม ...") or
# the rest of a year ("ประจำปีงบประมาณ", "พ.ศ. 2569", "2569").
_TITLE_GOES_ON = re.compile(r"^\s*(?:และ|พร้อม|รวมทั้ง|รวมถึง|ประจำปี|ปีงบประมาณ|พ\.\s*ศ\.|\(?[0-9๐-๙]{4}\b)")


HUB_TOPICS = 4  # links naming this many different topics point to one page: a hub


def _is_hub(t: Target) -> bool:
    if t.hub is None:
        named: set[str] = set()
        for text in dict.fromkeys(link.text for link, _ in t.inbound):  # a menu link: once
            if not is_generic(text):
                named.update(h.topic for h in topics_named(text, label=True))
                if len(named) >= HUB_TOPICS:
                    break
        t.hub = len(named) >= HUB_TOPICS
    return t.hub


def _ita_listing(index: SiteIndex, item: Item, year: int, t: Target) -> Signal | None:
    """This year's ITA page (or an ITA menu repeated on every page) lists ``t`` under the
    item's code. Last year's ITA page is skipped: its codes name other items."""
    number = int(item.code[1:])
    for years, where, codes in _ita_entries(index, t):
        if years and year not in years:
            continue
        if number in codes:
            return Signal(0.75, f"{where} ระบุลิงก์นี้ในข้อ {item.code}", "link")
    if t.kind != "document":
        return None
    # the one file a post carries, the post being what the ITA row links ("o19 การมีส่วนร่วม คลิก" →
    # a post "รายงานผลเวทีรับฟังความคิดเห็น ..." → its attachment): the assessor opens it from the
    # row. (Of a list of files, each must name the item itself.)
    for lk, src in t.inbound[:10]:
        post = index.targets.get(canonical(src.url)) if src is not None and not lk.nav else None
        if post is None or post is t or not (listed := _ita_listing(index, item, year, post)):
            continue
        if (only := only_file(index, post)) is not None and canonical(only[1].url) == canonical(t.url) and (
                _attached_for(lk, item) and carries_files(index, post, item)):
            where = listed.reason.removesuffix(f" ระบุลิงก์นี้ในข้อ {item.code}")
            return Signal(0.75, f'{where} ระบุหน้า "{squash(post.fact.title)[:60]}" ในข้อ {item.code}'
                                " ซึ่งแนบไฟล์นี้", "link")
    return None


def _listed_for_others(index: SiteIndex, item: Item, checklist: Checklist, t: Target, also_this: bool = False) -> str:
    """The other item of the year this year's ITA page lists a read document under, when the
    document's own title block names that item too ("รายงานผลการดำเนินการตามแผนบริหารจัดการความ
    เสี่ยงการทุจริต" in row O22) and the page lists it under no code of ``item`` (``also_this``:
    or under ``item``'s too, its title naming ``item`` not); "" otherwise."""
    f = t.fact
    if t.kind != "document" or f is None or not f.text:
        return ""
    year = checklist.year
    codes = {c for years, _where, cs in _ita_entries(index, t) if not years or year in years for c in cs}
    if not codes or int(item.code[1:]) in codes and not also_this:
        return ""
    block = doc_title_block(f.text)
    if also_this and (names_item(block, item) or has_section(f.text, item)):
        return ""  # it is the item's too, or holds a section of it (one report of several parts)
    others = [x for x in checklist.items if x.code != item.code and int(x.code[1:]) in codes]
    return next((x.code for x in others if names_item(block, x)), "")


_BACK = re.compile(r"^[«‹<←]*(?:" + "|".join(map(key, ("กลับ", "ย้อนกลับ", "back", "go back"))) + ")")


def _ita_entries(index: SiteIndex, t: Target) -> list[tuple[tuple[int, ...], str, frozenset[int]]]:
    """(years, where, item numbers) of every ITA page or menu linking to ``t``, found once per
    target (a target in a menu has a link from every page)."""
    if t.ita is None:
        entries: dict[tuple, None] = {}  # each once, in order (a menu repeats on every page)
        done: set[int] = set()
        for link, src in t.inbound:
            if link.nav:
                if id(link) in done:
                    continue  # the same menu link from another page says the same
                done.add(id(link))
                years = index.ita_menus.get(key(link.context))
                texts = (link.text,)
                if years is not None:
                    where = f'เมนู "{squash(link.context)}"'
            elif (page := index.item_pages.get(canonical(src.url))) is not None:
                if key(link.text) in index.boiler or canonical(t.url) in index.ita_pages:
                    continue  # the side column's links, the way back to the ITA page
                where = f"หน้า ITA ของข้อ O{page.code} ({squash(src.title)[:80] or src.url})"
                entries[(tuple(page.years), where, frozenset({page.code}))] = None
                continue
            elif _BACK.match(key(link.text)):
                continue  # "« กลับหน้า ITA ๒๕๖๙" under the last row: the way back, not that row's evidence
            else:
                years = index.ita_pages.get(canonical(src.url))
                texts = (link.text, link.context)
                if years is not None:
                    title = squash(src.title) or src.url
                    where = f"หน้า {title}" if title.upper().startswith("ITA") else f"หน้า ITA {title}"
            if years is None:
                continue
            codes = frozenset(int(m.group(1)) for text in texts if (m := _CODE.search(text or "")))
            if not codes and not link.nav:
                codes = frozenset(int(m.group(1)) for m in [_ROW_NO.search(link.context or "")] if m)
            if codes:
                entries[(tuple(years), where, codes)] = None
        t.ita = list(entries)
    return t.ita


_PURPOSE = re.compile(r"(?<=\S)\s*(?:ใน|เพื่อ)(?:การ)?จัดทำ")


def subject_part(title: str) -> str:
    """A title without what its subject is for ("เปิดเวทีรับฟังความคิดเห็น ... ในการจัดทำแผนปฏิบัติการ
    2569" → "เปิดเวทีรับฟังความคิดเห็น ..."): the forum, not the plan it prepares."""
    return _PURPOSE.split(title, 1)[0]


def _other_subject(index: SiteIndex, item: Item, t: Target) -> str:
    """The subject the target's own title names when it is another topic than the item's
    (2568's O14 page "แผนการบริหารและพัฒนาทรัพยากรบุคคล" linked as 2569's O14, the HR report)."""
    f = t.fact
    if f is None or t.broken:
        return ""
    if f.kind == "document":
        # its title block, which may wrap a title of two parts over lines ("รายงานผลการวิเคราะห์ ... (ITA)"
        # / "ประจำปี พ.ศ. 2567" / "และมาตรการส่งเสริมคุณธรรม ..."), else its first two lines
        titles = doc_title_block(f.text)[:4] or doc_lines(f.text)[:2]
    else:  # its <title>, first headings and first line of content: where a page names itself
        lead = index.page_head(f, 300).split("\n")[:1]
        titles = [x for x in [f.title, *f.headings[:2], *lead] if x and key(x) not in index.boiler]
    if not titles or any(item_phrase(item.title, tuple(item.phrases), tuple(item.topics), x)
                         for x in titles):
        return ""
    # ("ข่าวประชาสัมพันธ์" over a post is where the page sits, not another subject: a post of the
    # activity is the item's evidence for activities)
    # what a title names after "(ใน|เพื่อ)การจัดทำ" is the purpose of its subject, not its subject ("เวที
    # รับฟังความคิดเห็น ... ในการจัดทำแผนปฏิบัติการ 2569" is a forum, not the plan)
    named = list(dict.fromkeys(h.topic for x in titles for h in topics_named(subject_part(x))
                               if h.topic != "news" or "news" in item.topics))
    if not named or set(named) & set(item.topics):
        return ""
    if set(named) & set(item.whole_topics) and f.kind == "document" and has_section(f.text, item):
        return ""  # the item's other part's file with this part as a section of it (one report of both)
    return " " + ", ".join(f'"{label(x)}"' for x in named[:2])


_PART_WRAP = re.compile(r"^(?:รายงาน)|(?:ประจำปี(?:งบประมาณ)?)$")
SECTION_CHARS = 60  # a line this short naming the part is a section heading of the file


def has_section(text: str, item: Item) -> bool:
    """A short line of the file (a section heading: "๒. ผลการใช้จ่ายงบประมาณ") names the item's
    subject, its title or phrasings without "รายงาน ... ประจำปี" around them."""
    cores = {key(_PART_WRAP.sub("", _PART_WRAP.sub("", p))) for p in [item.title, *item.phrases]} - {""}
    return any(len(k) <= SECTION_CHARS and any(c in k for c in cores)
               for k in map(key, doc_lines(text)))


def _haystacks(index: SiteIndex, t: Target) -> tuple[str, str, list[str]]:
    """What :func:`topic_signals` reads for ``t``, folded by ``prefilter_key``: every text and
    the URL; the texts read as titles (title, headings, first line); the link texts read as
    labels."""
    parts, titles, labels = [], [], []
    for link, _ in t.inbound[:30]:
        parts += [complete_truncated(link.text), link.context]
        if not is_generic(link.text):
            labels.append(prefilter_key(link.text))
    f = t.fact
    if f is not None and not t.broken:
        if f.kind == "page":
            head = index.page_head(f)
            lead = " ".join(title_lines(lines_of(head, len(head))))
            parts += [f.title, *f.headings, head, lead]
            titles += [f.title, *f.headings, lead]
        else:
            parts.append(f.text[:DOC_HEAD])
            titles += doc_title_block(f.text)  # a title of a topic's form ("แผนพัฒนา... ระยะ 5 ปี")
    keys = [prefilter_key(x) for x in parts if x]
    keys += [url_prefilter_key(path_words(t.url)), url_prefilter_key(t.url)]
    return "\x00".join(keys), "\x00".join(prefilter_key(x) for x in titles if x), labels


@dataclass
class Relevance:
    """Per item, the targets :func:`topic_signals` can find something for: ``texts`` (a
    phrase, label, title start, own title or three weak words) and ``url_only`` (only words
    in the URL: 0.15 at most, which matters only next to an ITA listing)."""

    texts: dict[str, set[str]]
    url_only: dict[str, set[str]]


def relevant_targets(index: SiteIndex, items: list[Item]) -> Relevance:
    """One Aho-Corasick pass per target over what it says, for all items at once."""
    import ahocorasick

    by_topic: dict[str, set[int]] = defaultdict(set)
    own: dict[str, set[int]] = defaultdict(set)  # item titles and phrasings, social hosts
    for i, item in enumerate(items):
        for topic in item.topics:
            by_topic[topic].add(i)
        for needle in own_needles(item.title, tuple(item.phrases)):
            own[needle].add(i)
        for part in item.part_items():  # a part's own phrasings find targets for the item too
            for needle in own_needles(part.title, tuple(part.phrases)):
                own[needle].add(i)
        if "social" in item.topics:
            for host in SOCIAL_HOSTS:
                own[url_prefilter_key(host)].add(i)
    automaton = None
    if own:
        automaton = ahocorasick.Automaton()
        for needle, idx in own.items():
            automaton.add_word(needle, frozenset(idx))
        automaton.make_automaton()

    def items_of(topics) -> set[int]:
        return set().union(*(by_topic.get(x, set()) for x in topics)) if topics else set()

    texts: dict[str, set[str]] = {item.code: set() for item in items}
    url_only: dict[str, set[str]] = {item.code: set() for item in items}
    for u, t in index.targets.items():
        hay, titles, labels = _haystacks(index, t)
        found = scan(hay)
        hit = items_of(found.phrases) | items_of(found.starts & scan(titles).starts)
        hit |= items_of([x for x, n in found.weak.items() if n >= 3])  # weak_cluster needs 3
        for folded in labels:
            hit |= items_of(label_topics(folded))
        if automaton is not None:
            for _end, idx in automaton.iter(hay):
                hit |= idx
        for i in hit:
            texts[items[i].code].add(u)
        for i in items_of(found.url) - hit:
            url_only[items[i].code].add(u)
    return Relevance(texts, url_only)


# ---------------------------------------------------------------------- links to nothing

THIN_PAGE = 400  # characters of a page's own text (title and by-line aside) that stand alone


def dead_reason(index: SiteIndex, t: Target, asked: str = "") -> str:
    """Why a link to ``t`` (asked as ``asked``) leads to nothing, in plain Thai; "" when it
    leads somewhere: an error status, a soft 404, an empty file, a file with nothing in it,
    or a file link the site answers with a web page (the home page, a "not found" page)."""
    f = t.fact
    if t.kind == "external_link" or f is None:
        return ""
    if t.broken:
        if f.error.startswith("soft 404"):
            return "soft 404 (เว็บไซต์ตอบหน้า 'ไม่พบหน้า' แทนไฟล์)"
        return f"เว็บไซต์ตอบรหัส {f.status}" if f.status else (f.error or "เชื่อมต่อไม่ได้")
    if f.kind == "document" and f.document is not None:
        if f.document.error == "empty file":
            return "ไฟล์ว่าง (0 ไบต์)"
        if not f.document.error and not f.document.scanned and is_placeholder(f.text):
            return "ไฟล์ไม่มีเนื้อหา (มีแต่หัวเรื่องหรือ 'อยู่ระหว่างดำเนินการ')"
        return ""
    if asked and is_document_url(asked) and not is_document_url(f.url):
        return "ลิงก์ไฟล์แต่ได้หน้าเว็บแทน" + (" (หน้าแรก)" if f.depth == 0 else "")
    return ""


def attachments(index: SiteIndex, f: Fact) -> list[tuple[Link, Target]]:
    """The files a page attaches in its own content (not menus or lines on most pages):
    links to documents, or links whose address names a file."""
    out: dict[str, tuple[Link, Target]] = {}
    for lk in f.links:
        if lk.nav or lk.scheme not in ("http", "https"):
            continue
        t = index.target(lk.url)
        if key(lk.text) in index.boiler and not (is_generic(lk.text) and (
                is_document_url(lk.url) or t is not None and t.kind == "document")):
            continue  # a menu's link; a file's "ดาวน์โหลด" is on many pages because it says nothing
        if t is None or t.kind == "external_link" or t.url == f.url and not is_document_url(lk.url):
            continue
        if t.kind == "document" or is_document_url(lk.url) or t.broken and gives_file_size(lk.context or lk.text):
            # (a dead link of a download script, "?wpdmdl=2231", whose row gives the file's size)
            out.setdefault(canonical(lk.url), (lk, t))
    return list(out.values())



def only_file(index: SiteIndex, t: Target) -> tuple[Link, Target] | None:
    """The one file a fetched page attaches (:func:`attachments`), None when it attaches none or several."""
    if t.kind != "page" or t.fact is None:
        return None
    files = attachments(index, t.fact)
    return files[0] if len(files) == 1 else None


def item_files(index: SiteIndex, t: Target, item: Item) -> list[tuple[Link, Target]]:
    """The files a fetched page attaches for the item (:func:`attachments` whose link does not
    name only other topics); [] for anything but a fetched page."""
    f = t.fact
    if t.kind != "page" or f is None or t.broken:
        return []
    return [(lk, target) for lk, target in attachments(index, f) if _attached_for(lk, item)]


LIST_OF_FILES = 2  # files a page attaches that make it a list of files
FILE_ROW = 120  # characters of a file's row ("แผนปฏิบัติราชการ ... 21 ต.ค. 2567 15.0 KB ดาวน์โหลด"), not a menu


def lists_only_others(index: SiteIndex, t: Target, item: Item) -> str:
    """Why a page linked as an item that asks for a document is not it: a list of files (a
    category page "งานบริหารงานบุคคล" of HR criteria and plans) none of whose rows, nor its own
    title, headings or lines, names the item; or a short folder page whose every file names
    another subject, whatever its own name says. An assessor opens the list and finds no report;
    "" when the page names the item (but for such a folder) or attaches a file for it."""
    f = t.fact
    if t.kind != "page" or f is None or t.broken or not load_topics()[item.topic].document_expected:
        return ""
    files = attachments(index, f)
    whole = set(item.whole_topics)  # a part of an item: a file of another part may hold this one

    def names_whole(text: str) -> bool:
        return bool({h.topic for h in topics_named(text)} & whole)

    if not files or any(
            _attached_for(lk, item) or names_whole(lk.context if is_generic(lk.text) else lk.text) for lk, _x in files):
        return ""
    if not _folder_of_others(index, f, files, item):
        if len(files) < LIST_OF_FILES:
            return ""
        lines = [f.title, *f.headings, *lines_of(index.page_head(f, 4000), 4000)]
        if names_item(lines, item) or any(names_whole(x) for x in lines):
            return ""
    heads = page_heads(index, f)
    name = squash(heads[0] if heads else TITLE_PARTS.split(f.title)[0])[:60]
    return (f'เป็นหน้ารวมเอกสารเรื่องอื่น ("{name}": {len(files)} ไฟล์ ไม่มีไฟล์ใดเป็นของรายการนี้)' if name
            else f"เป็นหน้ารวมเอกสารเรื่องอื่น ({len(files)} ไฟล์ ไม่มีไฟล์ใดเป็นของรายการนี้)")


def _folder_of_others(index: SiteIndex, f: Fact, files: list, item: Item) -> bool:
    """A download folder named for two subjects, the item one of them ("แผนงาน/รายงานผลการดำเนินงาน"),
    whose page is only its list of read files, each of which names another subject (the plan): its
    name promises the item, its files are not it."""
    head = index.page_head(f, 4000)
    if own_text_size(head, f.title) >= THIN_PAGE or not names_item([TITLE_PARTS.split(f.title)[0]], item):
        return False
    if sum(bool(_FIGURE.match(ln)) for ln in head.split("\n")) >= FIGURES:
        return False  # a table of figures (statistics): the page shows the item itself
    own = key(head)
    for lk, x in files:
        if x.kind != "document" or x.fact is None or x.broken:
            return False  # a dead or unread file: what it is, nobody can tell
        said = lk.text if not is_generic(lk.text) else lk.context if len(lk.context) <= FILE_ROW else ""
        if not said or not topics_named(said) or key(said)[:FILE_NAME_KEY] not in own:
            return False  # a file of no subject, or one not in the page's own list (a side box)
    return True


FILE_NAME_KEY = 24  # characters (as a key) of a file's name that the folder's own list must show
_FIGURE = re.compile(r"^\s*[0-9๐-๙][0-9๐-๙,.\s%]*$")  # a cell of figures on a line of its own
FIGURES = 4


def dead_carrier(index: SiteIndex, t: Target, item: Item) -> list[BrokenLink]:
    """The dead attachments of a page that only carries them: its own text is short (a
    download page, a news item "รายละเอียดตามไฟล์แนบ", an ITA row's page) and every file it
    attaches for the item (a link naming the item, or a bare "ดาวน์โหลด") leads to nothing. An
    assessor clicks the file; so do we: such a page is no evidence, and fixing its links is the
    fix. [] when the page stands on its own."""
    files = item_files(index, t, item)
    f = t.fact
    if not files:
        return []
    named = [(lk, x) for lk, x in files if names_item([lk.text, lk.context], item)]
    if own_text_size(index.page_head(f, 4000), f.title) >= THIN_PAGE:
        # a longer page (a download table, a page of several items' sections) whose own title does
        # not name the item has it only in the files whose links name it: all dead, no evidence
        if names_item([TITLE_PARTS.split(f.title)[0], *f.headings[:1]], item):
            return []
        files = named
        if not files:
            return []
    elif named:
        files = named  # a short download page: the item's own row, not the page's other files
    dead = []
    for lk, target in files:
        why = dead_reason(index, target, lk.url)
        if not why:
            return []
        dead.append(broken_link(lk.url, target, f.url, lk.text, why))
    return dead


CARRIER_OWN = 150  # characters (as keys) of a file's own page besides its title: a package page, no article
CARRIER_REST = 40  # characters (as keys) a page says besides its title, headings and links


# A page's own word that its content is the attached file ("รายละเอียดตามไฟล์แนบ", "ดังเอกสารแนบ").
_SEE_FILE = tuple(key(w) for w in ("ตามไฟล์แนบ", "ดังไฟล์แนบ", "ตามเอกสารแนบ", "ดังเอกสารแนบ", "รายละเอียดดังแนบ",
                                   "รายละเอียดตามแนบ", "ตามไฟล์ที่แนบ", "ดังไฟล์ที่แนบ"))
CARRIER_SEE = 400  # characters (as keys) of a page that says its content is the file: a short notice


def carries_files(index: SiteIndex, t: Target, item: Item) -> bool:
    """A page that only carries the item's files (it says nothing but its title, headings, link
    texts and the table rows of its links: an ITA row's sub-page, a download table) and whose
    files for the item were read: which year the evidence is of is what the files say, not what
    the page around them says ("ITA 2568", the year of another file in the same list). An
    assessor opens the files; so do we."""
    if t.kind != "page" or t.fact is None or t.broken:
        return False
    # a part's page of the whole item's files (2569 O20: the policy and the gift report) carries them too
    attached = attachments(index, t.fact)
    files = [x for lk, x in attached if _attached_for(lk, item, item.whole_topics)]
    own_files = {x.url for lk, x in attached if _attached_for(lk, item)}  # this part's own (item_files)
    # (a file beside them that leads to nothing, "ฉบับอนุมัติ" answering 404 beside the draft, is a
    # broken link of the item, judged as one: the page still only carries files)
    files = [x for x in files if not dead_reason(index, x)]
    if not files or not all(x.fact is not None and x.kind == "document" for x in files):
        return False
    if not own_files and all(load_topics()[x].held for x in item.topics):
        return False  # a post of an activity held (an ethics training) attaching another part's file (the code): the post is the activity
    if len(files) == 1 and files[0].fact.document and files[0].fact.document.scanned and not years_in(
            unread_thai_numbers(files[0].fact.text[:3000])):
        return False  # a post of one scan whose year OCR cannot be trusted with: what the post says counts
    f = t.fact
    if set(item.requires) & LINK_REQUIREMENTS and (f.forms or any(
            not lk.nav and not same_site(lk.url, t.url) for lk in f.links)):
        return False  # its form or its link to an online system is part of the item
    head = index.page_head(f, 4000)
    own = without_article_meta(head)  # a by-line and download counts say nothing
    if item.period != Period.monthly_first_half and (
            len(own_files) >= LIST_OF_FILES  # a download list of the item's files
            or own_text_size(own, TITLE_PARTS.split(f.title)[0]) < CARRIER_OWN):  # a file's own page (a download manager's package)
        return True  # each file is judged for itself
    if item.period != Period.monthly_first_half and own_text_size(own, TITLE_PARTS.split(f.title)[0]) < CARRIER_SEE and any(
            w in key(own) for w in _SEE_FILE):
        return True  # a post that only announces its file: "... รายละเอียดตามไฟล์แนบ"
    said = {key(x) for x in [*TITLE_PARTS.split(f.title), *f.headings]}
    said |= {key(x) for lk in f.links for x in (lk.text, lk.context)}
    said |= {key(ln) for ln in lines_of(head, 4000) if is_cell(ln)}  # "ปี" / "2568" ...
    # (what is left of the page once what it and its links say is taken away: with its by-line,
    # which a link's row may hold too, and without it)
    for rest in (key(own), key(head)):
        for k in sorted(said, key=len, reverse=True):  # the longest first: a row before its link text
            if len(k) >= 2:
                rest = rest.replace(k, "")
        if len(rest) <= CARRIER_REST:
            return True
    return False


def relays_others_file(index: SiteIndex, t: Target, item: Item) -> bool:
    """A post whose files for the item were all read and are all another unit's documents (a
    sister office's plan relayed "เพื่อเป็นแนวทาง") or a body above's (the department's letter asking
    it to publicise the ministry's No Gift policy): the post is no more the agency's document than its
    file is."""
    if t.kind != "page" or t.fact is None or t.broken:
        return False
    lines = lines_of(index.page_head(t.fact, 2000), 2000)
    dated = bool(dated_years(" ".join(lines[:4]))[0])  # a full date by its headline
    if not (dated or has_byline(lines) or reads_as_post(index, t)) or table_figures("\n".join(lines)) >= FIGURES_LEAST:
        return False  # a page of its own (the agency's table beside the province's file), not a post of a file
    files = [x for lk, x in attachments(index, t.fact) if _attached_for(lk, item)]
    above = load_topics()[item.topic].issued_above  # a ministry's code of ethics serves its units
    return bool(files) and all(x.fact is not None and x.kind == "document" and not x.broken and x.fact.text
                               and (another_units_target(index, x, item) or not above and parents_file(index, x))
                               for x in files)


def _attached_for(lk: Link, item: Item, topics: list[str] | None = None) -> bool:
    """A page's file link is the item's file unless what it says names only other topics (than
    ``topics``, the item's own by default)."""
    text = lk.text if not is_generic(lk.text) else lk.context
    topics = topics or item.topics
    if not text or item_phrase(item.title, tuple(item.phrases), tuple(topics), text):
        return True
    named = {h.topic for h in topics_named(text)}
    return not named or bool(named & set(topics))


def broken_link(url: str, t: Target, found_on: str, anchor: str, why: str) -> BrokenLink:
    status = t.fact.status if t.fact else 0
    return BrokenLink(url=url, status=status, found_on=found_on, anchor_text=squash(anchor)[:120], error=why)


# "ประชาชนผู้สนใจสามารถขอตรวจดูรายงานฉบับเต็มได้ที่ สำนักปลัด": the document is kept offline
_ELSEWHERE = re.compile("|".join(re.escape(key(w)) for w in (
    "ขอตรวจดู", "ตรวจดูได้ที่", "ขอดูได้ที่", "ขอรับสำเนาได้ที่", "ติดต่อขอรับได้ที่", "ขอรับได้ที่",
    "ดูรายละเอียดได้ที่สำนัก", "ดูรายละเอียดได้ที่กอง",
)))


def offline_document(index: SiteIndex, t: Target, item: Item) -> bool:
    """A page, with no file attached, that says the item's document may be seen or asked for at
    the office: the item asks for the document on the website, and this page is not it."""
    f = t.fact
    if t.kind != "page" or f is None or t.broken or attachments(index, f):
        return False
    if not load_topics()[item.topic].document_expected:
        return False
    return bool(_ELSEWHERE.search(key(index.page_head(f, 1500))))


def wrong_file_problem(index: SiteIndex, item: Item, t: Target, other: str) -> str:
    """The problem sentence of a file linked as the item whose own title is another subject:
    which link (the one naming the item), where, and what to do."""
    naming = [(lk, src) for lk, src in t.inbound if names_item([f"{lk.text} {lk.context}"], item)]
    ita = [(lk, src) for lk, src in t.inbound if src is not None and canonical(src.url) in index.ita_pages]
    link, src = (naming or ita or t.inbound or [(None, None)])[0]
    anchor = f' (ข้อความลิงก์ "{squash(link.text)[:80]}"' + (f" บนหน้า {src.url}" if src else "") + ")" if link else ""
    what = other.strip() if other.startswith(("เอกสารของ", "เป็น")) else f"หัวเรื่องเป็นเรื่อง {other.strip()}"
    return (f"ลิงก์ที่ระบุว่าเป็นรายการนี้{anchor} ชี้ไปยัง {t.url} ซึ่ง{what}"
            " ไม่ใช่เอกสารของรายการนี้: เผยแพร่เอกสารของรายการนี้แล้วแก้ลิงก์ให้ชี้ไปยังเอกสารนั้น")


def broken_problem(b: BrokenLink) -> str:
    """The problem sentence of a broken link: which link, where, and that fixing it is the fix."""
    anchor = f' (ข้อความลิงก์ "{b.anchor_text}")' if b.anchor_text else ""
    return (f"ลิงก์เสีย: {b.url} [{b.error}] อยู่บนหน้า {b.found_on or '-'}{anchor}: "
            "แก้ลิงก์นี้ให้ชี้ไปยังไฟล์ที่ถูกต้อง รายการนี้จึงจะนับว่าพบ")


def judge_item(
    index: SiteIndex, item: Item, checklist: Checklist, responsible: str = "",
    relevant: Relevance | None = None,
) -> ItemResult:
    """The verdict for one item. ``relevant`` (from :func:`relevant_targets`) limits the text
    signals to the targets that can have any; ITA listings are read for all."""
    if item.parts:
        return judge_parts(index, item, checklist, responsible, relevant)
    year = checklist.year
    cands: list[Candidate] = []
    broken: list[BrokenLink] = []
    wrong: list[tuple[Target, str]] = []  # files linked as the item whose own title is another's
    offline: list[Target] = []  # pages saying the item's document may be seen at the office
    blank_forms_out = not (set(item.topics) & FORM_TOPICS)
    # Only what can score: a target that names nothing of the item and that no ITA page or menu
    # lists has no signal at all (site order kept: it orders the broken links reported).
    able = None if relevant is None else relevant.texts[item.code] | index.listed()
    for u, t in index.targets.items():
        if able is not None and u not in able:
            continue
        if index.is_signpost(u):
            continue  # an ITA index or an item's page of links: the pages it links to are the evidence
        if blank_forms_out and t.kind == "document" and t.fact and is_blank_form(t.fact.text):
            continue  # a blank questionnaire or application form is no plan, report or result
        ita = _ita_listing(index, item, year, t)
        if relevant is None or u in relevant.texts[item.code] or (ita and u in relevant.url_only[item.code]):
            sigs = topic_signals(index, t, item.topics, item)
        else:
            sigs = {}  # nothing it says can name the item (see relevant_targets)
        signals = [s for topic in item.topics for s in sigs.get(topic, [])]
        if ita:
            signals.insert(0, ita)
        if is_candidate(signals) and (others := lists_only_others(index, t, item)):
            wrong.append((t, others))
            continue  # the ITA row links a category of other documents: the item is not there
        if not ita and is_candidate(signals) and not any(s.source == "link" for s in signals) and (
                _listed_for_others(index, item, checklist, t)):
            continue  # this year's ITA page lists the file for another item it is titled as, and no link calls it this one
        other = ""
        if any(s.source == "link" for s in signals) and (other := _other_subject(index, item, t)):
            # Links call it the item, but its own title is about something else (last year's
            # ITA page of another item, a file copied under the wrong name): what links say
            # counts little, and if only they made it a candidate, a person must look.
            said = combine(signals)
            signals = [Signal(s.weight / 3, s.reason, s.source) if s.source == "link" else s for s in signals]
            # (or this year's ITA page lists it under another item too, whose document it is titled)
            if (combine(signals) < CANDIDATE or _listed_for_others(index, item, checklist, t, also_this=True)
                    ) and said >= CANDIDATE and not t.broken:
                if t.kind == "document":
                    # A file whose own title is another item's document: not this item's
                    wrong.append((t, other))
                    continue
                reasons = [s.reason for s in sorted(signals, key=lambda s: -s.weight)]
                c = Candidate(t, combine(signals), reasons, ita=ita is not None, mismatch=other)
                cands.append(c)
                continue
        score = combine(signals)
        if not is_candidate(signals):
            continue
        reasons = [s.reason for s in sorted(signals, key=lambda s: -s.weight)]
        link, src = t.inbound[0] if t.inbound else (None, None)
        why = dead_reason(index, t, link.url if link else "")
        if why:
            broken.append(broken_link(link.url if link else t.url, t, src.url if src else "",
                                      link.text if link else "", why))
            continue
        if dead := dead_carrier(index, t, item):
            broken += dead
            continue
        if relays_others_file(index, t, item):
            continue  # a post of another unit's document ("ข่าวจากหน่วยงานเครือข่าย"): its file says whose
        if item.period != Period.timeless and carries_files(index, t, item):
            continue  # the files it carries are the evidence, each of its own year
        above = load_topics()[item.topic].issued_above  # a ministry's code of ethics serves its units
        if not above and load_topics()[item.topic].document_expected and (letter := received_letter(index, t)):
            wrong.append((t, f'เป็นหนังสือที่หน่วยงานได้รับจากหน่วยงานอื่น ("{letter}")'))
            continue  # a district's letter forwarding the province's policy is not the agency's policy
        if subject := not_about_topic(t, item):
            wrong.append((t, f'เป็นเรื่องอื่น ("{subject}") ไม่ใช่{load_topics()[item.topic].label}'))
            continue  # consumer-complaint statistics linked as those of corruption complaints
        if plan := plan_not_report(t, item):
            wrong.append((t, f'เป็นตัวแผน ("{plan}") ไม่ใช่รายงานผลการดำเนินการตามแผน'))
            continue  # the risk plan linked as the report of what was done under it
        if unit := another_units_file(index, t, item):
            whose = "ส่วนราชการภายใน ไม่ใช่ของทั้งหน่วยงาน" if own_division(_home_key(index), [unit]) else "หน่วยงานอื่น"
            wrong.append((t, f'เอกสารของ{whose} ("{unit}")'))
            continue  # a child-care centre's report linked as the agency's
        if order := is_appointment(t, item):
            wrong.append((t, f'คำสั่งแต่งตั้ง ("{order}")'))
            continue  # an order appointing a working group to make the report is not the report
        if extension := is_extension(t, item):
            wrong.append((t, f'เป็นประกาศขยายเวลาการจัดทำ ("{extension}") ไม่ใช่ตัวเอกสาร'))
            continue  # more time to make the plan: the plan is not made yet
        if guide := is_assessment_guide(t):
            wrong.append((t, f'เป็นคู่มือการประเมิน ITA ของสำนักงาน ป.ป.ช. ("{guide}") ไม่ใช่เอกสารของหน่วยงาน'))
            continue  # the assessor's handbook, linked from an ITA row
        if offline_document(index, t, item):
            offline.append(t)
            continue  # "ขอตรวจดูฉบับเต็มได้ที่สำนักปลัด": the document is not on the website
        if mentions_only(signals) and ita is None and reads_as_post(index, t):
            continue  # a post about something else that mentions the item: not its evidence
        cands.append(Candidate(t, score, reasons, ita=ita is not None, mention=mentions_only(signals),
                               parent="" if above else parents_file(index, t)))

    # A page that only mentions the item is no evidence when the mention is the row of a link to
    # nothing (the dead link is the item's one trace: fixing it fixes the item) or says the item is
    # still being made ("รายงานผล ... ประจำปี 2567 : อยู่ระหว่างจัดทำ"): the agency's own word.
    # So is a page that only links call the item while its own title is about something else,
    # when a link naming the item leads to nothing: that dead link is the item's trace.
    pending = [(c.target, ln) for c in cands if c.mention and (ln := says_pending(c.target, item))]
    if broken or pending:
        cands = [c for c in cands if not c.mention and not (broken and c.mismatch)]
    for c in cands:
        _judge_candidate(index, item, year, c)
    # a mention of the item in a document of another year and kind is no trace of it at all
    # (a draft that mentions it is: the draft may be where the item is being made)
    cands = [c for c in cands if not c.mention or c.meets or c.outdated or c.drafted]
    for c in cands:
        if c.mention and (c.meets or c.outdated):
            c.meets = c.outdated = False
            c.problems.insert(0, "พบเพียงการกล่าวถึงในเนื้อหา ไม่มีชื่อเรื่อง หัวข้อ ข้อความลิงก์ หรือแถวในหน้า ITA "
                              "ที่ระบุว่าเป็นรายการนี้: ตรวจสอบว่าเป็นเอกสารของรายการนี้จริงหรือไม่")
        if c.parent and c.meets:
            c.meets = False
            c.problems.insert(0, f'เป็นเอกสารของหน่วยงานต้นสังกัด ("{c.parent}") ไม่ใช่ของหน่วยงานเอง: '
                              "เผยแพร่เอกสารของหน่วยงานเอง หรือให้ผู้ตรวจพิจารณาว่าใช้แทนได้หรือไม่")
        elif c.parent and c.outdated:
            # whoever made it, it is of an older year: outdated either way (coopaudit O20: the
            # department's No Gift notice of FY2567)
            c.problems.insert(0, f'เป็นเอกสารของหน่วยงานต้นสังกัด ("{c.parent}") และเป็นของปีก่อน')
        if c.mismatch:
            c.meets = c.outdated = False
            c.problems.insert(0, "ลิงก์ระบุว่าเป็นรายการนี้ แต่หัวเรื่องของหน้า/เอกสารปลายทางเป็นเรื่อง"
                              + c.mismatch.strip() + ": ตรวจสอบว่าลิงก์ถูกไฟล์หรือไม่")

    # A plan's evaluation stands in for the annual report only where the agency makes none under the
    # report's own name: beside its own (of whatever year), the evaluation is an evaluation.
    own = next((c for c in cands if (c.meets or c.outdated) and own_named(c.target, item)), None)
    for c in cands if own is not None else ():
        if (c.meets or c.outdated) and (title := stand_in(c.target, item)):
            c.meets = c.outdated = False
            c.problems.insert(0, f'เป็นรายงานการประเมินผลแผน ("{title}") ส่วนรายงานของรายการนี้หน่วยงานจัดทำเป็นเล่มของตนเอง'
                                 f" ({own.target.url}): เผยแพร่รายงานฉบับนั้นของปีที่ประเมิน")
    # Drafts alone beside a link to nothing ("ฉบับอนุมัติ" answering 404 beside "(ร่าง) ..."): the
    # approved document is the dead link's, and fixing that link is the fix; a draft is no evidence.
    drafts = cands if broken and cands and all(c.drafted for c in cands) else []
    if drafts:
        cands = []
    result = ItemResult(
        code=item.code, topic=item.topic, topics=list(item.topics), title=item.title,
        subindicator=item.subindicator, status="missing", confidence=0.0,
        responsible=responsible, confirmed=item.confirmed,
    )
    if not cands:
        result.broken_links = _fixes(broken, item, year)
        result.problems = [broken_problem(b) for b in result.broken_links]
        result.problems += [f'หน้า {t.url} แจ้งว่า "{ln}": เผยแพร่เอกสารเมื่อจัดทำเสร็จ แล้วลิงก์จากหน้านั้นและหน้า ITA'
                            for t, ln in pending[:2]]
        result.problems += [wrong_file_problem(index, item, t, other) for t, other in wrong[:3]]
        result.problems += [f"{c.problems[0]} ({c.target.url})" for c in drafts[:1]]
        result.problems += [f"หน้า {t.url} แจ้งว่าเอกสารฉบับเต็มขอดูได้ที่สำนักงาน แต่ไม่ได้เผยแพร่ไฟล์บนเว็บไซต์:"
                            " อัปโหลดเอกสารฉบับเต็มแล้วลิงก์จากหน้านั้น" for t in offline[:2]]
        result.reasons = (
            ["พบเพียงลิงก์ที่ไม่นำไปสู่ไฟล์หรือเนื้อหา (ลิงก์เสีย)"] if broken
            else ["พบเพียงลิงก์ที่ระบุว่าเป็นรายการนี้ แต่ไฟล์ปลายทางเป็นเอกสารเรื่องอื่น"] if wrong
            else ["พบเพียงหน้าที่แจ้งว่าเอกสารขอดูได้ที่สำนักงาน ไม่มีไฟล์บนเว็บไซต์"] if offline
            else ["หน่วยงานแจ้งบนเว็บไซต์ว่ารายการนี้อยู่ระหว่างจัดทำ"] if pending
            else ["ไม่พบหน้าเว็บ เอกสาร หรือลิงก์ที่ตรงกับรายการนี้"]
        )
        result.confidence = 0.7 if broken else 0.6
        return result

    cands.sort(key=lambda c: _rank(c, item, index), reverse=True)
    best = cands[0]
    meeting = [c for c in cands if c.meets]
    result.evidence = [_evidence(c) for c in cands[:5]]
    if item.period == Period.monthly_first_half and meeting:
        covered = {m for c in meeting for m in _months_published(index, year, c, item)}
        gaps = missing_months(item, year, covered) if covered else []
        if gaps:
            result.status = "review"
            result.confidence = 0.7
            result.problems = [
                "ขาดสรุปผลการจัดซื้อจัดจ้างรายเดือนของเดือน " + ", ".join(map(str, gaps))
            ]
            result.reasons = [f"พบสรุปผลรายเดือน {len(covered)} เดือนของปีงบประมาณ {year}"]
            return _with_broken(result, broken, item, year)
    if meeting and item.requires:
        # Components may be spread over several pages (contact page + Q&A board, e-service
        # page + its form): the item needs them all, anywhere among its evidence.
        shown = {x for c in cands for x in c.components}
        needed = required_components(item)
        lacking = [x for x in needed if x not in shown]
        if lacking:
            result.status = "review"
            result.confidence = 0.6
            result.reasons = meeting[0].reasons[:4]
            result.problems = ["ยังขาดองค์ประกอบ: " + ", ".join(lacking)]
            return _with_broken(result, broken, item, year)
        meeting[0].reasons.append("มีองค์ประกอบครบ: " + ", ".join(needed))
    if meeting and (post := _post_of_listing(index, item, meeting)):
        meeting.remove(post)
        meeting.insert(0, post)
    if meeting and (carried := _carried_file(index, item, meeting)):
        meeting.remove(carried)
        meeting.insert(0, carried)
    if meeting:
        best = meeting[0]
        result.status = "found"
        result.confidence = min(0.99, best.score)
        result.reasons = best.reasons[:4]
        result.evidence = [_evidence(c) for c in meeting[:3]] + [
            _evidence(c) for c in cands if not c.meets
        ][:2]
        return result
    outdated = [c for c in cands if c.outdated]
    # an invitation to this year's forum is no result of it: beside last year's results the item
    # stands on those (outdated, the invitation named), as it does beside last year's document
    unfinished = [c for c in cands if c.unfinished and not c.mention and not c.invited]
    if outdated and unfinished:
        # last year's document beside this year's draft: a draft is not the document an assessor
        # counts, so the item stands on last year's, outdated; the draft is named, its approval
        # being the fix (20 of the 34 test sites' builders who met the case read it so)
        best = outdated[0]
        result.status = "outdated"
        result.confidence = min(0.95, best.score)
        result.problems = [*best.problems, f"{unfinished[0].problems[0]} ({unfinished[0].target.url})"]
        result.reasons = best.reasons[:4]
        result.evidence = [_evidence(c) for c in (*outdated[:2], unfinished[0])]
        return _with_broken(result, broken, item, year)
    # this year's ITA page lists a scan whose year the tool cannot read, while the versions it can
    # date are older and this year's page does not list them: a person reads the scan
    unread = [c for c in cands if c.unread_year and c.ita and not c.mention]
    if outdated and unread and not any(c.ita for c in outdated):
        result.status = "review"
        result.confidence = min(0.9, unread[0].score)
        result.problems = [*unread[0].problems, f"ฉบับที่อ่านปีได้เป็นของปีก่อน ({outdated[0].target.url})"]
        result.reasons = unread[0].reasons[:4]
        result.evidence = [_evidence(c) for c in (unread[0], *outdated[:2])]
        return _with_broken(result, broken, item, year)
    if outdated:
        best = outdated[0]
        result.status = "outdated"
        result.confidence = min(0.95, best.score)
        result.problems = list(best.problems)
        # this year's invitation (to make the document, to a forum) beside it: why it does not count
        result.problems += [f"{c.problems[0]} ({c.target.url})" for c in cands if c.invited][:1]
        result.reasons = best.reasons[:4]
        result.evidence = [_evidence(c) for c in outdated[:3]]
        return _with_broken(result, broken, item, year)
    result.status = "review"
    result.confidence = min(0.9, best.score)
    result.problems = list(dict.fromkeys(p for c in cands[:3] for p in c.problems))
    result.reasons = best.reasons[:4]
    return _with_broken(result, broken, item, year)


def _shows_older(result: ItemResult, item: Item, year: int) -> bool:
    """Among a doubtful result's evidence, a version of a year before the one the item asks for."""
    need = year - 1 if item.period == Period.previous_fy else None if item.period == Period.timeless else year
    return need is not None and any(e.years and max(e.years) < need for e in result.evidence)


# The weakest part decides: a missing part leaves the item missing; an outdated part makes it
# outdated (a definite failure) before a doubtful one makes it review.
_PART_RANK = {"missing": 0, "outdated": 1, "review": 2, "found": 3}


def judge_parts(
    index: SiteIndex, item: Item, checklist: Checklist, responsible: str = "",
    relevant: Relevance | None = None,
) -> ItemResult:
    """An item that asks for several things (its ``parts`` in the checklist YAML): each part is
    judged as an item of its own; the item is found only when every part is, else it takes the
    status of its weakest part, and the problems name each part that is missing, old or doubtful."""
    subs = item.part_items()
    judged = [(part, judge_item(index, sub, checklist, responsible, relevant))
              for part, sub in zip(item.parts, subs, strict=True)]
    judged = _parts_in_one_file(index, judged, subs)
    needed = [r for part, r in judged if part.required]
    if needed:
        # a part the year may not ask for counts only when it shows an old year beside the found rest
        counted = needed + [r for part, r in judged if not part.required and r.status == "outdated"
                            and all(x.status == "found" for x in needed)]
    else:
        # none required: any part serves (2569 O6, the plan or the budget ordinance), and every
        # part shown must be of the year (a doubtful one that shows an older version, last year's
        # plan beside this year's draft, leaves the item doubtful); with none shown, the most
        # nearly shown part decides
        counted = [r for (_, r), sub in zip(judged, subs, strict=True) if r.status in ("found", "outdated")
                   or (r.status == "review" and _shows_older(r, sub, checklist.year))] or [
            max((r for _, r in judged), key=lambda r: _PART_RANK[r.status])]
    weakest = min(counted, key=lambda r: _PART_RANK[r.status])
    result = ItemResult(
        code=item.code, topic=item.topic, topics=list(item.topics), title=item.title,
        subindicator=item.subindicator, status=weakest.status,
        confidence=min(r.confidence for r in counted), responsible=responsible,
        confirmed=item.confirmed,
    )
    seen: set[str] = set()
    # the parts of the item's year first: the plan of the year before the standing criteria
    # and, of a found item, the parts it asks for before those it may not (2569 O10: the service, then its figures)
    dated = sorted(judged, key=lambda pr: (result.status == "found" and not pr[0].required,
                                           pr[0].period == Period.timeless and item.period != Period.timeless))
    firsts = [r.evidence[0] for _, r in dated if r.evidence and r.status in ("found", "outdated")]
    rest = [e for _, r in judged for e in r.evidence]
    for e in firsts + rest:
        if e.url not in seen:
            seen.add(e.url)
            result.evidence.append(e)
    result.evidence = result.evidence[:5]
    words = {"found": "พบ", "outdated": "พบแต่เป็นของปีก่อน", "review": "ต้องตรวจสอบ", "missing": "ไม่พบ"}
    for part, r in judged:
        result.reasons.append(f'ส่วน "{part.name}": {words[r.status]}' + (f" ({r.reasons[0]})" if r.reasons else ""))
        if r not in counted:
            result.reasons.append(f'ส่วน "{part.name}" ไม่นับในผลของรายการ: ยังไม่ยืนยันว่าเกณฑ์ปีนี้ขอส่วนนี้ '
                                  "(ถ้ามี ต้องเป็นของปีที่ถูกต้อง)")
        elif r.status != "found":
            said = "; ".join(r.problems[:2]) or "ไม่พบหน้าเว็บหรือเอกสาร"
            result.problems.append(f'ส่วน "{part.name}" {words[r.status]}: {said}')
        result.broken_links += [b for b in r.broken_links if b.url not in {x.url for x in result.broken_links}]
    if result.status != "found" and not needed:
        result.problems.insert(0, f"รายการนี้ต้องมีอย่างน้อยหนึ่งใน {len(judged)} ส่วน และทุกส่วนที่เผยแพร่ต้องเป็นของปีที่ถูกต้อง: "
                               + ", ".join(p.name for p in item.parts))
    elif result.status != "found":
        result.problems.insert(0, f"รายการนี้ต้องมีครบ {len(judged)} ส่วน: "
                               + ", ".join(p.name + ("" if p.required else " (ถ้ามี)") for p in item.parts))
    if result.status != "found" and result.broken_links:
        # a dead link is the cheapest fix: it comes first
        result.problems[:0] = [broken_problem(b) for b in result.broken_links]
    return result


# A numbered section of a document ("ส่วนที่ 2", "บทที่ 3", "4.", "๕)"): a chapter, not a mention.
# "ส่วนที่ 3", "3.", "3)", and a bare "3 " before a Thai heading ("3 มาตรการส่งเสริมคุณธรรม ...")
_SECTION_NO = re.compile(r"^\s*(?:(?:ส่วนที่|บทที่|ตอนที่)\s*[0-9๐-๙]{1,2}|[0-9๐-๙]{1,2}\s*[.)]|[0-9๐-๙]{1,2}\s+(?=[ก-ฮเแโใไ]))"
                         r"\s*[.:]?\s*")
PART_HEADING = 60  # characters of a section heading inside a document
# A labelled section of a document: its name, a colon, then what it reports on the same line.
_LABELLED = re.compile(r"^\s*([^:：\n]{4,80}?)\s*[:：]\s*\S")


def part_heading(index: SiteIndex, url: str, sub: Item) -> str:
    """A numbered section heading inside a read document that opens with the part's name
    ("ส่วนที่ 3 รายงานผลการใช้จ่ายงบประมาณประจำปี" in an annual report), or a labelled one (the
    part's name, a colon and its figures: "ผลการใช้จ่ายงบประมาณประจำปี : ได้รับจัดสรร ..."), "" when
    none: the document holds that part too. An unnumbered line naming it in a sentence
    ("มาตรการ ... ประจำปี 2569 จะเสนอ ... แยกต่างหาก") is a mention."""
    t = index.targets.get(canonical(url))
    f = t.fact if t is not None else None
    if f is None or f.kind != "document" or t.broken or not f.text:
        return ""
    lines = doc_lines(f.text)
    # below its first line: a title block read long may run into the first labelled section
    # ("ผลสำเร็จ: ..." / "ผลการใช้จ่ายงบประมาณ ปี 2566 ได้รับ ... บาท")
    start = min(doc_title_count(lines), 2)
    for n, ln in enumerate(lines[start:200], start):
        if m := _SECTION_NO.match(ln):
            head = ln[m.end():].split(":")[0]  # "ส่วนที่ 2 รายงานผลการใช้จ่ายงบประมาณ: งบประมาณ 3,150,000 บาท ..."
        elif m := _LABELLED.match(ln):
            head = m.group(1)  # "ผลการใช้จ่ายงบประมาณประจำปี : ได้รับจัดสรร ... เบิกจ่าย ...": the part, then its content
        elif (len(key(ln)) <= PART_HEADING and n + 1 < len(lines) and _AMOUNTS.search(lines[n + 1])
              and _opens_with(ln, sub)):
            # a heading of its own over the part's figures ("งบการเงิน ณ วันที่ 30 กันยายน 2566" /
            # "รายได้รวม 11,205.6 ล้านบาท ค่าใช้จ่ายรวม ...")
            return squash(ln)[:PART_HEADING]
        elif _AMOUNTS.search(ln[:FIGURES_LINE]) and _opens_with(ln, sub):
            # the part's name opening a line of its figures ("ผลการใช้จ่ายงบประมาณ ปี 2566 ได้รับ
            # 15,210,000 บาท เบิกจ่าย ...")
            return squash(ln)[:PART_HEADING]
        else:
            continue
        if 6 <= len(key(head)) <= PART_HEADING and {h.topic for h in topics_named(head, start=True)} & set(sub.topics):
            return squash(head if m.re is _LABELLED else ln)[:PART_HEADING]
    return ""


def _opens_with(line: str, sub: Item) -> bool:
    """The line opens with a phrase (a weak one too) of the part's topic: the part's own heading,
    not a clause naming it ("ข้อ ๓ งบประมาณรายจ่ายประจำปีงบประมาณ ..." opens with no plan)."""
    k = key(line)
    return any(h.topic in sub.topics and k.startswith(key(h.phrase))
               for h in topics_named(line[:PART_HEADING], weak=True))


FIGURES_LINE = 160  # characters of a line where the part's name is followed by its figures
_AMOUNTS = re.compile(r"[0-9๐-๙][0-9๐-๙,.]*\s*(?:ล้าน)?บาท")  # a line stating amounts of money


def _parts_in_one_file(index: SiteIndex, judged: list, subs: list[Item]) -> list:
    """A part not found on its own that a section of another part's document holds (the annual
    report whose chapter is the budget spending): judged as that document is, with the reason."""
    out = list(judged)
    for n, ((part, r), sub) in enumerate(zip(judged, subs, strict=True)):
        if r.status in ("found", "outdated"):
            continue
        for other_part, other in judged:
            if other is r or other.status not in ("found", "outdated") or not other.evidence:
                continue
            if heading := part_heading(index, other.evidence[0].url, sub):
                moved = other.model_copy(deep=True)
                moved.code, moved.topic, moved.topics, moved.title = r.code, r.topic, r.topics, r.title
                moved.reasons.insert(0, f'อยู่ในเอกสารเดียวกับส่วน "{other_part.name}" (หัวข้อ "{heading}")')
                out[n] = (part, moved)
                break
    return out


def _unique(broken: list[BrokenLink]) -> list[BrokenLink]:
    return list({b.url: b for b in reversed(broken)}.values())[::-1]


def _fixes(broken: list[BrokenLink], item: Item, year: int) -> list[BrokenLink]:
    """The dead links whose fixing would show the item: not one whose text names only an older
    year than the item asks for ("แผนการดำเนินงาน ปี 2567" for the plan of 2569)."""
    return [b for b in _unique(broken)
            if not (b.anchor_text and judge_period(item, year, b.anchor_text, title=b.anchor_text).outdated)]


def _with_broken(result: ItemResult, broken: list[BrokenLink], item: Item, year: int) -> ItemResult:
    result.broken_links = _fixes(broken, item, year)
    result.problems += [p for b in result.broken_links if (p := broken_problem(b)) not in result.problems]
    return result


def _months_published(index: SiteIndex, year: int, c: Candidate, item: Item) -> list[MonthRef]:
    """Months a candidate really publishes. A page whose own links are labelled by month (a
    table "ประจำเดือนตุลาคม 2568 | ดาวน์โหลด") covers only the months whose link works: a row
    naming a month next to a link to nothing (broken, an empty file ...), or next to "-",
    publishes nothing; a link naming another topic with its months (a list of posts' complaint
    statistics "(ต.ค. 2568 – มี.ค. 2569)") publishes none of the item's."""
    f = c.target.fact
    if c.target.kind != "page" or f is None:
        return c.months
    labelled = []
    for lk in f.links:
        if lk.nav or lk.scheme not in ("http", "https"):
            continue
        months = [m for m in months_in(f"{lk.text} {lk.context}", dated=False) if m.fiscal_year == year]
        said = [lk.text, lk.context]
        if months and (names_item(said, item) or not {h.topic for x in said for h in topics_named(x)}):
            # (not a complaint report's "(ต.ค. 2568 – มี.ค. 2569)" beside the summaries' links)
            labelled.append((months, lk.url, index.target(lk.url)))
    if len(labelled) < 2:
        # a post of a quarter's files, each named only by its file name ("(มกราคม - มีนาคม 2569)" over
        # skr1_feb69.xls and skr1_mar69.pdf): the months its files are of, when every one names its own
        files = [x for lk, x in attachments(index, f) if _attached_for(lk, item)]
        own = [_file_months(x, item, year) for x in files]
        if len(files) >= 2 and all(m is not None for m in own):
            return sorted({m for months in own if months for m in months})
        return c.months
    # a month's link works and leads to the agency's own summary (not a district's, say); a read
    # file that names its own month publishes that month, whatever its row says (the row
    # "มกราคม 2569" opening January 2568's summary, or December's uploaded again)
    published: set[MonthRef] = set()
    for months, url, t in labelled:
        if t is None or not (dead_reason(index, t, url) or another_units_target(index, t, item)):
            own = _file_months(t, item, year)
            published.update(months if own is None else own)
    return sorted(published)


def _file_months(t: Target | None, item: Item, year: int) -> list[MonthRef] | None:
    """The months of the item's year a read file's own title block names ([] when it names only
    other years' months), None when the file is not read or names no month."""
    f = t.fact if t is not None else None
    if f is None or t.kind != "document" or t.broken or not f.text or (f.document and f.document.ocr):
        return None
    # the months of its lines that name the summary ("... ในรอบเดือนธันวาคม พ.ศ. 2568", one a sheet
    # of a workbook); the date it was signed ("วันที่ 9 เดือน มกราคม พ.ศ. 2569") is no month it covers
    titled = [m for ln in lines_of(f.text[:60000], 60000)[:400] if names_item([ln], item)
              for m in months_in(ln, dated=False)]
    if not titled:
        return None
    return [m for m in titled if m.fiscal_year == year]


def _post_of_listing(index: SiteIndex, item: Item, meeting: list[Candidate]) -> Candidate | None:
    """The post a list of posts links to, when the list comes first (an ITA row linking the news
    list for participation) and the post itself is the item (scored higher): the post is the
    evidence an assessor is shown. None for news items (their evidence is the list)."""
    first = meeting[0]
    f = first.target.fact
    if "news" in item.topics or first.target.kind != "page" or f is None or index.headline_links(f) < LISTING_LEAST:
        return None
    linked = {canonical(lk.url) for lk in f.links if not lk.nav}
    return next((c for c in meeting[1:] if c.target.kind == "page" and c.score > first.score
                 and canonical(c.target.url) in linked), None)


def _carried_file(index: SiteIndex, item: Item, meeting: list[Candidate]) -> Candidate | None:
    """When the best evidence is a page that only carries the item's files (or links viewer pages
    that do) and one of those files is evidence too, the first such file: the file is what the
    page offers and what an assessor opens (the page stays evidence). None otherwise."""
    t = meeting[0].target
    if t.kind != "page" or t.fact is None or "document" not in item.evidence or not load_topics()[item.topic].document_expected:
        return None  # (news, a page of contacts: the page is the item)
    if reads_as_post(index, t) and any(load_topics()[x].held for x in item.topics):
        return None  # a post of an activity held (an ethics training) is the activity's evidence
    # (a post with a story of its own, attaching a file, is evidence by itself)
    carried = {x.url for _lk, x in item_files(index, t, item)} if carries_files(index, t, item) else set()
    for lk in t.fact.links[:200]:
        x = index.target(lk.url) if not lk.nav and _attached_for(lk, item) else None
        if x is not None and x.kind == "page" and x is not t and carries_files(index, x, item):
            carried |= {y.url for _lk, y in item_files(index, x, item)}  # a file's viewer page
    return next((c for c in meeting[1:] if c.target.url in carried and c.target.kind == "document"), None)


def _rank(c: Candidate, item: Item, index: SiteIndex | None = None) -> tuple:
    """Best evidence first: meets the rule, else outdated; then what this year's ITA page lists
    for the item; of outdated versions the newest; for news, a page listing several posts over a single post; any page over the
    home page; then the score (a document preferred for topics usually published as files);
    then the shallowest."""
    from checklist.load import load_topics

    doc_expected = load_topics()[item.topic].document_expected
    is_doc = c.target.kind == "document"
    listing = 0
    if "news" in item.topics and index is not None and c.target.fact is not None and not is_doc:
        listing = min(index.headline_links(c.target.fact), 3) // 3
    return (
        c.meets,
        c.outdated,
        c.ita,
        max(c.years) if c.outdated and c.years else 0,  # of older versions the newest: the one to update
        listing,
        c.target.depth != 0,  # a page of its own beats the home page's boxes and footer
        round(c.score + (0.08 if doc_expected and is_doc else 0.0), 3),
        -c.target.depth,
        c.target.url,  # a stable order between runs when all else ties
    )


DATED_PERIODS = (Period.current_fy, Period.first_half_fy, Period.previous_fy)


def _posting_rows(t: Target) -> list[tuple[int, str]]:
    """(fiscal year, row) of each row linking to ``t`` that gives the day it was put up."""
    return [(max(fys), squash(lk.context)[:100]) for lk, _src in t.inbound[:10]
            if lk.context and (fys := dated_years(lk.context)[0])]


def posted_before(index: SiteIndex, item: Item, year: int, t: Target, v: Verdict) -> None:
    """A file that names no year of its own (a scan, an announcement dated in Thai digits the OCR
    cannot be trusted with) but whose rows give the day it was put up two fiscal years or more
    before the assessed one ("ประกาศนโยบาย No Gift Policy ๓๑ ต.ค. ๒๕๖๕" for ITA 2568): it cannot
    be of the year asked, whatever it says; an older year's, outdated. Changes ``v`` in place."""
    if item.period not in DATED_PERIODS or v.meets or v.outdated or v.years:
        return
    f = t.fact
    if f is not None and f.kind == "document" and not names_item(doc_title_block(f.text), item):
        return  # an old file that may not even be the item's: a person's call, not an old version of it
    rows = _posting_rows(t)
    for lk, src in t.inbound[:10]:
        # a file's own detail page ("หนังสือ ... / ปี 2566 / วันที่ลงข้อมูล 15 พ.ย. 2565 / ดาวน์โหลด"):
        # the one day it names is the day the file went up
        head = index.page_head(src, 2000) if src is not None and src.kind == "page" else ""
        if head and is_generic(lk.text) and not dated_years(lk.context)[0] and own_text_size(head, src.title) < THIN_PAGE:
            fys = set(dated_years(head)[0])
            if len(fys) == 1:
                rows.append((fys.pop(), squash(lk.context or src.title)[:100]))
    if not rows:
        return
    posted, row = max(rows)
    if posted > year - 2:
        return
    want = year - 1 if item.period == Period.previous_fy else year
    v.outdated = True
    v.problems = [f'เอกสารไม่ระบุปีงบประมาณ แต่แถวที่ลิงก์ไปยังเอกสารบอกว่าลงไว้ในปีงบประมาณ {posted} ("{row}"):'
                  f" เป็นฉบับของปีก่อน ต้องเป็นของปี {want}"]


def _judge_candidate(index: SiteIndex, item: Item, year: int, c: Candidate) -> None:
    t = c.target
    f = t.fact
    url_words = path_words(t.url)
    if t.kind == "external_link":
        # Not fetched: only what links say about it. Its URL is an ID, not words (no years).
        v = judge_period(item, year, _rule_text(index, t), title=_title_text(index, t))
        c.years = v.years
        c.meets = item.period == Period.timeless or v.meets
        c.outdated = v.outdated
        c.problems = v.problems
        c.reasons += v.reasons
        hosted_file = any(h in t.url.lower() for h in FILE_HOSTS)
        if hosted_file and "document" in item.evidence:
            c.reasons.append(f"เป็นไฟล์ที่ฝากไว้บน {host_of(t.url)} (เปิดดูเนื้อหาไม่ได้ ตัดสินจากข้อความลิงก์)")
        elif "external_link" not in item.evidence:
            c.meets = False
            c.problems.append("เป็นลิงก์ไปยังเว็บไซต์อื่น ไม่ใช่ข้อมูลบนเว็บไซต์หลักของหน่วยงาน")
        return
    assert f is not None
    if f.kind == "document" and f.document is not None:
        info = f.document
        if info.error:
            c.problems.append(f"อ่านไฟล์ไม่ได้: {info.error}")
            return
        if info.scanned and not info.ocr:
            c.problems.append("ไฟล์เป็นภาพสแกน อ่านข้อความไม่ได้ ตัดสินจากชื่อลิงก์และชื่อไฟล์เท่านั้น")
            v = judge_period(item, year, _rule_text(index, t), url_words, _title_text(index, t))
            posted_before(index, item, year, t, v)
            c.years, c.outdated = v.years, v.outdated
            c.problems += v.problems
            return
        if info.ocr:
            c.reasons.append("อ่านข้อความด้วย OCR (ไม่ใช้ปีหรือจำนวนเงินที่ OCR อ่านจากเลขไทย)")
    body = f.text if f.kind == "document" else index.page_head(f, 4000)
    # a page's headline repeats its title without the site's name ("รายงาน ... 2568" under the
    # title "รายงาน ... 2568 - เทศบาลเมือง..."): a title too
    headline = f.headings[0] if f.kind == "page" and f.headings and len(key(f.headings[0])) >= 8 and key(
        f.title).startswith(key(f.headings[0])) else ""
    if is_placeholder(body, f.title if f.kind == "page" else "", headline) and (
            _PENDING.search(key(body)) or not item_files(index, t, item)):
        # (a page of a title and the item's file is that file's page, not an empty one; one that
        # says the item is still being made is what it says)
        c.problems.append(
            "หน้านี้/ไฟล์นี้ยังไม่มีเนื้อหา (เช่น 'อยู่ระหว่างดำเนินการ' หรือมีแต่หัวเรื่อง)"
        )
        return
    if f.kind == "page" and item.period != Period.timeless and (years := year_selector(index, f)):
        c.problems.append(f"หน้านี้เป็นเพียงตัวเลือกปี ({' | '.join(years[:4])}) ไม่ใช่ตัวเอกสาร:"
                          " หลักฐานคือเอกสารในหน้าของแต่ละปี ลิงก์แถว ITA ไปยังเอกสารของปีที่ประเมินโดยตรง")
        return  # its years are its links', where the documents are
    rule_text, title_text = _rule_text(index, t, item), _title_text(index, t, item)
    v = judge_period(item, year, rule_text, url_words, title_text)
    if f.kind == "document":
        posted_before(index, item, year, t, v)
    if f.kind == "page" and v.meets and (old := _older_file_of_a_post(index, t, item, year, rule_text, title_text)):
        v.meets, v.outdated, v.years = False, True, old.years
        v.problems = [f"หน้านี้ระบุเพียงวันที่ลงหรือปรับปรุง ไฟล์ที่แนบเป็นฉบับของปีก่อน ({old.problems[0]}):"
                      " แนบฉบับของปีนี้"]
    if v.meets and item.period == Period.current_fy and (month := first_month_tally(item, year, rule_text, title_text)):
        v.meets = False
        v.problems.insert(0, f"ไม่ระบุปีงบประมาณของข้อมูล มีเพียงวันที่ลงไว้ ({month}) ซึ่งเป็นเดือนแรกของปีงบประมาณ {year}:"
                             f" สถิติทั้งปีที่ลงในเดือนนั้นมักเป็นของปี {year - 1} ระบุปีงบประมาณในหัวเรื่องหรือตาราง"
                             " หรือให้ผู้ตรวจพิจารณา")
    if (item.period == Period.current_fy and not v.meets and v.years and min(v.years) > year
            and f.kind == "page" and (held := _held_in(index, t, item, year))):
        # "เวทีรับฟังความคิดเห็น ... แผนพัฒนาจังหวัด ประจำปี 2569", held on 21 ม.ค. 2568: a post
        # tells an activity of the day it happened; the later year is what it prepares for.
        v.meets, v.problems = True, []
        v.reasons.append(f"เป็นกิจกรรมที่จัดเมื่อ {held} (ปีงบประมาณ {year}); ปีที่หัวเรื่องระบุเป็นปีที่กิจกรรมเตรียมการไว้")
    c.years, c.months, c.outdated = v.years, v.months, v.outdated
    c.reasons += v.reasons
    c.problems += v.problems
    c.meets = v.meets
    if f.kind == "document" and f.document and f.document.ocr and not v.years and _THAI_YEAR.search(f.text[:3000]):
        # a scan's years in Thai digits are not read (OCR takes ๒๕๖๘ for ๒๕๒๕): it names a year
        # the tool cannot read, which is not "no year"
        c.problems = [p.replace(_NO_YEAR, _SCAN_YEAR, 1) for p in c.problems]
        c.unread_year = True
    if c.meets and f.kind == "document" and item.period == Period.previous_fy and (
            row := _posted_within(t, year - 1)):
        # "รายงาน ... ประจำปี" read as last year's results, but its row says it went up before that
        # year ended (18 พ.ย. 2567 for FY2568's): not the whole year's results, whatever else it names
        older = [y for y in v.years if y < year - 1]
        c.meets, c.outdated, c.years = False, bool(older), older or c.years
        c.problems.insert(0, f'แถวที่ลิงก์ไปยังเอกสารบอกว่าลงไว้ก่อนสิ้นปีงบประมาณ {year - 1} ("{row}"):'
                             f" จึงไม่ใช่ผลการดำเนินงานทั้งปี {year - 1}")
    if (c.meets or c.outdated) and f.kind == "document" and (other := counted_year(item, f.text, v.years)):
        # "สถิติ ... ประจำปีงบประมาณ 2568" over a table of ต.ค. 2568 – มี.ค. 2569: which is it?
        c.meets = c.outdated = False
        c.problems.insert(0, f"หัวเรื่องระบุปีงบประมาณ {', '.join(map(str, v.years))} แต่ตารางนับเดือนของปีงบประมาณ"
                             f" {other}: แก้ปีในหัวเรื่องให้ตรงกับข้อมูล หรือให้ผู้ตรวจพิจารณา")
    if f.kind == "page" and item.period == Period.current_fy and 0 < (fy := table_year(item, f.text)) < year:
        # a page's own table of statistics ("ต.ค. 66 ... ก.ย. 67"): the months it counts are the
        # year it shows, whatever date the page was last updated on
        c.meets, c.outdated = False, True
        c.problems.insert(0, f"ตารางสถิติในหน้านับเฉพาะเดือนของปีงบประมาณ {fy} แต่ต้องเป็นปี {year}:"
                             f" เพิ่มข้อมูลของปีงบประมาณ {year}")
    if (c.meets or c.outdated) and f.kind == "document" and (cells := unfilled_table(item, f.text)):
        c.meets = c.outdated = False
        c.problems.insert(0, f"ตารางสถิติมีช่องเดือนแต่กรอกตัวเลขเพียง {cells - 1} ช่อง: กรอกข้อมูลของทุกเดือน"
                             " หรือให้ผู้ตรวจพิจารณา")
    if (c.meets or c.outdated) and (asked := is_invitation(t, item)):
        # An invitation offers this year's activity (a forum, a training): doubtful beside last
        # year's results. An invitation to make this year's document (a meeting to assess the
        # risks) is no part of it: last year's document beside it stays last year's.
        document = load_topics()[item.topic].document_expected
        c.unfinished, c.invited = c.meets and not document, True
        c.meets = c.outdated = False
        c.problems.insert(0, f'เป็นเพียงหนังสือเชิญ ("{asked}") ยังไม่ใช่เอกสารที่รายการนี้ขอ: เผยแพร่เอกสารของปีนี้'
                             " เมื่อจัดทำเสร็จ" if document else
                             f'เป็นเพียงการเชิญชวน ("{asked}") ยังไม่ใช่ผลของกิจกรรม: เผยแพร่ผลที่ได้'
                             " (ผู้เข้าร่วม ข้อเสนอ สิ่งที่ดำเนินการต่อ) หรือให้ผู้ตรวจพิจารณา")
    if (c.meets or c.outdated) and (meeting := is_meeting_page(t, item)):
        # "ประชุมสรุปผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปี 2567": a post of the
        # meeting tells that the report is being made or discussed; the report itself is the item.
        c.meets = c.outdated = False
        c.problems.insert(0, f'เป็นข่าวการประชุม ("{meeting}") ยังไม่ใช่เอกสารที่รายการนี้ขอ: เผยแพร่เอกสาร'
                             "ที่ได้จากการประชุม หรือให้ผู้ตรวจพิจารณา")
    if (c.meets or c.outdated) and (draft := is_draft(t, item) or drafts_attached(index, t, item)):
        c.unfinished, c.drafted = c.meets, True
        c.meets = c.outdated = False
        c.problems.insert(0, f'เป็นฉบับร่าง ("{draft}") ยังไม่ใช่ฉบับที่ผู้บริหารอนุมัติหรือประกาศใช้:'
                             " เผยแพร่ฉบับที่อนุมัติแล้ว หรือให้ผู้ตรวจพิจารณา")
    if item.requires:
        # Channels (social, forms) often sit in the footer of every page: count the whole site.
        links = [lk.url for lk in f.links]
        if set(item.requires) & LINK_REQUIREMENTS:
            links.append(index.site_hosts)
        forms = f.forms + sum(index.forms_behind(f))
        c.components, _ = check_requirements(item, f.text, links, forms, f.images)


# A link that is a year and nothing else ("ปี 2568", "ปีงบประมาณ ๒๕๖๗", "2566"): a year selector's.
_YEAR_LINK = re.compile(r"^(?:ปี(?:งบประมาณ)?\s*(?:พ\.?\s*ศ\.?)?\s*)?25\d\d$")
SELECTOR_LEAST = 2  # year links that make a page a year selector


def year_links(index: SiteIndex, f: Fact) -> list[str]:
    """The texts of a page's year selector: links that are a year and nothing else ("ปี 2568",
    "2567"), to other pages, two or more; [] when the page has none."""
    years = [squash(lk.text) for lk in f.links if not lk.nav and _YEAR_LINK.match(arabic_digits(squash(lk.text)))
             and (x := index.target(lk.url)) is not None and x.kind == "page" and x.url != f.url]
    return list(dict.fromkeys(years)) if len(set(years)) >= SELECTOR_LEAST else []


def year_selector(index: SiteIndex, f: Fact) -> list[str]:
    """The year links of a page that is only a year selector ("การประเมินความเสี่ยงการทุจริต |
    เอกสารจัดเก็บตามปีงบประมาณ: ปี 2568 | ปี 2567 | ปี 2566", each year a page of its own): the years
    are where the documents are, not what the page holds. [] when the page says a year of its own."""
    years = year_links(index, f)
    links = {key(y) for y in years}
    rest = [ln for ln in lines_of(index.page_head(f, 4000), 4000) if key(ln) not in links]
    return [] if not years or years_in(" ".join([f.title, *rest])) else years


def _older_file_of_a_post(index: SiteIndex, t: Target, item: Item, year: int, text: str, title: str) -> Verdict | None:
    """A page whose only year is a day it gives (its by-line: "เผยแพร่เมื่อ 12 ธ.ค. 2567 (ปรับปรุง)")
    and that attaches one read file for the item, the file naming an older fiscal year of its own
    (the No Gift announcement of FY2566): the file's verdict, outdated; None otherwise. A day says
    when a page was put up or touched, the file what it publishes."""
    if item.period not in DATED_PERIODS or title_years(title)[0] or fiscal_years_in(text) or dated_years(text)[1]:
        return None
    lexicon = load_topics()
    if not all(lexicon[x].document_expected and not lexicon[x].held for x in item.topics):
        return None  # an item of activities: a post of this year's training carries the standing code
    files = item_files(index, t, item)
    if len(files) != 1 or (x := files[0][1]).fact is None or x.kind != "document" or x.broken or not x.fact.text:
        return None
    v = judge_period(item, year, _rule_text(index, x, item), path_words(x.url), _title_text(index, x, item))
    return v if v.outdated and v.problems else None


def _posted_within(t: Target, fy: int) -> str:
    """The row of a link to a file saying it was put up in fiscal year ``fy`` or before (the
    latest day the rows give, when they give one), "" otherwise."""
    rows = _posting_rows(t)
    if not rows:
        return ""
    posted, row = max(rows)
    return row if posted <= fy else ""


_THAI_YEAR = re.compile(f"[{THAI_DIGITS}]{{4}}")
_NO_YEAR = "ไม่ระบุปีงบประมาณ"
_SCAN_YEAR = "อ่านปีงบประมาณไม่ได้: ปีในภาพสแกนเป็นเลขไทยซึ่ง OCR อ่านได้ไม่แน่นอน ผู้ตรวจต้องเปิดดูเอง"


def _held_in(index: SiteIndex, t: Target, item: Item, year: int) -> str:
    """The day a page in the form of a post says its activity happened, when that day falls in
    fiscal year ``year`` (its first dated lines: the by-line, "เมื่อวันที่ 21 มกราคม 2568"); "".
    For an item of activities (no document expected: participation, ethics activities) a page
    that opens with a date and a story is enough, whatever its headline names ("สรุปผลการประชุม
    รับฟังความคิดเห็น ... เพื่อจัดทำงบประมาณ ปี 2569", then "วันที่ 8 กุมภาพันธ์ 2568 ...")."""
    if t.fact is None or not (reads_as_post(index, t) or (events_only(item) and post_form(index, t.fact))):
        return ""
    lines, _lead = page_lines(index, t.fact)
    for ln in lines[:4]:
        days = months_in(ln)
        if days and {m.fiscal_year for m in days} == {year}:
            return str(days[0])
    return ""


def events_only(item: Item) -> bool:
    """The item asks for activities a post tells (participation, ethics activities), not for a
    document of a year (``document_expected`` of each of its topics)."""
    lexicons = load_topics()
    return bool(item.topics) and not any(lexicons[x].document_expected for x in item.topics if x in lexicons)


def received_letter(index: SiteIndex, t: Target) -> str:
    """The salutation of a read document that is an official letter to the agency ("ที่ ชย 0318/ว
    1462 ... เรียน นายกองค์การบริหารส่วนตำบลทุกแห่ง"): a district forwarding the province's No Gift
    Policy, a department's circular. It is what the agency received, not what it issued; "" when
    the document is no letter, or is addressed to someone else (the agency's own letters)."""
    f = t.fact
    if t.kind != "document" or f is None or t.broken or not f.text:
        return ""
    memo = ("letter", id(f))  # once a document, whatever the item judged
    if memo not in index._heads:
        index._heads[memo] = salutation_to(_home_key(index), doc_lines(f.text)[:MEMO_HEAD])
    return index._heads[memo]


def drafts_attached(index: SiteIndex, t: Target, item: Item) -> str:
    """The draft line of the files a page attaches for the item when every one read is a draft (a
    post "รายงานผล ... ประจำปี 2568" whose only file is headed "(ร่าง)"): the page is what its file
    is. "" otherwise."""
    drafts = [is_draft(x, item) for _lk, x in item_files(index, t, item)
              if x.fact is not None and x.kind == "document" and not x.broken and x.fact.text.strip()]
    return drafts[0] if drafts and all(drafts) else ""


def _evidence(c: Candidate) -> Evidence:
    t = c.target
    f = t.fact
    link, src = (t.inbound[0] if t.inbound else (None, None))
    return Evidence(
        url=t.url,
        found_on=(f.found_on if f and f.found_on else (src.url if src else "")) or "",
        anchor_text=(f.anchor_text if f and f.anchor_text else (link.text if link else "")),
        kind="external_link" if t.kind == "external_link" else t.kind,  # type: ignore[arg-type]
        years=c.years,
        reasons=c.reasons + c.problems,
        click_path=[s.text for s in f.path] if f else ([link.text] if link else []),
        score=c.score,
    )


# ---------------------------------------------------------------------- one page on its own

# A line of an ITA checklist page: an item code (O5, OIT5, EB10, MOIT3) or a list bullet.
LIST_ITEM = re.compile(r"^\s*(?:[•\-–*▪►●·]|\(?\d{1,2}[.)]|\(?[๐-๙]{1,2}[.)]|[Oo](?:IT)?\s*\d)")
ITA_CODE_LINE = re.compile(r"^\s*(?:[Oo](?:IT|it)?\s*\.?\s*\d{1,2}|EB\s*\d{1,2}|MOIT\s*\d{1,2})")
_ITA_WORDS = tuple(key(w) for w in (
    "ita", "oit", "คุณธรรมและความโปร่งใส", "การเปิดเผยข้อมูลสาธารณะ", "ตัวชี้วัดย่อย",
    "เกณฑ์มาตรฐานความโปร่งใส", "ตัวชี้วัดความโปร่งใส",
))


# An item line numbered without a dot, as some ITA pages write them: "19 แผนการจัดซื้อจัดจ้าง...".
_NUMBERED = re.compile(r"^\s*\d{1,2}\s+[\u0e01-\u0e4e]")


def _item_line(line: str) -> bool:
    return bool(ITA_CODE_LINE.match(line) or LIST_ITEM.match(line) or _NUMBERED.match(line))


def looks_like_ita_index(url: str, title: str, lines: list[str]) -> bool:
    """A page listing the items of an ITA/OIT (or MOIT, or transparency-standard) checklist: it
    says so near its top, or several of its lines begin with an item code (O5, OIT5, EB10)."""
    head = key(" ".join([title, *lines[:6]]))
    coded = sum(bool(ITA_CODE_LINE.match(ln)) for ln in lines)
    says = any(w in head for w in _ITA_WORDS) or "moit" in url.lower()
    return coded >= 3 or (says and (coded >= 1 or sum(_item_line(ln) for ln in lines) >= 2))


def ita_listing_signals(lines: list[str]) -> dict[str, list[Signal]]:
    """What an ITA index page's item lines name ("O4 แผนยุทธศาสตร์...", "• แสดงแผนผัง..."), as
    signals: in an audit its links carry them to the pages it lists; read on its own (no links),
    the page shows the items the agency publishes. "เช่น ..." gives examples, not the item."""
    out: dict[str, list[Signal]] = defaultdict(list)
    for line in lines[:40]:
        if not _item_line(line):
            continue
        for hit in topics_named(line.split("เช่น")[0]):
            reason = f'หน้า ITA ระบุรายการ "{squash(line)[:100]}"'
            if all(s.reason != reason for s in out[hit.topic]):
                out[hit.topic].append(Signal(0.5, reason))
    return out


def page_topics(url: str, lines: list[str], title: str = "", topics: tuple[str, ...] | None = None,
                *, learned: bool = True) -> dict[str, list[str]]:
    """Topics one page (its own lines of text, menus aside) is evidence of, whatever the year,
    each with its reasons: the page is judged as an audit judges a fetched page no link points
    to, by the same signals and the same candidate rule (a mention in the body alone is not
    enough); an ITA index page is evidence of the items its lines name. ``learned=False``
    leaves out the learned news-post model (to measure the rules alone)."""
    from checklist.models import TOPICS

    own = [without_icon(ln) for ln in lines if not is_chrome(ln)]  # its headline is under the frame
    fact = Fact(kind="page", url=url, requested_url=url, status=200, title=title,
                headings=title_lines(own, 1), text="\n".join(lines))
    index = SiteIndex.build([fact], url)
    index.learned = learned
    t = index.targets[canonical(url)]
    sigs = topic_signals(index, t, list(topics or TOPICS))
    if looks_like_ita_index(url, title, lines):
        for topic, extra in ita_listing_signals(lines).items():
            if topics is None or topic in topics:
                sigs.setdefault(topic, []).extend(s for s in extra if s.reason not in {x.reason for x in sigs[topic]})
    return {topic: [s.reason for s in signals] for topic, signals in sigs.items()
            if is_candidate(signals) and not mentions_only(signals)}


def forget_texts() -> None:
    """Empty the per-text memo caches the matcher filled (they hold the texts of a whole site)."""
    from checklist import doc_title, signals
    from common import thai
    from common import urls as site

    for f in (signals.is_generic, signals._excluded, signals._topics_named, signals.weak_cluster,
              signals.prefilter_key, signals.topics_in_url, signals.item_phrase, doc_title._title_lines_of,
              thai.key, thai._plain_digits, site.canonical):
        f.cache_clear()


def match_all(
    facts: list[Fact], root: str, checklist: Checklist, responsible: dict[str, str] | None = None
) -> list[ItemResult]:
    """Verdicts for every item of ``checklist`` from the facts of one crawl of ``root``."""
    index = SiteIndex.build(facts, root)
    responsible = responsible or {}
    relevant = relevant_targets(index, checklist.items)
    out = []
    for item in checklist.items:
        unit = next((responsible[t] for t in item.topics if t in responsible), "")
        out.append(judge_item(index, item, checklist, unit, relevant))
    return out
