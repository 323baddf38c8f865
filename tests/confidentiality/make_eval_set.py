# ruff: noqa: E501 (data: sentences read best unbroken)
"""Generate the labelled evaluation set for the confidentiality check (run once; output committed).

    python tests/confidentiality/make_eval_set.py

Writes ``tests/confidentiality/data/eval_set.jsonl``: realistic UK social-work reflections.
``planted`` records carry identifying details labelled by kind and span; ``clean`` records are
ordinary professional writing (citations, legislation, organisations, jargon, training dates)
in which a good check finds nothing.

To guard against tuning the detector to its own test, the phrasings, names and places here were
written from practice writing, not from the detector's patterns: many of the first names are
not in the detector's name list, and identifiers appear in the varied ways practitioners write
them. The seed is fixed so the file is reproducible.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261128
N_PLANTED = 240
N_CLEAN = 240
OUT = Path(__file__).resolve().parent / "data" / "eval_set.jsonl"

# --- people and places (the generator's own lists) ------------------------------------------------
CHILD_NAMES = """Jayden Amelia Tyler Kacey Rhiannon Oluwaseun Bartosz Leighton Destiny Kian Mckenzie
Tegan Alfie Nevaeh Maisie Kai Ruby-Mae Deshawn Aleksandra Zainab Ibrahim Lacey-Jo Harley Skye
Mason Ellis Lexi Romeo Tia-Marie Oliwia Musa Freya Kayden Brooke Eliza Jenson Aryan Nikola Bobbi
Keeley Shay Ayaan Caleb Marley Ciara Ollie Dmitri Amara Luka Reggie Wiktor Hafsa Tommy-Lee Kyra""".split()
ADULT_FIRST = """Kelly Stacey Dean Marcus Leanne Sharon Wayne Gemma Dariusz Nadia Precious Sandra Lee
Tracey Craig Bernadette Mohammed Shelley Janine Gareth Agnieszka Rukhsana Donna Terry Colette Samira
Lorraine Fiona Pauline Raymond Doreen Maureen Ifeoma Jolene Kerry-Ann Anton Roxanne Brendan Hazel
Eileen Norman Sheila Imran Carly Rosa""".split()
SURNAMES = """Brown Hughes Kowalski Okafor Begum Ahmed Patel Walsh Jenkins Campbell Thompson Ali
Nowak Hussain Wright Doherty Evans Clarke Mensah Reid Lewandowski Iqbal Fletcher Bailey Barker
Murray Gallagher Osei Pearson Shah Kaur Rahman Holloway Dunn Pryce Atherton Lynch Adeyemi Brennan
Sutcliffe Yilmaz Popescu Haddad""".split()
STREETS = """Acacia Avenue|Ladypool Road|Meadow Close|Station Road|Church Lane|Birch Grove|
Bramley Crescent|Victoria Street|Chapel Street|Mill Lane|Orchard Way|Hawthorn Drive|Kingsway|
Albert Terrace|St John's Road|Beech Gardens|Clarendon Place|Windsor Court|Park View|Rowan Walk|
Greenbank Rise|Cedar Mews|Fairfield Square|Tanner's Row|Foxglove Way""".replace("\n", "").split("|")
SCHOOLS = """St Mary's Primary School|Oakwood Academy|Kingsmead High School|Greenfields Nursery|
Brookside Infant School|Holy Trinity CofE Primary School|Ashton Park Academy|Castlefield Junior School|
Millbrook Primary School|Thornhill Secondary School|Little Acorns Nursery|St Aidan's Catholic High School|
Westfield Academy|Parkside Pupil Referral Unit""".replace("\n", "").split("|")
SURGERIES = """Riverside Surgery|Park View Medical Centre|Lister Health Centre|Bridge Street Surgery|
The Limes Medical Practice|Moorland Health Centre|Beacon Medical Centre|Abbey Road Surgery|
Heaton Medical Practice""".replace("\n", "").split("|")
CARE_HOMES = """Beechwood Care Home|Elm House Nursing Home|Meadowbank Lodge|Rosedene Care Home|
Hollybank Residential Home|Willow Court Care Home|Oak Tree Lodge|Sunnyside Nursing Home|
Larkfield Children's Home""".replace("\n", "").split("|")
WARDS = ["Ward 7B", "Ward 22", "Maple Ward", "Ward 12", "Bluebell Ward", "Ward C4", "Ash Ward"]
HOSPITAL_WARD_SUFFIX = ["", "", " at Royal Oldham Hospital", " at the Northern General"]
OUTWARD = """M14 B12 LS6 NE4 CF10 EH8 BS5 L8 S3 NG7 PR1 BD8 OL9 WV10 SR2 HU3 DE23 ST4 LE5 CV6 N17
E15 SE15 SW9 W12 TS1 BB1 WN5 HD1 G31 DD1 PL4 EX4 NP19 LU1 RG1 PO1""".split()
POST_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EMAIL_DOMAINS = [
    "gmail.com",
    "hotmail.co.uk",
    "yahoo.co.uk",
    "outlook.com",
    "icloud.com",
    "live.co.uk",
]

