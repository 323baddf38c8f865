"""The check's word sets and patterns, built once from the word lists (:mod:`.data`).

Every pattern is compiled once, at import, and each is linear in the length of the text (no
nested quantifiers that can backtrack catastrophically). The lists themselves live in
``resources/confidentiality/word_lists.toml``; the lookup tables that say which rules a word can
start (:data:`_TRIGGERS`) are built from the same lists as the patterns, never from a pattern's
source text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from cpdlog.domain.confidentiality.data import alternation, ordered, words

# ------------------------------------------------------------------------------------------------
# Word sets.

_TITLE_WORDS = words("names", "title_words")
_TITLE_TOKENS = frozenset(w.capitalize() for w in _TITLE_WORDS)
_FIRST_NAMES = words("names", "common_first_names")
_AUTHOR_SURNAMES = words("names", "author_surnames") | words("public", "rare_surnames")
# Cases whose names are public and routinely discussed in training; not a confidentiality risk.
_PUBLIC_CASES = ordered("names", "public_cases")
_PLACES_AND_ORGS = words("places", "places_and_orgs")
_NOT_NAMES = words("names", "not_names") | _PLACES_AND_ORGS
_ACRONYMS = words("acronyms", "acronyms")
# Acronyms that are also everyday initials ("AM's father"), so they may be people after all.
_ROLE_ACRONYMS = _ACRONYMS - words("acronyms", "everyday_initials")

_ROLE_GROUPS = ("child", "parent", "carer", "relative", "partner", "person")
_ROLE_WORDS = tuple(w for group in _ROLE_GROUPS for w in ordered("roles", group))
_ROLE_ALT = "|".join(sorted(_ROLE_WORDS, key=len, reverse=True))
# A role word → its placeholder's group; a word in two groups takes the later one ("twin").
_ROLE_GROUP: dict[str, str] = {w: group for group in _ROLE_GROUPS for w in ordered("roles", group)}

# Nouns after "child" that make it an adjective ("child protection"), not a person.
_CHILD_COMPOUNDS = alternation("roles", "child_compounds")

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_UNITS = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
_NUMBER_WORDS = {w: i for i, w in enumerate([*_UNITS, *_TEENS.split()])}
for _value, _tens in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3):
    _NUMBER_WORDS[_tens] = _value * 10
    for _unit in _UNITS[1:]:
        _NUMBER_WORDS[f"{_tens}-{_unit}"] = _value * 10 + _NUMBER_WORDS[_unit]
_NUMBER_WORD_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))

_GENERIC_EMAIL_LOCAL = words("email", "generic_local")
# Words that may name a place but say nothing on their own ("the Family Centre").
_GENERIC_PLACE_WORDS = words("places", "generic_place_words")
_STREET_SUFFIXES = alternation("places", "street_suffixes")
_COURT_WORDS = words("places", "court_words")
_INSTITUTION_SUFFIXES = alternation("places", "institution_suffixes")

_PERSON_CUES = re.compile(
    r"\b(?:he|she|his|her|him|hers|they|their|them|attends|attended|attending|pupil|resident|"
    r"lives|lived|living|admitted|discharged|registered|placed|placement|moved|transferred|"
    r"excluded|enrolled|goes to|went to|started at|patient|GP|head teacher|headteacher|"
    r"teacher|staff|DSL|safeguarding lead|referral|referred|nurse|class|reception|year \d|"
    r"(?:" + _ROLE_ALT + r"))\b",
    re.IGNORECASE,
)

# ------------------------------------------------------------------------------------------------
# Patterns.

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
    rf"\b(?i:{alternation('cues', 'casework_verbs')})"
    rf"[ \t]+(?P<name>{_NAME})"
)
_NAME_VERB_RE = re.compile(rf"\b(?P<name>{_NAME})[ \t]+(?:{alternation('cues', 'name_verbs')})\b")
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
    [w.replace("-", " ") for w in _ROLE_WORDS]
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
    rf"\b(?i:{alternation('cues', 'reference_cues')})"
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
_PERSONAL_NOUNS = alternation("cues", "personal_nouns")
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


def _first_words(entries: Iterable[str]) -> set[str]:
    """The lower-case first word of each entry ("spoke to" → "spoke")."""
    found = set()
    for entry in entries:
        first = _TOKEN_RE.match(entry)
        if first:
            found.add(first.group(0).lower())
    return found


def _build_triggers() -> dict[str, int]:
    """Lower-case word → the rules (bit flags) that a cue starting with it can begin."""
    table: dict[str, int] = {}
    groups = (
        (_T_ROLE, _first_words(_ROLE_WORDS)),
        (_T_CASEWORK, _first_words(ordered("cues", "casework_verbs"))),
        (_T_AGE, set(ordered("cues", "age_cues"))),
        (_T_OLD, {"old"}),
        (_T_REF, _first_words(ordered("cues", "reference_cues"))),
        (_T_DOB, {"dob", "d", "date", "born", "birthday", "b"}),
        (_T_ADDRESS, set(ordered("cues", "address_cues"))),
        (_T_OUTWARD, {"post", "postcode", "lives", "living", "moved"}),
        (_T_PERSONAL, _first_words(w.lower() for w in ordered("cues", "personal_nouns"))),
        (_T_WHO, {"who"}),
        (_T_REFLEXIVE, {"himself", "herself", "themselves", "themself"}),
        (_T_TURN, {"turn", "turns", "turned", "turning"}),
    )
    for flag, group in groups:
        for word in group:
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
    part
    for group in ("street_suffixes", "institution_suffixes")
    for suffix in ordered("places", group)
    for part in suffix.split(" ")
) | {"House", "Court", "Tower", "Heights", "Block", "Lodge", "Buildings", "Mansions", "Ward"}
# Words that end a street or block name (addresses), and the institution suffixes by their last
# word: "Practice" only matters in "Medical Practice", "Home" only in "Care Home"...
_STREET_WORDS = words("places", "street_suffixes") | {
    "House", "Court", "Tower", "Heights", "Block", "Lodge", "Buildings", "Mansions"
}  # fmt: skip
_INSTITUTION_HEADS: dict[str, tuple[str, ...]] = {}
for _suffix in [*ordered("places", "institution_suffixes"), "Ward"]:
    _last = re.split(r"[ \-]", _suffix)[-1]
    _INSTITUTION_HEADS[_last] = (*_INSTITUTION_HEADS.get(_last, ()), _suffix)
_NAME_VERB_FIRST = frozenset(w.split(" ")[0] for w in ordered("cues", "name_verbs"))
_LOWER_CUES = frozenset({*_TRIGGERS, *(f"{w}'s" for w in _TRIGGERS), *_NAME_VERB_FIRST})
_CAPITAL_CUES = frozenset(
    {*_TITLE_TOKENS, *_PLACE_SUFFIX_WORDS, *_FIRST_NAMES, *(f"{n}'s" for n in _FIRST_NAMES)}
)
# File names (title-cased, "_" as spaces): a person's name next to a document word.
_FILE_DOC_WORDS = alternation("files", "document_words")
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
_FILE_TOPIC_WORDS = words("files", "topic_words")
# Endings of ordinary English words that names hardly ever have ("informed", "exploitation").
_FILE_WORD_ENDINGS = ordered("files", "word_endings")
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
        | frozenset(part for w in _ROLE_WORDS for part in re.split(r"[ \-]", w))
        | words("files", "document_words")
        | words("places", "street_suffixes")
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
