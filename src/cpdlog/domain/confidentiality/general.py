"""General rules for the way practitioners really write (issue 14).

The rules in the package's main module were built on cue words ("Mrs", "mum", "aged"). These add
what a careful reader does without cues:

* a first name from a large list of first names from 54 countries (``first_names.txt``), in
  any case and anywhere in a sentence, widened to the whole name ("Lily-Mae O'Connor",
  "Jordan Lee Mealey"); names that are also English words ("Faith", "Will") need a capital
  letter in the middle of a sentence;
* the shapes of places: "<Name> estate", "<Name> Primary", "Ysgol ...", "HMYOI ...", a ward
  with its hospital ("Ward 4 at Ninewells"), "<Name> Road" with no house number, "on
  <Street>" where the word is no English word, Welsh street names ("Heol y Nant");
* lower-case and partial postcodes after a place word ("in IV2", "ls6 2qt"), dates of birth with
  words in between ("born in Wythenshawe on 4/2/19"), short local references ("CIN-4410"),
  ages after a name ("stan is 82", "Osian Griffiths, 10") and identifying events with their
  dates ("the fire at the flat on 3 March").

Public people are dropped the way the main rules drop them (citations, authors, public cases,
the practitioner's own name) and also after public titles ("Lord Justice", "Dame",
"Professor"). When a named-entity model is available (:mod:`.model`), its labels add people
the list does not know and veto spans inside titles of works, laws and organisations.

Every word list is a data file under ``resources/confidentiality`` (see its README); no name
from the evaluation sets is written into these rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from cpdlog.domain.confidentiality.data import (
    alternation,
    first_names,
    fold,
    is_proper_noun,
    is_word,
    ordered,
    words,
)
from cpdlog.domain.confidentiality.kinds import Kind
from cpdlog.domain.confidentiality.patterns import (
    _AUTHOR_SURNAMES,
    _GENERIC_PLACE_WORDS,
    _MONTHS,
    _NOT_NAMES,
    _PLACES_AND_ORGS,
    _ROLE_WORDS,
    _TITLE_WORDS,
)

if TYPE_CHECKING:
    from cpdlog.domain.confidentiality.model import Entity
    from cpdlog.domain.confidentiality.scanner import _Scanner


# ------------------------------------------------------------------------------------------------
# Shapes.

_U = "A-ZÀ-ÖØ-ÞŴŶ"
_L = "a-zß-öø-ÿŵŷ"
_CAP = rf"(?:Mc|Mac|O'|O’|D'|D’)?[{_U}][{_L}]+(?:[-'’][{_U}]?[{_L}]+)*"
_CAP_WORD_RE = re.compile(rf"{_CAP}")
_TOKEN_RE = re.compile(rf"[{_U}{_L}]+(?:[-'’][{_U}{_L}]+)*")
_DAY_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?i:{_MONTHS})\b(?:,?[ \t]+\d{{4}})?|"
    rf"(?i:{_MONTHS})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?[ \t]+\d{{4}})?|"
    r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|\d{4}[-/]\d{2}[-/]\d{2}\b)"
)
_HOLIDAYS = (
    r"(?i:New[ \t]+Year's[ \t]+(?:Day|Eve)|New[ \t]+Year’s[ \t]+(?:Day|Eve)|Boxing[ \t]+Day|"
    r"Christmas[ \t]+(?:Day|Eve)|Bonfire[ \t]+Night|Hallowe'?en|Easter[ \t]+(?:Sunday|Monday)|"
    r"Mother's[ \t]+Day|Father's[ \t]+Day|Eid|Diwali|Valentine's[ \t]+Day|Hogmanay|"
    r"Eleventh[ \t]+[Nn]ight|Twelfth|St[ \t]+Patrick's[ \t]+Day|Burns[ \t]+Night|"
    r"St[ \t]+(?:David|Andrew|George)['’]s[ \t]+Day|Dydd[ \t]+Gŵyl[ \t]+Dewi)"
)

# Public titles: the person after one is a judge, peer, academic or public figure.
_PUBLIC_TITLE_RE = re.compile(
    r"(?i:\b(?:lord|lady)[ \t]+justice|\b(?:mr|mrs|ms)\.?[ \t]+justice|\bjustice|\bsir|\bdame|"
    r"\blady|\blord|\bbaroness|\bbaron|\bprofessor|\bprof\.?|\bjudge|\bhhj|\bking|\bqueen|"
    r"\bprince|\bprincess|\bsaint|\bst\.?|\bpope|\bminister|\bmp|\bcllr|\bcouncillor|"
    r"\bsecretary|\bchancellor|\bpresident|\bmayor|\broyal|\bet)[ \t]+$"
)
_AND_NAME = rf"(?:[ \t]*(?:,|and|&)[ \t]+{_CAP}(?:[ \t]+{_CAP})?)?"
_YEAR_NEAR_RE = re.compile(
    rf"{_AND_NAME}[ \t]*(?:'s|’s)?(?:[ \t]+(?:{_CAP}|of|and|the|on|to|in|for|report|review|"
    r"inquiry|study|paper|book|article|model|principles|et[ \t]+al\.?)){0,5}"
    r"[ \t]*[(,]?[ \t]*(?:19|20)\d\d\b"
)
_AUTHOR_VERB_AFTER_RE = re.compile(
    rf"{_AND_NAME}(?:'s|’s)?(?:[ \t]+{_CAP}){{0,4}}(?:[ \t]+[\"“‘]?[a-z-]+[\"”’]?){{0,4}}[ \t]+"
    r"(?i:argues|argued|"
    r"says|said in|writes|wrote|describes|described|suggests|suggested|explains|explained|found|"
    r"finds|calls|called it|coined|developed|reminds|notes|noted|puts it|talks about|"
    r"talked about|work|works|argue|describe|suggest|write|explain|note|propose|proposes|"
    r"proposed|show|shows|showed|highlight|highlights|highlighted|identify|identifies|"
    r"identified|outline|outlines|outlined|discuss|discusses|discussed|emphasise|emphasises|"
    r"emphasised|observe|observes|observed|define|defines|defined|recommend|recommends|"
    r"recommended|remind|contend|contends|contended|"
    r"book|books|research|model|theory|framework|approach|paper|article|study|review|report|"
    r"triangle|cycle|hierarchy|stages|ladder|wheel|lecture|podcast|keynote|talk|quote|webinar|"
    r"conference|training|analysis|judgment|judgement|ruling|programme|account[ \t]+of|"
    r"concept|idea|ideas|definition|argument|critique|writing|writings|lens|et[ \t]+al|"
    # session 7: forewords, institutes and stories, and who chaired, founded or devised what
    r"foreword|preface|introduction|institute|story|stories|memoir|legacy|styles|diagram|"
    r"chaired|founded|devised|designed|pioneered|created|developed[ \t]+it)\b"
)
# A full name and a quoted title, with its year or of three words or more: 'Evan Stark
# "Coercive Control" (2007)' (not a nickname: 'Kyle Brown "Big K"').
_QUOTED_WORK_AFTER_RE = re.compile(
    rf"(?:[ \t]+{_CAP})?(?:['’]s)?[ \t]*[\"“][A-Z][^\"”\n]{{0,60}}?[ \t][^\"”\n]{{1,60}}[\"”]"
    r"[ \t]*[(,]?[ \t]*(?:19|20)\d\d\b"
    rf"|(?:[ \t]+{_CAP})?(?:['’]s)?[ \t]*[\"“][A-Z][^\"”\n \t]*(?:[ \t]+[^\"”\n \t]+){{2,8}}[\"”]"
)
_CASE_AFTER_RE = re.compile(
    r"[ \t]+(?i:case|inquiry|judgment|judgement|ruling|review|report|reforms|principles)\b"
)
_ORG_AFTER_RE = re.compile(
    rf"(?:'s|’s)?(?:[ \t]+{_CAP})?[ \t]+(?i:webinar|conference|course|podcast|lecture|seminar|"
    r"workshop|campaign|charity|foundation)\b"
    rf"|(?:'s|’s)?(?:[ \t]+{_CAP}){{0,3}}[ \t]+(?:Centre|Center|Institute|Foundation|Trust|Fund|"
    r"Society|Network|Hub|"
    r"Law|Act|Award|Prize|Lecture|College|University|Council|Partnership|Project|Programme|"
    r"Report|Review|Inquiry|Commission|Scale|Model|Framework|Test|Principles|Guidance|Board|"
    r"Service|Services|Team|Unit|Lead|Panel|Forum|Alliance|Collaborative|Pathway|Strategy|"
    r"Toolkit|Protocol|Standards|Programme|Initiative|Approach|Tool|Guide|Training|Course|"
    r"Memorial|Day|Week|Month|Help|Wales|Cymru|Scotland|England|UK)\b"
)
_NEXT_CAP_RE = re.compile(rf"[ \t](?P<word>{_CAP})(?![\w-])")
# After a first name that is also a word ("Faith", "Frank"): a verb that only a person does.
_PERSON_VERB_RE = re.compile(
    r"(?:'s[ \t]+(?:mum|mam|dad|nan|gran|sister|brother|son|daughter|carer|partner|wife|husband|"
    r"NI[ \t]+number|NHS[ \t]+number|national[ \t]+insurance|date[ \t]+of[ \t]+birth|"
    r"social[ \t]+worker|key[ \t]+worker|keyworker|foster[ \t]+carer|bedroom|birthday)"
    r"|[ \t]+(?:was|is|has|had|said|says|told|went|came|looks|looked|lives|lived|drinks|drank|"
    r"cried|wants|wanted|refused|agreed|rang|phoned|texted|disclosed|admitted|seemed|felt|"
    r"feels|asked|smiled|shouted|won't|wouldn't|didn't|doesn't|can't|couldn't|and[ \t]+I|"
    r"died|overdosed|self-harmed|screamed|laughed|slept|punched|kicked|swore|ran[ \t]+off|"
    r"turned[ \t]+up|kicked[ \t]+off|stormed|sobbed|"
    r"and[ \t]+me|\(\d{1,2}\)))\b"
)
_RELATION_BEFORE_RE = re.compile(
    r"\b(?i:mate|friend|son|daughter|mum|mam|dad|brother|sister|partner|boyfriend|girlfriend|"
    r"nan|gran|uncle|aunt|aunty|cousin|about|with|for|saw|visited|met|see|called|named)[ \t]+$"
)
_SURNAME_AFTER_RE = re.compile(rf"[ \t]+(?P<surname>(?:Mc|Mac|O'|O’)?[{_U}][{_L}]{{2,}})\b")
_IN_PLACE_BEFORE_RE = re.compile(r"\b(?i:in|from|near|outside|around)[ \t]+$")
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an)[ \t]+$")
_NEXT_CAP_AFTER_RE = re.compile(rf"(?:['’]s)?[ \t]+(?:[{_U}]|of\b|for\b|and[ \t]+[{_U}])")
_PREV_CAP_RE = re.compile(rf"(?<![\w'’-])(?P<word>{_CAP})[ \t]$")
_AND_NAME_RE = re.compile(rf"[ \t]*(?:,|and|&)[ \t]+{_CAP}[ \t]+{_CAP}")
_AND_BEFORE_RE = re.compile(rf"{_CAP}[ \t]+{_CAP}[ \t]*(?:,|and|&)[ \t]+$")
_AUTHOR_CUE_BEFORE_RE = re.compile(
    r"(?i:\bby|\bfrom|\bread|\breading|\bcites?|\bcited|\bquoted?|\baccording[ \t]+to|"
    r"\bauthors?|\bresearchers?|\bacademics?|\bwriters?|\bsociologists?|\bpsychologists?|"
    r"\bpsychiatrists?|\btheorists?|\bpodcast[ \t]+with|\bspeakers?|\bwork[ \t]+of|"
    r"\bwith[ \t]+(?:the[ \t]+)?(?:author|researcher|professor))"
    rf"[ \t]+(?:{_CAP}(?:[ \t]+{_CAP})?(?:[ \t]*(?:,|and|&)[ \t]+|[ \t]+))?$"
)
# "according to Featherstone, White and Morris": the last of a list of cited surnames.
_CITED_LIST_BEFORE_RE = re.compile(
    r"(?i:\baccording[ \t]+to|\bby|\bsee|\bcites?|\bcited|\bdrawing[ \t]+on|\bfollowing|"
    r"\bin[ \t]+the[ \t]+words[ \t]+of|\bwork[ \t]+of|\bwritings?[ \t]+of)[ \t]+"
    rf"{_CAP}(?:[ \t]*,[ \t]*{_CAP}){{0,5}}[ \t]*(?:,[ \t]*)?(?:and|&)[ \t]+$"
)
_PLACE_PREP_BEFORE_RE = re.compile(r"(?i:\b(?:in|at|from|near|to|into|outside|around))[ \t]+$")
_NAME_AGE_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:is|was|turns|turned|just turned|is now|was only|now)|['’]?s|[ \t]*,)[ \t]+"
    r"(?P<age>\d{1,2}(?:[ \t]+months)?)\b(?![ \t]*(?:%|hours|hrs|times|weeks|days|minutes|mins|"
    r"o'clock|am|pm|years ago|per|miles|mg|ml|kg|/|\.\d|:\d))"
    # "riley (3)", "Kayden (6 weeks)", "(Macey 8, Brody 2)": an age in brackets or a list
    r"|[ \t]*\((?P<bracket>\d{1,2}(?:[ \t]+(?:months|weeks))?)\)"
    r"|[ \t]+(?P<listed>\d{1,2})(?=[ \t]*[,)])"
)
_ROLE_AGE_RE = re.compile(
    r"\b(?i:carer|child|boy|girl|son|daughter|baby|brother|sister|lad|teenager|man|woman|"
    r"mum|dad|mam|nan|gran|grandad|cousin|nephew|niece|toddler|twin|twins|youngest|eldest)"
    r"[ \t]*\((?P<age>\d{1,2})\)"
)
_MONTHS_AGE_RE = re.compile(
    r"\b(?:is|was|now|aged|only)[ \t]+(?P<age>\d{1,2}[ \t]+months)\b(?![ \t]+(?:pregnant|ago|"
    r"later|into|since|of|in|before|after))"
)

_ESTATE_RE = re.compile(
    rf"\b(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]+(?P<suffix>[Ee]state|[Ss]ite)\b(?!['’]s)"
)
_LOWER_ESTATE_RE = re.compile(
    r"\b(?:on|off|from|at|in|near|round|around|to)[ \t]+the[ \t]+"
    rf"(?P<name>[{_L}][{_L}'’-]{{2,}})[ \t]+estate\b"
)
_PLACE_SUFFIX = (
    r"Primary(?:[ \t]+School)?|Infants?(?:[ \t]+School)?|Juniors?(?:[ \t]+School)?|High(?:[ \t]+"
    r"School)?|Academy|Nursery|Hospice|House|Lodge|Grange|Manor|Secure[ \t]+(?:Unit|Centre)|"
    r"Resource[ \t]+Centre|Family[ \t]+Centre|Day[ \t]+Centre|Children's[ \t]+Centre|"
    r"Care[ \t]+Home|Nursing[ \t]+Home|Youth[ \t]+Club|Community[ \t]+Centre|Boys'[ \t]+School|"
    r"Girls'[ \t]+School|Reception[ \t]+Centre(?:[ \t]+[A-Z][a-z]+)?|Young[ \t]+People's[ \t]+"
    r"(?:Trust|Centre|Service)|care[ \t]+home|nursing[ \t]+home|children's[ \t]+(?:home|house)|"
    r"youth[ \t]+club|day[ \t]+centre|resource[ \t]+centre|family[ \t]+centre|residential[ \t]+"
    r"home|hostel|refuge|Surgery|Medical[ \t]+Centre|Health[ \t]+Centre|Hostel|Sheltered[ \t]+"
    r"Housing|Supported[ \t]+(?:Living|Housing|Accommodation)|Extra[ \t]+Care|Secure[ \t]+"
    r"Accommodation|Special[ \t]+Care[ \t]+Unit|Detention[ \t]+(?:Campus|Centre)|Youth[ \t]+"
    r"(?:Hub|Project|Centre)|Sixth[ \t]+Form(?:[ \t]+College)?|Specialist[ \t]+College|"
    r"Special[ \t]+School|PRU|Pupil[ \t]+Referral[ \t]+Unit|PS|Mosque|Gurdwara|Mandir|"
    r"halting[ \t]+site|Halting[ \t]+Site|"
    # session 7: lower-case supported housing after a name, and a few more kinds of place
    r"supported[ \t]+(?:living|lodgings|housing|accommodation)|Supported[ \t]+Lodgings|"
    r"Residential[ \t]+Home|Refuge|Foyer|Cottage|Grammar(?:[ \t]+School)?"
)
# Welsh and Irish names that put the kind of place first: "Cartref Plant Tŷ Derwen",
# "Uned Hergest", "Scoil Iognáid", "Gaelscoil na Mara", "ystad Maesgeirchen".
_PLACE_FIRST_RE = re.compile(
    r"\b(?:Cartref(?:[ \t]+(?:Plant|Preswyl|Gofal|Nyrsio))?|Uned|Scoil|Gaelscoil|Gaelcholáiste|"
    r"Coláiste|Bunscoil|Naíscoil|Meánscoil|Sgoil(?:[ \t]+Àraich)?|Meddygfa|Meithrinfa|"
    r"Cylch[ \t]+Meithrin|[Yy]stad|(?:Jamia[ \t]+)?Masjid|[Nn]ghartref|Gartref|Chartref|"
    r"Plas|Tŷ)"
    rf"(?:[ \t]+(?:yr|Yr|y|Y|na|an|Tŷ|Ty|Bro|{_CAP})(?![\w'’-])){{1,4}}"
    rf"(?:,[ \t]*Ysbyty[ \t]+{_CAP}(?:[ \t]+{_CAP})?)?"
)
# (what _PLACE_FIRST_RE needs, as plain substrings: cheaper than a pattern on every text)
_PLACE_FIRST_PRE = (
    "artref", "Uned", "coil", "Col", "stad", "Masjid", "Sgoil", "Medd", "Meithrin",
    "Plas", "Tŷ",
)  # fmt: skip
_WARD_CODE_PRE_RE = re.compile(r"on[ \t][A-Z]{1,2}\d")
# A ward named, or known by its code, with its hospital: "Parklands ward at the Royal X",
# "Ward Dyfi ym Mronglais", "on B4 at Royal X".
_NAMED_WARD_RE = re.compile(
    rf"\b(?:{_CAP}[ \t]+(?:[Ww]ard|[Uu]nit)|[Ww]ard[ \t]+{_CAP}|"
    rf"(?<=on[ \t])[A-Z]{{1,2}}\d{{1,2}}[A-Z]?)"
    r"[ \t]+(?:at|in|on|of|ym|yn)[ \t]+(?:the[ \t]+)?"
    rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
)
_PLACE_RE = re.compile(
    rf"\b(?P<name>(?:The[ \t]+)?{_CAP}(?:[ \t]+(?:{_CAP}|RC|CE|C[ \t]+of[ \t]+E|CofE|CiW|"
    rf"Community)){{0,3}})[ \t]+(?P<suffix>{_PLACE_SUFFIX})\b"
)
_YSGOL_RE = re.compile(
    rf"\bYsgol(?:[ \t]+(?:{_CAP}|y|yr|a|ar|bro|Bro|Gymraeg|Gynradd|Uwchradd)){{1,4}}\b"
)
_PRISON_RE = re.compile(
    rf"\b(?:HMP[ \t]*/[ \t]*YOI|HMP|HMYOI|HM[ \t]+YOI|HM[ \t]+Prison|YOI|HMP[ \t]+&[ \t]+YOI|"
    rf"STC|SCH)[ \t]+{_CAP}(?:[ \t]+{_CAP})?"
)
_WARD_RE = re.compile(
    r"\b[Ww]ard[ \t]+(?:\d{1,3}[A-Za-z]?|[A-Z]\d{1,3})\b"
    rf"(?P<hospital>[ \t]+(?:at|in|on|of)[ \t]+(?:the[ \t]+)?(?:{_CAP}|[A-Z]{{2,6}})"
    rf"(?:[ \t]+(?:{_CAP}|[A-Z]{{2,6}})){{0,3}})?"
)
_STREET_SUFFIX = (
    r"Road|Street|Lane|Avenue|Drive|Close|Crescent|Walk|Terrace|Grove|Gardens|Place|Row|Wharf|"
    r"Parade|Mews|Park[ \t]+Road|Way|Croft|Rise|Vale"
)
_STREET_RE = re.compile(
    rf"\b(?P<street>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]+(?P<suffix>{_STREET_SUFFIX})"
    rf"(?:[ \t]+(?:East|West|North|South|Upper|Lower))?\b"
    rf"(?P<town>,[ \t]*{_CAP}(?=[ \t]*(?:[.;:!?)]|$|\n)))?"
)
# Street words that come first: Welsh, and Irish and Scottish Gaelic ("7 Bóthar na Trá").
_WELSH_STREET_WORDS = (
    "Heol", "Stryd", "Ffordd", "Lôn", "Rhodfa", "Maes", "Cwrt", "Bóthar", "Sráid", "Ascaill",
    "Lána", "Sràid",
)  # fmt: skip
_WELSH_STREET_RE = re.compile(
    rf"(?<![Yy]stad[ \t])\b(?:(?:Tŷ|Ty)[ \t]+{_CAP},[ \t]*|\d{{1,4}}[A-Za-z]?,?[ \t]+)?"
    rf"(?:{'|'.join(_WELSH_STREET_WORDS)})[ \t]+"
    rf"(?:(?:y|yr|'r|na|an|a')[ \t]+)?{_CAP}(?:[ \t]+{_CAP})?"
    rf"(?:,[ \t]*{_CAP}(?=[ \t]*(?:[.;:!?)]|$|\n)))?"
)
# Cheap pre-checks (each is implied by its pattern, and starts with a character class, which
# the regex engine skips to fast): the place and street patterns below run only after them.
_PLACE_PRE_RE = re.compile(rf"[ \t](?:{_PLACE_SUFFIX})")
_STREET_PRE_RE = re.compile(rf"[ \t](?:{_STREET_SUFFIX})")
# (the last letter of on/along/off/down/up, a space, a capital)
_ON_STREET_PRE_RE = re.compile(rf"[nfgp][ \t]+[{_U}]")
_OFF_THE = ("off the ", "down the ", "up the ", "along the ")
_AND_CAP_AFTER_RE = re.compile(rf"[ \t]+(?:and|&)[ \t]+{_CAP}")
_PLACE_WORD_AFTER_RE = re.compile(rf"[ \t]+(?:{_PLACE_SUFFIX}|{_STREET_SUFFIX}|[Ee]state)\b")
# "on Deansgate", "off the Shankill" ("on the X" is a topic or a region: "on the Wirral").
_ON_STREET_RE = re.compile(
    rf"\b(?:on[ \t]+|(?:along|off|down|up)[ \t]+(?:the[ \t]+)?)"
    rf"(?P<street>[{_U}][{_L}]{{3,}})\b"
    rf"(?![-'’ \t]*[{_U}]|['’]s)"
)
# "a session on X", "her reflections on X", "a report on X": a topic, not a street.
_TOPIC_BEFORE_ON_RE = re.compile(
    r"(?i:\b(?:session|sessions|one|reflections?|findings|report|reports|training|course|talk|"
    r"talks|webinar|piece|article|book|work|focus|research|paper|chapter|module|briefing|"
    r"guidance|notes|thoughts|views|workshop|presentation|lecture|podcast|documentary|reading|"
    r"input|update|seminar|discussion|teaching|essay|blog|film|series|programme|inquiry|"
    r"review|learning|more|less|based|focused|focusing|reflecting|reflected|drawing|draws|"
    r"drew|relies|relied|written|wrote|writing|commented|comment|spoke|speaking|lectured)"
    r"[ \t]+(?:on|upon)[ \t]+)$"
)
_NOT_STREETS = frozenset(fold(w) for w in words("places", "not_streets"))
_POSTCODE_AREAS = words("places", "postcode_areas")
_OUTWARD_RE = re.compile(
    r"\b(?:in|from|near|around|to|into|at|moved to|lives in)[ \t]+"
    r"(?P<pc>(?P<area>[A-Z]{1,2})\d{1,2}[A-Z]?)\b(?![ \t]*\d[A-Z]{2}\b|-)"
)
_LOWER_POSTCODE_RE = re.compile(
    r"(?<![\w/@.])(?P<pc>[a-pr-uwyz][a-hk-y]?\d[a-z\d]?[ \t]?\d(?!(?:st|nd|rd|th)\b)"
    r"[abd-hjlnp-uw-z]{2})(?![\w@])"
)
# Postcodes as people type them (issue 14): mixed case ("NG7 2uh") or a slipped space
# ("ch41  7bn", "CH41  7BN"); an outward code in lower case after a cue ("from ls9"); and an
# outward code in capitals on its own ("a lad from B11", "the CF5 area", "out past DN4"),
# unless the words around it make it a vitamin, a road, a form, a level or a year
# (word_lists.toml: outward_lookalikes, not_postcode_before, not_postcode_after).
_MIXED_POSTCODE_RE = re.compile(
    r"(?<![\w/@.])(?P<pc>(?P<area>[A-Za-z]{1,2})\d[A-Za-z\d]?[ \t]{0,2}\d"
    r"(?!(?i:st|nd|rd|th)\b)[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![\w@])"
)
_LOWER_OUTWARD_RE = re.compile(
    r"\b(?:in|from|near|around|to|into|past|moved[ \t]+to|lives[ \t]+in)[ \t]+"
    r"(?P<pc>(?P<area>[a-z]{2})\d{1,2}[a-z]?)\b(?![ \t]*\d|[-/.]\w)"
)
_BARE_OUTWARD_RE = re.compile(
    r"(?<![\w/.\-&+£$#@])(?P<pc>(?P<area>[A-Z]{1,2})\d{1,2}[A-Z]?)"
    r"(?![\w/&+%@-]|[.,:]\d|['’]\w|[ \t]*\d[A-Za-z]{2}\b)"
)
_OUTWARD_PRE_BARE_RE = re.compile(r"[A-Z]\d")
# An Irish Eircode ("D24 X7K2"): a routing key and a four-character identifier that mixes
# letters and digits (so "C100 form", "M62 J10" are not one).
_EIRCODE_RE = re.compile(
    r"(?<![\w/-])(?P<pc>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?"
    r"(?=[0-9ACDEFHKNPRTV-Y]{0,3}[ACDEFHKNPRTV-Y])(?=[0-9ACDEFHKNPRTV-Y]{0,3}\d)"
    r"[0-9ACDEFHKNPRTV-Y]{4})(?![\w/-])"
)
_EIRCODE_PRE_RE = re.compile(r"[\dW][ \t]?[0-9A-Z]{4}(?![\w/-])")
_OUTWARD_LOOKALIKES = words("places", "outward_lookalikes")
_NOT_POSTCODE_BEFORE = words("places", "not_postcode_before")
_NOT_POSTCODE_AFTER = words("places", "not_postcode_after")
_POSTCODE_AREA_AFTER_RE = re.compile(r"[ \t]+(?i:area|postcode|end|side|district|address)\b")
_WORD_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<word>[A-Za-z][\w'’]*)[ \t]+$")
_JUNCTION_RE = re.compile(r"[Jj]\d{1,2}[a-z]?")
_WORD_AFTER_RE = re.compile(r"[ \t]+(?P<word>[A-Za-z][\w'’]*)")
_DOB_CUE_RE = re.compile(r"(?i:\bborn\b|\bdob\b|\bd\.o\.b\b|date[ \t]+of[ \t]+birth|\bbirthday\b)")
_DAY_DATE_RE = re.compile(rf"(?<![\w/.\-]){_DAY_DATE}")
_SHORT_REF_RE = re.compile(
    r"(?<![\w/\-])(?P<ref>(?:[A-Z]{1,4}-?\d{4,8}|[a-z]{2,4}-\d{4,8}|[A-Z]{1,4}-\d{2,4}-\d{2,6}))"
    r"(?![\w/]|-\d)"
)
_NOT_REF_RE = re.compile(r"(?:ISBN|ISSN|ISO|COVID|SARS|DOI|PCF|CPD|NHS|SWE|BS|EN|KS|GDPR)-?\d")
_REF_WORD_RE = re.compile(r"(?i:\bref\.?)[ \t]*[:#]?[ \t]*\d{4,10}\b")
_INCIDENTS = alternation("events", "incidents")
# "the fire at the flats last Tuesday", "the fight on Saturday night": a weekday as the date.
_WEEKDAY = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[ \t]+(?:night|morning|afternoon|evening))?"
)
_EVENT_RE = re.compile(
    r"\b(?P<det>[Tt]he)[ \t]+"
    r"(?P<between>(?:(?!(?:who|which|when|where|because|and|but)\b)[^\s.!?;:,()]+[ \t]+){0,11}?)"
    rf"(?:(?:on|over)[ \t]+(?:the[ \t]+)?(?P<date>{_DAY_DATE}|{_HOLIDAYS}|{_WEEKDAY})"
    rf"|in[ \t]+(?P<month>(?i:{_MONTHS})[ \t]+(?:19|20)\d\d)\b"
    rf"|(?P<last>last)[ \t]+{_WEEKDAY}\b)"
)
_WELSH_MONTHS = alternation("events", "welsh_months")
_WELSH_INCIDENT_RE = re.compile(rf"(?i:\b(?:{alternation('events', 'welsh_incidents')})\b)")
_WELSH_EVENT_RE = re.compile(
    r"\b[Yy][ \t]+(?P<between>(?:[^\s.!?;:,()]+[ \t]+){0,8}?)"
    rf"(?:ar|ym[ \t]+mis|yn[ \t]+ystod)[ \t]+(?:\d{{1,2}}[ \t]+)?(?:{_WELSH_MONTHS})"
    r"(?:[ \t]+(?:19|20)\d\d)?\b"
)
_INCIDENT_RE = re.compile(rf"(?i:\b(?:{_INCIDENTS})(?:s|es)?\b)")
# An incident word naming a service or a precaution, not an event ("the fire service training
# last Friday", "the flood defences on 3 May").
# "the night of the storm on 14 November": a night or day told by what happened in it.
_NIGHT_OF_RE = re.compile(
    r"[Tt]he[ \t]+(?:night|day|morning|evening|weekend)[ \t]+of[ \t]+the[ \t]"
)
_INCIDENT_AS_MODIFIER_RE = re.compile(
    r"[ \t]+(?i:service|services|brigade|safety|alarms?|doors?|risks?|defences|warnings?|drills?|"
    r"course|courses|station|officers?|plan|plans|team|training|awareness|prevention|policy|"
    r"procedures?|exits?|marshals?|extinguishers?)\b"
)
# Where _INCIDENT_RE matches in ASCII text, the run of word characters there (lower-cased) is one
# of these: a one-word incident with its plural, or the first word of a phrase ("house fire").
_WORD_RUN_RE = re.compile(r"\w+")
_INCIDENT_FORMS = frozenset(
    form
    for incident in _INCIDENTS.lower().split("|")
    for form in (
        (incident, f"{incident}s", f"{incident}es")
        if _WORD_RUN_RE.fullmatch(incident)
        else (_WORD_RUN_RE.findall(incident)[0],)
    )
)


# ------------------------------------------------------------------------------------------------
# The rules.


def run(sc: _Scanner, entities: list[Entity] | None) -> None:
    """Add this module's findings to the scanner's raw list, and drop public people."""
    text = sc.text
    vetoes = [(e.start, e.end) for e in entities or () if e.label in _VETO_LABELS]
    _drop_public(sc, vetoes)
    _names(sc, vetoes)
    if not sc.lenient:
        _unlisted_people(sc, vetoes)
    if entities:
        _model_people(sc, entities, vetoes)
    _places(sc)
    if sc.has_digit:
        _numbers(sc)
    if " the " in text or "The " in text or " y " in text or "Y " in text:
        _events(sc)


# The context step (issue 14): is a name-like span a private person in the writer's casework,
# or a cited or public one? Besides the shapes in _public (titles, years, authors' verbs,
# organisations after the name), a shipped gazetteer of public people in social work (written
# whole) and, in a Welsh sentence, Welsh words that look like English first names.
_PUBLIC_PEOPLE = frozenset(fold(p) for p in ordered("public", "people"))
_WELSH_WORDS = frozenset(ordered("public", "welsh_words"))
_WELSH_MARKERS = frozenset(ordered("public", "welsh_markers"))
_WELSH_TOKEN_RE = re.compile(r"[^\W\d_]+")
_WELSH_MIN_MARKERS = 2
_PUBLIC_TITLES = frozenset(
    {
        "dame", "sir", "lord", "lady", "baroness", "baron", "professor", "prof", "justice",
        "judge", "hhj", "prince", "princess", "king", "queen", "saint", "pope", "cllr",
        "councillor", "minister", "president", "bishop", "archbishop", "mayor",
    }
)  # fmt: skip
_FUNCTION_WORDS = frozenset(ordered("public", "not_first_names"))
_WORD_PREFIXES = frozenset(ordered("public", "word_prefixes"))
_DOCUMENT_WORDS = frozenset(ordered("public", "document_words"))
# "Jess Phillips MP", "(John Smith KC, 2022)": letters after a name that only public people have.
_POST_NOMINAL_RE = re.compile(r"[ \t]+(?:MP|MSP|MS|AM|MLA|TD|KC|QC|MBE|OBE|CBE|DBE|FRS|PhD)\b")
# "Dr X from the Contextual Safeguarding team at Durham University": a named affiliation.
_AFFILIATION_AFTER_RE = re.compile(
    rf"(?:[ \t]*,)?[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?(?:{_CAP}[ \t]+){{1,4}}(?:University|"
    r"College|Institute|Centre|Center|School[ \t]+of|team|Team|Foundation|Trust)\b"
    rf"|(?:[ \t]*,)?[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?University[ \t]+of[ \t]+{_CAP}"
)
# "the SCR into the death of X", "the murder of X": a death that led to a public review.
_DEATH_BEFORE_RE = re.compile(
    r"(?i:\b(?:inquiry|review|SCR|SAR|CSPR|DHR|LCSPR|report|reports|inquest|investigation|"
    r"learning|lessons)[ \t]+(?:into|from|on|about)[ \t]+the[ \t]+(?:death|deaths|murder|"
    r"killing|case)[ \t]+of|\bthe[ \t]+(?:murder|killing|deaths?)[ \t]+of)[ \t]+$"
)
# "the Joanna, Jon and Ben SAR", "the X review": names that title a published review.
_REVIEW_AFTER_RE = re.compile(
    rf"(?:[ \t]*,[ \t]*{_CAP})*(?:[ \t]*,?[ \t]+(?:and|&)[ \t]+{_CAP})?[ \t]*[\"”’']?[ \t]+"
    r"(?:SAR|SCR|CSPR|LCSPR|DHR|SCIE|Inquiry|inquiry|Review|Serious[ \t]+Case[ \t]+Review)\b"
)
# A quoted title: after "read", "SAR", "course"... or before "by": "What Happened to You?" by.
_QUOTE_OPEN_RE = re.compile(r"[\"“]([^\"“”\n]{0,80})$")
_WORK_BEFORE_QUOTE_RE = re.compile(
    r"(?i:\b(?:read|reading|watched|watching|book|books|film|films|report|SAR|SCR|CSPR|DHR|"
    r"review|course|training|session|programme|podcast|webinar|article|paper|chapter|"
    r"titled|entitled|called|named|the|his|her|their|'s|’s|on|and|also|finished|started|"
    r"recommended|play|song|poem|documentary|series|module|leaflet|guide|toolkit)[ \t]*)$"
)
# "Rocio Cifuentes, the Children's Commissioner", "Jo Bloggs, author of": a public role.
_PUBLIC_ROLE_AFTER_RE = re.compile(
    r"[ \t]*(?:,|\(|-|–)[ \t]*(?:(?:the|a|an|our|then|former|now)[ \t]+)*(?i:(?:chief|principal)"
    r"[ \t]+social[ \t]+worker|children's[ \t]+commissioner|commissioner|author|writer|researcher|"
    r"academic|professor|lecturer|judge|chair|minister|secretary[ \t]+of[ \t]+state|mp\b|"
    r"president|founder|chief[ \t]+executive|ceo|director|psychologist|psychiatrist|"
    r"psychotherapist|sociologist|theorist|journalist|broadcaster|campaigner|activist|poet|"
    r"novelist|keynote|speaker|presenter|trainer|facilitator|consultant|expert|barrister|kc\b|"
    r"qc\b|solicitor[ \t]+general|head[ \t]+of|chief[ \t]+inspector|inspector[ \t]+of)"
    # "Nigel X was the DCS then", "Donna X was the chief exec": a public office, said after
    r"|[ \t]+(?:was|is|became)[ \t]+(?:(?:the|then|a|former)[ \t]+)*(?i:dcs|dass|chief[ \t]+exec|"
    r"chief[ \t]+executive|director[ \t]+of|mayor|chief[ \t]+constable|leader[ \t]+of|"
    r"(?:children's[ \t]+)?commissioner|chief[ \t]+social[ \t]+worker|minister|chair[ \t]+of)\b"
)
# "the speaker was Dr Jane Smith", "our trainer, Ruth": a person at the front of a room.
_PUBLIC_ROLE_BEFORE_RE = re.compile(
    r"(?i:\b(?:speaker|speakers|keynote|presenter|presenters|trainer|trainers|facilitator|"
    r"facilitators|lecturer|lecturers|host|hosts|author|authors|guest|panellist|panellists|"
    r"chair|chaired|presented|facilitated|led|delivered|hosted|narrated|introduced|"
    r"prif[ \t]+weithredwr|prif[ \t]+swyddog|comisiynydd(?:[ \t]+plant)?|cadeirydd|siaradwr)"
    r"(?:[ \t]+(?:was|were|is|are|by|from|today))?(?:[ \t]*,)?)[ \t]+"
    r"(?:(?:Dr|Prof|Professor)\.?[ \t]+)?$"
)
# After a first name that is also a word: "Victoria station", "Jade hospital" are places.
_PLACE_NOUN_AFTER_RE = re.compile(
    r"[ \t]+(?:station|park|square|bridge|airport|stadium|theatre|museum|gallery|cathedral|"
    r"campus|university|college|library|line|embankment|arena|hall)\b"
)
# A full name's public work: "Emma Thompson's speech", "Jamie Oliver's campaign".
_PUBLIC_WORK_AFTER_RE = re.compile(
    r"['’]s[ \t]+(?:[a-z]+[ \t]+){0,2}(?:speech|campaign|memoir|autobiography|documentary|novel|"
    r"poem|poetry|film|films|column|blog|TED|song|lyrics|album|series|show|biography)\b"
)
_AUTHOR_FOLDED = frozenset(fold(w) for w in _AUTHOR_SURNAMES)
# "Arnstein's ladder", "Maslow's hierarchy": one surname before the name of a model or theory.
_THEORY_AFTER_RE = re.compile(
    r"['’]s[ \t]+[\"“‘]|"  # "Sinclair's "Foster Placements"": a surname before a quoted title
    r"['’]s[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:model|theory|theories|cycle|hierarchy|triangle|framework|"
    r"ladder|stages|pyramid|wheel|matrix|typology|taxonomy|quadrants?|continuum|principles|"
    r"paradigm|concept|definition|law|styles)\b"
)
# "Honey and Mumford's learning styles", "Prochaska and DiClemente's cycle": two authors.
_AND_THEORY_AFTER_RE = re.compile(
    rf"[ \t]+(?:and|&)[ \t]+{_CAP}['’]s[ \t]+(?:[a-z-]+[ \t]+){{0,3}}(?:model|theory|cycle|"
    r"styles|stages|framework|triangle|hierarchy|ladder|wheel|matrix|typology|principles)\b"
)


def welsh_near(sc: _Scanner, start: int, end: int) -> bool:
    """True when the text around ``start:end`` is Welsh: two or more other Welsh-only words
    within about a sentence either side (a Welsh question is often one short sentence)."""
    seen = {
        t.lower()
        for m in _WELSH_TOKEN_RE.finditer(sc.text, max(0, start - 100), end + 100)
        if not (m.start() <= start < m.end()) and (t := m.group(0)).lower() in _WELSH_MARKERS
    }
    if len(seen) >= _WELSH_MIN_MARKERS:
        return True
    following = _WELSH_TOKEN_RE.search(sc.text, end, end + 20)
    return bool(seen) and following is not None and following.group(0).lower() in seen


def known_not_private(sc: _Scanner, start: int, folded: list[str]) -> bool:
    """True for a public person named whole ("Eileen Munro") or a Welsh word ("Beth", "Mae")
    in a Welsh sentence; ``folded`` are the span's words, folded, without titles."""
    if len(folded) > 1:
        if folded[-1] in _DOCUMENT_WORDS and not sc.lenient:
            return True  # "the Ryan Report", "the Integrated Front Door"
        if folded[0] in _PUBLIC_TITLES or folded[0].rstrip(".") in _PUBLIC_TITLES:
            return True  # "Dame Louise Casey", "Professor Sue White"
        if " ".join(folded) in _PUBLIC_PEOPLE:
            return True  # "Eileen Munro", "Oliver McGowan (training)"
    return (
        len(folded) == 1
        and folded[0] in _WELSH_WORDS
        and welsh_near(sc, start, start + len(folded[0]))
    )


