"""A real Chromium (headless) captures a page through the bookmarklet into the Inbox.

Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) are driven with
Selenium. Everything is on loopback: the article comes from a local test server, and the
bookmarklet opens cpdlog's own confirmation page on the endpoint.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog.capture.server import CaptureEndpoint, bookmarklet_source
from cpdlog.services.app import App
from tests.feeds.httpserver import FeedServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="chromium and chromium-driver are not installed (apt-get install chromium "
    "chromium-driver)",
)

ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Working with families: a practice note</title>
<meta property="og:site_name" content="Practice Notes">
<meta name="author" content="Priya Shah">
<meta property="article:published_time" content="2026-09-14T08:00:00Z">
<meta name="description" content="What families told us about reviews.">
</head><body><h1>Working with families</h1>
<p id="intro">Families said the review felt like a test.</p>
<p id="quote">Listening first changed what they were willing to share.</p>
</body></html>"""


@pytest.fixture
def article() -> Iterator[str]:
    server = FeedServer().start()
    try:
        yield server.add("/article", ARTICLE, content_type="text/html; charset=utf-8")
    finally:
        server.stop()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    os.environ.setdefault("SE_AVOID_STATS", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    assert CHROMIUM is not None and CHROMEDRIVER is not None
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def test_the_bookmarklet_saves_the_page_and_selection_to_the_inbox(
    browser: object, article: str, endpoint: CaptureEndpoint, app: App
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    browser.get(article)
    browser.execute_script(
        "var r=document.createRange();r.selectNodeContents(document.getElementById('quote'));"
        "var s=window.getSelection();s.removeAllRanges();s.addRange(r);"
    )
    page_tab = browser.current_window_handle
    # What clicking the bookmark runs: the bookmarklet's own script, in the article's page.
    browser.execute_script(bookmarklet_source(endpoint.port))
    WebDriverWait(browser, 30).until(ec.number_of_windows_to_be(2))
    browser.switch_to.window(next(h for h in browser.window_handles if h != page_tab))
    save = WebDriverWait(browser, 30).until(ec.element_to_be_clickable((By.ID, "save")))
    assert browser.find_element(By.ID, "title").text == "Working with families: a practice note"
    assert app.entries.list_entries() == []  # nothing is saved before the user confirms
    save.click()
    WebDriverWait(browser, 30).until(
        ec.text_to_be_present_in_element((By.ID, "saved"), "Saved to your CPD inbox")
    )

    [entry] = app.capture.inbox()
    assert entry.title == "Working with families: a practice note"
    assert entry.source.url == article
    assert "Listening first changed what they were willing to share." in entry.source.notes
    assert "Families said" not in entry.source.notes  # only the selection, not the page
    assert entry.source.author == "Priya Shah"
    assert entry.source.provider == "Practice Notes"

    # The confirmation works once: going back and resubmitting saves nothing more.
    browser.back()
    WebDriverWait(browser, 30).until(ec.element_to_be_clickable((By.ID, "save"))).click()
    WebDriverWait(browser, 30).until(ec.title_contains("Not saved"))
    assert len(app.entries.list_entries()) == 1


def _unpacked_extension_id(path: Path) -> str:
    """Chromium's id for an unpacked extension: its path's SHA-256, hex digits mapped to a-p."""
    import hashlib

    digest = hashlib.sha256(str(path).encode()).hexdigest()[:32]
    return "".join(chr(ord("a") + int(ch, 16)) for ch in digest)


@pytest.fixture
def extension_browser(tmp_path: Path) -> Iterator[tuple[object, str]]:
    os.environ.setdefault("SE_AVOID_STATS", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    source = Path(__file__).resolve().parents[2] / "packaging" / "webextension"
    extension = tmp_path / "webextension"
    shutil.copytree(source, extension)
    options = webdriver.ChromeOptions()
    assert CHROMIUM is not None and CHROMEDRIVER is not None
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-features=DisableLoadExtensionCommandLineSwitch",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        f"--disable-extensions-except={extension}",
        f"--load-extension={extension}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    try:
        yield driver, _unpacked_extension_id(extension)
    finally:
        driver.quit()


def test_the_extension_pairs_with_the_token_through_its_options_page(
    extension_browser: tuple[object, str], endpoint: CaptureEndpoint
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser, extension_id = extension_browser
    assert isinstance(browser, WebDriver)
    browser.get(f"chrome-extension://{extension_id}/options.html")
    token = WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.ID, "token")))
    port = browser.find_element(By.ID, "port")
    token.send_keys("not-the-token")
    port.clear()
    port.send_keys(str(endpoint.port))
    browser.find_element(By.ID, "save").click()
    WebDriverWait(browser, 30).until(
        ec.text_to_be_present_in_element((By.ID, "status"), "did not accept this token")
    )
    token.clear()
    token.send_keys(endpoint.token)
    browser.find_element(By.ID, "save").click()
    # A real extension origin, CORS and the token all pass: the endpoint answers the lookup.
    WebDriverWait(browser, 30).until(ec.text_to_be_present_in_element((By.ID, "status"), "Paired"))


SECOND = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Supervision that helps</title></head><body><p>Reflective supervision notes.</p>
</body></html>"""


class ServiceWorker:
    """A DevTools session on the extension's service worker (Chromium's own debugging port).

    ``call`` evaluates an expression in the worker and waits for its promise: the test calls the
    very functions the extension's listeners call (``onMenuClicked``, ``onActionClicked``), since
    headless Chromium has no toolbar or context menu to click.
    """

    def __init__(self, debugger_address: str, extension_id: str) -> None:
        import json
        import urllib.request

        import websocket
        from selenium.webdriver.support.ui import WebDriverWait

        prefix = f"chrome-extension://{extension_id}/"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

        def running_worker(_: object) -> dict[str, str] | None:
            with opener.open(f"http://{debugger_address}/json/list", timeout=10) as reply:
                targets = json.loads(reply.read())
            workers = [
                t for t in targets if t["type"] == "service_worker" and t["url"].startswith(prefix)
            ]
            return workers[0] if len(workers) == 1 else None

        # A page load has just woken the worker (its tabs.onUpdated listener); wait until it runs.
        worker = WebDriverWait(None, 30, poll_frequency=0.2).until(running_worker)
        self._socket = websocket.create_connection(
            worker["webSocketDebuggerUrl"], timeout=30, suppress_origin=True
        )
        self._next = 0

    def call(self, expression: str) -> object:
        import json

        self._next += 1
        self._socket.send(
            json.dumps(
                {
                    "id": self._next,
                    "method": "Runtime.evaluate",
                    "params": {
                        "expression": expression,
                        "awaitPromise": True,
                        "returnByValue": True,
                    },
                }
            )
        )
        while True:
            message = json.loads(self._socket.recv())
            if message.get("id") == self._next:
                break
        result = message["result"]
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def close(self) -> None:
        self._socket.close()


def _pair(browser: object, extension_id: str, endpoint: CaptureEndpoint) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    browser.get(f"chrome-extension://{extension_id}/options.html")
    token = WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.ID, "token")))
    token.send_keys(endpoint.token)
    port = browser.find_element(By.ID, "port")
    port.clear()
    port.send_keys(str(endpoint.port))
    browser.find_element(By.ID, "save").click()
    WebDriverWait(browser, 30).until(ec.text_to_be_present_in_element((By.ID, "status"), "Paired"))


def test_the_extension_logs_a_selection_marks_the_page_and_keeps_captures_while_cpdlog_is_closed(
    extension_browser: tuple[object, str], endpoint: CaptureEndpoint, app: App
):
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

    browser, extension_id = extension_browser
    assert isinstance(browser, WebDriver)
    pages = FeedServer().start()
    worker: ServiceWorker | None = None
    reopened: CaptureEndpoint | None = None
    try:
        article = pages.add("/article", ARTICLE, content_type="text/html; charset=utf-8")
        second = pages.add("/second", SECOND, content_type="text/html; charset=utf-8")
        _pair(browser, extension_id, endpoint)
        browser.get(article)
        worker = ServiceWorker(
            browser.capabilities["goog:chromeOptions"]["debuggerAddress"], extension_id
        )
        sw = worker

        def tab_call(url: str, call: str) -> object:
            # The extension's own function, given the tab as the browser gives it to a listener.
            return sw.call(f"api.tabs.query({{url: {url!r}}}).then(([tab]) => {call})")

        def action_state(url: str) -> object:
            return tab_call(
                url,
                "Promise.all([api.action.getBadgeText({tabId: tab.id}),"
                " api.action.getTitle({tabId: tab.id})])",
            )

        # 1. The context menu's "Log as CPD" with a selection on the page.
        browser.execute_script(
            "var r=document.createRange();r.selectNodeContents(document.getElementById('quote'));"
            "var s=window.getSelection();s.removeAllRanges();s.addRange(r);"
        )
        selected = "Listening first changed what they were willing to share."
        outcome = tab_call(
            article,
            f"onMenuClicked({{menuItemId: 'log-as-cpd', selectionText: {selected!r}}}, tab)",
        )
        assert outcome == "saved"
        [entry] = app.capture.inbox()
        assert entry.title == "Working with families: a practice note"
        assert entry.source.url == article
        assert selected in entry.source.notes
        assert "Families said" not in entry.source.notes  # only the selection, not the page
        assert entry.source.author == "Priya Shah"  # the page's metadata came along
        assert action_state(article) == ["✓", "Saved to your CPD inbox"]

        # 2. The badge: loading a page that is in the journal asks the app and shows a tick.
        browser.get(second)
        WebDriverWait(browser, 30).until(
            lambda _: action_state(second) == ["", "Log as CPD"]  # asked, and it is not
        )
        browser.get(article)
        WebDriverWait(browser, 30).until(
            lambda _: action_state(article) == ["✓", "This page is in your CPD journal"]
        )

        # 3. cpdlog is closed: the toolbar button keeps the page in the extension.
        port = endpoint.port
        endpoint.stop()
        browser.get(second)
        assert tab_call(second, "onActionClicked(tab)") == "queued"
        assert action_state(second) == [
            "…",
            "cpdlog is not open: this page will be saved when it is.",
        ]
        waiting = sw.call("api.storage.local.get({waiting: []}).then((s) => s.waiting)")
        assert isinstance(waiting, list) and [p["url"] for p in waiting] == [second]
        assert len(app.capture.inbox()) == 1

        # 4. cpdlog is back on the same port: the next page load delivers what waited.
        reopened = app.capture.endpoint(port=port)
        assert reopened.start() == port
        browser.get(article)
        WebDriverWait(browser, 30).until(lambda _: len(app.capture.inbox()) == 2)
        delivered = next(e for e in app.capture.inbox() if e.source.url == second)
        assert delivered.title == "Supervision that helps"
        WebDriverWait(browser, 30).until(
            lambda _: (
                sw.call("api.storage.local.get({waiting: []}).then((s) => s.waiting.length)") == 0
            )
        )
        assert len(app.capture.inbox()) == 2  # delivered once, not again on later loads
    finally:
        if worker is not None:
            worker.close()
        if reopened is not None:
            reopened.stop()
        pages.stop()
