"""The shapes of issue 14 that the general rules take, on sentences written for this test.

Nothing here comes from the evaluation sets: each sentence is made up to show one shape, and
each look-alike shows the same words used in a way that identifies nobody.
"""

from __future__ import annotations

import pytest

from cpdlog.domain.confidentiality import data, model, scan_text


def found(text: str) -> set[tuple[str, str]]:
    with model.rules_only():
        return {(f.kind, f.text) for f in scan_text(text, "reflection.learnt")}


@pytest.mark.parametrize(
    ("text", "kind", "whole"),
    [
        # A person no list knows, by a verb only a person does or a relation before.
        ("Gazza has been drinking again.", "name", "Gazza"),
        ("Dibby was crying when I arrived.", "name", "Dibby"),
        ("Then Bez died.", "name", "Bez"),
        ("Then his mate Dibby turned up at the flat.", "name", "Dibby"),
        ("Brannagh Quellan rang me about the transport.", "name", "Brannagh Quellan"),
        ("I went with Kyle Brown to the hearing.", "name", "Kyle Brown"),
        # A first name that is also a word, in lower case, with an age or a relation.
        ("hope is 4 and loves the sand tray.", "name", "hope"),
        ("bonnie's mum rang to cancel.", "name", "bonnie"),
        # Recent first names (birth registers) in lower case.
        ("i took alfie to the dentist.", "name", "alfie"),
        # A school named after its street, taken whole (not just the street).
        ("She started at Hill Lane Primary in September.", "institution", "Hill Lane Primary"),
        ("He boards at Mill Road Boys' School now.", "institution", "Mill Road Boys' School"),
        # Places in lower case, by their saint, or by a house name where a person is placed.
        ("we went to oakfield house for the review", "institution", "oakfield house"),
        ("He was admitted to St Aidan's last night.", "institution", "St Aidan's"),
        ("She has been placed at The Willows since May.", "institution", "The Willows"),
        # A first name that is also a word, beside another person (not inside a title).
        ("Mum and Faith came to the office.", "name", "Faith"),
        ("Kyle and Faith came to the office.", "name", "Faith"),
        ("Sue and Pete came in for the review.", "name", "Sue"),
        ("Ray's NI number is on the form.", "name", "Ray"),
        ("Met Dean at the hostel.", "name", "Dean"),
        ("I sat in Faith's room while she packed.", "name", "Faith"),
        ("Visited St Bride's to see her mum.", "institution", "St Bride's"),
    ],
)
def test_shape_is_found_whole(text: str, kind: str, whole: str) -> None:
    assert (kind, whole) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adultification was the theme of the session.",  # a word no list holds, not a name
        "The Skills for Care Learning Hub has new modules.",
        "hope is the key to recovery, the trainer said.",
        "my hope is that the panel listens.",
        "faith's role in recovery came up in supervision.",
        "He lives with his nan and she is doing her best.",
        "Nana said he was fine.",
        "I read a piece in The Guardian about it.",
        "We talked about The Children Act and what it asks of us.",
        "Scotland's approach to the Promise was discussed.",
        # Title Case names of laws, tools and organisations.
        "I read the Children and Young People Act again.",
        "We used the Love and Hope Partnership leaflets.",
        "The Dunmore Early Help Framework was explained.",
        "We used the Rhiannon Davies Family Support Network.",
        "Hope and Resilience was the theme of the day.",
        "The conference was in Reading this year.",  # a town named like a person
        # Medicines and services at the start of a sentence are not people.
        "Diazepam was increased by the GP.",
        "Olanzapine has helped with sleep.",
        "Tusla has new guidance on this.",
        "Safelives has a useful checklist.",
        # Venues, charities and events named like homes, without anyone staying there.
        "I went to The Kings Fund event and they were great.",
        "We went to The Hub for the training and staff were helpful.",
        "I referred him to St Mungo's for housing support.",
        "The team went to The Beeches conference.",
        "Our team moved to The Bridge building last year.",
    ],
)
def test_look_alike_is_not_a_finding(text: str) -> None:
    assert found(text) == set()


def test_recent_first_names_are_on_the_list() -> None:
    names = data.first_names()
    assert {"alfie", "aoibhinn", "chiamaka", "oliwier"} <= set(names)
    assert len(names) > 40_000
    # Places and surnames of the word list were not added from the newer sources.
    assert "kingston" not in names and "adams" not in names