PRACTITIONERS = [
    "Jo Bloggs",
    "Amira Haddad",
    "Tom Reilly",
    "Grace Mensah",
    "Priya Nair",
    "Owen Price",
]
PEERS = [
    ("Sam Okoro", "practice educator"),
    ("Helen Marsh", "team manager"),
    ("Callum Reid", "senior practitioner"),
    ("Nasreen Akhtar", "peer in my team"),
    ("Dave Whitfield", "ASYE assessor"),
]


# --- identifiers ----------------------------------------------------------------------------------
def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        if digits[0] == 0:
            continue
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        check = 0 if check == 11 else check
        if check == 10:
            continue
        s = "".join(map(str, digits)) + str(check)
        style = rng.randint(0, 2)
        return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][style]


def ni_number(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        first, second = "J", "T"
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{first}{second}{digits}{suffix}"
    return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"


def postcode(rng: random.Random) -> str:
    inward = f"{rng.randint(0, 9)}{rng.choice(POST_LETTERS)}{rng.choice(POST_LETTERS)}"
    return f"{rng.choice(OUTWARD)} {inward}"


def phone(rng: random.Random) -> str:
    n = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    forms = [
        lambda: f"07{n(3)} {n(6)}",
        lambda: f"07{n(9)}",
        lambda: f"07{n(3)} {n(3)} {n(3)}",
        lambda: f"0161 {n(3)} {n(4)}",
        lambda: f"020 {n(4)} {n(4)}",
        lambda: f"(0113) {n(3)} {n(4)}",
        lambda: f"+44 7{n(3)} {n(6)}",
        lambda: f"+44 (0)1{n(3)} {n(6)}",
        lambda: f"01{n(3)} {n(6)}",
        lambda: f"0044 7{n(3)} {n(6)}",
        lambda: f"+48 {n(3)} {n(3)} {n(3)}",
    ]
    return rng.choice(forms)()


def email(rng: random.Random, first: str, last: str) -> str:
    f, s = first.lower().replace("-", ""), last.lower()
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{f[0]}{s}",
            f"{f}{rng.randint(70, 99)}",
            f"{f}_{s}{rng.randint(1, 9)}",
            f"{s}.{f}",
        ]
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    r = rng.random()
    if r < 0.6:
        return f"{rng.randint(1, 180)}{rng.choice(['', '', '', 'a', 'b'])} {street}"
    if r < 0.8:
        return f"Flat {rng.randint(1, 40)}, {rng.randint(2, 90)} {street}"
    return f"Flat {rng.randint(1, 40)}, {rng.choice(['Jubilee', 'Nelson', 'Carlton', 'Marlowe'])} House"


