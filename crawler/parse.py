"""HTML page -> title, headings, main text and links with their anchor text and context.

Everything here reads untrusted text: :func:`parse_html` never raises on any input, keeps at
most ``MAX_TEXT`` characters of text and ``MAX_LINKS`` links, and records links it will not
follow (``javascript:``, ``mailto:``, ``tel:``, ``data:``, malformed) with their scheme.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from lxml import etree

from common.facts import Link
from common.thai import key, squash

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
SAME_LINK_TIMES = 3  # the same address and text, kept in this many different places of a page
LAYOUT_ROW_CHARS = 2000  # a table row with more text than this is a page's layout (a data row is shorter)
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
# The markers are looked for in the page with its whitespace runs read as one space: those
# with a space as patterns (a space matches any run), the others as they are.
_MARKER_TESTS: tuple[tuple[str, tuple, tuple], ...] = tuple(
    (vendor,
     tuple(m for m in markers if " " not in m),
     tuple(re.compile(r"\s+".join(map(re.escape, m.split(" ")))) for m in markers if " " in m))
    for vendor, markers in _CHALLENGE_MARKERS
)


def challenge_vendor(html: str, title: str, text: str, links: int) -> str:
    """Who answered instead of the site (``Cloudflare``, ``captcha`` ...), or "" for a real page."""
    head = html[:100_000].lower()
    for vendor, plain, spaced in _MARKER_TESTS:
        if any(m in head for m in plain) or any(p.search(head) for p in spaced):
            return vendor
    short = len(text) < 400 and links <= 5
    if title and _CHALLENGE_TITLE.match(title) and (short or len(text) < 1500):
        return "challenge page"
    if short and _CAPTCHA.search(head) and "<textarea" not in head:  # a complaint form has one
        return "captcha"
    return ""


def comparable_lines(text: str, drop: tuple[str, ...] = ()) -> frozenset[str]:
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


def _script_urls(code: str, fallback_label: str | Callable[[], str] = "") -> list[tuple[str, str]]:
    """(url, label) pairs a script would navigate to: HTML it writes, and string literals that
    are page or document addresses (the label is the string just before: menu arrays).
    ``fallback_label`` may be a function, called only if a label is needed."""
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
            if not previous and callable(fallback_label):
                fallback_label = fallback_label()
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


_C0_OR_SPACE = "".join(map(chr, range(0x21)))  # what browsers (and urlsplit) strip from a URL's ends


def _prepare_href(href: str) -> str:
    href = href.strip().strip(_C0_OR_SPACE)
    if href[:1] in ("\\", "/"):
        href = href.replace("\\", "/")
    if "\t" in href or "\n" in href or "\r" in href:  # browsers drop these in URLs
        href = href.replace("\t", "").replace("\n", "").replace("\r", "")
    return href


def resolve_link(href: str, base_url: str) -> tuple[str, str] | None:
    """(url, scheme) of an href as a browser reads it; None for empty and same-page anchors.

    http(s) URLs come back absolute with a host; ``javascript:``, ``mailto:``, ``data:`` ... are
    kept as written (shortened) with their scheme; what cannot be a URL gets scheme "invalid".
    """
    return _resolve(_prepare_href(href), base_url)


def _resolve(href: str, base_url: str) -> tuple[str, str] | None:
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


# Menus repeat on every page of a site: resolved hrefs are remembered across pages. What
# urljoin makes of "/path" depends only on the base's scheme and host, of "http(s)://host..."
# only on the base's scheme; anything else is remembered with the whole base URL.
_ABSOLUTE_HTTP = re.compile(r"https?://[^/?#]", re.I)
_RESOLVED: dict[tuple[str, str, str, str], tuple[str, str] | None] = {}
_RESOLVED_MAX = 50_000


class _Resolver:
    __slots__ = ("base_url", "scheme", "netloc")

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.scheme: str | None = None
        self.netloc = ""
        if base_url and isinstance(base_url, str):
            try:
                parts = urlsplit(base_url)
            except ValueError:  # urljoin fails with this base whatever the href: no shortcut
                return
            self.scheme, self.netloc = parts.scheme, parts.netloc

    def __call__(self, href: str) -> tuple[str, str] | None:
        href = _prepare_href(href)
        if self.scheme is None:
            key = ("", href, self.base_url, "")
        elif href[:1] == "/" and href[1:2] != "/":
            key = ("p", href, self.scheme, self.netloc)
        elif _ABSOLUTE_HTTP.match(href):
            key = ("a", href, self.scheme, "")
        else:
            key = ("", href, self.base_url, "")
        try:
            return _RESOLVED[key]
        except KeyError:
            pass
        resolved = _resolve(href, self.base_url)
        if len(_RESOLVED) >= _RESOLVED_MAX:
            _RESOLVED.clear()
        _RESOLVED[key] = resolved
        return resolved


def _clean_input(html: str) -> str:
    if not isinstance(html, str):
        html = str(html or "")
    # Lone surrogates and NULs (broken pages, hostile input) make lxml refuse the whole page.
    return html.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


# ------------------------------------------------------------- the page as a tree
# The page is parsed by libxml2 (through lxml) and walked once. What the walk records follows
# BeautifulSoup's reading of the same libxml2 parse (the parser used before, kept by the tests
# and by bench/compare_parse.py as the reference): a text run between two tags is one string;
# a run of ASCII whitespace outside <pre>/<textarea> reads as one space or one newline; the
# text inside <script>, <style>, <template>, <rt> and <rp> (at any depth) is no element's text
# but their own; comments are not text. Script, style, noscript, template and svg elements do
# not count for links, headings and text; menus, headers and footers do not count for text.
_CONTAINERS = frozenset(("rt", "rp", "style", "script", "template"))
_PRESERVE = frozenset(("pre", "textarea"))
_ASCII_SPACES = " \n\t\x0c\r"
_DROP = frozenset(_DROP_TAGS)
_BOILER = frozenset(_BOILER_TAGS)
_BOILER_ROLES = ("navigation", "banner", "contentinfo")
_ANCHORS = frozenset(("a", "area", "iframe", "frame"))
_HEADING_SET = frozenset(_HEADINGS)
_EMPHASIS = frozenset(("font", "b", "strong", "big", "u"))
_FONT_SIZES = ("3", "4", "5", "6", "7")
_LABELS = ("a", "span", "button")


_PAGE_TAGS = frozenset(("html", "body"))
# A wrapper's class saying what the layout has ("has-sidebar", "with-header", "no-sidebars",
# "two-sidebars"): the wrapper holds the content beside them, it is none of them.
_LAYOUT_CLASS = re.compile(r"^(?:(?:has|with|without|no|one|two|three)[-_]|elementor-)", re.I)  # (page builders' own)


def _is_boiler(el, name: str) -> bool:
    """A menu, header, footer or sidebar by its tag, role, class or id. A header inside an
    article or the main content is that article's own (WordPress's ``<header class="entry-header">
    <h1 class="entry-title">``: the post's title), not the site's banner."""
    if name in _PAGE_TAGS or name in _CONTENT_TAGS:
        # a class of <body> names the layout (Drupal's "sidebar-left"); <main> and <article> are
        # the content whatever their class says (Elementor's "elementor-widget-container")
        return False
    role = el.get("role")
    if role in _BOILER_ROLES:
        return True
    cls = el.get("class")
    ident = el.get("id")
    if name in _BOILER:
        return not (name == "header" and _in_content(el))
    if not cls and not ident:
        return False
    hints = " ".join(w for w in (cls or "").split() if not _LAYOUT_CLASS.match(w)) + " " + (ident or "")
    if not _BOILER_HINT.search(hints):
        return False
    return not (_HEADER_HINT.search(hints) and not _OTHER_HINT.search(hints) and _in_content(el))


_HEADER_HINT = re.compile(r"(^|[-_\s])header([-_\s\d]|$)", re.I)
_OTHER_HINT = re.compile(r"(^|[-_\s])(nav|navbar|menu|menubar|mainmenu|topmenu|sidebar|side-bar|footer|"
                         r"breadcrumb|dropdown|submenu|widget|banner|marquee|topbar|copyright)([-_\s\d]|$)", re.I)
_CONTENT_TAGS = frozenset(("article", "main"))


def _in_content(el) -> bool:
    """``el`` sits inside an <article> or <main> (its header is the article's own)."""
    parent = el.getparent()
    while parent is not None:
        if parent.tag in _CONTENT_TAGS:
            return True
        parent = parent.getparent()
    return False


_DEEP = 250  # libxml2 builds trees 256 elements deep at most and drops the rest of the page


def _parse_tree(html: str, deep: bool = False) -> list:
    """The top-level nodes of the page (text after </html> makes a second <html>), or [].

    ``deep``: build the tree from the parser's events as BeautifulSoup did (:class:`_Events`),
    without libxml2's depth limit; several times slower, so only for pages nested deeper
    than libxml2's own tree goes.
    """
    if html[:1] == "\ufeff":
        html = html[1:]
    if deep:
        events = _Events()
        with contextlib.suppress(Exception):  # whatever libxml2 says, the events so far are the page
            parser = etree.HTMLParser(target=events, recover=True, huge_tree=False)
            parser.feed(html)
            parser.close()
        return events.close()
    try:
        parser = etree.HTMLParser(recover=True, huge_tree=False)
        parser.feed(html)
        root = parser.close()
    except Exception:  # whatever libxml2 says, the page is then empty
        return []
    if root is None:
        return []
    return [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]


class _Node:
    """An element (or, with tag None, a comment) of a tree built by :class:`_Events`: the part
    of lxml's element API that :class:`_Page` uses."""

    __slots__ = ("tag", "attrib", "children", "text", "tail")

    def __init__(self, tag: str | None, attrib: dict[str, str]) -> None:
        self.tag = tag
        self.attrib = attrib
        self.children: list[_Node] = []
        self.text: str | None = None
        self.tail: str | None = None

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrib.get(name, default)

    def __iter__(self):
        return iter(self.children)

    def iterdescendants(self, tag: str):
        stack = self.children[::-1]
        while stack:
            node = stack.pop()
            if node.tag == tag:
                yield node
            stack += node.children[::-1]


class _Events:
    """lxml parser target: the tree BeautifulSoup built from the same events (text between
    two events is one string; an end tag closes the innermost open element of its name)."""

    def __init__(self) -> None:
        self.top: list[_Node] = []
        self.open: list[_Node] = []
        self.pending: list[str] = []

    def _flush(self) -> None:
        if not self.pending:
            return
        text = "".join(self.pending)
        self.pending = []
        siblings = self.open[-1].children if self.open else self.top
        if siblings:
            siblings[-1].tail = (siblings[-1].tail or "") + text
        elif self.open:
            self.open[-1].text = (self.open[-1].text or "") + text
        else:
            holder = _Node(None, {})
            holder.tail = text
            self.top.append(holder)

    def _add(self, node: _Node) -> None:
        self._flush()
        (self.open[-1].children if self.open else self.top).append(node)

    def start(self, tag, attrib, nsmap=None) -> None:
        node = _Node(str(tag), dict(attrib))
        self._add(node)
        self.open.append(node)

    def end(self, tag) -> None:
        self._flush()
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i].tag == tag:
                del self.open[i:]
                break

    def data(self, text) -> None:
        self.pending.append(text)

    def comment(self, text) -> None:
        self._add(_Node(None, {}))

    def pi(self, target, data=None) -> None:
        self._add(_Node(None, {}))

    def doctype(self, *args) -> None:
        self._add(_Node(None, {}))

    def close(self) -> list[_Node]:
        self._flush()
        return self.top


