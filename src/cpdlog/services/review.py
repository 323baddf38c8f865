"""Review and sign-off without a server: review packs out, review responses back.

The practitioner writes a *review pack* (:meth:`ReviewService.export_pack`) holding chosen
entries' content and hashes, signed with this journal's own Ed25519 key. The supervisor opens
it in their own cpdlog (:meth:`open_pack`), comments, records the peer-reflection discussion
and signs off entries, and writes a *response* (:meth:`respond`) signed with their key and
naming the pack by its hash. The practitioner imports it (:meth:`import_response`): the
signature, the pack (one this journal wrote), a replay (a response already imported) and the
reviewer's key (trust on first use) are checked before anything is stored.

The key pair lives in the journal's settings table, so an encrypted journal keeps its private
key encrypted with everything else (SQLCipher), and a backup of the journal keeps it too.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cpdlog import safefile
from cpdlog.domain.entry import Entry
from cpdlog.domain.review import (
    Arrival,
    CommentKind,
    ReviewComment,
    Signoff,
    SignoffState,
    canonical_json,
    content_hash,
    entry_content,
    fingerprint,
    signoff_state,
)
from cpdlog.domain.review_files import (
    MAX_PACK_BYTES,
    MAX_PACK_ENTRIES,
    MAX_RESPONSE_BYTES,
    MAX_SHORT,
    MAX_TEXT,
    PACK_FORMAT,
    PACK_LABEL,
    RESPONSE_FORMAT,
    RESPONSE_LABEL,
    ReviewPack,
    ReviewResponse,
    b64,
    body_hash,
    document,
    read_pack,
    read_response,
    utc_text,
)
from cpdlog.domain.text import check_line, check_paragraphs, shown
from cpdlog.errors import ExportError, ValidationError
from cpdlog.i18n import plural, tr
from cpdlog.storage.entries_repo import EntryRepository
from cpdlog.storage.review_repo import ReviewRepository
from cpdlog.storage.settings_repo import get_setting, set_setting

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:
    from cpdlog.services.app import App

log = logging.getLogger(__name__)

KEY_SETTING = "review.signing_key"
DEFAULT_STATEMENT = (
    "I have read this entry and I agree that it is an accurate record of the practitioner's "
    "learning and reflection."
)


class ReviewKeyChangedError(ValidationError):
    """A reviewer's key is not the one first seen for them: refused unless accepted."""

    def __init__(self, reviewer: str, was: str, now: str) -> None:
        super().__init__(
            tr(
                ERRORS,
                "WARNING: the signing key of {reviewer} has changed (it was {was}, "
                "this response is signed with {now}). Nothing was imported. Ask them, in person "
                "or by phone, whether they set up cpdlog again; only then import it with "
                "--accept-new-key.",
            ).format(reviewer=shown(reviewer, 60), was=was, now=now),
            field="key",
        )
        self.reviewer = reviewer
        self.was = was
        self.now = now


@dataclass(slots=True, frozen=True)
class Identity:
    """This journal's review key: the public half and its fingerprint."""

    public_key: bytes
    fingerprint: str


@dataclass(slots=True, frozen=True)
class PackWritten:
    path: Path
    pack_hash: str
    entries: int


@dataclass(slots=True, frozen=True)
class OpenedPack:
    """A pack whose signature and content hashes were checked."""

    pack: ReviewPack
    fingerprint: str  # of the practitioner's key that signed it


@dataclass(slots=True, frozen=True)
class Comment:
    """A reviewer's comment on entry ``position`` (1-based, in pack order)."""

    position: int
    section: str | None  # None: the whole entry
    text: str


@dataclass(slots=True, frozen=True)
class PeerDiscussion:
    position: int
    text: str
    date: dt.date | None = None  # None: today


@dataclass(slots=True, frozen=True)
class ResponseWritten:
    path: Path
    signed: int
    comments: int


