"""The two review files: a practitioner's *review pack* and a supervisor's *review response*.

Both are UTF-8 JSON ``{"format", "version", "body", "signature"}``. ``signature`` is an Ed25519
signature (base64) of a purpose label plus :func:`~cpdlog.domain.review.canonical_json` of
``body``, by the key whose public half the body carries; the *pack hash* is the SHA-256 of the
pack's canonical body, and a response names the pack it answers by that hash. The layout is
documented in ``docs/review-packs.md``.

This module reads and checks the structure only (strictly: every field known, every type and
size checked, duplicate keys refused); signatures are checked by ``cpdlog.services.review``.
Problems are :class:`~cpdlog.errors.ValidationError` naming the first bad field.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from cpdlog.domain.backup_schema import check_nesting
from cpdlog.domain.entry import MAX_TITLE_LENGTH, ActivityType, is_evidence_id
from cpdlog.domain.review import canonical_json, content_hash_of
from cpdlog.domain.text import shown
from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

PACK_FORMAT = "cpdlog-review-pack"
RESPONSE_FORMAT = "cpdlog-review-response"
VERSION = 1
PACK_LABEL = b"cpdlog-review-pack/1\n"  # signed before the body: a pack's signature never
RESPONSE_LABEL = b"cpdlog-review-response/1\n"  # passes for a response's, nor the reverse

MAX_PACK_BYTES = 32 * 1024 * 1024
MAX_RESPONSE_BYTES = 8 * 1024 * 1024
MAX_PACK_ENTRIES = 200
MAX_TEXT = 1_000_000  # one section, peer reflection or comment
MAX_SHORT = 2_000  # names, roles, file names
MAX_LIST = 1_000  # sections, standards, evidence or comments on one entry
MAX_QUARTER_HOURS = 4_000  # 1,000 hours
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64

_HEX64 = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.:-]{0,63}")  # section, template, standard ids
_UID = re.compile(r"[0-9A-Za-z._-]{1,36}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(slots=True, frozen=True)
class PackEntry:
    uid: str
    content_hash: str
    content: dict[str, Any]  # as :func:`cpdlog.domain.review.entry_content` makes it


@dataclass(slots=True, frozen=True)
class ReviewPack:
    body: dict[str, Any]
    signature: bytes
    pack_id: str
    created_at: dt.datetime
    practitioner: str
    public_key: bytes
    entries: list[PackEntry]

    @property
    def pack_hash(self) -> str:
        return body_hash(self.body)


@dataclass(slots=True, frozen=True)
class ResponseComment:
    section: str | None  # None: the whole entry
    date: dt.date
    text: str


@dataclass(slots=True, frozen=True)
class ResponseEntry:
    uid: str
    content_hash: str
    comments: list[ResponseComment]
    peer_discussions: list[ResponseComment]  # section is always None
    statement: str | None  # None: not signed off


@dataclass(slots=True, frozen=True)
class ReviewResponse:
    body: dict[str, Any]
    signature: bytes
    response_id: str
    pack_hash: str
    created_at: dt.datetime
    reviewer_name: str
    reviewer_role: str
    public_key: bytes
    entries: list[ResponseEntry]

    @property
    def response_hash(self) -> str:
        return body_hash(self.body)


def body_hash(body: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(body)).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def document(fmt: str, body: dict[str, Any], signature: bytes) -> bytes:
    """The file's bytes (readable JSON; what is signed is the canonical body, not this)."""
    text = json.dumps(
        {"format": fmt, "version": VERSION, "body": body, "signature": b64(signature)},
        ensure_ascii=False,
        indent=1,
        sort_keys=True,
    )
    return (text + "\n").encode("utf-8")


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- reading ----------------------------------------------------------------------------------


