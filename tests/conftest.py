"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import contextlib
import datetime as dt
import faulthandler
import io
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
def app(request: pytest.FixtureRequest, home: Path) -> Iterator[App]:
    """A fresh, migrated journal whose clock says 28 November 2026, 10:00 UTC.

    On SQLite in ``home``; in a test that uses ``journal_url`` (see ``both_engines``) once on
    SQLite and once on a fresh PostgreSQL database."""
    url = request.getfixturevalue("journal_url") if "journal_url" in request.fixturenames else None
    application = App.open(home, database_url=url, clock=lambda: FIXED_NOW)
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


@pytest.fixture(autouse=True)
def _english_text() -> Iterator[None]:
    """Every test starts and ends with cpdlog.i18n in English: the command line and the app
    choose the language for the whole process, and a Welsh test must not leak into the next."""
    from cpdlog import i18n

    i18n.set_language(i18n.ENGLISH)
    yield
    i18n.set_language(i18n.ENGLISH)


# ``run_cli`` runs the command in this process (``cpdlog.cli.main(argv)``) unless the test is
# marked ``end_to_end`` (or CPDLOG_TEST_CLI=subprocess is set, to run every CLI test as a user
# would): then it starts ``python -m cpdlog`` in a subprocess.
_END_TO_END = False
_DATABASE_URL: str | None = None  # set by ``journal_url`` while a test runs on PostgreSQL
CLI_TIMEOUT = 120


@pytest.fixture(autouse=True)
def _cli_runner_mode(request: pytest.FixtureRequest) -> Iterator[None]:
    global _END_TO_END
    _END_TO_END = (
        request.node.get_closest_marker("end_to_end") is not None
        or os.environ.get("CPDLOG_TEST_CLI") == "subprocess"
    )
    yield
    _END_TO_END = False


def _cli_environment(home: Path, env: dict[str, str] | None) -> dict[str, str]:
    """What the command sees: no CPDLOG_* setting from the caller's shell, the fixed clock,
    and a user home folder beside the data folder (so nothing reads the real one). In a test
    run against PostgreSQL (``journal_url``), ``CPDLOG_DATABASE_URL`` names that database."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CPDLOG_")}
    if _DATABASE_URL is not None:
        environment["CPDLOG_DATABASE_URL"] = _DATABASE_URL
    environment["CPDLOG_NOW"] = FIXED_NOW.isoformat()
    environment["CPDLOG_DEBUG"] = "1"  # a fault in the code raises, so the test fails
    environment["HOME"] = str(home.parent / "user-home")
    environment.update(env or {})
    return environment


def run_cli(
    *args: str,
    home: Path,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    end_to_end: bool | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``cpdlog --home HOME ...`` and return its exit code, stdout and stderr.

    In this process by default (about 50 times quicker than a new interpreter); in a
    subprocess, as a user would, with ``end_to_end=True`` or in a test marked ``end_to_end``.
    In process, an exception that escapes ``main`` is raised here, so the test fails: a user
    would have seen a traceback.
    """
    argv = ["--home", str(home), *args]
    environment = _cli_environment(home, env)
    if end_to_end if end_to_end is not None else _END_TO_END:
        return run_cli_process(argv, environment, stdin)
    return run_cli_in_process(argv, environment, stdin)


