"""The CPD entry: what a practitioner learnt, how, when, and what it changed.

Plain dataclasses with no I/O. Storage, the exports and both front ends speak in these.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from cpdlog.domain.suggestion import HoursSuggestion
from cpdlog.domain.text import (
    check_line,
    check_link,
    check_paragraphs,
    clean_line,
    has_visible_text,
    shown,
)
from cpdlog.domain.topics import is_topic_id
from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

MAX_HOURS = 1000.0
MAX_TITLE_LENGTH = 500
MAX_TAG_LENGTH = 200  # the database column's size (a server enforces it; SQLite would not)
EARLIEST_DATE = dt.date(1950, 1, 1)
EVIDENCE_ID = re.compile(r"[0-9a-f]{64}")  # an evidence file's id: its SHA-256, lower-case hex


def is_evidence_id(value: object) -> bool:
    """True for 64 lower-case hex digits (a SHA-256) and nothing else."""
    return isinstance(value, str) and EVIDENCE_ID.fullmatch(value) is not None


MIN_YEAR = 1900  # no date outside MIN_YEAR..MAX_YEAR is accepted anywhere (see parse_date)
MAX_YEAR = 2999
LATEST_DATE = dt.date(MAX_YEAR, 12, 31)


class ActivityType(StrEnum):
    """How the learning happened. The values are stable ids used by scripts and exports."""

    BLOG = "blog"
    SOCIAL_POST = "social-post"
    DISCUSSION = "discussion"
    PODCAST = "podcast"
    VIDEO = "video"
    ELEARNING = "elearning"
    WORKSHOP = "workshop"
    CONFERENCE = "conference"
    COURSE = "course"
    READING = "reading"
    RESEARCH = "research"
    SUPERVISION = "supervision"
    PEER_REFLECTION = "peer-reflection"
    SHADOWING = "shadowing"
    TEACHING = "teaching"
    LIVED_EXPERIENCE = "lived-experience"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Plain-English name (the desktop app passes it through ``tr()``)."""
        return ACTIVITY_LABELS[self]


ACTIVITY_LABELS: dict[ActivityType, str] = {
    ActivityType.BLOG: "Blog or article",
    ActivityType.SOCIAL_POST: "Social media post or thread",
    ActivityType.DISCUSSION: "Discussion (team, online or hashtag chat)",
    ActivityType.PODCAST: "Podcast",
    ActivityType.VIDEO: "Video or webinar",
    ActivityType.ELEARNING: "E-learning",
    ActivityType.WORKSHOP: "Workshop or seminar",
    ActivityType.CONFERENCE: "Conference",
    ActivityType.COURSE: "Course or training",
    ActivityType.READING: "Book or journal reading",
    ActivityType.RESEARCH: "Research",
    ActivityType.SUPERVISION: "Supervision",
    ActivityType.PEER_REFLECTION: "Peer or team reflection",
    ActivityType.SHADOWING: "Shadowing",
    ActivityType.TEACHING: "Teaching or presenting",
    ActivityType.LIVED_EXPERIENCE: "Feedback from people with lived experience",
    ActivityType.OTHER: "Other",
}


class EntryStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


class Delivery(StrEnum):
    """How the learning was delivered; some regulators cap or require a kind (e.g. self-study)."""

    LIVE = "live"
    SELF_STUDY = "self-study"
    ONLINE_INTERACTIVE = "online-interactive"

    @property
    def label(self) -> str:
        return DELIVERY_LABELS[self]


DELIVERY_LABELS: dict[Delivery, str] = {
    Delivery.LIVE: "Live, in person",
    Delivery.SELF_STUDY: "Self-study",
    Delivery.ONLINE_INTERACTIVE: "Live online (interactive)",
}


class EvidenceKind(StrEnum):
    EVIDENCE = "evidence"
    CERTIFICATE = "certificate"  # a certificate of completion from the provider


MAX_APPROVAL_LENGTH = 200


def parse_delivery(value: str) -> Delivery | None:
    """``live``, ``self-study`` or ``online-interactive``; an empty value means not given."""
    text = value.strip().lower()
    if not text:
        return None
    try:
        return Delivery(text)
    except ValueError:
        known = ", ".join(d.value for d in Delivery)
        raise ValidationError(
            tr(ERRORS, "Unknown delivery '{value}'. Choose one of: {known}.").format(
                value=value, known=known
            ),
            field="delivery",
        ) from None


