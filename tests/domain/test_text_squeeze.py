"""``squeeze``: the one-line, length-capped text the feed parser and the snapshots both keep."""

from __future__ import annotations

from cpdlog.domain.text import squeeze


def test_whitespace_runs_become_one_space_and_the_ends_are_trimmed() -> None:
    assert squeeze("  Safeguarding\n\n adults\t today  ", 100) == "Safeguarding adults today"


def test_the_limit_is_applied_after_squeezing_and_leaves_no_trailing_space() -> None:
    assert squeeze("one   two three", 8) == "one two"
    assert squeeze("one two three", 7) == "one two"
    assert squeeze("", 10) == ""