def cli_ok(*args: str, home: Path) -> str:
    """Run ``cpdlog`` like :func:`run_cli`, assert it succeeded (showing its stderr if not)
    and return its stdout."""
    result = run_cli(*args, home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout


def run_cli_process(
    argv: list[str], environment: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m cpdlog ARGV`` in a subprocess with exactly ``environment``."""
    environment = dict(environment)
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(SRC), environment.get("PYTHONPATH", "")) if p
    )
    return subprocess.run(
        [sys.executable, "-m", "cpdlog", *argv],
        capture_output=True,
        text=True,
        env=environment,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        timeout=CLI_TIMEOUT,
    )


class _Stream(io.StringIO):
    """A captured text stream with the ``buffer`` and ``encoding`` of a real one (a pipe)."""

    def __init__(self, initial: str = "") -> None:
        super().__init__(initial)
        self._bytes = io.BytesIO()

    @property
    def encoding(self) -> str:
        return "utf-8"

    @property
    def buffer(self) -> io.BytesIO:
        return self._bytes

    def text(self) -> str:
        return self.getvalue() + self._bytes.getvalue().decode("utf-8", "replace")


def run_cli_in_process(
    argv: list[str], environment: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``cpdlog.cli.main(argv)`` here, with ``environment`` as os.environ and captured
    standard streams; the exit code comes from its return value or ``SystemExit``."""
    from cpdlog.cli import main

    out, err = _Stream(), _Stream()
    with pytest.MonkeyPatch.context() as patch, contextlib.ExitStack() as stack:
        for name in list(os.environ):
            if name not in environment:
                patch.delenv(name)
        for name, value in environment.items():
            patch.setenv(name, value)
        patch.setattr(sys, "stdin", _Stream(stdin or ""))
        patch.setattr(sys, "argv", ["cpdlog", *argv])
        # A command that hangs would hang the whole run: a subprocess had a timeout too.
        faulthandler.dump_traceback_later(CLI_TIMEOUT, exit=True, file=sys.__stderr__)
        stack.callback(faulthandler.cancel_dump_traceback_later)
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        try:
            code: object = main(list(argv))
        except SystemExit as stop:
            code = stop.code
    if code is None:
        returncode = 0
    elif isinstance(code, int):
        returncode = code
    else:  # sys.exit("message") prints the message and exits 1
        print(code, file=err)
        returncode = 1
    return subprocess.CompletedProcess(
        ["cpdlog", *argv], returncode, stdout=out.text(), stderr=err.text()
    )


# -- PostgreSQL (tests/pgserver.py) ------------------------------------------------------------


def _postgres_missing(reason: str) -> None:
    if os.environ.get("CPDLOG_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL is required here (CPDLOG_REQUIRE_POSTGRES=1): {reason}")
    pytest.skip(reason)


def _running_pg_server(tls: bool = False) -> Iterator[object]:
    """Start a throwaway PostgreSQL server (skipped, or failed under CPDLOG_REQUIRE_POSTGRES,
    when it cannot run here), hand it over, and stop it afterwards."""
    from tests.pgserver import PostgresServer, PostgresUnavailable

    try:
        import psycopg  # noqa: F401
    except ImportError:
        _postgres_missing("the PostgreSQL driver is not installed (pip install 'cpdlog[postgres]')")
    try:
        server = PostgresServer(tls=tls)
    except PostgresUnavailable as error:
        _postgres_missing(str(error))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A throwaway PostgreSQL server for this test process (one per xdist worker)."""
    yield from _running_pg_server()


@pytest.fixture(scope="session")
def tls_pg_server() -> Iterator[object]:
    """A throwaway PostgreSQL server that also takes TLS connections (self-signed, for
    127.0.0.1), as an organisation's server would: what the desktop app's server choice is
    tested against. A test may ``pause()`` it (an outage) and must ``resume()`` it after."""
    yield from _running_pg_server(tls=True)


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    """The system keychain replaced by one in memory (``tests.keychain.MemoryKeyring``)."""
    from tests.keychain import memory_keychain

    with memory_keychain() as backend:
        yield backend


@pytest.fixture
def pg_database(pg_server: object) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, as a SQLAlchemy URL (admin role)."""
    from tests.pgserver import PostgresServer

    assert isinstance(pg_server, PostgresServer)
    name = pg_server.create_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


# -- the same tests on both engines --------------------------------------------------------------
#
# A test (or a module, with ``pytestmark = pytest.mark.usefixtures("journal_url")``) that uses
# ``journal_url`` runs twice: ``[sqlite]`` (the default journal file in ``home``) and
# ``[postgresql]`` (a fresh database on the throwaway server). ``app`` and ``run_cli`` follow it.
# A test about SQLite itself (pragmas, the file, encryption) is marked ``sqlite_only``.

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "journal_url" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        engines = ENGINES[:1] if only_sqlite else ENGINES
        metafunc.parametrize("journal_url", engines, indirect=True)


@pytest.fixture
def journal_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """``None`` (SQLite, the default) or the URL of a fresh PostgreSQL database; the CLI run by
    ``run_cli`` in the test is pointed at it through ``CPDLOG_DATABASE_URL``."""
    global _DATABASE_URL
    if request.param == "sqlite":
        yield None
        return
    url = str(request.getfixturevalue("pg_database"))
    _DATABASE_URL = url
    try:
        yield url
    finally:
        _DATABASE_URL = None
