"""Hostile and loose values on the command line: huge numbers, odd hours, invisible titles,
non-web links. Each is refused with one line (exit 1 or 2) and nothing is stored."""

from __future__ import annotations

import json

import pytest

from tests.hostile.conftest import Sandbox
from tests.hostile.harness import (
    Checked,
    assert_hostile_outcome,
    assert_journal_unchanged,
    assert_ok,
    assert_outside_unchanged,
    run_checked,
    run_session,
)

HUGE = "99999999999999999999999"
ADD = ["entry", "add", "--type", "reading", "--date", "2026-03-01"]


def _refused(sandbox: Sandbox, args: list[str], codes: set[int], *mentions: str) -> Checked:
    out = sandbox.root / "out"
    out.mkdir(exist_ok=True)
    sandbox.before = sandbox.snapshot(allowed=(out,))
    checked, _ = run_checked(args, home=sandbox.home, before=sandbox.known, cwd=out)
    assert_hostile_outcome(checked.result, codes=codes, mentions=mentions)
    assert_journal_unchanged(checked.before, checked.after_journal())
    assert_outside_unchanged(sandbox.before, sandbox.snapshot(allowed=(out,)))
    return checked


HUGE_IDS = {
    "entry-show": ["entry", "show", HUGE],
    "entry-show-json": ["entry", "show", HUGE, "--json"],
    "entry-edit": ["entry", "edit", HUGE, "--title", "New title"],
    "entry-delete": ["entry", "delete", HUGE],
    "entry-restore": ["entry", "restore", HUGE],
    "trash-purge": ["trash", "purge", HUGE],
    "items-log": ["items", "log", HUGE],
    "export-pdf-entry": ["export", "pdf", "-o", "x.pdf", "--entry", HUGE],
    "entry-show-negative-huge": ["entry", "show", "-" + HUGE],
}


@pytest.mark.parametrize("name", sorted(HUGE_IDS))
def test_an_id_too_big_for_the_database(sandbox: Sandbox, name: str) -> None:
    _refused(sandbox, HUGE_IDS[name], {1, 2})


LIMITS = {
    "search-limit-huge": ["search", "strengths", "--limit", "100000000000000000000"],
    "search-limit-negative": ["search", "strengths", "--limit", "-1"],
    "items-limit-huge": ["items", "list", "--limit", "100000000000000000000"],
    "items-offset-huge": ["items", "list", "--offset", "100000000000000000000"],
}


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_a_limit_out_of_range(sandbox: Sandbox, name: str) -> None:
    _refused(sandbox, LIMITS[name], {1, 2}, "limit", "offset")


@pytest.mark.parametrize(
    "hours",
    ["1" * 400, "1" * 400 + ":00", "1:-30", "-0:30", "1_0", "1:1_5", "0:" + "9" * 400],
    ids=["400-digits", "400-digit-hours", "negative-minutes", "negative-zero-hours",
         "underscore", "underscore-minutes", "400-digit-minutes"],
)  # fmt: skip
def test_loose_or_huge_hours_are_refused(sandbox: Sandbox, hours: str) -> None:
    # `--hours=VALUE`, so a leading minus reaches cpdlog's own parsing rather than argparse's
    _refused(sandbox, [*ADD, "--title", "Reading", f"--hours={hours}"], {2}, "hours")


@pytest.mark.parametrize(
    "title",
    ["\x07 \u200b", "\u200b\u200d\u2060\ufeff", "\u3164\u115f", " \x1b[2J "],
    ids=["bell-and-zero-width", "zero-width-only", "hangul-fillers", "terminal-escape-only"],
)
def test_an_invisible_title_is_refused(sandbox: Sandbox, title: str) -> None:
    _refused(sandbox, [*ADD, "--title", title, "--hours", "1"], {2}, "title")


BAD_LINKS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    " javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://example.org/notes.txt",
]


@pytest.mark.parametrize("url", BAD_LINKS)
def test_a_link_that_is_not_http_https_or_mailto_is_refused(sandbox: Sandbox, url: str) -> None:
    _refused(
        sandbox, [*ADD, "--title", "Reading", "--hours", "1", f"--url={url}"], {2},
        "url", "link", "address",
    )  # fmt: skip


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd"])
def test_editing_in_a_bad_link_is_refused(sandbox: Sandbox, url: str) -> None:
    _refused(sandbox, ["entry", "edit", "1", f"--url={url}"], {2}, "url", "link", "address")


@pytest.mark.parametrize(
    "url",
    ["https://example.org/article", "http://example.org/", "mailto:trainer@example.org"],
)
def test_web_and_mail_links_are_kept(sandbox: Sandbox, url: str) -> None:
    """The control for the refusals above: these are links and are stored as given."""
    results = run_session(
        [[*ADD, "--title", "Reading", "--hours", "1", "--url", url, "--json"]], home=sandbox.home
    )
    assert_ok(results[0])
    assert json.loads(results[0].stdout)["source"]["url"] == url


@pytest.mark.parametrize(
    "args",
    [
        ["entry", "add", "--from-url", "file:///etc/passwd"],
        ["entry", "add", "--from-url", "javascript:alert(1)"],
        ["feeds", "add", "file:///etc/passwd"],
        ["feeds", "add", "javascript:alert(1)"],
    ],
    ids=["from-url-file", "from-url-javascript", "feed-file", "feed-javascript"],
)
def test_local_and_script_addresses_are_never_fetched(sandbox: Sandbox, args: list[str]) -> None:
    checked = _refused(sandbox, args, {1, 2})
    assert "root:" not in checked.result.stdout


def test_a_pdf_to_the_end_of_time(sandbox: Sandbox) -> None:
    """`--to 9999-12-31` with a registration date set (periods are counted from it)."""
    out = sandbox.root / "out"
    out.mkdir()
    results = run_session(
        [
            ["profile", "set", "--name", "A Worker", "--registered-on", "2020-05-01"],
            ["export", "pdf", "-o", str(out / "all.pdf"), "--to", "9999-12-31"],
            ["progress"],
        ],
        home=sandbox.home,
        timeout=60,
    )
    assert_ok(results[0])
    assert_hostile_outcome(results[1], codes={1, 2})
    assert not (out / "all.pdf").exists()
    assert_ok(results[2])
