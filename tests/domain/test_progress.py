import datetime as dt

from cpdlog import reference_data
from cpdlog.domain.entry import ActivityType, EntryStatus, PeerReflection
from cpdlog.domain.progress import WarningKind, compute_progress
from cpdlog.domain.requirements import Period
from tests.conftest import make_entry

SWE = reference_data.profile("swe")
TEMPLATES = {t.id: t for t in reference_data.shipped_templates()}
NOW = dt.datetime(2026, 11, 28, 10, 0, tzinfo=dt.UTC)
PERIOD = SWE.period.period_ending_in(2026)


def _ids(entries):
    for i, e in enumerate(entries, start=1):
        e.id = i
    return entries


def report(entries, profile=SWE, period=PERIOD, now=NOW):
    return compute_progress(profile, period, _ids(entries), TEMPLATES, now)


def test_swe_needs_two_entries_one_with_peer_reflection():
    r = report([make_entry()])
    entries_rule, peer_rule = r.rules
    assert (entries_rule.actual, entries_rule.met, entries_rule.remaining) == (1, False, 1)
    assert not peer_rule.met
    assert r.days_left == 2
    assert r.sentence(peer_rule) == (
        "1 more entry with a peer reflection is needed by 30 November 2026 — 2 days left."
    )

    done = report(
        [
            make_entry(),
            make_entry(
                title="Supervision on risk",
                learnt="Different learning about risk assessment and defensible decisions.",
                impact="I record my rationale.",
                peer=PeerReflection("Sam", "Practice supervisor", None, "We talked it over."),
            ),
        ]
    )
    assert done.met
    assert done.rules[1].entry_ids == (2,)
    assert done.sentence(done.rules[0]).startswith("Done: 2 entries")


def test_drafts_and_entries_outside_the_period_do_not_count():
    r = report(
        [
            make_entry(status=EntryStatus.DRAFT),
            make_entry(title="Last year", day=dt.date(2025, 11, 30)),
            make_entry(title="Next year", day=dt.date(2026, 12, 1)),
        ]
    )
    assert r.rules[0].actual == 0
    assert [w.kind for w in r.warnings] == [WarningKind.DRAFT_NOT_COUNTED]


def test_deadline_passed_and_last_day():
    last_day = dt.datetime(2026, 11, 30, 23, 0, tzinfo=dt.UTC)
    assert report([], now=last_day).days_left == 0
    late = report([], now=dt.datetime(2026, 12, 1, 0, 30, tzinfo=dt.UTC))
    assert late.days_left < 0
    sentence = late.sentence(late.rules[0])
    assert sentence == "Not met: 2 more entries were needed by the deadline of 30 November 2026."
    assert "needed by 30 November" not in sentence  # never "needed by" a passed deadline


def test_hours_rules_and_category_minimums():
    aasw = reference_data.profile("aasw")
    period = aasw.period.period_ending_in(2026)
    entries = [
        make_entry(activity=ActivityType.SUPERVISION, day=dt.date(2025, 8, 1), hours=10),
        make_entry(
            title="Course",
            activity=ActivityType.COURSE,
            day=dt.date(2026, 1, 5),
            hours=12,
            learnt="x y z a b",
            impact="q r s t",
        ),
        make_entry(
            title="Tagged",
            activity=ActivityType.OTHER,
            day=dt.date(2026, 2, 5),
            hours=5,
            tags=["aasw-category-3"],
            learnt="m n o p",
            impact="u v w",
        ),
    ]
    r = report(entries, aasw, period)
    by_id = {x.rule.id: x for x in r.rules}
    total = next(x for x in r.rules if x.rule.kind.value == "min-hours")
    assert total.actual == 27 and not total.met
    cat1 = next(x for x in r.rules if "supervision" in x.rule.label.lower())
    assert cat1.met and cat1.actual == 10
    assert any(x.actual == 5 and x.met for x in by_id.values() if "3" in x.rule.label)


def test_near_identical_entries_are_flagged():
    text = (
        "I learnt how the signs of safety framework structures a risk conversation "
        "with families and keeps the focus on what is working well."
    )
    r = report(
        [
            make_entry(title="One", learnt=text),
            make_entry(title="Two", learnt=text + " Really."),
        ]
    )
    duplicates = [w for w in r.warnings if w.kind is WarningKind.DUPLICATE]
    assert len(duplicates) == 1 and duplicates[0].other_entry_id == 1


def test_different_entries_are_not_flagged_as_duplicates():
    r = report(
        [
            make_entry(
                title="One",
                learnt="Trauma-informed practice and the window of tolerance.",
                impact="I slow visits down.",
            ),
            make_entry(
                title="Two",
                learnt="The Mental Capacity Act's five principles in hospital discharge.",
                impact="I record best-interests decisions more carefully.",
            ),
        ]
    )
    assert not [w for w in r.warnings if w.kind is WarningKind.DUPLICATE]


def test_reused_entry_from_an_earlier_period():
    old = make_entry(title="Old", day=dt.date(2024, 3, 1))
    new = make_entry(title="New", day=dt.date(2026, 3, 1))
    r = report([old, new])
    reused = [w for w in r.warnings if w.kind is WarningKind.REUSED]
    assert len(reused) == 1 and reused[0].entry_id == 2 and reused[0].other_entry_id == 1


