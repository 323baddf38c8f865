"""The local capture endpoint: what it saves, and what it refuses."""

from __future__ import annotations

import http.client
import json
import socket
import stat
import struct
import time
from urllib.parse import urlencode

import pytest

from cpdlog.capture.pairing import DISCOVERY_FILE, TOKEN_FILE, read_discovery
from cpdlog.capture.server import RateLimiter
from cpdlog.domain.entry import ActivityType, EntryStatus
from cpdlog.services.app import App
from tests.capture.conftest import Client
from tests.conftest import FIXED_NOW

PAGE = {
    "url": "https://example.org/blog/strengths",
    "title": "Strengths-based practice in adult social care",
    "selection": "Ask what is working\nbefore asking what is wrong.",
    "metadata": {
        "og:site_name": "Practice Matters",
        "author": "Sam Okafor",
        "article:published_time": "2026-10-02T09:00:00Z",
        "og:description": "A short read on strengths.",
    },
}


def test_ping_names_the_app_and_gives_no_secret(client: Client):
    reply = client.request("GET", "/ping", token=False)
    assert reply.status == 200
    data = reply.json()
    assert data["app"] == "cpdlog" and data["version"]
    assert client.token not in reply.body.decode()


def test_a_capture_becomes_an_inbox_draft_dated_the_day_it_was_captured(client: Client, app: App):
    reply = client.capture(PAGE)
    assert reply.status == 201, reply.body
    data = reply.json()
    assert data["saved"] is True and data["merged"] is False and data["inbox"] == 1
    entry = app.entries.get(data["entry_id"])
    assert entry.title == PAGE["title"]
    assert entry.inbox is True and entry.status is EntryStatus.DRAFT
    assert entry.start_date == FIXED_NOW.date()  # not the article's publication date
    assert entry.activity_type is ActivityType.BLOG
    assert entry.source.url == PAGE["url"]
    assert entry.source.provider == "Practice Matters"
    assert entry.source.author == "Sam Okafor"
    assert "Ask what is working\nbefore asking what is wrong." in entry.source.notes
    assert "Published: 2026-10-02T09:00:00Z" in entry.source.notes
    assert entry.reflection.text() == ""  # the page's words never pose as the reflection
    assert [e.id for e in app.capture.inbox()] == [entry.id]


def test_capturing_the_same_page_again_adds_the_selection_to_its_inbox_draft(
    client: Client, app: App
):
    first = client.capture(PAGE).json()
    second = client.capture({**PAGE, "selection": "A second passage."}).json()
    assert second["merged"] is True and second["entry_id"] == first["entry_id"]
    notes = app.entries.get(first["entry_id"]).source.notes
    assert "before asking what is wrong." in notes and "A second passage." in notes
    assert app.capture.inbox_count() == 1


def test_lookup_says_whether_a_page_is_in_the_journal(client: Client):
    query = "/lookup?" + urlencode({"url": PAGE["url"] + "#part-2"})
    assert client.request("GET", query).json()["in_journal"] is False
    saved = client.capture(PAGE).json()
    data = client.request("GET", query).json()
    assert data["in_journal"] is True and data["entries"] == [saved["entry_id"]]


def test_reflecting_on_an_inbox_draft_takes_it_out_of_the_inbox(client: Client, app: App):
    entry = app.entries.get(client.capture(PAGE).json()["entry_id"])
    entry.reflection.sections["learnt"] = "That a question changes the conversation."
    saved = app.entries.update(entry)
    assert saved.inbox is False and app.capture.inbox_count() == 0


def test_without_the_token_nothing_is_saved_or_revealed(client: Client, app: App):
    for headers in ({}, {"Authorization": "Bearer not-the-token"}, {"X-Cpdlog-Token": "x" * 43}):
        reply = client.capture(PAGE, token=False, headers=headers)
        assert reply.status == 401
        assert "token" in reply.json()["error"]
    lookup = client.request("GET", "/lookup?url=https://example.org/", token=False)
    assert lookup.status == 401
    assert app.entries.list_entries() == []


def test_the_token_header_alternative_is_accepted(client: Client):
    reply = client.capture(PAGE, token=False, headers={"X-Cpdlog-Token": client.token})
    assert reply.status == 201