class _Reader:
    def __init__(self, what: str) -> None:
        self.what = what

    def fail(self, where: str, problem: str) -> ValidationError:
        return ValidationError(
            tr(ERRORS, "This {what} is damaged: {where} {problem}.").format(
                what=self.what, where=where, problem=problem
            ),
            field=where,
        )

    def obj(self, value: Any, where: str, keys: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "is not an object")
        unknown = set(value) - keys
        if unknown:
            raise self.fail(where, f"has an unknown field '{shown(sorted(unknown)[0], 40)}'")
        missing = keys - set(value)
        if missing:
            raise self.fail(where, f"lacks the field '{sorted(missing)[0]}'")
        return value

    def array(self, value: Any, where: str, most: int, least: int = 0) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "is not a list")
        if len(value) > most:
            raise self.fail(where, f"has {len(value):,} items (at most {most:,})")
        if len(value) < least:
            raise self.fail(where, "is empty")
        return value

    def text(self, value: Any, where: str, most: int, *, required: bool = False) -> str:
        if not isinstance(value, str):
            raise self.fail(where, "is not text")
        if len(value) > most:
            raise self.fail(where, f"is too long ({len(value):,} characters; at most {most:,})")
        if required and not value.strip():
            raise self.fail(where, "is empty")
        return value

    def pattern(self, value: Any, where: str, regex: re.Pattern[str]) -> str:
        if not isinstance(value, str) or regex.fullmatch(value) is None:
            raise self.fail(where, "is not in the expected form")
        return value

    def integer(self, value: Any, where: str, lo: int, hi: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, "is not a whole number")
        if not lo <= value <= hi:
            raise self.fail(where, f"is out of range ({lo} to {hi})")
        return value

    def date(self, value: Any, where: str, *, nullable: bool = False) -> dt.date | None:
        if value is None and nullable:
            return None
        text = self.pattern(value, where, _DATE)
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise self.fail(where, "is not a real date") from None
        if not 1900 <= day.year <= 2999:
            raise self.fail(where, "is outside the years 1900 to 2999")
        return day

    def moment(self, value: Any, where: str) -> dt.datetime:
        text = self.text(value, where, 40)
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", text):
            raise self.fail(where, "is not a UTC time like 2026-03-03T10:00:00Z")
        try:
            moment = dt.datetime.fromisoformat(text[:-1]).replace(tzinfo=dt.UTC)
        except ValueError:
            raise self.fail(where, "is not a real time") from None
        if not 1900 <= moment.year <= 2999:
            raise self.fail(where, "is outside the years 1900 to 2999")
        return moment

    def raw(self, value: Any, where: str, size: int) -> bytes:
        if not isinstance(value, str) or len(value) > 4 * size:
            raise self.fail(where, "is not base64")
        try:
            data = base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise self.fail(where, "is not base64") from None
        if len(data) != size:
            raise self.fail(where, f"is not {size} bytes long")
        return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the field '{shown(key, 40)}' appears twice")
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _decode(data: bytes, what: str, fmt: str, cap: int) -> tuple[_Reader, dict[str, Any], bytes]:
    reader = _Reader(what)
    if len(data) > cap:
        raise ValidationError(
            tr(ERRORS, "This {what} is too large (at most {cap} MiB).").format(
                what=what, cap=cap // (1024 * 1024)
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            tr(ERRORS, "This is not a {what}: it is not UTF-8 text.").format(what=what)
        ) from None
    try:
        check_nesting(text, max_depth=12, max_items=2_000_000)
        top = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)
    except ValidationError as exc:
        raise ValidationError(
            tr(ERRORS, "This is not a {what}: {message}.").format(what=what, message=exc.message)
        ) from None
    except (ValueError, RecursionError) as exc:
        raise ValidationError(
            tr(ERRORS, "This is not a {what}: it is not valid JSON ({exc}).").format(
                what=what, exc=exc
            )
        ) from None
    if not isinstance(top, dict) or top.get("format") != fmt:
        raise ValidationError(
            tr(ERRORS, "This is not a {what} (its format is not '{fmt}').").format(
                what=what, fmt=fmt
            )
        )
    top = reader.obj(top, "the file", {"format", "version", "body", "signature"})
    if type(top["version"]) is not int or top["version"] != VERSION:
        raise ValidationError(
            tr(
                ERRORS,
                "This {what} was made by a newer or unknown version of cpdlog "
                "(version {top}); this cpdlog reads version {version}.",
            ).format(what=what, top=shown(str(top["version"]), 20), version=VERSION)
        )
    signature = reader.raw(top["signature"], "the signature", SIGNATURE_BYTES)
    return reader, top["body"], signature