# The context step (issue 14): cited or public people, organisations and Welsh words are not
# private people in casework; the same names written about casework still are.
@pytest.mark.parametrize(
    "text",
    [
        # The gazetteer of public people, written whole (also inside a longer name).
        "Eileen Munro argued that the system had become too procedural.",
        "Isabelle Trowler, the Chief Social Worker, spoke at the conference.",
        "Dan Hughes and PACE are now part of our language.",
        "The Oliver McGowan Mandatory Training was compulsory this year.",
        "Harry Potter came up when talking about kinship care.",
        # Titles of judges and public figures.
        "Mr Justice MacDonald set out the principles.",
        "Dame Louise Casey was commissioned to review the police.",
        # Citation shapes: a list of surnames after a citing word, a surname's theory.
        "According to Featherstone, White and Morris, we need a humane approach.",
        "Arnstein's ladder of citizen participation was the starting point.",
        "The Casey report on the council was damning.",
        "i've been reading munro again and she is right about the tick boxes.",
        # Capitalised names of services, programmes and documents.
        "Our Early Help Hub now takes referrals directly.",
        # Welsh words that look like English first names, in a Welsh sentence.
        "Beth oedd yn anodd oedd siarad am y risg.",
        "Beth ddysgais i? Dysgais i fod angen gwrando mwy.",
        "Mae dyn yn gallu newid, meddai'r hyfforddwr.",
        # A public role beside the name, a public work after it, a public title in the span.
        "Rocio Cifuentes, the Children's Commissioner for Wales, wrote the foreword.",
        "The speaker was Dr Jane Smith from the university.",
        "Emma Thompson's speech about her own grief was shared.",
        "Prince Harry spoke about his mental health.",
        "Judge Stephen Wildblood has written about parents in care proceedings.",
        # Words that some name registers hold, and word-names with no person's verb.
        "The Tavistock and Portman clinic offered a course on adolescence.",
        "Hope was the theme of the final session.",
        "Victoria station was where the training was held.",
        "Coronation Street's storyline on coercive control was used as an example.",
        # Post-nominals, affiliations, deaths that led to reviews, titles of reviews and works.
        "We heard Amanda Pryce MP speak about the new bill.",
        "A webinar with Dr Hana Weller from the Family Justice team at Hull University.",
        "We read the review into the death of Tomasz Brenner.",
        "The Kezia and Marlon Review changed how we do handovers.",
        'Finished "What Makes Grace Stay?" by a foster carer.',
        'We read the SAR "Ravi, Tom and Lena" from another county.',
        # Hyphenated words, things after "the", documents, services and hospitals.
        "Anti-oppressive practice came up twice.",
        "Co-produced the leaflet with two young carers.",
        "Our team conference was at the Marlowe in York.",
        "Read the Fenwick Report on the service.",
        "Our team and the Integrated Front Door had a joint session.",
        "Shadowed the team at the Royal Albert Infirmary.",
        "My Supported Year in Employment portfolio goes in soon.",
        "Safer Lives, Built on Trust and Hope is the new strategy.",
        # Welsh and Gaelic words in their own sentences; informal English words.
        "Dydd Sul es i i'r Eisteddfod gyda'r plant.",
        "Mae'r tîm yn brysur iawn.",
        "Bha an t-seisean air Gàidhlig ann an cùram sòisealta agus tha e math.",
        "the trainer said dont assume he is fine cos they're quiet",
    ],
)
def test_cited_or_public_is_not_a_finding(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("I was hit by Kyle, Jay and Liam on the stairs.", "Liam"),  # not a citation list
        ("Beth said she would come to the review.", "Beth"),  # an English sentence
        ("Mae Siân yn dweud bod hi'n hapus.", "Siân"),  # a name in a Welsh sentence
        ("Louise rang about the Early Help plan.", "Louise"),  # a first name alone
        ("Morris was shouting when I arrived.", "Morris"),
        ("Hope was crying when I arrived at the flat.", "Hope"),
        ("Frank looks after his wife who has dementia.", "Frank"),
        ("I was assaulted by Kyle on the stairs.", "Kyle"),  # not a book "by" its author
        ("Louise Casey Smith, the mother, did not attend.", "Louise Casey Smith"),
        ("Dr Amir Shah, the paediatrician, examined the baby.", "Dr Amir Shah"),
        ("The review for Reuben Castellano at Oakwood College went well.", "Reuben Castellano"),
        ("Lily-Mae was upset at contact.", "Lily-Mae"),
    ],
)
def test_private_people_beside_those_shapes_are_still_found(text: str, whole: str) -> None:
    assert ("name", whole) in found(text), found(text)