def test_a_web_page_origin_is_refused_even_with_the_token(client: Client, app: App):
    for origin in ("https://evil.example", "http://127.0.0.1:1234", "null"):
        reply = client.capture(PAGE, headers={"Origin": origin})
        assert reply.status == 403, origin
        assert "Access-Control-Allow-Origin" not in reply.headers
    assert app.entries.list_entries() == []


def test_an_extension_origin_with_the_token_is_accepted_with_cors(client: Client):
    origin = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    reply = client.capture(PAGE, headers={"Origin": origin})
    assert reply.status == 201
    assert reply.headers["Access-Control-Allow-Origin"] == origin


def test_preflight_is_answered_only_for_extension_origins(client: Client):
    ok = client.request(
        "OPTIONS",
        "/capture",
        token=False,
        headers={"Origin": "moz-extension://1234-5678", "Access-Control-Request-Method": "POST"},
    )
    assert ok.status == 204
    assert ok.headers["Access-Control-Allow-Origin"] == "moz-extension://1234-5678"
    assert "Authorization" in ok.headers["Access-Control-Allow-Headers"]
    bad = client.request(
        "OPTIONS", "/capture", token=False, headers={"Origin": "https://evil.example"}
    )
    assert bad.status == 403 and "Access-Control-Allow-Origin" not in bad.headers


def test_a_rebound_host_name_is_refused(client: Client):
    reply = client.request("GET", "/ping", token=False, headers={"Host": "evil.example:80"})
    assert reply.status == 421
    reply = client.capture(PAGE, headers={"Host": f"attacker.test:{client.port}"})
    assert reply.status == 421


def test_hostile_bodies_get_a_clear_error(client: Client, app: App):
    cases = [
        (b"{not json", 400),
        (b"[" * 5000 + b"]" * 5000, 400),
        (json.dumps({"url": "javascript:alert(1)"}).encode(), 400),
        (json.dumps({"url": "file:///etc/passwd"}).encode(), 400),
        (json.dumps({"url": "https://e.org/", "title": "x" * 600}).encode(), 400),
        (json.dumps({"url": "https://e.org/", "metadata": {"a": {"b": {"c": {}}}}}).encode(), 400),
        (json.dumps({"url": "https://e.org/", "evil": 1}).encode(), 400),
        (json.dumps(["https://e.org/"]).encode(), 400),
        ("\udcff".encode("utf-8", "surrogatepass"), 400),
    ]
    for body, status in cases:
        reply = client.request("POST", "/capture", body)
        assert reply.status == status, body[:40]
        message = reply.json()["error"]
        assert message and "\n" not in message and "Traceback" not in message
    assert app.entries.list_entries() == []


def test_an_oversized_body_is_refused_before_it_is_read(client: Client):
    with socket.create_connection(("127.0.0.1", client.port), timeout=10) as sock:
        sock.sendall(
            f"POST /capture HTTP/1.1\r\nHost: 127.0.0.1:{client.port}\r\n"
            f"Authorization: Bearer {client.token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {10 * 1024 * 1024}\r\n\r\n".encode()
        )
        chunks = []
        while chunk := sock.recv(4096):
            chunks.append(chunk)
        reply = b"".join(chunks).decode()
    assert reply.startswith("HTTP/1.1 413")
    assert "256 KiB" in reply


def test_a_body_without_a_length_is_refused(client: Client):
    reply = client.request(
        "POST", "/capture", b"{}", headers={"Content-Length": "", "Transfer-Encoding": "chunked"}
    )
    assert reply.status == 411


def test_a_slow_client_is_cut_off_and_others_are_still_served(client: Client, monkeypatch):
    import cpdlog.capture.server as server

    monkeypatch.setattr(server, "CONNECTION_SECONDS", 0.5)
    client.endpoint.stop()
    client.endpoint.start()
    client.port = client.endpoint.port
    with socket.create_connection(("127.0.0.1", client.port), timeout=10) as slow:
        slow.sendall(b"POST /capture HTTP/1.1\r\n")  # ... and never finishes the request
        assert client.request("GET", "/ping", token=False).status == 200
        slow.settimeout(10)
        # the server hung up on it (0.5 s) before the client's own 10 s ran out, which would
        # raise TimeoutError here
        assert slow.recv(1024) == b""