class _Page:
    """One walk over the tree: strings in document order (with the kind of each) and, per
    element, where its strings start and end; the elements parse_html asks about."""

    def __init__(self, roots: list) -> None:
        vals: list[str] = []  # every string, in document order
        kinds: list[str] = []  # "" for text, else the container (script, rt ...) it sits in
        live: list[str | None] = []  # text outside dropped elements (script, svg ...)
        shown: list[str | None] = []  # ... and outside menus, headers and footers
        # element -> [first string, end string, node index, end node index, has a live <a> inside]
        spans: dict = {}
        self.vals, self.kinds, self.live, self.shown, self.spans = vals, kinds, live, shown, spans
        self.base = self.title = self.body = None
        self.scripts: list = []
        self.onclicks: list = []
        self.anchors: list = []  # (element, heading before, nav, li above, tr above)
        self.headings: list = []  # not dropped, not in a menu
        self.emphasis: list = []  # (element, inside an <a>, in a menu)
        self.images: list = []  # (node index, shown)
        self.img_live: dict = {}  # img element -> not dropped
        self.live_a: set = set()  # <a> elements not dropped
        self.li_above: dict = {}  # li -> the li it sits in
        self.forms = 0
        self.deep = False  # as deep as libxml2's tree goes: parse again with _parse_tree(deep=True)
        self._squashed: dict = {}
        self._layout: dict = {}  # tr -> is it a row of the layout, not of data
        heading = None
        node = 0

        def add(s: str, kind: str, pre: bool, dropped: bool, removed: bool) -> None:
            if not pre and not s.strip(_ASCII_SPACES):
                s = "\n" if "\n" in s else " "
            vals.append(s)
            kinds.append(kind)
            if kind:
                live.append(None)
                shown.append(None)
            else:
                live.append(None if dropped else s)
                shown.append(None if removed else s)

        # state of an open element: (kind, pre, dropped, boiler, li, tr, in_a)
        top_state = ("", False, False, False, None, None, False)
        for top in roots:
            if not isinstance(top.tag, str):
                if top.tail:
                    add(top.tail, "", False, False, False)
                continue
            stack: list = []
            parent = top_state
            el = top
            while True:
                if el is not None:  # enter el, a child of the element whose state is `parent`
                    name = el.tag
                    kind, pre, dropped, boiler, li, tr, in_a = parent
                    if name in _CONTAINERS:
                        kind = name
                    if name in _PRESERVE:
                        pre = True
                    if name in _DROP:
                        dropped = True
                    was_boiler = boiler
                    if not boiler and _is_boiler(el, name):
                        boiler = True
                    span = [len(vals), 0, node, 0, False]
                    spans[el] = span
                    node += 1
                    if name == "script":
                        self.scripts.append(el)
                    elif name == "title":
                        if self.title is None:
                            self.title = el
                    elif name == "base":
                        if self.base is None and el.get("href") is not None:
                            self.base = el
                    elif name == "img":
                        self.images.append((span[2], not (dropped or boiler)))
                        self.img_live[el] = not dropped
                    elif name == "form":
                        if not (dropped or boiler):
                            self.forms += 1
                    elif name == "body" and self.body is None and not (dropped or boiler):
                        self.body = el
                    if el.get("onclick") is not None:
                        self.onclicks.append(el)
                    if not dropped:
                        if name in _ANCHORS:
                            self.anchors.append((el, heading, was_boiler, li, tr))
                            if name == "a":
                                self.live_a.add(el)
                        elif name in _HEADING_SET:
                            heading = el
                            if not was_boiler:
                                self.headings.append(el)
                        elif name in _EMPHASIS:
                            self.emphasis.append((el, in_a, was_boiler))
                        elif name == "li":
                            self.li_above[el] = li
                            li = el
                        elif name == "tr":
                            tr = el
                    if name == "a":
                        in_a = True
                    state = (kind, pre, dropped, boiler, li, tr, in_a)
                    text = el.text
                    if text:
                        add(text, kind, pre, dropped, dropped or boiler)
                    stack.append((el, iter(el), span, parent, state))
                    if len(stack) >= _DEEP:
                        self.deep = True
                    parent = state
                    el = None
                    continue
                # next child of the innermost open element
                current, children, span, above, state = stack[-1]
                for child in children:
                    if isinstance(child.tag, str):
                        el = child
                        break
                    tail = child.tail  # a comment or processing instruction: only its tail
                    if tail:
                        add(tail, state[0], state[1], state[2], state[2] or state[3])
                if el is not None:
                    continue
                stack.pop()
                span[1] = len(vals)
                span[3] = node
                if stack and (span[4] or current in self.live_a):
                    stack[-1][2][4] = True
                if not stack:
                    if current.tail:  # text between top-level elements (whitespace)
                        add(current.tail, "", False, False, False)
                    break
                parent = above
                tail = current.tail
                if tail:
                    add(tail, above[0], above[1], above[2], above[2] or above[3])

    # -- text of one element, as bs4's get_text(" ") reads it
    def text_live(self, el) -> str:
        """Text of an element that is not dropped, with dropped elements left out."""
        span = self.spans[el]
        return " ".join([s for s in self.live[span[0]:span[1]] if s is not None])

    def text_all(self, el, sep: str = " ") -> str:
        """Text of an element in the whole tree (before script, svg ... are dropped)."""
        span = self.spans[el]
        name = el.tag
        want = name if name in _CONTAINERS else ""
        lo, hi = span[0], span[1]
        return sep.join([s for s, k in zip(self.vals[lo:hi], self.kinds[lo:hi], strict=True) if k == want])

    def squashed(self, el) -> str:
        try:
            return self._squashed[el]
        except KeyError:
            text = self._squashed[el] = squash(self.text_live(el))
            return text

    def link_text(self, a, whole: bool = False) -> str:
        text = squash(self.text_all(a)) if whole else self.squashed(a)
        if not text:
            for img in a.iterdescendants("img"):
                if whole or self.img_live[img]:
                    text = squash(str(img.get("alt") or img.get("title") or ""))
                    break
        if not text:
            text = squash(str(a.get("title") or a.get("aria-label") or ""))
        return text[:300]

    def context(self, a, heading, li, tr) -> str:
        """The label a link sits under: its menu's parent item, its table row, or the heading before it."""
        if li is not None:
            parent_li = self.li_above[li]
            if parent_li is not None:
                label = None
                for child in parent_li:
                    if child.tag in _LABELS:
                        label = child
                        break
                text = self.squashed(label) if label is not None else ""
                if text:
                    return text[:200]
        if tr is not None and not self.layout_row(tr):
            row = self.squashed(tr)
            if row and row != self.link_text(a):
                return row[:200]
        if heading is not None:
            return self.squashed(heading)[:200]
        return ""

    def layout_row(self, tr) -> bool:
        """A row of a page's layout table, not of a table of data: it holds another table (an old
        site's side column, menu and content side by side) or a page's worth of text."""
        try:
            return self._layout[tr]
        except KeyError:
            found = self._layout[tr] = (tr.find(".//table") is not None
                                        or len(self.squashed(tr)) > LAYOUT_ROW_CHARS)
            return found

    def emphasised_lines(self, limit: int = 3) -> list[str]:
        """Old CMS pages title their content with <font size>, <b> or <strong>, not <h1>."""
        out: list[str] = []
        for tag, in_a, in_boiler in self.emphasis:
            if tag.tag == "font" and str(tag.get("size") or "").strip("+") not in _FONT_SIZES:
                continue
            if in_a or in_boiler or self.spans[tag][4]:
                continue
            text = self.squashed(tag)
            if 4 <= len(text) <= 120 and text not in out:
                out.append(text)
            if len(out) >= limit:
                break
        return out

    def main_text(self) -> str:
        """The page's text without menus, headers, footers, scripts: one line a string."""
        if self.body is not None:
            span = self.spans[self.body]
            strings = self.shown[span[0]:span[1]]
        else:
            strings = self.shown
        lines = [s.strip() for s in strings if s is not None]
        return "\n".join([squash(s) for s in lines if s])

    def image_count(self) -> int:
        if self.body is None:
            return sum(1 for _, shown in self.images if shown)
        span = self.spans[self.body]
        lo, hi = span[2], span[3]
        return sum(1 for index, shown in self.images if shown and lo < index < hi)