def reference(rng: random.Random) -> str:
    n = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    forms = [
        lambda: n(7),
        lambda: f"CS/{rng.randint(2016, 2025)}/{n(4)}",
        lambda: f"CP-{rng.randint(2019, 2025)}-{n(3)}",
        lambda: f"SW{n(6)}",
        lambda: f"ZE{rng.randint(20, 25)}C{n(5)}",
        lambda: f"{n(2)}/{n(5)}/{rng.randint(20, 25)}",
        lambda: n(6),
        lambda: f"ASC-{n(5)}",
    ]
    return rng.choice(forms)()


MONTH_NAMES = (
    "January February March April May June July August September October November December".split()
)


def dob(rng: random.Random, child: bool = True) -> str:
    year = rng.randint(2008, 2022) if child else rng.randint(1935, 1990)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    forms = [
        f"{day:02d}/{month:02d}/{year}",
        f"{day}/{month}/{year}",
        f"{day} {MONTH_NAMES[month - 1]} {year}",
        f"{day}.{month}.{str(year)[2:]}",
        f"{year}-{month:02d}-{day:02d}",
        f"{MONTH_NAMES[month - 1]} {day}, {year}",
        f"{day}th {MONTH_NAMES[month - 1]} {year}",
    ]
    return rng.choice(forms)


AGE_WORDS = "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen".split()


