"""Work on the GUI thread split over event-loop turns, so no one turn runs long.

While a refresh runs the reader shows what its workers read every second: the feed tree's
changed rows, then the item list's new rows. Done in one go, with the painting that follows,
that was one long turn of the event loop in which nothing else (input, painting, the
refresh's progress) could run. :class:`PacedSteps` runs queued steps in order, as many in a
turn as fit in its time box (at least one), and leaves the rest for the next turn.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

BUDGET_MS = 12  # GUI-thread time spent on queued steps in one turn of the event loop


class PacedSteps(QObject):
    """Steps run in the order given: the first at once, then as many as fit in
    ``budget_ms``; what is left waits for the next turn of the event loop (a zero timer, so
    painting and input come in between)."""

    def __init__(self, parent: QObject | None = None, budget_ms: int = BUDGET_MS) -> None:
        super().__init__(parent)
        self.budget_ms = budget_ms
        self._steps: deque[Callable[[], None]] = deque()
        self._clock = QElapsedTimer()
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(self.drain)

    @property
    def pending(self) -> int:
        return len(self._steps)

    def run(self, *steps: Callable[[], None]) -> None:
        """Queue ``steps`` after any still waiting and start on them now."""
        self._steps.extend(steps)
        if not self._next.isActive():
            self.drain()

    def drain(self) -> None:
        """Run steps until the time box is used (at least one), then wait for the next turn."""
        self._clock.start()
        try:
            while self._steps:
                self._steps.popleft()()
                if self._clock.elapsed() >= self.budget_ms:
                    break
        finally:
            if self._steps:
                self._next.start()