@dataclass(slots=True)
class ImportResult:
    reviewer: str
    role: str
    fingerprint: str
    first_time: bool  # this reviewer's key had not been seen before (now remembered)
    key_replaced: bool = False
    comments: int = 0
    signed: list[str] = field(default_factory=list)  # titles signed off as they are now
    signed_earlier: list[str] = field(default_factory=list)  # signed, but since changed
    missing: int = 0  # entries the response names that are no longer in this journal


def _verify(public_key: bytes, signature: bytes, label: bytes, body: dict[str, Any]) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            signature, label + canonical_json(body)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def _read(path: Path, cap: int, what: str) -> bytes:
    return safefile.read_bytes(Path(path), cap, what)


def _write(path: Path, data: bytes, what: str) -> Path:
    safefile.require_output(path)  # no device, pipe, folder or link; no folders made
    try:
        return safefile.write_atomically(Path(path), data, create_folder=False)
    except OSError as exc:
        raise ExportError(
            tr(ERRORS, "The {what} could not be saved to {path}: {reason}.").format(
                what=what, path=path, reason=exc.strerror or exc
            )
        ) from None


def _person(text: str, what: str, field_name: str, required: bool) -> str:
    value = check_line(text, field_name, what)
    if required and not value:
        raise ValidationError(tr(ERRORS, "{what} is needed.").format(what=what), field=field_name)
    if len(value) > MAX_SHORT:
        raise ValidationError(
            tr(ERRORS, "{what} is too long (at most {max_short} characters).").format(
                what=what, max_short=MAX_SHORT
            )
        )
    return value


def _paragraphs(text: str, what: str) -> str:
    value = check_paragraphs(text)
    if not value:
        raise ValidationError(tr(ERRORS, "{what} is empty.").format(what=what), field="comment")
    if len(value) > MAX_TEXT:
        raise ValidationError(
            tr(ERRORS, "{what} is too long (at most {max_text:,} characters).").format(
                what=what, max_text=MAX_TEXT
            )
        )
    return value


