"""The schema revisions this cpdlog knows, read from its migration files' headers.

Standard library only (no SQLAlchemy, no Alembic), so that a command can tell whether a
journal is at this cpdlog's schema before the database layer is loaded.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION_LINE = re.compile(r'^(revision|down_revision)\s*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


@cache
def revision_graph() -> dict[str, str | None]:
    """revision → down_revision, read from the version files' headers.

    Reading two lines per file keeps start-up quick: Alembic itself is imported only when an
    upgrade is actually needed.
    """
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(path.read_text())}
        if found.get("revision"):
            graph[str(found["revision"])] = found.get("down_revision")
    return graph


def head_revision() -> str:
    graph = revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"cpdlog's migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_graph())