_CONTENT_KEYS = {
    "title",
    "activity_type",
    "start_date",
    "end_date",
    "quarter_hours",
    "template_id",
    "sections",
    "peer",
    "standards",
    "evidence",
}


def _content(r: _Reader, value: Any, where: str) -> dict[str, Any]:
    c = r.obj(value, where, _CONTENT_KEYS)
    r.text(c["title"], f"{where} title", MAX_TITLE_LENGTH, required=True)
    activity = c["activity_type"]
    if not isinstance(activity, str) or activity not in {t.value for t in ActivityType}:
        raise r.fail(f"{where} activity_type", "is not an activity cpdlog knows")
    start = r.date(c["start_date"], f"{where} start_date")
    end = r.date(c["end_date"], f"{where} end_date", nullable=True)
    if start is not None and end is not None and end < start:
        raise r.fail(f"{where} end_date", "is before its start date")
    r.integer(c["quarter_hours"], f"{where} quarter_hours", 0, MAX_QUARTER_HOURS)
    r.pattern(c["template_id"], f"{where} template_id", _KEY_ID)
    keys: set[str] = set()
    for i, pair in enumerate(r.array(c["sections"], f"{where} sections", MAX_LIST)):
        at = f"{where} section {i + 1}"
        if not isinstance(pair, list) or len(pair) != 2:
            raise r.fail(at, "is not a [key, text] pair")
        key = r.pattern(pair[0], at, _KEY_ID)
        if key in keys:
            raise r.fail(at, "repeats a section")
        keys.add(key)
        r.text(pair[1], at, MAX_TEXT)
    if c["peer"] is not None:
        peer = r.obj(c["peer"], f"{where} peer", {"name", "role", "date", "text"})
        r.text(peer["name"], f"{where} peer name", MAX_SHORT)
        r.text(peer["role"], f"{where} peer role", MAX_SHORT)
        r.date(peer["date"], f"{where} peer date", nullable=True)
        r.text(peer["text"], f"{where} peer text", MAX_TEXT)
    for i, standard in enumerate(r.array(c["standards"], f"{where} standards", MAX_LIST)):
        r.pattern(standard, f"{where} standard {i + 1}", _KEY_ID)
    for i, ev in enumerate(r.array(c["evidence"], f"{where} evidence", MAX_LIST)):
        item = r.obj(ev, f"{where} evidence {i + 1}", {"sha256", "filename"})
        if not is_evidence_id(item["sha256"]):
            raise r.fail(f"{where} evidence {i + 1}", "has no valid SHA-256")
        r.text(item["filename"], f"{where} evidence {i + 1} filename", MAX_SHORT)
    return c


