"""An id that is not one says why: not a number, below 1, or larger than any id can be."""

from __future__ import annotations

import argparse

import pytest

from cpdlog.cli.common import entry_id, numeric_id


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("abc", "(a number)"),
        ("1.5", "(a number)"),
        ("0", "ids start at 1"),
        ("-3", "(a number)"),  # a minus sign is not part of any id
        ("99999999999999999999", "no id is that large"),
    ],
)
def test_each_wrong_id_says_why(text: str, why: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        entry_id(text)
    message = str(caught.value)
    assert message.startswith(f"'{text}' is not an entry id") and message.endswith(why)


def test_a_good_id_passes() -> None:
    assert entry_id("42") == 42
    assert numeric_id("a feed")(str(2**63 - 1)) == 2**63 - 1
