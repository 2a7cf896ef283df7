"""Reference for bench/compare_parse.py: ``crawler.parse`` and ``common.thai.clean``/``squash``/
``key`` as they were before page parsing moved from BeautifulSoup to lxml (copied unchanged;
only the thai import is replaced by the copy below). Not used by the crawler.

HTML page -> title, headings, main text and links with their anchor text and context.

Everything here reads untrusted text: :func:`parse_html` never raises on any input, keeps at
most ``MAX_TEXT`` characters of text and ``MAX_LINKS`` links, and records links it will not
follow (``javascript:``, ``mailto:``, ``tel:``, ``data:``, malformed) with their scheme.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from common.facts import Link

# ------------------------------------------------------------- common.thai (before)
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_DIGIT_MAP = str.maketrans(THAI_DIGITS, "0123456789")

# Microsoft's private-use Thai glyph variants (U+F700–U+F71A) found in old Word PDFs.
_PUA = {
    0xF700: "\u0e10", 0xF701: "\u0e34", 0xF702: "\u0e35", 0xF703: "\u0e36", 0xF704: "\u0e37",
    0xF705: "\u0e48", 0xF706: "\u0e49", 0xF707: "\u0e4a", 0xF708: "\u0e4b", 0xF709: "\u0e4c",
    0xF70A: "\u0e48", 0xF70B: "\u0e49", 0xF70C: "\u0e4a", 0xF70D: "\u0e4b", 0xF70E: "\u0e4c",
    0xF70F: "\u0e0d", 0xF710: "\u0e31", 0xF711: "\u0e4d", 0xF712: "\u0e47", 0xF713: "\u0e48",
    0xF714: "\u0e49", 0xF715: "\u0e4a", 0xF716: "\u0e4b", 0xF717: "\u0e4c", 0xF718: "\u0e38",
    0xF719: "\u0e39", 0xF71A: "\u0e3a",
}
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_UPPER_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_SPACE_BEFORE_MARK = re.compile(f"[ \\t]+(?=[{_UPPER_MARK}])")
# Word/AngsanaNew PDFs extract the nikhahit of sara am as a space: "ท า" for "ทำ".
# Only apply after a consonant (+ optional tone) that is itself preceded by a Thai letter,
# so that a real "word า" boundary (rare) is not merged across two Thai words wrongly.
_WORD_SARA_AM = re.compile("([\u0e01-\u0e2e][\u0e48-\u0e4b]?)[ \\t]+\u0e32")
_TONE_BEFORE_VOWEL = re.compile("([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e37])")
_DOUBLED_MARK = re.compile("([\u0e48-\u0e4c])\\1+")
_SPACES = re.compile("[ \\t\u00a0\u3000]+")
_BLANK_LINES = re.compile("\n\\s*\n+")


def clean(text: str | None) -> str:
    """Normalise Thai text once: NFC, zero-width, sara am forms, mark order, spacing.

    Thai digits are kept (they are what a reader sees); :func:`key` maps them for matching.
    """
    if not text:
        return ""
    s = unicodedata.normalize("NFC", text.translate(_PUA))
    s = _ZERO_WIDTH.sub("", s)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _SPACES.sub(" ", s)
    for _ in range(4):  # the repairs can uncover one another: repeat until nothing changes
        before = s
        s = s.replace("\u0e4d\u0e32", "\u0e33")  # decomposed sara am (OCR, NFKC)
        s = s.replace("\u0e33\u0e32", "\u0e33")  # LibreOffice PDF read without ActualText
        s = s.replace("\u0e40\u0e40", "\u0e41")  # เเ typed for แ
        s = _WORD_SARA_AM.sub("\\1\u0e33", s)
        s = _SPACE_BEFORE_MARK.sub("", s)
        s = _TONE_BEFORE_VOWEL.sub(r"\2\1", s)
        s = _DOUBLED_MARK.sub(r"\1", s)
        s = unicodedata.normalize("NFC", s)
        if s == before:
            break
    s = "\n".join(line.strip() for line in s.split("\n"))
    s = _BLANK_LINES.sub("\n\n", s)
    return s.strip()


def arabic_digits(text: str) -> str:
    """Thai digits to ASCII digits (๒๕๖๘ -> 2568)."""
    return text.translate(_DIGIT_MAP)


@lru_cache(maxsize=65536)
def key(text: str | None) -> str:
    """Matching key: cleaned, lower-cased, ASCII digits, no whitespace."""
    return re.sub(r"\s+", "", arabic_digits(clean(text)).lower())


def squash(text: str | None) -> str:
    """Cleaned text on one line (for titles, link texts, reasons)."""
    return " ".join(clean(text).split())


# ------------------------------------------------------------- crawler.parse (before)
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
MAX_SCRIPT_LINKS = 300
MAX_OTHER_URL = 300  # javascript:/data: URLs are kept short: they are recorded, never followed
_NOT_FOLLOWED = ("javascript", "mailto", "tel", "data", "vbscript", "file", "sms", "line", "about")

# ------------------------------------------------------------- challenge / block pages
# A WAF or bot check answered with 200 instead of the page: never evidence. Markers that only
# such pages carry (Cloudflare injects challenge-platform/scripts/jsd into normal pages too, so
# that one is not a marker).
_CHALLENGE_MARKERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Cloudflare", ("window._cf_chl_opt", "cf-browser-verification", "cf_chl_", "cf-challenge",
                    "/cdn-cgi/challenge-platform/h/", "cf-error-details")),
    ("F5 BIG-IP", ("the requested url was rejected. please consult with your administrator",)),
    ("Imperva Incapsula", ("_incapsula_resource", "incapsula incident id")),
    ("Sucuri", ("sucuri website firewall",)),
    ("DDoS-Guard", ("ddos-guard.net/", "check.ddos-guard")),
    ("Akamai", ("you don't have permission to access", "errors.edgesuite.net")),
)
_CHALLENGE_TITLE = re.compile(
    r"^\W*(just a moment|attention required|checking your browser|please wait while we verify|"
    r"access denied|request rejected|web page blocked|ddos-guard|one moment,? please|"
    r"security check|are you a robot|verify you are human|human verification|captcha)",
    re.I,
)
_CAPTCHA = re.compile(r"g-recaptcha|h-captcha|hcaptcha|cf-turnstile|captcha", re.I)


def challenge_vendor(html: str, title: str, text: str, links: int) -> str:
    """Who answered instead of the site (``Cloudflare``, ``captcha`` ...), or "" for a real page."""
    head = re.sub(r"\s+", " ", html[:100_000]).lower()
    for vendor, markers in _CHALLENGE_MARKERS:
        if any(m in head for m in markers):
            return vendor
    short = len(text) < 400 and links <= 5
    if title and _CHALLENGE_TITLE.match(title) and (short or len(text) < 1500):
        return "challenge page"
    if short and _CAPTCHA.search(head) and "<textarea" not in head:  # a complaint form has one
        return "captcha"
    return ""


def content_lines(text: str, drop: tuple[str, ...] = ()) -> frozenset[str]:
    """A page's text lines as matching keys (digits folded), without lines that contain any of
    ``drop`` (a soft-404 page echoes the path asked for): to compare two pages' content."""
    out = set()
    for line in text.split("\n")[:400]:
        if any(d and d in line for d in drop):
            continue
        k = re.sub(r"\d+", "0", key(line))
        if k:
            out.add(k)
    return frozenset(out)


