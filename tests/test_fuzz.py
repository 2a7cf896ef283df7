"""Property-based fuzzing: whatever a website or a user's file contains, the parsers neither
crash nor let nonsense through (hypothesis; about 15 s in all)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checklist.load import DataError, load_checklist_file
from checklist.profile import load_profile
from common.thai import (
    MAX_YEAR,
    MIN_YEAR,
    clean,
    fiscal_years_in,
    key,
    months_in,
    squash,
    years_in,
)
from common.urls import canonical, strip_session_ids
from crawler.parse import MAX_LINKS, MAX_TEXT, parse_html

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DATA = Path(__file__).resolve().parent.parent / "checklist" / "data"
BASE = "http://www.example.go.th/dir/page.php?id=3"

# ---------------------------------------------------------------- HTML and links

THAI = st.text(alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), max_size=12)
HREF_PARTS = st.sampled_from([
    "http://", "https://", "//", "/", "../", "./", "..", "javascript:", "mailto:", "tel:",
    "data:text/html;base64,", "vbscript:", "file:///", "HTTP://", "http:", "#", "?", "&", "=",
    ";jsessionid=", "sid=", "%", "%E0%B8", "%zz", " ", "\t", "\n", "\\", "[", "]", "[::1", ":",
    ":99999", "@", "www.example.go.th", "127.0.0.1", "other.go.th", "a.pdf", "b.html", "x y",
    "ข่าว", "ประกาศ", "\u200b", "\x00", "'", '"', "<", ">",
])
HREF = st.lists(st.one_of(HREF_PARTS, THAI, st.text(max_size=6)), max_size=8).map("".join)
TAG = st.sampled_from(["a", "area", "iframe", "frame", "div", "li", "nav", "footer", "table",
                       "tr", "td", "h1", "h2", "b", "font", "script", "style", "title", "base",
                       "form", "img", "p", "header", "ul"])


@st.composite
def html_pages(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(TAG)
        choice = draw(st.integers(0, 4))
        if choice == 0:
            parts.append(f'<{tag} href="{draw(HREF)}">{draw(THAI)}</{tag}>')
        elif choice == 1:
            parts.append(f"<{tag} src='{draw(HREF)}' class='{draw(st.sampled_from(['menu', 'content', 'x']))}'>")
        elif choice == 2:
            parts.append(f"<script>var m=[['{draw(THAI)}','{draw(HREF)}']];document.write('<a href=\"{draw(HREF)}\">x</a>')</script>")
        elif choice == 3:
            parts.append(draw(st.text(max_size=30)))
        else:
            parts.append(f"</{tag}>")
    return "".join(parts)


def _check_page(result: dict) -> None:
    assert set(result) >= {"title", "headings", "text", "links", "forms", "images"}
    assert len(result["text"]) <= MAX_TEXT
    assert len(result["links"]) <= MAX_LINKS
    for link in result["links"]:
        if link.scheme in ("http", "https"):
            parts = urlsplit(link.url)
            assert parts.scheme.lower() == link.scheme and parts.hostname, link
            canonical(link.url)  # the spider can make it a request URL
        else:
            assert link.scheme, link
            assert link.scheme == "invalid" or link.url.lower().startswith(link.scheme + ":"), link
            assert len(link.url) <= 300


@FUZZ
@given(st.text(max_size=400))
def test_parse_html_never_raises_on_any_text(text):
    _check_page(parse_html(text, BASE))


@FUZZ
@given(html_pages(), st.sampled_from([BASE, "https://example.go.th/", "http://127.0.0.1:8000/a/b/"]))
def test_links_are_absolute_http_or_recorded_with_their_scheme(html, base):
    _check_page(parse_html(html, base))


@FUZZ
@given(HREF)
def test_session_stripping_and_canonical_never_raise(href):
    url = "http://www.example.go.th/" + href
    assert strip_session_ids(strip_session_ids(url)) == strip_session_ids(url)
    canonical(url)


# ---------------------------------------------------------------- Thai dates

DATE_WORDS = st.sampled_from([
    "มกราคม", "ม.ค.", "กุมภาพันธ์", "ก.พ.", "มี.ค.", "เมษายน", "พ.ค.", "มิถุนายน", "ก.ค.",
    "สิงหาคม", "ก.ย.", "ตุลาคม", "ต.ค.", "พ.ย.", "ธันวาคม", "ธ.ค.", "พ.ศ.", "พ.ศ", "ปีงบประมาณ",
    "ปีงบ", "ปี", "ประจำปี", "เดือน", "ถึง", "-", "–", "/", ".", " ", "\n", "2567", "2568", "๒๕๖๘",
    "68", "๖๘", "2025", "2540", "2600", "2601", "2539", "1999", "9999", "0", "31", "12", "13",
])
DATE_TEXT = st.lists(st.one_of(DATE_WORDS, st.integers(0, 3000).map(str), st.text(max_size=3)),
                     max_size=20).map("".join)


@FUZZ
@given(st.one_of(DATE_TEXT, st.text(max_size=200)))
def test_years_are_plausible_whatever_the_text(text):
    for found in (years_in(text), fiscal_years_in(text)):
        assert found == sorted(set(found))
        assert all(MIN_YEAR <= y <= MAX_YEAR for y in found), (text, found)


@FUZZ
@given(st.one_of(DATE_TEXT, st.text(max_size=200)), st.one_of(st.none(), st.integers(MIN_YEAR, MAX_YEAR)))
def test_months_are_real_months_of_plausible_years(text, default_year):
    for m in months_in(text, default_year):
        assert 1 <= m.month <= 12
        # A month just before a range that starts in the first plausible year may fall one
        # year earlier ("ธ.ค. – ม.ค. 2540" is December 2539): that is still a real month.
        assert MIN_YEAR - 1 <= m.year <= MAX_YEAR, (text, m)


# ---------------------------------------------------------------- Thai normalisation

THAI_MIX = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B),
        st.characters(min_codepoint=0xF700, max_codepoint=0xF71A),
        st.sampled_from([" ", "\t", "\n", "\r", "\u00a0", "\u200b", "\ufeff", "\u00ad", "a", "A", "1"]),
    ),
    max_size=60,
)


@pytest.mark.parametrize(
    "text",
    # tone + doubled vowel, PUA glyphs, NBSP + mark, a tone before five vowels above
    ["ก่ิิ", "\uf705\uf718", "1\u00a0\u0e34", "\u0e48\u0e31\u0e31\u0e34\u0e34\uf701"],
)
def test_clean_is_idempotent_on_cases_fuzzing_found(text):
    assert clean(clean(text)) == clean(text)


@pytest.mark.parametrize(
    "text",
    ["\uf713\r\u0e34", "\u0e17\n\u0e32", "\u0e48\u2003\u0e34"],  # a mark after a line break or odd space
)
def test_key_is_the_same_on_one_line_on_cases_fuzzing_found(text):
    assert key(squash(text)) == key(text) == key(clean(text))


@FUZZ
@given(st.one_of(THAI_MIX, st.text(max_size=80)))
def test_clean_is_idempotent_and_key_is_stable(text):
    once = clean(text)
    assert clean(once) == once
    assert key(once) == key(text)
    assert key(squash(text)) == key(text)
    assert not any(c.isspace() for c in key(text))


# ---------------------------------------------------------------- checklist and profile files

_TMP = Path(tempfile.mkdtemp(prefix="oit-fuzz-"))
_REAL = (DATA / "ita-2569.yaml").read_text(encoding="utf-8").splitlines()

YAML_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10, 3000), st.floats(allow_nan=True),
                         st.text(max_size=12), THAI)
YAML_VALUES = st.recursive(
    YAML_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["year", "title", "items", "code", "topic", "topics",
                                         "indicators", "name", "units", "measures", "email",
                                         "previous_scores", "monitoring", "responsible",
                                         "default_unit", "type", "x"]), inner, max_size=5),
    ),
    max_leaves=20,
)


@st.composite
def yaml_texts(draw) -> str:
    how = draw(st.integers(0, 3))
    if how == 0:
        return draw(st.text(max_size=200))
    if how == 1:
        return yaml.safe_dump(draw(YAML_VALUES), allow_unicode=True)
    # The real 2569 checklist with a few lines dropped, duplicated or replaced.
    lines = list(_REAL)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.integers(0, 2))
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        else:
            lines[i] = lines[i].split(":")[0] + ": " + draw(st.sampled_from(["", "[]", "{}", "x", "-1", "~", "!!binary x", "&a *a", "'unclosed"]))
    return "\n".join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_texts(), st.sampled_from(["ita-2569.yaml", "checklist.yaml", "profile.yaml"]))
def test_loaders_raise_only_data_error(text, name):
    path = _TMP / name
    path.write_text(text, encoding="utf-8")
    for load in (load_checklist_file, load_profile):
        try:
            load(path)
        except DataError as exc:
            assert str(path) in str(exc) and "\n" not in str(exc).strip()
