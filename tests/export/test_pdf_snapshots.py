"""The snapshot appendix: captured pages' text after the entries, strictly as text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from cpdlog.capture.snapshot import make_snapshot, render_snapshot_text, snapshot_filename
from cpdlog.export.pdf import PortfolioOptions, render_portfolio
from tests.export.pdf_support import body_text, make_data, make_entry, squash, store_evidence

DATA = Path(__file__).resolve().parents[1] / "capture" / "data"
WHEN = dt.datetime(2026, 3, 1, 9, 15, tzinfo=dt.UTC)
HOSTILE = (
    "<html><head><title>Markup test</title></head><body><article><h1>Markup test</h1>"
    + "<p>An ordinary paragraph about reflective supervision in a busy team.</p>" * 4
    + "<p>Attack: &lt;font size=40 color=red&gt;HUGE&lt;/font&gt; &lt;para&gt;P&lt;/para&gt; "
    "&lt;img src=file:///etc/passwd/&gt; &lt;b&gt;bold&lt;/b&gt; &amp;amp; done.</p>"
    "</article></body></html>"
)


def _snapshot_evidence(store: Path, html: bytes, url: str):  # type: ignore[no-untyped-def]
    snap = make_snapshot(html, url, WHEN)
    text = render_snapshot_text(snap).encode()
    return store_evidence(store, snapshot_filename(snap, "txt"), text, "text/plain")


def _export(tmp_path: Path, snapshots: bool) -> Path:
    store = tmp_path / "evidence"
    first = make_entry(1, title="Supervision blog")
    first.evidence = [
        _snapshot_evidence(store, (DATA / "blog_post.html").read_bytes(), "https://p.example/s")
    ]
    second = make_entry(2, title="Hostile page")
    second.evidence = [_snapshot_evidence(store, HOSTILE.encode(), "https://h.example/x")]
    third = make_entry(3, title="No snapshot here")
    out = tmp_path / f"portfolio-{snapshots}.pdf"
    result = render_portfolio(
        make_data([first, second, third], evidence_dir=store),
        PortfolioOptions(include_snapshots=snapshots),
        out,
    )
    assert result.warnings == []
    return out


def test_snapshots_appear_after_the_entries_with_address_and_time(tmp_path: Path) -> None:
    out = _export(tmp_path, snapshots=True)
    text = body_text(out)
    assert squash("Snapshots of captured pages") in text
    appendix = text[text.rindex(squash("Snapshots of captured pages")) :]
    assert squash("Entry 1: Supervision blog") in appendix
    assert squash("Address: https://p.example/s") in appendix
    assert squash("Retrieved: 2026-03-01 09:15 UTC") in appendix
    assert squash("Kolb's learning cycle") in appendix
    assert squash("No snapshot here") not in appendix
    outline = [o.title for o in PdfReader(out).outline if not isinstance(o, list)]
    assert "Snapshots of captured pages" in outline


def test_markup_in_a_snapshot_is_literal_text_in_the_pdf(tmp_path: Path) -> None:
    text = body_text(_export(tmp_path, snapshots=True))
    assert squash("<font size=40 color=red>HUGE</font>") in text
    assert squash("<para>P</para>") in text
    assert squash("<img src=file:///etc/passwd/>") in text
    # trafilatura decodes entities once more than a browser would: "&amp;amp;" shows as "&".
    assert squash("<b>bold</b> & done.") in text
    assert not PdfReader(tmp_path / "portfolio-True.pdf").pages[-1].images


def test_no_appendix_unless_asked(tmp_path: Path) -> None:
    text = body_text(_export(tmp_path, snapshots=False))
    assert squash("Snapshots of captured pages") not in text
    assert squash("Kolb's learning cycle") not in text
