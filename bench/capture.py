"""Capture-to-entry latency through the local endpoint.

    python bench/capture.py [N]

Runs the real endpoint in this process (on a free 127.0.0.1 port) with the real capture service
on a temporary data folder, POSTs N captures (default 200) as the browser extension does, and
times each from sending the request to having the saved entry's id back. No page snapshot is
taken. Prints each figure with its target.

The peer, measured in the same run and interleaved with the captures (so both see the same load
on the machine): a bare HTTP round trip to the same endpoint, ``GET /ping`` on a new connection
as each capture uses. It is what the loopback connection and Python's HTTP server cost; the
ratio and the difference show what saving the capture adds.
"""

from __future__ import annotations

import http.client
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cpdlog.services.app import App  # noqa: E402

MEDIAN_TARGET_MS = 150.0


def main(count: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        app = App.open(Path(folder) / "home")
        endpoint = app.capture.endpoint(port=0)
        endpoint.limiter.limit = 2 * count + 10  # one client sending fast on purpose
        port = endpoint.start()
        headers = {
            "Host": f"127.0.0.1:{port}",
            "Authorization": f"Bearer {endpoint.token}",
            "Content-Type": "application/json",
            "Origin": "moz-extension://cpdlog-bench",
        }
        timings: list[float] = []
        bare: list[float] = []
        try:
            for n in range(count):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                started = time.perf_counter()
                connection.request("GET", "/ping", headers={"Host": headers["Host"]})
                response = connection.getresponse()
                pong = json.loads(response.read())
                bare.append((time.perf_counter() - started) * 1000)
                connection.close()
                if response.status != 200 or pong.get("app") != "cpdlog":
                    print(f"ping {n} failed: {response.status} {pong}", file=sys.stderr)
                    return 1

                body = json.dumps(
                    {
                        "url": f"https://example.org/article/{n}",
                        "title": f"Article {n} on strengths-based practice",
                        "selection": "A passage the practitioner selected. " * 20,
                        "metadata": {"og:site_name": "Example", "author": "A. Writer"},
                    }
                ).encode()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                started = time.perf_counter()
                connection.request("POST", "/capture", body, headers)
                response = connection.getresponse()
                reply = json.loads(response.read())
                timings.append((time.perf_counter() - started) * 1000)
                connection.close()
                if response.status != 201 or not reply.get("entry_id"):
                    print(f"capture {n} failed: {response.status} {reply}", file=sys.stderr)
                    return 1
            stored = app.capture.inbox_count()
        finally:
            endpoint.stop()
            app.close()
    median = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) >= 20 else max(timings)
    ok = median <= MEDIAN_TARGET_MS
    print(f"captures through the endpoint: {count} sent, {stored} in the Inbox")
    print(
        f"capture-to-entry median: {median:.1f} ms (target <= {MEDIAN_TARGET_MS:.0f} ms) "
        f"{'OK' if ok else 'MISSED'}"
    )
    print(f"capture-to-entry p95: {p95:.1f} ms (no target; for information)")
    bare_median = statistics.median(bare)
    print(
        f"peer: bare HTTP round trip (GET /ping, same endpoint, new connection) median: "
        f"{bare_median:.1f} ms (no target)"
    )
    print(
        f"ratio capture / bare round trip: {median / bare_median:.1f}x; saving adds "
        f"{median - bare_median:.1f} ms (the target is the {MEDIAN_TARGET_MS:.0f} ms median above)"
    )
    return 0 if ok and stored == count else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