# --- sentence templates with slots ---------------------------------------------------------------
# Slots: {child} {child_full} {adult} {titled} {initials} {age} {age_word} {adult_age} {dob}
# {adult_dob} {nhs} {ni} {postcode} {phone} {email} {address} {ref} {school} {gp} {carehome} {ward}
PLANTED_TEMPLATES: dict[str, list[str]] = {
    "name": [
        "When I arrived, {child} was hiding behind the sofa and would not make eye contact.",
        "{child_full} had been missing from school for most of the autumn term.",
        "I had planned the visit around what {adult} had told me on the phone, but she was not in.",
        "Her son {child} was excited to show me his drawings.",
        "The mother, {adult}, said she felt judged by every professional she had met.",
        "{child}'s grandmother has been the steady presence throughout.",
        "I met {titled} at the family home with the interpreter.",
        "{titled} described her worries about the stairs and the night-time falls.",
        "Working with {adult} and her partner showed me how shame shapes what parents tell us.",
        "I noticed that {child} only relaxed once the conversation moved to football.",
        "In supervision we talked about why I kept avoiding difficult questions with {titled}.",
        "Foster carer {adult_full} rang me after the contact session to say it had gone badly.",
        "The young person ({initials}) told me she felt nobody listened to her.",
        "{initials}'s father had not been invited to the meeting, which I now see as a mistake.",
        "I supported {adult} to prepare for the review and she chaired part of it herself.",
        "Her partner {adult} refused to engage, and I had to think about risk differently.",
        "It was {child} who finally explained what happened at bedtime.",
        "I should have asked {child_full} directly what she wanted, rather than relying on adults.",
        "After the strategy discussion I visited {adult} again to explain the outcome.",
        "{adult} and I agreed a written plan for the weekend.",
        "Mum ({adult}) was clear that she wanted the children home.",
        "I spent time with {child} and her little brother at the contact centre.",
        "{titled}'s daughter asked for a carers' assessment.",
        "Speaking with {child} about his nan's illness was harder than I expected.",
    ],
    "age": [
        "The youngest is only {age} and struggles to settle at night.",
        "She was {age} when she first went into care.",
        "A {age}-year-old should not be left in charge of younger siblings overnight.",
        "I was struck that a child aged {age} could describe the violence so precisely.",
        "He is now {age} and wants a say in where he lives.",
        "Her {age_word}-year-old son does most of the cooking.",
        "At the review the {adult_age}-year-old said he wanted to stay in his own home.",
        "The boy, who is {age}, told me he had not eaten since lunchtime.",
        "Mrs Ahmed's mother, aged {adult_age}, lives alone since the stroke.",
        "Her eldest turned {age} last month and is now looking after the baby.",
        "The baby is {months} months old and has missed two health visitor appointments.",
        "Working with a {age} year old who had been exploited online changed my practice.",
        "I found it hard to hear that a girl of {age} was being groomed.",
    ],
    "date_of_birth": [
        "The referral gave her date of birth as {dob}, which did not match the school's records.",
        "Baby was born on {dob} and was discharged home after three days.",
        "DOB: {dob}.",
        "I checked the DOB ({dob}) against the GP record before the meeting.",
        "Her son (born {dob}) has an EHCP.",
        "He was born {adult_dob}, so the Care Act assessment had to consider his long history.",
        "Date of birth {dob} was recorded wrongly on the system, and that caused delay.",
        "The child's birthday is {dob_short}, the day after the hearing.",
    ],
    "nhs_number": [
        "I had to quote her NHS number ({nhs}) to get the discharge summary.",
        "NHS no. {nhs} was on the letter I scanned as evidence.",
        "The hospital would only talk to me once I gave them the NHS number, {nhs}.",
        "I wrote {nhs} on the referral form, which I now realise was not necessary.",
        "His NHS number is {nhs}.",
    ],
    "ni_number": [
        "To sort out the benefits claim we needed his National Insurance number, {ni}.",
        "NI number: {ni}.",
        "She showed me a letter from the DWP with her NI no. {ni} on it.",
        "I rang the Jobcentre on her behalf and gave them {ni}.",
        "His national insurance number ({ni}) was missing from the form.",
    ],
    "postcode": [
        "The family moved to {postcode} in the spring, away from the rest of the family.",
        "The address on the referral was in {postcode}, a different local authority.",
        "Postcode {postcode} meant the case sat on the boundary between two teams.",
        "I drove to {postcode} for the joint visit with the police.",
        "She gave her new postcode as {postcode}.",
    ],
    "phone": [
        "Mum's mobile is {phone} and she prefers texts.",
        "I left a voicemail on {phone} but nobody rang back.",
        "The foster carer's number ({phone}) was on the placement plan.",
        "Her sister in Poland can be reached on {phone}.",
        "I called {phone} three times before the visit.",
        "Contact number: {phone}.",
    ],
    "email": [
        "She emailed me from {email} late at night, which told me how anxious she was.",
        "I sent the plan to {email} so that Dad had it in writing.",
        "The young person's email address ({email}) was in the minutes.",
        "Contact: {email}.",
        "His daughter asked me to copy her in at {email}.",
    ],
    "address": [
        "The family live at {address}, a damp flat above a takeaway.",
        "I visited {address} with the health visitor.",
        "He has lived at {address} for forty years.",
        "The police were called to {address} twice in one week.",
        "The new address, {address}, is a long way from school.",
        "She is staying at her cousin's, {address}, until the repairs are done.",
    ],
    "reference": [
        "The Mosaic case number is {ref}.",
        "I added a case note under reference {ref}.",
        "Court case number {ref} was listed for the final hearing.",
        "The referral ({ref}) had been closed twice before.",
        "Ref: {ref}.",
        "I quoted the file number {ref} when I rang the duty desk.",
        "LCS ID {ref} showed three previous section 47 enquiries.",
        "Police log {ref} recorded the incident.",
    ],
    "institution": [
        "He attends {school} and his teacher raised the first concern.",
        "She has been at {school} since reception and the staff know her well.",
        "The designated safeguarding lead at {school} made the referral.",
        "Her GP at {gp} had not seen her for two years.",
        "He is registered with {gp} but has missed his reviews.",
        "She moved into {carehome} after the hospital discharge.",
        "He has been a resident at {carehome} for eighteen months.",
        "She was admitted to {ward}{hospital} after the overdose.",
        "I visited him on {ward}{hospital} to talk about going home.",
        "Staff at {carehome} told me she had stopped eating.",
        "His sister goes to {school} too.",
    ],
}

