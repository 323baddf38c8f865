"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cpdlog.domain.entry import ActivityType, Entry, PeerReflection, Reflection, Source
from cpdlog.services.app import App

FIXED_NOW = dt.datetime(2026, 11, 28, 10, 0, tzinfo=dt.UTC)
SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def app(home: Path) -> Iterator[App]:
    """A fresh, migrated journal whose clock says 28 November 2026, 10:00 UTC."""
    application = App.open(home, clock=lambda: FIXED_NOW)
    yield application
    application.close()


def make_entry(
    title: str = "Reading on strengths-based practice",
    activity: ActivityType = ActivityType.READING,
    day: dt.date = dt.date(2026, 3, 14),
    hours: float = 1.5,
    learnt: str = "How strengths-based conversations change assessments.",
    impact: str = "I now open reviews by asking what is working.",
    peer: PeerReflection | None = None,
    **kwargs: object,
) -> Entry:
    return Entry(
        title=title,
        activity_type=activity,
        start_date=day,
        hours=hours,
        source=Source(url="https://example.org/post", provider="Example Press"),
        reflection=Reflection(
            "swe",
            {"description": f"About {title.lower()}.", "learnt": learnt, "impact": impact},
        ),
        peer=peer,
        **kwargs,  # type: ignore[arg-type]
    )


def run_cli(
    *args: str, home: Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m cpdlog --home HOME ...`` in a subprocess, as a user would."""
    environment = {**os.environ, "CPDLOG_NOW": FIXED_NOW.isoformat(), **(env or {})}
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(SRC), environment.get("PYTHONPATH", "")) if p
    )
    environment.pop("CPDLOG_HOME", None)
    environment.pop("CPDLOG_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "cpdlog", "--home", str(home), *args],
        capture_output=True,
        text=True,
        env=environment,
        input=stdin,
        timeout=120,
    )
