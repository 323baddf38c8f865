"""Progress against a requirement profile for one period, and what a regulator would reject."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from cpdlog.domain.completion import describe_missing, missing_for_completion
from cpdlog.domain.dates import long_date
from cpdlog.domain.entry import Entry
from cpdlog.domain.practitioner import Registration
from cpdlog.domain.requirements import Period, RequirementProfile, Rule, RuleKind
from cpdlog.domain.rules import RuleContext, RuleResult, evaluate, period_index
from cpdlog.domain.templates import Template
from cpdlog.i18n import plural, tr

__all__ = [
    "ProgressReport",
    "ProgressWarning",
    "RuleResult",
    "WarningKind",
    "compute_progress",
    "evaluate_rule",
]

CONTEXT = "cpdlog.progress"
DOMAIN_CONTEXT = "cpdlog"  # wording from the data files (cpdlog.ui.text.tr_domain's context)
SIMILARITY_THRESHOLD = 0.75  # Jaccard over word pairs: a copy with a few words changed
_WORD = re.compile(r"\w+", re.UNICODE)


class WarningKind(StrEnum):
    OUTSIDE_PERIOD = "outside-period"
    FUTURE_DATE = "future-date"
    DUPLICATE = "duplicate"
    REUSED = "reused"
    MISSING_IMPACT = "missing-impact"
    EMPTY_PEER_REFLECTION = "empty-peer-reflection"
    DRAFT_NOT_COUNTED = "draft-not-counted"


@dataclass(frozen=True, slots=True)
class ProgressWarning:
    kind: WarningKind
    entry_id: int | None
    message: str
    other_entry_id: int | None = None


@dataclass(frozen=True, slots=True)
class ProgressReport:
    profile: RequirementProfile
    period: Period
    deadline: dt.datetime
    now: dt.datetime
    rules: tuple[RuleResult, ...]
    warnings: tuple[ProgressWarning, ...]
    counted: tuple[Entry, ...]
    drafts: tuple[Entry, ...] = field(default=())
    registration: Registration | None = None

    @property
    def met(self) -> bool:
        """Every rule with a target is met (declaration-only rules have none to miss)."""
        return all(r.met is not False for r in self.rules)

    @property
    def declaration_only(self) -> bool:
        return bool(self.rules) and all(r.declaration for r in self.rules)

    @property
    def total_hours(self) -> float:
        return sum(e.hours for e in self.counted)

    @property
    def days_left(self) -> int:
        """Whole days until the deadline (0 on the last day, negative once it has passed)."""
        local_now = self.now.astimezone(self.deadline.tzinfo)
        if local_now > self.deadline:
            return -max(1, (local_now.date() - self.deadline.date()).days)
        return (self.deadline.date() - local_now.date()).days

    @property
    def deadline_passed(self) -> bool:
        return self.now > self.deadline

    def sentence(self, result: RuleResult) -> str:
        """A plain sentence about one rule, true on the day it is read (CLI, PDF, desktop)."""
        deadline = long_date(self.deadline)
        label = rule_label(result.rule.label)
        if result.declaration:
            if result.rule.statement:
                return tr(DOMAIN_CONTEXT, result.rule.statement)
            return tr(
                CONTEXT,
                "{label}: there is no target to reach. Confirm at renewal that you have done "
                "it, and keep a record.",
            ).format(label=label)
        if result.not_due:
            return tr(CONTEXT, "Not due this period: {label} — {reason}.").format(
                label=label, reason=result.not_due
            )
        extra = self._detail(result)
        if result.met:
            return tr(CONTEXT, "Done: {amount}{extra}.").format(
                amount=describe_amount(result, result.actual, self.profile.unit), extra=extra
            )
        need = describe_amount(result, result.remaining, self.profile.unit, more=True)
        singular = _is_singular(result)
        if self.deadline_passed:
            text = (
                tr(CONTEXT, "Not met: {amount} was needed by the deadline of {deadline}{extra}.")
                if singular
                else tr(
                    CONTEXT, "Not met: {amount} were needed by the deadline of {deadline}{extra}."
                )
            )
            return text.format(amount=need, deadline=deadline, extra=extra)
        days = self.days_left
        when = (
            tr(CONTEXT, "today is the last day")
            if days == 0
            else plural(CONTEXT, days, "%n day left", "%n days left")
        )
        text = (
            tr(CONTEXT, "{amount} is needed by {deadline} — {when}{extra}.")
            if singular
            else tr(CONTEXT, "{amount} are needed by {deadline} — {when}{extra}.")
        )
        return text.format(amount=need, deadline=deadline, when=when, extra=extra)

    def _detail(self, result: RuleResult) -> str:
        """What changed the count: hours carried in, a prorated target, hours over a cap."""
        unit = self.profile.unit
        parts: list[str] = []
        if result.carried_in > 0:
            parts.append(
                tr(CONTEXT, "including {amount} carried forward from the previous period").format(
                    amount=unit_amount(result.carried_in, unit)
                )
            )
        if result.target is not None and result.target + 1e-9 < result.rule.minimum:
            parts.append(
                tr(
                    CONTEXT,
                    "your first period is shorter, so {target} of the usual {minimum} are needed",
                ).format(
                    target=_format_number(result.target),
                    minimum=_format_number(result.rule.minimum),
                )
            )
        if result.capped_out > 0:
            amount = unit_amount(result.capped_out, unit)
            parts.append(
                tr(CONTEXT, "{amount} do not count because of the limit: {caps}").format(
                    amount=amount, caps=join_words([rule_label(c) for c in result.caps])
                )
                if result.caps
                else tr(CONTEXT, "{amount} do not count because of a limit").format(amount=amount)
            )
        return f" ({'; '.join(parts)})" if parts else ""

    def closing(self, result: RuleResult) -> str:
        """What would close the rule, in a few words ("" when nothing is needed)."""
        if result.declaration:
            return tr(CONTEXT, "Confirm it when you renew, and keep your record.")
        if result.met:
            return ""
        need = describe_amount(result, result.remaining, self.profile.unit, more=True)
        how = []
        if result.rule.kind is RuleKind.MIN_HOURS_MATCHING:
            if result.rule.delivery:
                ways = sorted(delivery_label(d.label) for d in result.rule.delivery)
                how.append(tr(CONTEXT, "delivered {ways}").format(ways=join_or(ways)))
            if result.rule.approved_only:
                how.append(tr(CONTEXT, "from an approved provider (record its approval number)"))
        if how:
            return tr(CONTEXT, "Record {amount}, {how}.").format(amount=need, how=", ".join(how))
        return tr(CONTEXT, "Record {amount}.").format(amount=need)

    def outcome(self) -> str:
        """One sentence on where the period stands: its outcome once the deadline has passed."""
        deadline = long_date(self.deadline)
        missing = [
            describe_amount(r, r.remaining, self.profile.unit, more=True)
            for r in self.rules
            if r.met is False
        ]
        if self.declaration_only:
            return tr(
                CONTEXT,
                "There is no target to reach: confirm at renewal that you have done your CPD, "
                "and keep a record in case you are asked for it.",
            )
        if self.deadline_passed:
            if not missing:
                return tr(
                    CONTEXT, "Met: every requirement was met by the deadline of {deadline}."
                ).format(deadline=deadline)
            text = (
                tr(CONTEXT, "Not met by the deadline of {deadline}: {missing} was still needed.")
                if _one(self.rules)
                else tr(
                    CONTEXT, "Not met by the deadline of {deadline}: {missing} were still needed."
                )
            )
            return text.format(deadline=deadline, missing=join_words(missing))
        if not missing:
            return tr(CONTEXT, "Every requirement is met.")
        return tr(CONTEXT, "Still needed by {deadline}: {missing}.").format(
            deadline=deadline, missing=join_words(missing)
        )

    def counted_summary(self) -> str:
        """For example "1 entry and 1.5 hours counted"."""
        return tr(CONTEXT, "{entries} and {amount} counted").format(
            entries=plural(CONTEXT, len(self.counted), "%n entry", "%n entries"),
            amount=unit_amount(self.total_hours, self.profile.unit),
        )


def _one(rules: Sequence[RuleResult]) -> bool:
    unmet = [r for r in rules if r.met is False]
    return len(unmet) == 1 and _is_singular(unmet[0])


def rule_label(label: str) -> str:
    """A rule's or a cap's label from the regulator's data file, in the current language."""
    return tr(DOMAIN_CONTEXT, label)


