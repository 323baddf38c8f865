"""Find details in an entry that could identify the people a social worker works with.

A careful colleague reading a reflection notices a client's name, a child's age, a date of
birth, an NHS number, a postcode, a school... This module notices the same things so that
nothing identifying leaves the machine in a PDF or an export. It is pure (no I/O, no Qt) and
fast enough to run after every keystroke: every pattern is compiled once, each is linear in
the length of the text (no nested quantifiers that can backtrack catastrophically), and the
number-based checks only run when the text contains a digit.

It is tuned not to cry wolf on ordinary professional writing: citations ("Munro (2011)",
"Ferguson et al."), legislation ("Children Act 1989", "section 47"), organisations and
regulators, practice jargon (MASH, PLO, CIN), links, the practitioner's own name and the peer
named in the peer reflection.

No third-party library is used. ``phonenumbers`` (libphonenumber) was measured as a phone
validator and changed nothing on the evaluation set or the look-alikes: a UK number's shape
and digit count already separate it from years, hours and citations. NER-based PII tools
(Presidio, scrubadub's name detectors) need model downloads, which cpdlog does not allow.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from typing import Any

from cpdlog.domain.confidentiality import general, model
from cpdlog.domain.confidentiality.model import Entity
from cpdlog.domain.entry import Entry


class Kind(StrEnum):
    """What sort of identifying detail a finding is. The values are stable ids."""

    NAME = "name"
    AGE = "age"
    DATE_OF_BIRTH = "date_of_birth"
    NHS_NUMBER = "nhs_number"
    NI_NUMBER = "ni_number"
    POSTCODE = "postcode"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    REFERENCE = "reference"
    INSTITUTION = "institution"
    EVENT = "event"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS: dict[Kind, str] = {
    Kind.NAME: "Person's name",
    Kind.AGE: "Exact age",
    Kind.DATE_OF_BIRTH: "Date of birth",
    Kind.NHS_NUMBER: "NHS number",
    Kind.NI_NUMBER: "National Insurance number",
    Kind.POSTCODE: "Postcode",
    Kind.PHONE: "Phone number",
    Kind.EMAIL: "Email address",
    Kind.ADDRESS: "Street address",
    Kind.REFERENCE: "Case or reference number",
    Kind.INSTITUTION: "Named school, surgery, care home or ward",
    Kind.EVENT: "Identifying event with its date",
}

# The same kinds as they read in the middle of a sentence ("an entry with NHS number,
# postcode."): proper nouns and initials keep their capitals, so never lower-case a label.
KIND_PHRASES: dict[Kind, str] = {
    Kind.NAME: "person's name",
    Kind.AGE: "exact age",
    Kind.DATE_OF_BIRTH: "date of birth",
    Kind.NHS_NUMBER: "NHS number",
    Kind.NI_NUMBER: "National Insurance number",
    Kind.POSTCODE: "postcode",
    Kind.PHONE: "phone number",
    Kind.EMAIL: "email address",
    Kind.ADDRESS: "street address",
    Kind.REFERENCE: "case or reference number",
    Kind.INSTITUTION: "named school, surgery, care home or ward",
    Kind.EVENT: "identifying event with its date",
}

KIND_EXPLANATIONS: dict[Kind, str] = {
    Kind.NAME: "This looks like the name of someone you work with. Regulators ask that CPD "
    "records do not identify the people you support.",
    Kind.AGE: "An exact age tied to a person helps identify them, especially with other details.",
    Kind.DATE_OF_BIRTH: "A date of birth identifies a person.",
    Kind.NHS_NUMBER: "This is a valid NHS number (it passes the Modulus 11 check).",
    Kind.NI_NUMBER: "This has the format of a National Insurance number.",
    Kind.POSTCODE: "A full UK postcode narrows a home down to a handful of addresses.",
    Kind.PHONE: "A phone number identifies the person or family it belongs to.",
    Kind.EMAIL: "An email address identifies the person it belongs to.",
    Kind.ADDRESS: "A street address identifies where someone lives.",
    Kind.REFERENCE: "Case, file and reference numbers link this record to a person's file.",
    Kind.INSTITUTION: "Naming the school, surgery, care home or ward someone attends helps "
    "identify them.",
    Kind.EVENT: "An incident told with its date (a fire, an assault, an arrest) can be found in "
    "the news or in records, and so points to the people involved.",
}

# When two findings overlap, the more specific kind wins (lower number first).
_PRIORITY: dict[Kind, int] = {
    Kind.NHS_NUMBER: 0,
    Kind.NI_NUMBER: 1,
    Kind.EMAIL: 2,
    Kind.DATE_OF_BIRTH: 3,
    Kind.PHONE: 4,
    Kind.POSTCODE: 5,
    Kind.ADDRESS: 6,
    Kind.INSTITUTION: 7,
    Kind.REFERENCE: 8,
    Kind.NAME: 9,
    Kind.AGE: 10,
    Kind.EVENT: 11,
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One identifying detail: where it is, what it is, and what to put in its place.

    ``field`` names the entry field (``title``, ``reflection.<key>``, ``peer.text``,
    ``tags.<i>``, ``source.notes``, ``evidence.<i>``); ``start``/``end`` index that field's
    text. ``fingerprint`` depends only on the kind and the normalised text, so a choice the
    user made about it ("not identifying") survives unrelated edits.
    """

    field: str
    start: int
    end: int
    kind: str
    confidence: float
    text: str
    suggestion: str
    fingerprint: str

    @property
    def label(self) -> str:
        return KIND_LABELS[Kind(self.kind)]

    @property
    def phrase(self) -> str:
        """The kind as it reads mid-sentence ("NHS number", "postcode")."""
        return KIND_PHRASES[Kind(self.kind)]

    @property
    def explanation(self) -> str:
        """One or two sentences for a tooltip or the export summary."""
        return KIND_EXPLANATIONS[Kind(self.kind)]


@dataclass(frozen=True, slots=True)
class ScanContext:
    """Names that are never findings: the practitioner's own and the peer's."""

    allowed_names: frozenset[str] = frozenset()

    @classmethod
    def build(cls, practitioner_name: str = "", peer_name: str = "") -> ScanContext:
        return _build_context(practitioner_name, peer_name)

    @classmethod
    def for_entry(cls, entry: Entry, practitioner_name: str = "") -> ScanContext:
        return cls.build(practitioner_name, entry.peer.name if entry.peer else "")


# ------------------------------------------------------------------------------------------------
# Word lists. Kept here (not in resources) because the rules and the lists are tuned together.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    stripped = unicodedata.normalize("NFKD", text)
    return "".join(c for c in stripped if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=256)
def _build_context(practitioner_name: str, peer_name: str) -> ScanContext:
    """The context for these two names; the same few pairs recur, so it is kept."""
    tokens: set[str] = set()
    for name in (practitioner_name, peer_name):
        for token in _WORD_RE.findall(name):
            if len(token) >= 2 and token.lower() not in _TITLE_WORDS:
                tokens.add(_fold(token))
    return ScanContext(frozenset(tokens))


_TITLE_WORDS = _words("mr mrs ms miss mx dr master")
_TITLE_TOKENS = _words("Mr Mrs Ms Miss Mx Dr Master")

# Common given names in the UK across its communities. Names that are also ordinary words
# (Will, Grace, Hope, Amber, Frank...) are left out: they are found only in context.
_FIRST_NAMES = _words(
    """
    Aaliyah Aaron Abdul Abdullah Abigail Adam Adebayo Adeola Aditya Adrian Ahmed Aidan Aiden
    Aimee Aisha Alan Albert Alex Alexander Alexandra Alfie Ali Alice Alicia Alison Amanda Amara
    Amelia Amir Amira Amy Andrea Andrew Andy Angela Anna Anne Annie Anthony Antonio Archie Arjun
    Arthur Ashley Asif Ava Ayesha Barbara Barry Beatrice Ben Benjamin Bethany Beverley Billy
    Blessing Bogdan Bradley Brandon Brenda Brian Bronwen Bryony Caitlin Callum Cameron Carl
    Carla Carly Carmen Caroline Casey Catherine Charlie Charlotte Chelsea Chidi Chloe Chris
    Christine Christopher Ciara Claire Colin Connor Courtney Craig Daniel Danielle Darren Dave
    David Dawid Declan Demi Denise Derek Dylan Ebony Edward Eilidh Elaine Eleanor Elena Eliza
    Elizabeth Ella Ellie Elliot Ellis Emily Emma Erin Ethan Eva Evie Ewan Fatima Finlay Finley
    Fiona Freddie Freya Gabriel Gareth Gary Gavin Gemma George Georgina Graham Gurpreet Hannah
    Harjit Harley Harper Harriet Harrison Harry Harvey Hassan Hayley Heather Helen Henry Holly
    Ibrahim Imran Isaac Isabel Isabella Isabelle Isla Ismail Jacob Jade Jadon Jake James Jamie
    Jan Jane Janet Jasmine Jason Jay Jayden Jenna Jennifer Jessica Jodie Joe Joel Johannes John
    Jonathan Joseph Josh Joshua Julie Justin Kacper Kai Karen Karim Kasia Katie Kayden Kayleigh
    Keith Kelly Kerry Kevin Khadija Kieran Kim Kirsty Kofi Kyle Lacey Laila Lana Laura Lauren
    Layla Leah Lee Leo Leon Lewis Liam Lily Lisa Logan Lola Louis Louise Lucas Lucy Luke Lydia
    Maddison Mariam Maria Marie Martin Maryam Mason Matthew Megan Mia Michael Michelle Mihai
    Milena Millie Mohammed Mohammad Muhammad Nadia Naomi Natalie Nathan Neil Niamh Nicola Noah
    Nicole Oliver Olivia Omar Oscar Owen Paige Patrick Paul Paula Peter Philip Phoebe Piotr
    Precious Priya Rachel Rajesh Rebecca Reece Rhys Riley Robert Robyn Rory Rosie Ruth Ryan
    Sadia Saima Sally Samantha Samir Samuel Sandra Sara Sarah Scott Sean Shannon Sharon Shauna
    Sienna Simon Siobhan Sofia Sophie Stacey Stefan Stephen Steven Stuart Susan Tanya Tariq
    Teresa Thomas Tia Tiffany Tom Toby Tommy Tracey Tyler Tyrone Usman Vanessa Wayne Wiktoria
    William Yasmin Yusuf Zac Zainab Zara Zoe Zoë
    """
)

_AUTHOR_SURNAMES = _words(
    """
    Ainsworth Atkins Banks Beek Beresford Bion Borton Boud Bowlby Broadhurst Bronfenbrenner
    Brookfield Bywaters Cleaver Cooper Crittenden Dalzell Dominelli Driscoll Dweck Egan Erikson
    Fahlberg Featherstone Ferguson Fonagy Fook Forrester Freire Gibbs Gilligan Goffman Gupta
    Hardiker Hawkins Healy Hingley-Jones Hood Horwath Howe Ingram Johns Kadushin Kahneman Karpman
    Kinman Kolb Kübler-Ross Laming Lefevre MacAlister Maclean Maslach Maslow Mezirow Milner
    Moon Morrison Munby Munro Parton Payne Piaget Reder Rogers Rolfe Ruch Saleebey Sawyer Schofield
    Schön Schon Scragg Seligman Shohet Shulman Sidebotham Tedam Thompson Trevithick Tuckman
    Turney Vygotsky Winnicott Wonnacott
    """
)

# Cases whose names are public and routinely discussed in training; not a confidentiality risk.
_PUBLIC_CASES = (
    "victoria climbié",
    "victoria climbie",
    "peter connelly",
    "baby p",
    "baby peter",
    "daniel pelka",
    "arthur labinjo-hughes",
    "star hobson",
    "khyra ishaq",
    "hamzah khan",
    "jasmine beckford",
    "maria colwell",
    "ellie butler",
    "logan mwangi",
    "finley boden",
    "sara sharif",
    "steven hoskin",
    "child q",
    "winterbourne view",
)