def parse_activity_type(value: str) -> ActivityType:
    try:
        return ActivityType(value.strip().lower())
    except ValueError:
        known = ", ".join(t.value for t in ActivityType)
        raise ValidationError(
            tr(ERRORS, "Unknown activity type '{value}'. Choose one of: {known}.").format(
                value=value, known=known
            ),
            field="activity_type",
        ) from None


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(value: str, what: str = "date") -> dt.date:
    """Parse an ISO date (YYYY-MM-DD) with a message a practitioner understands.

    Only dates in the years :data:`MIN_YEAR` to :data:`MAX_YEAR` are accepted, so period
    arithmetic and the PDF charts never meet a year near the end of the calendar.
    """
    text = value.strip()
    parsed = None
    if _ISO_DATE.fullmatch(text):
        try:
            parsed = dt.date.fromisoformat(text)
        except ValueError:
            parsed = None
    if parsed is None:
        raise ValidationError(
            tr(
                ERRORS,
                "'{value}' is not a valid {what}: use YYYY-MM-DD, for example 2026-03-14.",
            ).format(value=_shown(value), what=what),
            field=what.replace(" ", "_"),
        )
    return check_date(parsed, what)


def check_date(day: dt.date, what: str = "date") -> dt.date:
    """Refuse a date outside the years cpdlog can work with (:data:`MIN_YEAR`–:data:`MAX_YEAR`)."""
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValidationError(
            tr(
                ERRORS,
                "The {what} {day} is outside the years cpdlog can use ({min_year} to {max_year}).",
            ).format(what=what, day=day.isoformat(), min_year=MIN_YEAR, max_year=MAX_YEAR),
            field=what.replace(" ", "_"),
        )
    return day


def _shown(value: str, width: int = 40) -> str:
    return shown(value, width)


# Hours as typed: ``1``, ``1.5``, ``.75`` or ``1:30`` (minutes 00-59). No signs, spaces inside,
# underscores, exponents or non-ASCII digits; at most four digits before the point.
_HOURS_DECIMAL = re.compile(r"(?:[0-9]{1,4}(?:\.[0-9]{0,6})?|\.[0-9]{1,6})")
_HOURS_CLOCK = re.compile(r"([0-9]{1,4}):([0-5][0-9])")


def _hours_help() -> str:
    return tr(ERRORS, "for example 1.5 or 1:30")


def parse_hours(value: str | float) -> float:
    """Hours as a practitioner types them; the one parser for the app, the CLI and imports.

    Text must be digits with an optional single decimal point (``1.5``, ``.75``) or ``H:MM``
    with minutes 00–59 (``1:30``), at most four digits for the hours. A number (from an import)
    goes through :func:`validate_hours`. Either way the result is 0–:data:`MAX_HOURS` in
    quarter-hour steps, or :class:`ValidationError`.
    """
    if isinstance(value, bool):
        raise ValidationError(tr(ERRORS, "Hours must be a number."), field="hours")
    if not isinstance(value, str):
        return validate_hours(value)
    text = value.strip()
    clock = _HOURS_CLOCK.fullmatch(text)
    if clock:
        number = int(clock.group(1)) + int(clock.group(2)) / 60
    elif _HOURS_DECIMAL.fullmatch(text):
        number = float(text)
    elif re.fullmatch(r"[0-9]{5,}(?:\.[0-9]*)?", text):  # a number, but too big to be hours
        raise ValidationError(
            tr(
                ERRORS, "{value} hours is more than the {max_hours:g} hours one entry can hold."
            ).format(value=_shown(value), max_hours=MAX_HOURS),
            field="hours",
        )
    elif text.startswith("-"):
        raise ValidationError(
            tr(ERRORS, "Hours cannot be negative ('{value}'; {hours_help}).").format(
                value=_shown(value), hours_help=_hours_help()
            ),
            field="hours",
        )
    else:
        raise ValidationError(
            tr(ERRORS, "'{value}' is not a number of hours ({hours_help}).").format(
                value=_shown(value), hours_help=_hours_help()
            ),
            field="hours",
        )
    return validate_hours(number)


def validate_hours(number: float) -> float:
    """A number of hours an entry may hold: 0–:data:`MAX_HOURS`, in quarter-hour steps."""
    if isinstance(number, bool) or not isinstance(number, int | float):
        raise ValidationError(tr(ERRORS, "Hours must be a number."), field="hours")
    try:
        number = float(number)
    except OverflowError:
        number = math.inf
    if math.isnan(number) or math.isinf(number):
        raise ValidationError(tr(ERRORS, "Hours must be a number."), field="hours")
    if number < 0:
        raise ValidationError(tr(ERRORS, "Hours cannot be negative."), field="hours")
    if number > MAX_HOURS:
        raise ValidationError(
            tr(
                ERRORS,
                "{number:g} hours is more than the {max_hours:g} hours one entry can hold.",
            ).format(number=number, max_hours=MAX_HOURS),
            field="hours",
        )
    quarters = number * 4
    if abs(quarters - round(quarters)) > 1e-9:
        raise ValidationError(
            tr(
                ERRORS,
                "{number:g} hours is not in quarter-hour steps (for example 0.25, 0.5, 1.75).",
            ).format(number=number),
            field="hours",
        )
    return round(quarters) / 4