CLEAN_SENTENCES = [
    "I attended a two-hour webinar on trauma-informed practice run by Research in Practice on 14 March 2024.",
    "Munro (2011) argues that the child protection system had become too focused on procedure.",
    "Ferguson et al. (2020) describe how home visits are embodied, sensory encounters.",
    "Reading Featherstone, White and Morris (2014) made me rethink what family support means.",
    "The session covered section 47 enquiries and the threshold for a strategy discussion.",
    "We discussed the difference between a child in need plan under section 17 and a CP plan.",
    "The Children Act 1989 makes the child's welfare the paramount consideration.",
    "The Care Act 2014 gave me a clearer language for wellbeing and prevention.",
    "The Mental Capacity Act 2005 principles now shape how I start every capacity assessment.",
    "I completed my Level 3 safeguarding refresher, which took 3.5 hours.",
    "The trainer explained how the MASH triages contacts within 24 hours.",
    "We looked at the PLO pre-proceedings letter and how parents experience it.",
    "This maps to Social Work England professional standard 4.6 and to PCF domain 5.",
    "I shared what I learnt at our team meeting on 2 May 2024.",
    "Working Together to Safeguard Children (2023) is clearer about the role of parents.",
    "The MacAlister review (2022) calls for a shift towards family help.",
    "BASW's Code of Ethics (2021) reminded me of the value of social justice.",
    "Ofsted's ILACS framework asks how well leaders know their frontline practice.",
    "CQC inspections of care homes look at whether people are treated with dignity.",
    "NHS England's guidance on discharge to assess was the focus of the second half.",
    "The podcast from Community Care discussed caseloads and burnout in children's services.",
    "Gibbs' reflective cycle (1988) helped me structure this reflection.",
    "Kolb (1984) describes learning as a cycle of experience, reflection and experimentation.",
    "Schön (1983) distinguishes reflection in action from reflection on action.",
    "I read chapter 4 of Trevithick (2012) on relationship-based practice.",
    "Ruch, Turney and Ward (2018) argue for the centrality of relationships.",
    "The Victoria Climbié Inquiry (Laming, 2003) still shapes multi-agency working.",
    "The Child Q review (2022) made me think about adultification of Black girls.",
    "Ray Jones's account of the Baby P case shows how the media shaped the response.",
    "LAC reviews should put the young person's voice at the centre.",
    "We practised writing SMART outcomes for an EHCP review.",
    "DoLS authorisations will be replaced by the Liberty Protection Safeguards.",
    "Section 20 accommodation must be voluntary, and the judgment in Williams made that clear.",
    "The IRO role is to make sure the care plan meets the child's needs.",
    "The course was run by the local safeguarding children partnership.",
    "The ASYE programme gave me protected time for this reading.",
    "According to the ONS, around 10,000 children are adopted each year in England.",
    "A 2019 study found that 56% of social workers felt stressed by their workload.",
    "Children aged 0-5 are the largest group on child protection plans.",
    "Services for young people aged 16 to 25 are patchy across the region.",
    "People aged 65 and over make up most of the referrals to adult social care.",
    "The webinar lasted 90 minutes and included a case study from a fictional family.",
    "I now ask the mother and father separately about what support they need.",
    "A foster carer on the panel spoke about the impact of placement moves.",
    "Hearing from a care-experienced trainer changed how I write case records.",
    "The presenter used the Signs of Safety framework to show how danger statements work.",
    "The NICE guideline NG76 on child abuse and neglect was discussed.",
    "I used Thompson's PCS model to think about discrimination at different levels.",
    "Bronfenbrenner's ecological model helped me map the wider network around a family.",
    "The slides are at https://www.researchinpractice.org.uk/children/ for later reference.",
    "The article is doi:10.1093/bjsw/bcab102 in the British Journal of Social Work.",
    "The reading list included ISBN 978-1-4473-4523-9 on reflective practice.",
    "Over 12 years in practice I have rarely had training on financial abuse.",
    "This learning will help me in supervision, in court statements and in assessments.",
    "I took 2.5 hours to read the report and make notes.",
    "The Mental Health Act 1983 and the AMHP role were explained by an experienced AMHP.",
    "The Domestic Abuse Act 2021 recognises children as victims in their own right.",
    "SCIE's guidance on strengths-based approaches was recommended reading.",
    "The MARAC process and the role of the IDVA were covered in detail.",
    "I will use the genogram tool at my next initial assessment.",
    "Professor Eileen Munro's keynote stressed systems thinking over blame.",
    "Harry Ferguson's research on child protection practice shows how workers avoid children.",
    "Dr Jadwiga Leigh's work on organisational culture made me look at my own team.",
    "A webinar by Siobhan Maclean on reflective writing gave me new prompts.",
    "Andy Mantell's book on mental health practice was useful for my AMHP application.",
    "Lisa Morriss writes about the emotional labour of mental health social work.",
    "Our principal social worker led the session on practice standards.",
    "The CIN review format now starts with what is working well.",
    "The Family Court expects chronologies to be accurate and concise.",
    "Section 17 support can include practical help with transport and childcare.",
    "Social Work England's CPD guidance says reflection matters more than hours.",
    "I recorded this CPD on 30 November 2024, within the registration period.",
    "The e-learning module from the Open University took about 6 hours.",
    "The kinship care strategy (2023) sets out support for special guardians.",
    "Adultification is described in the Children's Society briefing (2023).",
    "The Human Rights Act 1998, article 8, was central to the discussion.",
    "I found the Equality Act 2010 section on reasonable adjustments helpful.",
    "Skills for Care's Knowledge and Skills Statement for adults was the structure.",
    "Next month I will shadow the Emergency Duty Team for one shift.",
    "We discussed Kübler-Ross and why grief does not run in neat stages.",
    "The team manager and I agreed I would co-work a complex case to build confidence.",
    "The Local Government Association published the benchmark in 2023.",
    "The Youth Justice Board standards (2019) emphasise a child-first approach.",
    "Contextual safeguarding (Firmin, 2020) changed how our team maps peer groups.",
    "Sidebotham et al. (2016) analysed serious case reviews over three years.",
    "The Care Quality Commission rated the service as requires improvement in 2022.",
    "I found Howe's attachment handbook (2011) useful when preparing for a panel.",
    "The Independent Review of Children's Social Care (2022) is worth rereading.",
    "I have booked the two-day Court skills course in February 2025.",
    "Practice educators from the Teaching Partnership ran the session in Manchester.",
    "I realised that I rely on jargon such as CIN, CP and LAC in letters to families.",
    "In group supervision we reflected on the Daniel Pelka review (2013).",
    "Safeguarding adults reviews often find that professional curiosity was missing.",
    "A third of the audience worked in CAMHS and shared their thresholds.",
    "Anti-racist practice (Tedam, 2021) is now part of my supervision agenda.",
    "The BASW 80-20 campaign is about spending more time with people.",
    "The Frontline programme's systemic approach was explained in week 2.",
]

