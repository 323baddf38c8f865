"""The weak kinds of issue 14 (postcode, address, institution, event) and their look-alikes.

Session 7's general rules, each shown on a sentence made up for this test (none is taken from
an evaluation set), and the floor on ``dev_shapes.jsonl``, the short development set written
for these shapes before the rules were changed (see ``data/DEV_SHAPES.md``).
"""

from __future__ import annotations

import pytest

from cpdlog.domain.confidentiality import model, scan_text
from tests.confidentiality.eval_support import NATURAL_SET, evaluate, load_records

DEV_SHAPES = NATURAL_SET.parent / "dev_shapes.jsonl"
# Reached on dev_shapes.jsonl when the rules were tuned on it (development figures, rounded
# down a little; its first contact was 85.6% of items, 67/75 entries, 1/38 clean flagged).
DEV_SHAPES_FLOOR = {"items": 0.98, "entries": 1.0, "false_alarms": 0.0, "kinds": 0.9}


def found(text: str, field: str = "reflection.learnt") -> set[tuple[str, str]]:
    with model.rules_only():
        return {(f.kind, f.text) for f in scan_text(text, field)}


@pytest.mark.parametrize(
    ("text", "kind", "whole"),
    [
        # Outward codes on their own, with and without a cue, and after "the ... area".
        ("The lad is from HX3 and knows the area well.", "postcode", "HX3"),
        ("They are somewhere in the NP20 area now.", "postcode", "NP20"),
        ("Mum lives out past WV10, two buses away.", "postcode", "WV10"),
        ("A BT5 address was on the referral.", "postcode", "BT5"),
        ("gran moved to ts3 after the funeral", "postcode", "ts3"),
        # Full postcodes in mixed case or with a slipped space.
        ("New address is DE23 8gf, upstairs flat.", "postcode", "DE23 8gf"),
        ("The form says WA5  1QP with two spaces.", "postcode", "WA5  1QP"),
        ("the form says wa5  1qp", "postcode", "wa5  1qp"),
        # Flats and houses by their number alone; streets without a suffix after "off the".
        ("He has moved into flat 12b on the top floor.", "address", "flat 12b"),
        ("The man at no. 41 keeps calling the police.", "address", "no. 41"),
        ("She lives at number 16 with her nan.", "address", "number 16"),
        ("His bedsit is just off the Cowgate, above a chippy.", "address", "Cowgate"),
        ("They were at 9 dove lane when I called.", "address", "dove lane"),
        ("Her flat is at 3 Sráid an Mhuilinn, Tralee.", "address", "3 Sráid an Mhuilinn, Tralee"),
        # Institutions named kind first (Welsh, Irish, Scottish Gaelic) or by a house name.
        ("Mae Meddygfa Penygraig wedi ffonio.", "institution", "Meddygfa Penygraig"),
        (
            "He goes to Cylch Meithrin Llwynhendy three mornings.",
            "institution",
            "Cylch Meithrin Llwynhendy",
        ),
        (
            "She is in P2 at Sgoil Ghàidhlig Phort Rìgh.",
            "institution",
            "Sgoil Ghàidhlig Phort Rìgh",
        ),
        ("Ciarán started at Bunscoil Bhríde in September.", "institution", "Bunscoil Bhríde"),
        ("The LAC review at The Poplars was moved to Friday.", "institution", "The Poplars"),
        ("Jade (8) is back at St Winifred's after half term.", "institution", "St Winifred's"),
        ("Tomasz is staying at Victoria House hostel for now.", "institution", "Victoria House"),
        # Events with a weekday for their date, and a long description before the date.
        (
            "Since the break-in at the caravan last Friday they sleep in the car.",
            "event",
            "the break-in at the caravan last Friday",
        ),
        (
            "She saw the stabbing of her uncle outside the social club on the corner on 4 April.",
            "event",
            "the stabbing of her uncle outside the social club on the corner on 4 April",
        ),
    ],
)
def test_weak_kind_shape_is_found_whole(text: str, kind: str, whole: str) -> None:
    assert (kind, whole) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Low vitamin B12 can look like memory loss, and B6 too.",
        "Her B12 injections are due next week.",
        "I drove back on the M6 and then the M56 in the rain.",
        "Traffic at M1 junction 24 made me late for the webinar.",
        "We read NICE guideline NG76 and NICE NG43 before the audit.",
        "The Cafcass CR1 guidance and the C100 form were explained.",
        "Form P45, form SA1 and the UC50 came up in the benefits session.",
        "Carbon monoxide and CO2 alarms, G4S contracts, S4C and HS2 were all in the news.",
        "She is taking an E3 ESOL class and an L2 diploma in care.",
        "Everyone needs L3 safeguarding training, and an L2 trained worker is not enough.",
        "Under s47 and S17 we have duties; the S2 pupils had a talk on it.",
        "The training was on section 17 of the Children Act, and the s47 2nd strategy meeting.",
        "The FY1 doctor and the ST3 registrar joined the discharge meeting.",
        "A flat 10 minutes from the office, a 5 minute walk, a 4 lane road.",
        "She came in at number 3 on the list and then at no. 1 in the charts.",
        "The training at The King's Fund and a meeting at The Hague were both online.",
        "The team meeting at St George's was about the new rota.",
        "The training on Tuesday was about the fire service's new referral form.",
        "The fire service training last Friday was useful, and so were the flood defences.",
    ],
)
def test_weak_kind_look_alike_is_not_a_finding(text: str) -> None:
    assert found(text) == set(), found(text)


