"""The item HTML sanitiser: an nh3 allowlist, tracking pixels removed, safe links only."""

from __future__ import annotations

import re

import pytest

from cpdlog.feeds.sanitize import html_to_text, sanitize_html, single_line, tidy_text

BASE = "https://blog.example.org/2026/post"


@pytest.mark.parametrize(
    ("fragment", "kept"),
    [
        ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
        ('<p>a<script src="https://evil.example.org/x.js"></script></p>', "<p>a</p>"),
        (
            '<img src="https://ok.example.org/i.png" onerror="alert(1)">',
            '<img src="https://ok.example.org/i.png">',
        ),
        ('<p onclick="x()" onmouseover="y()">t</p>', "<p>t</p>"),
        ('<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<a href="JAVASCRIPT:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<a href="jav&#x09;ascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        (
            '<a href="data:text/html,<script>alert(1)</script>">x</a>',
            '<a rel="noopener noreferrer">x</a>',
        ),
        ('<img src="data:image/png;base64,iVBORw0KGgo=" width="300">', ""),
        ('<svg><a xlink:href="javascript:alert(1)"><text>t</text></a></svg>after', "after"),
        ('<svg onload="alert(1)"/>after', "after"),
        ('<iframe src="https://www.youtube.com/embed/x"></iframe>after', "after"),
        ('<object data="https://evil.example.org/f.swf"></object>after', "after"),
        ('<embed src="https://evil.example.org/f.swf">after', "after"),
        (
            '<form action="https://evil.example.org/steal"><input name="p"><button>Go</button>'
            "<textarea>t</textarea></form>after",
            "after",
        ),
        ("<style>body { display: none }</style>after", "after"),
        ('<p style="background:url(javascript:alert(1))" class="x" id="y">t</p>', "<p>t</p>"),
        ('<meta http-equiv="refresh" content="0;url=https://evil.example.org">after', "after"),
        ('<link rel="stylesheet" href="https://evil.example.org/s.css">after', "after"),
        ('<base href="https://evil.example.org/">after', "after"),
        ("<!-- a comment -->after", "after"),
        ("<noscript><img src=https://t.example.org/p.gif></noscript>after", "after"),
    ],
)
def test_dangerous_markup_is_removed(fragment: str, kept: str) -> None:
    assert sanitize_html(fragment, BASE) == kept


@pytest.mark.parametrize(
    "image",
    [
        '<img src="https://blog.example.org/t.gif" width="1" height="1">',
        '<img src="https://blog.example.org/t.gif" width="0">',
        '<img src="https://blog.example.org/t.gif" height="1px">',
        '<img src="https://blog.example.org/t.gif" width="0.5" height="200">',
        '<img src="https://stats.wordpress.com/b.gif?blog=1">',
        '<img src="https://pixel.wp.com/g.gif">',
        '<img src="https://feeds.feedburner.com/~r/x/~4/abc">',
        '<img src="https://www.google-analytics.com/collect?v=1">',
        "<img>",
        '<img src="">',
    ],
)
def test_tracking_pixels_and_empty_images_are_removed(image: str) -> None:
    assert sanitize_html(f"<p>text{image}</p>", BASE) == "<p>text</p>"


def test_real_images_stay_with_their_size() -> None:
    cleaned = sanitize_html('<img src="pic.png" alt="A" width="640" height="2" title="t">', BASE)
    assert cleaned == (
        '<img src="https://blog.example.org/2026/pic.png" alt="A" width="640" height="2" title="t">'
    )


@pytest.mark.parametrize(
    ("href", "result"),
    [
        ("https://other.example.org/a?b=1&c=2", "https://other.example.org/a?b=1&amp;c=2"),
        ("http://plain.example.org/", "http://plain.example.org/"),
        ("mailto:team@example.org", "mailto:team@example.org"),
        ("/about", "https://blog.example.org/about"),
        ("next", "https://blog.example.org/2026/next"),
        ("//cdn.example.net/x", "https://cdn.example.net/x"),
        ("#comments", "https://blog.example.org/2026/post#comments"),
        ("ftp://files.example.org/a", None),
        ("file:///etc/passwd", None),
        ("tel:+441234567890", None),
        ("vbscript:msgbox(1)", None),
        ("data:text/plain,hi", None),
    ],
)
def test_only_http_https_and_mailto_links_survive(href: str, result: str | None) -> None:
    cleaned = sanitize_html(f'<a href="{href}" target="_blank" rel="opener">x</a>', BASE)
    if result is None:
        assert cleaned == '<a rel="noopener noreferrer">x</a>'
    else:
        assert cleaned == f'<a href="{result}" rel="noopener noreferrer">x</a>'


def test_every_link_gets_noopener_noreferrer() -> None:
    cleaned = sanitize_html(
        '<a href="https://a.example.org/">a</a> <a href="https://b.example.org/" rel="me">b</a>'
    )
    assert cleaned.count('rel="noopener noreferrer"') == 2
    assert 'rel="me"' not in cleaned


def test_relative_urls_without_a_web_base_are_dropped() -> None:
    for base in ("", "file:///home/me/", "not a url"):
        assert sanitize_html('<a href="/x">x</a><img src="i.png">', base) == (
            '<a rel="noopener noreferrer">x</a>'
        )


def test_quoting_survives_and_text_is_escaped() -> None:
    cleaned = sanitize_html('<p title="a" lang="en">5 &lt; 6 &amp; "quotes" <b>bold</b></p>')
    assert cleaned == '<p title="a" lang="en">5 &lt; 6 &amp; "quotes" <b>bold</b></p>'


def test_sanitised_output_never_contains_event_handlers_or_scripts() -> None:
    nasty = "".join(
        f'<{tag} {attr}="alert(1)" href="javascript:alert(1)" src="javascript:alert(1)">x</{tag}>'
        for tag in ("a", "img", "p", "div", "span", "table", "td", "video", "audio", "body")
        for attr in ("onload", "onerror", "onclick", "onmouseenter", "onfocus", "formaction")
    )
    cleaned = sanitize_html(nasty, BASE).lower()
    assert not re.search(r"\son\w+=", cleaned)
    assert "javascript" not in cleaned
    assert "formaction" not in cleaned


def test_text_helpers() -> None:
    assert html_to_text("<p>One&nbsp;&amp; two</p><ul><li>a</li><li>b</li></ul>") == (
        "One & two\n\na\n\nb"
    )
    assert html_to_text("<style>p{}</style><svg><text>x</text></svg>Only this") == "Only this"
    assert html_to_text("no markup  at   all") == "no markup at all"
    assert html_to_text("") == ""
    assert single_line("<b>Title</b>\n  with\tbreaks", limit=12) == "Title with b"
    assert tidy_text("a\r\n\r\n\r\n\r\nb  c") == "a\n\nb c"
