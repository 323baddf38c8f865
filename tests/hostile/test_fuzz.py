"""Structure-aware fuzzing of `import json` and `feeds import` with hypothesis.

Examples run in this process through ``cpdlog.cli.main`` (a child per example would be too slow)
against one data folder per test, inside a sandbox holding a victim file. For every example:
the exit code is 0, 1 or 2; no exception escapes; a failure says why in one line without a
traceback; nothing outside the data folder changes; the journal keeps working."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import string
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.hostile.conftest import Template
from tests.hostile.harness import FIXED_NOW, assert_outside_unchanged, snapshot_outside

EXAMPLES = 40

# --- values a backup's fields might be given ---------------------------------------------------
PATHLIKE = st.sampled_from(
    [
        "../../../../etc/passwd", "/etc/passwd", "..", ".", "", "a/b", "C:\\Windows\\win.ini",
        "../victim.txt", "\x00", "ab" * 32, "AB" * 32, "0" * 64, "f" * 63,
    ]
)  # fmt: skip
DATELIKE = st.sampled_from(
    ["2026-03-01", "2026-02-30", "99999-01-01", "0001-01-01", "9999-12-31", "2026-13-01",
     "2026-03-01T10:00:00+00:00", "yesterday", "", "2026-3-1"]
)  # fmt: skip
NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 1, -1, 0.25, 1000, 1001, 10**400, 2**63, -(2**63) - 1]),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    NUMBERS,
    st.text(max_size=40),
    PATHLIKE,
    DATELIKE,
    st.sampled_from(["reading", "swe", "custom", "complete", "draft", "javascript:alert(1)"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


@st.composite
def backups(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    doc: dict[str, Any] = json.loads(json.dumps(base))
    for n, entry in enumerate(doc["entries"]):
        entry["uid"] = draw(st.sampled_from([f"fuzz-{draw(st.integers(0, 10**9))}-{n}", None]))
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(doc) if p]
        where = draw(st.sampled_from(paths))
        parent: Any = doc
        for key in where[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "delete":
            del parent[where[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(VALUES)
        else:
            parent[where[-1]] = draw(VALUES)
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()), allow_nan=True)
    data = text.encode("utf-8", "surrogatepass")
    cut = draw(st.sampled_from([None, None, None, "truncate", "bom"]))
    if cut == "truncate":
        data = data[: draw(st.integers(0, max(0, len(data) - 1)))]
    elif cut == "bom":
        data = b"\xef\xbb\xbf" + data
    return data


# --- OPML ---------------------------------------------------------------------------------------
URLS = st.sampled_from(
    [
        "http://127.0.0.1:9/feed.xml", "https://127.0.0.1:9/atom", "http://127.0.0.1:9/",
        "javascript:alert(1)", "file:///etc/passwd", "data:,x", "", "127.0.0.1:9/x",
        "http://[::1]:9/feed", "feed://127.0.0.1:9/x", "HTTP://127.0.0.1:9/UPPER",
    ]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=30), st.sampled_from(["&amp;", "<b>", "]]>", "\u202e", "a/b"]))


@st.composite
def outlines(draw: st.DrawFn, depth: int = 0) -> str:
    attrs: dict[str, str] = {}
    names = st.sampled_from(["text", "title", "xmlUrl", "htmlUrl", "type", "category", "x"])
    for name in draw(st.lists(names, max_size=5)):
        attrs[name] = draw(URLS if name.endswith("Url") else TEXTS)
    rendered = "".join(f" {k}={quoteattr(_xml_safe(v))}" for k, v in attrs.items())
    children = (
        draw(st.lists(outlines(depth + 1), max_size=3)) if depth < 4 and draw(st.booleans()) else []
    )
    if not children:
        return f"<outline{rendered}/>"
    return f"<outline{rendered}>{''.join(children)}</outline>"


def _xml_safe(text: str) -> str:
    return "".join(c for c in text if c in string.printable or (ord(c) > 0x9F and c != "\ufffe"))


@st.composite
def opml_documents(draw: st.DrawFn) -> bytes:
    body = "".join(draw(st.lists(outlines(), max_size=6)))
    title = escape(_xml_safe(draw(TEXTS)))
    version = draw(st.sampled_from(["1.0", "2.0", "x"]))
    text = (
        f'<?xml version="1.0" encoding="UTF-8"?><opml version="{version}">'
        f"<head><title>{title}</title></head><body>{body}</body></opml>"
    )
    data = text.encode("utf-8", "surrogatepass")
    damage = draw(st.sampled_from([None, None, "truncate", "garbage"]))
    if damage == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "garbage":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    return data


# --- running ------------------------------------------------------------------------------------
def _main(home: Path, *args: str) -> tuple[int, str, str]:
    from cpdlog.cli import main

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--home", str(home), *args])  # an escaping exception fails the example
    out.flush()
    err.flush()
    assert isinstance(out.buffer, io.BytesIO) and isinstance(err.buffer, io.BytesIO)
    return code, out.buffer.getvalue().decode(), err.buffer.getvalue().decode()


def _assert_clean(code: int, stderr: str, what: str) -> None:
    assert code in (0, 1, 2), f"{what}: exit {code}: {stderr}"
    assert "Traceback" not in stderr, stderr
    if code != 0:
        lines = stderr.rstrip("\n").split("\n")
        assert len(lines) == 1 and lines[0].strip(), f"{what}: not one line: {stderr!r}"


@pytest.fixture
def fuzz_home(tmp_path: Path, template: Template, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CPDLOG_NOW", FIXED_NOW.isoformat())
    monkeypatch.setenv("CPDLOG_DEBUG", "1")  # a fault raises (and fails the test), not exit 1
    monkeypatch.delenv("CPDLOG_HOME", raising=False)
    monkeypatch.delenv("CPDLOG_DATABASE_URL", raising=False)
    sandbox = tmp_path / "sandbox"
    sandbox.mkdir()
    (sandbox / "victim.txt").write_text("VICTIM-fuzz-do-not-touch\n")
    shutil.copytree(template.home, sandbox / "home")
    return sandbox / "home"


@pytest.mark.slow
def test_fuzz_import_json(fuzz_home: Path, template: Template) -> None:
    sandbox = fuzz_home.parent
    before = snapshot_outside(sandbox, fuzz_home, allowed=(sandbox / "doc.json",))

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: it can take minutes here
    )
    @given(data=backups(template.document))
    def check(data: bytes) -> None:
        doc = sandbox / "doc.json"
        doc.write_bytes(data)
        code, _, stderr = _main(fuzz_home, "import", "json", str(doc))
        _assert_clean(code, stderr, "import json")
        code, _, stderr = _main(fuzz_home, "progress")
        assert code == 0, f"progress broke after the import: {stderr}"
        code, _, stderr = _main(fuzz_home, "entry", "list")
        assert code == 0, f"entry list broke after the import: {stderr}"
        after = snapshot_outside(sandbox, fuzz_home, allowed=(doc,))
        assert_outside_unchanged(before, after)

    check()


@pytest.mark.slow
def test_fuzz_feeds_import_opml(fuzz_home: Path) -> None:
    sandbox = fuzz_home.parent
    before = snapshot_outside(sandbox, fuzz_home, allowed=(sandbox / "feeds.opml",))

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: it can take minutes here
    )
    @given(data=opml_documents())
    def check(data: bytes) -> None:
        path = sandbox / "feeds.opml"
        path.write_bytes(data)
        code, _, stderr = _main(fuzz_home, "feeds", "import", str(path))
        _assert_clean(code, stderr, "feeds import")
        code, out, stderr = _main(fuzz_home, "feeds", "list", "--json")
        assert code == 0, stderr
        for feed in json.loads(out):
            assert feed["url"] == "" or feed["url"].lower().startswith(("http://", "https://"))
        assert_outside_unchanged(before, snapshot_outside(sandbox, fuzz_home, allowed=(path,)))

    check()