def delivery_label(label: str) -> str:
    """A way of delivering learning ("live, in person"), lower case in a sentence."""
    return tr(DOMAIN_CONTEXT, label).lower()


def plural_count(count: float, one: str, many: str | None = None) -> str:
    """``plural_count(1, "day")`` → "1 day"; ``plural_count(1.5, "hour")`` → "1.5 hours".
    English only: for words that come from data; fixed wording goes through :func:`plural`."""
    word = one if math.isclose(count, 1) else (many or one + "s")
    return f"{_format_number(count)} {word}"


def join_words(items: Sequence[str]) -> str:
    """``["a", "b", "c"]`` → "a, b and c" ("a, b a c" in Welsh)."""
    if len(items) <= 1:
        return "".join(items)
    return tr(CONTEXT, "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def join_or(items: Sequence[str]) -> str:
    """``["a", "b", "c"]`` → "a or b or c"."""
    return tr(CONTEXT, " or ").join(items)


def _is_singular(result: RuleResult) -> bool:
    return math.isclose(result.remaining, 1)


def _format_number(value: float) -> str:
    return f"{value:g}"


def unit_amount(amount: float, unit: str, more: bool = False) -> str:
    """``3 hours``, ``1 more credit``: an amount of the profile's unit, in the current language
    (hours and credits are translated; a custom regulator's own unit keeps its English word)."""
    if unit == "hours":
        if more:
            return plural(CONTEXT, amount, "%n more hour", "%n more hours")
        return plural(CONTEXT, amount, "%n hour", "%n hours")
    if unit == "credits":
        if more:
            return plural(CONTEXT, amount, "%n more credit", "%n more credits")
        return plural(CONTEXT, amount, "%n credit", "%n credits")
    noun = unit.rstrip("s") if math.isclose(amount, 1) else unit
    return f"{_format_number(amount)}{' more' if more else ''} {noun}"


def describe_amount(result: RuleResult, amount: float, unit: str, more: bool = False) -> str:
    kind = result.rule.kind
    if kind is RuleKind.MIN_ENTRIES:
        if more:
            return plural(CONTEXT, amount, "%n more entry", "%n more entries")
        return plural(CONTEXT, amount, "%n entry", "%n entries")
    if kind is RuleKind.MIN_PEER_REFLECTIONS:
        if more:
            return plural(
                CONTEXT,
                amount,
                "%n more entry with a peer reflection",
                "%n more entries with a peer reflection",
            )
        return plural(
            CONTEXT, amount, "%n entry with a peer reflection", "%n entries with a peer reflection"
        )
    if kind is RuleKind.MIN_REFLECTIONS:
        if more:
            return plural(
                CONTEXT, amount, "%n more written reflection", "%n more written reflections"
            )
        return plural(CONTEXT, amount, "%n written reflection", "%n written reflections")
    if kind is RuleKind.MIN_HOURS_MATCHING:
        return tr(CONTEXT, "{amount} of {label}").format(
            amount=unit_amount(amount, unit, more), label=rule_label(result.rule.label)
        )
    return unit_amount(amount, unit, more)


def evaluate_rule(
    rule: Rule, entries: Sequence[Entry], context: RuleContext | None = None
) -> RuleResult:
    """Measure one rule over complete entries (see :mod:`cpdlog.domain.rules`)."""
    if context is None:
        context = RuleContext(period=Period(dt.date.min, dt.date.max))
    return evaluate(rule, entries, context)


def _ids(entries: Iterable[Entry]) -> tuple[int, ...]:
    return tuple(e.id for e in entries if e.id is not None)


def compute_progress(
    profile: RequirementProfile,
    period: Period,
    entries: Sequence[Entry],
    templates: dict[str, Template],
    now: dt.datetime,
    registration: Registration | None = None,
) -> ProgressReport:
    """Progress for ``period``. ``entries`` are all live entries (earlier periods included,
    so that reuse can be detected). Only complete entries count toward a rule: drafts, and
    entries marked complete that miss something :func:`missing_for_completion` requires
    (an older journal may hold some), are reported in ``drafts`` instead."""
    in_period = [e for e in entries if e.start_date in period]
    missing = {
        id(e): missing_for_completion(e, templates.get(e.reflection.template_id), profile)
        for e in in_period
    }
    context = _context(profile, period, entries, templates, registration)
    counted = [e for e in in_period if not e.is_draft and not missing[id(e)]]
    drafts = [e for e in in_period if e.is_draft or missing[id(e)]]
    earlier = [e for e in entries if e.start_date < period.start and not e.is_draft]
    deadline = profile.period.deadline(period)
    today = now.astimezone(deadline.tzinfo).date()

    warnings: list[ProgressWarning] = []
    for e in in_period:
        warnings.extend(_entry_warnings(e, period, templates, today))
    for e in drafts:
        warnings.append(
            ProgressWarning(WarningKind.DRAFT_NOT_COUNTED, e.id, _draft_message(e, missing[id(e)]))
        )
    warnings.extend(_duplicate_warnings(counted))
    warnings.extend(_reuse_warnings(counted, earlier))

    return ProgressReport(
        profile=profile,
        period=period,
        deadline=deadline,
        now=now,
        rules=tuple(evaluate(rule, counted, context) for rule in profile.rules),
        warnings=tuple(warnings),
        counted=tuple(counted),
        drafts=tuple(drafts),
        registration=registration,
    )


def _draft_message(e: Entry, needs: list[str]) -> str:
    if e.is_draft and needs:
        text = tr(
            CONTEXT, "“{title}” is still a draft, so it does not count; it still needs {needs}."
        )
    elif e.is_draft:
        text = tr(CONTEXT, "“{title}” is still a draft, so it does not count.")
    elif needs:
        text = tr(
            CONTEXT,
            "“{title}” is marked complete but is not finished, so it does not count; it still "
            "needs {needs}.",
        )
    else:
        text = tr(
            CONTEXT, "“{title}” is marked complete but is not finished, so it does not count."
        )
    return text.format(title=e.title, needs=describe_missing(needs))


def _complete(
    entries: Sequence[Entry],
    period: Period,
    templates: dict[str, Template],
    profile: RequirementProfile,
) -> list[Entry]:
    return [
        e
        for e in entries
        if e.start_date in period
        and not e.is_draft
        and not missing_for_completion(e, templates.get(e.reflection.template_id), profile)
    ]


def _context(
    profile: RequirementProfile,
    period: Period,
    entries: Sequence[Entry],
    templates: dict[str, Template],
    registration: Registration | None,
) -> RuleContext:
    """What the rules need beyond the entries; the previous period only when a rule carries
    hours forward (it costs a second pass over the entries)."""
    registered_on = registration.registered_on if registration else None
    rule = profile.period.for_birth_month(registration.birth_month if registration else None)
    index = period_index(rule, period, registered_on) if registered_on else 0
    previous_context = None
    previous: list[Entry] = []
    if any(r.carry_forward > 0 for r in profile.rules):
        before = rule.previous(period, registered_on)
        if registered_on is None or before.end >= registered_on:
            previous = _complete(entries, before, templates, profile)
            previous_context = RuleContext(
                period=before,
                registered_on=registered_on,
                index=max(0, index - 1),
                years=rule.years,
                caps=profile.caps,
            )
    return RuleContext(
        period=period,
        registered_on=registered_on,
        index=index,
        years=rule.years,
        caps=profile.caps,
        previous=previous,
        previous_context=previous_context,
    )


def _entry_warnings(
    e: Entry, period: Period, templates: dict[str, Template], today: dt.date
) -> list[ProgressWarning]:
    found: list[ProgressWarning] = []
    if e.end_date is not None and e.end_date > period.end:
        found.append(
            ProgressWarning(
                WarningKind.OUTSIDE_PERIOD,
                e.id,
                tr(
                    CONTEXT, "“{title}” ends on {end}, after this period ends on {period_end}."
                ).format(
                    title=e.title, end=e.end_date.isoformat(), period_end=period.end.isoformat()
                ),
            )
        )
    if e.start_date > today:
        found.append(
            ProgressWarning(
                WarningKind.FUTURE_DATE,
                e.id,
                tr(CONTEXT, "“{title}” is dated {date}, which is in the future.").format(
                    title=e.title, date=e.start_date.isoformat()
                ),
            )
        )
    template = templates.get(e.reflection.template_id)
    impact = template.impact_section if template else None
    if impact and not e.reflection.sections.get(impact, "").strip():
        found.append(
            ProgressWarning(
                WarningKind.MISSING_IMPACT,
                e.id,
                tr(
                    CONTEXT,
                    "“{title}” has nothing under “{prompt}”; regulators look for the impact on "
                    "your practice.",
                ).format(title=e.title, prompt=_prompt(template, impact)),
            )
        )
    if e.peer is not None and not e.peer.has_text():
        found.append(
            ProgressWarning(
                WarningKind.EMPTY_PEER_REFLECTION,
                e.id,
                tr(
                    CONTEXT,
                    "“{title}” names a peer discussion but says nothing about what you learnt "
                    "from it, so it does not count as a peer reflection.",
                ).format(title=e.title),
            )
        )
    return found


def _prompt(template: Template | None, key: str) -> str:
    return tr(DOMAIN_CONTEXT, template.prompt_for(key)) if template else key


Shingles = frozenset[int]  # hashes of word pairs (process-local; never stored)


@dataclass(frozen=True, slots=True)
class _Text:
    """A text reduced to what the similarity checks compare: its word pairs and its words."""

    shingles: Shingles
    normalised: str
    sampled: Shingles  # the pairs that go into the index (see _SimilarityIndex)

    @classmethod
    def of(cls, text: str) -> _Text:
        words = _WORD.findall(text.lower())
        if len(words) > 1:
            pairs = list(itertools.pairwise(words))
            shingles: Shingles = frozenset(map(hash, pairs))
            if len(shingles) < 16:
                sampled = shingles
            else:
                # Chosen by the words themselves, not by hash(): string hashing changes with
                # each process, and a copy must be found whatever the seed.
                sampled = frozenset(
                    hash(pair) for pair in pairs if (len(pair[0]) * 3 + len(pair[1])) & 3 == 0
                )
        else:
            shingles = frozenset({hash(tuple(words))}) if words else frozenset()
            sampled = shingles
        return cls(shingles, " ".join(words), sampled)


def similarity(a: Shingles, b: Shingles) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _comparable_text(e: Entry) -> str:
    return e.reflection.text() or e.title


class _SimilarityIndex:
    """Finds near-identical texts among many without comparing every pair.

    Each text is a set of hashed word pairs. Only about a quarter of the pairs (chosen by their
    words' lengths, so two copies sample the same ones in any process) goes into the index, and
    only pairs that occur in a few texts count: "I learnt" or "of the" say nothing about
    copying. Candidates must share at least half of the probe's distinctive sampled pairs; only
    those are compared in full, their pairs worked out again from the text rather than kept for
    every entry (which cost about 100 MB for 10,000 entries). Exact copies are found through a
    hash of the whole text, whatever their words.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.exact: dict[int, list[int]] = defaultdict(list)
        postings: dict[int, list[int]] = defaultdict(list)
        for pos, raw in enumerate(texts):
            text = _Text.of(raw)
            if text.normalised:
                self.exact[hash(text.normalised)].append(pos)
            for h in text.sampled:
                postings[h].append(pos)
        cap = max(20, len(texts) // 100)
        self.postings = {h: ps for h, ps in postings.items() if len(ps) <= cap}

    def best_match(self, text: _Text, below: int | None = None) -> int | None:
        """Position of the most similar indexed text (only positions < ``below`` if given)."""
        limit = len(self.texts) if below is None else below
        if text.normalised:
            for pos in self.exact.get(hash(text.normalised), []):
                if pos < limit and _Text.of(self.texts[pos]).normalised == text.normalised:
                    return pos
        distinctive = [h for h in text.sampled if h in self.postings]
        if not distinctive:
            return None
        counts: dict[int, int] = defaultdict(int)
        for h in distinctive:
            for pos in self.postings[h]:
                counts[pos] += 1
        need = max(2, (len(distinctive) + 1) // 2)
        best, best_score = None, SIMILARITY_THRESHOLD
        for pos, shared in counts.items():
            if shared < need or pos >= limit:
                continue
            score = similarity(text.shingles, _Text.of(self.texts[pos]).shingles)
            if score >= best_score:
                best, best_score = pos, score
        return best


def _duplicate_warnings(entries: Sequence[Entry]) -> list[ProgressWarning]:
    texts = [_comparable_text(e) for e in entries]
    index = _SimilarityIndex(texts)
    found: list[ProgressWarning] = []
    for pos, b in enumerate(entries):
        match = index.best_match(_Text.of(texts[pos]), below=pos)
        if match is not None:
            a = entries[match]
            found.append(
                ProgressWarning(
                    WarningKind.DUPLICATE,
                    b.id,
                    tr(
                        CONTEXT,
                        "“{title}” reads almost the same as “{other}”; a regulator expects "
                        "different pieces of CPD.",
                    ).format(title=b.title, other=a.title),
                    other_entry_id=a.id,
                )
            )
    return found


def _reuse_warnings(current: Sequence[Entry], earlier: Sequence[Entry]) -> list[ProgressWarning]:
    """Entries whose text was already recorded in an earlier period."""
    if not current or not earlier:
        return []
    index = _SimilarityIndex([_comparable_text(e) for e in earlier])
    found: list[ProgressWarning] = []
    for e in current:
        match = index.best_match(_Text.of(_comparable_text(e)))
        if match is not None:
            old = earlier[match]
            found.append(
                ProgressWarning(
                    WarningKind.REUSED,
                    e.id,
                    tr(
                        CONTEXT,
                        "“{title}” repeats “{other}” from {date}, an earlier period; CPD must be "
                        "new for each period.",
                    ).format(title=e.title, other=old.title, date=old.start_date.isoformat()),
                    other_entry_id=old.id,
                )
            )
    return found