check_hours = validate_hours  # the older name


@dataclass(slots=True)
class Source:
    """Where the learning came from. ``notes`` keeps captured text (e.g. a feed summary)."""

    url: str = ""
    provider: str = ""
    author: str = ""
    publication: str = ""
    notes: str = ""

    def is_empty(self) -> bool:
        return not (self.url or self.provider or self.author or self.publication or self.notes)


@dataclass(slots=True)
class Reflection:
    """A template id and its sections in order (key → text)."""

    template_id: str = "swe"
    sections: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        return "\n\n".join(t for t in self.sections.values() if t.strip())


@dataclass(slots=True)
class PeerReflection:
    """What the practitioner learnt from discussing the CPD with a peer."""

    name: str = ""
    role: str = ""
    date: dt.date | None = None
    text: str = ""

    def has_text(self) -> bool:
        return bool(self.text.strip())


@dataclass(slots=True, frozen=True)
class Evidence:
    """A file kept with an entry, stored in the data folder under its SHA-256."""

    sha256: str
    filename: str
    media_type: str
    size: int
    added_at: dt.datetime | None = None
    kind: EvidenceKind = EvidenceKind.EVIDENCE

    @property
    def is_certificate(self) -> bool:
        return self.kind is EvidenceKind.CERTIFICATE


@dataclass(slots=True)
class Entry:
    """One CPD record."""

    title: str
    activity_type: ActivityType
    start_date: dt.date
    end_date: dt.date | None = None
    hours: float = 0.0
    source: Source = field(default_factory=Source)
    reflection: Reflection = field(default_factory=Reflection)
    peer: PeerReflection | None = None
    standards: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    status: EntryStatus = EntryStatus.COMPLETE
    id: int | None = None
    uid: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None
    feed_item_id: int | None = None
    # In the Inbox: captured from the browser (or a thread, or a snapshot) and not yet
    # reflected on. Saving it with some reflection, or as complete, takes it out.
    inbox: bool = False
    delivery: Delivery | None = None
    provider_approval: str = ""  # the provider's approval number with the regulator, if any
    topics: list[str] = field(default_factory=list)  # topic ids (resources/topics.toml)
    # Where the suggested hours came from (a capture fills it in; never stored).
    hours_suggestion: HoursSuggestion | None = field(default=None, compare=False)

    @property
    def last_date(self) -> dt.date:
        return self.end_date or self.start_date

    @property
    def has_peer_reflection(self) -> bool:
        return self.peer is not None and self.peer.has_text()

    @property
    def is_draft(self) -> bool:
        return self.status is EntryStatus.DRAFT

    def copy(self) -> Entry:
        return replace(
            self,
            source=replace(self.source),
            reflection=Reflection(self.reflection.template_id, dict(self.reflection.sections)),
            peer=replace(self.peer) if self.peer else None,
            standards=list(self.standards),
            tags=list(self.tags),
            evidence=list(self.evidence),
            topics=list(self.topics),
        )

    @property
    def certificates(self) -> list[Evidence]:
        return [ev for ev in self.evidence if ev.is_certificate]

    def all_text(self) -> str:
        """Every free-text field, for search and duplicate checks."""
        parts = [self.title, self.reflection.text()]
        if self.peer:
            parts.append(self.peer.text)
        return "\n".join(p for p in parts if p)


def normalise_tag(tag: str) -> str:
    return " ".join(tag.strip().lstrip("#").split()).lower()


