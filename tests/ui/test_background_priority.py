"""A refresh's helper processes run below the GUI thread's priority (issue 16): on a busy
machine the GUI thread no longer waits in the run queue behind the feed parsers."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

import pytest

from cpdlog.ui.tasks import BACKGROUND_NICENESS, lower_child_processes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no setpriority on Windows")


def test_helper_processes_are_given_a_lower_priority_once() -> None:
    context = multiprocessing.get_context("spawn")  # as the refresh's parse processes
    child = context.Process(target=time.sleep, args=(30,), daemon=True)
    child.start()
    try:
        assert child.pid is not None
        own = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == own  # inherited
        lowered: set[int] = set()
        lower_child_processes(lowered)
        assert child.pid in lowered
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == max(own, BACKGROUND_NICENESS)
        lower_child_processes(lowered)  # already done: not asked again
        assert lowered == {child.pid}
    finally:
        child.kill()
        child.join(10)
    lower_child_processes(lowered)  # an ended process is skipped without an error
