"""The app for ``test_atspi.py``: a journal with an entry, the main window on one page, under
the real X server and accessibility bus the test started. ``python -m tests.ui.atspi_app HOME
PAGE``; prints ``ready`` once shown, quits by itself after two minutes at most."""

from __future__ import annotations

import datetime as dt
import os
import sys

os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
os.environ["QT_ACCESSIBILITY"] = "1"


def main(home: str, page: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cpdlog.services.app import App
    from cpdlog.ui.main_window import MainWindow
    from cpdlog.ui.tasks import TaskRunner
    from tests.conftest import make_entry

    application = QApplication([sys.argv[0]])
    application.setApplicationName("cpdlog-atspi-test")
    app = App.open(home)
    app.profile.update(name="Sam Patel", onboarded=True)
    app.entries.add(make_entry("Course on the Mental Capacity Act", day=dt.date(2026, 6, 9)))
    window = MainWindow(app, tasks=TaskRunner(), check_startup=False)
    window.resize(1100, 760)
    window.show()
    if page in ("editor", "reflection"):
        window.window_actions.new_entry.trigger()
        if page == "reflection":
            editor = window.editors[-1]
            editor.tabs.setCurrentWidget(editor.reflection)
    else:
        window.show_page(page)
    QTimer.singleShot(1500, lambda: print("ready", flush=True))
    QTimer.singleShot(120_000, application.quit)
    code = int(application.exec())
    window.tasks.wait_for_all()
    app.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
