"""The lossless JSON export (the backup a journal can be restored from), written to a file.

A ``.zip`` holds ``journal.json`` plus one ``evidence/<sha256>`` member per evidence file; any
other name is one JSON document with the evidence inside it as base64. The document itself
(entries, practitioner, format and version) is built by the caller from domain objects.
"""

from __future__ import annotations

import base64
import io
import json
import shutil
import zipfile
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, BinaryIO

ZIP_JOURNAL = "journal.json"
COPY_CHUNK = 1024 * 1024

# sha256 -> the stored file, opened for reading
OpenEvidence = Callable[[str], AbstractContextManager[BinaryIO]]


def write_zip(
    target: Path | io.BytesIO,
    document: dict[str, Any],
    shas: Sequence[str],
    open_evidence: OpenEvidence,
) -> None:
    """The ZIP form: ``journal.json`` and each evidence file streamed in (never all in memory)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(ZIP_JOURNAL, json.dumps(document, ensure_ascii=False, indent=2))
        for sha in shas:
            with open_evidence(sha) as src, zf.open(f"evidence/{sha}", "w") as dst:
                shutil.copyfileobj(src, dst, COPY_CHUNK)


def json_text(
    document: dict[str, Any], shas: Sequence[str], read_evidence: Callable[[str], bytes]
) -> str:
    """The one-file form: ``document`` with ``evidence_files`` (sha256 -> base64) added."""
    document["evidence_files"] = {
        sha: base64.b64encode(read_evidence(sha)).decode("ascii") for sha in shas
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