# Places and organisations that a reflection names without identifying anyone.
_PLACES_AND_ORGS = _words(
    """
    Manchester Birmingham Leeds Liverpool Sheffield Bristol Newcastle Nottingham Leicester
    Coventry Bradford Cardiff Swansea Newport Edinburgh Glasgow Aberdeen Dundee Belfast Derry
    Londonderry Hull Stoke Wolverhampton Plymouth Southampton Portsmouth Reading Derby Sunderland
    Brighton Hove Oxford Cambridge Norwich Exeter York Lancaster Preston Blackpool Bolton Wigan
    Oldham Rochdale Salford Stockport Tameside Trafford Bury Kirklees Calderdale Wakefield
    Barnsley Rotherham Doncaster Middlesbrough Durham Gateshead Cumbria Lancashire Yorkshire
    Kent Essex Surrey Sussex Devon Cornwall Somerset Dorset Hampshire Norfolk Suffolk Lincolnshire
    Cheshire Merseyside Northumberland Hertfordshire Berkshire Wiltshire Gloucestershire Midlands
    Hackney Haringey Lambeth Southwark Lewisham Newham Tower Hamlets Camden Islington Croydon
    Brent Ealing Enfield Barnet Westminster Kensington Chelsea Greenwich Bromley Harrow Hillingdon
    Europe Africa Asia America Australia Canada India Pakistan Bangladesh Nigeria Ghana Somalia
    Poland Romania Syria Afghanistan Eritrea Sudan Iran Iraq Ukraine Albania Vietnam China Jamaica
    Barnardo's Barnardos NSPCC Coram Shelter Refuge Mind Mencap Scope Samaritans Kooth Nacro
    Frontline Cafcass Nuffield Rees Unicef Oxfam Turning Action Citizens Advice Carers Women's
    Aid Kids Become Listening Place Childline Gingerbread Relate Parentline Grandparents Plus
    Skills Community Research Institute Foundation Centre Center Society Association Commission
    College Partnership Alliance Collaborative Commissioner Ombudsman Parliament Whitehall
    Department Ministry Home Office Education Justice Youth Board Inquiry Review Panel
    Signs Safety Think Ahead Step Up Teach First Open University Williams
    """
)

# Capitalised words that follow a role word or start a sentence but are not names.
_NOT_NAMES = (
    _words(
        """
    I I'm I've I'd A An The This That These Those He She They We It His Her Their Our My Your
    Its Him Them Us Me Who What When Where Why How Which Whilst While After Before During Since
    Although Though If As At In On Of By For From To With And But Or So Not No Yes Also Then
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Christmas Easter Eid Ramadan Diwali
    Social Work Worker Workers England English Wales Welsh Scotland Scottish Ireland Irish
    Northern British Britain UK London Council Court Family Children Children's Child Services
    Service Care Act Team Teams Health Trust School Academy Local Authority Agencies Agency
    Organisations Organisation Partnership Network Forum Board Police Probation Hospital Practice
    Practitioner Supervisor Manager Head Lead Principal Officer Independent Reviewing Chair
    Safeguarding Protection Plan Conference Review Meeting Panel Assessment Unit Centre Home
    Zoom Microsoft Google Twitter LinkedIn Facebook Instagram TikTok WhatsApp YouTube Mosaic
    Muslim Christian Jewish Hindu Sikh Catholic Polish Romanian Somali Black White Asian Arabic
    Urdu Punjabi Bengali Eritrean Afghan Syrian Kurdish Albanian Roma Traveller Gypsy Irish
    Mum Dad Mother Father Nan Gran Grandma Grandad Auntie Uncle Baby Sir Madam Miss Lord Lady
    Professor Prof Dr Mr Mrs Ms Mx Justice Judge Magistrate Guardian Cafcass Ofsted NHS
    Covid Brexit Internet Government Parliament Department Section Schedule Part Regulation
    Standard Standards Domain Level Module Unit Chapter Appendix Table Figure Page Note Notes
    Today Yesterday Tomorrow Later Earlier Afterwards Initially Finally Overall However Therefore
    Reflecting Looking Going Having Being Using Working Thinking Following Today's Everyone
    Nobody Someone Anyone Both Each Every Some Many Most All Any Other Another Such One Two Three
    Four Five Six Seven Eight Nine Ten Mine Yours Hers Ours Theirs Everything Nothing Something
    Anything Everybody Somebody Nobody Anybody
    """
    )
    | _PLACES_AND_ORGS
)

_ACRONYMS = _words(
    """
    CP CIN LAC CLA PLO SW GP SEN DSL EWO YOT YOS PCF KSS CPD CSE CCE FGM ACE PEP SGO CAO EPO ICO
    ISW OT MDT CPN HV PSW TAC TAF EHA LA DV DA ICB SWE CQC NHS BIA LPS MCA RI NFA SAR SCR DBS
    ASD OCD PD LD BME NQSW PA UK EU USA TV BBC AI IT HR QA NB PS AM PM IDP MP ASC CSC MH AMP ADD
    CAF CAP FGC NVR DDP TAU PTSD EHCP EHC IRO AMHP MASH CAMHS ADHD IDVA MARAC MAPPA ASYE DOLS
    UASC SEND SENCO LADO IMCA IMHA BASW DWP HMRC ESA PIP UC LGBT LGBTQ ONS OT SALT CBT DBT EMDR
    ABA PBS RAG SMART GROW BSL EAL ESOL PRU AP KS KS1 KS2 KS3 KS4 GCSE SATS AO DOB NI ID
    """
)
# Acronyms that are also everyday initials ("AM's father"), so they may be people after all.
_ROLE_ACRONYMS = _ACRONYMS - _words(
    "AM PM DA DV PA PS NB AI IT TV MP AP AO RI ED MH ID NI KS EU HR QA"
)

_ROLE_CHILD = (
    "son|daughter|child|baby|infant|toddler|boy|girl|young person|young man|young woman|"
    "teenager|pupil|grandson|granddaughter|stepson|stepdaughter|foster child|unborn baby|"
    "youngest|eldest|oldest|middle child|twin"
)
_ROLE_PARENT = (
    "mother|mum|mom|mam|father|dad|stepdad|stepfather|stepmum|stepmother|parent|birth mother|"
    "birth father|birth parent"
)
_ROLE_CARER = "foster carer|kinship carer|special guardian|guardian|carer|foster mum|foster dad"
_ROLE_RELATIVE = (
    "brother|sister|sibling|half-brother|half-sister|stepbrother|stepsister|twin|grandmother|"
    "grandma|gran|nan|nana|grandfather|grandad|granddad|grandpa|aunt|auntie|aunty|uncle|cousin|"
    "niece|nephew"
)
_ROLE_PARTNER = (
    "partner|ex-partner|husband|wife|ex-husband|ex-wife|boyfriend|girlfriend|fiancé|fiancée|"
    "fiance|fiancee"
)
_ROLE_OTHER = (
    "service user|client|resident|patient|tenant|lodger|neighbour|man|woman|lady|gentleman|"
    "older person|adult|person|individual|victim|survivor|perpetrator|applicant|family friend|"
    "friend"
)
_ROLE_ALT = "|".join(
    sorted(
        "|".join(
            (_ROLE_CHILD, _ROLE_PARENT, _ROLE_CARER, _ROLE_RELATIVE, _ROLE_PARTNER, _ROLE_OTHER)
        ).split("|"),
        key=len,
        reverse=True,
    )
)
_ROLE_GROUP: dict[str, str] = {}
for _group, _alts in (
    ("child", _ROLE_CHILD),
    ("parent", _ROLE_PARENT),
    ("carer", _ROLE_CARER),
    ("relative", _ROLE_RELATIVE),
    ("partner", _ROLE_PARTNER),
    ("person", _ROLE_OTHER),
):
    for _alt in _alts.split("|"):
        _ROLE_GROUP[_alt] = _group

# Nouns after "child" that make it an adjective ("child protection"), not a person.
_CHILD_COMPOUNDS = (
    r"protection|development|welfare|care|abuse|poverty|sexual|criminal|exploitation|death|"
    r"safeguarding|centred|focused|practice|mental|psychology|health|in need|and family|"
    r"arrangements|maintenance|trafficking|neglect|friendly|led|'s voice|’s voice"
)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
for _tens, _value in (
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
):
    _NUMBER_WORDS[_tens] = _value
    for _unit in "one two three four five six seven eight nine".split():
        _NUMBER_WORDS[f"{_tens}-{_unit}"] = _value + _NUMBER_WORDS[_unit]
_NUMBER_WORD_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))

_GENERIC_EMAIL_LOCAL = _words(
    "info enquiries enquiry admin contact help support cpd hello office training team noreply "
    "no-reply mash duty reception feedback complaints referrals events membership press media "
    "webinars newsletter registration registrations"
)

# Words that may name a place but say nothing on their own ("the Family Centre").
_GENERIC_PLACE_WORDS = _words(
    """
    The A Family Children's Childrens Day Care Local Community Special Primary Secondary Infant
    Infants Junior High Grammar Nursing Residential Medical Health General Mental Psychiatric
    Acute Royal Virtual Forest Summer Business Law Graduate Sunday Independent Free State
    Catholic Church CofE Methodist Islamic Jewish Sikh Hindu Pupil Referral Village New Old
    North South East West Central Upper Lower Mother Baby Assessment Specialist Secure Open
    University London National International Regional County District City Town Teaching
    Hospital School Academy College Nursery Surgery Centre Home Ward Unit Lodge House St Saint
    Our Your Their His Her My Social Work England Research In Practice Care-Experienced
    """
)

_STREET_SUFFIXES = (
    "Road|Rd|Street|Avenue|Ave|Lane|Close|Drive|Crescent|Way|Gardens|Terrace|Place|Court|Grove|"
    "Walk|Rise|Mews|Square|Hill|Row|Parade|View|Green|Vale|Estate|Heights|Tower|Towers|Wharf|"
    "Croft|Fold|Gate|Yard|Boulevard|Chase|Park|Meadows|Fields"
)
_COURT_WORDS = _words(
    "Family High Crown County Magistrates Magistrates' Supreme Youth Coroners Coroner's Appeal "
    "Royal District Combined Tribunal Civil Criminal"
)

_INSTITUTION_SUFFIXES = (
    "Primary School|Infant School|Infants School|Junior School|High School|Secondary School|"
    "Grammar School|Community School|Special School|Free School|School|Academy|Nursery|"
    "Pre-School|Preschool|Children's Centre|Children’s Centre|Family Centre|Surgery|"
    "Medical Centre|Health Centre|Medical Practice|Care Home|Nursing Home|Residential Home|"
    "Children's Home|Children’s Home|Hospital|Hospice|Day Centre|Ward|Lodge|Pupil Referral Unit"
)

_PERSON_CUES = re.compile(
    r"\b(?:he|she|his|her|him|hers|they|their|them|attends|attended|attending|pupil|resident|"
    r"lives|lived|living|admitted|discharged|registered|placed|placement|moved|transferred|"
    r"excluded|enrolled|goes to|went to|started at|patient|GP|head teacher|headteacher|"
    r"teacher|staff|DSL|safeguarding lead|referral|referred|nurse|class|reception|year \d|"
    r"(?:" + _ROLE_ALT + r"))\b",
    re.IGNORECASE,
)

# ------------------------------------------------------------------------------------------------
# Patterns (compiled once).

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_NAME_TOKEN = rf"(?:Mc|Mac|O'|O’|D'|D’)?[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}][{_LOWER}]+)?"
_NAME = rf"{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,2}}"
_WORD_RE = re.compile(rf"[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’-]*")
_CAP_WORD_RE = re.compile(rf"\b{_NAME_TOKEN}\b")