def test_missing_impact_empty_peer_text_future_and_straddling_dates():
    r = report(
        [
            make_entry(impact=""),
            make_entry(
                title="Peer",
                learnt="Something else entirely to learn about.",
                peer=PeerReflection("Sam", "Manager", None, "  "),
            ),
            make_entry(title="Future", day=dt.date(2026, 11, 29), learnt="Future learning text."),
            make_entry(
                title="Long course",
                day=dt.date(2026, 11, 20),
                end_date=dt.date(2026, 12, 5),
                learnt="Course learning text here.",
            ),
        ],
        now=NOW,
    )
    kinds = {(w.entry_id, w.kind) for w in r.warnings}
    assert (1, WarningKind.MISSING_IMPACT) in kinds
    assert (2, WarningKind.EMPTY_PEER_REFLECTION) in kinds
    assert (3, WarningKind.FUTURE_DATE) in kinds
    assert (4, WarningKind.OUTSIDE_PERIOD) in kinds
    assert not r.rules[1].met  # a peer block with no text is not a peer reflection


def test_a_lightly_edited_copy_is_found_among_thousands_of_entries():
    import random

    rng = random.Random(7)
    vocabulary = (
        "assessment advocacy attachment autonomy boundaries capacity carers consent court "
        "culture dementia dignity discharge disability equality eviction family fostering "
        "grief homelessness housing identity interpreter kinship language migration neglect "
        "neurodiversity outcomes parenting partnership poverty power racism recovery "
        "resilience respite risk safeguarding school siblings stigma supervision transition "
        "trauma trust voice wellbeing youth"
    ).split()

    rare = [f"{w}{n}" for w in ("case", "plan", "team", "visit") for n in range(1500)]

    def reflection():
        # Like real prose: mostly common words, with a long tail of rarer ones.
        return " ".join(
            rng.choice(rare) if rng.random() < 0.3 else rng.choice(vocabulary) for _ in range(80)
        )

    old = [
        make_entry(
            title=f"Old {i}",
            day=dt.date(2019, 1, 1) + dt.timedelta(days=i % 2000),
            learnt=reflection(),
            impact=reflection(),
        )
        for i in range(3000)
    ]
    source = old[1234]
    words = source.reflection.sections["learnt"].split()
    words[10] = "edited"
    words[40] = "changed"
    copy = make_entry(
        title="New",
        day=dt.date(2026, 2, 2),
        learnt=" ".join(words),
        impact=source.reflection.sections["impact"],
    )
    copy.reflection.sections["description"] = source.reflection.sections["description"]
    fresh = make_entry(
        title="Fresh", day=dt.date(2026, 2, 3), learnt=reflection(), impact=reflection()
    )
    r = report([*old, copy, fresh])
    reused = [w for w in r.warnings if w.kind is WarningKind.REUSED]
    assert [(w.entry_id, w.other_entry_id) for w in reused] == [(3001, 1235)]


def test_sentences_and_counts_use_the_right_plural() -> None:
    one_left = report([make_entry()])
    assert one_left.sentence(one_left.rules[0]) == (
        "1 more entry is needed by 30 November 2026 — 2 days left."
    )
    assert one_left.counted_summary() == "1 entry and 1.5 hours counted"
    on_the_day = report([make_entry(hours=1)], now=dt.datetime(2026, 11, 29, 9, tzinfo=dt.UTC))
    assert on_the_day.sentence(on_the_day.rules[0]).endswith("— 1 day left.")
    assert on_the_day.counted_summary() == "1 entry and 1 hour counted"
    assert report([]).counted_summary() == "0 entries and 0 hours counted"


def test_the_outcome_of_a_period_whose_deadline_has_passed() -> None:
    after = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
    missed = report([make_entry(), make_entry(title="Another reading", learnt="Other.")], now=after)
    assert missed.deadline_passed
    assert missed.outcome() == (
        "Not met by the deadline of 30 November 2026: 1 more entry with a peer reflection "
        "was still needed."
    )
    both = report([], now=after)
    assert both.outcome() == (
        "Not met by the deadline of 30 November 2026: 2 more entries and 1 more entry with "
        "a peer reflection were still needed."
    )
    met = report(
        [
            make_entry(),
            make_entry(
                title="Supervision on risk",
                learnt="Different learning about risk assessment and defensible decisions.",
                peer=PeerReflection("Sam", "Practice supervisor", None, "We talked it over."),
            ),
        ],
        now=after,
    )
    assert met.outcome() == "Met: every requirement was met by the deadline of 30 November 2026."
    assert report([make_entry()]).outcome().startswith("Still needed by 30 November 2026: ")


def test_the_period_just_ended_is_offered_for_sixty_days() -> None:
    rule = SWE.period
    ended = Period(dt.date(2025, 12, 1), dt.date(2026, 11, 30))
    at = lambda *a: dt.datetime(*a, tzinfo=dt.UTC)  # noqa: E731
    assert rule.recently_ended(at(2026, 11, 30, 12)) is None  # not passed yet
    assert rule.recently_ended(at(2026, 12, 1, 0, 1)) == ended
    assert rule.recently_ended(at(2027, 1, 29, 12)) == ended  # day 60
    assert rule.recently_ended(at(2027, 1, 30, 12)) is None  # day 61
    # Registered after it ended: nothing was due in it, so it is not shown.
    assert rule.recently_ended(at(2026, 12, 1, 10), dt.date(2026, 12, 1)) is None
    assert rule.recently_ended(at(2026, 12, 1, 10), dt.date(2024, 5, 1)) == ended
