"""The domain's one rule for hours, dates, text and links (CLI, desktop app and imports)."""

from __future__ import annotations

import datetime as dt

import pytest

from cpdlog.domain.entry import (
    MAX_HOURS,
    ActivityType,
    Entry,
    PeerReflection,
    Reflection,
    Source,
    parse_date,
    parse_hours,
    validate_entry,
    validate_hours,
)
from cpdlog.domain.feed import is_openable_link, normalise_category
from cpdlog.domain.practitioner import CustomRequirements, Practitioner, validate_practitioner
from cpdlog.domain.text import clean_line, clean_text, has_visible_text, is_safe_link, link_problem
from cpdlog.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "hours"),
    [("1.5", 1.5), ("1:30", 1.5), (".75", 0.75), ("2.", 2.0), ("0", 0.0), (" 1:45 ", 1.75)],
)
def test_hours_accepted(text: str, hours: float) -> None:
    assert parse_hours(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "1:-30",
        "-0:30",
        "-1",
        "+1",
        "1_0",
        "1e1",
        "1E1",
        "0x10",
        "nan",
        "inf",
        "1..5",
        "1:60",
        "1:5",
        "1:30:00",
        "12345",
        "9" * 400,
        "\u0661",
        "1 5",
        "",
        "1,5",
    ],
)
def test_hours_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_hours(text)
    assert caught.value.field == "hours"


@pytest.mark.parametrize("number", [float("nan"), float("inf"), -0.25, MAX_HOURS + 0.25, 0.1])
def test_hours_from_numbers_refused(number: float) -> None:
    with pytest.raises(ValidationError):
        validate_hours(number)
    with pytest.raises(ValidationError):
        parse_hours(number)


def test_hours_from_numbers_bool_and_huge_int_refused() -> None:
    with pytest.raises(ValidationError):
        validate_hours(True)
    with pytest.raises(ValidationError):
        validate_hours(10**400)
    assert validate_hours(3) == 3.0


@pytest.mark.parametrize(
    "text", ["9999-12-31", "0001-01-01", "1899-12-31", "3000-01-01", "2026-W11-1", "20260314"]
)
def test_dates_outside_the_usable_years_or_not_iso_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_date(text)


def test_dates_at_the_edges_are_accepted() -> None:
    assert parse_date("1900-01-01") == dt.date(1900, 1, 1)
    assert parse_date("2999-12-31") == dt.date(2999, 12, 31)


def test_clean_text_drops_controls_but_keeps_every_word() -> None:
    assert clean_text("one\x07two\x00 three\x9b") == "onetwo three"
    assert clean_text("a\r\nb\rc\x0bd\x0ce\x85f\tg\nh") == "a\nb\nc\nd\ne\nf\tg\nh"
    assert clean_line(" a\tb\nc\x1b ") == "a b c"


@pytest.mark.parametrize(
    "text", ["\x07 \u200b", "\u2060\ufeff", "\u3164", "\u2800", "\u0301", "\u00a0\u3000", ""]
)
def test_invisible_text(text: str) -> None:
    assert not has_visible_text(text)


@pytest.mark.parametrize("text", ["a", "\u00e9", "\u4e2d", "\u0661", "\U0001f600", "."])
def test_visible_text(text: str) -> None:
    assert has_visible_text(text)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "\x01javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "/relative",
        "relative/page",
        "//example.org/x",
        "https://",
        "http:///x",
        "mailto:",
        "https://exa mple.org/",
        "https://example.org/\u200b",
        "http://[::1",
        "http://127.0.0.1:99999/",
        "https://example.org:-1/",
    ],
)
def test_unsafe_links(url: str) -> None:
    assert link_problem(url) is not None
    assert not is_safe_link(url)
    assert not is_openable_link(url)


@pytest.mark.parametrize(
    "url", ["https://example.org/a?b=c#d", "http://intranet.local/x", "mailto:a@example.org"]
)
def test_safe_links(url: str) -> None:
    assert link_problem(url) is None
    assert is_openable_link(url)


def _entry(**kwargs: object) -> Entry:
    values: dict[str, object] = {
        "title": "Reading",
        "activity_type": ActivityType.READING,
        "start_date": dt.date(2026, 3, 1),
    }
    values.update(kwargs)
    return Entry(**values)  # type: ignore[arg-type]


def test_validate_entry_refuses_invisible_title_and_names() -> None:
    with pytest.raises(ValidationError, match="The title is empty") as caught:
        validate_entry(_entry(title="\x07 \u200b"))
    assert caught.value.field == "title"
    with pytest.raises(ValidationError, match="peer's name is empty"):
        validate_entry(_entry(peer=PeerReflection(name="\u200b", text="We talked.")))
    with pytest.raises(ValidationError, match="provider is empty"):
        validate_entry(_entry(source=Source(provider="\u2060")))


def test_validate_entry_refuses_unsafe_source_link() -> None:
    for url in ("javascript:alert(1)", "file:///etc/passwd", "data:,x", "page.html"):
        with pytest.raises(ValidationError) as caught:
            validate_entry(_entry(source=Source(url=url)))
        assert caught.value.field == "url"
    assert validate_entry(_entry(source=Source(url=" https://e.org/ "))).source.url == (
        "https://e.org/"
    )


def test_validate_entry_refuses_dates_outside_the_usable_years() -> None:
    with pytest.raises(ValidationError):
        validate_entry(_entry(start_date=dt.date(9999, 1, 1)))
    with pytest.raises(ValidationError):
        validate_entry(_entry(end_date=dt.date(9999, 12, 31)))
    with pytest.raises(ValidationError):
        validate_entry(_entry(peer=PeerReflection(text="x", date=dt.date(9999, 1, 1))))


def test_validate_entry_strips_controls_and_keeps_words() -> None:
    entry = validate_entry(
        _entry(
            title="Safe\x1b[31m guarding\nday",
            reflection=Reflection(
                "swe", {"learnt": "line one\r\nline\x00 two", "impact": "\u200b"}
            ),
            peer=PeerReflection(name="Sam\x07", text="ok\x9b"),
            source=Source(notes="notes\x08 kept"),
            tags=["\x07", "risk\x00"],
        )
    )
    assert entry.title == "Safe guarding day"  # the escape sequence goes whole
    assert entry.reflection.sections == {"learnt": "line one\nline two", "impact": ""}
    assert entry.peer is not None and (entry.peer.name, entry.peer.text) == ("Sam", "ok")
    assert entry.source.notes == "notes kept"
    assert entry.tags == ["risk"]


def test_practitioner_text_is_tidied_and_numbers_bounded() -> None:
    tidy = validate_practitioner(
        Practitioner(name=" Sam\x1b Smith\n", registration_number="SW1\x00")
    )
    assert (tidy.name, tidy.registration_number) == ("Sam Smith", "SW1")
    for bad in (
        Practitioner(name="\u200b"),
        Practitioner(registered_on=dt.date(9999, 1, 1)),
        Practitioner(custom=CustomRequirements(period_years=10**20)),
        Practitioner(custom=CustomRequirements(period_years=0)),
        Practitioner(custom=CustomRequirements(min_entries=10**20)),
        Practitioner(custom=CustomRequirements(min_hours=float("nan"))),
    ):
        with pytest.raises(ValidationError):
            validate_practitioner(bad)


def test_feed_categories_lose_control_characters() -> None:
    assert normalise_category(" News\x1b[2J / Adults\x07 ") == "News/Adults"