def parse_html(html: str, base_url: str) -> dict:
    """Title, headings, main text (without menus and footers) and links of one page.

    ``script_links`` counts links found only in inline JavaScript (a menu built by script):
    they are added to ``links`` (as menu links) so the crawl reaches what a visitor sees.
    ``challenge`` names the WAF or bot check that answered instead of the page ("" if none).
    """
    html = _clean_input(html)
    deep = len(html) > 5_000_000  # libxml2 also caps the text its own tree keeps
    page = _Page(_parse_tree(html, deep))
    if page.deep and not deep:
        page = _Page(_parse_tree(html, deep=True))
    if page.base is not None:
        resolved = resolve_link(str(page.base.get("href")), base_url)
        if resolved and resolved[1] in ("http", "https"):
            base_url = resolved[0]
    title = squash(page.text_all(page.title)) if page.title is not None else ""
    try:
        base_host = (urlsplit(base_url).hostname or "").lower()
    except ValueError:
        base_host = ""
    scripted: list[tuple[str, str]] = []
    for script in page.scripts:
        if not script.get("src"):
            scripted += _script_urls(page.text_all(script, ""))
    for tag in page.onclicks:
        if tag.tag == "a":
            label: Callable[[], str] = lambda tag=tag: page.link_text(tag, whole=True)  # noqa: E731
        else:
            label = lambda tag=tag: squash(page.text_all(tag))[:100]  # noqa: E731
        scripted += _script_urls(str(tag.get("onclick")), label)

    resolve = _Resolver(base_url)
    links: list[Link] = []
    # The same link (address and text) is kept again where it sits in another row or under
    # another heading (a page in the left menu and again in an ITA table's row "O2 ข้อมูลผู้บริหาร":
    # the row says what it is), a few times at most (a menu repeated in the footer).
    seen: dict[tuple[str, str, str], int] = {}  # -> index in links
    times: Counter[tuple[str, str]] = Counter()
    for a, heading, nav, li, tr in page.anchors:
        resolved = resolve(str(a.get("href") or a.get("src") or ""))
        if resolved is None:
            continue
        url, scheme = resolved
        name = a.tag
        text = page.link_text(a) if name not in ("iframe", "frame") else squash(str(a.get("title") or name))
        context = page.context(a, heading, li, tr)
        if (url, text, context) in seen:
            if not nav:  # the menu's link repeated in the page's own content: the page's own
                links[seen[(url, text, context)]].nav = False
            continue
        if times[(url, text)] >= SAME_LINK_TIMES:
            continue
        seen[(url, text, context)] = len(links)
        times[(url, text)] += 1
        links.append(Link(url=url, text=text, context=context, nav=nav, scheme=scheme))
        if len(links) >= MAX_LINKS:
            break

    known = {lk.url for lk in links}
    script_links = 0
    for href, label_text in scripted:
        if len(links) >= MAX_LINKS or script_links >= MAX_SCRIPT_LINKS:
            break
        resolved = resolve(href)
        if resolved is None or not _follow_worthy(resolved[0], base_host) or resolved[0] in known:
            continue
        known.add(resolved[0])
        links.append(Link(url=resolved[0], text=label_text, nav=True, scheme=resolved[1]))
        script_links += 1

    headings: list[str] = []
    for h in page.headings:
        text = page.squashed(h)
        if text and text not in headings:
            headings.append(text[:300])
    if not headings:
        headings = page.emphasised_lines()

    text = page.main_text()[:MAX_TEXT]
    return {
        "title": title[:500],
        "headings": headings[:50],
        "text": text,
        "links": links,
        "forms": page.forms,
        "images": page.image_count(),
        "script_links": script_links,
        "challenge": challenge_vendor(html, title, text, len(page.anchors)),
    }
