"""Rule kinds, evaluated over (entries, period, registration) into a :class:`RuleResult`."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from cpdlog.domain.entry import Entry
from cpdlog.domain.requirements import Cap, Period, PeriodRule, Rule, RuleKind
from cpdlog.i18n import tr

CONTEXT = "cpdlog.rules"

EPSILON = 1e-9
MAX_PERIODS_COUNTED = 200  # periods walked from the registration date (centuries of 1-year ones)


@dataclass(frozen=True, slots=True)
class RuleResult:
    """How one rule stands in one period.

    ``met`` is True or False, or None for a declaration-only rule (there is no target: the
    practitioner confirms at renewal and keeps a record). ``target`` is what this period asks
    for (a prorated first period asks for less than ``rule.minimum``; a rule not due this
    period asks for 0 and says why in ``not_due``). ``carried_in`` hours came from the
    previous period; ``capped_out`` hours were recorded but do not count because of a cap.
    """

    rule: Rule
    actual: float
    entry_ids: tuple[int, ...]
    target: float | None = None
    declaration: bool = False
    not_due: str = ""
    carried_in: float = 0.0
    capped_out: float = 0.0
    caps: tuple[str, ...] = field(default=())  # labels of the caps that limited this rule

    @property
    def required(self) -> float:
        return self.rule.minimum if self.target is None else self.target

    @property
    def met(self) -> bool | None:
        if self.declaration:
            return None
        return self.actual + EPSILON >= self.required

    @property
    def status(self) -> str:
        """``done``, ``to-do`` or ``declare`` (stable ids for scripts)."""
        if self.declaration:
            return "declare"
        return "done" if self.met else "to-do"

    @property
    def remaining(self) -> float:
        if self.declaration:
            return 0.0
        return max(0.0, self.required - self.actual)

    @property
    def is_hours(self) -> bool:
        return self.rule.kind in (RuleKind.MIN_HOURS, RuleKind.MIN_HOURS_MATCHING)

    @property
    def fraction(self) -> float:
        if self.declaration or self.required <= 0:
            return 1.0
        return min(1.0, self.actual / self.required)


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What a rule may look at besides the entries: the period, the registration date, which
    period since registration this is (1 = the first; 0 = unknown or before registering),
    the profile's caps, and the previous period's counted entries (for carry-forward)."""

    period: Period
    registered_on: dt.date | None = None
    index: int = 0
    years: int = 1
    caps: tuple[Cap, ...] = ()
    previous: Sequence[Entry] = ()
    previous_context: RuleContext | None = None


def _ids(entries: Sequence[Entry]) -> tuple[int, ...]:
    return tuple(e.id for e in entries if e.id is not None)


def period_index(period_rule: PeriodRule, period: Period, registered_on: dt.date | None) -> int:
    """1 for the period holding the registration date, 2 for the next...; 0 when unknown."""
    if registered_on is None or period.end < registered_on:
        return 0
    current = period_rule.period_containing(registered_on, registered_on)
    for index in range(1, MAX_PERIODS_COUNTED + 1):
        if current.end >= period.start:
            return index
        current = period_rule.period_containing(current.end + dt.timedelta(days=1), registered_on)
    return 0


def prorated_target(minimum: float, period: Period, registered_on: dt.date, years: int) -> float:
    """A first period that starts on ``registered_on`` after the period's start asks for
    ``minimum`` × (months left, counting the month of registration) / (months in a period),
    rounded up to a whole hour."""
    months = (
        (period.end.year - registered_on.year) * 12 + period.end.month - registered_on.month + 1
    )
    share = min(1.0, max(0, months) / (12 * years))
    return float(math.ceil(minimum * share - EPSILON))


class RuleClass:
    """One rule kind. ``choose`` picks the entries that count; ``amount`` measures them."""

    hours = False

    def choose(self, rule: Rule, entries: Sequence[Entry]) -> list[Entry]:
        return list(entries)

    def evaluate(self, rule: Rule, entries: Sequence[Entry], ctx: RuleContext) -> RuleResult:
        target = self.target(rule, ctx)
        if isinstance(target, str):
            chosen = self.choose(rule, entries)
            return RuleResult(rule, self.amount(chosen), _ids(chosen), target=0.0, not_due=target)
        chosen = self.choose(rule, entries)
        return RuleResult(rule, self.amount(chosen), _ids(chosen), target=target)

    def amount(self, chosen: Sequence[Entry]) -> float:
        return float(len(chosen))

    @staticmethod
    def target(rule: Rule, ctx: RuleContext) -> float | str:
        """The period's target, or a sentence saying why nothing is due."""
        if rule.first_period_exempt and ctx.index == 1:
            return tr(
                CONTEXT,
                "nothing is needed in the registration period in which you were first registered",
            )
        if rule.every_nth_period > 1:
            n = rule.every_nth_period
            if ctx.index == 0:
                return tr(
                    CONTEXT,
                    "it is due once every {n} periods; set your registration date to see whether "
                    "this period is one",
                ).format(n=n)
            if ctx.index % n != 0:
                return tr(
                    CONTEXT,
                    "it is due once every {n} periods since you registered, and this is period "
                    "{index}",
                ).format(n=n, index=ctx.index)
        if (
            rule.prorate
            and ctx.registered_on is not None
            and ctx.period.start < ctx.registered_on <= ctx.period.end
        ):
            return prorated_target(rule.minimum, ctx.period, ctx.registered_on, ctx.years)
        return rule.minimum


