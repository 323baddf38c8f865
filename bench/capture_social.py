"""Bench: a 1,000-post hashtag discussion captured against a loopback server with 100 ms latency.

Run on its own: ``python bench/capture_social.py``. Prints one line per figure with its target.
The server is the tests' fake Mastodon (``tests/capture/fakesocial.py``), on 127.0.0.1 only.
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

from tests.capture.fakesocial import EPOCH, SocialServer, status  # noqa: E402

from cpdlog.services.app import App  # noqa: E402
from cpdlog.services.social import SocialService  # noqa: E402

POSTS = 1000
TARGET_SECONDS = 10.0


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
    try:
        with tempfile.TemporaryDirectory() as home:
            app = App.open(Path(home))
            service = SocialService(app)
            started = time.perf_counter()
            captured = service.capture_hashtag(
                "12thMW", server.base, EPOCH, EPOCH + dt.timedelta(hours=8)
            )
            elapsed = time.perf_counter() - started
            service.close()
            app.close()
    finally:
        server.stop()
    pages = sum(1 for r in server.requests if "/timelines/tag/" in r)
    ok = elapsed <= TARGET_SECONDS and captured.summary.endswith(f"{POSTS:,} posts by 80 people")
    print(
        f"hashtag capture, {POSTS:,} posts over {pages} pages at 100 ms latency: "
        f"{elapsed:.2f} s (target <= {TARGET_SECONDS:g} s) {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
