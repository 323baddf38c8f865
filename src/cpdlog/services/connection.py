"""Where the journal is kept: this computer, or the organisation's cpdlog server (issue 17).

The choice is an app setting, kept in ``server.json`` in the data folder (never in the shared
database, which it points at). A server password is kept in the operating system's keychain
(``keyring``), never in a file; "my organisation signs me in" (Kerberos/GSSAPI or client
certificates set up by the organisation) needs no password at all. TLS is checked in full
(``sslmode=verify-full``) unless the user says it is a test server.

Which database is opened: ``--database-url`` (or ``CPDLOG_DATABASE_URL``) when given, else the
saved server choice, else the journal file on this computer.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cpdlog import safefile
from cpdlog.domain.entry import Entry
from cpdlog.errors import CpdlogError, NotFoundError, StorageError, ValidationError
from cpdlog.i18n import tr
from cpdlog.paths import DATABASE_URL_ENV

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:
    from cpdlog.services.app import App

log = logging.getLogger(__name__)

FILE_NAME = "server.json"
FORMAT = "cpdlog-server-choice"
MAX_FILE_BYTES = 64 * 1024
KEYRING_SERVICE = "cpdlog-server"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 10  # a server that does not answer is said to be unreachable after this


@dataclass(frozen=True, slots=True)
class ServerChoice:
    """The organisation's server as the practitioner typed it (no password here)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    organisation_signs_in: bool = False  # Kerberos/GSSAPI or certificates: no password
    check_certificate: bool = True  # False only for a test server (sslmode=require)

    def checked(self) -> ServerChoice:
        """The choice with its fields trimmed, or :class:`ValidationError` saying what is wrong."""
        host, database, user = self.host.strip(), self.database.strip(), self.user.strip()
        for value, field, what in (
            (host, "host", "the server's address"),
            (database, "database", "the database name"),
            (user, "user", "your user name"),
        ):
            if not value:
                raise ValidationError(tr(ERRORS, "Fill in {what}.").format(what=what), field=field)
            if any(c.isspace() or c in "/@?#" for c in value) or len(value) > 255:
                raise ValidationError(
                    tr(ERRORS, "{what} is not valid.").format(what=what.capitalize()), field=field
                )
        if not 1 <= self.port <= 65535:
            raise ValidationError(
                tr(ERRORS, "The port must be a number from 1 to 65535."), field="port"
            )
        return ServerChoice(
            host, database, user, self.port, self.organisation_signs_in, self.check_certificate
        )

    @property
    def account(self) -> str:
        """The keychain entry's name for this server's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        """The SQLAlchemy URL (with the password, if any: never show or log it)."""
        from sqlalchemy.engine import URL

        query = {
            "sslmode": "verify-full" if self.check_certificate else "require",
            "connect_timeout": str(CONNECT_TIMEOUT_S),
        }
        if self.organisation_signs_in:
            password = None
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        ).render_as_string(hide_password=False)


def choice_path(home: Path) -> Path:
    return home / FILE_NAME


def load_choice(home: Path) -> ServerChoice | None:
    """The saved server choice, or None ("My own computer", or no usable file)."""
    path = choice_path(home)
    if not path.exists():
        return None
    try:
        document = json.loads(safefile.read_text(path, MAX_FILE_BYTES, "server setting"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            return None
        server = document.get("server")
        if not isinstance(server, dict):
            return None
        return ServerChoice(
            host=str(server["host"]),
            database=str(server["database"]),
            user=str(server["user"]),
            port=int(server.get("port", DEFAULT_PORT)),
            organisation_signs_in=bool(server.get("organisation_signs_in", False)),
            check_certificate=bool(server.get("check_certificate", True)),
        ).checked()
    except (OSError, ValueError, KeyError, TypeError, CpdlogError):
        log.warning("The server setting in the data folder could not be read; using this computer")
        return None


def save_choice(home: Path, choice: ServerChoice | None, password: str | None = None) -> None:
    """Keep the choice (None: "My own computer"); a password goes to the keychain only.

    Raises :class:`ValidationError` if a password was given and no keychain can keep it
    (nothing is saved then)."""
    path = choice_path(home)
    if choice is None:
        path.unlink(missing_ok=True)
        return
    choice = choice.checked()
    if password and not choice.organisation_signs_in and not remember_password(choice, password):
        raise ValidationError(
            tr(
                ERRORS,
                "This computer has no keychain cpdlog can keep your password in, "
                "so the server was not saved. Ask your organisation about signing "
                "you in instead.",
            ),
            field="password",
        )
    document = {"format": FORMAT, "version": 1, "server": asdict(choice)}
    data = json.dumps(document, indent=2).encode("utf-8")
    safefile.write_atomically(path, data, private=True)


def remembered_password(choice: ServerChoice) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, choice.account)
    except Exception:  # no keychain, locked, or a backend error
        log.warning("The system keychain could not be read", exc_info=True)
        return None


def remember_password(choice: ServerChoice, password: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, choice.account, password)
    except Exception:
        log.warning("The password could not be kept in the system keychain", exc_info=True)
        return False
    return True


class ServerPasswordMissingError(StorageError):
    """The saved server needs a password and the keychain has none for it."""


def cli_advice() -> str:
    """What the command line adds when the server chosen in the desktop app cannot be used."""
    return tr(ERRORS, "run with --database-url or choose the server again in the app.")


DRAFT_KEYRING_SERVICE = "cpdlog-drafts"
DRAFT_KEY_BYTES = 32  # AES-256-GCM, as sealed drafts of an encrypted journal


def _draft_account(home: Path) -> str:
    """One keychain entry per data folder (named by a hash: the path itself is not stored)."""
    import hashlib

    return "drafts-" + hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:16]


def server_draft_key(home: Path) -> bytes | None:
    """The key the drafts of a journal on a server are sealed with on this computer.

    There is no journal key on this computer then, so a random key is made the first time and
    kept in the system keychain, as the server's password is. None when there is no usable
    keychain (or it refused): drafts are then kept as files only this user may read, rather
    than lost. Slow (the keychain is D-Bus on Linux): call it on a worker."""
    import base64
    import binascii

    account = _draft_account(home)
    try:
        import keyring

        kept = keyring.get_password(DRAFT_KEYRING_SERVICE, account)
        if kept:
            key = base64.b64decode(kept.encode("ascii"), validate=True)
            if len(key) != DRAFT_KEY_BYTES:
                raise ValueError("the drafts' key in the keychain is not a key")
            return key
        key = os.urandom(DRAFT_KEY_BYTES)
        encoded = base64.b64encode(key).decode("ascii")
        keyring.set_password(DRAFT_KEYRING_SERVICE, account, encoded)
        # a keychain that accepts and forgets (or keeps it elsewhere) would strand drafts
        if keyring.get_password(DRAFT_KEYRING_SERVICE, account) != encoded:
            log.warning("The system keychain did not keep the drafts' key")
            return None
        return key
    except (ValueError, binascii.Error, UnicodeError):
        # never replaced: drafts sealed with it would be lost for good
        log.warning("The drafts' key in the system keychain is damaged; it was left as it is")
        return None
    except Exception:  # no keychain, locked, or a backend error
        log.warning("The system keychain could not keep the drafts' key", exc_info=True)
        return None


def database_url(
    home: Path, explicit: str | None = None, *, require_password: bool = False
) -> str | None:
    """The URL to open: ``explicit`` (``--database-url``), ``CPDLOG_DATABASE_URL``, or the
    saved server choice; None means the journal file on this computer.

    The saved choice's password is read from the system keychain (slow, D-Bus on Linux: the
    desktop app calls this on a worker). ``require_password``: raise
    :class:`ServerPasswordMissingError` when the choice needs a password and the keychain has
    none, instead of trying the server without one."""
    url = explicit or os.environ.get(DATABASE_URL_ENV)
    if url:
        return url
    choice = load_choice(home)
    if choice is None:
        return None
    if choice.organisation_signs_in:
        return choice.url(None)
    password = remembered_password(choice)
    if password is None and require_password:
        raise ServerPasswordMissingError(
            tr(
                ERRORS,
                "Your organisation's cpdlog server is chosen in the app, but this computer's "
                "keychain has no password for {user} on {host}: {advice}",
            ).format(user=choice.user, host=choice.host, advice=cli_advice())
        )
    return choice.url(password)


def from_saved_choice(home: Path, explicit: str | None = None) -> bool:
    """Whether :func:`database_url` would open the server chosen in the app (no
    ``--database-url`` or ``CPDLOG_DATABASE_URL`` given, and a choice saved)."""
    if explicit or os.environ.get(DATABASE_URL_ENV):
        return False
    return load_choice(home) is not None


def uses_server(home: Path, explicit: str | None = None) -> bool:
    """Whether the journal that will be opened is on a database server."""
    url = database_url(home, explicit)
    return url is not None and not url.startswith("sqlite")


def test_connection(choice: ServerChoice, password: str | None) -> str | None:
    """Try the server (slow: call it on a worker). None if it answered, else a one-line reason."""
    from sqlalchemy import text

    from cpdlog.storage.db import Database

    try:
        choice = choice.checked()
        url = choice.url(password)
        db = Database(url, url)
    except CpdlogError as exc:
        return str(exc)
    try:
        with db.session() as session:
            session.execute(text("SELECT 1"))
    except CpdlogError as exc:
        return str(exc)
    finally:
        db.dispose()
    return None


@dataclass(frozen=True, slots=True)
class WaitingSaved:
    """A draft kept while the server was away, now saved. ``kept_both``: the server's copy had
    changed meanwhile, so the draft was saved as a new entry beside it (nothing overwritten)."""

    entry: Entry
    kept_both: bool


def save_waiting(
    app: App, entry: Entry, attachments: Sequence[Path] = (), certificates: Sequence[Path] = ()
) -> WaitingSaved:
    """Save an entry that waited on this computer for the server (slow: on a worker).

    A new entry is added. An edited one is saved over the server's copy only if that copy is
    unchanged since the editor opened it; otherwise both are kept. Each save is one
    transaction: it is all stored, or nothing is (and the draft stays waiting)."""
    service = app.entries
    if entry.id is None:
        return WaitingSaved(service.add(entry, attachments, certificates=certificates), False)
    try:
        current = service.get(entry.id)
    except NotFoundError:
        current = None  # deleted for good meanwhile: keep the words as a new entry
    # saved by someone (or another computer) since the editor opened it?
    changed = current is None or current.updated_at != entry.updated_at
    if not changed:
        return WaitingSaved(service.update(entry, attachments, certificates=certificates), False)
    copy = entry.copy()
    copy.id, copy.uid, copy.feed_item_id = None, "", None
    return WaitingSaved(service.add(copy, attachments, certificates=certificates), True)


def check_server(app: App) -> None:
    """Ask the journal's server for an answer (slow: on a worker). Raises
    :class:`~cpdlog.errors.ServerUnreachableError` while it cannot be reached."""
    from sqlalchemy import text

    with app.db.session() as session:
        session.execute(text("SELECT 1"))
