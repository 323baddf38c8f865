"""The command line starts without loading Qt, ReportLab or feedparser.

Which package may import which is checked statically by the import-linter contracts in
``pyproject.toml`` (``tests/test_layers.py``). This file checks something they cannot: what is
actually loaded when the command line starts, which must stay lean (heavy libraries are
imported inside the functions that need them).
"""

import subprocess
import sys

HEAVY = ("PySide6", "reportlab", "feedparser")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return {line.split(".")[0] for line in out.stdout.splitlines()}


def test_importing_the_cli_does_not_import_qt_reportlab_or_feedparser():
    loaded = _modules_after("import cpdlog.cli; cpdlog.cli.build_parser()")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_services_and_storage_do_not_import_qt():
    loaded = _modules_after(
        "import cpdlog.services.app, cpdlog.services.entries, cpdlog.services.progress, "
        "cpdlog.services.transfer, cpdlog.storage.entries_repo, cpdlog.domain.progress"
    )
    assert "PySide6" not in loaded


def test_the_refresh_command_starts_without_the_capture_link_module():
    # `cpdlog feeds refresh` reads its command line like this before anything else; the
    # capture-link module (urllib.request, sockets) is only for `cpdlog cpdlog://...` lines.
    loaded = _modules_after(
        "from cpdlog.cli.capture import rewrite_link_argv\n"
        "import cpdlog.cli\n"
        "args = cpdlog.cli.build_parser().parse_args(rewrite_link_argv(['feeds', 'refresh']))\n"
        "assert args.command == 'feeds'"
    )
    assert not loaded & set(HEAVY), loaded & set(HEAVY)
    full = _full_modules_after(
        "from cpdlog.cli.capture import rewrite_link_argv\n"
        "import cpdlog.cli\n"
        "cpdlog.cli.build_parser().parse_args(rewrite_link_argv(['feeds', 'refresh']))"
    )
    assert not full & {"cpdlog.capture.scheme", "urllib.request", "http.client"}


def test_a_capture_link_still_loads_the_link_module():
    full = _full_modules_after(
        "from cpdlog.cli.capture import rewrite_link_argv\n"
        "assert rewrite_link_argv(['cpdlog://capture?x=1'])[:2] == ['capture', 'link']"
    )
    assert "cpdlog.capture.scheme" in full


def test_a_parse_process_loads_only_what_parsing_needs():
    # The refresh command's parse processes (spawned) get a warm-up task and then feeds: none
    # of that may pull in the fetcher (httpx), the database or Qt.
    code = (
        "from cpdlog.feeds.refresh import Refresher\n"
        "from cpdlog.feeds.parse import parse_feed\n"
        "refresher = Refresher(parse_workers=1)\n"
        "pool = refresher._parse_pool()\n"
        "assert pool is not None\n"
        'body = b\'<rss version="2.0"><channel><title>t</title>'
        "<item><title>i</title><link>https://a.example/1</link></item></channel></rss>'\n"
        "assert pool.submit(parse_feed, body, {}, 'https://a.example/feed').result().items\n"
        "names = pool.submit(eval, 'sorted(__import__(\"sys\").modules)').result()\n"
        "refresher.close()\n"
        "print('\\n'.join(names))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = set(out.stdout.split())
    assert "cpdlog.feeds.parse" in loaded and "feedparser" in loaded
    unwanted = {"httpx", "sqlalchemy", "PySide6", "cpdlog.feeds.fetch", "cpdlog.feeds.refresh"}
    assert not loaded & unwanted, loaded & unwanted


def _full_modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


def test_the_refresh_command_does_not_load_httpx_command_line_tool():
    # httpx imports its command-line tool (click, rich, pygments) when they are installed, as
    # spaCy's dependencies make them; the refresh command (and the app) never runs it.
    loaded = _modules_after(
        "import cpdlog.services.feeds, cpdlog.feeds.refresh, httpx\nassert httpx.Client"
    )
    assert not loaded & {"click", "rich", "pygments"}, loaded & {"click", "rich", "pygments"}
