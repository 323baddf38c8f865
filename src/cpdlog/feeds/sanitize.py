"""Make feed HTML safe to show, and turn HTML into plain text.

nh3 (the Rust ammonia sanitiser) with an explicit allowlist is the only thing that decides
what survives: no scripts, styles, iframes, forms, SVG or event handlers, and only http,
https and mailto URLs. feedparser's own sanitiser is not used (it lets tab-obfuscated
``javascript:`` links and SVG ``xlink:href`` through, and costs most of its parse time).
Tracking pixels (images 1 pixel or smaller, or from known tracker hosts) are removed too.
"""

from __future__ import annotations

import functools
import html
import re
from html.parser import HTMLParser
from urllib.parse import SplitResult, urlsplit

import nh3

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "dd",
        "del",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
    }
)

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
}

# Elements removed together with everything inside them.
CLEAN_CONTENT_TAGS = frozenset(
    {
        "script",
        "style",
        "template",
        "noscript",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "button",
        "select",
        "textarea",
    }
)

URL_SCHEMES = frozenset({"http", "https", "mailto"})
# The only URL-bearing attributes allowed. (``cite`` is left out: nh3 does not check its scheme.)
URL_ATTRIBUTES = frozenset({"href", "src"})

# Hosts that serve nothing but tracking images or share-counting links (after Miniflux's list).
TRACKER_HOSTS = frozenset(
    {
        "feeds.feedburner.com",
        "feedproxy.google.com",
        "stats.wordpress.com",
        "pixel.wp.com",
        "pixel.quantserve.com",
        "www.google-analytics.com",
        "google-analytics.com",
        "pixel.facebook.com",
        "www.facebook.com",
        "ad.doubleclick.net",
        "pi.feedsportal.com",
        "rss.feedsportal.com",
        "feeds.wordpress.com",
        "sb.scorecardresearch.com",
        "tracking.feedpress.it",
        "api.follow.it",
    }
)

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r'([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"')


def _is_tiny(value: str | None) -> bool:
    if value is None:
        return False
    digits = re.match(r"\s*(\d+(?:\.\d+)?)", value)
    return digits is not None and float(digits.group(1)) <= 1


def _split(url: str) -> SplitResult | None:
    try:
        return urlsplit(url)
    except ValueError:
        return None


def _is_tracker(src: SplitResult | None) -> bool:
    if src is None:
        return True  # not even a URL
    try:
        host = (src.hostname or "").lower()
    except ValueError:
        return True
    return host in TRACKER_HOSTS


def _same_address(one: SplitResult | None, two: SplitResult | None) -> bool:
    if one is None or two is None:
        return False
    return (
        one.scheme.lower() == two.scheme.lower()
        and one.netloc.lower() == two.netloc.lower()
        and (one.path or "/") == (two.path or "/")
        and one.query == two.query
    )


def _drop_tracking_images(cleaned: str, base_url: str = "") -> str:
    """Remove pixel trackers from nh3's output (well-formed, double-quoted attributes).

    An image whose address is the article itself came from an empty ``src`` and is dropped.
    """
    if "<img" not in cleaned:  # nh3 writes tag names in lower case
        return cleaned
    base = _split(base_url) if base_url else None

    def replace(match: re.Match[str]) -> str:
        attrs = {
            k.lower(): html.unescape(v) if "&" in v else v for k, v in _ATTR.findall(match.group(0))
        }
        src = attrs.get("src")
        if src is None or not src.strip():
            return ""
        parts = _split(src)
        if base_url and _same_address(parts, base):
            return ""
        if _is_tiny(attrs.get("width")) or _is_tiny(attrs.get("height")):
            return ""
        if _is_tracker(parts):
            return ""
        return match.group(0)

    return _IMG_TAG.sub(replace, cleaned)


def _web_base(base_url: str) -> str:
    try:
        parts = urlsplit(base_url.strip())
    except ValueError:
        return ""
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return base_url.strip()
    return ""


def sanitize_html(fragment: str, base_url: str = "") -> str:
    """Return ``fragment`` with everything unsafe removed and relative URLs made absolute.

    Relative URLs are resolved against ``base_url``; without a web address to resolve them
    against they are dropped.
    """
    if not fragment or not fragment.strip():
        return ""
    base = _web_base(base_url)
    return _drop_tracking_images(_cleaner(base).clean(fragment), base).strip()


@functools.lru_cache(maxsize=64)
def _cleaner(base: str) -> nh3.Cleaner:
    """The sanitiser for items of one site (building one is about half the cost of a clean,
    and a feed's items share their base address)."""
    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(CLEAN_CONTENT_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        strip_comments=True,
        link_rel="noopener noreferrer",
        url_schemes=set(URL_SCHEMES),
        url_relative=("rewrite_with_base", base) if base else "deny",
    )


def plain_text_to_html(text: str) -> str:
    """Show plain text as HTML paragraphs (escaped, so markup in it stays visible text)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)


_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "ul",
        "ol",
        "table",
        "hr",
        "figure",
        "figcaption",
    }
)
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript", "svg", "math", "iframe"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text from HTML: tags dropped, entities decoded, whitespace tidied."""
    if not fragment:
        return ""
    if "<" not in fragment and "&" not in fragment:
        return tidy_text(fragment)
    parser = _TextExtractor()
    try:
        parser.feed(fragment)
        parser.close()
    except (ValueError, AssertionError):
        return tidy_text(re.sub(r"<[^>]*>", " ", fragment))
    return tidy_text("".join(parser.parts))


def tidy_text(text: str) -> str:
    """Collapse runs of spaces within lines and blank lines between paragraphs."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def single_line(text: str, limit: int = 500) -> str:
    """A title or author as one line of plain text (markup in it is treated as text)."""
    flat = " ".join(html_to_text(text).split())
    return flat[:limit].rstrip()