def read_pack(data: bytes) -> ReviewPack:
    """Check a review pack's structure and each entry's content hash (not its signature)."""
    r, raw_body, signature = _decode(data, "review pack", PACK_FORMAT, MAX_PACK_BYTES)
    body = r.obj(raw_body, "the pack", {"pack_id", "created_at", "practitioner", "entries"})
    person = r.obj(body["practitioner"], "the practitioner", {"name", "public_key"})
    entries: list[PackEntry] = []
    uids: set[str] = set()
    for i, item in enumerate(r.array(body["entries"], "the entries", MAX_PACK_ENTRIES, 1)):
        where = f"entry {i + 1}"
        e = r.obj(item, where, {"uid", "content_hash", "content"})
        uid = r.pattern(e["uid"], f"{where} uid", _UID)
        if uid in uids:
            raise r.fail(where, "appears twice")
        uids.add(uid)
        declared = r.pattern(e["content_hash"], f"{where} content_hash", _HEX64)
        content = _content(r, e["content"], where)
        if content_hash_of(content) != declared:
            raise r.fail(where, "does not match its content hash (it was changed)")
        entries.append(PackEntry(uid, declared, content))
    return ReviewPack(
        body=body,
        signature=signature,
        pack_id=r.pattern(body["pack_id"], "the pack id", _UID),
        created_at=r.moment(body["created_at"], "the pack's created_at"),
        practitioner=r.text(person["name"], "the practitioner's name", MAX_SHORT),
        public_key=r.raw(person["public_key"], "the practitioner's public key", PUBLIC_KEY_BYTES),
        entries=entries,
    )


def _comment(r: _Reader, value: Any, where: str, with_section: bool) -> ResponseComment:
    keys = {"section", "date", "text"} if with_section else {"date", "text"}
    c = r.obj(value, where, keys)
    section = None
    if with_section and c["section"] is not None:
        section = r.pattern(c["section"], f"{where} section", _KEY_ID)
    day = r.date(c["date"], f"{where} date")
    assert day is not None
    return ResponseComment(
        section, day, r.text(c["text"], f"{where} text", MAX_TEXT, required=True)
    )


def read_response(data: bytes) -> ReviewResponse:
    """Check a review response's structure (not its signature)."""
    r, raw_body, signature = _decode(data, "review response", RESPONSE_FORMAT, MAX_RESPONSE_BYTES)
    body = r.obj(
        raw_body, "the response", {"response_id", "pack_hash", "created_at", "reviewer", "entries"}
    )
    who = r.obj(body["reviewer"], "the reviewer", {"name", "role", "public_key"})
    entries: list[ResponseEntry] = []
    uids: set[str] = set()
    for i, item in enumerate(r.array(body["entries"], "the entries", MAX_PACK_ENTRIES, 1)):
        where = f"entry {i + 1}"
        e = r.obj(item, where, {"uid", "content_hash", "comments", "peer_discussions", "signoff"})
        uid = r.pattern(e["uid"], f"{where} uid", _UID)
        if uid in uids:
            raise r.fail(where, "appears twice")
        uids.add(uid)
        comments = [
            _comment(r, c, f"{where} comment {j + 1}", True)
            for j, c in enumerate(r.array(e["comments"], f"{where} comments", MAX_LIST))
        ]
        peers = [
            _comment(r, c, f"{where} peer discussion {j + 1}", False)
            for j, c in enumerate(
                r.array(e["peer_discussions"], f"{where} peer discussions", MAX_LIST)
            )
        ]
        statement = None
        if e["signoff"] is not None:
            s = r.obj(e["signoff"], f"{where} sign-off", {"statement"})
            statement = r.text(s["statement"], f"{where} statement", MAX_TEXT, required=True)
        entries.append(
            ResponseEntry(
                uid,
                r.pattern(e["content_hash"], f"{where} content_hash", _HEX64),
                comments,
                peers,
                statement,
            )
        )
    return ReviewResponse(
        body=body,
        signature=signature,
        response_id=r.pattern(body["response_id"], "the response id", _UID),
        pack_hash=r.pattern(body["pack_hash"], "the pack hash", _HEX64),
        created_at=r.moment(body["created_at"], "the response's created_at"),
        reviewer_name=r.text(who["name"], "the reviewer's name", MAX_SHORT, required=True),
        reviewer_role=r.text(who["role"], "the reviewer's role", MAX_SHORT),
        public_key=r.raw(who["public_key"], "the reviewer's public key", PUBLIC_KEY_BYTES),
        entries=entries,
    )