_TITLE_RE = re.compile(
    rf"\b(?P<title>(?:(?:Mr|Mrs)\.?[ \t]+(?:and|&)[ \t]+)?(?:Mrs|Mr|Ms|Miss|Mx|Dr|Master))\.?"
    rf"[ \t]+(?P<name>(?:[A-Z]\.?[ \t]+){{0,2}}{_NAME}|[A-Z]\b\.?)"
)
_ROLE_THEN_NAME_RE = re.compile(
    rf"\b(?P<role>(?i:{_ROLE_ALT}))(?!(?i:[ \t]+(?:{_CHILD_COMPOUNDS})\b))"
    rf"(?:'s|’s)?(?:[ \t]*,[ \t]*|[ \t]+)(?:\([ \t]*)?(?:(?i:called|named|known as)[ \t]+)?"
    rf"(?P<name>{_NAME})"
)
_NAME_THEN_ROLE_RE = re.compile(
    rf"\b(?P<name>{_NAME})(?:'s|’s|[ \t]*,[ \t]*(?:the|his|her|their|my|our)|[ \t]*\("
    rf"(?:the[ \t]+)?)[ \t]*(?P<role>(?i:{_ROLE_ALT}))\b"
    rf"(?!(?i:[ \t]+(?:{_CHILD_COMPOUNDS})\b))"
)
_NAME_AGE_RE = re.compile(
    rf"\b(?P<name>{_NAME})(?:[ \t]*\([ \t]*(?:aged?[ \t]+)?|,[ \t]+(?:aged?[ \t]+)?)"
    rf"(?P<age>\d{{1,2}})(?:[ \t]*(?:yrs?|years?(?:[ \t]+old)?|y/?o|months?|mths?))?[ \t]*[),]"
)
_ROLE_INITIALS_RE = re.compile(
    rf"\b(?P<role>(?i:{_ROLE_ALT}))(?:'s|’s)?[ \t]*(?:,[ \t]*)?\(?[ \t]*"
    r"(?P<name>[A-Z]\.?[ \t]?[A-Z]\.?(?:[ \t]?[A-Z]\.?)?)(?![\w.])"
)
_INITIALS_ROLE_RE = re.compile(
    r"(?<![\w.])(?P<name>[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?)(?:'s|’s|[ \t]*\((?:the[ \t]+)?|"
    r"[ \t]*,[ \t]*(?:the|his|her|their)[ \t]+)[ \t]*"
    rf"(?P<role>(?i:{_ROLE_ALT})|aged?[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]*\))"
)
_ROLE_BEFORE_RE = re.compile(rf"\b(?P<role>(?i:{_ROLE_ALT}))(?:'s|’s)?[ \t]*,?[ \t]*\(?$")
_CASEWORK_VERB_RE = re.compile(
    r"\b(?i:visited|visiting|visit to|visits to|met|meeting with|saw|seeing|spoke to|spoke with|"
    r"speaking to|speaking with|talked to|talked with|talking to|talking with|sat with|"
    r"played with|spent time with|time with|supported|supporting|interviewed|assessed|"
    r"assessing|reassured|observed|phoned|rang|texted|emailed|asked|told|reminded|helped|"
    r"encouraged|collected|thanked|introduced|listened to|explained to|worked with|"
    r"working with|work with|allocated to|advocated for|safeguarded|noticed that|"
    r"noticed how|realised that|worried that|what|when|whether|because|until|that|"
    r"took|take|taking|brought|bring|bringing|drove|driving|picked up|dropped off|"
    r"accompanied|accompanying|escorted|went with|go with|going with|walked with|"
    r"stayed with|staying with|placed|placing|moved|reunited|settled|returned|comforted|"
    r"calmed|hugged|fed|bathed|dressed|weighed|praised|warned|challenged|chased|"
    r"messaged|called|calling|ringing|phoning|meet|see|seen|visit|help|support|"
    r"remind|reassure|encourage|ask|tell|collect|check on|checked on|checking on)"
    rf"[ \t]+(?P<name>{_NAME})"
)
_NAME_VERB_RE = re.compile(
    rf"\b(?P<name>{_NAME})[ \t]+(?:told|disclosed|said|says|explained|shared|reported|lives|"
    r"lived|attends|attended|was placed|was removed|became|cried|refused|agreed|admitted|"
    r"had been|has been|wants|wanted|felt|feels|is now|was now|appeared|presented as|"
    r"presents as|had told|has told|and I|and me|who|was hiding|was scared|was upset|"
    r"was angry|was quiet|was crying|seemed|looked|needed|needs|asked|showed|cried|laughed|"
    r"smiled|shouted|would not|wouldn't|could not|couldn't|did not|didn't|does not|doesn't|"
    r"only|likes|liked|loves|loved|hates|enjoys|enjoyed|struggles|struggled|began|started|"
    r"stopped|kept|tried|went|came|ran|hid|slept|spoke|talked|hit|kicked|stays|stayed|"
    r"is|was|has|had)\b"
)
_CITATION_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:and|&)[ \t]+[A-Z][\w'’-]+[ \t]*)?(?:,?[ \t]*et[ \t]+al\.?)?[ \t]*[,(]?[ \t]*"
    r"(?:(?:19|20)\d\d[a-z]?\b|n\.d\.)"
)
_AUTHOR_AFTER_RE = re.compile(
    r"(?:'s|’s)?(?:[ \t]+[^\s.,;]+){0,2}?[ \t]+(?:argues|says|explains|argued|suggests|"
    r"suggested|notes|noted|writes|wrote|describes|"
    r"described|contends|proposes|proposed|highlights|highlighted|emphasises|emphasised|"
    r"identifies|identified|found that|reminds us|book|books|research|work on|webinar|talk|"
    r"keynote|lecture|presentation|article|paper|study|model|theory|framework|podcast|blog|"
    r"course|review|report|chapter|session|seminar|workshop|training)\b"
)
_AUTHOR_BEFORE_RE = re.compile(
    r"(?:\bby|\bpresented by|\bled by|\bdelivered by|\bfacilitated by|\bchaired by|\bhosted by|"
    r"\bProfessor|\bProf\.?|\bauthor|\bresearcher|\bspeaker|\bpresenter|\bbook by)[ \t]*$"
)

# Ages.
_AGE_GROUP_BEFORE_RE = re.compile(
    r"(?i:children|people|adults|young people|pupils|those|families|individuals|men|women|"
    r"girls|boys|learners|students|babies|infants|over|under|between|from|all)[ \t]*$"
)
_AGED_RE = re.compile(
    rf"\b(?i:aged?)(?:[ \t]+of)?[ \t]+(?P<age>\d{{1,3}}|(?i:{_NUMBER_WORD_ALT}))\b"
    r"(?![ \t]*(?:-|–|to\b|and\b|or\b|\+|plus\b|%|\.\d|upwards|years?[ \t]+and|"
    r"[ \t]*years?[ \t]+(?:or|and)|s\b))"
)
_YEAR_OLD_RE = re.compile(
    rf"\b(?P<age>\d{{1,3}}|(?i:{_NUMBER_WORD_ALT}))[ \t]*[- ][ \t]*"
    r"(?i:years?|yrs?|months?|weeks?)[ \t]*[- ][ \t]*(?i:old)\b(?!s)"
)
_YO_RE = re.compile(r"\b(?P<age>\d{1,2})[ \t]*(?:yo|y/o|yrs[ \t]+old)\b")
_AGE_CUE_RE = re.compile(
    r"\b(?i:(?:is|was|are|were)[ \t]+only|turned|turns|turning|just turned|now|"
    r"(?:boy|girl|child|baby|son|daughter|lad|teenager|woman|man|grandson|granddaughter)[ \t]+of|"
    r"(?:youngest|eldest|oldest|middle child)[ \t]+(?:is|was))"
    rf"[ \t]+(?P<age>\d{{1,2}}|(?i:{_NUMBER_WORD_ALT}))\b"
    r"(?![ \t]*(?:%|per|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|times?|am|pm|"
    r"[:.,]\d|th|st|nd|rd|[-–/]\d|of\b|out\b|sessions?|visits?|points?|pounds?|kg|cm|"
    # a plural noun after the number: "turned ten pages" (but not "turned ten this year")
    r"(?!(?:this|is|was|his|as|always|perhaps|unless|whereas|towards|afterwards|yes)\b)"
    r"[a-z]+s\b))"
)
_AGE_VERB = (
    r"(?:is|was|are|were|turned|turns|turning|has[ \t]+just[ \t]+turned|had[ \t]+just[ \t]+"
    r"turned|just[ \t]+turned|will[ \t]+be|will[ \t]+turn|would[ \t]+be|would[ \t]+have[ \t]+"
    r"been|is[ \t]+about[ \t]+to[ \t]+turn|is[ \t]+going[ \t]+to[ \t]+be|['’]ll[ \t]+be|"
    r"['’]ll[ \t]+turn|['’]d[ \t]+be|['’]s)"
    r"(?:[ \t]+(?:only|now|nearly|almost|just|already|barely|still|about))?"
)
# What may follow a number that is not an age ("he was 2 minutes late", "she is 3 sessions in").
_NOT_AGE_AFTER = (
    r"(?![ \t]*(?:%|per|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|times?|am|pm|"
    r"[:.,]\d|th|st|nd|rd|[-–/]\d|of\b|out\b|sessions?|visits?|points?|pounds?|kg|cm|"
    r"steps?|people|children|kids|sessions|places|goals?|cases?|things|ways|more|less))"
)
# A number word is only an age where it closes the clause: "is nine and", "turned two.".
_AGE_WORD_CLOSES = (
    r"(?=[ \t]*(?:[,.;:!?)–—]|-[ \t]|$|\n|(?:and|but|so|now|when|while|because|though|"
    r"although|yet|in|at|on|by|before|after|until|then|too|this|next|last|years?|months?|"
    r"weeks?)\b))"
)
_AGE_VALUE = (
    rf"(?:(?P<age>\d{{1,2}})\b{_NOT_AGE_AFTER}|(?P<word>(?i:{_NUMBER_WORD_ALT}))\b"
    rf"{_AGE_WORD_CLOSES})"
)
_PRONOUN_AGE_RE = re.compile(
    r"\b(?P<subject>(?i:he|she|who))(?:[ \t]+|(?=['’]))"
    + _AGE_VERB
    + r"[ \t]+"
    + _AGE_VALUE
    + r"|\b(?i:they|they're)(?:[ \t]+(?:are|were|will[ \t]+be))?[ \t]+(?P<plural>\d{1,2})\b"
    + _NOT_AGE_AFTER
)
# "Kaiden is nine", "her grandson will be 16", "the youngest was two": a subject, a verb of
# being or turning, and an age. The verb is the cue; the subject is checked (_subject_age).
_SUBJECT_AGE_RE = re.compile(r"\b(?i:" + _AGE_VERB + r")[ \t]+" + _AGE_VALUE)
# Who an age after "is/was/turned..." can belong to: a child or relative, or a person's name.
_AGE_SUBJECT_ROLES = frozenset(
    _ROLE_ALT.replace("-", " ").split("|")
    + "youngest eldest oldest middle twin twins sibling siblings grandchild baby".split()
)
_RANGE_BEFORE_RE = re.compile(r"\d[ \t]*(?:-|–|to|and|or)[ \t]*$")

# Dates of birth.
_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{_MONTHS})\.?,?(?:[ \t]+\d{{4}})?|"
    rf"(?:{_MONTHS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}|"
    rf"(?:{_MONTHS})[ \t]+\d{{4}})"
)
_DOB_RE = re.compile(
    r"\b(?P<cue>(?i:DOB|D\.O\.B\.?|date[ \t]+of[ \t]+birth|born(?:[ \t]+on)?|birthday|b\.))"
    r"[ \t]*[:\-–(]?[ \t]*"
    r"(?:(?i:is|was|of|on|in|as|is on|was on|given as|recorded as)[ \t]+)?"
    rf"(?P<date>{_DATE}|(?:19|20)\d\d\b(?!s))"
)

