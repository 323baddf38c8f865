"""`cpdlog feeds set FEED --full-text on|off`, `items show --full-text`, and what `items log`
says about the suggested hours."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

from .httpserver import FeedServer
from .test_full_text import HOSTILE, rss


def test_full_text_setting_refresh_and_show(tmp_path: Path, server: FeedServer) -> None:
    home = tmp_path / "h"
    server.add("/article", HOSTILE, content_type="text/html; charset=utf-8")
    feed_url = server.add("/feed.xml", rss([("Article", server.url("/article"))]))
    assert run_cli("feeds", "add", feed_url, home=home).returncode == 0
    (feed,) = json.loads(run_cli("feeds", "list", "--json", home=home).stdout)
    assert feed["full_text"] is False

    on = run_cli("feeds", "set", str(feed["id"]), "--full-text", "on", home=home)
    assert on.returncode == 0, on.stderr
    assert "fetched after each refresh" in on.stdout
    (feed,) = json.loads(run_cli("feeds", "list", "--json", home=home).stdout)
    assert feed["full_text"] is True
    refreshed = json.loads(run_cli("feeds", "refresh", "--json", home=home).stdout)
    assert refreshed["full_texts"] == 1
    hits = len(server.hits("/article"))

    (item,) = json.loads(run_cli("items", "list", "--json", home=home).stdout)
    shown = run_cli("items", "show", str(item["id"]), "--full-text", home=home)
    assert shown.returncode == 0, shown.stderr
    assert "Paragraph 7 on making safeguarding personal" in shown.stdout
    assert "Only a short summary." not in shown.stdout
    assert len(server.hits("/article")) == hits  # shown from what was kept

    logged = run_cli("items", "log", str(item["id"]), "--snapshot", home=home)
    assert logged.returncode == 0, logged.stderr
    assert "Suggested from reading time (about " in logged.stderr
    assert len(server.hits("/article")) == hits  # the snapshot is the kept full text

    off = run_cli("feeds", "set", str(feed["id"]), "--full-text", "off", home=home)
    assert off.returncode == 0 and "no full text fetched" in off.stdout


def test_bad_usage_and_failures_are_one_line(tmp_path: Path, server: FeedServer) -> None:
    home = tmp_path / "h"
    for args in (["--full-text", "maybe"], []):
        bad = run_cli("feeds", "set", "1", *args, home=home)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr
    missing = run_cli("feeds", "set", "9", "--full-text", "on", home=home)
    assert missing.returncode != 0 and "no feed 9" in missing.stderr
    server.add("/gone", b"gone", status=404, content_type="text/html")
    feed_url = server.add("/feed.xml", rss([("Gone", server.url("/gone"))]))
    assert run_cli("feeds", "add", feed_url, home=home).returncode == 0
    (item,) = json.loads(run_cli("items", "list", "--json", home=home).stdout)
    failed = run_cli("items", "show", str(item["id"]), "--full-text", home=home)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert len(failed.stderr.strip().splitlines()) == 1 and "404" in failed.stderr