def validate_entry(entry: Entry) -> Entry:
    """Check the rules every stored entry keeps; raise :class:`ValidationError` on the first.

    Text is tidied on the way: control characters other than tab and newline are removed,
    one-line fields (title, source details, peer name and role, tags) lose line breaks, and a
    title or name made only of invisible characters is refused. The source link must be a web
    or email link (see :mod:`cpdlog.domain.text`).
    """
    entry.title = check_line(entry.title, "title", tr(ERRORS, "The title"))
    if not entry.title:
        raise ValidationError(tr(ERRORS, "Every entry needs a title."), field="title")
    if len(entry.title) > MAX_TITLE_LENGTH:
        raise ValidationError(
            tr(
                ERRORS,
                "The title is too long ({count} characters; at most {max_title_length}).",
            ).format(count=len(entry.title), max_title_length=MAX_TITLE_LENGTH),
            field="title",
        )
    if not isinstance(entry.activity_type, ActivityType):
        entry.activity_type = parse_activity_type(str(entry.activity_type))
    if entry.start_date < EARLIEST_DATE:
        raise ValidationError(
            tr(ERRORS, "{start_date} is too long ago for a CPD record.").format(
                start_date=entry.start_date.isoformat()
            ),
            field="date",
        )
    check_date(entry.start_date, tr(ERRORS, "date"))
    if entry.end_date is not None:
        check_date(entry.end_date, tr(ERRORS, "end date"))
    if entry.end_date is not None and entry.end_date < entry.start_date:
        raise ValidationError(
            tr(
                ERRORS,
                "The end date ({end_date}) is before the start date ({start_date}).",
            ).format(end_date=entry.end_date.isoformat(), start_date=entry.start_date.isoformat()),
            field="end_date",
        )
    entry.hours = validate_hours(entry.hours)
    source = entry.source
    # Not cleaned first: a link with hidden characters in it is refused, never quietly mended.
    source.url = check_link(source.url, field="url")
    source.provider = check_line(source.provider, "provider", tr(ERRORS, "The provider"))
    source.author = check_line(source.author, "author", tr(ERRORS, "The author"))
    source.publication = check_line(
        source.publication, "publication", tr(ERRORS, "The publication")
    )
    source.notes = check_paragraphs(source.notes)
    entry.reflection.sections = {
        key: check_paragraphs(text) for key, text in entry.reflection.sections.items()
    }
    if entry.peer is not None:
        p = entry.peer
        p.name = check_line(p.name, "peer_name", tr(ERRORS, "The peer's name"))
        p.role = check_line(p.role, "peer_role", tr(ERRORS, "The peer's role"))
        p.text = check_paragraphs(p.text)
        if not (p.name or p.role or p.text.strip() or p.date):
            entry.peer = None
        elif p.date is not None and p.date < EARLIEST_DATE:
            raise ValidationError(
                tr(ERRORS, "{date} is too long ago for a peer discussion.").format(
                    date=p.date.isoformat()
                ),
                field="peer_date",
            )
        elif p.date is not None:
            check_date(p.date, tr(ERRORS, "peer date"))
    seen_tags: list[str] = []
    for tag in entry.tags:
        norm = normalise_tag(clean_line(tag))
        if len(norm) > MAX_TAG_LENGTH:
            raise ValidationError(
                tr(
                    ERRORS,
                    "A tag is too long ({count} characters; at most {max_tag_length}).",
                ).format(count=len(norm), max_tag_length=MAX_TAG_LENGTH),
                field="tags",
            )
        if norm and has_visible_text(norm) and norm not in seen_tags:
            seen_tags.append(norm)
    entry.tags = seen_tags
    entry.standards = list(dict.fromkeys(s.strip() for s in entry.standards if s.strip()))
    if entry.delivery is not None and not isinstance(entry.delivery, Delivery):
        entry.delivery = parse_delivery(str(entry.delivery))
    entry.provider_approval = entry.provider_approval.strip()
    if len(entry.provider_approval) > MAX_APPROVAL_LENGTH:
        raise ValidationError(
            tr(
                ERRORS,
                "The provider's approval number is too long (at most "
                "{max_approval_length} characters).",
            ).format(max_approval_length=MAX_APPROVAL_LENGTH),
            field="provider_approval",
        )
    topics: list[str] = []
    for topic in entry.topics:
        tid = topic.strip().lower()
        if not is_topic_id(tid):
            raise ValidationError(
                tr(
                    ERRORS,
                    "'{topic}' is not a topic id (lower-case letters, digits and hyphens).",
                ).format(topic=topic[:70]),
                field="topics",
            )
        if tid not in topics:
            topics.append(tid)
    entry.topics = topics
    for i, ev in enumerate(entry.evidence):
        if not isinstance(ev.kind, EvidenceKind):
            try:
                entry.evidence[i] = ev = replace(ev, kind=EvidenceKind(str(ev.kind)))
            except ValueError:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "The evidence file {filename!r} has an unknown kind; it is "
                        "'evidence' or 'certificate'.",
                    ).format(filename=ev.filename),
                    field="evidence",
                ) from None
        if not is_evidence_id(ev.sha256):
            raise ValidationError(
                tr(
                    ERRORS,
                    "The evidence file {filename!r} has an invalid id; an evidence id "
                    "is 64 lower-case hexadecimal digits (its SHA-256).",
                ).format(filename=ev.filename),
                field="evidence",
            )
    return entry