# Numbers.
_NHS_RE = re.compile(r"(?<![\w/.\-])(\d{3})[ \-]?(\d{3})[ \-]?(\d{4})(?![\w/\-]|\.\d)")
_NHS_CUE_RE = re.compile(r"(?i:NHS)(?:[ \t]+(?i:no\.?|number|num))?[ \t]*[:#]?[ \t]*$")
_NI_RE = re.compile(
    r"\b(?!(?i:BG|GB|KN|NK|NT|TN|ZZ))(?i:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
    r"[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?(?i:[A-D])\b"
)
_POSTCODE_RE = re.compile(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR)[ \t]?\d[ABD-HJLNP-UW-Z]{2}\b")
_POSTCODE_LOOSE_RE = re.compile(
    r"\b(?i:(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR)[ \t]?\d[ABD-HJLNP-UW-Z]{2})\b"
)
_OUTWARD_RE = re.compile(
    r"\b(?i:post[ \t]?code(?:[ \t]+area)?|lives[ \t]+in|living[ \t]+in|moved[ \t]+to)[ \t]*:?"
    r"[ \t]+(?P<code>[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\b(?![ \t]*\d)"
)
_PHONE_RE = re.compile(
    r"(?<![\w/.\-])(?:\+[ \t]?\d{1,3}[ \t.\-]?(?:\(0\)[ \t]?)?|\(0|0)\d[\d \t\-().]{7,15}\d"
    r"(?![\w/])"
)
_EMAIL_LEFT_RE = re.compile(r"[A-Za-z0-9._%+\-]{1,64}$")
_EMAIL_RIGHT_RE = re.compile(r"[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,6}")
_REF_CUE_RE = re.compile(
    r"\b(?i:case|file|ref|reference|referral|client|record|person|child|mosaic|lcs|liquidlogic|"
    r"eclipse|carefirst|paris|rio|systmone|emis|crime|incident|police|court|claim|tenancy|"
    r"account|log|CRN|URN|UPN|ULN|ID)"
    r"(?:[ \t]+(?i:no\.?|number|num|nos?\.?|id|ref(?:erence)?|#))?[ \t]*[:#.(]?[ \t]*"
    r"(?:(?i:is|was|of)[ \t]+)?"
    r"(?P<ref>(?=[A-Za-z0-9/\-]{0,30}\d[A-Za-z0-9/\-]{0,30}\d[A-Za-z0-9/\-]{0,30}\d)"
    r"[A-Za-z0-9][A-Za-z0-9/\-]{2,30}[A-Za-z0-9])\b"
)
_STRUCTURED_REF_RE = re.compile(
    r"\b[A-Z]{1,5}[/\-]?\d{1,6}[/\-]\d{2,8}(?:[/\-][A-Z0-9]{1,8})?\b"
    r"|\b[A-Z]{2,4}\d{5,10}[A-Z]?\b"
    r"|\b\d{2,6}/\d{3,8}/\d{1,8}\b"
)
_LONG_NUMBER_RE = re.compile(r"(?<![£$€\w.,])\d{6,12}(?![\w]|[.,]\d)")
_YEAR_RANGE_RE = re.compile(r"(?:19|20)\d\d[/\-](?:\d\d|(?:19|20)\d\d)$")

# Addresses.
_ADDRESS_RE = re.compile(
    r"\b(?:(?:Flat|Apartment|Apt|Room)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+)?\d{1,4}[A-Za-z]?,?[ \t]+"
    rf"(?P<street>(?:(?:St\.?|{_NAME_TOKEN})(?:'s|’s)?[ \t]+){{1,3}})"
    rf"(?P<suffix>{_STREET_SUFFIXES})\b"
)
_CUED_ADDRESS_RE = re.compile(
    r"\b(?i:lives|living|lived|moved|staying|stays|resides|residing|address(?:[ \t]+is)?|"
    r"home|house|flat)[ \t]+(?i:on|in|at|to)[ \t]+(?:(?i:the)[ \t]+)?"
    rf"(?P<street>(?:(?:St\.?|{_NAME_TOKEN})(?:'s|’s)?[ \t]+){{1,3}})"
    rf"(?P<suffix>{_STREET_SUFFIXES})\b"
)
_FLAT_RE = re.compile(
    r"\b(?:Flat|Apartment|Apt|Room)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+"
    rf"(?:{_NAME_TOKEN}[ \t]+){{1,3}}(?:House|Court|Tower|Heights|Block|Lodge|Buildings|Mansions)\b"
)

# Institutions.
_INSTITUTION_RE = re.compile(
    rf"\b(?P<name>(?:(?:St\.?|CofE|RC|{_NAME_TOKEN})(?:'s|’s)?[ \t]+){{1,4}})"
    rf"(?P<suffix>{_INSTITUTION_SUFFIXES})\b(?![ \t]+of\b)"
)
_WARD_NUMBER_RE = re.compile(r"\bWard[ \t]+(?:\d{1,3}[A-Z]?|[A-Z]\d{1,3})\b")

# Cheap pre-checks: a costly pattern runs only when its pre-check finds something.
_DIGIT_RUN_RE = re.compile(r"\d+")
_NI_PRE_RE = re.compile(r"\d\d[ \t]?\d\d[ \t]?\d\d[ \t]?[A-Da-d]\b")
_INWARD_PRE_RE = re.compile(r"\d[ABD-HJLNP-UW-Z]{2}\b")
_INWARD_LOOSE_PRE_RE = re.compile(r"\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}\b")
_DIGIT_SEPARATOR_RE = re.compile(r"\d[/\-]\d")
_SHORT_CODE_RE = re.compile(r"[A-Z]{2,4}\d{1,2}")
_NOT_A_REF_RE = re.compile(r"(?:ISBN|ISSN|COVID|SARS|PCF|KS|SWE|CPD|NHS|DOI)\b")
_YO_PRE_RE = re.compile(r"\d[ \t]*y")
_NAME_AGE_PRE_RE = re.compile(r"[(,][ \t]*(?:aged?[ \t]+)?\d")
_FLAT_PRE_RE = re.compile(r"\b(?:Flat|Apartment|Apt|Room)[ \t]+\d")
# These start with a character class (not \b) so that the regex engine can skip ahead fast.
_DOTTED_INITIALS_RE = re.compile(r"[A-Z](?<!\w[A-Z])\.[ \t]?[A-Z]\b")
_INITIALS_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,2}\b")
_CAPITAL_RE = re.compile(rf"[{_UPPER}]")
_LOOKAHEAD = 48  # how far after a cue word its name or number may start
_GLUE_WORDS = frozenset(("the", "his", "her", "their", "my", "our"))  # "Kelly, the mother"

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_T_ROLE, _T_CASEWORK, _T_AGE, _T_OLD, _T_REF, _T_DOB = 1, 2, 4, 8, 16, 32
_T_ADDRESS, _T_OUTWARD, _T_PERSONAL, _T_WHO, _T_REFLEXIVE, _T_TURN = 64, 128, 256, 512, 1024, 2048


# "Kenzie, who turned fourteen": a relative "who" after a name says it is a person's.
_NAME_COMMA_RE = re.compile(rf"\b(?P<name>{_NAME})[ \t]*,[ \t]*$")
# "Jonah's key worker", "Amir's bedroom": a name owning what only a person has.
_PERSONAL_NOUNS = (
    "key worker|keyworker|support worker|social worker|worker|teacher|class teacher|"
    "head teacher|headteacher|teaching assistant|tutor|GP|health visitor|nurse|therapist|"
    "bedroom|room|cot|behaviour|needs|care plan|plan|placement|birthday|diagnosis|"
    "medication|views|wishes|voice|feelings|story|school|nursery|class|carers|parents|"
    "siblings|friends|friend|family|home|house|flat|attendance|health|development|weight|"
    "speech|sleep|contact|nappy|bottle|toys|drawing|diary|phone|solicitor|advocate|guardian"
)
_POSSESSIVE_NAME_RE = re.compile(rf"\b(?P<name>{_NAME})['’]s[ \t]+$")
_PERSONAL_NOUN_RE = re.compile(rf"(?i:{_PERSONAL_NOUNS})\b")
# "Lennon walks himself to school": a name, a verb and a reflexive pronoun.
_REFLEXIVE_NAME_RE = re.compile(rf"\b(?P<name>{_NAME})[ \t]+[a-z]+[ \t]+$")  # before "himself"
# Passive events that only happen to people ("Kaylum was excluded", "Ada was born").
_PERSON_EVENT_RE = re.compile(
    rf"\b(?P<name>{_NAME})[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been|is[ \t]+being|got)"
    r"[ \t]+(?:born|adopted|fostered|sectioned|arrested|bullied|groomed|hospitalised|"
    r"hospitalized|excluded|expelled|suspended|accommodated|cautioned|charged|sentenced|"
    r"remanded|diagnosed|baptised|christened|adopted)\b"
)
# "he'll turn seventeen just before...": after "turn", a number word is an age unless a
# plural noun or a unit follows it ("turned two pages").
_TURN_AGE_RE = re.compile(
    rf"\b(?i:turn|turns|turned|turning)[ \t]+(?P<word>(?i:{_NUMBER_WORD_ALT}))\b"
    r"(?![ \t]*(?:-|–|%|of\b|out\b|times?\b|pages?\b|degrees?\b|"
    r"(?!(?:this|is|was|his|as|always|perhaps|unless|whereas|towards|afterwards|yes)\b)"
    r"[a-z]+s\b))"
)
_NAME_BEFORE_RE = re.compile(rf"\b(?P<name>{_NAME})[ \t]*$")


def _first_words(alternation: str) -> set[str]:
    words = set()
    for alternative in alternation.split("|"):
        first = _TOKEN_RE.match(alternative.replace("\\", "").replace("'", "'"))
        if first:
            words.add(first.group(0).lower())
    return words


def _build_triggers() -> dict[str, int]:
    table: dict[str, int] = {}
    casework = _CASEWORK_VERB_RE.pattern.split("(?i:", 1)[1].split(")", 1)[0]
    age_cues = (
        "aged age he she who they he's she's he'll she'll he'd she'd who'll who'd they're "
        "will would has had is was are were turned turns turning just now boy "
        "girl child baby son daughter lad teenager woman man grandson granddaughter youngest "
        "eldest oldest middle"
    )
    ref_cues = _REF_CUE_RE.pattern.split("(?i:", 1)[1].split(")", 1)[0]
    groups = (
        (_T_ROLE, _first_words(_ROLE_ALT)),
        (_T_CASEWORK, _first_words(casework)),
        (_T_AGE, set(age_cues.split())),
        (_T_OLD, {"old"}),
        (_T_REF, _first_words(ref_cues)),
        (_T_DOB, {"dob", "d", "date", "born", "birthday", "b"}),
        (
            _T_ADDRESS,
            set(
                "lives living lived moved staying stays resides residing address home house "
                "flat".split()
            ),
        ),
        (_T_OUTWARD, {"post", "postcode", "lives", "living", "moved"}),
        (_T_PERSONAL, _first_words(_PERSONAL_NOUNS.lower())),
        (_T_WHO, {"who"}),
        (_T_REFLEXIVE, {"himself", "herself", "themselves", "themself"}),
        (_T_TURN, {"turn", "turns", "turned", "turning"}),
    )
    for flag, words in groups:
        for word in words:
            table[word] = table.get(word, 0) | flag
    return table


_TRIGGERS = _build_triggers()

# Text that is not prose and must not be flagged: links, DOIs, ISBNs.
_PROTECTED_RE = re.compile(
    r"https?://\S+|\bwww\.\S+|\bdoi:\s?\S+|\b10\.\d{4,9}/\S+|"
    r"\bISBN(?:-1[03])?:?[ \t]*[\dX][\dX \-]{8,16}[\dX]|\bISSN:?[ \t]*\d{4}-\d{3}[\dX]"
)
# Punctuation becomes spaces (same length, so offsets still hold) and curly apostrophes
# straight, so that str.split() yields the words.
_SPACE_OUT = str.maketrans(
    dict.fromkeys('!"#$%&()*+,./:;<=>?@[\\]^_`{|}~-–—…“”‘', " ")
    | {"’": "'"}
    # every kind of white space becomes a plain space, so " word " finds every whole word
    | dict.fromkeys((chr(i) for i in range(0x3001) if chr(i).isspace()), " ")
)


def _occurrences(padded: str, word: str) -> Iterator[int]:
    """Start of each whole-word occurrence of ``word`` in ``" " + spaced text + " "``.

    The positions are those of the unpadded text: the leading space makes up for the space
    that the search pattern starts with.
    """
    needle = f" {word} "
    size = len(word) + 1
    i = padded.find(needle)
    while i != -1:
        yield i
        i = padded.find(needle, i + size)