# Recall shapes (issue 14): small places where someone lives, flats in named buildings,
# streets in lower case or named after a town, postcode sectors, dates after a full name,
# events told with a month and year or in Welsh, and institutions named in Welsh or Irish,
# by their kind of place, or as a ward with its hospital. Every sentence is made up.
@pytest.mark.parametrize(
    ("text", "kind", "whole"),
    [
        ("They live in Brynhafod with their nan.", "address", "Brynhafod"),
        ("Mae'r teulu yn byw yn Llanfrothen.", "address", "Llanfrothen"),
        ("She wants to go home to Kelthorpe.", "address", "Kelthorpe"),
        (
            "We visited him at Flat 7, Corran Mill, Halifax.",
            "address",
            "Flat 7, Corran Mill, Halifax",
        ),
        ("saw them at 14 brimble lane this morning", "address", "brimble lane"),
        ("last seen on fennick road with two lads", "address", "fennick road"),
        ("Her flat is on Stockport Road now.", "address", "Stockport Road"),
        ("She lives at the top of Harlow Way.", "address", "Harlow Way"),
        ("home visit at 9 Grange Road, NE4 2.", "postcode", "NE4 2"),
        ("three referrals in bt9 4 this month", "postcode", "bt9 4"),
        ("Referral for Keeley Marsh, 12/04/2016, from school.", "date_of_birth", "12/04/2016"),
        ("Dyddiad geni 03.05.01, yn ôl y ffeil.", "date_of_birth", "03.05.01"),
        (
            "She turned 17 in the summer (21/08/2008) and wants her own flat.",
            "date_of_birth",
            "21/08/2008",
        ),
        ("He says he was born 1390/02/07 in the calendar at home.", "date_of_birth", "1390/02/07"),
        (
            "He lost his flat after the fire at Kestrel Court in March 2024.",
            "event",
            "the fire at Kestrel Court in March 2024",
        ),
        (
            "The arson at the bowling club on 3 May is still with the police.",
            "event",
            "The arson at the bowling club on 3 May",
        ),
        ("Mae hi'n drist ar ôl y tân yn y tŷ ar 4 Mawrth.", "event", "y tân yn y tŷ ar 4 Mawrth"),
        (
            "He is now at Redmoor Secure Accommodation.",
            "institution",
            "Redmoor Secure Accommodation",
        ),
        ("She lives at Alder Sheltered Housing.", "institution", "Alder Sheltered Housing"),
        ("The GP at Fernside Medical Centre rang back.", "institution", "Fernside Medical Centre"),
        ("Adolygiad yn Cartref Plant Tŷ Gwyn heddiw.", "institution", "Cartref Plant Tŷ Gwyn"),
        ("The principal at Scoil Bhríde rang me.", "institution", "Scoil Bhríde"),
        ("Es i i ystad Pen-y-waun ddoe.", "institution", "ystad Pen-y-waun"),
        (
            "He was on Larch ward at the Royal Hallam.",
            "institution",
            "Larch ward at the Royal Hallam",
        ),
        ("She is on C3 at Royal Preston with an infection.", "institution", "C3 at Royal Preston"),
    ],
)
def test_recall_shape_is_found(text: str, kind: str, whole: str) -> None:
    assert (kind, whole) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The conference was in Leeds this year.",  # a city is not a small place
        "I went back to Kolb's cycle to think it through.",
        "We moved to Teams for the meetings.",
        "I have booked the two-day Court skills course in February 2025.",
        "Year S2 3 pupils were in the group.",
        "The helpline is on the leaflet.",
        "the trainer went down memory lane about her first job",
        "The advice line is 0808 800 5000 and it is free.",  # an organisation's freephone
        "There was a good session on Brathwaite and Kelleher.",  # a topic, not "on <Street>"
        'Also Sinclair\'s "Placement Moves" study was useful.',
        "Kitteridge's strengths-based recovery model came up.",
        "Roedd y Prif Weithredwr, Gwen Morgan, yn siarad am y gweithlu.",
    ],
)
def test_recall_look_alike_is_not_a_finding(text: str) -> None:
    assert found(text) == set()
