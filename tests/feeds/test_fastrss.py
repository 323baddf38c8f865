"""The quick RSS 2.0 reader (``cpdlog.feeds.fastrss``) against feedparser, on a corpus of
real-world shaped feeds: every stored field must come out exactly the same."""

from __future__ import annotations

import dataclasses
import io
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import feedparser
import pytest

from cpdlog.feeds import fastrss
from cpdlog.feeds import parse as parse_module
from cpdlog.feeds.parse import ParsedFeed, parse_feed
from cpdlog.feeds.raw import RawFeed

DATA = Path(__file__).parent / "data"
CORPUS = sorted(
    [*DATA.glob("corpus/*.xml"), *DATA.glob("*.xml"), *DATA.glob("*.rdf"), *DATA.glob("*.json")]
)
HEADERS = [
    {"content-type": "application/rss+xml; charset=utf-8"},
    {"content-type": "application/rss+xml"},
    {"content-type": "text/xml"},
    {"content-type": "application/xml; charset=iso-8859-1"},
    {},
]
# The documents the quick reader must take (so the comparison is not between two feedparsers).
FAST = {"wordpress.xml", "podcast.xml", "guid_order.xml", "rss20.xml", "utf8_bom.xml"}

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import feeds as feeds_bench  # noqa: E402


def _both(body: bytes, headers: Mapping[str, str], monkeypatch: pytest.MonkeyPatch) -> Any:
    url = "https://corpus.example.org/feed/"
    new = parse_feed(body, headers, url)
    with monkeypatch.context() as patch:
        patch.setattr(fastrss, "parse", lambda body, headers: None)
        old = parse_feed(body, headers, url)
    return old, new


def _fields(feed: ParsedFeed) -> dict[str, Any]:
    fields = dataclasses.asdict(feed)
    fields.pop("parse_seconds")
    return fields


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
@pytest.mark.parametrize("headers", HEADERS, ids=lambda h: h.get("content-type", "none"))
def test_the_stored_items_are_exactly_those_of_feedparser(
    path: Path, headers: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = _both(path.read_bytes(), headers, monkeypatch)
    assert _fields(new) == _fields(old)


def _comparable(feed: RawFeed) -> RawFeed:
    """The namespaces in a fixed order (feedparser lists them in its own)."""
    return dataclasses.replace(feed, namespaces=sorted(feed.namespaces))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
@pytest.mark.parametrize("headers", HEADERS, ids=lambda h: h.get("content-type", "none"))
def test_feedparser_gives_the_same_fields_for_what_the_quick_reader_takes(
    path: Path, headers: dict[str, str]
) -> None:
    # Before any cleaning: every value cpdlog.feeds.parse reads of feedparser's result.
    body = path.read_bytes()
    fast = fastrss.parse(body, dict(headers))
    if path.name in FAST and headers.get("content-type", "").startswith("application/rss"):
        assert fast is not None
    if fast is None:
        return
    slow = feedparser.parse(
        io.BytesIO(body),
        response_headers=dict(headers),
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    assert fast.entries, "the corpus feeds the quick reader takes have items"
    assert _comparable(fast) == _comparable(parse_module._from_feedparser(slow))


@pytest.mark.parametrize(
    "name",
    [
        "author_email.xml",
        "media_rss.xml",
        "rss_html_title.xml",
        "default_namespace.xml",
        "atom_xhtml.xml",
        "rss_extra_channel.xml",
        "latin1_declared.xml",
    ],
)
def test_what_only_feedparser_reads_exactly_goes_to_feedparser(name: str) -> None:
    body = (DATA / "corpus" / name).read_bytes()
    assert fastrss.parse(body, {"content-type": "application/rss+xml; charset=utf-8"}) is None


@pytest.mark.parametrize("name", ["hostile.xml", "billion_laughs.xml", "malformed.xml"])
def test_hostile_and_broken_documents_go_to_feedparser(name: str) -> None:
    assert fastrss.parse((DATA / name).read_bytes(), {"content-type": "application/xml"}) is None


@pytest.mark.parametrize("number", [0, 1, 7])
def test_the_bench_feeds_read_the_same(number: int, monkeypatch: pytest.MonkeyPatch) -> None:
    body = feeds_bench.feed_body(number)
    headers = {"content-type": "application/rss+xml; charset=utf-8"}
    assert fastrss.parse(body, dict(headers)) is not None
    old, new = _both(body, headers, monkeypatch)
    assert _fields(new) == _fields(old)
    assert len(new.items) == 50


def test_a_missing_module_would_not_hide_the_quick_reader() -> None:
    # parse.py must really call the quick reader (the comparison above patches it out), and
    # the installed feedparser must have the pieces it uses, or nothing here compares anything.
    assert parse_module.fastrss is fastrss
    assert fastrss.AVAILABLE


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-8"])
def test_a_document_type_or_xml_base_in_any_encoding_goes_to_feedparser(
    codec: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for extra, where in (
        ('<!DOCTYPE rss [<!ENTITY who "Sam">]>', "<title>&who;</title>"),
        ("", '<title xml:base="https://elsewhere.example/">t</title>'),
    ):
        text = (
            f'<?xml version="1.0" encoding="{codec}"?>{extra}<rss version="2.0"><channel>'
            f"<title>T</title><item>{where}<link>a/b</link></item></channel></rss>"
        )
        body = text.encode(codec)
        headers = {"content-type": "application/rss+xml"}
        assert fastrss.parse(body, dict(headers)) is None
        old, new = _both(body, headers, monkeypatch)
        assert _fields(new) == _fields(old)


def test_an_unforeseen_fault_in_the_quick_reader_leaves_the_feed_to_feedparser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(element: Any) -> Any:
        raise KeyError("a fault")

    monkeypatch.setattr(fastrss, "_channel", broken)
    body = (DATA / "corpus" / "wordpress.xml").read_bytes()
    headers = {"content-type": "application/rss+xml; charset=utf-8"}
    assert fastrss.parse(body, dict(headers)) is None
    feed = parse_feed(body, headers, "https://corpus.example.org/feed/")
    assert feed.usable and len(feed.items) == 5


def test_without_feedparser_s_pieces_every_document_goes_to_feedparser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fastrss, "AVAILABLE", False)
    body = (DATA / "corpus" / "wordpress.xml").read_bytes()
    assert fastrss.parse(body, {"content-type": "application/rss+xml; charset=utf-8"}) is None
    assert len(parse_feed(body, {}, "https://corpus.example.org/feed/").items) == 5