def test_requests_per_client_are_rate_limited(client: Client):
    client.endpoint.limiter = RateLimiter(limit=3)
    statuses = [client.request("GET", "/ping", token=False).status for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    extension = {"Origin": "moz-extension://other"}
    assert client.request("GET", "/ping", token=False, headers=extension).status == 200


def test_the_token_and_discovery_files_are_private(client: Client, app: App):
    home = app.paths.home
    for name in (TOKEN_FILE, DISCOVERY_FILE):
        mode = stat.S_IMODE((home / name).stat().st_mode)
        assert mode == 0o600, name
    assert read_discovery(home) == client.port
    assert client.token not in (home / DISCOVERY_FILE).read_text()
    client.endpoint.stop()
    assert not (home / DISCOVERY_FILE).exists()


def test_a_taken_port_falls_back_to_a_free_one(app: App):
    first = app.capture.endpoint(port=0)
    port = first.start()
    try:
        second = app.capture.endpoint(port=port)
        other = second.start()
        try:
            assert other != port
            assert read_discovery(app.paths.home) == other
        finally:
            second.stop()
    finally:
        first.stop()


def test_a_query_with_too_many_fields_is_bad_input_not_a_failure(client: Client):
    reply = client.request("GET", "/lookup?" + "a=1&" * 100)
    assert reply.status == 400
    assert "too many fields" in reply.json()["error"]


def _confirmation_nonce(client: Client, **fields: str) -> str:
    import re

    page = client.request("GET", "/capture?" + urlencode(fields), token=False)
    assert page.status == 200
    assert page.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    found = re.search(r"name='nonce' value='([^']+)'", page.body.decode())
    assert found
    return found.group(1)


def test_the_bookmarklet_page_saves_only_when_confirmed_and_only_once(client: Client, app: App):
    nonce = _confirmation_nonce(
        client, url="https://example.org/x", title="X <b>page</b>", selection="quoted"
    )
    assert app.entries.list_entries() == []  # showing the page saves nothing
    own = {"Content-Type": "application/x-www-form-urlencoded"}
    own["Origin"] = f"http://127.0.0.1:{client.port}"
    body = urlencode({"nonce": nonce}).encode()
    saved = client.request("POST", "/capture/confirm", body, headers=own, token=False)
    assert saved.status == 200 and b"Saved to your CPD inbox" in saved.body
    [entry] = app.capture.inbox()
    assert entry.title == "X <b>page</b>" and "quoted" in entry.source.notes
    again = client.request("POST", "/capture/confirm", body, headers=own, token=False)
    assert again.status == 400 and b"expired or was already used" in again.body
    assert len(app.entries.list_entries()) == 1


def test_the_confirmation_page_escapes_the_page_text(client: Client):
    page = client.request(
        "GET",
        "/capture?" + urlencode({"url": "https://e.org/", "title": "<script>alert(1)</script>"}),
        token=False,
    )
    assert b"<script>" not in page.body and b"&lt;script&gt;" in page.body


def test_another_site_cannot_post_the_confirmation(client: Client, app: App):
    nonce = _confirmation_nonce(client, url="https://example.org/y", title="Y")
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Origin": "https://evil.example",
    }
    body = urlencode({"nonce": nonce}).encode()
    reply = client.request("POST", "/capture/confirm", body, headers=headers, token=False)
    assert reply.status == 403 and b"Not saved" in reply.body
    guessed = urlencode({"nonce": "guess"}).encode()
    headers["Origin"] = f"http://localhost:{client.port}"
    reply = client.request("POST", "/capture/confirm", guessed, headers=headers, token=False)
    assert reply.status == 400
    assert app.entries.list_entries() == []


def test_the_bookmarklet_page_offers_the_link_without_the_token(client: Client):
    page = client.request("GET", "/bookmarklet", token=False)
    assert page.status == 200
    text = page.body.decode()
    assert "id='bookmarklet' href=\"javascript:" in text
    assert f"127.0.0.1:{client.port}/capture" in text
    assert client.token not in text