class MinEntries(RuleClass):
    def choose(self, rule: Rule, entries: Sequence[Entry]) -> list[Entry]:
        if rule.types or rule.tags or rule.topics or rule.delivery or rule.approved_only:
            return [e for e in entries if matches(rule, e)]
        return list(entries)


class MinPeerReflections(RuleClass):
    def choose(self, rule: Rule, entries: Sequence[Entry]) -> list[Entry]:
        return [e for e in entries if e.has_peer_reflection]


class MinReflections(RuleClass):
    def choose(self, rule: Rule, entries: Sequence[Entry]) -> list[Entry]:
        return [e for e in entries if e.reflection.text().strip()]


class MinHours(RuleClass):
    """Hours, limited by the profile's caps, plus hours carried forward."""

    hours = True

    def choose(self, rule: Rule, entries: Sequence[Entry]) -> list[Entry]:
        return [e for e in entries if e.hours > 0]

    def amount(self, chosen: Sequence[Entry]) -> float:
        return sum(e.hours for e in chosen)

    def evaluate(self, rule: Rule, entries: Sequence[Entry], ctx: RuleContext) -> RuleResult:
        target = self.target(rule, ctx)
        chosen = sorted(self.choose(rule, entries), key=lambda e: (e.start_date, e.id or 0))
        counted, used, capped_out, caps_hit = self._capped(rule, chosen, ctx, target)
        carried = 0.0
        if rule.carry_forward > 0 and ctx.previous_context is not None:
            previous = self.evaluate(_without_carry(rule), ctx.previous, ctx.previous_context)
            if previous.not_due == "":
                excess = max(0.0, previous.actual - previous.required)
                carried = min(rule.carry_forward, excess)
        if isinstance(target, str):
            return RuleResult(
                rule, counted, _ids(used), target=0.0, not_due=target, capped_out=capped_out
            )
        return RuleResult(
            rule,
            counted + carried,
            _ids(used),
            target=target,
            carried_in=carried,
            capped_out=capped_out,
            caps=caps_hit,
        )

    @staticmethod
    def _capped(
        rule: Rule, chosen: Sequence[Entry], ctx: RuleContext, target: float | str
    ) -> tuple[float, list[Entry], float, tuple[str, ...]]:
        caps = ctx.caps if rule.capped else ()
        base = rule.minimum if isinstance(target, str) else target
        room = {cap.id: cap.limit(base) for cap in caps}
        total, over = 0.0, 0.0
        used: list[Entry] = []
        hit: list[str] = []
        for e in chosen:
            counts = e.hours
            for cap in caps:
                if cap.matches(e.delivery, e.activity_type):
                    allowed = min(counts, max(0.0, room[cap.id]))
                    if allowed < counts and cap.label not in hit:
                        hit.append(cap.label)
                    counts = allowed
            for cap in caps:
                if cap.matches(e.delivery, e.activity_type):
                    room[cap.id] -= counts
            total += counts
            over += e.hours - counts
            if counts > 0:
                used.append(e)
        return total, used, over, tuple(hit)


class MinHoursMatching(MinHours):
    def choose(self, rule: Rule, entries: Sequence[Entry]) -> list[Entry]:
        return [e for e in entries if e.hours > 0 and matches(rule, e)]


class Declaration(RuleClass):
    def evaluate(self, rule: Rule, entries: Sequence[Entry], ctx: RuleContext) -> RuleResult:
        chosen = list(entries)
        return RuleResult(rule, float(len(chosen)), _ids(chosen), target=0.0, declaration=True)


def matches(rule: Rule, e: Entry) -> bool:
    """Type, tag or topic listed by the rule (any entry when it lists none), then its
    delivery and approval filters."""
    listed = rule.types or rule.tags or rule.topics
    if listed and not (
        e.activity_type in rule.types
        or rule.tags.intersection(e.tags)
        or rule.topics.intersection(e.topics)
    ):
        return False
    if rule.delivery and e.delivery not in rule.delivery:
        return False
    return not (rule.approved_only and not e.provider_approval.strip())


def _without_carry(rule: Rule) -> Rule:
    from dataclasses import replace

    return replace(rule, carry_forward=0.0)


RULE_CLASSES: dict[RuleKind, RuleClass] = {
    RuleKind.MIN_ENTRIES: MinEntries(),
    RuleKind.MIN_PEER_REFLECTIONS: MinPeerReflections(),
    RuleKind.MIN_REFLECTIONS: MinReflections(),
    RuleKind.MIN_HOURS: MinHours(),
    RuleKind.MIN_HOURS_MATCHING: MinHoursMatching(),
    RuleKind.DECLARATION: Declaration(),
}


def evaluate(rule: Rule, entries: Sequence[Entry], ctx: RuleContext) -> RuleResult:
    """Measure ``rule`` over the complete ``entries`` of ``ctx.period``."""
    return RULE_CLASSES[rule.kind].evaluate(rule, entries, ctx)