TITLES = [
    "Reflection on a home visit",
    "Learning from a strategy discussion",
    "Supervision on a complex case",
    "Webinar: trauma-informed practice",
    "Reading: relationship-based practice",
    "Peer reflection on capacity assessment",
    "Training: Care Act assessments",
    "Court skills workshop",
    "What a difficult visit taught me",
    "Contextual safeguarding course",
    "Podcast on burnout",
    "Shadowing the hospital discharge team",
    "Learning about exploitation",
    "Reflection on a review meeting",
    "Working with interpreters",
]

PEER_TEXTS = [
    "{peer_first} helped me see that my worry was about my own confidence, not the plan.",
    "Talking it through with {peer_first} made me slow down and check my assumptions.",
    "My {peer_role} challenged me to think about what the child would say about my record.",
    "We agreed that I would try the approach in my next assessment and review it together.",
]

TAGS_CLEAN = [
    "safeguarding",
    "reflection",
    "care act",
    "capacity",
    "court",
    "trauma",
    "supervision",
]
EVIDENCE_CLEAN = ["certificate.pdf", "slides_trauma_2024.pdf", "notes.docx", "reading-list.pdf"]


@dataclass
class Builder:
    """Joins pieces of text and records labelled spans."""

    text: str = ""
    labels: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, piece: str, kind: str | None = None) -> None:
        if kind is not None:
            self.labels.append((len(self.text), len(self.text) + len(piece), kind))
        self.text += piece