_PLACE_SUFFIX_WORDS = frozenset(
    w for alt in (_STREET_SUFFIXES, _INSTITUTION_SUFFIXES) for w in re.split(r"[| ]", alt)
) | {"House", "Court", "Tower", "Heights", "Block", "Lodge", "Buildings", "Mansions", "Ward"}
# Words that end a street or block name (addresses), and the institution suffixes by their last
# word: "Practice" only matters in "Medical Practice", "Home" only in "Care Home"...
_STREET_WORDS = frozenset(_STREET_SUFFIXES.split("|")) | {
    "House", "Court", "Tower", "Heights", "Block", "Lodge", "Buildings", "Mansions"
}  # fmt: skip
_INSTITUTION_HEADS: dict[str, tuple[str, ...]] = {}
for _suffix in [*_INSTITUTION_SUFFIXES.split("|"), "Ward"]:
    _last = re.split(r"[ \-]", _suffix)[-1]
    _INSTITUTION_HEADS[_last] = (*_INSTITUTION_HEADS.get(_last, ()), _suffix)
_NAME_VERB_FIRST = frozenset(
    w.split(" ")[0]
    for w in _NAME_VERB_RE.pattern.split(r")[ \t]+(?:", 1)[1].rsplit(r")\b", 1)[0].split("|")
)
_LOWER_CUES = frozenset({*_TRIGGERS, *(f"{w}'s" for w in _TRIGGERS), *_NAME_VERB_FIRST})
_CAPITAL_CUES = frozenset(
    {*_TITLE_TOKENS, *_PLACE_SUFFIX_WORDS, *_FIRST_NAMES, *(f"{n}'s" for n in _FIRST_NAMES)}
)
# File names (title-cased, "_" as spaces): a person's name next to a document word.
_FILE_DOC_WORDS = (
    "report|reports|referral|referrals|chronology|genogram|ecomap|eco-map|letter|letters|"
    "statement|statements|photo|photos|picture|pictures|pep|ehcp|iep|passport|consent|"
    "birth|dob|id|school|nursery|gp|medical|contact|visit|visits|case|court|care|plan|"
    "assessment|assessments|review|records?|file|files|notes|minutes|form|forms|drawing|"
    "drawings|timeline|diary|ssr|cin|cp|lac|cla|mash|safety"
)
_FILE_TOKEN = rf"[{_UPPER}][{_LOWER}]+(?:['’][{_LOWER}]+)?"
_FILE_NAME_WORDS = rf"{_FILE_TOKEN}(?:[ \-]{_FILE_TOKEN}){{1,2}}?"  # fewest words first
_FILE_LINE_START = r"(?:^|(?<=\n))(?:\d[\d\-]*[ \-])?"
_FILE_NAME_FIRST_RE = re.compile(  # "tegan_shah_school_report.pdf"
    rf"{_FILE_LINE_START}(?P<name>{_FILE_NAME_WORDS})[ \-.](?i:{_FILE_DOC_WORDS})\b"
)
_FILE_NAME_AFTER_RE = re.compile(  # "letter_to_tegan_shah.pdf", "pep_kai_brown_2025.docx"
    rf"{_FILE_LINE_START}(?i:{_FILE_DOC_WORDS})[ \-](?:(?i:to|for|from|re|about|of|with)[ \-])?"
    rf"(?P<name>{_FILE_NAME_WORDS})(?=[ \-.]|$)"
)
# Ordinary words of CPD and casework file names, so that "domestic_abuse_referral.pdf" or
# "mental_capacity_assessment.pdf" is not taken for a person's name.
_FILE_TOPIC_WORDS = _words(
    """
    mental capacity domestic abuse violence trauma informed risk strengths based parenting
    attachment theory reflective reflection practice learning training course webinar slides
    handout handouts certificate certificates reading list summary guidance guide policy
    framework toolkit tools tool template checklist module session workshop conference annual
    term final draft version copy scan scanned signed updated new old initial core group
    strategy planning meeting supervision appraisal induction research article paper chapter
    book journal essay assignment portfolio evidence log diary placement observation direct
    work life story motivational interviewing systemic solution focused restorative relational
    anti racist racism oppressive oppression discriminatory cultural competence neglect
    exploitation county lines online harm harmful sexual behaviour self substance misuse
    alcohol drug drugs homelessness housing poverty benefits debt disability autism dementia
    deprivation liberty safeguards best interests skills legal literacy law decision making
    adult adults young people person centred centered family group conference conferences
    youth justice criminal transitions transition leaving leavers aftercare pathway personal
    advisor advisors independent visitor advocacy advocate advocates carers carer foster
    fostering adoption adoptive kinship special guardianship residential secure unit
    emergency duty team service services referral pathway process procedure procedures
    threshold thresholds document documents handbook manual information sheet leaflet poster
    booklet pack resources resource presentation lecture notes minutes agenda feedback survey
    questionnaire evaluation audit data statistics week month year spring summer autumn
    winter january february march april may june july august september october november
    december monday tuesday wednesday thursday friday morning afternoon evening day part
    level stage step steps one two three four five first second third cpd swe basw hcpc
    nqsw asye pqs ofsted cqc nice scie rip dfe dhsc gov uk nhs ons ncb nspcc barnardos
    local national regional english welsh scottish irish british london manchester
    birmingham leeds liverpool contextual safeguarding trafficking modern slavery radicalisation
    prevent gangs knife crime missing education exclusion truancy attendance bullying
    wellbeing well being resilience burnout stress compassion fatigue vicarious self care
    peer reflection discussion group supervision case study studies scenario scenarios
    example examples sample samples exercise exercises quiz test answers answer questions
    question key points reading recommended further core capabilities standards standard
    professional capabilities domains domain competency competencies assessment assessed
    direct observation feedback form forms record records recording recordings audio video
    podcast episode transcript blog post article review reviews serious incident learning
    lessons panel inquiry report findings briefing brief seven minute early help edge
    principle principles model models approach approaches intervention interventions outcome
    outcomes needs need support supporting disorder illness health wellbeing
    """
)
# Endings of ordinary English words that names hardly ever have ("informed", "exploitation").
_FILE_WORD_ENDINGS = (
    "tion", "sion", "ness", "ment", "ity", "ism", "ive", "ous", "ical", "ology", "ics",
    "ance", "ence", "ship", "hood", "ful", "less", "able", "ible", "ised", "ized", "ated",
)  # fmt: skip
_FILE_WORD_SPLIT_RE = re.compile(r"[ \-]+")
_FILE_VOCABULARY = frozenset(
    w.lower().removesuffix("'s").removesuffix("’s")
    for w in (
        _NOT_NAMES
        | _PLACES_AND_ORGS
        | _GENERIC_PLACE_WORDS
        | _AUTHOR_SURNAMES
        | _ACRONYMS
        | _FILE_TOPIC_WORDS
        | frozenset(re.split(r"[| \-]", _ROLE_ALT))
        | frozenset(_FILE_DOC_WORDS.replace("?", "").split("|"))
        | frozenset(_STREET_SUFFIXES.split("|"))
        | frozenset(_NUMBER_WORDS)
    )
)
_AND_I_RE = re.compile(r"[ \t]+and[ \t]+(?:I|me)\b")
_PLACE_AFTER_RE = re.compile(rf"[ \t]+(?:{_INSTITUTION_SUFFIXES}|{_STREET_SUFFIXES})\b")
_PUBLIC_CASE_WORDS = tuple((case, tuple(case.split(" "))) for case in _PUBLIC_CASES)
_PUBLIC_TOKENS = frozenset(w for case in _PUBLIC_CASES for w in case.split(" "))
_TRAILING_NAME_RE = re.compile(rf"\b(?P<name>{_NAME})[ \t]+$")
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")
_DIGIT_RE = re.compile(r"\d")
_EXISTING_PLACEHOLDER_RE = re.compile(
    r"\[(?:child|parent|carer|relative|partner|person) ([A-Z]+)\]"
)


# ------------------------------------------------------------------------------------------------
# Helpers.


def nhs_number_is_valid(digits: str) -> bool:
    """True when ten digits pass the NHS Modulus 11 check."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _normalise(kind: str, text: str) -> str:
    folded = " ".join(_fold(text).split())
    if kind in (Kind.NHS_NUMBER, Kind.NI_NUMBER, Kind.POSTCODE, Kind.PHONE, Kind.REFERENCE):
        folded = re.sub(r"[\s\-().]", "", folded)
    if kind == Kind.NAME:
        folded = re.sub(
            r"^(?:(?:mr|mrs)\.? (?:and|&) )?(?:mrs|mr|ms|miss|mx|dr|master)\.? ", "", folded
        )
        folded = folded.replace("’", "'")
    return folded


def fingerprint(kind: str, text: str) -> str:
    """Stable id of a finding: its kind and normalised text (not its position)."""
    digest = hashlib.sha256(f"{kind}\x00{_normalise(kind, text)}".encode()).hexdigest()
    return f"{kind}-{digest[:10]}"


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    kind: Kind
    confidence: float
    role: str = ""  # for names: child, parent, carer, relative, partner or person
    detail: str = ""  # for institutions: the suffix; for dates of birth: the cue


@dataclass(slots=True)
class _Placeholders:
    """Hands out the same placeholder for the same person throughout one entry."""

    used_letters: set[str] = field(default_factory=set)
    people: dict[str, str] = field(default_factory=dict)  # normalised name → letter
    roles: dict[str, str] = field(default_factory=dict)  # letter → role

    def reserve(self, text: str) -> None:
        for match in _EXISTING_PLACEHOLDER_RE.finditer(text):
            self.used_letters.add(match.group(1))

    def learn(self, text: str, raws: Iterable[_Raw]) -> None:
        """See every mention first, so a person's role ("child") applies to all of them."""
        for r in raws:
            if r.kind == Kind.NAME:
                self.person(text[r.start : r.end], r.role)

    def _next_letter(self) -> str:
        n = 0
        while True:
            letter = ""
            k = n
            while True:
                letter = chr(ord("A") + k % 26) + letter
                k = k // 26 - 1
                if k < 0:
                    break
            if letter not in self.used_letters:
                self.used_letters.add(letter)
                return letter
            n += 1

    def person(self, text: str, role: str) -> str:
        key = _normalise(Kind.NAME, text)
        letter = self.people.get(key)
        if letter is None:
            first = key.split(" ")[0] if key else key
            for known, known_letter in self.people.items():
                parts = known.split(" ")
                if (" " not in key and key in (parts[0], parts[-1])) or (
                    " " not in known and known in (first, key.split(" ")[-1])
                ):
                    letter = known_letter
                    break
        if letter is None:
            letter = self._next_letter()
            self.roles[letter] = role or "person"
        self.people[key] = letter
        if role and self.roles.get(letter) == "person":
            self.roles[letter] = role
        return f"[{self.roles[letter]} {letter}]"


def _suggestion(raw: _Raw, text: str, placeholders: _Placeholders) -> str:
    if raw.kind == Kind.NAME:
        return placeholders.person(text, raw.role)
    if raw.kind == Kind.INSTITUTION:
        suffix = raw.detail.lower()
        if "school" in suffix or suffix in ("academy", "nursery", "pre-school", "preschool"):
            return "[school]"
        if suffix in ("surgery", "medical centre", "health centre", "medical practice"):
            return "[GP surgery]"
        if "home" in suffix or suffix in ("lodge", "hospice"):
            return "[care home]"
        if suffix == "ward":
            return "[ward]"
        if suffix == "hospital":
            return "[hospital]"
        return "[place]"
    return {
        Kind.AGE: "[age]",
        Kind.DATE_OF_BIRTH: "[date]",
        Kind.NHS_NUMBER: "[NHS number]",
        Kind.NI_NUMBER: "[NI number]",
        Kind.POSTCODE: "[postcode]",
        Kind.PHONE: "[phone number]",
        Kind.EMAIL: "[email]",
        Kind.ADDRESS: "[address]",
        Kind.REFERENCE: "[reference]",
        Kind.EVENT: "[an incident]",
    }[raw.kind]


_WORD_START_RE = re.compile(r"(?<![^\W\d_])(?<!['’])[^\W\d_]")  # a letter after no letter


def _upper_same_length(m: re.Match[str]) -> str:
    upper = m.group(0).upper()
    return upper if len(upper) == 1 else m.group(0)


