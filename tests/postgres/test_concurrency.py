"""Twenty practitioners' cpdlog writing and searching at once against one server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from cpdlog.storage.migrate import head_revision
from tests.conftest import FIXED_NOW, SRC

WORKERS = 20
ENTRIES_EACH = 3
BUSY = "busy, retrying"  # the one message a worker may print on stderr


@pytest.mark.slow
def test_twenty_processes_lose_no_write(pg_database: str, tmp_path: Path) -> None:
    certificate = tmp_path / "certificate.txt"
    certificate.write_text("Attended: team safeguarding day", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CPDLOG_")}
    environment["CPDLOG_NOW"] = FIXED_NOW.isoformat()
    environment["HOME"] = str(tmp_path / "user-home")
    root = str(SRC.parent)
    environment["PYTHONPATH"] = os.pathsep.join([str(SRC), root])
    # every worker starts on the empty database: one of them creates the schema, the others
    # wait for it (the migration lock) rather than fail or create it twice
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.postgres.concurrent_worker",
                pg_database,
                str(tmp_path / f"home{i}"),
                f"worker{i:02d}",
                str(ENTRIES_EACH),
                str(certificate),
            ],
            cwd=root,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(WORKERS)
    ]
    results = []
    for w in workers:
        out, err = w.communicate(timeout=600)
        results.append((w.returncode, out, err))
    for i, (code, _out, err) in enumerate(results):
        assert code == 0, f"worker {i} exited {code}: {err}"
        unexpected = [line for line in err.splitlines() if BUSY not in line]
        assert unexpected == [], f"worker {i}: {err}"

    engine = sa.create_engine(pg_database)
    try:
        with engine.connect() as conn:
            versions = conn.execute(sa.text("SELECT version_num FROM alembic_version"))
            assert versions.scalars().all() == [head_revision()]
            titles = conn.execute(sa.text("SELECT title FROM entries")).scalars().all()
            assert sorted(titles) == sorted(
                f"worker{i:02d} entry {n}" for i in range(WORKERS) for n in range(ENTRIES_EACH)
            )
            # the certificate every worker attached is one stored file, linked to 20 entries
            assert conn.execute(sa.text("SELECT count(*) FROM evidence_files")).scalar_one() == 1
            assert conn.execute(sa.text("SELECT count(*) FROM entry_evidence")).scalar_one() == (
                WORKERS
            )
    finally:
        engine.dispose()