SLOT_RE = re.compile(r"\{(\w+)\}")


@dataclass
class Person:
    first: str
    last: str


def render(template: str, rng: random.Random, builder: Builder, people: dict[str, Person]) -> None:
    """Append a template to ``builder``, filling and labelling its slots."""
    child, adult = people["child"], people["adult"]

    def titled() -> str:
        title = rng.choice(["Mrs", "Mr", "Ms", "Miss", "Mrs"])
        return f"{title} {adult.last}"

    def initials() -> str:
        return f"{adult.first[0]}{adult.last[0]}"

    slots: dict[str, Callable[[], tuple[str, str | None]]] = {
        "child": lambda: (child.first, "name"),
        "child_full": lambda: (f"{child.first} {child.last}", "name"),
        "adult": lambda: (adult.first, "name"),
        "adult_full": lambda: (f"{adult.first} {adult.last}", "name"),
        "titled": lambda: (titled(), "name"),
        "initials": lambda: (initials(), "name"),
        "age": lambda: (str(rng.randint(2, 17)), "age"),
        "age_word": lambda: (rng.choice(AGE_WORDS), "age"),
        "adult_age": lambda: (str(rng.randint(67, 96)), "age"),
        "months": lambda: (str(rng.randint(3, 11)), "age"),
        "dob": lambda: (dob(rng), "date_of_birth"),
        "adult_dob": lambda: (dob(rng, child=False), "date_of_birth"),
        "dob_short": lambda: (f"{rng.randint(1, 28)} {rng.choice(MONTH_NAMES)}", "date_of_birth"),
        "nhs": lambda: (nhs_number(rng), "nhs_number"),
        "ni": lambda: (ni_number(rng), "ni_number"),
        "postcode": lambda: (postcode(rng), "postcode"),
        "phone": lambda: (phone(rng), "phone"),
        "email": lambda: (email(rng, adult.first, adult.last), "email"),
        "address": lambda: (address(rng), "address"),
        "ref": lambda: (reference(rng), "reference"),
        "school": lambda: (rng.choice(SCHOOLS), "institution"),
        "gp": lambda: (rng.choice(SURGERIES), "institution"),
        "carehome": lambda: (rng.choice(CARE_HOMES), "institution"),
        "ward": lambda: (rng.choice(WARDS), "institution"),
        "hospital": lambda: (rng.choice(HOSPITAL_WARD_SUFFIX), None),
    }
    pos = 0
    for m in SLOT_RE.finditer(template):
        builder.add(template[pos : m.start()])
        value, kind = slots[m.group(1)]()
        if m.group(1) == "hospital" and value:
            # the hospital is part of the labelled place: extend the ward's label
            start, _end, k = builder.labels[-1]
            builder.add(value)
            builder.labels[-1] = (start, len(builder.text), k)
        else:
            builder.add(value, kind)
        pos = m.end()
    builder.add(template[pos:])


def fillers(rng: random.Random, k: int) -> list[str]:
    return rng.sample(CLEAN_SENTENCES, k)


