"""``cpdlog encrypt``, ``decrypt`` and ``change-passphrase``; reading a passphrase.

A passphrase comes from ``--passphrase-file FILE``, else ``CPDLOG_PASSPHRASE_FILE``, else it
is asked for on the terminal (never echoed). Without a terminal and without a file it is a
one-line message and exit 2; nothing is opened or changed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog.i18n import tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

if TYPE_CHECKING:
    from cpdlog.services.app import App

PASSPHRASE_FILE_ENV = "CPDLOG_PASSPHRASE_FILE"
MAX_PASSPHRASE_FILE_BYTES = 4096


def add_passphrase_option(parser: argparse.ArgumentParser, root: bool = False) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=None if root else argparse.SUPPRESS,
        help=tr(CLI_CONTEXT, "read the journal's passphrase from FILE (env {variable})").format(
            variable=PASSPHRASE_FILE_ENV
        ),
    )


def add_passphrase_everywhere(parser: argparse.ArgumentParser) -> None:
    """``--passphrase-file`` on every command, however deeply nested (``profile show``)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in {id(p): p for p in action.choices.values()}.values():
                if not any("--passphrase-file" in a.option_strings for a in sub._actions):
                    add_passphrase_option(sub)
                add_passphrase_everywhere(sub)


def _file_kind(what: str) -> str:
    """The words for one of the secret files in the chosen language."""
    kinds = {
        "passphrase file": tr(CLI_CONTEXT, "passphrase file"),
        "recovery key file": tr(CLI_CONTEXT, "recovery key file"),
        "new passphrase file": tr(CLI_CONTEXT, "new passphrase file"),
    }
    return kinds.get(what, what)


def read_secret_file(path: str, what: str = "passphrase file") -> str:
    from cpdlog import safefile
    from cpdlog.errors import PassphraseError

    data = safefile.read_bytes(Path(path), MAX_PASSPHRASE_FILE_BYTES, what)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PassphraseError(
            tr(CLI_CONTEXT, "The {what} is not UTF-8 text.").format(what=_file_kind(what))
        ) from None
    if not text.strip():
        raise PassphraseError(tr(CLI_CONTEXT, "The {what} is empty.").format(what=_file_kind(what)))
    return text


def _prompt(prompt: str) -> str:
    from cpdlog.errors import PassphraseError

    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise PassphraseError(
            tr(
                CLI_CONTEXT,
                "Your journal is encrypted: give its passphrase with --passphrase-file FILE "
                "(or {variable}). Nothing was opened.",
            ).format(variable=PASSPHRASE_FILE_ENV)
        )
    import getpass

    try:
        return getpass.getpass(prompt, stream=sys.stderr)
    except EOFError:
        raise PassphraseError(
            tr(CLI_CONTEXT, "No passphrase was given. Nothing was changed.")
        ) from None


def passphrase_source(args: argparse.Namespace) -> Any:
    """A function giving the passphrase, asked only if the journal turns out to be encrypted."""

    def ask() -> str:
        chosen = getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_FILE_ENV)
        if chosen:
            return read_secret_file(chosen)
        return _prompt(tr(CLI_CONTEXT, "Passphrase for your cpdlog journal: "))

    return ask


def passphrase_ahead(args: argparse.Namespace) -> Any:
    """:func:`passphrase_source`, except for an encrypted journal on this computer whose
    passphrase is in a file: that passphrase, read now, with its key already being derived on
    a background thread (the journal's opening then waits for it rather than starting it)."""
    from cpdlog.paths import DATABASE_URL_ENV, resolve_paths
    from cpdlog.services.encryption import derive_key_ahead, is_encrypted

    chosen = getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_FILE_ENV)
    if not chosen or args.database_url or os.environ.get(DATABASE_URL_ENV):
        return passphrase_source(args)
    home = resolve_paths(args.home).home
    if not is_encrypted(home):
        return passphrase_source(args)  # read only if the journal turns out to need it
    passphrase = read_secret_file(chosen)
    derive_key_ahead(home, passphrase)
    return passphrase


def _new_passphrase(path: str | None) -> str:
    from cpdlog.errors import PassphraseError
    from cpdlog.services.encryption import check_new_passphrase

    if path:
        text = read_secret_file(path, "new passphrase file")
    else:
        text = _prompt(tr(CLI_CONTEXT, "New passphrase: "))
        check_new_passphrase(text)
        if _prompt(tr(CLI_CONTEXT, "The same passphrase again: ")) != text:
            raise PassphraseError(
                tr(CLI_CONTEXT, "The two passphrases were not the same. Nothing was changed.")
            )
    check_new_passphrase(text)
    return text


