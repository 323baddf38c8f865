"""The Reader's "Your team's sources…" on the organisation's server: the lead's list, ticked
to follow into the Team sources folder. On one's own computer there is no such menu item."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cpdlog.services.app import App
from cpdlog.services.team import ServerAdmin
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.views.reader import ReaderView
from tests.feeds.httpserver import FeedServer
from tests.pgserver import PostgresServer

PASSWORD = "ui-team-" + uuid.uuid4().hex


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer().start()
    try:
        yield server
    finally:
        server.stop()


def _menu_texts(view: ReaderView) -> list[str]:
    menu = view.manage_button.menu()
    assert menu is not None
    return [action.text() for action in menu.actions()]


def test_a_practitioner_follows_the_team_s_sources_from_the_reader(
    pg_server: PostgresServer,
    pg_database: str,
    tmp_path: Path,
    qtbot: Any,
    feed_server: FeedServer,
) -> None:
    suffix = uuid.uuid4().hex[:6]
    lead, member = f"lead_{suffix}", f"member_{suffix}"
    admin = ServerAdmin(pg_database)
    admin.init()
    admin.add_user(lead, "lead", PASSWORD)
    admin.add_user(member, "practitioner", PASSWORD)
    database = pg_database.rsplit("/", 1)[1]
    address = feed_server.add_file("/feed.xml", "atom10.xml", "application/atom+xml")
    lead_app = App.open(tmp_path / "lead", pg_server.url(database, lead, PASSWORD), migrate=False)
    try:
        lead_app.team.publish_source(address, "Practice notes", "Adults")
        lead_app.team.publish_source("https://unused.example/feed", "Not chosen", "Adults")
    finally:
        lead_app.close()
    app = App.open(tmp_path / "member", pg_server.url(database, member, PASSWORD))
    tasks = TaskRunner()
    view = ReaderView(app.feeds, tasks, team=app.team)
    qtbot.addWidget(view)
    try:
        assert "Your team's sources…" in _menu_texts(view)
        view.choose_team_sources()
        qtbot.waitUntil(lambda: view.team_dialog is not None, timeout=10_000)
        dialog = view.team_dialog
        assert dialog is not None
        rows = {row.text(0): row for row in dialog.rows()}
        assert sorted(rows) == ["Not chosen", "Practice notes"]
        assert dialog.tree.topLevelItem(0).text(0) == "Adults"  # type: ignore[union-attr]
        assert dialog.chosen() == []  # nothing ticked for the practitioner
        rows["Practice notes"].setCheckState(0, Qt.CheckState.Checked)
        with qtbot.waitSignal(view.status_message, timeout=20_000) as said:
            dialog.ok_button.click()
        assert said.args == ["Following 1 team source."]
        (feed,) = app.feeds.list_feeds()
        assert feed.url == address and feed.category == "Team sources/Adults"
        # once followed it shows as followed, and cannot be ticked again
        view.choose_team_sources()
        qtbot.waitUntil(lambda: view.team_dialog is not None, timeout=10_000)
        again = view.team_dialog
        assert again is not None
        followed = {row.text(0): row for row in again.rows()}
        assert followed["Practice notes (followed)"].isDisabled()
        again.reject()
    finally:
        tasks.cancel_all()
        tasks.wait_for_all(10_000)
        app.close()


def test_on_one_s_own_computer_there_is_no_team_menu(app: App, qtbot: Any) -> None:
    tasks = TaskRunner()
    view = ReaderView(app.feeds, tasks, team=app.team)
    qtbot.addWidget(view)
    try:
        assert view.team is None
        assert "Your team's sources…" not in _menu_texts(view)
        assert "Curated social work sources…" in _menu_texts(view)
    finally:
        tasks.cancel_all()
        tasks.wait_for_all(10_000)