def make_record(rng: random.Random, index: int, planted_kinds: list[str]) -> dict[str, object]:
    practitioner = rng.choice(PRACTITIONERS)
    peer_name, peer_role = rng.choice(PEERS)
    people = {
        "child": Person(rng.choice(CHILD_NAMES), rng.choice(SURNAMES)),
        "adult": Person(rng.choice(ADULT_FIRST), rng.choice(SURNAMES)),
    }
    sections: dict[str, Builder] = {k: Builder() for k in ("description", "learnt", "impact")}
    # spread the clean filler and the planted sentences over the sections
    pieces: list[tuple[str, bool]] = [(s, False) for s in fillers(rng, rng.randint(3, 6))]
    for kind in planted_kinds:
        pieces.insert(rng.randint(0, len(pieces)), (rng.choice(PLANTED_TEMPLATES[kind]), True))
    keys = list(sections)
    for i, (sentence, planted) in enumerate(pieces):
        key = keys[min(i * len(keys) // len(pieces), len(keys) - 1)]
        b = sections[key]
        if b.text:
            b.add(" ")
        if planted:
            render(sentence, rng, b, people)
        else:
            b.add(sentence)
    peer = None
    peer_builder = Builder()
    if rng.random() < 0.4:
        text = rng.choice(PEER_TEXTS).format(peer_first=peer_name.split()[0], peer_role=peer_role)
        peer_builder.add(text)
        peer = {"name": peer_name, "role": peer_role, "text": text}
    if rng.random() < 0.25:
        first_word = practitioner.split()[0]
        b = sections["impact"]
        b.add(f" As {first_word}, I will keep a note of this in my learning log.")
    labels = []
    for key, b in sections.items():
        labels.extend(
            {"field": f"reflection.{key}", "start": s, "end": e, "kind": k, "text": b.text[s:e]}
            for s, e, k in b.labels
        )
    title = rng.choice(TITLES)
    tags = rng.sample(TAGS_CLEAN, rng.randint(0, 3))
    evidence = rng.sample(EVIDENCE_CLEAN, rng.randint(0, 2))
    # sometimes an identifier lands in the title or an evidence file's name, as it does in life
    if planted_kinds and rng.random() < 0.12:
        child = people["child"]
        title = f"Visit to {child.first}"
        labels.append(
            {
                "field": "title",
                "start": 9,
                "end": 9 + len(child.first),
                "kind": "name",
                "text": child.first,
            }
        )
    if planted_kinds and rng.random() < 0.08:
        child = people["child"]
        name = f"{child.first.lower()}_{child.last.lower()}_school_report.pdf"
        evidence.append(name)
        i = len(evidence) - 1
        end = len(child.first) + 1 + len(child.last)
        labels.append(
            {"field": f"evidence.{i}", "start": 0, "end": end, "kind": "name", "text": name[:end]}
        )
    return {
        "id": f"{'p' if planted_kinds else 'c'}-{index:04d}",
        "category": "planted" if planted_kinds else "clean",
        "practitioner": practitioner,
        "title": title,
        "sections": {k: b.text for k, b in sections.items()},
        "peer": peer,
        "tags": tags,
        "source_notes": "",
        "evidence": evidence,
        "labels": labels,
    }


def main() -> None:
    rng = random.Random(SEED)
    kinds = list(PLANTED_TEMPLATES)
    records = []
    for i in range(N_PLANTED):
        # every kind appears regularly; names, being the commonest leak, most often
        chosen = {kinds[i % len(kinds)], rng.choice(kinds)}
        if rng.random() < 0.5:
            chosen.add("name")
        records.append(make_record(rng, i + 1, sorted(chosen)))
    for i in range(N_CLEAN):
        records.append(make_record(rng, i + 1, []))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for label in r["labels"]:  # type: ignore[attr-defined]
            counts[label["kind"]] = counts.get(label["kind"], 0) + 1
    print(f"wrote {len(records)} records to {OUT}: labels per kind {counts}")


if __name__ == "__main__":
    main()
