"""Qt counts text positions in UTF-16 units, Python in code points: the one map between them.

An emoji or another character outside the Basic Multilingual Plane is one Python character but
two UTF-16 units, so every position after it differs by one. Anything that hands a Python
offset to a ``QTextCursor`` (or reads a Qt position back as a Python index) goes through here.
"""

from __future__ import annotations

from bisect import bisect_right


class Utf16Offsets:
    """The positions of one text in both counts."""

    __slots__ = ("_units",)

    def __init__(self, text: str) -> None:
        # None when every character is one unit (the usual case): both counts agree.
        self._units: list[int] | None = None
        if any(ord(c) >= 0x10000 for c in text):
            units, unit = [], 0
            for c in text:
                units.append(unit)
                unit += 2 if ord(c) >= 0x10000 else 1
            units.append(unit)
            self._units = units

    def to_qt(self, index: int) -> int:
        """The UTF-16 position of Python index ``index`` (0 to ``len(text)``)."""
        return index if self._units is None else self._units[index]

    def from_qt(self, position: int) -> int:
        """The Python index of the character at UTF-16 ``position`` (the middle of a pair
        counts as its character)."""
        if self._units is None:
            return position
        return max(0, bisect_right(self._units, position) - 1)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)
