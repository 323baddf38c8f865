"""Steps spread over turns of the event loop (``PacedSteps``): everything runs, in order,
the first at once, and what does not fit in the time box waits for a later turn while the
event loop runs in between."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from cpdlog.ui.paced import PacedSteps


def test_a_batch_larger_than_the_time_box_is_applied_fully_over_several_turns(
    qtbot: Any,
) -> None:
    paced = PacedSteps(budget_ms=0)  # every step uses the whole box: one step a turn
    done: list[str] = []
    between: list[int] = []  # how many steps had run when the event loop came round

    def step(name: str) -> Any:
        def run() -> None:
            done.append(name)
            QTimer.singleShot(0, lambda: between.append(len(done)))

        return run

    paced.run(*(step(f"step {n}") for n in range(5)))
    assert done == ["step 0"]  # the first at once, the rest later
    assert paced.pending == 4
    qtbot.waitUntil(lambda: paced.pending == 0)
    assert done == [f"step {n}" for n in range(5)]
    qtbot.waitUntil(lambda: len(between) == 5)
    assert between[:4] == [1, 2, 3, 4]  # the event loop ran after each step


def test_steps_that_fit_run_in_the_same_turn_and_later_ones_queue_behind(qtbot: Any) -> None:
    paced = PacedSteps(budget_ms=60_000)
    done: list[int] = []
    paced.run(lambda: done.append(1), lambda: done.append(2))
    assert done == [1, 2] and paced.pending == 0
    slow = PacedSteps(budget_ms=0)
    slow.run(lambda: done.append(3), lambda: done.append(4))
    slow.run(lambda: done.append(5))  # after the one still waiting, not before it
    assert done == [1, 2, 3]
    qtbot.waitUntil(lambda: slow.pending == 0)
    assert done == [1, 2, 3, 4, 5]
