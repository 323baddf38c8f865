"""What the refresh's start imports before its first request (issue 16)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return set(out.stdout.split())


def test_the_fetcher_and_refresher_start_without_the_parser() -> None:
    # An unchanged refresh never parses in the command's process; a first one parses in the
    # parse process. The parser (feedparser, nh3) is imported when a body needs it.
    loaded = _modules_after(
        "from cpdlog.services.refresh_start import new_fetcher\n"
        "from cpdlog.feeds.fetch import FetchSettings\n"
        "from cpdlog.feeds.refresh import Refresher\n"
        "Refresher(new_fetcher(FetchSettings(), 8, {}), parse_in_processes=False)"
    )
    assert "httpcore" in loaded
    assert not loaded & {"cpdlog.feeds.parse", "feedparser", "nh3"}


@pytest.mark.skipif(importlib.util.find_spec("trio") is None, reason="trio is not installed")
def test_the_fetcher_does_not_import_trio_and_trio_can_still_be_imported() -> None:
    loaded = _modules_after(
        "import sys\n"
        "from cpdlog.feeds.fetch import Fetcher\n"
        "Fetcher().close()\n"
        "assert 'trio' not in sys.modules, 'trio imported'\n"
        "import httpcore._synchronization as s\n"
        "assert s.trio is None\n"
        "import trio\n"
        "assert trio.run"
    )
    assert "trio" in loaded  # imported at the end, by the test itself


@pytest.mark.skipif(importlib.util.find_spec("trio") is None, reason="trio is not installed")
def test_trio_imported_before_stays_what_httpcore_uses() -> None:
    _modules_after(
        "import trio\n"
        "from cpdlog.feeds.fetch import Fetcher\n"
        "Fetcher().close()\n"
        "import httpcore._synchronization as s\n"
        "assert s.trio is trio"
    )