class ReviewService:
    def __init__(self, app: App) -> None:
        self.app = app

    # --- this journal's key --------------------------------------------------------------------
    def _private_key(self) -> Ed25519PrivateKey:
        """This journal's signing key, made the first time it is needed."""
        with self.app.db.session() as session:
            stored = get_setting(session, KEY_SETTING)
            if isinstance(stored, dict) and isinstance(stored.get("private"), str):
                try:
                    raw = base64.b64decode(stored["private"], validate=True)
                    return Ed25519PrivateKey.from_private_bytes(raw)
                except ValueError:
                    log.warning("The stored review key could not be read; a new one is made")
            self.app.require_writable()
            key = Ed25519PrivateKey.generate()
            from cryptography.hazmat.primitives import serialization

            raw = key.private_bytes(
                serialization.Encoding.Raw,
                serialization.PrivateFormat.Raw,
                serialization.NoEncryption(),
            )
            set_setting(
                session,
                KEY_SETTING,
                {"private": b64(raw), "created_at": utc_text(self.app.clock())},
            )
            return key

    def identity(self) -> Identity:
        public = self._public_bytes(self._private_key())
        return Identity(public, fingerprint(public))

    @staticmethod
    def _public_bytes(key: Ed25519PrivateKey) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    # --- the practitioner's side ---------------------------------------------------------------
    def export_pack(self, entry_ids: Sequence[int], output: Path) -> PackWritten:
        """Write a signed review pack of ``entry_ids`` (in the order given) to ``output``."""
        self.app.require_writable()
        ids = list(dict.fromkeys(entry_ids))
        if not ids:
            raise ValidationError(
                tr(ERRORS, "Choose at least one entry to send for review."), field="entry"
            )
        if len(ids) > MAX_PACK_ENTRIES:
            raise ValidationError(
                tr(ERRORS, "A review pack holds at most {max_pack_entries} entries.").format(
                    max_pack_entries=MAX_PACK_ENTRIES
                ),
                field="entry",
            )
        with self.app.db.session() as session:
            repo = EntryRepository(session, self.app.fts)
            entries = [repo.get(i) for i in ids]
        key = self._private_key()
        now = self.app.clock()
        items = []
        for e in entries:
            items.append(
                {"uid": e.uid, "content_hash": content_hash(e), "content": entry_content(e)}
            )
        body = {
            "pack_id": uuid.uuid4().hex,
            "created_at": utc_text(now),
            "practitioner": {
                "name": self.app.profile.get().name,
                "public_key": b64(self._public_bytes(key)),
            },
            "entries": items,
        }
        data = document(PACK_FORMAT, body, key.sign(PACK_LABEL + canonical_json(body)))
        if len(data) > MAX_PACK_BYTES:
            raise ValidationError(
                tr(
                    ERRORS,
                    "These entries are too large for one review pack; send fewer at a time.",
                )
            )
        pack_hash = body_hash(body)
        path = _write(Path(output), data, "review pack")
        with self.app.db.session() as session:
            ReviewRepository(session).add_pack(
                pack_hash, now, {str(i["uid"]): str(i["content_hash"]) for i in items}
            )
        log.info("Review pack written with %s entries", len(items))
        return PackWritten(path, pack_hash, len(items))

    # --- the supervisor's side -----------------------------------------------------------------
    def open_pack(self, path: Path) -> OpenedPack:
        """Read a review pack and check its signature and every entry's content hash."""
        pack = read_pack(_read(path, MAX_PACK_BYTES, tr(ERRORS, "review pack")))
        if not _verify(pack.public_key, pack.signature, PACK_LABEL, pack.body):
            raise ValidationError(
                tr(
                    ERRORS,
                    "This review pack's signature does not match its content: it was "
                    "changed after it was made. Ask the practitioner to send it "
                    "again.",
                )
            )
        return OpenedPack(pack, fingerprint(pack.public_key))

    def respond(
        self,
        pack_path: Path,
        output: Path,
        *,
        name: str,
        role: str,
        comments: Sequence[Comment] = (),
        peer_discussions: Sequence[PeerDiscussion] = (),
        sign: Sequence[int] = (),
        statement: str = DEFAULT_STATEMENT,
    ) -> ResponseWritten:
        """Write a signed response to the pack at ``pack_path`` (positions are 1-based)."""
        opened = self.open_pack(pack_path)
        pack = opened.pack
        name = _person(name, tr(ERRORS, "Your name"), "name", required=True)
        role = _person(role, tr(ERRORS, "Your role"), "role", required=False)
        today = self.app.clock().date()
        count = len(pack.entries)

        def index(position: int, what: str) -> int:
            if not 1 <= position <= count:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "There is no entry {position} in this pack ({what}); it has "
                        "{entries}, numbered from 1.",
                    ).format(
                        position=position,
                        what=what,
                        entries=plural(ERRORS, count, "%n entry", "%n entries"),
                    ),
                    field="entry",
                )
            return position - 1

        per_entry: dict[int, dict[str, Any]] = {}

        def slot(i: int) -> dict[str, Any]:
            return per_entry.setdefault(
                i,
                {
                    "uid": pack.entries[i].uid,
                    "content_hash": pack.entries[i].content_hash,
                    "comments": [],
                    "peer_discussions": [],
                    "signoff": None,
                },
            )

        for c in comments:
            i = index(c.position, tr(ERRORS, "a comment"))
            sections = [pair[0] for pair in pack.entries[i].content["sections"]]
            if c.section is not None and c.section not in sections:
                known = ", ".join(sections) or "none"
                raise ValidationError(
                    tr(
                        ERRORS,
                        "Entry {position} has no section '{section}' (its sections: "
                        "{known}; use 'entry' for the whole entry).",
                    ).format(position=c.position, section=shown(c.section, 40), known=known),
                    field="comment",
                )
            slot(i)["comments"].append(
                {
                    "section": c.section,
                    "date": today.isoformat(),
                    "text": _paragraphs(c.text, "A comment"),
                }
            )
        for p in peer_discussions:
            i = index(p.position, tr(ERRORS, "a peer discussion"))
            slot(i)["peer_discussions"].append(
                {
                    "date": (p.date or today).isoformat(),
                    "text": _paragraphs(p.text, "The peer discussion record"),
                }
            )
        wording = _paragraphs(statement, "The sign-off statement")
        for position in dict.fromkeys(sign):
            slot(index(position, tr(ERRORS, "to sign off")))["signoff"] = {"statement": wording}
        if not per_entry:
            raise ValidationError(
                tr(
                    ERRORS,
                    "The response is empty: add a comment, a peer discussion or a sign-off.",
                ),
                field="comment",
            )
        key = self._private_key()
        body = {
            "response_id": uuid.uuid4().hex,
            "pack_hash": pack.pack_hash,
            "created_at": utc_text(self.app.clock()),
            "reviewer": {"name": name, "role": role, "public_key": b64(self._public_bytes(key))},
            "entries": [per_entry[i] for i in sorted(per_entry)],
        }
        data = document(RESPONSE_FORMAT, body, key.sign(RESPONSE_LABEL + canonical_json(body)))
        if len(data) > MAX_RESPONSE_BYTES:
            raise ValidationError(tr(ERRORS, "This response is too large; write shorter comments."))
        path = _write(Path(output), data, "review response")
        signed = sum(1 for e in per_entry.values() if e["signoff"] is not None)
        said = sum(len(e["comments"]) + len(e["peer_discussions"]) for e in per_entry.values())
        return ResponseWritten(path, signed, said)

    # --- back on the practitioner's side -------------------------------------------------------
    def read_response(self, path: Path) -> ReviewResponse:
        """A response whose signature verifies (nothing is checked against the journal)."""
        response = read_response(_read(path, MAX_RESPONSE_BYTES, tr(ERRORS, "review response")))
        if not _verify(response.public_key, response.signature, RESPONSE_LABEL, response.body):
            raise ValidationError(
                tr(
                    ERRORS,
                    "This review response's signature does not match its content: it "
                    "was changed after it was signed. Nothing was imported; ask your "
                    "reviewer to send it again.",
                )
            )
        return response

    def import_response(self, path: Path, accept_new_key: bool = False) -> ImportResult:
        """Check a response completely, then store its comments and sign-offs in one step."""
        self.app.require_writable()
        response = self.read_response(path)
        now = self.app.clock()
        reviewer_fp = fingerprint(response.public_key)
        name = check_line(response.reviewer_name, "name", tr(ERRORS, "The reviewer's name"))
        role = check_line(response.reviewer_role, "role", tr(ERRORS, "The reviewer's role"))
        if not name:
            raise ValidationError(
                tr(ERRORS, "This review response does not say who the reviewer is.")
            )
        with self.app.db.session() as session:
            reviews = ReviewRepository(session)
            done = reviews.response_imported_at(response.response_hash)
            if done is not None:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "This review response was already imported (on {date}); nothing "
                        "was imported again.",
                    ).format(date=done.date().isoformat())
                )
            sent = reviews.pack_entries(response.pack_hash)
            if sent is None:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "This review response answers a review pack that was not sent "
                        "from this journal; nothing was imported.",
                    )
                )
            for item in response.entries:
                if sent.get(item.uid) != item.content_hash:
                    raise ValidationError(
                        tr(
                            ERRORS,
                            "This review response names an entry, or a version of one, that "
                            "was not in the review pack it answers; nothing was imported.",
                        )
                    )
            known = reviews.reviewer_key(name.casefold())
            result = ImportResult(name, role, reviewer_fp, first_time=known is None)
            if known is not None and known[0] != b64(response.public_key):
                if not accept_new_key:
                    raise ReviewKeyChangedError(name, known[1], reviewer_fp)
                result.key_replaced = True
            if known is None or result.key_replaced:
                reviews.set_reviewer_key(
                    name.casefold(), b64(response.public_key), reviewer_fp, now
                )
            entries = EntryRepository(session, self.app.fts)
            for item in response.entries:
                entry = entries.get_by_uid(item.uid)
                if entry is None or entry.id is None:
                    result.missing += 1
                    continue
                for c in item.comments:
                    reviews.add_comment(
                        ReviewComment(
                            entry.id,
                            c.section,
                            CommentKind.COMMENT,
                            name,
                            role,
                            c.date,
                            check_paragraphs(c.text),
                        ),
                        response.response_id,
                    )
                    result.comments += 1
                for p in item.peer_discussions:
                    reviews.add_comment(
                        ReviewComment(
                            entry.id,
                            None,
                            CommentKind.PEER_DISCUSSION,
                            name,
                            role,
                            p.date,
                            check_paragraphs(p.text),
                        ),
                        response.response_id,
                    )
                    result.comments += 1
                if item.statement is not None:
                    reviews.add_signoff(
                        Signoff(
                            entry.id,
                            name,
                            role,
                            response.created_at,
                            item.content_hash,
                            check_paragraphs(item.statement),
                            Arrival.FILE,
                            reviewer_fp,
                        ),
                        response.response_id,
                    )
                    if content_hash(entry) == item.content_hash:
                        result.signed.append(entry.title)
                    else:
                        result.signed_earlier.append(entry.title)
            reviews.add_response(response.response_hash, response.pack_hash, now)
        log.info(
            "Review response imported: %s comments, %s sign-offs",
            result.comments,
            len(result.signed) + len(result.signed_earlier),
        )
        return result

    # --- reading what arrived ------------------------------------------------------------------
    def signoffs(self, entry_id: int) -> list[Signoff]:
        with self.app.db.session() as session:
            return ReviewRepository(session).signoffs([entry_id]).get(entry_id, [])

    def comments(self, entry_id: int) -> list[ReviewComment]:
        with self.app.db.session() as session:
            return ReviewRepository(session).comments([entry_id]).get(entry_id, [])

    def all_signoffs(self, entry_ids: Sequence[int]) -> dict[int, list[Signoff]]:
        with self.app.db.session() as session:
            return ReviewRepository(session).signoffs(list(entry_ids))

    def all_comments(self, entry_ids: Sequence[int]) -> dict[int, list[ReviewComment]]:
        with self.app.db.session() as session:
            return ReviewRepository(session).comments(list(entry_ids))

    def state(self, entry: Entry) -> SignoffState | None:
        """The entry's newest sign-off, compared with the entry as it is now."""
        if entry.id is None:
            return None
        return signoff_state(entry, self.signoffs(entry.id))

    def state_of(self, entry_id: int) -> SignoffState | None:
        """:meth:`state` of the entry as stored now (in the trash too)."""
        with self.app.db.session() as session:
            entry = EntryRepository(session, self.app.fts).get(entry_id, include_deleted=True)
            signoffs = ReviewRepository(session).signoffs([entry_id]).get(entry_id, [])
        return signoff_state(entry, signoffs)

    def states(self, entries: Sequence[Entry]) -> dict[int, SignoffState]:
        """:meth:`state` for many entries in one query (entries never signed off are absent)."""
        ids = [e.id for e in entries if e.id is not None]
        if not ids:
            return {}
        with self.app.db.session() as session:
            found = ReviewRepository(session).signoffs(ids)
        states: dict[int, SignoffState] = {}
        for e in entries:
            if e.id is not None and e.id in found:
                s = signoff_state(e, found[e.id])
                if s is not None:
                    states[e.id] = s
        return states
