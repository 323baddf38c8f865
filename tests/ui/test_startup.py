"""Start-up: the window is on screen before the journal opens, then fills in."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from cpdlog.paths import resolve_paths
from cpdlog.services.app import App
from cpdlog.ui import app as ui_app
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import SRC, make_entry

# Builds the window as ``run`` does, in a fresh interpreter, and reports what had been
# imported by the time it was shown and once the journal was open.
SHOWN_BEFORE_OPENING = """
import json, sys
from cpdlog.ui.app import Startup, configure_application

qapp = configure_application()
startup = Startup(sys.argv[1])
startup.begin()
window = startup.window
seen = {"shown": window.isVisible(), "attached": window.is_attached,
        "navigation": window.navigation.isEnabled(),
        "new_entry": window.window_actions.new_entry.isEnabled(),
        "sqlalchemy": "sqlalchemy" in sys.modules}
def listed():
    seen["listed"] = window.journal.model.rowCount()
    seen["later_sqlalchemy"] = "sqlalchemy" in sys.modules
    seen["later_navigation"] = window.navigation.isEnabled()
    qapp.quit()
window.journal.loaded.connect(listed)
qapp.exec()
window.close()
startup.finish()
print(json.dumps(seen))
"""


def test_window_is_shown_before_the_database_layer_loads(home: Path) -> None:
    seeded = App.open(home)
    seeded.profile.update(name="Sam Patel", onboarded=True)
    seeded.entries.add(make_entry("Reading on kinship care"))
    seeded.close()
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SHOWN_BEFORE_OPENING, str(home)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["shown"] and not seen["attached"]
    assert not seen["sqlalchemy"], "the start-up path imported the database layer"
    assert not seen["navigation"] and not seen["new_entry"]
    assert seen["listed"] == 1
    assert seen["later_sqlalchemy"] and seen["later_navigation"]


def test_window_built_without_the_journal_waits_for_it(onboarded: App, qtbot: Any) -> None:
    onboarded.entries.add(make_entry("Reading on kinship care"))
    window = MainWindow(paths=resolve_paths(onboarded.paths.home), tasks=TaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert not window.is_attached
    assert window.journal.count_label.text() == "Opening your journal…"
    assert not window.window_actions.new_entry.isEnabled()
    window.show_page("progress")  # needs the journal: stays on the journal page
    assert window.current_page_key() == "journal"
    with qtbot.waitSignal(window.journal.loaded):
        window.attach(onboarded)
    assert window.is_attached and window.navigation.isEnabled()
    assert window.window_actions.new_entry.isEnabled()
    assert window.journal.model.rowCount() == 1
    assert window.journal.standard_combo.count() > 1  # filled from the catalogue
    assert window.show_page("progress") is window.page("progress")
    window.tasks.wait_for_all()


def test_startup_opens_the_journal_on_a_worker(onboarded: App, qtbot: Any) -> None:
    home = onboarded.paths.home
    onboarded.close()
    gc.unfreeze()
    startup = ui_app.Startup(home)
    qtbot.addWidget(startup.window)
    try:
        with qtbot.waitSignal(startup.window.journal.loaded, timeout=10_000):
            startup.begin()
        assert startup.opened is startup.window.app
        # What start-up loaded stays: it is out of the garbage collector's walks.
        assert gc.get_freeze_count() > 0
        assert not any(o is startup.window.app for o in gc.get_objects())
        startup.window.close()
        startup.finish()
        assert startup.opened is None
    finally:
        gc.unfreeze()


def test_closing_before_the_journal_opens_still_closes_it(home: Path, qtbot: Any) -> None:
    startup = ui_app.Startup(home)
    qtbot.addWidget(startup.window)
    startup.begin()
    startup.window.close()  # waits for the worker; its result is not attached
    qtbot.wait(50)
    assert not startup.window.is_attached
    opened = startup.opened
    assert opened is not None
    assert opened.db.engine.pool.checkedin() == 1  # the new journal's migration connection
    startup.finish()
    assert startup.opened is None
    assert opened.db.engine.pool.checkedin() == 0  # closed: its connections are gone
