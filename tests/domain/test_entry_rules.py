import datetime as dt

import pytest

from cpdlog.domain.entry import (
    ActivityType,
    Entry,
    PeerReflection,
    parse_activity_type,
    parse_date,
    parse_hours,
    validate_entry,
)
from cpdlog.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "hours"),
    [("1.5", 1.5), ("1:30", 1.5), ("0", 0), ("0.25", 0.25), ("1000", 1000), (" 2 ", 2.0)],
)
def test_hours_in_quarter_steps(text, hours):
    assert parse_hours(text) == hours


@pytest.mark.parametrize("text", ["-1", "1000.25", "0.1", "abc", "nan", "inf", "1:7", ""])
def test_bad_hours_are_refused_with_a_message(text):
    with pytest.raises(ValidationError) as err:
        parse_hours(text)
    assert err.value.field == "hours"


@pytest.mark.parametrize(
    "text", ["2026-02-30", "2025-02-29", "14/03/2026", "2026-3-1", "yesterday", ""]
)
def test_impossible_or_malformed_dates(text):
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_date(text)


def test_leap_day_is_a_real_date():
    assert parse_date("2024-02-29") == dt.date(2024, 2, 29)


def test_activity_vocabulary_covers_how_social_workers_learn():
    ids = {t.value for t in ActivityType}
    assert {
        "blog",
        "social-post",
        "discussion",
        "podcast",
        "video",
        "elearning",
        "workshop",
        "conference",
        "course",
        "reading",
        "research",
        "supervision",
        "peer-reflection",
        "shadowing",
        "teaching",
        "lived-experience",
        "other",
    } == ids
    assert all(t.label for t in ActivityType)
    assert parse_activity_type(" Podcast ") is ActivityType.PODCAST
    with pytest.raises(ValidationError, match="Unknown activity type"):
        parse_activity_type("tweet")


def _entry(**changes):
    base = {
        "title": "Webinar on the Care Act",
        "activity_type": ActivityType.VIDEO,
        "start_date": dt.date(2026, 5, 1),
    }
    base.update(changes)
    return Entry(**base)


def test_end_before_start_is_refused():
    with pytest.raises(ValidationError, match="before the start date") as err:
        validate_entry(_entry(end_date=dt.date(2026, 4, 30)))
    assert err.value.field == "end_date"


def test_blank_title_is_refused():
    with pytest.raises(ValidationError, match="title"):
        validate_entry(_entry(title="   "))


def test_tags_are_normalised_and_deduplicated():
    entry = validate_entry(_entry(tags=["#SocialWork", "socialwork", " Care  Act ", ""]))
    assert entry.tags == ["socialwork", "care act"]


def test_an_empty_peer_block_is_dropped_but_a_named_peer_is_kept():
    assert validate_entry(_entry(peer=PeerReflection())).peer is None
    kept = validate_entry(_entry(peer=PeerReflection(name="Priya", text="")))
    assert kept.peer is not None and not kept.has_peer_reflection
