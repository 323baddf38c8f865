"""Measure snapshot extraction: quality on the test pages and speed on a 200 KB article.

    python bench/snapshot.py

Prints one line per figure with its target. Compares trafilatura (what cpdlog uses) with
readability-lxml when that is installed (it is not a dependency; pip install it to compare).

Peers for the 200 KB article, timed in the same run and interleaved with cpdlog's snapshot (so
all see the same load on the machine): trafilatura alone (``bare_extraction`` on the page
text with cpdlog's options, without cpdlog's decoding, limits and clean-up) and readability-lxml
alone (``Document.summary`` and the summary's text). The ratios show what cpdlog adds to the
library, and how the other library compares.
"""

from __future__ import annotations

import collections
import datetime as dt
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cpdlog.capture.snapshot import make_snapshot  # noqa: E402

DATA = ROOT / "tests" / "capture" / "data"
PAGES = ("blog_post", "news_article", "cookie_banner")
RECALL_TARGET = 0.98
PRECISION_TARGET = 0.85
ARTICLE_TARGET_MS = 300.0
ARTICLE_BYTES = 200 * 1024
WHEN = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def mark(ok: bool) -> str:
    return "ok  " if ok else "MISS"


def tokens(text: str) -> collections.Counter[str]:
    return collections.Counter(re.findall(r"[\w']+", text.lower()))


def score(got: str, expected: str) -> tuple[float, float]:
    g, e = tokens(got), tokens(expected)
    common = sum((g & e).values())
    return common / max(1, sum(e.values())), common / max(1, sum(g.values()))


def readability_text(html: bytes) -> str | None:
    try:
        import lxml.html
        from readability import Document
    except ImportError:
        return None
    summary = Document(html.decode("utf-8")).summary()
    return str(lxml.html.fromstring(summary).text_content())


def trafilatura_alone(html: bytes) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html.decode("utf-8"),
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
    )
    return str(getattr(doc, "text", "") or "")


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def article(size: int) -> bytes:
    """A long article with navigation, sidebar and comments around it, about ``size`` bytes."""
    head = (DATA / "blog_post.html").read_bytes()
    parts = [head.split(b'<div class="post-content">')[0], b'<div class="post-content">']
    i = 0
    while sum(len(p) for p in parts) < size - len(head) // 2:
        words = " ".join(f"practice{i}w{j}" for j in range(60))
        parts.append(f"<p>Paragraph {i} on supervision and reflection: {words}.</p>\n".encode())
        i += 1
    parts.append(b"</div>" + head.split(b'<footer class="post-footer">')[1])
    return b"".join(parts)


def main() -> int:
    for name in PAGES:
        html = (DATA / f"{name}.html").read_bytes()
        expected = (DATA / f"{name}.expected.txt").read_text(encoding="utf-8")
        started = time.perf_counter()
        snap = make_snapshot(html, f"https://x.example/{name}", WHEN)
        ms = (time.perf_counter() - started) * 1000
        r, p = score(snap.text, expected)
        ok = r >= RECALL_TARGET and p >= PRECISION_TARGET
        print(
            f"{mark(ok)} trafilatura {name:14} recall {r:5.2f} precision {p:5.2f} {ms:6.1f} ms"
            f"  target recall >= {RECALL_TARGET}, precision >= {PRECISION_TARGET}"
        )
        other = readability_text(html)
        if other is not None:
            r, p = score(other, expected)
            print(f"     readability {name:14} recall {r:5.2f} precision {p:5.2f}  (comparison)")

    big = article(ARTICLE_BYTES)
    has_readability = readability_text(big) is not None  # also warms up its imports
    make_snapshot(big, "https://x.example/big", WHEN)  # warm up imports and caches
    trafilatura_alone(big)
    runs: dict[str, list[float]] = {"cpdlog": [], "trafilatura": [], "readability": []}
    for _ in range(5):
        runs["cpdlog"].append(timed(lambda: make_snapshot(big, "https://x.example/big", WHEN)))
        runs["trafilatura"].append(timed(lambda: trafilatura_alone(big)))
        if has_readability:
            runs["readability"].append(timed(lambda: readability_text(big)))
    median = statistics.median(runs["cpdlog"])
    snap = make_snapshot(big, "https://x.example/big", WHEN)
    print(
        f"{mark(median <= ARTICLE_TARGET_MS)} snapshot of a {len(big) // 1024} KB article "
        f"({snap.word_count:,} words) {median:6.1f} ms median of 5  "
        f"target <= {ARTICLE_TARGET_MS:.0f} ms (run off the GUI thread)"
    )
    alone = statistics.median(runs["trafilatura"])
    print(
        f"     peer: trafilatura alone, same article {alone:6.1f} ms median of 5; "
        f"ratio cpdlog / trafilatura alone {median / alone:.2f}x (no target)"
    )
    if has_readability:
        other = statistics.median(runs["readability"])
        print(
            f"     peer: readability-lxml alone, same article {other:6.1f} ms median of 5; "
            f"ratio readability / trafilatura alone {other / alone:.2f}x (no target)"
        )
    else:
        print("     peer: readability-lxml is not installed (pip install readability-lxml)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
