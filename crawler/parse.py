"""HTML page -> title, headings, main text and links with their anchor text and context."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from crawler.items import Link
from crawler.thai import squash

_BOILER_TAGS = ("nav", "header", "footer", "aside")
_BOILER_HINT = re.compile(
    r"(^|[-_\s])(nav|navbar|menu|menubar|mainmenu|topmenu|sidebar|side-bar|footer|header|"
    r"breadcrumb|dropdown|submenu|widget|banner|marquee|topbar|copyright)([-_\s\d]|$)",
    re.I,
)
_DROP_TAGS = ("script", "style", "noscript", "template", "svg")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MAX_TEXT = 20_000
MAX_LINKS = 2_000


def _is_boiler(tag: Tag) -> bool:
    if tag.name in _BOILER_TAGS:
        return True
    attrs = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
    role = str(tag.get("role") or "")
    return role in ("navigation", "banner", "contentinfo") or bool(_BOILER_HINT.search(attrs))


def _in_boiler(tag: Tag) -> bool:
    return any(_is_boiler(p) for p in tag.parents if isinstance(p, Tag) and p.name != "[document]")


def _link_text(a: Tag) -> str:
    text = squash(a.get_text(" "))
    if not text:
        img = a.find("img")
        if isinstance(img, Tag):
            text = squash(str(img.get("alt") or img.get("title") or ""))
    if not text:
        text = squash(str(a.get("title") or a.get("aria-label") or ""))
    return text[:300]


def _context(a: Tag) -> str:
    """The label a link sits under: its menu's parent item, its table row, or the heading before it."""
    li = a.find_parent("li")
    if li is not None:
        parent_li = li.find_parent("li")
        if parent_li is not None:
            label = parent_li.find(["a", "span", "button"], recursive=False) or parent_li
            text = squash(label.get_text(" ")) if label is not parent_li else ""
            if text:
                return text[:200]
    tr = a.find_parent("tr")
    if tr is not None:
        row = squash(tr.get_text(" "))
        own = _link_text(a)
        if row and row != own:
            return row[:200]
    heading = a.find_previous(_HEADINGS)
    if heading is not None:
        return squash(heading.get_text(" "))[:200]
    return ""


def _emphasised_lines(soup: BeautifulSoup, limit: int = 3) -> list[str]:
    """Old CMS pages title their content with <font size>, <b> or <strong>, not <h1>."""
    out: list[str] = []
    for tag in soup.find_all(["font", "b", "strong", "big", "u"]):
        if tag.name == "font" and str(tag.get("size") or "").strip("+") not in ("3", "4", "5", "6", "7"):
            continue
        if tag.find_parent("a") is not None or tag.find("a") is not None or _in_boiler(tag):
            continue
        text = squash(tag.get_text(" "))
        if 4 <= len(text) <= 120 and text not in out:
            out.append(text)
        if len(out) >= limit:
            break
    return out


def parse_html(html: str, base_url: str) -> dict:
    """Title, headings, main text (without menus and footers) and links of one page."""
    soup = BeautifulSoup(html, "lxml")
    base = soup.find("base", href=True)
    if isinstance(base, Tag):
        base_url = urljoin(base_url, str(base["href"]))
    title = squash(soup.title.get_text(" ")) if soup.title else ""
    for tag in soup(list(_DROP_TAGS)):
        tag.decompose()

    links: list[Link] = []
    seen: set[tuple[str, str]] = set()
    anchors = soup.find_all(["a", "area", "iframe"])
    for a in anchors:
        href = str(a.get("href") or a.get("src") or "").strip()
        if not href or href.startswith("#"):
            continue
        scheme = urlsplit(href).scheme.lower()
        if scheme in ("javascript", "mailto", "tel", "data", "vbscript", "file", "sms", "line"):
            url = href
        else:
            try:
                url = urljoin(base_url, href)
            except ValueError:
                continue
            scheme = urlsplit(url).scheme.lower() or "http"
        text = _link_text(a) if a.name != "iframe" else squash(str(a.get("title") or "iframe"))
        key = (url, text)
        if key in seen:
            continue
        seen.add(key)
        links.append(Link(url=url, text=text, context=_context(a), nav=_in_boiler(a), scheme=scheme))
        if len(links) >= MAX_LINKS:
            break

    headings = []
    for h in soup.find_all(_HEADINGS):
        if not _in_boiler(h):
            text = squash(h.get_text(" "))
            if text and text not in headings:
                headings.append(text[:300])

    if not headings:
        headings = _emphasised_lines(soup)

    for tag in soup.find_all(lambda t: isinstance(t, Tag) and _is_boiler(t)):
        if not tag.decomposed:
            tag.decompose()
    body = soup.body or soup
    images = len(body.find_all("img"))
    text = "\n".join(squash(s) for s in body.stripped_strings)
    forms = len(soup.find_all("form"))
    return {
        "title": title,
        "headings": headings[:50],
        "text": text[:MAX_TEXT],
        "links": links,
        "forms": forms,
        "images": images,
    }