def test_connections_beyond_the_cap_are_dropped_and_service_resumes(client: Client, monkeypatch):
    import cpdlog.capture.server as server

    monkeypatch.setattr(server, "MAX_CONNECTIONS", 2)
    client.endpoint.stop()
    client.endpoint.start()
    client.port = client.endpoint.port
    held = [socket.create_connection(("127.0.0.1", client.port), timeout=10) for _ in range(2)]
    try:
        for sock in held:
            sock.sendall(b"GET /ping HTTP/1.1\r\n")  # unfinished: each holds a slot
        # The server accepts connections in order and takes a slot before accepting the next,
        # so both held connections own the two slots before the extra one is accepted.
        with socket.create_connection(("127.0.0.1", client.port), timeout=10) as extra:
            extra.sendall(f"GET /ping HTTP/1.1\r\nHost: 127.0.0.1:{client.port}\r\n\r\n".encode())
            try:
                answer = extra.recv(1024)
            except ConnectionResetError:
                answer = b""
            assert answer == b""
    finally:
        for sock in held:
            sock.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if client.request("GET", "/ping", token=False).status == 200:
                break
        except (ConnectionError, OSError):
            time.sleep(0.05)
    assert client.request("GET", "/ping", token=False).status == 200


def _keep_alive_capture(connection: http.client.HTTPConnection, token: str, url: str) -> int:
    """One capture on a kept-alive connection: its status, or 0 if the endpoint hung up."""
    body = json.dumps({"url": url, "title": "Kept alive"}).encode()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    try:
        connection.request("POST", "/capture", body, headers)
        response = connection.getresponse()
        response.read()
    except (OSError, http.client.HTTPException):
        return 0
    return response.status


def test_a_stopped_endpoint_saves_nothing_more_on_a_kept_alive_connection(app: App):
    endpoint = app.capture.endpoint(port=0)
    port = endpoint.start()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        assert _keep_alive_capture(connection, endpoint.token, "https://example.org/one") == 201
        connection.auto_open = 0  # the same connection or none: never a new one
        endpoint.stop()
        assert _keep_alive_capture(connection, endpoint.token, "https://example.org/two") == 0
    finally:
        connection.close()
        endpoint.stop()
    assert [e.source.url for e in app.capture.inbox()] == ["https://example.org/one"]


def test_the_endpoint_gets_its_port_back_when_it_opens_again(app: App):
    # The extension remembers the port: cpdlog closed and opened again must listen there again,
    # even though the connections it just closed are still in TIME_WAIT.
    endpoint = app.capture.endpoint(port=0)
    port = endpoint.start()
    connections = [http.client.HTTPConnection("127.0.0.1", port, timeout=10) for _ in range(3)]
    for connection in connections:
        status = _keep_alive_capture(connection, endpoint.token, "https://example.org/a")
        assert status in (200, 201)
    endpoint.stop()  # the server hangs up first, so its side of those connections waits
    for connection in connections:
        connection.close()
    again = app.capture.endpoint(port=port)
    try:
        assert again.start() == port
        assert read_discovery(app.paths.home) == port
    finally:
        again.stop()


def test_a_client_that_hangs_up_early_prints_no_traceback(
    client: Client, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
):
    server = client.endpoint.server
    assert server is not None
    for error in (BrokenPipeError(32, "Broken pipe"), ConnectionResetError(104, "reset")):
        try:
            raise error
        except OSError:
            server.handle_error(None, ("127.0.0.1", 1))
    assert capsys.readouterr().err == ""
    assert caplog.records == []
    # Anything else is logged by its kind, with no traceback and nothing from the request.
    try:
        raise ValueError("page text that must not reach the log")
    except ValueError:
        server.handle_error(None, ("127.0.0.1", 1))
    assert capsys.readouterr().err == ""
    assert [r.getMessage() for r in caplog.records] == ["capture: a request failed (ValueError)"]
    # Real clients that reset the connection before the answer: the server goes on serving.
    for _ in range(5):
        sock = socket.create_connection(("127.0.0.1", client.port), timeout=10)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.sendall(b"POST /capture HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n")
        sock.close()
    assert client.request("GET", "/ping").status == 200