# ------------------------------------------------------------- links built by JavaScript
_SCRIPT_ANCHOR = re.compile(
    r"""<a\b[^>]*?\bhref\s*=\s*\\?["']([^"'\\<>]+)\\?["'][^>]{0,500}>(.{0,500}?)</a""", re.I | re.S
)
_STRING = re.compile(r"""(["'])((?:\\.|(?!\1)[^\\\n]){1,400})\1""")
_URLISH = re.compile(
    r"""^(?:https?://[^\s"'<>]+|/[^/\s"'<>][^\s"'<>]*|"""
    r"""(?:\.\.?/)*[\w\-./%\u0e00-\u0e7f]+\.(?:html?|php|aspx?|jsp|shtml|pdf|docx?|xlsx?)(?:\?[^\s"'<>]*)?)$""",
    re.I,
)
_RISKY_PATH = re.compile(
    r"(?:^|[/._-])(api|ajax|wp-json|wp-admin|admin|login|logout|signout|vote|delete|remove|"
    r"cdn-cgi|captcha)(?:$|[/._?=-])",
    re.I,
)
_TAGS = re.compile(r"<[^>]*>")


def _script_label(text: str) -> str:
    label = squash(_TAGS.sub(" ", text.replace("\\n", " ")))
    if not label or len(label) > 100 or _URLISH.match(label) or not re.search(r"[^\W\d_]", label):
        return ""
    return label


