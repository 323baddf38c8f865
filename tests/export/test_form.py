"""``entry show --form swe``: the entry in the order of Social Work England's form."""

from __future__ import annotations

import datetime as dt
import re

from cpdlog import reference_data
from cpdlog.domain.entry import ActivityType, Entry, PeerReflection, Reflection, Source
from cpdlog.export.form import NOT_WRITTEN, swe_form_fields, swe_form_text

ORDER = [
    "Type of CPD",
    "Title",
    "Short description of the activity and why it is relevant to you",
    "Date",
    "What you learnt from doing the activity",
    "The positive impact the activity has had, or will have, on your practice and the "
    "people you work with",
]


def entry(**kwargs: object) -> Entry:
    values: dict[str, object] = {
        "title": "Hashtag chat on <ethics> & online CPD",
        "activity_type": ActivityType.DISCUSSION,
        "start_date": dt.date(2026, 3, 13),
        "hours": 1.25,
        "source": Source(url="https://example.org/chat?a=1&b=2", provider="#12thMW"),
        "reflection": Reflection(
            "swe",
            {
                "impact": "I share resources.\n- with my team\n- with students",
                "description": "A live chat.",
                "learnt": "Ethics of online learning.",
            },
        ),
        "standards": ["swe:4.6"],
    }
    values.update(kwargs)
    return Entry(**values)  # type: ignore[arg-type]


def fields(text: str) -> dict[str, str]:
    """Parse the text back: a label, a line of dashes, the value, a blank line."""
    parts = re.split(r"^(.+)\n-{3,}\n", text, flags=re.M)
    assert parts[0] == ""
    return {
        parts[i]: parts[i + 1].removesuffix("\n").removesuffix("\n")
        for i in range(1, len(parts), 2)
    }


def test_fields_in_the_forms_order_with_text_as_typed() -> None:
    templates = reference_data.templates()
    text = swe_form_text(entry(), templates["swe"], reference_data.catalogue())
    labels = list(fields(text))
    assert labels[: len(ORDER)] == ORDER
    values = fields(text)
    assert values["Type of CPD"] == "Discussion (team, online or hashtag chat)"
    assert values["Title"] == "Hashtag chat on <ethics> & online CPD"
    assert values["Date"] == "13/03/2026"
    assert values[ORDER[2]] == "A live chat."
    assert values[ORDER[5]].startswith("I share resources.\n- with my team")
    extras = values["Also recorded in cpdlog (not a form field)"]
    assert "Hours: 1.25" in extras
    assert "Link: https://example.org/chat?a=1&b=2" in extras
    assert "Standard swe:4.6: Reflect on my learning activities" in extras


def test_peer_reflection_is_the_last_form_field() -> None:
    e = entry(peer=PeerReflection("Sam", "Supervisor", dt.date(2026, 3, 20), "We agreed..."))
    text = swe_form_text(e, reference_data.templates()["swe"], None)
    values = fields(text)
    labels = list(values)
    peer_label = labels[len(ORDER)]
    assert peer_label.startswith("Peer reflection (P): Describe what you have learnt")
    assert values[peer_label] == "(Discussed with Sam, Supervisor on 20/03/2026.)\nWe agreed..."


def test_empty_fields_say_so_and_date_ranges() -> None:
    e = entry(reflection=Reflection("swe", {}), end_date=dt.date(2026, 3, 15))
    values = fields(swe_form_text(e, reference_data.templates()["swe"], None))
    assert values[ORDER[2]] == NOT_WRITTEN
    assert values[ORDER[4]] == NOT_WRITTEN
    assert values["Date"] == "13/03/2026 to 15/03/2026"


def test_other_templates_map_onto_the_form() -> None:
    gibbs = reference_data.templates()["gibbs"]
    sections = {key: f"Text for {key}." for key in gibbs.keys}
    e = entry(reflection=Reflection("gibbs", sections))
    values = fields(swe_form_text(e, gibbs, None))
    assert values[ORDER[2]] == "Text for description."
    learnt = values[ORDER[4]]
    for key in gibbs.keys[1:]:
        if key != gibbs.impact_section:
            assert f"Text for {key}." in learnt
            assert gibbs.prompt_for(key) in learnt
    if gibbs.impact_section:
        assert values[ORDER[5]] == f"Text for {gibbs.impact_section}."


def test_control_characters_are_removed() -> None:
    e = entry(title="Bad\x00title\x1b")
    assert fields(swe_form_text(e, None, None))["Title"] == "Bad\ufffdtitle\ufffd"


def test_fields_match_the_text() -> None:
    e = entry()
    template = reference_data.templates()["swe"]
    assert dict(swe_form_fields(e, template, None)) == fields(swe_form_text(e, template, None))
