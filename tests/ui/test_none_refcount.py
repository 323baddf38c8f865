"""PySide6 6.12.0 on Python 3.11 takes a reference from None on every call of a Qt method that
returns nothing; cpdlog.ui keeps None alive so a long session cannot end in "none_dealloc"."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import SRC

# Far more void calls than None's own count at start (about 5,000): without the work-around
# in cpdlog.ui this process stops with "Fatal Python error: none_dealloc" on Python 3.11.
PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import cpdlog.ui
from PySide6.QtWidgets import QApplication, QLabel
qt = QApplication(sys.argv[:1])
label = QLabel()
for _ in range(50_000):
    label.setText("x")
    QApplication.processEvents()
print("ok", sys.getrefcount(None) > 50_000)
"""


def test_many_qt_calls_do_not_run_none_down() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ok", "True"]