def _script_urls(code: str, fallback_label: str = "") -> list[tuple[str, str]]:
    """(url, label) pairs a script would navigate to: HTML it writes, and string literals that
    are page or document addresses (the label is the string just before: menu arrays)."""
    out: list[tuple[str, str]] = []
    for m in _SCRIPT_ANCHOR.finditer(code):
        out.append((m.group(1).replace("\\/", "/"), _script_label(m.group(2))))
    previous = ""
    for m in _STRING.finditer(code):
        value = m.group(2).replace("\\/", "/").strip()
        if "<" in value:  # HTML written by the script: handled above
            previous = ""
            continue
        if _URLISH.match(value):
            out.append((value, previous or fallback_label))
            previous = ""
        else:
            previous = _script_label(value)
        if len(out) >= MAX_SCRIPT_LINKS:
            break
    return out


def _follow_worthy(url: str, base_host: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() != base_host:
        return False
    return not _RISKY_PATH.search(parts.path)


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


def _parent_named(tag: Tag, name: str) -> Tag | None:
    p = tag.parent
    while p is not None and p.name != name:
        p = p.parent
    return p


def _headings_before(soup: BeautifulSoup) -> dict[int, Tag | None]:
    """For each link element, the last heading before it in document order: one pass per page
    instead of a walk back through the document per link."""
    table: dict[int, Tag | None] = {}
    current = None
    for el in soup.find_all([*_HEADINGS, "a", "area", "iframe", "frame"]):
        if el.name in _HEADINGS:
            current = el
        else:
            table[id(el)] = current
    return table


def _context(a: Tag, before: dict[int, Tag | None]) -> str:
    """The label a link sits under: its menu's parent item, its table row, or the heading before it."""
    li = _parent_named(a, "li")
    if li is not None:
        parent_li = _parent_named(li, "li")
        if parent_li is not None:
            label = parent_li.find(["a", "span", "button"], recursive=False) or parent_li
            text = squash(label.get_text(" ")) if label is not parent_li else ""
            if text:
                return text[:200]
    tr = _parent_named(a, "tr")
    if tr is not None:
        row = squash(tr.get_text(" "))
        own = _link_text(a)
        if row and row != own:
            return row[:200]
    heading = before.get(id(a))
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


def resolve_link(href: str, base_url: str) -> tuple[str, str] | None:
    """(url, scheme) of an href as a browser reads it; None for empty and same-page anchors.

    http(s) URLs come back absolute with a host; ``javascript:``, ``mailto:``, ``data:`` ... are
    kept as written (shortened) with their scheme; what cannot be a URL gets scheme "invalid".
    """
    href = href.strip().replace("\\", "/") if href.strip()[:1] in ("\\", "/") else href.strip()
    href = "".join(ch for ch in href if ch not in "\t\n\r")  # browsers drop these in URLs
    if not href or href.startswith("#"):
        return None
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return href[:MAX_OTHER_URL], "invalid"
    if scheme in _NOT_FOLLOWED:
        if scheme == "data":
            return href.split(",", 1)[0][:100] + ",...", scheme
        return href[:MAX_OTHER_URL], scheme
    try:
        url = urljoin(base_url, href)
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return href[:MAX_OTHER_URL], "invalid"
    scheme = parts.scheme.lower()
    if scheme in ("http", "https") and not parts.hostname:
        return url[:MAX_OTHER_URL], "invalid"
    if scheme not in ("http", "https"):
        return url[:MAX_OTHER_URL], scheme or "invalid"
    return url, scheme


def _clean_input(html: str) -> str:
    if not isinstance(html, str):
        html = str(html or "")
    # Lone surrogates and NULs (broken pages, hostile input) make lxml refuse the whole page.
    return html.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


def parse_html(html: str, base_url: str) -> dict:
    """Title, headings, main text (without menus and footers) and links of one page.

    ``script_links`` counts links found only in inline JavaScript (a menu built by script):
    they are added to ``links`` (as menu links) so the crawl reaches what a visitor sees.
    ``challenge`` names the WAF or bot check that answered instead of the page ("" if none).
    """
    html = _clean_input(html)
    soup = BeautifulSoup(html, "lxml")
    base = soup.find("base", href=True)
    if isinstance(base, Tag):
        resolved = resolve_link(str(base["href"]), base_url)
        if resolved and resolved[1] in ("http", "https"):
            base_url = resolved[0]
    title = squash(soup.title.get_text(" ")) if soup.title else ""
    try:
        base_host = (urlsplit(base_url).hostname or "").lower()
    except ValueError:
        base_host = ""
    scripted: list[tuple[str, str]] = []
    for script in soup.find_all("script"):
        if not script.get("src"):
            scripted += _script_urls(script.get_text())
    for tag in soup.find_all(attrs={"onclick": True}):
        scripted += _script_urls(str(tag.get("onclick")), _link_text(tag) if tag.name == "a" else squash(tag.get_text(" "))[:100])
    for tag in soup(list(_DROP_TAGS)):
        tag.decompose()

    links: list[Link] = []
    seen: set[tuple[str, str, str]] = set()
    times: dict[tuple[str, str], int] = {}
    anchors = soup.find_all(["a", "area", "iframe", "frame"])
    before = _headings_before(soup)
    for a in anchors:
        resolved = resolve_link(str(a.get("href") or a.get("src") or ""), base_url)
        if resolved is None:
            continue
        url, scheme = resolved
        text = _link_text(a) if a.name not in ("iframe", "frame") else squash(str(a.get("title") or a.name))
        context = _context(a, before)
        # the same link kept in each place it sits, three at most (crawler.parse.SAME_LINK_TIMES)
        if (url, text, context) in seen or times.get((url, text), 0) >= 3:
            continue
        seen.add((url, text, context))
        times[(url, text)] = times.get((url, text), 0) + 1
        links.append(Link(url=url, text=text, context=context, nav=_in_boiler(a), scheme=scheme))
        if len(links) >= MAX_LINKS:
            break

    known = {lk.url for lk in links}
    script_links = 0
    for href, label in scripted:
        if len(links) >= MAX_LINKS or script_links >= MAX_SCRIPT_LINKS:
            break
        resolved = resolve_link(href, base_url)
        if resolved is None or not _follow_worthy(resolved[0], base_host) or resolved[0] in known:
            continue
        known.add(resolved[0])
        links.append(Link(url=resolved[0], text=label, nav=True, scheme=resolved[1]))
        script_links += 1

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
    text = text[:MAX_TEXT]
    return {
        "title": title[:500],
        "headings": headings[:50],
        "text": text,
        "links": links,
        "forms": forms,
        "images": images,
        "script_links": script_links,
        "challenge": challenge_vendor(html, title, text, len(anchors)),
    }