@pytest.mark.parametrize(
    ("text", "kind", "whole"),
    [
        # Estates, homes and units that a residence or street rule used to take as a street.
        ("They are living on the Willow Green estate now.", "institution", "Willow Green estate"),
        (
            "She was placed at Cartref Bryn Yr Eglwys last week.",
            "institution",
            "Cartref Bryn Yr Eglwys",
        ),
        ("He lives in a flat at Tŷ Derwen, Pontypridd.", "institution", "Tŷ Derwen"),
        (
            "Assessed on the Larches unit in Leighton Hospital.",
            "institution",
            "Larches unit in Leighton Hospital",
        ),
        (
            "Moved to Fernbank supported lodgings in May.",
            "institution",
            "Fernbank supported lodgings",
        ),
        ("She went to Riverside Refuge with the children.", "institution", "Riverside Refuge"),
        # An Eircode, and events told by their night or a saint's day.
        ("Home address is Eircode H91 E2K7 in the file.", "postcode", "H91 E2K7"),
        (
            "He has not slept since the night of the flood on 2 March.",
            "event",
            "the night of the flood on 2 March",
        ),
        (
            "It started with the row at the flat on St Andrew's Day.",
            "event",
            "the row at the flat on St Andrew's Day",
        ),
        # A nickname in quotes after a private person's name is no title of a work.
        ('Kyle Brown "Big K" came to the hub again.', "name", "Kyle Brown"),
    ],
)
def test_place_or_event_is_taken_whole(text: str, kind: str, whole: str) -> None:
    assert (kind, whole) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Public people by what they did or wrote, said after the name.
        "Priya Lakhani's foreword and Tomas Brennan's institute were quoted.",
        'Marcus Ellery "Hidden Harm at Home" (2015) was on the reading list.',
        "Helen Okoro was the DCS then, and Robert Vance was the chief exec.",
        "The Fiona Drummond chaired panel published its findings.",
        "Mayor Sadiq Khan opened the event.",
        "We used Kolb's cycle and Honey and Mumford's learning styles in supervision.",
        # Services and organisations named with a capital.
        "Our Early Help and Family Help teams merged, and Foster Wales ran a campaign.",
        "The induction was at the Royal Alexandra and the Royal Gwent.",
        "Im behind on my portfolio and Ive not done the PCF mapping.",
        "An Garda Síochána and Tusla agreed a joint protocol.",
        # Welsh names of public bodies and Gaelic words are not places.
        "Ganolfan Dysgu Cymraeg Genedlaethol runs the courses.",
    ],
)
def test_public_or_service_is_not_a_finding(text: str) -> None:
    assert found(text) == set(), found(text)


def test_two_findings_of_a_ward_code_are_one_institution() -> None:
    """A ward's code is no bare postcode: "B4 at Royal X" stays one institution."""
    assert found("She is on B4 at Royal Hallamshire tonight.") == {
        ("institution", "B4 at Royal Hallamshire")
    }


def _assert_dev_shapes_floor() -> None:
    score = evaluate(load_records(DEV_SHAPES))
    assert score.recall() >= DEV_SHAPES_FLOOR["items"], score.missed
    assert score.entry_recall >= DEV_SHAPES_FLOOR["entries"], score.unflagged
    assert score.false_alarm_share <= DEV_SHAPES_FLOOR["false_alarms"], score.alarms
    low = {k: score.recall(k) for k in score.kinds() if score.recall(k) < DEV_SHAPES_FLOOR["kinds"]}
    assert not low, low


def test_dev_shapes_is_the_one_described() -> None:
    records = load_records(DEV_SHAPES)
    planted = [r for r in records if r["category"] == "planted"]
    assert (len(planted), len(records) - len(planted)) == (75, 38)
    assert sum(len(r["labels"]) for r in planted) == 104


def test_dev_shapes_meets_its_floor_on_rules_alone() -> None:
    with model.rules_only():
        _assert_dev_shapes_floor()


def test_dev_shapes_meets_its_floor_with_the_model() -> None:
    if not model.available():
        pytest.skip("the named-entity model is not installed")
    _assert_dev_shapes_floor()
