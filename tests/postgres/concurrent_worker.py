"""One practitioner's cpdlog for the concurrency test: ``python -m tests.postgres.concurrent_worker
URL HOME NAME COUNT CERTIFICATE``.

Runs cpdlog's own command line (``cpdlog.cli.main``, as ``python -m cpdlog`` does, without a new
interpreter per command) against the shared server: COUNT times ``entry add`` (the first with
the same certificate every worker attaches) then ``search`` for what was just added. Exit code 0
only if every command succeeded and every search found the entry; cpdlog's messages stay on
stderr for the test to read.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys


def run(argv: list[str]) -> tuple[int, str]:
    from cpdlog.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


def work(url: str, home: str, name: str, count: int, certificate: str) -> int:
    common = ["--home", home, "--database-url", url]
    for n in range(count):
        title = f"{name} entry {n}"
        extra = ["--attach", certificate] if n == 0 else []
        code, out = run(
            [
                *common,
                "entry",
                "add",
                "--title",
                title,
                "--type",
                "reading",
                "--date",
                "2026-03-01",
                "--section",
                f"description=Reading for {name}",
                "--section",
                f"learnt=Notes by {name} number n{n}x",
                "--section",
                "impact=I share what I read with the team",
                *extra,
            ]
        )
        if code != 0:
            return code
        code, out = run([*common, "search", f"{name} n{n}x", "--json"])
        if code != 0:
            return code
        if [hit["title"] for hit in json.loads(out)] != [title]:
            print(f"worker {name}: search for entry {n} found {out!r}", file=sys.stderr)
            return 3
    return 0


if __name__ == "__main__":
    url, home, name, count, certificate = sys.argv[1:6]
    sys.exit(work(url, home, name, int(count), certificate))