def _same_length_title_case(text: str) -> str:
    """'jayden_smith-report' → 'Jayden Smith-Report' without changing any offsets."""
    return _WORD_START_RE.sub(_upper_same_length, text.replace("_", " "))


class _Scanner:
    """One pass over one piece of text. Collects raw findings, then resolves overlaps."""

    def __init__(
        self,
        text: str,
        context: ScanContext,
        lenient: bool,
        files: bool = False,
        entities: list[Entity] | None = None,
    ) -> None:
        self.original = text
        self.entities = entities  # from the named-entity model, when it is in use
        self.lenient = lenient
        self.files = files  # the text is evidence file names, one per line
        self.text = _same_length_title_case(text) if lenient else text
        self.context = context
        self.raw: list[_Raw] = []
        self._sentences: list[int] | None = None
        self.protected: list[tuple[int, int]] = []
        t = self.text
        if "http" in t or "www." in t or "doi" in t or "10." in t or "ISBN" in t or "ISSN" in t:
            self.protected = [(m.start(), m.end()) for m in _PROTECTED_RE.finditer(self.text)]
        # What the word pass saw, so that later rules only run where they can match.
        self.seen_title = False
        self.seen_role = False  # a role word right after a name ("Kelly's mum", "Kelly (mum)")
        self.seen_initials = False
        self.seen_street = False  # a street, block or flat word ("Road", "House")
        self.seen_institution = False  # a school, surgery, home or ward word
        self.has_digit = _DIGIT_RE.search(self.text) is not None
        self.has_number_word = False  # set by the word pass
        self.number_word_starts: list[int] = []
        self.lower_words: set[str] = set()  # the distinct lower-case words (prose fields only)

    @property
    def has_digit_or_number_word(self) -> bool:
        return self.has_digit or self.has_number_word

    # --- utilities ------------------------------------------------------------------------------
    def add(self, start: int, end: int, kind: Kind, confidence: float, **extra: str) -> None:
        if start >= end:
            return
        for p_start, p_end in self.protected:
            if start < p_end and p_start < end:
                return
        self.raw.append(_Raw(start, end, kind, confidence, **extra))

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        if self._sentences is None:
            self._sentences = [m.end() for m in _SENTENCE_END_RE.finditer(self.text)]
        i = bisect_right(self._sentences, pos)
        start = self._sentences[i - 1] if i > 0 else 0
        end = self._sentences[i] if i < len(self._sentences) else len(self.text)
        return start, end

    def _name_allowed(self, start: int, end: int) -> bool:
        """True when a name-like span is not a finding (own name, author, public case...)."""
        name = self.text[start:end]
        tokens = [t for t in _WORD_RE.findall(name) if t.lower() not in _TITLE_WORDS]
        if not tokens:
            return True
        folded = [_fold(t.removesuffix("'s").removesuffix("’s")) for t in tokens]
        if all(t in self.context.allowed_names for t in folded):
            return True
        lowered = " ".join(folded)
        for case, case_words in _PUBLIC_CASE_WORDS if not _PUBLIC_TOKENS.isdisjoint(folded) else ():
            if case in lowered or lowered in case_words:
                window = _fold(self.text[max(0, start - 20) : end + 20])
                if case in window:
                    return True
        if all(t in _NOT_NAMES for t in tokens):
            return True
        after = self.text[end : end + 60]
        if _CITATION_AFTER_RE.match(after):
            return True
        before = self.text[max(0, start - 40) : start]
        if _AUTHOR_BEFORE_RE.search(before):
            return True
        if len(tokens) > 1 and _AUTHOR_AFTER_RE.match(after):
            return True  # "Lisa Morriss writes...", "Andy Mantell's book...": an author
        surname = tokens[-1].removesuffix("'s").removesuffix("’s")
        return surname in _AUTHOR_SURNAMES and len(tokens) == 1 and not self._titled(start)

    def _mid_sentence(self, start: int) -> bool:
        """True when a capitalised word is not capitalised just because a sentence starts."""
        before = self.text[max(0, start - 3) : start].rstrip(" \t")
        if not before:
            return False
        last = before[-1]
        return last.isalnum() or last in ",;'’"

    def _role_before(self, start: int) -> str:
        """The role word just before a name ('the mother, Mrs Smith' → parent)."""
        m = _ROLE_BEFORE_RE.search(self.text, max(0, start - 30), start)
        return _ROLE_GROUP.get(m.group("role").lower(), "person") if m else "person"

    def _titled(self, start: int) -> bool:
        before = self.text[max(0, start - 6) : start].strip(" \t").rstrip(".")
        return before.lower().endswith(("mr", "mrs", "ms", "miss", "mx", "dr"))

    def _trim_name(self, start: int, end: int) -> tuple[int, int]:
        """Drop trailing words that are not names ('Jayden Social' → 'Jayden')."""
        tokens = list(_CAP_WORD_RE.finditer(self.text, start, end))
        while tokens:
            word = tokens[-1].group(0)
            bare = word.removesuffix("'s").removesuffix("’s")
            if bare in _NOT_NAMES or word in _NOT_NAMES:
                tokens.pop()
                continue
            break
        if not tokens:
            return start, start
        first = tokens[0]
        while tokens and (first.group(0) in _NOT_NAMES):
            tokens.pop(0)
            if tokens:
                first = tokens[0]
        if not tokens:
            return start, start
        new_end = tokens[-1].end()
        if self.text[new_end - 2 : new_end] in ("'s", "’s"):
            new_end -= 2
        return tokens[0].start(), new_end

    def add_name(self, start: int, end: int, confidence: float, role: str = "") -> None:
        start, end = self._trim_name(start, end)
        if start >= end or self._name_allowed(start, end):
            return
        self.add(start, end, Kind.NAME, confidence, role=role)

    # --- detectors ------------------------------------------------------------------------------
    def names(self) -> None:
        text = self.text
        for m in _TITLE_RE.finditer(text) if self.seen_title else ():
            title = m.group("title")
            name_start, name_end = m.span("name")
            single_initial = name_end - name_start <= 2
            if single_initial:
                if not self._name_allowed(m.start(), name_end):
                    self.add(m.start(), name_end, Kind.NAME, 0.6, role=self._role_before(m.start()))
                continue
            trimmed = self._trim_name(name_start, name_end)
            if trimmed[0] >= trimmed[1] or self._name_allowed(trimmed[0], trimmed[1]):
                continue
            before = text[max(0, m.start() - 40) : m.start()]
            after = text[trimmed[1] : trimmed[1] + 40]
            if title in ("Dr",) and (
                _AUTHOR_BEFORE_RE.search(before) or _AUTHOR_AFTER_RE.match(after)
            ):
                continue
            self.add(m.start(), trimmed[1], Kind.NAME, 0.95, role=self._role_before(m.start()))
        for m in _NAME_THEN_ROLE_RE.finditer(text) if self.seen_role else ():
            role = _ROLE_GROUP.get(m.group("role").lower(), "person")
            if text[m.end("name") : m.end("name") + 2] in ("'s", "’s"):
                # "Jayden's mum": the named person is the parent's child, not the parent.
                role = "child" if role in ("parent", "carer") else "person"
            self.add_name(*m.span("name"), 0.9, role=role)
        if self.has_digit and _NAME_AGE_PRE_RE.search(text):
            for m in _NAME_AGE_RE.finditer(text):
                start, end = self._trim_name(*m.span("name"))
                if start < end and not self._name_allowed(start, end):
                    age = int(m.group("age"))
                    self.add(start, end, Kind.NAME, 0.9, role="child" if age < 18 else "person")
                    self.add(*m.span("age"), Kind.AGE, 0.9)
        for m in _INITIALS_ROLE_RE.finditer(text) if self.seen_initials else ():
            initials = m.group("name").replace(".", "")
            if initials in _ROLE_ACRONYMS:
                continue
            role = _ROLE_GROUP.get(m.group("role").lower(), "child")
            self.add(*m.span("name"), Kind.NAME, 0.75, role=role)

    def _contextual_name(self, start: int, end: int, mid_sentence: bool = False) -> None:
        """A capitalised word next to a person-verb is a name unless it names a place/org."""
        start, end = self._trim_name(start, end)
        if start >= end:
            return
        if mid_sentence and not self._mid_sentence(start):
            # At the start of a sentence a capital letter says nothing, so ask for more: a
            # first name and surname neither of which is an ordinary word, or "X and I".
            words = self.text[start:end].split()
            follows = self.text[end : end + 8]
            plain = all(
                w.rstrip("'s’") not in _GENERIC_PLACE_WORDS and w not in _AUTHOR_SURNAMES
                for w in words
            )
            if not (_AND_I_RE.match(follows) or (len(words) > 1 and plain)):
                return
        words = self.text[start:end].split()
        if any(w.rstrip("'s’") in _GENERIC_PLACE_WORDS for w in words):
            return
        following = self.text[end : end + 40]
        if _PLACE_AFTER_RE.match(following):
            return
        self.add_name(start, end, 0.7)

    def _age(self, m: re.Match[str], pattern: re.Pattern[str]) -> None:
        text = self.text
        group = _age_group(m)
        start, end = m.span(group)
        before = text[max(0, m.start() - 30) : m.start()]
        if _RANGE_BEFORE_RE.search(before):
            return
        if pattern is _AGED_RE and _AGE_GROUP_BEFORE_RE.search(before):
            return
        if pattern is _YEAR_OLD_RE and re.search(
            r"(?i:years?|months?)[ \t]*$", text[max(0, start - 12) : start]
        ):
            return
        number = _age_number(m.group(group))
        if not 0 <= number <= 115:
            return
        if pattern is _SUBJECT_AGE_RE and not self._subject_age(m.start(), number):
            return
        confidence = 0.85 if pattern in (_AGED_RE, _YEAR_OLD_RE, _YO_RE) else 0.7
        self.add(start, end, Kind.AGE, confidence)

    def _subject_age(self, verb_start: int, age: int) -> bool:
        """Whether "is nine" belongs to a person: a child or relative, or someone named.

        "Her grandson will be 16", "the youngest was two": the word before the verb is a role.
        "Kaiden is nine": a capitalised word that is not a place, organisation or sentence
        word is the person's name, and is a finding too.
        """
        text = self.text
        j = verb_start
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j > 0 and text[j - 1] == ",":  # "The youngest, Bobby, is two"
            j -= 1
            verb_start = j
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
            k -= 1
        word = text[k:j]
        if not word:
            return False
        if word.lower().replace("-", " ") in _AGE_SUBJECT_ROLES:
            return True
        if not word[0].isupper() or word in _NOT_NAMES or word in _GENERIC_PLACE_WORDS:
            return False
        found = _NAME_BEFORE_RE.search(text, max(0, verb_start - 60), verb_start)
        if found is None:
            return False
        start, end = self._trim_name(*found.span("name"))
        if start >= end or self._name_allowed(start, end):
            return False
        following = text[end : end + 40]
        if _PLACE_AFTER_RE.match(following):
            return False
        self.add(start, end, Kind.NAME, 0.75, role="child" if age < 18 else "person")
        return True

    def cue_words(self) -> None:
        """Run the rules that start at a cue word, anchored where each cue word stands.

        The distinct words of the text are collected with C-speed string operations and
        intersected with the cue tables; only the cue words present are then located. That is
        several times faster than letting a dozen case-insensitive alternations try every
        position, and it is what keeps a re-scan after a keystroke well inside 20 ms.
        """
        text = self.text
        spaced = f" {text.translate(_SPACE_OUT)} "  # padded: see _occurrences
        words = set(spaced.split())
        if self.lenient:
            interesting = {w for w in words if self._capital_interesting(w)}
        else:
            interesting = words & _CAPITAL_CUES
            # "SP's father", "KM (mother)", "J.S.'s mother": initials that are not jargon
            self.seen_initials = any(
                t not in _ROLE_ACRONYMS for t in _INITIALS_RE.findall(text)
            ) or ("." in text and _DOTTED_INITIALS_RE.search(text) is not None)
        for token in interesting:
            for start in _occurrences(spaced, token):
                self._capitalised(start, start + len(token), token)
        if self.lenient:
            return
        lowered = spaced.lower()
        if len(lowered) != len(spaced):  # a rare character changes length when lowered
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in spaced)
        lower_words = set(lowered.split())
        self.lower_words = lower_words
        numbers = lower_words.intersection(_NUMBER_WORDS)
        if numbers:
            self.has_number_word = True
            self.number_word_starts = sorted(
                i for word in numbers for i in _occurrences(lowered, word)
            )
        for word in lower_words & _LOWER_CUES:
            base = word[:-2] if word.endswith("'s") else word
            verb = word in _NAME_VERB_FIRST
            actions = _TRIGGERS.get(word) or _TRIGGERS.get(base) or 0
            for start in _occurrences(lowered, word):
                if verb and self._previous_word_capitalised(start):
                    self._name_before_verb(start)
                if actions:
                    self._cue(start, start + len(word), actions)

    def _cue(self, start: int, end: int, actions: int) -> None:
        """The rules that start at this cue word, each after a cheap look at what follows."""
        text = self.text
        # Rules ending in a name need a capital letter soon after the cue word; rules ending
        # in a number need a digit (or a number word somewhere in the text).
        capital_ahead = actions & (_T_ROLE | _T_CASEWORK) and (
            _CAPITAL_RE.search(text, end, end + _LOOKAHEAD) is not None
        )
        digit_ahead = (
            self.has_digit
            and actions & (_T_AGE | _T_DOB | _T_REF | _T_OUTWARD)
            and _DIGIT_RE.search(text, end, end + _LOOKAHEAD) is not None
        )
        if actions & _T_ROLE:
            if not self.seen_role and self._after_name_glue(start):
                self.seen_role = True
            if capital_ahead:
                found = _ROLE_THEN_NAME_RE.match(text, start)
                if found:
                    role = _ROLE_GROUP.get(found.group("role").lower(), "person")
                    self.add_name(*found.span("name"), 0.9, role=role)
                found = _ROLE_INITIALS_RE.match(text, start)
                if found:
                    initials = found.group("name").replace(".", "").replace(" ", "")
                    if initials not in _ROLE_ACRONYMS:
                        role = _ROLE_GROUP.get(found.group("role").lower(), "person")
                        self.add(*found.span("name"), Kind.NAME, 0.75, role=role)
        if actions & _T_CASEWORK and capital_ahead:
            found = _CASEWORK_VERB_RE.match(text, start)
            if found:
                self._contextual_name(*found.span("name"))
        if actions & _T_AGE and (digit_ahead or self._number_word_ahead(end)):
            for pattern in (_AGED_RE, _PRONOUN_AGE_RE, _AGE_CUE_RE, _SUBJECT_AGE_RE):
                found = pattern.match(text, start)
                if found:
                    self._age(found, pattern)
        if actions & _T_OLD and self.has_digit_or_number_word:
            for found in _YEAR_OLD_RE.finditer(text, max(0, start - 30), end):
                self._age(found, _YEAR_OLD_RE)
        if actions & _T_DOB and digit_ahead:
            found = _DOB_RE.match(text, start)
            if found:
                date = found.group("date")
                confidence = 0.6 if date.isdigit() else 0.95
                self.add(*found.span("date"), Kind.DATE_OF_BIRTH, confidence)
        if actions & _T_REF and digit_ahead:
            found = _REF_CUE_RE.match(text, start)
            if found:
                self._reference_cue(found)
        if actions & _T_ADDRESS and self.seen_street:
            found = _CUED_ADDRESS_RE.match(text, start)
            if found:
                self._cued_address(found)
        if actions & _T_OUTWARD and digit_ahead:
            found = _OUTWARD_RE.match(text, start)
            if found:
                self.add(*found.span("code"), Kind.POSTCODE, 0.6)
        if actions & (_T_PERSONAL | _T_WHO | _T_REFLEXIVE):
            self._person_shape(start, actions)
        if actions & _T_TURN and self.has_number_word:
            found = _TURN_AGE_RE.match(text, start)
            if found:
                self._age(found, _TURN_AGE_RE)

    def _person_shape(self, start: int, actions: int) -> None:
        """A capitalised word that the grammar says is a person: "Kenzie, who...",
        "Jonah's key worker", "Lennon walks himself". Places, organisations, authors and
        ordinary words are still let through by _contextual_name."""
        text = self.text
        window = max(0, start - 60)
        before = text[max(0, start - 4) : start].rstrip(" \t")  # cheap look before searching
        found = None
        if actions & _T_WHO and before.endswith(","):
            found = _NAME_COMMA_RE.search(text, window, start)
        if (
            found is None
            and actions & _T_PERSONAL
            and before.endswith(("'s", "’s"))
            and _PERSONAL_NOUN_RE.match(text, start)
        ):
            found = _POSSESSIVE_NAME_RE.search(text, window, start)
        if found is None and actions & _T_REFLEXIVE:
            found = _REFLEXIVE_NAME_RE.search(text, window, start)
        if found is not None:
            self._contextual_name(*found.span("name"))

    def _number_word_ahead(self, end: int) -> bool:
        starts = self.number_word_starts
        if not starts:
            return False
        i = bisect_right(starts, end - 1)
        return i < len(starts) and starts[i] < end + _LOOKAHEAD

    def _after_name_glue(self, start: int) -> bool:
        """True when what stands before a role word could join it to a name before that.

        The shapes of _NAME_THEN_ROLE_RE: "Kelly's mum", "Kelly, the mother", "Kelly (mum)".
        """
        text = self.text
        j = start
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == 0:
            return False
        last = text[j - 1]
        if last == "(" or (last == "s" and text[j - 2 : j - 1] in ("'", "’")):
            return True
        word_end = j
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        word = text[j:word_end]
        if word == "the" and text[j - 1 : j] == "(":
            return True
        if word not in _GLUE_WORDS:
            return False
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        return text[j - 1 : j] == ","

    def _capital_interesting(self, token: str) -> bool:
        bare = token[:-2] if token.endswith("'s") else token
        return (
            token in _TITLE_TOKENS
            or token in _PLACE_SUFFIX_WORDS
            or (2 <= len(bare) <= 3 and bare.isupper())
            or bare in _FIRST_NAMES
            or (self.lenient and bare.capitalize() in _FIRST_NAMES)
        )

    def _previous_word_capitalised(self, start: int) -> bool:
        """True when the word before ``start`` is capitalised and could be a name."""
        text = self.text
        j = start - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < 0 or not text[j].isalpha():
            return False
        end = j + 1
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’-"):
            j -= 1
        return text[j].isupper() and text[j:end] not in _NOT_NAMES

    def _capitalised(self, start: int, end: int, token: str) -> None:
        """Rules that start at a capitalised word: titles, known first names, initials."""
        if token in _TITLE_TOKENS:
            self.seen_title = True
            return
        if token in _STREET_WORDS:
            self.seen_street = True
        if not self.seen_institution and token in _INSTITUTION_HEADS:
            self.seen_institution = any(s in self.text for s in _INSTITUTION_HEADS[token])
        bare = token[:-2] if token.endswith("'s") else token
        if 2 <= len(bare) <= 3 and bare.isupper():
            self.seen_initials = True
            return
        if bare in _FIRST_NAMES or (self.lenient and bare.capitalize() in _FIRST_NAMES):
            text = self.text
            nxt = _CAP_WORD_RE.match(text, end + 1) if text[end : end + 1] in " \t" else None
            if nxt is not None and bare == token:
                end = nxt.end()
            self.add_name(start, end, 0.8)

    def _name_before_verb(self, verb_start: int) -> None:
        """'... Kelly told me': a capitalised name just before a person-verb."""
        found = _TRAILING_NAME_RE.search(self.text, max(0, verb_start - 60), verb_start)
        if found is None:
            return
        start = found.start("name")
        # the whole name + verb phrase must match (e.g. "was placed", "and I")
        for candidate in _CAP_WORD_RE.finditer(self.text, start, found.end("name")):
            event = _PERSON_EVENT_RE.match(self.text, candidate.start())
            if event is not None:
                self._contextual_name(*event.span("name"))
                return
            confirmed = _NAME_VERB_RE.match(self.text, candidate.start())
            if confirmed is not None:
                self._contextual_name(*confirmed.span("name"), mid_sentence=True)
                return

    def ages(self) -> None:
        if self.has_digit and _YO_PRE_RE.search(self.text):
            for m in _YO_RE.finditer(self.text):
                self._age(m, _YO_RE)

    def numbers(self) -> None:
        """Numbers with a shape: each costly pattern runs only when the digits allow it.

        One cheap pass measures the runs of digits (how many digits in all, the longest run);
        a pattern that needs more digits than the text has, or a separator it lacks, is skipped.
        """
        text = self.text
        runs = _DIGIT_RUN_RE.findall(text)
        total = sum(map(len, runs))
        longest = max(map(len, runs))
        if total >= 10 and longest >= 3:
            for m in _NHS_RE.finditer(text):
                digits = "".join(m.groups())
                if nhs_number_is_valid(digits):
                    self.add(m.start(), m.end(), Kind.NHS_NUMBER, 0.95)
                elif _NHS_CUE_RE.search(text[max(0, m.start() - 20) : m.start()]):
                    self.add(m.start(), m.end(), Kind.REFERENCE, 0.7)
        if total >= 6 and _NI_PRE_RE.search(text):
            for m in _NI_RE.finditer(text):
                self.add(m.start(), m.end(), Kind.NI_NUMBER, 0.9)
        if self.lenient:
            if _INWARD_LOOSE_PRE_RE.search(text):
                for m in _POSTCODE_LOOSE_RE.finditer(text):
                    self.add(m.start(), m.end(), Kind.POSTCODE, 0.9)
            for m in _OUTWARD_RE.finditer(text):  # prose fields: at the cue words (_cue)
                self.add(*m.span("code"), Kind.POSTCODE, 0.6)
        elif _INWARD_PRE_RE.search(text):
            for m in _POSTCODE_RE.finditer(text):
                self.add(m.start(), m.end(), Kind.POSTCODE, 0.9)
        if total >= 8:
            for m in _PHONE_RE.finditer(text):
                candidate = m.group(0).rstrip(" \t-.(")
                if _is_phone(candidate):
                    end = m.start() + len(candidate)
                    self.add(m.start(), end, Kind.PHONE, 0.9)
        if longest >= 5 or _DIGIT_SEPARATOR_RE.search(text):
            for m in _STRUCTURED_REF_RE.finditer(text):
                value = m.group(0)
                if _YEAR_RANGE_RE.search(value) or _SHORT_CODE_RE.fullmatch(value):
                    continue
                if _NOT_A_REF_RE.match(value):
                    continue
                self.add(m.start(), m.end(), Kind.REFERENCE, 0.75)
        if longest >= 6:
            for m in _LONG_NUMBER_RE.finditer(text):
                self.add(m.start(), m.end(), Kind.REFERENCE, 0.6)

    def _reference_cue(self, m: re.Match[str]) -> None:
        ref = m.group("ref")
        if _YEAR_RANGE_RE.search(ref) or ref.isalpha():
            return
        cue = self.text[m.start() : m.start("ref")].strip().lower()
        if cue.startswith(("child", "person", "court", "log", "account", "police")) and not (
            re.search(r"(?:no|number|num|id|ref|#|:)\.?$", cue)
        ):
            return
        self.add(*m.span("ref"), Kind.REFERENCE, 0.85)

    def emails(self) -> None:
        text = self.text
        pos = text.find("@")
        while pos != -1:
            left = _EMAIL_LEFT_RE.search(text, max(0, pos - 64), pos)
            right = _EMAIL_RIGHT_RE.match(text, pos + 1)
            if left and right and left.group(0).strip(".") and right.group(0)[-1].isalpha():
                local = left.group(0).lower()
                if local not in _GENERIC_EMAIL_LOCAL:
                    end = right.end()
                    while text[end - 1] in ".-":
                        end -= 1
                    self.add(left.start(), end, Kind.EMAIL, 0.95)
            pos = text.find("@", pos + 1)

    def addresses(self) -> None:
        text = self.text
        if self.has_digit:
            for m in _ADDRESS_RE.finditer(text):
                words = m.group("street").split()
                if m.group("suffix") == "Court" and words[-1] in _COURT_WORDS:
                    continue
                if all(w in _NOT_NAMES and w not in ("St", "St.") for w in words):
                    continue
                self.add(m.start(), m.end(), Kind.ADDRESS, 0.85)
            if _FLAT_PRE_RE.search(text):
                for m in _FLAT_RE.finditer(text):
                    self.add(m.start(), m.end(), Kind.ADDRESS, 0.85)
        if self.lenient:  # prose fields run this rule where its cue words stand (_cue)
            for m in _CUED_ADDRESS_RE.finditer(text):
                self._cued_address(m)

    def _cued_address(self, m: re.Match[str]) -> None:
        words = m.group("street").split()
        if m.group("suffix") == "Court" and words[-1] in _COURT_WORDS:
            return
        self.add(m.start("street"), m.end(), Kind.ADDRESS, 0.75)

    def institutions(self) -> None:
        text = self.text
        for m in _INSTITUTION_RE.finditer(text):
            if self.lenient and not self.original[m.start("suffix")].isupper():
                continue  # "jayden_school_report.pdf": a file name's words, not a place
            words = [w.removesuffix("'s").removesuffix("’s") for w in m.group("name").split()]
            # Keep only the words that belong to the place's name.
            start = m.start("name")
            specific = [w for w in words if w not in _GENERIC_PLACE_WORDS and w not in _NOT_NAMES]
            if not specific:
                continue
            # Drop leading sentence words ("Today Oakwood Academy" → "Oakwood Academy").
            for w in m.group("name").split():
                bare = w.removesuffix("'s").removesuffix("’s")
                if bare in _NOT_NAMES and bare not in _GENERIC_PLACE_WORDS:
                    start = text.index(w, start) + len(w)
                    while text[start] in " \t":
                        start += 1
                else:
                    break
            s_start, s_end = self.sentence_bounds(m.start())
            sentence = text[s_start:s_end]
            cue = _PERSON_CUES.search(sentence)
            if cue is None and not any(
                r.kind == Kind.NAME and s_start <= r.start < s_end for r in self.raw
            ):
                continue
            self.add(start, m.end(), Kind.INSTITUTION, 0.8, detail=m.group("suffix"))
        if self.has_digit:
            for m in _WARD_NUMBER_RE.finditer(text):
                self.add(m.start(), m.end(), Kind.INSTITUTION, 0.8, detail="Ward")

    # --- results --------------------------------------------------------------------------------
    def run(self) -> list[_Raw]:
        self.cue_words()
        self.names()
        self.ages()
        if self.has_digit:
            self.numbers()
        if "@" in self.text:
            self.emails()
        if self.seen_street and (self.has_digit or self.lenient):
            self.addresses()
        if self.seen_institution:
            self.institutions()
        if self.files:
            self.file_names()
        general.run(self, self.entities)
        return _resolve(self.raw)

    def file_names(self) -> None:
        """People named in a file name: "tegan_shah_report.pdf", "letter_to_kai_brown.docx".

        Two or three words that are not ordinary words of CPD or casework, next to a word for
        a document about a person (report, referral, chronology, letter...). The word lists
        for ordinary words are general ones (places, organisations, jargon, topics), not names.
        """
        text = self.text
        matches = [*_FILE_NAME_FIRST_RE.finditer(text), *_FILE_NAME_AFTER_RE.finditer(text)]
        for m in matches:
            start, end = m.span("name")
            words = [w.lower() for w in _FILE_WORD_SPLIT_RE.split(m.group("name")) if w]
            if len(words) < 2 or any(
                w in _FILE_VOCABULARY or w.endswith(_FILE_WORD_ENDINGS) for w in words
            ):
                continue
            if self._name_allowed(start, end):
                continue
            self.add(start, end, Kind.NAME, 0.7)


