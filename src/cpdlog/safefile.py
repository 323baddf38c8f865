"""Read files the user names (backups, OPML, attachments, summaries, templates) safely, and
write files all at once.

Every path that comes from outside goes through :func:`open_regular` or :func:`read_bytes`:

* the file is opened without blocking (a named pipe with no writer cannot hang cpdlog) and
  without a controlling terminal;
* what was actually opened is checked with ``fstat`` on the descriptor (not ``stat`` on the
  name, which can change in between): anything but a regular file is refused with a message
  that says what it is ("is a folder", "is a named pipe (FIFO)", "is a device");
* at most ``cap`` bytes are read, and the read is refused as soon as more arrive than the cap,
  whatever size the file system claimed.

Messages are :class:`~cpdlog.errors.ValidationError` (exit 2): the user named a file we cannot
accept.

:func:`write_atomically` is the one way cpdlog replaces a file (exports, calendars, settings
files): a reader never sees half a file, and a failed write leaves the old one as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from cpdlog.errors import CpdlogError, StorageError, ValidationError, tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.errors.tr → cpdlog.i18n)

CHUNK = 1024 * 1024

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_NOCTTY = getattr(os, "O_NOCTTY", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


def kind_of(mode: int) -> str:
    """What a file-system object is, in the words used in messages ("a folder", ...)."""
    if stat.S_ISREG(mode):
        return tr(ERRORS, "a file")
    if stat.S_ISDIR(mode):
        return tr(ERRORS, "a folder")
    if stat.S_ISFIFO(mode):
        return tr(ERRORS, "a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return tr(ERRORS, "a device")
    if stat.S_ISSOCK(mode):
        return tr(ERRORS, "a socket")
    if stat.S_ISLNK(mode):
        return tr(ERRORS, "a symbolic link")
    return tr(ERRORS, "not an ordinary file")


def _size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MiB"
    if n >= 1024:
        return f"{n / 1024:g} KiB"
    return f"{n} bytes"


def _refuse(path: Path, what: str, exc: OSError) -> ValidationError:
    if exc.errno == errno.ENOENT:
        return ValidationError(
            tr(ERRORS, "There is no file at {path} (it does not exist).").format(path=path),
            field="file",
        )
    if exc.errno == errno.EISDIR:
        return ValidationError(
            tr(ERRORS, "{path} is a folder, not {article}.").format(
                path=path, article=_article(what)
            ),
            field="file",
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ValidationError(
            tr(ERRORS, "cpdlog is not allowed to read {path}.").format(path=path), field="file"
        )
    if exc.errno == errno.ELOOP:
        return ValidationError(
            tr(ERRORS, "{path} is a symbolic link, which cpdlog does not follow here.").format(
                path=path
            )
        )
    if exc.errno == errno.ENOTDIR:
        return ValidationError(
            tr(ERRORS, "There is no file at {path} (it does not exist).").format(path=path),
            field="file",
        )
    return ValidationError(
        tr(ERRORS, "{path} could not be read: {reason}.").format(
            path=path, reason=exc.strerror or exc
        ),
        field="file",
    )


def _article(what: str) -> str:
    article = tr(ERRORS, "an {what}") if what[:1].lower() in "aeiou" else tr(ERRORS, "a {what}")
    return article.format(what=what)


@contextlib.contextmanager
def open_regular(
    path: Path | str, what: str = "file", *, follow_symlinks: bool = True
) -> Iterator[BinaryIO]:
    """Open ``path`` for reading if, and only if, it is a regular file.

    ``what`` names the file in messages ("backup", "OPML file", "evidence file").
    """
    path = Path(path)
    flags = os.O_RDONLY | _O_NONBLOCK | _O_NOCTTY | _O_CLOEXEC | _O_BINARY
    if not follow_symlinks:
        flags |= _O_NOFOLLOW
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM) and path.is_dir():  # Windows: folders
            raise ValidationError(
                tr(ERRORS, "{path} is a folder, not {article}.").format(
                    path=path, article=_article(what)
                )
            ) from None
        raise _refuse(path, what, exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError(
                tr(ERRORS, "{path} is {kind_of}, not {article}.").format(
                    path=path, kind_of=kind_of(info.st_mode), article=_article(what)
                ),
                field="file",
            )
        if _O_NONBLOCK and hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: ordinary reads from here on
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        yield fh


def read_chunks(fh: BinaryIO, cap: int, path: Path | str, what: str = "file") -> Iterator[bytes]:
    """The bytes of an opened file in chunks; refused once more than ``cap`` have arrived."""
    total = 0
    while True:
        try:
            chunk = fh.read(min(CHUNK, cap + 1 - total))
        except OSError as exc:
            raise _refuse(Path(path), what, exc) from None
        if not chunk:
            return
        total += len(chunk)
        if total > cap:
            raise too_large(path, what, cap)
        yield chunk


def too_large(path: Path | str, what: str, cap: int) -> ValidationError:
    name = Path(path).name or str(path)
    return ValidationError(
        tr(
            ERRORS,
            "The {what} {name} is larger than {size_text}, the most cpdlog reads.",
        ).format(what=what, name=name, size_text=_size_text(cap)),
        field="file",
    )


def read_bytes(
    path: Path | str, cap: int, what: str = "file", *, follow_symlinks: bool = True
) -> bytes:
    """The whole content of a regular file of at most ``cap`` bytes."""
    with open_regular(path, what, follow_symlinks=follow_symlinks) as fh:
        try:
            declared = os.fstat(fh.fileno()).st_size
        except OSError:
            declared = 0
        if declared > cap:
            raise too_large(path, what, cap)
        return b"".join(read_chunks(fh, cap, path, what))


def read_text(path: Path | str, cap: int, what: str = "file", encoding: str = "utf-8") -> str:
    """As :func:`read_bytes`, decoded; a file that is not valid text is refused clearly."""
    data = read_bytes(path, cap, what)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValidationError(
            tr(
                ERRORS,
                "The {what} {name} is not UTF-8 text (byte {start} cannot be "
                "read). Save it as UTF-8 and try again.",
            ).format(what=what, name=Path(path).name, start=exc.start + 1),
            field="file",
        ) from None


def require_ordinary(
    path: Path,
    what: str,
    *,
    folder: Path | None = None,
    error: type[CpdlogError] = StorageError,
) -> None:
    """Refuse ``path`` if something is there that is not an ordinary file: a folder, a named
    pipe, a device, a socket, a symbolic link that loops or (with ``folder``) leads outside
    ``folder``. Nothing there is fine (the file is made later).

    Checked with ``stat``, which never opens the file: opening a named pipe waits for a
    writer for ever (SQLite's open of one never returns), and reading a device never ends.
    For files cpdlog opens itself (the journal, its side files, the key file), which no
    ``open_regular`` can guard because a driver opens them. ``what`` names the file in the
    message ("journal file"); ``error`` is what is raised (exit 1 by default: the data folder
    holds something cpdlog cannot use).
    """
    try:
        link = os.lstat(path)
    except OSError:
        return  # nothing there (or it cannot even be looked at: the open that follows says)
    try:
        mode = path.stat().st_mode  # what a link leads to
    except OSError as exc:
        # a link to nothing (yet) is checked below; one that leads round in a circle is refused
        mode = link.st_mode if exc.errno == errno.ELOOP else stat.S_IFREG
    if not stat.S_ISREG(mode):
        raise error(
            tr(
                ERRORS,
                "The {what} {path} is {kind_of}, not an ordinary file, so cpdlog cannot open "
                "it. Move it away and try again.",
            ).format(what=what, path=path, kind_of=kind_of(mode))
        )
    _refuse_link_out(
        path,
        link,
        folder,
        error,
        lambda target: tr(
            ERRORS,
            "The {what} {path} is a link to {target}, outside the data folder {folder}, "
            "which cpdlog does not follow. Move it away and try again.",
        ).format(what=what, path=path, target=target, folder=folder),
    )


def _refuse_link_out(
    path: Path | str,
    link: os.stat_result,
    folder: Path | str | None,
    error: type[CpdlogError],
    message: Callable[[Path], str],
) -> None:
    """Refuse ``path`` when it is a symbolic link leading outside ``folder`` (the data folder);
    ``message`` words the refusal for the link's target."""
    if stat.S_ISLNK(link.st_mode) and folder is not None:
        target = Path(os.path.realpath(path))
        if not target.is_relative_to(os.path.realpath(folder)):
            raise error(message(target))


def require_output(path: Path | str, *, error: type[CpdlogError] = ValidationError) -> Path:
    """Refuse ``path`` as a place to write a file the user named (every export, calendar,
    backup, review pack and OPML file, from the command line or a save dialog) unless it is
    nothing yet or an ordinary file, in a folder that exists.

    Refused, in one sentence each: a symbolic link (cpdlog does not write through links, nor
    replace them); a folder, a named pipe, a device or a socket (writing would replace it, or
    wait for ever); a folder that does not exist (it is never made). Replacing an existing
    ordinary file is allowed. Checked with ``lstat``, which never opens anything. Returns
    ``path`` as a :class:`Path`.
    """
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except NotADirectoryError:
        info = None  # a parent is not a folder: said below
    except OSError as exc:
        raise error(
            tr(ERRORS, "cpdlog could not write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise error(
                tr(
                    ERRORS,
                    "{path} is a symbolic link, and cpdlog does not write through links. "
                    "Choose another file name.",
                ).format(path=path)
            )
        if not stat.S_ISREG(info.st_mode):
            raise error(
                tr(
                    ERRORS,
                    "{path} is {kind_of}, not an ordinary file, so cpdlog will not write "
                    "there. Choose a file name.",
                ).format(path=path, kind_of=kind_of(info.st_mode))
            )
        return path
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise error(
            tr(ERRORS, "{folder} is {kind_of}, not a folder. Choose a folder that exists.").format(
                folder=folder, kind_of=kind_of(folder.stat().st_mode)
            )
        )
    if not folder.is_dir():
        raise error(
            tr(ERRORS, "The folder {folder} does not exist. Choose a folder that does.").format(
                folder=folder
            )
        )
    return path


def require_folder(
    path: Path, *, folder: Path | None = None, error: type[CpdlogError] = StorageError
) -> None:
    """Refuse ``path`` if something is there that is not a folder, or (with ``folder``, the data
    folder) a symbolic link to a folder outside ``folder``, as :func:`require_ordinary` does for
    files. Nothing there is fine: it is made later. Checked with ``stat``, which opens nothing."""
    try:
        link = os.lstat(path)
        mode = path.stat().st_mode
    except OSError:
        return
    if not stat.S_ISDIR(mode):
        raise error(
            tr(
                ERRORS,
                "The data folder holds {kind_of} at {path}, where cpdlog keeps a folder. "
                "Move it away and try again.",
            ).format(path=path, kind_of=kind_of(mode))
        )
    _refuse_link_out(
        path,
        link,
        folder,
        error,
        lambda target: tr(
            ERRORS,
            "The folder {path} is a link to {target}, outside the data folder {folder}, "
            "which cpdlog does not follow. Move it away and try again.",
        ).format(path=path, target=target, folder=folder),
    )


def write_atomically(
    path: Path,
    content: bytes | Callable[[Path], object],
    *,
    create_folder: bool = True,
    private: bool = False,
    durable: bool = True,
) -> Path:
    """Replace ``path`` in one step with ``content``: bytes, or a function that writes the file
    at the path it is given.

    The content goes into a hidden partial file beside ``path`` (a name of its own, so two
    writers never share one), renamed over ``path`` only once complete; if anything fails the
    partial file is removed and ``path`` is left as it was. ``create_folder`` makes missing
    parent folders; ``private`` makes the file readable by its owner only (otherwise the
    usual permissions apply); ``durable`` (the default) flushes the file to the disk before
    the rename and the folder after it, so a power cut leaves the old file or the new one,
    never an empty one. Raises :class:`OSError`: callers say what could not be saved.
    """
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    fd = os.open(
        partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600 if private else 0o666
    )
    try:
        if isinstance(content, bytes):
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                if durable:
                    fh.flush()
                    os.fsync(fh.fileno())
        else:
            os.close(fd)
            content(partial)
            if durable:
                _fsync_path(partial)
        partial.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    if durable:
        fsync_folder(path.parent)
    return path


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | _O_BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
