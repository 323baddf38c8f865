"""Hostile numbers, dates, hours, titles and links on the command line: one line, exit 2,
no traceback, nothing stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog.services.app import App
from tests.conftest import run_cli

ADD = ["entry", "add", "--type", "blog", "--date", "2026-03-01"]
HUGE = "9" * 23  # beyond SQLite's 2^63-1

HOSTILE = [
    # ids and counts
    (["entry", "show", HUGE], "not an entry id"),
    (["entry", "show", "9223372036854775808"], "not an entry id"),
    (["entry", "show", "0"], "not an entry id"),
    (["entry", "show", "-1"], "not an entry id"),
    (["entry", "show", "1_0"], "not an entry id"),
    (["entry", "show", "\u0661"], "not an entry id"),  # ARABIC-INDIC DIGIT ONE
    (["entry", "edit", HUGE, "--title", "x"], "not an entry id"),
    (["entry", "delete", HUGE], "not an entry id"),
    (["entry", "restore", HUGE], "not an entry id"),
    (["trash", "purge", HUGE], "not an entry id"),
    (["check", HUGE], "not an entry id"),
    (["search", "x", "--limit", "100000000000000000000"], "out of range"),
    (["search", "x", "--limit", "10001"], "out of range"),
    (["search", "x", "--limit", "-1"], "cannot be negative"),
    (["search", "x", "--limit", "0"], "out of range"),
    (["search", "x", "--limit", "1e3"], "not a whole number"),
    (["items", "list", "--limit", HUGE], "out of range"),
    (["items", "list", "--offset", HUGE], "out of range"),
    (["items", "show", HUGE], "not an item id"),
    (["feeds", "remove", HUGE], "not a feed id"),
    (["feeds", "refresh", HUGE], "not a feed id"),
    (["feeds", "settings", "--keep-days", HUGE], "out of range"),
    (["backup", "--keep", HUGE], "out of range"),
    (["backup", "--keep", "0"], "out of range"),
    (["profile", "set", "--custom-period-years", HUGE], "out of range"),
    (["profile", "set", "--custom-min-entries", HUGE], "out of range"),
    (["profile", "set", "--custom-min-hours", "nan"], "not a number of hours"),
    (["profile", "set", "--custom-min-hours", "1e400"], "not a number of hours"),
    (["export", "pdf", "-o", "out.pdf", "--entry", HUGE], "not an entry id"),
    # dates
    (["export", "pdf", "-o", "out.pdf", "--to", "9999-12-31"], "outside the years"),
    (["export", "pdf", "-o", "out.pdf", "--from", "0001-01-01"], "outside the years"),
    (["entry", "list", "--to", "9999-12-31"], "outside the years"),
    (["progress", "--period", "99999"], "not a year"),
    (["progress", "--period", "2_026"], "not a year"),
    (["profile", "set", "--registered-on", "0001-01-01"], "outside the years"),
    ([*ADD[:-1], "9999-03-01", "--title", "Far future"], "outside the years"),
    ([*ADD[:-1], "2026-W11-1", "--title", "Week date"], "not a valid date"),
    ([*ADD, "--title", "Peer", "--peer-date", "3000-01-01", "--peer-text", "x"], "outside"),
    # hours
    ([*ADD, "--title", "Hours", "--hours", "1:-30"], "not a number of hours"),
    ([*ADD, "--title", "Hours", "--hours=-0:30"], "negative"),
    ([*ADD, "--title", "Hours", "--hours", "1_0"], "not a number of hours"),
    ([*ADD, "--title", "Hours", "--hours", "1e2"], "not a number of hours"),
    ([*ADD, "--title", "Hours", "--hours", "+1"], "not a number of hours"),
    ([*ADD, "--title", "Hours", "--hours", "1:60"], "not a number of hours"),
    ([*ADD, "--title", "Hours", "--hours", "9" * 400], "more than the 1000 hours"),
    ([*ADD, "--title", "Hours", "--hours", "inf"], "not a number of hours"),
    ([*ADD, "--title", "Hours", "--hours", "1001"], "more than"),
    # text
    ([*ADD, "--title", "\x07 \u200b"], "The title is empty"),
    ([*ADD, "--title", "\u2060\ufeff\u3164"], "The title is empty"),
    ([*ADD, "--title", "Peer", "--peer-name", "\u200b", "--peer-text", "x"], "name is empty"),
    (["profile", "set", "--name", "\u200b\x07"], "Your name is empty"),
    # links
    ([*ADD, "--title", "Link", "--url", "javascript:alert(1)"], "https://, http:// or mailto:"),
    ([*ADD, "--title", "Link", "--url", "file:///etc/passwd"], "https://, http:// or mailto:"),
    ([*ADD, "--title", "Link", "--url", "data:text/html,<b>x</b>"], "https://, http:// or mailto"),
    ([*ADD, "--title", "Link", "--url", "vbscript:msgbox"], "https://, http:// or mailto:"),
    ([*ADD, "--title", "Link", "--url", "/relative/page"], "https://, http:// or mailto:"),
    ([*ADD, "--title", "Link", "--url", "java\tscript:alert(1)"], "invisible characters"),
    ([*ADD, "--title", "Link", "--url", "https:///no-host"], "no site name"),
    (["entry", "edit", "1", "--url", "javascript:alert(1)"], "https://, http:// or mailto:"),
    # whatever a message quotes back stays on one line, with no terminal escapes
    (["entry", "add", "--type", "blog\nx\x1b[2J", "--date", "2026-03-01", "--title", "T"], "x?[2J"),
    ([*ADD[:-1], "2026\n03-01", "--title", "T"], "not a valid date"),
    ([*ADD, "--title", "Link", "--url", "https://e.org/\n\x1b[2J"], "invisible characters"),
    (["entry", "show", "1\n2"], "not an entry id"),
    ([*ADD, "--title", "T", "--template", "x\ny"], "x?y"),
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("hostile") / "h"
    result = run_cli(*ADD, "--title", "Keep me", "--url", "https://example.org/a", home=home)
    assert result.returncode == 0, result.stderr
    yield home


def _snapshot(home: Path) -> tuple[list[tuple[object, ...]], dict[str, object]]:
    app = App.open(home)
    try:
        entries = [
            (e.id, e.title, e.source.url, e.hours, e.start_date)
            for e in app.entries.list_entries() + app.entries.trash()
        ]
        return entries, app.profile.get().to_dict()
    finally:
        app.close()


@pytest.mark.parametrize(("args", "message"), HOSTILE, ids=[" ".join(a)[:60] for a, _ in HOSTILE])
def test_hostile_input_is_refused_with_one_line_and_nothing_stored(
    seeded: Path, args: list[str], message: str
) -> None:
    before = _snapshot(seeded)
    result = run_cli(*args, home=seeded)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "\x1b" not in result.stderr
    assert message in result.stderr
    assert result.stdout == ""
    assert _snapshot(seeded) == before
    assert not (seeded / "out.pdf").exists()


def test_good_input_still_works(tmp_path: Path) -> None:
    home = tmp_path / "h"
    for hours in ("1:30", ".75", "2", "1000"):
        result = run_cli(*ADD, "--title", f"Hours {hours}", "--hours", hours, home=home)
        assert result.returncode == 0, result.stderr
    result = run_cli(
        *ADD, "--title", "Mail", "--url", "mailto:team@example.org", "--hours", "1", home=home
    )
    assert result.returncode == 0, result.stderr
    app = App.open(home)
    try:
        stored = {e.title: e for e in app.entries.list_entries()}
    finally:
        app.close()
    assert stored["Hours 1:30"].hours == 1.5
    assert stored["Hours .75"].hours == 0.75
    assert stored["Hours 1000"].hours == 1000.0
    assert stored["Mail"].source.url == "mailto:team@example.org"
    result = run_cli("search", "Hours", "--limit", "10000", home=home)
    assert result.returncode == 0, result.stderr
    result = run_cli("progress", "--period", "2027", home=home)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "edges.pdf"
    result = run_cli(
        "export", "pdf", "-o", str(out), "--from", "1900-01-01", "--to", "2999-12-31", home=home
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_the_portfolio_refuses_a_year_the_charts_cannot_draw(app: App, tmp_path: Path) -> None:
    """The desktop app's date pickers reach the portfolio service without the CLI's parsing."""
    import datetime as dt

    from cpdlog.errors import ValidationError
    from cpdlog.services.portfolio import PortfolioRequest, PortfolioService

    service = PortfolioService(app)
    for request in (
        PortfolioRequest(output=tmp_path / "a.pdf", date_to=dt.date(9999, 12, 31)),
        PortfolioRequest(output=tmp_path / "b.pdf", date_from=dt.date(1, 1, 1)),
    ):
        with pytest.raises(ValidationError, match="outside the years"):
            service.prepare(request)
    assert list(tmp_path.glob("*.pdf")) == []
