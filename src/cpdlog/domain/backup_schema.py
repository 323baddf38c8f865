"""The one check an imported journal document passes before anything is written.

Pure: no I/O. :func:`check_nesting` runs on the raw text before it is decoded (so a document
nested 200,000 deep is refused with a message, never a ``RecursionError``);
:func:`validate_document` then checks the whole decoded document — types, ranges, string
lengths, dates, enum ids, known regulators and templates, evidence ids, sizes — and names the
first bad field, for example ``entries[3].hours``.

Fields that cpdlog does not know are ignored (a later cpdlog may add some); every field it does
know must have the right type and a sensible value.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import uuid
from collections.abc import Collection, Mapping
from typing import Any

from cpdlog.domain.entry import (
    EARLIEST_DATE,
    MAX_APPROVAL_LENGTH,
    MAX_HOURS,
    MAX_TITLE_LENGTH,
    ActivityType,
    Delivery,
    EntryStatus,
    EvidenceKind,
    is_evidence_id,
)
from cpdlog.domain.requirements import PeriodKind
from cpdlog.domain.topics import is_topic_id
from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)
NEWER_EXPORT = "it was exported by a newer cpdlog; please update cpdlog to import it"

FORMAT_NAME = "cpdlog-journal"
# 1: entries, practitioner, evidence. 2: adds ``review`` (sign-offs, review comments, review
# packs sent, responses imported, reviewers' keys); a version 1 document still imports.
FORMAT_VERSION = 2

MAX_DEPTH = 32  # a valid document nests 6 deep
MAX_ENTRIES = 50_000  # a whole career of CPD many times over
MAX_ITEMS = 5_000_000  # strings, brackets and commas in one document (bounds decoding memory)
MAX_TEXT = 1_000_000  # characters in one reflection, note or peer text
MAX_SHORT_TEXT = 2_000  # names, roles, providers, file names
MAX_URL = 65_536
MAX_ID_TEXT = 64  # template, section and standard ids (database columns are 64)
MAX_TAG = 200  # the database column is 200
MAX_MEDIA_TYPE = 200
MAX_LIST = 1_000  # sections, standards, tags or evidence files on one entry
MAX_EVIDENCE_SIZE = 50 * 1024 * 1024  # the evidence store's limit
MAX_PERIOD_YEARS = 10
MAX_MINIMUM = 100_000
LATEST_DATE = dt.date(2199, 12, 31)
MAX_REVIEW_ROWS = 100_000  # sign-offs, comments, packs, responses or keys in one document
MAX_PACK_ENTRIES = 200  # entries in one review pack (domain.review_files)
REVIEW_KINDS = ("comment", "peer_discussion")  # domain.review.CommentKind
ARRIVALS = ("file", "server")  # domain.review.Arrival
_HEX64 = re.compile(r"[0-9a-f]{64}")
_FINGERPRINT = re.compile(r"(?:[0-9a-f]{4} ){7}[0-9a-f]{4}")
_RESPONSE_ID = re.compile(r"[0-9A-Za-z-]{1,64}")
_PUBLIC_KEY = re.compile(r"[A-Za-z0-9+/]{43}=")  # an Ed25519 public key, base64
_UID = re.compile(r"[0-9A-Za-z._-]{1,36}")
_MONTH_DAY = re.compile(r"(\d\d)-(\d\d)")
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},]', re.DOTALL)
_UID_NAMESPACE = uuid.UUID("5b0c6c1e-3f5e-4d0a-9a55-2f0f1c0d1e11")


def check_nesting(text: str, max_depth: int = MAX_DEPTH, max_items: int = MAX_ITEMS) -> None:
    """Refuse JSON text nested deeper than ``max_depth`` or holding more than ``max_items``
    values, before it is decoded (decoding either would cost unbounded stack or memory).

    A cheap scan of brackets, commas and strings; it stops at the first thing over a limit.
    """
    depth = 0
    for items, match in enumerate(_TOKENS.finditer(text), start=1):
        token = match.group()
        if items > max_items:
            raise ValidationError(
                tr(
                    ERRORS,
                    "it holds more than {max_items:,} values, far more than any cpdlog export",
                ).format(max_items=max_items),
                field="document",
            )
        if token in "[{":
            depth += 1
            if depth > max_depth:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "it nests lists or objects more than {max_depth} deep, which no "
                        "cpdlog export does",
                    ).format(max_depth=max_depth),
                    field="document",
                )
        elif token in "]}":
            depth -= 1


def _refuse_constant(name: str) -> Any:
    raise ValueError(tr(ERRORS, "{name} is not a number JSON allows").format(name=name))


def decode(text: str) -> Any:
    """Decode JSON text after :func:`check_nesting`; NaN and Infinity are refused."""
    check_nesting(text)
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise ValidationError(tr(ERRORS, "it nests too deeply to read"), field="document") from None
    except ValueError as exc:
        raise ValidationError(
            tr(ERRORS, "it is not valid JSON ({exc})").format(exc=exc), field="document"
        ) from None


class _Checker:
    def __init__(
        self,
        templates: Collection[str],
        regulators: Collection[str],
        topics: Collection[str] | None = None,
    ) -> None:
        self.templates = templates
        self.regulators = regulators
        self.topics = topics

    @staticmethod
    def fail(where: str, sentence: str, **values: object) -> ValidationError:
        """``sentence`` is the whole translated message, with ``{where}`` for the field."""
        return ValidationError(sentence.format(where=where, **values), field=where)

    def obj(self, value: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(
                where, tr(ERRORS, "{where} must be an object, not {kind}"), kind=_kind(value)
            )
        return value

    def opt_obj(self, value: Any, where: str) -> Mapping[str, Any]:
        return {} if value is None else self.obj(value, where)

    def array(self, value: Any, where: str, most: int) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(
                where, tr(ERRORS, "{where} must be a list, not {kind}"), kind=_kind(value)
            )
        if len(value) > most:
            raise self.fail(
                where,
                tr(ERRORS, "{where} has {count} items; at most {most} are allowed"),
                count=len(value),
                most=most,
            )
        return value

    def text(
        self, value: Any, where: str, most: int, required: bool = False, nullable: bool = True
    ) -> str:
        if value is None and nullable and not required:
            return ""
        if not isinstance(value, str):
            raise self.fail(
                where, tr(ERRORS, "{where} must be text, not {kind}"), kind=_kind(value)
            )
        if len(value) > most:
            raise self.fail(
                where,
                tr(ERRORS, "{where} is {count} characters long; at most {most} are allowed"),
                count=len(value),
                most=most,
            )
        if "\x00" in value:
            raise self.fail(where, tr(ERRORS, "{where} contains a NUL character"))
        if required and not value.strip():
            raise self.fail(where, tr(ERRORS, "{where} must not be empty"))
        return value

    def integer(self, value: Any, where: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(
                where, tr(ERRORS, "{where} must be a whole number, not {kind}"), kind=_kind(value)
            )
        if not low <= value <= high:
            raise self.fail(
                where, tr(ERRORS, "{where} must be between {low} and {high}"), low=low, high=high
            )
        return value

    def number(self, value: Any, where: str, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(
                where, tr(ERRORS, "{where} must be a number, not {kind}"), kind=_kind(value)
            )
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(where, tr(ERRORS, "{where} must be a finite number"))
        if not low <= value <= high:  # int compared exactly: no float overflow
            raise self.fail(
                where,
                tr(ERRORS, "{where} must be between {low} and {high}"),
                low=f"{low:g}",
                high=f"{high:g}",
            )
        return float(value)

    def choice(self, value: Any, where: str, allowed: Collection[str]) -> str:
        if not isinstance(value, str) or len(value) > MAX_ID_TEXT:
            raise self.fail(
                where,
                tr(ERRORS, "{where} must be one of: {choices}"),
                choices=", ".join(sorted(allowed)),
            )
        if value not in allowed:
            raise self.fail(
                where,
                tr(ERRORS, "{where} '{value}' is not one of: {choices}"),
                value=value,
                choices=", ".join(sorted(allowed)),
            )
        return value

    def date(self, value: Any, where: str, required: bool = False) -> dt.date | None:
        if value is None and not required:
            return None
        if not isinstance(value, str) or len(value) != 10:
            raise self.fail(where, tr(ERRORS, "{where} must be a date written YYYY-MM-DD"))
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(
                where, tr(ERRORS, "{where} '{value}' is not a real date (YYYY-MM-DD)"), value=value
            ) from None
        if not EARLIEST_DATE <= day <= LATEST_DATE:
            raise self.fail(
                where,
                tr(ERRORS, "{where} must be between {low} and {high}"),
                low=EARLIEST_DATE.isoformat(),
                high=LATEST_DATE.isoformat(),
            )
        return day

    def moment(self, value: Any, where: str, required: bool = False) -> None:
        if value is None and not required:
            return
        if not isinstance(value, str) or not 10 <= len(value) <= 40:
            raise self.fail(where, tr(ERRORS, "{where} must be a date and time in ISO 8601 form"))
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(
                where,
                tr(ERRORS, "{where} '{value}' is not a date and time in ISO 8601 form"),
                value=value,
            ) from None
        if not EARLIEST_DATE.year <= when.year <= LATEST_DATE.year:
            raise self.fail(
                where,
                tr(ERRORS, "{where} must be between {low} and {high}"),
                low=EARLIEST_DATE.year,
                high=LATEST_DATE.year,
            )

    # --- the document ---------------------------------------------------------------------
    def document(self, doc: Any) -> None:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
            raise ValidationError(tr(ERRORS, "it is not a cpdlog export"), field="format")
        version = doc.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail("version", tr(ERRORS, "{where} must be a whole number from 1 up"))
        if version > FORMAT_VERSION:
            raise ValidationError(
                tr(ERRORS, NEWER_EXPORT),
                field="version",
            )
        self.text(doc.get("app_version"), "app_version", MAX_ID_TEXT)
        self.moment(doc.get("exported_at"), "exported_at")
        if doc.get("practitioner") is not None:
            self.practitioner(doc["practitioner"])
        if "entries" not in doc or not isinstance(doc["entries"], list):
            raise self.fail("entries", tr(ERRORS, "{where} must be a list of entries"))
        for i, raw in enumerate(self.array(doc["entries"], "entries", MAX_ENTRIES)):
            self.entry(raw, f"entries[{i}]")
        if doc.get("review") is not None:
            uids = {e.get("uid") for e in doc["entries"] if isinstance(e, dict)}
            self.review(doc["review"], {u for u in uids if isinstance(u, str) and u})
        files = self.opt_obj(doc.get("evidence_files"), "evidence_files")
        most = (MAX_EVIDENCE_SIZE + 2) // 3 * 4
        for sha, encoded in files.items():
            where = f"evidence_files[{sha[:70]!r}]"
            if not is_evidence_id(sha):
                raise self.fail(
                    where, tr(ERRORS, "{where} is not an evidence id (64 lower-case hex digits)")
                )
            self.text(encoded, where, most, nullable=False)

    def pattern(self, value: Any, where: str, shape: re.Pattern[str], what: str) -> str:
        if not isinstance(value, str) or len(value) > 200 or not shape.fullmatch(value):
            raise self.fail(where, tr(ERRORS, "{where} must be {what}"), what=what)
        return value

    def hash64(self, value: Any, where: str) -> str:
        return self.pattern(
            value, where, _HEX64, tr(ERRORS, "a SHA-256 hash (64 lower-case hex digits)")
        )

    def uid_of(self, value: Any, where: str, uids: Collection[str]) -> str:
        if not isinstance(value, str) or not _UID.fullmatch(value):
            raise self.fail(where, tr(ERRORS, "{where} must be an entry's uid"))
        if value not in uids:
            raise self.fail(
                where,
                tr(ERRORS, "{where} names entry '{value}', which is not in this export"),
                value=value,
            )
        return value

    def review(self, raw: Any, uids: Collection[str]) -> None:
        """Sign-offs and comments name their entry by uid (ids change on import); each one
        must be an entry of this document. A sign-off that came in a response file must pin a
        version of its entry that a review pack in this document sent (as importing the
        response checked)."""
        r = self.obj(raw, "review")
        sent: dict[str, set[str]] = {}
        pack_hashes: set[str] = set()
        for i, raw_pack in enumerate(self.array(r.get("packs"), "review.packs", MAX_REVIEW_ROWS)):
            w = f"review.packs[{i}]"
            pack = self.obj(raw_pack, w)
            pack_hash = self.hash64(pack.get("pack_hash"), f"{w}.pack_hash")
            if pack_hash in pack_hashes:
                raise self.fail(f"{w}.pack_hash", tr(ERRORS, "{where} is listed twice"))
            pack_hashes.add(pack_hash)
            self.moment(pack.get("created_at"), f"{w}.created_at", required=True)
            items = self.obj(pack.get("entries"), f"{w}.entries")
            if len(items) > MAX_PACK_ENTRIES:
                raise self.fail(
                    f"{w}.entries",
                    tr(ERRORS, "{where} has more than {most} entries"),
                    most=MAX_PACK_ENTRIES,
                )
            for uid, hashed in items.items():
                ew = f"{w}.entries[{uid[:40]!r}]"
                if not _UID.fullmatch(uid):  # a pack's entry may since be deleted for good
                    raise self.fail(ew, tr(ERRORS, "{where} is not an entry's uid"))
                sent.setdefault(uid, set()).add(self.hash64(hashed, ew))
        responses = self.array(r.get("responses"), "review.responses", MAX_REVIEW_ROWS)
        for i, raw_response in enumerate(responses):
            w = f"review.responses[{i}]"
            response = self.obj(raw_response, w)
            self.hash64(response.get("response_hash"), f"{w}.response_hash")
            pack_hash = self.hash64(response.get("pack_hash"), f"{w}.pack_hash")
            if pack_hash not in pack_hashes:
                raise self.fail(
                    f"{w}.pack_hash",
                    tr(ERRORS, "{where} names a review pack that is not in this export"),
                )
            self.moment(response.get("imported_at"), f"{w}.imported_at", required=True)
        keys = self.array(r.get("reviewer_keys"), "review.reviewer_keys", MAX_REVIEW_ROWS)
        for i, raw_key in enumerate(keys):
            w = f"review.reviewer_keys[{i}]"
            key = self.obj(raw_key, w)
            self.text(key.get("reviewer"), f"{w}.reviewer", MAX_SHORT_TEXT, required=True)
            self.pattern(
                key.get("public_key"), f"{w}.public_key", _PUBLIC_KEY, tr(ERRORS, "a public key")
            )
            self.pattern(
                key.get("fingerprint"),
                f"{w}.fingerprint",
                _FINGERPRINT,
                tr(ERRORS, "a key fingerprint"),
            )
            self.moment(key.get("first_seen"), f"{w}.first_seen", required=True)
        signoffs = self.array(r.get("signoffs"), "review.signoffs", MAX_REVIEW_ROWS)
        for i, raw_signoff in enumerate(signoffs):
            w = f"review.signoffs[{i}]"
            signoff = self.obj(raw_signoff, w)
            uid = self.uid_of(signoff.get("entry"), f"{w}.entry", uids)
            self.text(signoff.get("reviewer_name"), f"{w}.reviewer_name", MAX_SHORT_TEXT, True)
            self.text(signoff.get("reviewer_role"), f"{w}.reviewer_role", MAX_SHORT_TEXT)
            self.moment(signoff.get("signed_at"), f"{w}.signed_at", required=True)
            pinned = self.hash64(signoff.get("content_hash"), f"{w}.content_hash")
            self.text(signoff.get("statement"), f"{w}.statement", MAX_TEXT)
            arrival = self.choice(signoff.get("arrival"), f"{w}.arrival", ARRIVALS)
            if signoff.get("reviewer_fingerprint") not in (None, ""):
                self.pattern(
                    signoff["reviewer_fingerprint"],
                    f"{w}.reviewer_fingerprint",
                    _FINGERPRINT,
                    tr(ERRORS, "a key fingerprint"),
                )
            if signoff.get("response_id") is not None:
                self.pattern(
                    signoff["response_id"],
                    f"{w}.response_id",
                    _RESPONSE_ID,
                    tr(ERRORS, "a response id"),
                )
            if arrival == "file" and pinned not in sent.get(uid, set()):
                raise self.fail(
                    f"{w}.content_hash",
                    tr(
                        ERRORS,
                        "{where} is not a version of its entry that any review pack in this "
                        "export sent",
                    ),
                )
        comments = self.array(r.get("comments"), "review.comments", MAX_REVIEW_ROWS)
        for i, raw_comment in enumerate(comments):
            w = f"review.comments[{i}]"
            comment = self.obj(raw_comment, w)
            self.uid_of(comment.get("entry"), f"{w}.entry", uids)
            if comment.get("section_key") is not None:
                self.text(comment["section_key"], f"{w}.section_key", MAX_ID_TEXT, True)
            self.choice(comment.get("kind"), f"{w}.kind", REVIEW_KINDS)
            self.text(comment.get("author_name"), f"{w}.author_name", MAX_SHORT_TEXT, True)
            self.text(comment.get("author_role"), f"{w}.author_role", MAX_SHORT_TEXT)
            self.date(comment.get("date"), f"{w}.date", required=True)
            self.text(comment.get("text"), f"{w}.text", MAX_TEXT, required=True)
            if comment.get("response_id") is not None:
                self.pattern(
                    comment["response_id"],
                    f"{w}.response_id",
                    _RESPONSE_ID,
                    tr(ERRORS, "a response id"),
                )

    def practitioner(self, raw: Any) -> None:
        p = self.obj(raw, "practitioner")
        self.text(p.get("name"), "practitioner.name", MAX_SHORT_TEXT)
        self.text(p.get("registration_number"), "practitioner.registration_number", 200)
        if "regulator" in p:
            self.choice(p["regulator"], "practitioner.regulator", self.regulators)
        self.date(p.get("registered_on"), "practitioner.registered_on")
        regs = self.array(p.get("registrations"), "practitioner.registrations", 50)
        for i, raw_reg in enumerate(regs):
            rw = f"practitioner.registrations[{i}]"
            r = self.obj(raw_reg, rw)
            self.choice(r.get("regulator"), f"{rw}.regulator", self.regulators)
            self.text(r.get("registration_number"), f"{rw}.registration_number", 200)
            self.date(r.get("registered_on"), f"{rw}.registered_on")
            if r.get("birth_month") is not None:
                self.integer(r["birth_month"], f"{rw}.birth_month", 1, 12)
            self.text(r.get("license_type"), f"{rw}.license_type", 200)
        if "onboarded" in p and not isinstance(p["onboarded"], bool):
            raise self.fail("practitioner.onboarded", tr(ERRORS, "{where} must be true or false"))
        c = self.opt_obj(p.get("custom"), "practitioner.custom")
        w = "practitioner.custom"
        self.text(c.get("name"), f"{w}.name", MAX_SHORT_TEXT)
        if "period_kind" in c:
            self.choice(c["period_kind"], f"{w}.period_kind", {k.value for k in PeriodKind})
        if "period_start" in c:
            self.month_day(c["period_start"], f"{w}.period_start")
        if "period_years" in c:
            self.integer(c["period_years"], f"{w}.period_years", 1, MAX_PERIOD_YEARS)
        for key in ("min_entries", "min_peer_reflections", "min_reflections"):
            if key in c:
                self.integer(c[key], f"{w}.{key}", 0, MAX_MINIMUM)
        if "min_hours" in c:
            self.number(c["min_hours"], f"{w}.min_hours", 0, MAX_MINIMUM)

    def month_day(self, value: Any, where: str) -> None:
        match = _MONTH_DAY.fullmatch(value) if isinstance(value, str) else None
        try:
            if match is None:
                raise ValueError
            dt.date(2000, int(match.group(1)), int(match.group(2)))
        except ValueError:
            raise self.fail(
                where, tr(ERRORS, "{where} must be a day of the year written MM-DD")
            ) from None

    def entry(self, raw: Any, w: str) -> None:
        e = self.obj(raw, w)
        if e.get("id") is not None:
            self.integer(e["id"], f"{w}.id", 0, 2**63 - 1)
        uid = e.get("uid")
        if uid not in (None, "") and (not isinstance(uid, str) or not _UID.fullmatch(uid)):
            raise self.fail(
                f"{w}.uid", tr(ERRORS, "{where} must be up to 36 letters, digits or hyphens")
            )
        self.text(e.get("title"), f"{w}.title", MAX_TITLE_LENGTH, required=True)
        self.choice(e.get("type"), f"{w}.type", {t.value for t in ActivityType})
        start = self.date(e.get("start_date"), f"{w}.start_date", required=True)
        end = self.date(e.get("end_date"), f"{w}.end_date")
        if start and end and end < start:
            raise self.fail(f"{w}.end_date", tr(ERRORS, "{where} is before the start date"))
        if e.get("hours") is not None:
            self.number(e["hours"], f"{w}.hours", 0, MAX_HOURS)
        if "status" in e:
            self.choice(e["status"], f"{w}.status", {s.value for s in EntryStatus})
        src = self.opt_obj(e.get("source"), f"{w}.source")
        self.text(src.get("url"), f"{w}.source.url", MAX_URL)
        for key in ("provider", "author", "publication"):
            self.text(src.get(key), f"{w}.source.{key}", MAX_SHORT_TEXT)
        self.text(src.get("notes"), f"{w}.source.notes", MAX_TEXT)
        refl = self.opt_obj(e.get("reflection"), f"{w}.reflection")
        if "template" in refl:
            self.choice(refl["template"], f"{w}.reflection.template", self.templates)
        sections = self.array(refl.get("sections"), f"{w}.reflection.sections", MAX_LIST)
        for j, raw_section in enumerate(sections):
            sw = f"{w}.reflection.sections[{j}]"
            s = self.obj(raw_section, sw)
            self.text(s.get("key"), f"{sw}.key", MAX_ID_TEXT, required=True)
            self.text(s.get("text"), f"{sw}.text", MAX_TEXT)
            if "text" not in s:
                raise self.fail(f"{sw}.text", tr(ERRORS, "{where} is missing"))
        if e.get("peer_reflection") is not None:
            pw = f"{w}.peer_reflection"
            peer = self.obj(e["peer_reflection"], pw)
            self.text(peer.get("name"), f"{pw}.name", MAX_SHORT_TEXT)
            self.text(peer.get("role"), f"{pw}.role", MAX_SHORT_TEXT)
            self.date(peer.get("date"), f"{pw}.date")
            self.text(peer.get("text"), f"{pw}.text", MAX_TEXT)
        for k, value in enumerate(self.array(e.get("standards"), f"{w}.standards", MAX_LIST)):
            self.text(value, f"{w}.standards[{k}]", MAX_ID_TEXT, required=True)
        for k, value in enumerate(self.array(e.get("tags"), f"{w}.tags", MAX_LIST)):
            self.text(value, f"{w}.tags[{k}]", MAX_TAG, nullable=False)
        if e.get("delivery") is not None:
            self.choice(e["delivery"], f"{w}.delivery", {d.value for d in Delivery})
        self.text(e.get("provider_approval"), f"{w}.provider_approval", MAX_APPROVAL_LENGTH)
        for k, value in enumerate(self.array(e.get("topics"), f"{w}.topics", MAX_LIST)):
            where = f"{w}.topics[{k}]"
            if self.topics is not None:
                self.choice(value, where, self.topics)
            elif not is_topic_id(value):
                raise self.fail(
                    where,
                    tr(ERRORS, "{where} must be a topic id (lower-case letters, digits, hyphens)"),
                )
        for k, raw_ev in enumerate(self.array(e.get("evidence"), f"{w}.evidence", MAX_LIST)):
            ew = f"{w}.evidence[{k}]"
            ev = self.obj(raw_ev, ew)
            if not is_evidence_id(ev.get("sha256")):
                raise self.fail(
                    f"{ew}.sha256",
                    tr(ERRORS, "{where} must be an evidence id (64 lower-case hex digits)"),
                )
            self.text(ev.get("filename"), f"{ew}.filename", MAX_SHORT_TEXT, required=True)
            self.text(ev.get("media_type"), f"{ew}.media_type", MAX_MEDIA_TYPE)
            if ev.get("size") is not None:
                self.integer(ev["size"], f"{ew}.size", 0, MAX_EVIDENCE_SIZE)
            self.moment(ev.get("added_at"), f"{ew}.added_at")
            if ev.get("kind") is not None:
                self.choice(ev["kind"], f"{ew}.kind", {k.value for k in EvidenceKind})
        for key in ("created_at", "updated_at", "deleted_at"):
            self.moment(e.get(key), f"{w}.{key}")
        if e.get("feed_item_id") is not None:
            self.integer(e["feed_item_id"], f"{w}.feed_item_id", 0, 2**63 - 1)


def _kind(value: Any) -> str:
    if value is None:
        return tr(ERRORS, "null")
    if isinstance(value, bool):
        return tr(ERRORS, "true/false")
    if isinstance(value, int | float):
        return tr(ERRORS, "a number")
    if isinstance(value, str):
        return tr(ERRORS, "text")
    if isinstance(value, list):
        return tr(ERRORS, "a list")
    if isinstance(value, dict):
        return tr(ERRORS, "an object")
    return type(value).__name__


def validate_document(
    document: Any,
    *,
    templates: Collection[str],
    regulators: Collection[str],
    topics: Collection[str] | None = None,
) -> dict[str, Any]:
    """Check a decoded export completely; return it, or raise naming the first bad field.

    ``templates``, ``regulators`` and ``topics`` are the ids this installation knows (without
    ``topics``, a topic need only be a well-formed id).
    """
    _Checker(templates, regulators, topics).document(document)
    assert isinstance(document, dict)
    return document


def stable_uid(entry: Mapping[str, Any], occurrence: int = 0) -> str:
    """An identity for an entry that came without a ``uid``, the same on every import.

    Derived from the entry's content (its ``id`` and ``uid`` aside), so importing the same file
    twice skips what the first import added. ``occurrence`` tells apart identical entries in
    one file (the first is 0).
    """
    content = {k: v for k, v in entry.items() if k not in ("id", "uid")}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    digest = hashlib.sha256(f"{canonical}#{occurrence}".encode()).hexdigest()
    return str(uuid.uuid5(_UID_NAMESPACE, digest))