def register(commands: Any) -> None:
    enc = commands.add_parser(
        "encrypt",
        help=tr(CLI_CONTEXT, "encrypt your journal, its evidence and backups with a passphrase"),
    )
    add_passphrase_option(enc)
    enc.set_defaults(handler=cmd_encrypt, no_app=True)

    dec = commands.add_parser(
        "decrypt", help=tr(CLI_CONTEXT, "store your journal unencrypted again")
    )
    add_passphrase_option(dec)
    dec.add_argument(
        "--recovery-key-file", metavar="FILE", help=tr(CLI_CONTEXT, "use the recovery key instead")
    )
    dec.set_defaults(handler=cmd_decrypt, no_app=True)

    change = commands.add_parser(
        "change-passphrase",
        help=tr(CLI_CONTEXT, "choose a new passphrase (you get a new recovery key)"),
    )
    add_passphrase_option(change)
    change.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=tr(CLI_CONTEXT, "forgot it? use the recovery key instead"),
    )
    change.add_argument(
        "--new-passphrase-file", metavar="FILE", help=tr(CLI_CONTEXT, "the new passphrase")
    )
    change.set_defaults(handler=cmd_change_passphrase, no_app=True)


def _local_paths(args: argparse.Namespace) -> tuple[Path, Path]:
    from cpdlog.errors import StorageError
    from cpdlog.paths import DATABASE_URL_ENV, resolve_paths
    from cpdlog.services.connection import load_choice

    on_server = args.database_url or os.environ.get(DATABASE_URL_ENV)
    if on_server or load_choice(resolve_paths(args.home).home) is not None:
        raise StorageError(
            tr(
                CLI_CONTEXT,
                "Encryption is for the journal file on this computer; a database server is "
                "encrypted by your organisation's own means.",
            )
        )
    paths = resolve_paths(args.home).ensure()
    return paths.home, paths.database


def _show_recovery_key(recovery_key: str) -> None:
    print(recovery_key)
    print(
        "cpdlog: "
        + tr(
            CLI_CONTEXT,
            "this is your recovery key, shown only now. Write it down or print it and keep it "
            "somewhere safe, away from this computer: if you forget your passphrase, it is the "
            "only way back into your journal.",
        ),
        file=sys.stderr,
    )


def _unlock(args: argparse.Namespace, home: Path) -> bytes:
    from cpdlog.services import encryption

    if getattr(args, "recovery_key_file", None):
        return encryption.unlock(
            home, recovery_key=read_secret_file(args.recovery_key_file, "recovery key file")
        )
    return encryption.unlock(home, passphrase=passphrase_source(args)())


def cmd_encrypt(args: argparse.Namespace, _app: App | None) -> int:
    from cpdlog.services import encryption

    home, database = _local_paths(args)
    encryption.recover(home, database)
    if encryption.is_encrypted(home):
        from cpdlog.errors import StorageError

        raise StorageError(
            tr(CLI_CONTEXT, "Your journal is already encrypted. Nothing was changed.")
        )
    passphrase = _new_passphrase(args.passphrase_file or os.environ.get(PASSPHRASE_FILE_ENV))
    from cpdlog.errors import EncryptionUnfinishedError

    try:
        new = encryption.encrypt_journal(home, database, passphrase)
    except EncryptionUnfinishedError as exc:
        _show_recovery_key(exc.recovery_key)  # the journal is encrypted: never without its key
        raise  # then the problem, exit 1
    _show_recovery_key(new.recovery_key)
    print("cpdlog: " + tr(CLI_CONTEXT, "your journal is now encrypted."), file=sys.stderr)
    return 0


def cmd_decrypt(args: argparse.Namespace, _app: App | None) -> int:
    from cpdlog.errors import StorageError
    from cpdlog.services import encryption

    home, database = _local_paths(args)
    encryption.recover(home, database)
    if not encryption.is_encrypted(home):
        raise StorageError(tr(CLI_CONTEXT, "Your journal is not encrypted. Nothing was changed."))
    data_key = _unlock(args, home)
    encryption.decrypt_journal(home, database, data_key)
    print(
        "cpdlog: "
        + tr(
            CLI_CONTEXT,
            "your journal is no longer encrypted; anyone who can open this folder can read it.",
        ),
        file=sys.stderr,
    )
    return 0


def cmd_change_passphrase(args: argparse.Namespace, _app: App | None) -> int:
    from cpdlog.errors import PassphraseError
    from cpdlog.services import encryption

    home, database = _local_paths(args)
    encryption.recover(home, database)
    if not encryption.is_encrypted(home):
        raise PassphraseError(
            tr(CLI_CONTEXT, "Your journal is not encrypted, so it has no passphrase.")
        )
    data_key = _unlock(args, home)
    new = _new_passphrase(args.new_passphrase_file)
    fresh = encryption.change_passphrase(home, data_key, new)
    _show_recovery_key(fresh.recovery_key)
    print(
        "cpdlog: "
        + tr(CLI_CONTEXT, "your passphrase is changed; the old recovery key no longer works."),
        file=sys.stderr,
    )
    return 0