_VETO_LABELS = frozenset({"WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "LANGUAGE"})
# A capitalised token → True when it is a word, a known proper noun or a generic word (kept:
# the same words recur in every sentence, and the answer depends on the word alone).
_PLAIN_TOKENS: dict[str, bool] = {}
# (the capital first and the look-behind after it: the same matches as a look-behind first,
# but the regex engine can skip to the capitals)
_CAP_TOKEN_RE = re.compile(rf"[{_U}](?<![\w'’-][{_U}])[{_L}][\w'’-]*")


def _plain_token(token: str) -> bool:
    """True for a capitalised token that is a word, a known proper noun or a generic word."""
    plain = _PLAIN_TOKENS.get(token)
    if plain is None:
        if len(_PLAIN_TOKENS) > _CANDIDATES_MAX:
            _PLAIN_TOKENS.clear()
        folded = fold(token.removesuffix("'s").removesuffix("’s"))
        plain = _PLAIN_TOKENS[token] = is_word(folded) or is_proper_noun(folded) or _generic(token)
    return plain


def model_wanted_anywhere(text: str) -> bool:
    """False when :func:`model_wanted` is false for every sentence of ``text`` (one pass).

    A sentence is wanted only if one of its capitalised tokens is not plain, and a token never
    spans a sentence end (a sentence ends after a space or a line break), so the whole text's
    tokens are those of its sentences: a text whose tokens are all plain needs no split.
    """
    return not all(_plain_token(token) for token in set(_CAP_TOKEN_RE.findall(text)))


def model_wanted(sentence: str) -> bool:
    """True when the names model may add a person to this sentence, so it should read it.

    The model's PERSON spans are used only where they start with a capital and are not made of
    English words, known proper nouns and generic words (:func:`_model_people`), so a sentence
    without such a word ("Bez", "Gwenllian") is not sent. Its veto labels (titles, laws) are
    then not had for a listed first name in a sentence of known words only; on the natural set
    that changed no false alarm and found two more items (measured, docs/confidentiality.md),
    and it sends about one sentence in six instead of every sentence.

    Since session 5 the rules decide first where the model can matter: a PERSON span is used
    only beside a sign of casework (a person's verb or an age after it, a relation before it:
    :func:`_model_people`), so a sentence is sent only when such a word has that sign too
    (about one sentence in thirty on the natural sets). On both development sets this gave
    the same findings as sending every such sentence, at a fraction of the time (measured,
    docs/confidentiality.md).
    """
    if all(_plain_token(token) for token in set(_CAP_TOKEN_RE.findall(sentence))):
        return False  # (most sentences: their capitalised words are all words or known nouns)
    for m in _CAP_TOKEN_RE.finditer(sentence):
        token = m.group(0)
        if _plain_token(token):
            continue
        end = m.end() - (2 if token.endswith(("'s", "’s")) else 0)
        surname = _NEXT_CAP_RE.match(sentence, end)
        if (
            _PERSON_VERB_RE.match(sentence, end)
            or _NAME_AGE_AFTER_RE.match(sentence, end)
            or (surname is not None and _PERSON_VERB_RE.match(sentence, surname.end()))
            or _RELATION_BEFORE_RE.search(sentence, max(0, m.start() - 20), m.start())
        ):
            return True
    return False


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e and (e - s) > (end - start) for s, e in spans)


def _sentence_start(sc: _Scanner, start: int) -> bool:
    before = sc.text[max(0, start - 4) : start].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?:\n-–•*"


# Patterns the rules below use on every text they look at, compiled once.
_NON_SPACE_RE = re.compile(r"\S+")
_QUOTE_CLOSE_RE = re.compile(r"[\"”]")
_WORK_AFTER_QUOTE_RE = re.compile(r"[ \t]+(?:by|\(|SAR|SCR|review|report|research|course)\b")
_BLANKS_RE = re.compile(r"[ \t]+")
_PLACE_PARTS_RE = re.compile(r"[ \t-]+")
_NOT_DIGIT_RE = re.compile(r"\D")


def _public(sc: _Scanner, start: int, end: int) -> bool:
    """:func:`_public_name`, asked once per span of a scanned text (it reads only the text)."""
    known = sc.public_spans.get((start, end))
    if known is None:
        known = sc.public_spans[start, end] = _public_name(sc, start, end)
    return known


def _public_name(sc: _Scanner, start: int, end: int) -> bool:
    """True when the name at ``start:end`` reads as a cited or public person.

    A title ("Lord Justice", "Dame"), a year ("Munro (2011)", "Ferguson's 2018 study") or the
    name of an organisation, law or award after it ("Anna Freud Centre", "Clare's Law") is
    enough. An author's verb or a citing word before ("by", "according to") is enough only for
    a full name: practitioners write "Kyle says" and "Iwan works nights" about the people
    they support, but cite people by full name ("Harry Ferguson argues").
    """
    text = sc.text
    if _ORG_AFTER_RE.match(text, end):
        return True  # "Early Help Hub", "Signs of Safety Framework": the name of a service
    start, end = _whole_name(sc, start, end)
    following = _NEXT_CAP_RE.match(text, end)
    whole_end = following.end("word") if following else end
    whole = [fold(w.removesuffix("'s").removesuffix("’s")) for w in text[start:whole_end].split()]
    if known_not_private(sc, start, whole):
        return True  # "Harry Potter", "Leonard Cheshire": a public name written whole
    spans = list(_NON_SPACE_RE.finditer(text[start:whole_end]))
    for size in range(2, min(4, len(whole) - 1) + 1):
        if " ".join(whole[:size]) in _PUBLIC_PEOPLE and _ORG_AFTER_RE.match(
            text, start + spans[size - 1].end()
        ):
            return True  # "Oliver McGowan Mandatory Training": named after a public person
    before = text[max(0, start - 40) : start]
    after = text[end : end + 80]
    if _PUBLIC_TITLE_RE.search(before) or _YEAR_NEAR_RE.match(after):
        return True
    if _PUBLIC_ROLE_AFTER_RE.match(text, end) or _PUBLIC_ROLE_BEFORE_RE.search(before):
        return True
    if _POST_NOMINAL_RE.match(text, end) or _AFFILIATION_AFTER_RE.match(text, end):
        return True
    if _DEATH_BEFORE_RE.search(text, max(0, start - 60), start):
        return True
    if _REVIEW_AFTER_RE.match(text, end) and _CAP_WORD_RE.fullmatch(text[start:end].split()[-1]):
        return True
    if _in_quoted_title(text, start, end):
        return True
    if (" " in text[start:end].strip()) and _PUBLIC_WORK_AFTER_RE.match(text, end):
        return True
    if _ORG_AFTER_RE.match(after):
        return True
    if _CASE_AFTER_RE.match(after) and before.lower().endswith(("the ", "in ")):
        return True
    full = " " in text[start:end].strip() or bool(_AND_NAME_RE.match(after))
    if not full:
        if (_THEORY_AFTER_RE.match(text, end) or _AND_THEORY_AFTER_RE.match(text, end)) and text[
            start
        ].isupper():
            return True
        cited = _CITED_LIST_BEFORE_RE.search(text, max(0, start - 100), start)
        if cited and not any(_clear_first_name(w) for w in _CAP_WORD_RE.findall(cited.group(0))):
            return True  # not "hit by Kyle, Jay and Liam": people in casework
        return bool(_AUTHOR_CUE_BEFORE_RE.search(before)) and bool(_AND_BEFORE_RE.search(before))
    if _AUTHOR_VERB_AFTER_RE.match(after) or _QUOTED_WORK_AFTER_RE.match(after):
        return True
    return bool(_AUTHOR_CUE_BEFORE_RE.search(before)) and text[start].isupper()


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """True inside a quoted title of a work: read "What Happened to You?", the SAR "A and B"."""
    opened = _QUOTE_OPEN_RE.search(text, max(0, start - 80), start)
    if not opened:
        return False
    close = _QUOTE_CLOSE_RE.search(text[end : end + 80])
    if not close:
        return False
    inner = text[opened.start(1) : end + close.start()]
    capitals = sum(1 for w in inner.split() if w[:1].isupper())
    before = text[max(0, opened.start() - 30) : opened.start()]
    after = text[end + close.end() : end + close.end() + 20]
    return capitals >= 2 and bool(
        _WORK_BEFORE_QUOTE_RE.search(before) or _WORK_AFTER_QUOTE_RE.match(after)
    )


def _clear_first_name(word: str) -> bool:
    """True for a word that is a first name and nothing else ("Kyle"; not "White", "Brown")."""
    folded = fold(word)
    names = first_names()
    return folded in names and not names[folded] and not is_word(folded)


def _whole_name(sc: _Scanner, start: int, end: int) -> tuple[int, int]:
    """The run of name-like capitalised words around a span ('Oliver' → 'Mike Oliver')."""
    text = sc.text
    names = first_names()
    while True:
        m = _PREV_CAP_RE.search(text, max(0, start - 30), start)
        if not m:
            break
        word = m.group("word")
        if (is_word(word) and fold(word) not in names) or _generic(word):
            break
        start = m.start("word")
    for _ in range(3):
        nxt = _NEXT_CAP_RE.match(text, end)
        if not nxt or _generic(nxt.group("word")):
            break
        end = nxt.end("word")
    return start, end


def _widen(sc: _Scanner, start: int, end: int) -> int:
    """Take in a middle name and surname after a first name: 'Jordan Lee Mealey'."""
    text, original = sc.text, sc.original
    names = first_names()
    first_end = end
    given = fold(text[start:end])
    clear_first = given in names and not names[given] and not is_word(given)
    for _ in range(3):
        m = _BLANKS_RE.match(text[end : end + 3])
        if not m:
            break
        nxt = _CAP_WORD_RE.match(text, end + m.end())
        if not nxt or not original[nxt.start()].isupper():
            break
        word = nxt.group(0)
        bare = word.removesuffix("'s").removesuffix("’s")
        folded = fold(bare)
        if _generic(bare):
            break
        # "Kyle Brown rang": a capitalised word right after a first name is its surname
        # when it ends the name (no capitalised word after it: not "Kyle Brown Centre").
        if (
            is_word(bare)
            and folded not in names
            and (
                end != first_end
                or not clear_first
                or _NEXT_CAP_AFTER_RE.match(text, nxt.start() + len(bare))
            )
        ):
            break
        end = nxt.start() + len(bare)
        if bare != word:
            break
    return end


def _generic(word: str) -> bool:
    return word in _NOT_NAMES or word in _GENERIC_PLACE_WORDS or word in _PLACES_AND_ORGS


# A token → (bare, folded, first name) when the first-name list can make it a name, else None.
# It depends only on the token (and the list), so it is kept: most words of a journal recur.
_CANDIDATES: dict[str, tuple[str, str, str] | None] = {}
_CANDIDATES_MAX = 200_000
_candidates_of: list[dict[str, bool]] = []  # the list the kept answers were made with


def _name_candidate(token: str, names: dict[str, bool]) -> tuple[str, str, str] | None:
    bare = token[:-2] if token.endswith(("'s", "’s")) else token
    low = bare.lower()
    folded = low if low.isascii() else fold(bare)  # the same for ASCII, and cheaper
    if folded in names:
        first = folded
    elif "-" in folded:
        first = folded.split("-")[0]
        if first not in names or first in _WORD_PREFIXES:
            return None  # "Anti-racism", "Co-facilitated": words, not "Lily-Mae"
    else:
        return None
    if len(first) < 2 or folded in _FUNCTION_WORDS:
        return None  # "The", "My": a register's oddity, never a name
    return bare, folded, first


def _candidates(tokens: set[str], names: dict[str, bool]) -> dict[str, tuple[str, str, str]]:
    """The tokens that the first-name list can make a name (see :func:`_name_candidate`)."""
    if not _candidates_of or _candidates_of[0] is not names or len(_CANDIDATES) > _CANDIDATES_MAX:
        _CANDIDATES.clear()
        _candidates_of[:] = [names]
    found = {}
    missing = object()
    for token in tokens:
        known = _CANDIDATES.get(token, missing)
        if known is missing:
            known = _CANDIDATES[token] = _name_candidate(token, names)
        if known is not None:
            found[token] = known
    return found  # type: ignore[return-value]


_LETTERS = frozenset(c for c in map(chr, range(0x250)) if re.fullmatch(rf"[{_U}{_L}]", c))
_JOINERS = "-'’"  # inside a token, between letters (see _TOKEN_RE)


def _tokens_at(text: str, wanted: Mapping[str, object]) -> list[tuple[int, str]]:
    """(start, token) of every token of ``text`` that is in ``wanted``, in reading order:
    exactly those of ``_TOKEN_RE.finditer(text)``, found with ``str.find`` instead of by
    walking every token of the text in Python (a text holds a few candidate names among a
    hundred words). A token starts at a letter with no letter before it, nor a joiner with a
    letter before that (that letter's token runs on through the joiner); what starts there
    is the token ``_TOKEN_RE`` matches."""
    found = []
    for token in wanted:
        at = text.find(token)
        while at != -1:
            before = text[at - 1] if at else ""
            if not at or (
                before not in _LETTERS
                and not (before in _JOINERS and at > 1 and text[at - 2] in _LETTERS)
            ):
                m = _TOKEN_RE.match(text, at)
                if m is not None and m.group(0) == token:
                    found.append((at, token))
            at = text.find(token, at + 1)
    found.sort()
    return found


def _names(sc: _Scanner, vetoes: list[tuple[int, int]]) -> None:
    names = first_names()
    text, original = sc.text, sc.original
    # Only the words the list can make names are looked at (one C-speed pass finds the words).
    wanted = _candidates(set(_TOKEN_RE.findall(text)), names)
    if not wanted:
        return
    allowed = sc.context.allowed_names
    taken_until = -1
    for at, token in _tokens_at(text, wanted):
        if at < taken_until:
            continue
        bare, folded, first = wanted[token]
        written = original[at : at + len(bare)]
        if len(written) > 1 and written.isupper():
            continue  # an acronym: "NI", "LADO"
        if folded in allowed or first in allowed:
            continue
        if text[max(0, at - 4) : at] == "the " and not sc.lenient:
            continue  # "at the Hilton", "the bradford conference": a place or a thing
        if folded in _WELSH_WORDS and welsh_near(sc, at, at + len(bare)):
            continue  # "Mae", "Beth" in a Welsh sentence: words, not names
        lower = not written[0].isupper()
        word = names[first] or is_word(first)
        start, end = at, at + len(bare)
        if lower:
            if len(first) < 3 or (sc.lenient and sc.files) or folded in _AUTHOR_FOLDED:
                continue
            # (the cheap look at what follows first: both ways it is not a name)
            if word and not (
                not sc.lenient
                and (
                    _LOWER_WORD_NAME_AFTER_RE.match(text, end)
                    or _NAME_AGE_AFTER_RE.match(text, end)
                )
                and not _DETERMINER_BEFORE_RE.search(text, max(0, start - 8), start)
            ):
                continue  # "hope is 4", "bonnie's mum": a name; "hope is the key": a word
            if not sc.lenient and welsh_near(sc, at, at + len(bare)):
                continue  # Welsh and Gaelic writing capitalises names: "math", "gyda" are words
        elif word:
            mid = not _sentence_start(sc, start)
            prev = text[max(0, start - 5) : start].lower()
            if prev.endswith(("the ", "a ", "an ", "of ")):
                continue
            if token == bare and _IN_PLACE_BEFORE_RE.search(text, max(0, start - 10), start):
                continue  # "in Paisley", "from Reading": a place named like a person
            verb = None if mid else _PERSON_VERB_RE.match(text, end)
            if (
                verb
                and _BARE_VERB_RE.fullmatch(verb.group(0))
                and not _PERSON_STATE_RE.match(text, verb.end())
            ):
                verb = None  # "Hope was the theme": a word; "Hope was crying": a person
            if not mid and not (
                verb or _SURNAME_AFTER_RE.match(text, end) or _and_clear_name(text, end)
            ):
                continue
            before_cap = _PREV_CAP_RE.search(text, max(0, start - 30), start)
            if before_cap and not (
                is_word(before_cap.group("word")) and _sentence_start(sc, before_cap.start())
            ):
                continue  # "the Mental Health Bill": part of a title (not "Met Dean at")
        elif is_proper_noun(first) and _PLACE_PREP_BEFORE_RE.search(
            text, max(0, start - 12), start
        ):
            continue  # "in Kent", "from Chester": a place
        if not lower and token == bare and _PLACE_NOUN_AFTER_RE.match(text, end):
            continue  # "Victoria station", "Grace hall": a place named like a person
        if not lower:
            end = _widen(sc, start, end)
        taken_until = end
        if word and not lower and end - start == len(bare) and _title_before(sc, start):
            continue  # "Children and Young People", "Run Away or Go Missing": a title
        if end - start == len(bare) and first in _ROLE_NAMES:
            continue  # "his nan", "Nana said": a relation, which some lists hold as a name
        if _inside(vetoes, start, end) or _public(sc, start, end):
            continue
        if sc._name_allowed(start, end):
            continue
        following = text[end : end + 40]
        if _PLACE_WORD_AFTER_RE.match(following):
            continue  # "Rachel House", "Victoria Road": the place rules take it
        sc.add(start, end, Kind.NAME, 0.7 if lower or word else 0.8)
        age = _NAME_AGE_AFTER_RE.match(text, end)
        if age and sc.has_digit:
            sc.add(*age.span(_age_of(age)), Kind.AGE, 0.8)


def _unlisted_people(sc: _Scanner, vetoes: list[tuple[int, int]]) -> None:
    """A person no list knows, by what the sentence says of them (issue 14).

    A capitalised word that is no English word, known proper noun, acronym or generic word
    ("Bez", "Gazza", "Tayo"), followed by a verb only a person does ("rang", "said", "was")
    or after a relation ("his mate", "her son"), is a name; so is the surname after it. The
    model does the same when it is installed; this keeps the shape without it.
    """
    text, original = sc.text, sc.original
    names = first_names()
    # The words themselves are judged once (one C-speed pass finds them); most texts have none
    # that could be an unlisted person, and then nothing else runs.
    wanted = {
        token
        for token in set(_UNLISTED_RE.findall(text))
        if _unlisted_word(token.removesuffix("'s").removesuffix("’s"), names)
    }
    if not wanted:
        return
    taken = [(r.start, r.end) for r in sc.raw if r.kind == Kind.NAME]
    for m in _UNLISTED_RE.finditer(text):
        if m.group(0) not in wanted:
            continue
        start, end = m.start(), m.end()
        if any(s <= start < e for s, e in taken):
            continue
        word = m.group(0).removesuffix("'s").removesuffix("’s")
        end = start + len(word)
        if not original[start].isupper():
            continue
        end = _widen(sc, start, end)
        verb = _PERSON_VERB_RE.match(text, end)
        if (
            verb
            and _WEAK_VERB_RE.fullmatch(verb.group(0))
            and not _PERSON_STATE_RE.match(text, verb.end())
        ):
            verb = None  # "Tusla has", "Sertraline was": anything can be or have
        if not (verb or _RELATION_BEFORE_RE.search(text, max(0, start - 20), start)):
            continue
        prev = _PREV_CAP_RE.search(text, max(0, start - 30), start)
        if prev and not (is_word(prev.group("word")) and _sentence_start(sc, prev.start())):
            continue  # inside a run of capitalised words: a title or an organisation
        if _inside(vetoes, start, end) or _public(sc, start, end) or sc._name_allowed(start, end):
            continue
        sc.add(start, end, Kind.NAME, 0.6)
        taken.append((start, end))
        age = _NAME_AGE_AFTER_RE.match(text, end) if sc.has_digit else None
        if age:
            sc.add(*age.span(_age_of(age)), Kind.AGE, 0.75)


def _unlisted_word(word: str, names: dict[str, bool]) -> bool:
    """True when ``word`` (no "'s") may be a person no list knows: it is no English word, known
    proper noun, generic word, author, listed first name or medicine. Kept per word."""
    if not _unlisted_of or _unlisted_of[0] is not names or len(_UNLISTED) > _CANDIDATES_MAX:
        _UNLISTED.clear()
        _unlisted_of[:] = [names]
    known = _UNLISTED.get(word)
    if known is None:
        known = _UNLISTED[word] = not (
            len(word) < 3
            or word.lower().endswith(_WORD_ENDINGS)  # "Adultification": a word, not a name
            or is_word(word)
            or is_proper_noun(word)
            or _generic(word)
            or word in _AUTHOR_SURNAMES
            or fold(word) in names  # the list rules had their say
            # "Diazepam", "Olanzapine", "Tramadol": medicines are not people
            or word.lower().endswith(_DRUG_ENDINGS)
        )
    return known


_UNLISTED: dict[str, bool] = {}
_unlisted_of: list[dict[str, bool]] = []
_WORD_ENDINGS = ordered("files", "word_endings")
# After a first name written in lower case that is also a word: what only a person has.
_LOWER_WORD_NAME_AFTER_RE = re.compile(
    r"['’]s[ \t]+(?:mum|mam|mom|dad|nan|nana|gran|grandad|sister|brother|son|daughter|carer|"
    r"foster[ \t]+carer|partner|boyfriend|girlfriend|wife|husband|school|teacher|social[ \t]+"
    r"worker|key[ \t]+worker|keyworker|bedroom|birthday)\b"
)
_DETERMINER_BEFORE_RE = re.compile(
    r"\b(?i:my|our|your|the|a|an|his|her|their|this|that|no|some|any|of|in|with|and|for)"
    r"[ \t]+$"
)
_ROLE_NAMES = frozenset(fold(w) for w in _ROLE_WORDS)
_BARE_VERB_RE = re.compile(r"[ \t]+(?:was|is|has|had)")
_WEAK_VERB_RE = re.compile(r"[ \t]+(?:was|is|has|had|looks|looked|seemed)")
# After "was/is/has been": what only a person is or does ("was crying", "has been drinking").
_PERSON_STATE_RE = re.compile(
    r"(?:[ \t]+(?:been|not|so|really|very|still|just|now|also|quite))*[ \t]+(?:[a-z]+ing|"
    r"upset|angry|scared|drunk|asleep|quiet|happy|sad|tearful|distressed|arrested|excluded|"
    r"remanded|missing|pregnant|homeless|violent|aggressive|withdrawn|hungry|late|off[ \t]+sick|"
    r"in[ \t]+(?:care|custody|hospital|prison|court|school|foster))\b"
)
_DRUG_ENDINGS = (
    "ine", "one", "ol", "pam", "pram", "lam", "zole", "pine", "done", "ide", "mab", "pril",
    "statin", "cillin", "mycin", "tex", "phen", "alin",
)  # fmt: skip
_UNLISTED_RE = re.compile(rf"(?<![\w'’-]){_CAP}(?![\w'’-]*[{_U}])")


def _drop_public(sc: _Scanner, vetoes: list[tuple[int, int]]) -> None:
    """Drop names the cue rules found that are cited or public people, or plain words."""
    names = first_names()
    kept = []
    for r in sc.raw:
        if r.kind == Kind.NAME:
            words = [
                w.removesuffix("'s").removesuffix("’s") for w in sc.text[r.start : r.end].split()
            ]
            titled = bool(words) and words[0].lower().rstrip(".") in _TITLE_WORDS
            if titled and len(words) > 2 and words[1].lower() == "justice":
                continue  # "Mr Justice Hayden", "Mrs Justice Theis": a High Court judge
            if (
                titled
                and len(words) > 1
                and words[0].lower().rstrip(".") == "dr"
                and not sc.lenient
                and _public(sc, sc.text.find(words[1], r.start), r.end)
            ):
                continue  # "the speaker was Dr Jane Smith", "Dr Sheldon (2011)": cited
            plain = all(
                is_word(w) and (r.confidence < 0.9 or fold(w) not in names) for w in words
            ) and (
                _sentence_start(sc, r.start)
                or _in_title_phrase(sc, r.start, r.end)
                or (
                    len(words) == 1
                    and _ARTICLE_BEFORE_RE.search(sc.text, max(0, r.start - 5), r.start)
                )
            )
            if not titled and (
                _inside(vetoes, r.start, r.end)
                or (not sc.lenient and _public(sc, r.start, r.end))
                or plain
            ):
                continue
        kept.append(r)
    sc.raw[:] = kept


_AND_NAME_AFTER_RE = re.compile(rf"[ \t]+(?:and|&)[ \t]+(?P<name>{_CAP})\b")


def _and_clear_name(text: str, end: int) -> bool:
    """True before "and <a first name that is no word>": "Sue and Pete", "Will and Kyle"."""
    m = _AND_NAME_AFTER_RE.match(text, end)
    if not m:
        return False
    other = fold(m.group("name"))
    names = first_names()
    return other in names and not names[other] and not is_word(other)


def _title_before(sc: _Scanner, start: int) -> bool:
    """True after "<Capitalised> and/or/of" ("Children and Young", "Away or Go")."""
    before = sc.text[max(0, start - 40) : start].split()[-2:]
    return (
        len(before) == 2
        and before[1] in ("and", "or", "of", "for", "&", "on", "in", "to")
        and before[0][:1].isupper()
        and before[0] != "I"
        and is_word(before[0])  # "Kyle and Faith": two people, not a title
        and fold(before[0]) not in first_names()
        and fold(before[0]) not in _ROLE_NAMES  # "Mum and Faith"
        and not _sentence_start(sc, sc.text.rfind(before[0], 0, start))
    )


def _in_title_phrase(sc: _Scanner, start: int, end: int) -> bool:
    """True inside Title Case words ("the Practice Guidance", "Children Who Run Away")."""
    before = sc.text[max(0, start - 40) : start].split()[-2:]
    after = sc.text[end : end + 30].split()[:1]
    if any(w[:1].isupper() and w != "I" for w in [*before[-1:], *after]):
        return True
    return (
        len(before) == 2
        and before[1] in ("and", "or", "with", "of", "for", "to", "&", "in", "on", "at", "from")
        and before[0][:1].isupper()
    )


def _model_people(sc: _Scanner, entities: list[Entity], vetoes: list[tuple[int, int]]) -> None:
    """People the model found that the list does not know (surnames, nicknames)."""
    text = sc.text
    taken = [(r.start, r.end) for r in sc.raw if r.kind == Kind.NAME]
    for e in entities:
        if e.label != "PERSON":
            continue
        start, end = e.start, e.end
        span = text[start:end]
        if span.endswith(("'s", "’s")):
            end -= 2
        if any(s < end and start < t for s, t in taken):
            continue
        if not text[start].isupper() or _inside(vetoes, start, end):
            continue
        words = text[start:end].split()
        if len(words) > 4 or any(_generic(w) for w in words):
            continue
        if all(is_word(w) or is_proper_noun(w) for w in words):
            continue  # "Practice Guidance", "Munro": words and known surnames need the list
        if any(
            w.isupper() or any(c.isdigit() for c in w) or sum(c.isupper() for c in w[1:]) > 1
            for w in words
        ):
            continue  # "MAPPA", "Alexis Jay 2014", "DoLS"
        if not (
            _PERSON_VERB_RE.match(text, end)
            or _NAME_AGE_AFTER_RE.match(text, end)
            or _RELATION_BEFORE_RE.search(text, max(0, start - 20), start)
        ):
            continue  # the model alone is not enough: it needs a sign of casework
        if _public(sc, start, end) or sc._name_allowed(start, end):
            continue
        sc.add(start, end, Kind.NAME, 0.6)


def _places(sc: _Scanner) -> None:
    text, original = sc.text, sc.original
    if "state" in text or "site" in text:
        for m in _ESTATE_RE.finditer(text):
            start = _drop_generic_front(text, m.start("name"), m.end("name"))
            if start is None or (sc.lenient and not original[m.start("name")].isupper()):
                continue
            if m.group("suffix").lower() == "site" and (
                m.group("name").count(" ") == 0 or all(is_word(w) for w in m.group("name").split())
            ):
                continue
            sc.add(start, m.end(), Kind.INSTITUTION, 0.8, detail="estate")
            _drop_addresses_inside(sc, start, m.end())  # "living on the Orchard Park estate"
        for m in _LOWER_ESTATE_RE.finditer(text):
            if not is_word(m.group("name")):
                sc.add(m.start("name"), m.end(), Kind.INSTITUTION, 0.7, detail="estate")
    for m in _PLACE_RE.finditer(text) if _PLACE_PRE_RE.search(text) else ():
        if sc.lenient and not original[m.start("name")].isupper():
            continue
        start = _drop_generic_front(text, m.start("name"), m.end("name"))
        if start is None:
            continue
        suffix = m.group("suffix")
        if suffix in ("hostel", "refuge") and all(
            is_word(w) or is_proper_noun(w) for w in text[start : m.end("name")].split()
        ):
            last = text[start : m.end("name")].split()[-1]
            if last in _HOUSE_WORDS and start < m.end("name") - len(last) - 1:
                sc.add(start, m.end("name"), Kind.INSTITUTION, 0.75, detail=last)
            continue  # "the Salvation Army hostel": a service ("Brunswick House hostel": a place)
        sc.add(start, m.end(), Kind.INSTITUTION, 0.8, detail=suffix)
    places_first = not sc.lenient and any(w in text for w in _PLACE_FIRST_PRE)
    for m in _PLACE_FIRST_RE.finditer(text) if places_first else ():
        sc.add(m.start(), m.end(), Kind.INSTITUTION, 0.8, detail="place")
    if not sc.lenient and (
        "ard " in text or "nit " in text or (sc.has_digit and _WARD_CODE_PRE_RE.search(text))
    ):
        for m in _NAMED_WARD_RE.finditer(text):
            first = m.group(0).split()[0]
            if _generic(first) and first.lower() != "ward":
                continue
            sc.add(m.start(), m.end(), Kind.INSTITUTION, 0.75, detail="Ward")
    if "Ysgol" in text:
        for m in _YSGOL_RE.finditer(text):
            sc.add(m.start(), m.end(), Kind.INSTITUTION, 0.85, detail="school")
    if "HM" in text or "YOI" in text or "STC" in text or "SCH" in text:
        for m in _PRISON_RE.finditer(text):
            sc.add(m.start(), m.end(), Kind.INSTITUTION, 0.85, detail="prison")
    if sc.has_digit and ("ard " in text):
        for m in _WARD_RE.finditer(text):
            sc.add(m.start(), m.end(), Kind.INSTITUTION, 0.85, detail="Ward")
    for m in _STREET_RE.finditer(text) if _STREET_PRE_RE.search(text) else ():
        start = _drop_generic_front(text, m.start("street"), m.end("street"), streets=True)
        if start is None or (sc.lenient and not original[m.start("street")].isupper()):
            continue
        if " ".join(fold(w) for w in text[start : m.end()].split()) in _PUBLIC_PEOPLE:
            continue  # "Coronation Street": a public name (a programme), not an address
        if _PLACE_AFTER_STREET_RE.match(text, m.end()):
            continue  # "Hill Lane Primary": a school named after its street, taken whole below
        sc.add(start, m.end(), Kind.ADDRESS, 0.75)
    if not sc.lenient:
        _more_places(sc)
        _residences(sc)
    if any(w in text for w in _WELSH_STREET_WORDS):
        for m in _WELSH_STREET_RE.finditer(text):
            sc.add(m.start(), m.end(), Kind.ADDRESS, 0.75)
    if not sc.lenient and (_ON_STREET_PRE_RE.search(text) or any(w in text for w in _OFF_THE)):
        names = first_names()
        for m in _ON_STREET_RE.finditer(text):
            word = m.group("street")
            folded = fold(word)
            if (
                is_word(word)
                or is_proper_noun(word)
                or folded in names
                or folded in _NOT_STREETS
                or _generic(word)
                or word in _AUTHOR_SURNAMES
                or _TOPIC_BEFORE_ON_RE.search(text, max(0, m.start() - 30), m.start("street"))
                or _AND_CAP_AFTER_RE.match(text[m.end() : m.end() + 30])
            ):
                continue  # "a session on X", "reflections on A and B": topics and authors
            sc.add(m.start("street"), m.end("street"), Kind.ADDRESS, 0.6)


_HOUSE_WORDS = frozenset(("House", "Lodge", "Grange", "Manor", "Court", "Hall"))
_PLACE_AFTER_STREET_RE = re.compile(rf"[ \t]+(?:{_PLACE_SUFFIX}|Boys'|Girls'|School|[Ee]state)\b")
# "went to oakfield house", "at brookside primary": a named place in lower case.
_LOWER_PLACE_RE = re.compile(
    r"\b(?:at|to|from|in|into|attends|attended|attending|left|leaves)[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>[{_L}][{_L}'’-]{{2,}})[ \t]+(?P<suffix>house|lodge|grange|manor|academy|"
    r"primary|nursery|care[ \t]+home|nursing[ \t]+home|children's[ \t]+home)\b"
)
# "at St Aidan's", "to St Luke's": a school, hospital or hospice known by its saint.
_SAINTS_RE = re.compile(
    r"\b(?i:at|to|from|into|attends|attended|attending|visited|visiting|visit)[ \t]+"
    rf"(?P<place>St\.?[ \t]+{_CAP}['’]s)(?![ \t]+{_CAP}|[\w'’-])"
)
# "placed at The Willows", "moved to The Laurels": a home known by its house name.
_THE_PLACE_RE = re.compile(
    r"\b(?:at|to|from|into)[ \t]+"
    rf"(?P<place>The[ \t]+{_CAP}(?:[ \t]+{_CAP})?)(?![ \t]+{_CAP}|[\w'’-])"
)


# Where a person stays or is looked after: the sign that "The Willows" or "St Aidan's" is
# the home, ward or unit of someone in the writer's casework (not a venue or a charity).
_STAYS_RE = re.compile(
    r"\b(?i:placed|placement|lives|living|lived|resident|residents|staying|stays|stayed|"
    r"respite|admitted|discharged|moved[ \t]+(?:him|her|them|in|back)|inpatient|patient|"
    r"in-patient|detained|remanded|sectioned)\b"
)
# Casework that happens at a home, school or unit ("Review at The Cedars", "the head at St
# Anne's"), and a person named in the same sentence: either says the place is someone's.
_AT_HOME_RE = re.compile(
    r"\b(?i:review|reviews|LAC[ \t]+review|inspection|manager|"
    r"staff|key[ \t]?worker|pupil|pupils|attends|attended|attending|started|starts|head|"
    r"teacher|class|excluded|moved|move|transition|placed|respite)\b"
)


_ORG_WORDS = frozenset(
    "Fund Trust Foundation Society Institute Network Hub Guardian Times Observer Independent "
    "Telegraph Centre Center College University Council Partnership Alliance Commission "
    "Project Group Association Federation Academy Collective".split()
)


def _someones_place(sc: _Scanner, start: int, place: str, saint: bool = False) -> bool:
    """True when the sentence around ``start`` ties a house-named place to casework.

    Someone staying there is enough; a review, a visit or a person named in the sentence is
    enough only for a house-like name (no city, "The Hague"; no organisation, "The King's
    Fund")."""
    s_start, s_end = sc.sentence_bounds(start)
    if _STAYS_RE.search(sc.text, s_start, s_end):
        return True
    words = [w.removesuffix("'s").removesuffix("’s") for w in place.split()[1:]]
    if any(w in _ORG_WORDS or (is_proper_noun(w) and not saint) for w in words):
        return False
    if _AT_HOME_RE.search(sc.text, s_start, s_end):
        return True
    return any(r.kind == Kind.NAME and s_start <= r.start < s_end for r in sc.raw)


_AN_EVENT_AFTER_RE = re.compile(
    r"[ \t]+(?i:conference|event|events|building|offices?|podcast|webinar|training|report|"
    r"session|sessions|course|lecture|seminar|workshop|team|website|book|film)\b"
)


def _more_places(sc: _Scanner) -> None:
    text = sc.text
    if (
        "house" in text
        or "lodge" in text
        or "primary" in text
        or "home" in text
        or ("grange" in text or "manor" in text or "academy" in text or "nursery" in text)
    ):
        for m in _LOWER_PLACE_RE.finditer(text):
            if not is_word(m.group("name")) and m.group("name") not in ("his", "her", "their"):
                sc.add(m.start("name"), m.end(), Kind.INSTITUTION, 0.7, detail=m.group("suffix"))
    if "St" in text:
        for m in _SAINTS_RE.finditer(text):
            if _AN_EVENT_AFTER_RE.match(text, m.end()):
                continue
            visit = m.group(0)[:5].lower() == "visit"
            if visit or _someones_place(sc, m.start(), m.group("place"), saint=True):
                sc.add(*m.span("place"), Kind.INSTITUTION, 0.7, detail="St")
    if "The " in text:
        for m in _THE_PLACE_RE.finditer(text):
            words = m.group("place").split()[1:]
            if any(_generic(w) or w in _AUTHOR_SURNAMES for w in words):
                continue
            if _AN_EVENT_AFTER_RE.match(text, m.end()):
                continue  # "The Beeches conference": an event or a building, not a home
            if _someones_place(sc, m.start(), m.group("place")):
                sc.add(*m.span("place"), Kind.INSTITUTION, 0.65, detail="home")


def _drop_addresses_inside(sc: _Scanner, start: int, end: int) -> None:
    """Forget street findings inside an estate's name (the estate is the finding)."""
    sc.raw[:] = [
        r for r in sc.raw if not (r.kind == Kind.ADDRESS and start <= r.start and r.end <= end)
    ]


def _drop_generic_front(text: str, start: int, end: int, streets: bool = False) -> int | None:
    """Skip sentence words before a place's name; None when nothing specific is left.

    With ``streets``, a town or region keeps a street's name ("Stockport Road", "Glasgow
    Road" are streets); only sentence words ("The", "Our") are dropped."""
    words = list(_CAP_WORD_RE.finditer(text, start, end))
    while words and (
        words[0].group(0) in _NOT_NAMES
        and words[0].group(0) != "St"
        and not (streets and words[0].group(0) in _PLACES_AND_ORGS)
    ):
        words.pop(0)
    if not words:
        return None
    if all(
        (w.group(0) in _NOT_NAMES and w.group(0) not in _PLACES_AND_ORGS)
        if streets
        else _generic(w.group(0))
        for w in words
    ):
        return None
    return words[0].start()


# Where someone lives, by the way it is said (issue 14: villages and small places no list
# holds): a word for living, staying or a home, then "in/at/to" (or Welsh "yn/ym/i"), then a
# capitalised name that is no English word and no known proper noun (cities, counties and
# regions are in the dictionary, and are not identifying on their own).
_RESIDENCE_PLACE_RE = re.compile(
    r"\b(?i:lives?|living|lived|live[ \t]+alone|lives[ \t]+alone|moved|moving|staying|stays|"
    r"stayed|stay|settled|resides?|residing|placed|tenancy|flat|bungalow|farmhouse|cottage|caravan|"
    r"house|home|one-room|unit|family|carers|foster[ \t]+carers|nain|nan|gran|granny|grandad|"
    r"taid|go[ \t]+(?:home|back)|went[ \t]+(?:home|back)|going[ \t]+(?:home|back)|"
    r"byw|symud|adref|gofalwyr[ \t]+maeth|teulu|pentref|village[ \t]+of|hamlet[ \t]+of)"
    r"(?:[ \t]+(?:alone|there|now|together|with[ \t]+\w+|nearby|out|back|home|in[ \t]+a[ \t]+\w+))*"
    r"[ \t]+(?:in|at|to|near|outside|yn|ym|yng|i|mhentref)[ \t]+"
    rf"(?P<place>{_CAP}(?:(?:[ \t]+|-)(?:y|yr|na|an|{_CAP})){{0,3}})(?![\w'’-])"
)
# (a cheaper look first: the last letter of in/at/to/near/yn/ym/yng/i/mhentref, a space, a capital)
_RESIDENCE_PRE_PRE_RE = re.compile(rf"[ntormgif][ \t]+[{_U}]")
_RESIDENCE_PRE_RE = re.compile(
    r"\b(?:in|at|to|near|yn|ym|yng|i|mhentref)[ \t]+[{_U}]".replace("{_U}", _U)
)
# "Flat 4b, Albion Mill, Dewsbury", "No. 4, The Maltings": a flat or house and its building.
_FLAT_BUILDING_RE = re.compile(
    r"\b(?:Flat|Apartment|Apt|No\.?|Number|Unit)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+"
    rf"(?:The[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?:,[ \t]*{_CAP}(?:[ \t]+{_CAP})?)?"
)
# "in flat 7c", "the neighbour at no. 22", "lives at number 9": a flat or house by its number
# alone (not "a flat 10 minutes away", "at number 3 on the list").
_UNIT_WORDS = r"(?:%|minutes?|mins?|miles?|hours?|hrs?|days?|weeks?|months?|years?|times|pm|am|"
_FLAT_NUMBER_RE = re.compile(
    r"\b(?P<place>(?i:flat|apartment|apt|bedsit)[ \t]+\d{1,4}[A-Za-z]?)\b"
    r"(?![ \t]*(?:" + _UNIT_WORDS[3:] + r"x\b|bed|[.,:]\d|[-–/]\d))"
    r"|\b(?i:at|from|to|of|in|outside|next[ \t]+door[ \t]+to)[ \t]+"
    r"(?P<number>(?i:no\.|number)[ \t]*\d{1,4}[A-Za-z]?)\b"
    r"(?![ \t]*(?:" + _UNIT_WORDS[3:] + r"on[ \t]+the|in[ \t]+the|of|priority|position|place|"
    r"spot|[.,:]\d|[-–/]\d))"
)
# (the last letter of flat/apartment/apt/bedsit/no./number, then the number)
_FLAT_NUMBER_PRE_RE = re.compile(r"[tTrR.][ \t]*\d")
# "23 cog lane", "on wheatley lane": a street in lower case, with a house number or after "on".
_LOWER_STREET_SUFFIX = (
    "road|street|lane|avenue|drive|close|crescent|croft|way|grove|terrace|gardens|walk|"
    "mews|rise|vale|parade|row"
)
_LOWER_STREET_RE = re.compile(
    r"(?:\b\d{1,4}[a-z]?[ \t]+|\b(?:on|off|along|down|up|near)[ \t]+)"
    r"(?P<street>(?P<name>[a-z][a-z'’-]{2,}(?:[ \t]+[a-z][a-z'’-]{2,})?)[ \t]+"
    rf"(?:{_LOWER_STREET_SUFFIX}))\b"
)
_NOT_HOUSE_NUMBER_WORDS = frozenset(
    "minute min hour hr mile km metre meter yard second day week month year lane way storey "
    "bed bedroom bedroomed car bus seater point step stage times x".split()
)
_LOWER_STREET_PRE_RE = re.compile(rf"[ \t](?:{_LOWER_STREET_SUFFIX})")
# A postcode sector ("NE6 1", "bt12 6"): an outward code and the first digit of the inward.
_SECTOR_RE = re.compile(
    r"(?:,[ \t]*|\b(?:in|from|near|around|to|at)[ \t]+)"
    r"(?P<pc>(?P<area>[A-Za-z]{1,2})\d{1,2}[A-Za-z]?[ \t]\d)"
    r"(?![\w/%-]|[.,:]\d|[ \t]*(?:\d|[A-Za-z]{2}\b|"
    r"(?:weeks|days|months|years|times|hours|am|pm|children|kids|people)\b))"
)
# A date right after a person's full name is their date of birth ("Dougie Stewart, 2/7/1961").
_NAME_DATE_PRE_RE = re.compile(r"[a-z][ \t]*[,(]?[ \t]*\d{1,2}[/.]\d{1,2}[/.]\d")
# What every numeric date of _NAME_DATE_RE and _AGE_THEN_DATE_RE holds, found fast.
_DATE_PRE_RE = re.compile(r"\d[/.]\d")
_NAME_DATE_RE = re.compile(
    rf"\b(?P<first>{_CAP})(?:[ \t]+{_CAP})?[ \t]+(?P<last>{_CAP})[ \t]*[,(]?[ \t]*"
    r"(?P<date>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))\b(?![/.]\d)"
)
# "turned 19 last month (03/11/2007)": a date in brackets after an age is a date of birth.
_AGE_THEN_DATE_RE = re.compile(
    r"(?i:\bturned|\bturns|\bis|\baged|\bage)[ \t]+\d{1,3}\b[^.()\n]{0,30}\([ \t]*"
    r"(?P<date>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))[ \t]*\)"
)
_AGE_QUOTE_RE = re.compile(r"[\"”’']")  # "about 13": only as a quoted guess at an age
_WELSH_DOB_RE = re.compile(r"(?i:dyddiad[ \t]+geni|ganwyd|geni)")


# Cheap pre-checks: each pattern below runs only when the text has what it needs (a capital
# before a digit, a digit before two letters...), so a text without them costs one search.
_OUTWARD_PRE_RE = re.compile(r"[A-Z]\d")
_INWARD_LOWER_PRE_RE = re.compile(r"\d[abd-hjlnp-uw-z]{2}")
_SHORT_REF_PRE_RE = re.compile(r"[A-Za-z]-?\d\d")
_ROLE_AGE_PRE_RE = re.compile(r"\([ \t]*\d")
# A postcode sector's end ("NE6 1"), and a digit after the last letter of a _MORE_AGE_RE cue
# (hes, shes, him, her, them, about; sy'n, e'n, hi'n, yn).
_SECTOR_PRE_RE = re.compile(r"\d[A-Za-z]?[ \t]\d")
_MORE_AGE_PRE_RE = re.compile(r"[smrtnSMRTN][ \t]+\d")


def _age_of(m: re.Match[str]) -> str:
    """The group of ``_NAME_AGE_AFTER_RE`` that holds the age."""
    return next(g for g in ("age", "bracket", "listed") if m.group(g) is not None)


# "hes 8", "makes him 16", Welsh "yn 14 oed", "sy'n 7", "Mae e'n 83": an age without a name.
_MORE_AGE_RE = re.compile(
    r"\b(?i:hes|shes|makes[ \t]+(?:him|her|them)|aged[ \t]+about|about)[ \t]+(?P<age>\d{1,2})\b"
    r"(?![ \t]*(?:%|hours|hrs|times|weeks|days|minutes|mins|miles|pm|am|people|children|kids|"
    r"of|or|to|-|/|\.\d|:\d|years[ \t]+ago))"
    r"|\b(?:sy['’]n|e['’]n|hi['’]n|yn)[ \t]+(?P<welsh>\d{1,3})(?:[ \t]+oed)?"
    r"(?=[ \t]*[.,;)!?]|[ \t]+oed|$)"
)


def _residences(sc: _Scanner) -> None:
    """Small places where someone lives, flats in named buildings, streets in lower case."""
    text = sc.text
    if _RESIDENCE_PRE_PRE_RE.search(text) and _RESIDENCE_PRE_RE.search(text):
        for m in _RESIDENCE_PLACE_RE.finditer(text):
            place = m.group("place")
            if place.endswith(("'s", "’s")) or place in _AUTHOR_SURNAMES:
                continue  # "back to Kolb's (cycle)": a citation
            parts = [p for p in _PLACE_PARTS_RE.split(place) if p[:1].isupper()]
            if not parts or any(_generic(p) for p in parts):
                continue
            if len(parts) == 1 and (is_word(place) or is_proper_noun(place)):
                continue  # "in Leeds", "to Hospital": a city or a word, not a small place
            if all(is_word(p) for p in parts) or _ORG_AFTER_RE.match(text, m.end("place")):
                continue
            if fold(parts[0]) in first_names() and _PERSON_VERB_RE.match(text, m.end("place")):
                continue  # "moved in with Kyle", "lives with Jo": a person, left to the name rules
            p_start, p_end = m.span("place")
            if any(
                r.kind == Kind.INSTITUTION and r.start < p_end and p_start < r.end for r in sc.raw
            ):
                continue  # "Placed at Cartref Glan yr Afon": the home, found as a place already
            sc.add(p_start, p_end, Kind.ADDRESS, 0.6)
    if sc.has_digit and ("Flat" in text or "No" in text or "Apartment" in text or "Unit" in text):
        for m in _FLAT_BUILDING_RE.finditer(text):
            sc.add(m.start(), m.end(), Kind.ADDRESS, 0.75)
    if sc.has_digit and _FLAT_NUMBER_PRE_RE.search(text):
        for m in _FLAT_NUMBER_RE.finditer(text):
            group = "place" if m.group("place") is not None else "number"
            if not any(r.start < m.end(group) and m.start(group) < r.end for r in sc.raw):
                sc.add(*m.span(group), Kind.ADDRESS, 0.6)
    for m in _LOWER_STREET_RE.finditer(text) if _LOWER_STREET_PRE_RE.search(text) else ():
        words = m.group("name").split()
        numbered = m.group(0)[:1].isdigit()
        if any(
            w in _FUNCTION_WORDS or w in ("the", "a", "an", "my", "our", "his", "her", "their")
            for w in words
        ) or (all(is_word(w) for w in words) and not numbered):
            continue
        if numbered and any(w.rstrip("s") in _NOT_HOUSE_NUMBER_WORDS for w in words):
            continue  # "a 10 minute walk", "a 4 lane road": a measure, not a house number
        sc.add(*m.span("street"), Kind.ADDRESS, 0.65)


def _numbers(sc: _Scanner) -> None:
    text = sc.text
    lower = text.lower()
    for m in _SECTOR_RE.finditer(text) if _SECTOR_PRE_RE.search(text) else ():
        if m.group("area").upper() not in _POSTCODE_AREAS:
            continue
        pc = m.group("pc")
        if pc[:1] in "Ss" and pc[1:2].isdigit() and not pc[2:3].isdigit():
            continue  # Scottish secondary years ("S2 3" is too close to "S2, 3 pupils")
        sc.add(*m.span("pc"), Kind.POSTCODE, 0.65)
    dated = _DATE_PRE_RE.search(text) is not None  # needed by the two date shapes below
    if dated and _NAME_DATE_PRE_RE.search(text):
        names = first_names()
        for m in _NAME_DATE_RE.finditer(text):
            given = fold(m.group("first")).split("-")[0]
            if _generic(m.group("first")) or _generic(m.group("last")):
                continue
            if given in names or not (is_word(given) or is_proper_noun(given)):
                sc.add(*m.span("date"), Kind.DATE_OF_BIRTH, 0.7)
    for m in _MORE_AGE_RE.finditer(text) if _MORE_AGE_PRE_RE.search(text) else ():
        if m.group("welsh") is not None:
            if not welsh_near(sc, m.start("welsh"), m.end("welsh")):
                continue
            sc.add(*m.span("welsh"), Kind.AGE, 0.7)
        elif m.group(0)[:5].lower() != "about" or _AGE_QUOTE_RE.match(text, m.end()):
            sc.add(*m.span("age"), Kind.AGE, 0.7)
    if dated and "(" in text:
        for m in _AGE_THEN_DATE_RE.finditer(text):
            sc.add(*m.span("date"), Kind.DATE_OF_BIRTH, 0.75)
    if "geni" in lower or "ganwyd" in lower:
        for cue in _WELSH_DOB_RE.finditer(text):
            _, s_end = sc.sentence_bounds(cue.start())
            for m in _DAY_DATE_RE.finditer(text, cue.end(), min(s_end, cue.end() + 60)):
                sc.add(m.start(), m.end(), Kind.DATE_OF_BIRTH, 0.85)
    if _OUTWARD_PRE_RE.search(text):
        for m in _OUTWARD_RE.finditer(text):
            if m.group("area") not in _POSTCODE_AREAS:
                continue
            pc = m.group("pc")
            if pc[0] == "S" and pc[1:].isdigit() and int(pc[1:]) <= 6:
                continue  # Scottish secondary years (S1-S6)
            if _outward_vetoed(text, *m.span("pc")):
                continue  # "at M1 junction 24", "on B12 injections"
            sc.add(*m.span("pc"), Kind.POSTCODE, 0.7)
    if _INWARD_LOWER_PRE_RE.search(sc.original):
        for m in _LOWER_POSTCODE_RE.finditer(sc.original):
            sc.add(*m.span("pc"), Kind.POSTCODE, 0.8)
    _loose_postcodes(sc)
    if "born" in lower or "dob" in lower or "d.o.b" in lower or "birth" in lower:
        for cue in _DOB_CUE_RE.finditer(text):
            _, s_end = sc.sentence_bounds(cue.start())
            limit = min(s_end, cue.end() + 110)
            for m in _DAY_DATE_RE.finditer(text, cue.end(), limit):
                sc.add(m.start(), m.end(), Kind.DATE_OF_BIRTH, 0.85)
    if _SHORT_REF_PRE_RE.search(text):
        for m in _SHORT_REF_RE.finditer(text):
            ref = m.group("ref")
            if _NOT_REF_RE.match(ref):
                continue
            digits = _NOT_DIGIT_RE.sub("", ref)
            if len(digits) == 4 and digits[:2] in ("19", "20") and "-" not in ref[-4:]:
                continue  # "Act2014"-like years
            sc.add(*m.span("ref"), Kind.REFERENCE, 0.7)
    if "ref" in lower:
        for m in _REF_WORD_RE.finditer(text):
            sc.add(m.start(), m.end(), Kind.REFERENCE, 0.75)
    if _ROLE_AGE_PRE_RE.search(text):
        for m in _ROLE_AGE_RE.finditer(text):
            sc.add(*m.span("age"), Kind.AGE, 0.75)
    if "month" in lower:
        for m in _MONTHS_AGE_RE.finditer(text):
            sc.add(*m.span("age"), Kind.AGE, 0.75)


def _loose_postcodes(sc: _Scanner) -> None:
    """Mixed-case and mis-spaced postcodes, and outward codes without an inward part."""
    original = sc.original
    for m in _MIXED_POSTCODE_RE.finditer(original) if _MIXED_PRE_RE.search(original) else ():
        pc = m.group("pc")
        if pc.isupper() and "  " not in pc and "\t" not in pc:
            continue  # the strict pattern's (and the lower-case one's) already
        if not pc.islower() and " " not in pc and "\t" not in pc:
            continue  # "s13ZA": a section of an Act; a postcode in mixed case has its space
        if pc.islower() or m.group("area").upper() in _POSTCODE_AREAS:
            sc.add(*m.span("pc"), Kind.POSTCODE, 0.75)
    for m in _LOWER_OUTWARD_RE.finditer(original) if _LOWER_OUTWARD_PRE_RE.search(original) else ():
        pc = m.group("pc")
        if m.group("area").upper() not in _POSTCODE_AREAS or pc.upper() in _OUTWARD_LOOKALIKES:
            continue
        if not _outward_vetoed(original, m.start("pc"), m.end("pc")):
            sc.add(*m.span("pc"), Kind.POSTCODE, 0.65)
    if not _OUTWARD_PRE_BARE_RE.search(original):
        return
    if _EIRCODE_PRE_RE.search(original):
        for m in _EIRCODE_RE.finditer(original):
            sc.add(*m.span("pc"), Kind.POSTCODE, 0.7)
    for m in _BARE_OUTWARD_RE.finditer(original):
        pc = m.group("pc")
        if m.group("area") not in _POSTCODE_AREAS or pc in _OUTWARD_LOOKALIKES:
            continue
        if pc[0] == "S" and pc[1:].isdigit():
            continue  # "S2" (a Scottish secondary year), "S47", "S20" (sections): cues only
        start, end = m.span("pc")
        if any(r.start < end and start < r.end for r in sc.raw):
            continue  # part of a ward ("B4 at Royal Blackburn"), a reference, a postcode found
        if _outward_vetoed(original, start, end, bare=True):
            continue
        sc.add(start, end, Kind.POSTCODE, 0.6)


def _outward_vetoed(text: str, start: int, end: int, bare: bool = False) -> bool:
    """True when the words around an outward code make it a road, vitamin, form or level."""
    if _POSTCODE_AREA_AFTER_RE.match(text, end):
        return False  # "the CF5 area", "a BT9 postcode"
    after = _WORD_AFTER_RE.match(text, end)
    if after and after.group("word").lower() in _NOT_POSTCODE_AFTER:
        return True
    if after and _JUNCTION_RE.fullmatch(after.group("word")):
        return True  # "M62 J10": a motorway and its junction
    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group("word")
    if word.lower() in _NOT_POSTCODE_BEFORE:
        return True
    # "Cafcass CR1", "Form P45", "NHS E1": a code named by the word before it (not a place:
    # "Leeds LS9" is a city and its district)
    if word.isupper() and len(word) > 1:
        return True  # "NICE NG76", "CAFCASS CR1", "NHS E1"
    return bare and word[0].isupper() and not is_proper_noun(word) and not is_word(word)


_LOWER_OUTWARD_PRE_RE = re.compile(r"[ \t][a-z]{2}\d")
# (what only a mixed-case or mis-spaced postcode has: a digit, a capital and a small letter
# around the inward digit, or two spaces before it)
_MIXED_PRE_RE = re.compile(
    r"\d[ \t]{2}\d|\d[ \t]?\d(?:[a-z][A-Z]|[A-Z][a-z])"
    r"|[a-z]\d[A-Za-z\d]?[ \t]?\d[A-Za-z]|[A-Z]\d[A-Za-z\d]?[ \t]?\d[a-z]"
)


def _events(sc: _Scanner) -> None:
    text = sc.text
    if "y " in text or "Y " in text:
        for w in _WELSH_EVENT_RE.finditer(text):
            if _WELSH_INCIDENT_RE.search(text, w.start(), w.end("between") + 1):
                sc.add(w.start(), w.end(), Kind.EVENT, 0.7)
    if (
        text.isascii()
        and _INCIDENT_FORMS.isdisjoint(_WORD_RUN_RE.findall(text.lower()))
        and " of the " not in text
    ):
        return  # no incident word: _EVENT_RE's head cannot hold one (a cheap look first)
    pos = 0
    while (m := _EVENT_RE.search(text, pos)) is not None:
        when = next(m.start(g) for g in ("date", "month", "last") if m.group(g) is not None)
        head = text[m.start() : when]
        if _NIGHT_OF_RE.match(head) or any(
            not _INCIDENT_AS_MODIFIER_RE.match(head, i.end()) for i in _INCIDENT_RE.finditer(head)
        ):
            sc.add(m.start(), m.end(), Kind.EVENT, 0.7)
            pos = m.end()
        else:
            pos = m.start() + 3  # a later "the" may start the event
