"""Helpers shared by the command modules: output and option parsing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' cannot be negative")
    return value


def numeric_id(what: str) -> Callable[[str], int]:
    """An argparse type for ids such as "an entry" or "a feed" (whole numbers from 1)."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(f"'{text}' is not {what} id (a number)")
        return value

    return convert


entry_id = numeric_id("an entry")


def year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year like 2026") from None
    if not 1950 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year like 2026")
    return value


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
