"""``crawler.parse.parse_html`` (lxml, one walk) against the BeautifulSoup version it replaced.

``python bench/compare_parse.py [--pages N] [--site FOLDER] [--random N]``

Parses every page of the corpora with both implementations and compares the whole result
(title, headings, text, links with url/text/context/nav/scheme, forms, images, script_links,
challenge) page by page; compares ``common.thai.clean``/``squash``/``key`` with their old
versions on every string of those pages and on random Thai-ish text; then times both parsers
(ms per page, caches cold at the start as in a crawl) on N bench pages and on the test sites.

Corpora: every HTML file under ``tests/sites/`` and ``crawler/sample_site/`` (UTF-8, or
windows-874 as the crawler decodes it, plus the same bytes read as latin-1: mojibake); the
generated bench site (``bench/gen_site.py``; all its pages); the HTML written in
tests/test_parse.py and tests/test_fuzz.py; hostile pages written here (NULs, lone surrogates,
huge attributes, deep nesting, broken markup, ``<base href>``, text after ``</html>``, ruby,
``<pre>`` whitespace, empty and comment-only documents ...); and random pages from a seeded
generator in the manner of tests/test_fuzz.py.

The reference is bench/parse_bs4_reference.py (the module as it was, with the old thai
functions). Exit status 1 if any page differs or the new parser raises.
"""

from __future__ import annotations

import argparse
import ast
import gc
import random
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import parse_bs4_reference as ref  # noqa: E402

import common.thai as thai  # noqa: E402
import crawler.parse as new  # noqa: E402

SITE = Path("/tmp/oit-bench/site-3000-600-2569/site")
LOCAL = "http://127.0.0.1:8000/"
BASE = "http://www.example.go.th/dir/sub/page.html"


# ------------------------------------------------------------- corpora
def test_site_pages() -> list[tuple[str, str, str]]:
    out = []
    for folder in (ROOT / "tests" / "sites", ROOT / "crawler" / "sample_site"):
        for f in sorted(folder.rglob("*")):
            if f.suffix.lower() not in (".html", ".htm") or not f.is_file():
                continue
            raw = f.read_bytes()
            rel = f.relative_to(folder).as_posix()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp874", "replace")
            out.append((f"sites:{f.relative_to(ROOT)}", text, LOCAL + rel))
            if not raw.isascii():
                out.append((f"mojibake:{f.relative_to(ROOT)}", raw.decode("latin-1"), LOCAL + rel))
    return out


def bench_pages(site: Path) -> list[tuple[str, str, str]]:
    return [(f"bench:{f.relative_to(site)}", f.read_text(encoding="utf-8"),
             LOCAL + f.relative_to(site).as_posix()) for f in sorted(site.rglob("*.html"))]