def _age_group(m: re.Match[str]) -> str:
    """The group that holds the age in a match of one of the age patterns."""
    for name in ("age", "word", "plural"):
        if name in m.re.groupindex and m.group(name) is not None:
            return name
    raise ValueError("an age pattern matched without an age")


def _age_number(value: str) -> int:
    value = value.lower()
    return int(value) if value.isdigit() else _NUMBER_WORDS.get(value, -1)


def _is_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if candidate.count("(") != candidate.count(")") and not candidate.startswith("(0"):
        return False
    if candidate.startswith("+"):
        if digits.startswith("44"):
            national = digits[2:].removeprefix("0")
            return len(national) in (9, 10)
        return 8 <= len(digits) <= 15
    if digits.startswith("00"):
        return 10 <= len(digits) <= 17
    if not digits.startswith("0"):
        return False
    return len(digits) in (10, 11)


def _resolve(raw: list[_Raw]) -> list[_Raw]:
    """Keep the best of overlapping findings: the more specific kind, then the longer span."""
    ordered = sorted(raw, key=lambda r: (_PRIORITY[r.kind], -(r.end - r.start), -r.confidence))
    kept: list[_Raw] = []
    for candidate in ordered:
        clash = False
        for other in kept:
            if candidate.start < other.end and other.start < candidate.end:
                clash = True
                break
        if not clash:
            kept.append(candidate)
    kept.sort(key=lambda r: (r.start, r.end))
    return kept


