"""Bench: a 1,000-post hashtag discussion captured against a loopback server with 100 ms latency.

Run on its own: ``python bench/capture_social.py``. Prints one line per figure with its target.
The server is the tests' fake Mastodon (``tests/capture/fakesocial.py``), on 127.0.0.1 only.

The peer, measured in the same run against the same server: a plain paging client (httpx,
one connection, the same first URL and page size, following ``Link: rel="next"`` and decoding
each page's JSON, nothing else). Its time is what the 100 ms latency alone costs; the ratio
shows what cpdlog adds on top (politeness, checks, sanitising, the thread and the saved entry).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from tests.capture.fakesocial import EPOCH, SocialServer, snowflake, status  # noqa: E402

from cpdlog.capture.mastodon import PAGE_LIMIT  # noqa: E402
from cpdlog.services.app import App  # noqa: E402
from cpdlog.services.social import SocialService  # noqa: E402

POSTS = 1000
TARGET_SECONDS = 10.0


def plain_pager(base: str, tag: str, start: dt.datetime, end: dt.datetime) -> tuple[float, int]:
    """The peer: page through the tag timeline and nothing more; ``(seconds, posts in window)``."""
    url: str | None = (
        f"{base}/api/v1/timelines/tag/{tag}?limit={PAGE_LIMIT}&max_id={snowflake(end)}"
    )
    posts = 0
    started = time.perf_counter()
    with httpx.Client(trust_env=False, timeout=30) as client:
        while url:
            response = client.get(url)
            response.raise_for_status()
            page = response.json()
            if not page:
                break
            for item in page:
                if start <= dt.datetime.fromisoformat(item["created_at"]) <= end:
                    posts += 1
            if dt.datetime.fromisoformat(page[-1]["created_at"]) < start:
                break
            url = response.links.get("next", {}).get("url")
    return time.perf_counter() - started, posts


def main() -> int:
    server = SocialServer().start()
    server.behaviour.latency = 0.1
    server.add_tag(
        "12thMW",
        [
            status(
                EPOCH + dt.timedelta(seconds=25 * i), f"#12thMW point {i}", user=f"u{i % 80}", seq=i
            )
            for i in range(POSTS)
        ],
    )
    end = EPOCH + dt.timedelta(hours=8)
    try:
        plain_seconds, plain_posts = plain_pager(server.base, "12thMW", EPOCH, end)
        plain_pages = sum(1 for r in server.requests if "/timelines/tag/" in r)
        with tempfile.TemporaryDirectory() as home:
            app = App.open(Path(home))
            service = SocialService(app)
            started = time.perf_counter()
            captured = service.capture_hashtag("12thMW", server.base, EPOCH, end)
            elapsed = time.perf_counter() - started
            service.close()
            app.close()
    finally:
        server.stop()
    pages = sum(1 for r in server.requests if "/timelines/tag/" in r) - plain_pages
    ok = elapsed <= TARGET_SECONDS and captured.summary.endswith(f"{POSTS:,} posts by 80 people")
    print(
        f"hashtag capture, {POSTS:,} posts over {pages} pages at 100 ms latency: "
        f"{elapsed:.2f} s (target <= {TARGET_SECONDS:g} s) {'OK' if ok else 'MISSED'}"
    )
    print(
        f"peer: plain paging client, {plain_posts:,} posts over {plain_pages} pages: "
        f"{plain_seconds:.2f} s (no target; the latency's own cost)"
    )
    print(
        f"ratio cpdlog / plain pager: {elapsed / plain_seconds:.2f}x "
        f"(no target of its own; the target is cpdlog's {TARGET_SECONDS:g} s above)"
    )
    if plain_posts != POSTS:
        print(f"the plain pager saw {plain_posts} posts, not {POSTS}", file=sys.stderr)
        return 1
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