def test_snippets() -> list[tuple[str, str, str]]:
    """Every string literal with markup in the parse and fuzz tests (and the link-cap page)."""
    out = []
    for name in ("test_parse.py", "test_fuzz.py"):
        tree = ast.parse((ROOT / "tests" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "<" in node.value:
                for base in (BASE, "https://example.go.th/", "http://127.0.0.1:8000/a/b/"):
                    out.append((f"{name}:{node.lineno}", node.value, base))
    out.append(("test_parse.py:link-cap", "".join(f'<a href="/p{i}.html">{i}</a>' for i in range(2050)), BASE))
    return out


THAI_TEXT = "ประกาศเทศบาลตำบลหนองบัวทอง เรื่อง แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"


def hostile_pages() -> list[tuple[str, str, str]]:
    mojibake = THAI_TEXT.encode("cp874").decode("latin-1")
    deep = "<div>" * 3000 + "<a href='/deep'>ลึก</a>" + "</div>" * 3000
    cases = {
        "empty": "", "space": "   \n\t ", "nul": "\x00", "nuls": "<a href='/x\x00y'>a\x00b</a>\x00",
        "comment only": "<!-- only a comment -->", "text only": "only text, no markup",
        "thai text only": THAI_TEXT, "doctype only": "<!DOCTYPE html>", "bom": "\ufeff<title>bom</title>x",
        "two boms": "\ufeff\ufeff<title>bom</title>", "surrogates": "\ud800<a href='/s\udfff'>x\udc00y</a>\udbff",
        "huge attribute": '<a href="/' + "a" * 300_000 + '" title="' + "ท" * 100_000 + '">big</a>',
        "huge class": '<div class="' + "x " * 50_000 + 'menu"><a href="/m">m</a></div>',
        "deep nesting": deep, "deep bold": "<b>" * 2000 + "x" * 10, "deep table": "<table><tr><td>" * 400 + "<a href=/t>t</a>",
        "deep li": "<ul><li><a href=/1>one</a>" * 300,
        "broken": "<a href='/x'<b>broken</b> <p <a>", "closers": "</a></b></p>text</div></html>",
        "angles": "<<<>>> <a href=/u>unquoted</a> < p>", "unclosed comment": "<p>a<!-- never closed <a href=/x>x</a>",
        "cdata": "<![CDATA[x]]><p>y</p>", "pi": "<?php echo 1 ?><p>y<?pi z?>w</p>",
        "xml decl": '<?xml version="1.0" encoding="utf-8"?><html><body><a href="/x">x</a></body></html>',
        "meta 874": '<meta charset="windows-874"><title>ทดสอบ</title><a href="/x">ไทย</a>',
        "mojibake": f"<title>{mojibake}</title><h1>{mojibake}</h1><a href='/m'>{mojibake}</a>",
        "base": '<base href="http://other.go.th/sub/"><a href="x.html">x</a><a href="/y">y</a>',
        "base js": '<head><base href="javascript:alert(1)//"></head><a href="x.html">x</a>',
        "base empty then real": '<base href=""><base href="http://x.go.th/a/"><a href="b">b</a>',
        "base no href": '<base target="_top"><base href="//cdn.example.go.th/x/"><a href="b">b</a>',
        "base relative": '<base href="  ../rel/ "><a href="b">b</a>', "base bad": '<base href="http://[::1"><a href="b">b</a>',
        "after html": "<html><body><p>a</p></body></html><a href='/after'>after</a> text after <h1>late</h1>",
        "after html 2": "<html><body></body></html>trailing <b>x</b><!--z-->tail2",
        "two bodies": "<body class='a'><p>one</p><body class='menu'><p>two</p>",
        "boiler body": '<body class="page-header"><h1>x</h1><a href="/a">a</a><img src=x><form></form></body>',
        "boiler html": '<html class="nav"><title>t</title><body>x<img src=i></body></html>',
        "role body": '<head><title>t</title></head><body role="banner"><p>x</p></body>',
        "svg title": "<svg><title>svg title</title><a href='/s'>s</a></svg><title>real</title>",
        "noscript img": '<a href="/n"><noscript><img alt="ns alt"></noscript></a><a href="/m"><img title="t"></a>',
        "onclick body": "<body onclick=\"location='/x.html'\"><noscript>ns</noscript>big text</body>",
        "onclick div": "<div onclick=\"go('/a.html')\"><noscript>ns</noscript><script>x</script>label</div>",
        "onclick a": "<a onclick=\"window.open('/doc.pdf')\" href=\"#\"><noscript><img alt=alt></noscript></a>",
        "onclick script": "<script onclick=\"go('/s.html')\">var a = 1;</script><style onclick=\"go('/t.html')\">p{}</style>",
        "onclick rt": "<ruby>x<rt onclick=\"go('/r.html')\">ruby text</rt></ruby>", "onclick empty": "<p onclick=''>a</p>",
        "ruby link": "<a href='/r'><ruby>漢<rt>kan</rt><rp>(</rp></ruby></a><h1>x<rp>(</rp><rt>y</rt></h1>",
        "link in rt": "<rt><a href='/in-rt'>text in rt</a></rt><rt><a href='/in-rt2'><img alt=a></a></rt>",
        "pre": "<pre>ท \x0c า</pre><pre>  </pre><textarea>  \n </textarea><p>ท<b> </b>า</p>",
        "formfeed": "<p>ท<b>\x0c</b>า</p><a href=/f>ท<i>\x0c</i>า</a><a href=/g>ท<i>\r</i>า</a>",
        "comments between": "<p>ท<!--c-->\n<!--d-->า</p><a href=/c>เ<!--x-->เ</a>",
        "crlf": "<p>line1\r\nline2\rline3</p><a href=/l>a\r\nb</a>",
        "entities": "<p>&nbsp;&#8203;&amp;&#0;&#xD800;&#x0E33;&bogus;</p><a href='/&#x41;'>&#3652;</a>",
        "forms": "<form></form><nav><form></form></nav><noscript><form></form></noscript><form>",
        "frames": "<frameset><frame src=/f1.html title=F1><frame src=/f2.html></frameset>",
        "iframe area": '<iframe src="/i.html"></iframe><iframe src="/j.html" title="j"></iframe><map><area href=/m.html alt=map></map>',
        "template svg": "<template><a href=/t>t</a><h1>th</h1></template><svg><a href=/s>s</a><h2>sh</h2></svg>",
        "menu": "<ul class='menu'><li><span>เกี่ยวกับเรา</span><ul><li><a href=/a>ประวัติ</a></li></ul></li>"
                "<li><button>บริการ</button><ul><li><a href=/b>e-service</a></li></ul></li>"
                "<li>no label<ul><li><a href=/c>c</a></li></ul></li></ul>",
        "table": "<table><tr><td><a href=/x>x</a></td></tr><tr><td>แถว</td><td><a href=/y>y</a></td></tr></table>",
        "headings": "<h1>หัวข้อ</h1><a href=/1>1</a><nav><h2>เมนู</h2><a href=/2>2</a></nav><h3></h3><a href=/3>3</a>"
                    "<h2><a href=/4>in heading</a></h2><h1>หัวข้อ</h1>",
        "emphasis": '<font size="+4">หัวข้อใหญ่มาก</font><font size=2>เล็กเกินไป</font><b><a href=/x>x</a>bold</b>'
                    "<a href=/y><strong>in link text</strong></a><strong>ตัวหนาหนึ่ง</strong><big>ใหญ่ใหญ่</big>"
                    "<u>ขีดเส้นใต้</u><b>หนาอีก</b><b><noscript><a href=/z>z</a></noscript>noscript a</b>",
        "emphasis boiler": "<div class='sidebar'><b>ด้านข้างข้าง</b></div><b>abc</b><b>ของจริงจริง</b>",
        "ids and roles": "<div id='nav-1'><a href=/a>a</a></div><div role='navigation'><a href=/b>b</a></div>"
                         "<div class='content main'><a href=/c>c</a></div><div class='x\u3000menu'><a href=/d>d</a></div>",
        "zero width": "<a href=/z>แผน\u200bงาน</a><p>\u200b</p><p>e\u200b\u0301</p><a href=/e>e\u200b\u0301</a>",
        "pua": "<a href=/p>\uf705\uf718ตำาบล</a><p>ท่ี เเผน ตํา</p>",
        "big text": "<p>" + ("ข้อความ " * 5000 + "<br>") * 3 + "</p>",
        "many links": "".join(f"<a href='/p{i % 2100}.html'>{i % 2100}</a>" for i in range(4300)),
        "js menu": """<html><head><title>แผนงาน</title><script>
            var menu = [["แผนปฏิบัติการประจำปี 2569", "/plan/action-plan.html"], ["หน้าแรก", "/"]];
            document.write('<a href="/ita/index.php?year=2569">ITA 2569</a>');</script></head>
            <body><li onclick="location.href='/news/list.html'">ข่าวสาร</li></body></html>""",
        "href kinds": "<a href='javascript:void(0)'>j</a><a href='mailto:a@b'>m</a><a href='data:,x'>d</a>"
                      "<a href='  \\\\files\\\\a.pdf '>b</a><a href='ht\ttp://x/tab'>t</a><a href='http://h:99999/'>p</a>"
                      "<a href='HTTP://WWW.EXAMPLE.GO.TH/A'>u</a><a href='//other.go.th/x'>s</a><a href='#top'>a</a>"
                      "<a href='?q=1'>q</a><a href=''>e</a><a src='/src-on-a'>src</a><a href='http:///x'>h3</a>"
                      "<a href='https://?x'>hq</a><a href='/./a/../b/.'>dots</a><a href='/a;p?q#f'>params</a>",
        "challenge": "<title>Just a moment...</title><script>window._cf_chl_opt={}</script>",
        "upper tags": "<HTML><BODY><A HREF='/UP' CLASS='MENU'>UP</A><H1>UPPER</H1></BODY></HTML>",
        "dup attrs": "<a href='/first' href='/second' class='menu' class='x'>dup</a>",
        "nbsp class": "<div class='\u00a0menu\u00a0'><a href=/n>n</a></div>",
    }
    return [(f"hostile:{k}", v, b) for k, v in cases.items() for b in (BASE, "https://example.go.th/")]


TAGS = ["a", "area", "iframe", "frame", "div", "li", "nav", "footer", "table", "tr", "td", "h1",
        "h2", "b", "font", "script", "style", "title", "base", "form", "img", "p", "header", "ul",
        "rt", "rp", "ruby", "pre", "textarea", "noscript", "svg", "template", "span", "button",
        "body", "html", "head", "strong", "aside", "section", "br"]
HREF_PARTS = ["http://", "https://", "//", "/", "../", "./", "..", "javascript:", "mailto:", "tel:",
              "data:text/html;base64,", "vbscript:", "file:///", "HTTP://", "http:", "#", "?", "&",
              "=", ";jsessionid=", "sid=", "%", "%E0%B8", "%zz", " ", "\t", "\n", "\\", "[", "]",
              "[::1", ":", ":99999", "@", "www.example.go.th", "127.0.0.1", "other.go.th",
              "a.pdf", "b.html", "x y", "ข่าว", "ประกาศ", "\u200b", "\x00", "'", '"', "<", ">"]
TEXT_BITS = ["ประกาศ", "ท", "า", "ำ", "\u0e4d", "\u0e48", "\u0e49\u0e49", "\u0e35", "เ", "แผน", " ",
             "  ", "\t", "\n", "\r", "\r\n", "\x0c", "\u00a0", "\u3000", "\u200b", "\ufeff", "\u00ad",
             "\uf705", "&nbsp;", "&amp;", "&#3635;", "<!--c-->", "<?p?>", "e\u0301", "\u0301", "x",
             "2569", "๒๕๖๙", "menu", "<br>", "<", ">", "&"]
ATTRS = ["class", "id", "role", "onclick", "href", "src", "title", "alt", "size", "aria-label"]
ATTR_VALUES = ["menu", "nav-bar", "content", "x", "navigation", "banner", "+4", "3", "",
               "location='/a.html'", "go('/b.php?id=1')", "ข่าว", "header main", "sidebar2"]


def random_pages(n: int, seed: int = 2569) -> list[tuple[str, str, str]]:
    rnd = random.Random(seed)

    def text() -> str:
        return "".join(rnd.choice(TEXT_BITS) for _ in range(rnd.randint(0, 6)))

    def href() -> str:
        return "".join(rnd.choice(HREF_PARTS) if rnd.random() < 0.8 else text() for _ in range(rnd.randint(0, 6)))

    out = []
    for i in range(n):
        parts = []
        for _ in range(rnd.randint(0, 40)):
            tag = rnd.choice(TAGS)
            choice = rnd.randint(0, 6)
            if choice == 0:
                parts.append(f'<{tag} href="{href()}">{text()}</{tag}>')
            elif choice == 1:
                attrs = " ".join(f"{rnd.choice(ATTRS)}='{rnd.choice(ATTR_VALUES)}'" for _ in range(rnd.randint(0, 3)))
                parts.append(f"<{tag} {attrs}>{text()}")
            elif choice == 2:
                parts.append(f"<script>var m=[['{text()}','{href()}']];document.write('<a href=\"{href()}\">x</a>')</script>")
            elif choice == 3:
                parts.append(text())
            elif choice == 4:
                parts.append("".join(chr(rnd.randint(0, 0x10FFFF)) for _ in range(rnd.randint(0, 8))))
            else:
                parts.append(f"</{tag}>")
        out.append((f"random:{i}", "".join(parts), rnd.choice([BASE, "https://example.go.th/", "http://127.0.0.1:8000/a/b/"])))
    return out


# ------------------------------------------------------------- comparing
def _as_plain(result: dict) -> dict:
    out = dict(result)
    out["links"] = [link.model_dump() for link in result["links"]]
    return out


def compare(pages: list[tuple[str, str, str]]) -> tuple[int, Counter, dict, list]:
    same = 0
    fields: Counter = Counter()
    examples: dict = {}
    errors = []
    for name, html, base in pages:
        try:
            want = _as_plain(ref.parse_html(html, base))
        except Exception as exc:  # the reference failing is reported, not fatal
            want = f"reference raised {exc!r}"
        try:
            got = _as_plain(new.parse_html(html, base))
        except Exception as exc:
            errors.append((name, repr(exc)))
            continue
        if got == want:
            same += 1
            continue
        if isinstance(want, str):
            fields["reference raised"] += 1
            examples.setdefault("reference raised", (name, want, ""))
            continue
        for k in want:
            if want[k] != got.get(k):
                fields[k] += 1
                examples.setdefault(k, (name, want[k], got.get(k)))
    return same, fields, examples, errors


def _tree_dump(roots: list) -> list:
    out = []
    for root in roots:
        if not isinstance(root.tag, str):
            continue
        stack = [(root, True)]
        while stack:
            el, top = stack.pop()
            element = isinstance(el.tag, str)
            out.append((el.tag if element else "#comment", el.text if element else None,
                        None if top else el.tail, sorted(el.attrib.items()) if element else ()))
            if element:
                stack += [(child, False) for child in reversed(list(el))]
    return out


def compare_trees(pages: list[tuple[str, str, str]]) -> tuple[int, int, list[str]]:
    """libxml2's own tree against the tree built from the parser's events (what bs4 saw):
    (identical, deeper than libxml2's tree goes, other differences)."""
    same = deep = 0
    other = []
    for name, html, _ in pages:
        html = new._clean_input(html)
        roots = new._parse_tree(html)
        if _tree_dump(roots) == _tree_dump(new._parse_tree(html, deep=True)):
            same += 1
        elif new._Page(roots).deep:
            deep += 1
        else:
            other.append(name)
    return same, deep, other


def thai_strings(pages: list[tuple[str, str, str]], n_random: int, seed: int = 69) -> list[str]:
    strings: set[str] = set()
    for _, html, _ in pages:
        strings.update(new._Page(new._parse_tree(new._clean_input(html))).vals)
    rnd = random.Random(seed)
    alphabet = [chr(c) for c in range(0x0E01, 0x0E5C)] + [chr(c) for c in range(0xF700, 0xF71B)] + list(
        " \t\n\r\u00a0\u3000\u200b\ufeff\u00ad\u2060aA1e\u0301\u0300\u0308\u1100\u1161")
    for _ in range(n_random):
        strings.add("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))))
    return sorted(strings)


def compare_thai(strings: list[str]) -> list[tuple[str, str]]:
    bad = []
    for s in strings:
        for fn in ("clean", "squash", "key"):
            if getattr(ref, fn)(s) != getattr(thai, fn)(s):
                bad.append((fn, s))
    return bad


# ------------------------------------------------------------- timing
def _cold() -> None:
    thai._squash_short.cache_clear()
    thai.key.cache_clear()
    ref.key.cache_clear()
    new._RESOLVED.clear()
    gc.collect()


def time_parse(parse, pages: list[tuple[str, str, str]]) -> float:
    _cold()
    t0 = time.perf_counter()
    for _, html, base in pages:
        parse(html, base)
    return (time.perf_counter() - t0) / max(1, len(pages)) * 1000


def time_calls(fn, strings: list[str]) -> float:
    _cold()
    t0 = time.perf_counter()
    for s in strings:
        fn(s)
    return (time.perf_counter() - t0) / max(1, len(strings)) * 1e6


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--pages", type=int, default=300, help="bench pages to time (all are compared)")
    p.add_argument("--site", type=Path, default=SITE, help="the generated bench site's site/ folder")
    p.add_argument("--random", type=int, default=3000, help="random pages to compare")
    a = p.parse_args()
    warnings.filterwarnings("ignore")

    corpora = {
        "test sites": test_site_pages(),
        "bench site": bench_pages(a.site) if a.site.is_dir() else [],
        "test snippets": test_snippets(),
        "hostile": hostile_pages(),
        "random": random_pages(a.random),
    }
    if not corpora["bench site"]:
        print(f"no bench site at {a.site} (python bench/gen_site.py makes it): skipped")
    failed = False
    for label, pages in corpora.items():
        if not pages:
            continue
        t0 = time.perf_counter()
        same, fields, examples, errors = compare(pages)
        print(f"{label:13} {len(pages):5} pages compared, {same:5} identical "
              f"({time.perf_counter() - t0:.0f} s)")
        for k, n in fields.most_common():
            name, want, got = examples[k]
            print(f"    {k}: {n} pages differ, e.g. {name}\n      old {str(want)[:300]!r}\n      new {str(got)[:300]!r}")
        for name, err in errors[:10]:
            print(f"    new parser raised on {name}: {err}")
        failed |= bool(fields) or bool(errors)

    all_pages = [pg for pages in corpora.values() for pg in pages]
    same, deep, other = compare_trees(all_pages)
    print(f"trees         {len(all_pages)} pages: libxml2's tree is the event tree on {same}, "
          f"too deep on {deep} (parse_html reads those from the events), differs on {len(other)} "
          f"{other[:5]}")
    failed |= bool(other)
    strings = thai_strings(all_pages, 30_000)
    bad = compare_thai(strings)
    print(f"thai          {len(strings)} strings: clean/squash/key identical on "
          f"{len(strings) - len({s for _, s in bad})}")
    for fn, s in bad[:10]:
        print(f"    {fn} differs on {s!r}: old {getattr(ref, fn)(s)!r} new {getattr(thai, fn)(s)!r}")
    failed |= bool(bad)

    bench = corpora["bench site"]
    timed = {"bench pages": bench[:: max(1, len(bench) // a.pages)][: a.pages] if bench else [],
             "test-site pages": [pg for pg in corpora["test sites"] if pg[0].startswith("sites:")]}
    for label, pages in timed.items():
        if not pages:
            continue
        old_ms = min(time_parse(ref.parse_html, pages) for _ in range(2))
        new_ms = min(time_parse(new.parse_html, pages) for _ in range(2))
        print(f"parse_html on {len(pages)} {label}: {old_ms:.2f} ms/page before, {new_ms:.2f} ms/page now "
              f"({old_ms / new_ms:.1f}x)")
    # clean/squash on the strings parse_html squashes, in page order (as in a crawl)
    page_strings = []
    for _, html, _ in timed["bench pages"] or timed["test-site pages"]:
        page_strings += new._Page(new._parse_tree(new._clean_input(html))).vals
    unique = list(dict.fromkeys(page_strings))
    print(f"clean on {len(unique)} distinct page strings: {time_calls(ref.clean, unique):.2f} us before, "
          f"{time_calls(thai.clean, unique):.2f} us now; squash on {len(page_strings)} strings in page "
          f"order: {time_calls(ref.squash, page_strings):.2f} us before, "
          f"{time_calls(thai.squash, page_strings):.2f} us now")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
