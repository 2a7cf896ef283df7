"""URLs: what belongs to the audited site (registrable domain), the site id that names it in the
history, canonical forms without session ids, extensions, address classes."""

from __future__ import annotations

import contextlib
import ipaddress
import re
from functools import cache, lru_cache
from urllib.parse import unquote, urldefrag, urlsplit, urlunsplit

import tldextract
from w3lib.url import safe_url_string

# The bundled public-suffix snapshot only: never fetch the list from the internet.
DEFAULT_PORTS = {"http": 80, "https": 443}

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".svg", ".ico", ".tif", ".tiff",
    ".mp3", ".mp4", ".avi", ".mov", ".wmv", ".flv", ".webm", ".wav", ".m4a",
    ".zip", ".rar", ".7z", ".gz", ".tar", ".exe", ".msi", ".apk", ".iso", ".dmg",
    ".css", ".js", ".json", ".xml", ".rss", ".ppt", ".pptx", ".swf", ".woff", ".woff2", ".ttf",
)


@cache
def registrable_domain(url: str) -> str:
    """The registrable domain of a URL (www./http/https alike); the host itself for IPs."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host:
        return ""
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    ext = _EXTRACT(host)
    return ext.top_domain_under_public_suffix or host


def same_site(url: str, root: str) -> bool:
    return registrable_domain(url) == registrable_domain(root)


# Session ids in URLs make every page look new (an endless crawl of one site): strip them.
# These names are always session ids; the "maybe" names only when the value looks like a token
# (``news.php?sid=12`` is a section id on some Thai CMSs, ``?sid=9f3a...e1`` is a session).
_ALWAYS_SESSION = frozenset({
    "jsessionid", "phpsessid", "aspsessionid", "cfid", "cftoken", "oscsid", "zenid", "sessionid",
    "session_id",
})
_MAYBE_SESSION = frozenset({"sid", "sessid", "sess", "session", "s_id", "ssid", "token"})
_SESSION_PATH = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/?#;]*", re.I)
_ASPNET_COOKIELESS = re.compile(r"/\([A-Za-z]\([A-Za-z0-9]{16,}\)\)(?=/)")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,}")


def _is_session_param(name: str, value: str) -> bool:
    name = unquote(name).lower()
    if name in _ALWAYS_SESSION or name.startswith("aspsessionid"):
        return True
    return (
        name in _MAYBE_SESSION
        and bool(_TOKEN.fullmatch(value))
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
    )


def strip_session_ids(url: str) -> str:
    """``/board.html;jsessionid=AB12`` -> ``/board.html``; ``?id=3&sid=<token>`` -> ``?id=3``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    path = _ASPNET_COOKIELESS.sub("", _SESSION_PATH.sub("", parts.path))
    query = parts.query
    if query:
        kept = [
            piece for piece in query.split("&")
            if piece and not _is_session_param(*(piece.split("=", 1) + [""])[:2])
        ]
        query = "&".join(kept)
    if path == parts.path and query == parts.query:
        return url
    return urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))


@lru_cache(maxsize=65536)
def canonical(url: str) -> str:
    """One spelling per URL: no fragment, no session id, percent-encoded (Thai, spaces) as
    Scrapy requests it. The query is kept (PHP CMSs route by it)."""
    url = strip_session_ids(urldefrag(url)[0])
    try:
        return safe_url_string(url)
    except (ValueError, UnicodeError):
        return url


def path_words(url: str) -> str:
    """The URL's path and query, percent-decoded (Thai slugs), for matching words in URLs."""
    parts = urlsplit(url)
    return unquote(parts.path + (" " + parts.query if parts.query else ""))


def extension(url: str) -> str:
    path = urlsplit(url).path.lower()
    m = re.search(r"\.[a-z0-9]{1,5}$", path)
    return m.group(0) if m else ""


def is_skipped_url(url: str) -> bool:
    return extension(url) in SKIP_EXTENSIONS


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def address_class(ip: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """``public``, ``loopback``, ``private``, ``link-local`` or ``reserved``."""
    addr = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    if isinstance(addr, ipaddress.IPv6Address):
        mapped = addr.ipv4_mapped or addr.sixtofour
        if mapped is not None:
            addr = mapped
    if addr.is_loopback:
        return "loopback"
    if addr.is_link_local:
        return "link-local"
    if addr.is_unspecified or addr.is_multicast or addr.is_reserved:
        return "reserved"
    if addr.is_private or not addr.is_global:
        return "private"
    return "public"


def site_id(url: str) -> str:
    """The site a URL belongs to: lower-case host without ``www.``, an explicit non-default port
    kept. ``https://www.example.go.th/x`` -> ``example.go.th``; ``http://127.0.0.1:8000/`` ->
    ``127.0.0.1:8000``. A bare host (``www.example.go.th``, as ``--site`` gives it) works too."""
    text = url.strip()
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise ValueError(f"no host in {url!r}")
    with contextlib.suppress(UnicodeError):  # else keep it as given: a key, not a request
        host = host.encode("idna").decode("ascii")
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and port != DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    return host