# ------------------------------------------------------------------------------------------------
# Public API.


def _lenient(field_name: str) -> bool:
    return field_name.startswith(("tags.", "evidence."))


def _to_findings(
    text: str, field_name: str, raws: Iterable[_Raw], placeholders: _Placeholders
) -> list[Finding]:
    findings = []
    for r in raws:
        matched = text[r.start : r.end]
        findings.append(
            Finding(
                field=field_name,
                start=r.start,
                end=r.end,
                kind=r.kind.value,
                confidence=r.confidence,
                text=matched,
                suggestion=_suggestion(r, matched, placeholders),
                fingerprint=fingerprint(r.kind.value, matched),
            )
        )
    return findings


def scan_text(
    text: str,
    field: str = "text",
    context: ScanContext | None = None,
    wait_for_model: bool = True,
) -> list[Finding]:
    """Findings in one piece of text (an editor re-scans the section being typed in).

    Placeholders are consistent within this text only; use :func:`scan_entry` for an entry.
    With ``wait_for_model=False`` the named-entity model is used only if it has already read
    this text (see :func:`model.entities`); otherwise the rules alone answer at once.
    """
    placeholders = _Placeholders()
    placeholders.reserve(text)
    found = None if _lenient(field) else model.entities([text], load=wait_for_model)
    scanner = _Scanner(
        text,
        context or ScanContext(),
        _lenient(field),
        field.startswith("evidence."),
        found[0] if found else None,
    )
    raws = scanner.run()
    placeholders.learn(text, raws)
    return _to_findings(text, field, raws, placeholders)


def entry_fields(entry: Entry) -> list[tuple[str, str]]:
    """Every free-text field the check covers, as (field id, text), in reading order."""
    fields: list[tuple[str, str]] = [("title", entry.title)]
    fields.extend((f"reflection.{k}", v) for k, v in entry.reflection.sections.items())
    if entry.peer is not None:
        fields.append(("peer.text", entry.peer.text))
    fields.append(("source.notes", entry.source.notes))
    fields.extend((f"tags.{i}", t) for i, t in enumerate(entry.tags))
    fields.extend((f"evidence.{i}", ev.filename) for i, ev in enumerate(entry.evidence))
    return [(name, text) for name, text in fields if text]


# Between fields scanned together. No rule reaches across a blank line: names, numbers and
# cue phrases are joined by spaces or tabs only, and a line break ends a sentence.
_FIELD_BREAK = "\n\n"


def _scan_fields(
    fields: list[tuple[str, str]], context: ScanContext, files: bool = False
) -> list[tuple[str, str, list[_Raw]]]:
    """Scan short fields (tags, file names) as one text (one set-up, not one each), then split.

    Each finding goes back to its field with that field's offsets; the results are those of
    scanning each field on its own (``test_scan_entry_matches_field_by_field_scans``).
    """
    if len(fields) <= 1:
        return [(name, text, _Scanner(text, context, True, files).run()) for name, text in fields]
    starts: list[int] = []
    position = 0
    for _, text in fields:
        starts.append(position)
        position += len(text) + len(_FIELD_BREAK)
    joined = _FIELD_BREAK.join(text for _, text in fields)
    per_field: list[list[_Raw]] = [[] for _ in fields]
    for raw in _Scanner(joined, context, True, files).run():
        i = bisect_right(starts, raw.start) - 1
        offset = starts[i]
        raw.start -= offset
        raw.end = min(raw.end - offset, len(fields[i][1]))
        if raw.start < raw.end:
            per_field[i].append(raw)
    return [(name, text, per_field[i]) for i, (name, text) in enumerate(fields)]


def scan_entry(
    entry: Entry, practitioner_name: str = "", wait_for_model: bool = True
) -> list[Finding]:
    """Every finding in an entry, with placeholders consistent across its fields.

    ``wait_for_model`` is as for :func:`scan_text`.
    """
    context = ScanContext.for_entry(entry, practitioner_name)
    fields = entry_fields(entry)
    placeholders = _Placeholders()
    for _, text in fields:
        placeholders.reserve(text)
    prose = [(name, text) for name, text in fields if not _lenient(name)]
    found = model.entities([text for _, text in prose], load=wait_for_model)
    scanned = [
        (name, text, _Scanner(text, context, False, entities=found[i] if found else None).run())
        for i, (name, text) in enumerate(prose)
    ]
    scanned += _scan_fields([f for f in fields if f[0].startswith("tags.")], context)
    scanned += _scan_fields([f for f in fields if f[0].startswith("evidence.")], context, True)
    for _, text, raws in scanned:
        placeholders.learn(text, raws)
    findings: list[Finding] = []
    for name, text, raws in scanned:
        findings.extend(_to_findings(text, name, raws, placeholders))
    return findings


def _replace_spans(text: str, findings: list[Finding]) -> str:
    result = text
    last_start = len(text) + 1
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        start, end = f.start, f.end
        if result[start:end] != f.text:
            found = text.find(f.text)
            if found == -1:
                continue  # stale finding: the text changed since the scan
            start, end = found, found + len(f.text)
        if end > last_start:
            continue  # overlaps a later replacement
        result = result[:start] + f.suggestion + result[end:]
        last_start = start
    return result


def redact(entry: Entry, findings: Iterable[Finding]) -> Entry:
    """A copy of ``entry`` with each finding replaced by its suggestion.

    Findings should come from :func:`scan_entry` on this entry, so that placeholders are the
    same for the same person throughout (``[child A]`` in the reflection and the title).
    """
    by_field: dict[str, list[Finding]] = {}
    for f in findings:
        by_field.setdefault(f.field, []).append(f)
    result = entry.copy()

    def apply(name: str, text: str) -> str:
        wanted = by_field.get(name)
        return _replace_spans(text, wanted) if wanted else text

    result.title = apply("title", result.title)
    result.reflection.sections = {
        k: apply(f"reflection.{k}", v) for k, v in result.reflection.sections.items()
    }
    if result.peer is not None:
        result.peer.text = apply("peer.text", result.peer.text)
    result.source.notes = apply("source.notes", result.source.notes)
    result.tags = [apply(f"tags.{i}", t) for i, t in enumerate(result.tags)]
    result.evidence = [
        replace(ev, filename=_safe_filename(apply(f"evidence.{i}", ev.filename)))
        for i, ev in enumerate(result.evidence)
    ]
    return result


def _safe_filename(name: str) -> str:
    return name.replace("[", "").replace("]", "").replace(" ", "_")


def summarise(findings: Iterable[Finding]) -> dict[str, int]:
    """Count of findings per kind label, for an export dialog's summary."""
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.label] = counts.get(f.label, 0) + 1
    return counts


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "field": finding.field,
        "start": finding.start,
        "end": finding.end,
        "kind": finding.kind,
        "label": finding.label,
        "confidence": finding.confidence,
        "text": finding.text,
        "suggestion": finding.suggestion,
        "fingerprint": finding.fingerprint,
    }
