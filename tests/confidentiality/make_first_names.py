"""Build ``resources/confidentiality/first_names.txt`` from its two public sources.

    python tests/confidentiality/make_first_names.py NAM_DICT WORDLIST [FAKER_DIR] \
        > resources/confidentiality/first_names.txt

NAM_DICT is ``gender_guesser/data/nam_dict.txt`` from the gender-guesser 0.4.0 wheel (Jörg
Michael's list of about 48,000 first names from 54 countries, GNU Free Documentation Licence
1.2 or later). WORDLIST is Debian's ``/usr/share/dict/british-english`` (package ``wbritish``,
SCOWL word lists, a permissive licence). A name that is also an ordinary lower-case English
word ("faith", "will", "grace") is marked ``=w`` so that the detector asks for more context
before calling it a name. Nothing from the evaluation sets is used.

FAKER_DIR (optional) is the unpacked ``faker`` 40.63.0 wheel (MIT licence). Its person providers
add the first names of recent birth registers that the 2008 list lacks: England and Wales
(ONS baby names, ``en_GB``), Ireland (``en_IE``, ``ga_IE``), the United States (SSA baby names,
``en``), New Zealand, India, Pakistan, Nigeria (Yoruba, Igbo, Hausa), Kenya, Ghana, Poland,
Romania and Lithuania (:data:`FAKER_LOCALES`). A name from there that is also a capitalised
word of the word list (a place or a surname: "Kingston", "Adams") is left out, so that only
clear first names are added.
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from pathlib import Path

FAKER_LOCALES = (
    "en_GB en_IE ga_IE en en_NZ en_IN en_PK en_NG yo_NG ig_NG ha_NG en_KE tw_GH pl_PL ro_RO lt_LT"
).split()
_NAME_RE = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")

HEADER = """\
# First names for cpdlog's confidentiality check, one a line, lower case.
# A line ending in "=w" is a name that is also an ordinary English word.
#
# Derived from nam_dict.txt, "List of first names and gender",
# Copyright (c) 2007-2008 Jörg MICHAEL, Hannover, Germany, as shipped in the
# gender-guesser 0.4.0 package. Permission is granted to copy, distribute and/or modify
# this document under the terms of the GNU Free Documentation License, Version 1.2 or any
# later version published by the Free Software Foundation; with no Invariant Sections, no
# Front-Cover Texts, and no Back-Cover Texts. A copy of the licence is in GFDL-1.2.txt
# beside this file. Modification: only the names were kept (no genders or frequencies),
# compound names were left out, names were lower-cased, and names that are also words in
# Debian's british-english word list (SCOWL) were marked "=w".
#
# Added to it: the first names of the person providers of the Faker 40.63.0 package
# (Copyright (c) 2012 Daniele Faraglia, MIT licence, copy in FAKER-LICENSE.txt beside this
# file) for en_GB (ONS baby names), en_IE, ga_IE, en (US SSA baby names), en_NZ, en_IN, en_PK,
# en_NG, yo_NG, ig_NG, ha_NG, en_KE, tw_GH, pl_PL, ro_RO and lt_LT, lower-cased, leaving out
# those that are capitalised words (places, surnames) of the word list.
# Built by tests/confidentiality/make_first_names.py.
"""


def faker_names(faker_dir: Path) -> set[str]:
    """Lower-case first names of Faker's person providers for :data:`FAKER_LOCALES`."""
    sys.path.insert(0, str(faker_dir))
    names: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in dir(provider):
            if not attr.startswith("first_names"):
                continue
            value = getattr(provider, attr)
            for name in value if isinstance(value, (list, tuple, dict)) else ():
                if isinstance(name, str) and _NAME_RE.fullmatch(name) and len(name) >= 2:
                    names.add(unicodedata.normalize("NFC", name).casefold())
    return names


def main(nam_dict: Path, wordlist: Path, faker_dir: Path | None = None) -> int:
    lines = [w.strip() for w in wordlist.read_text(encoding="utf-8").splitlines() if w.strip()]
    words = {w for w in lines if w.islower()}
    proper = {w.casefold() for w in lines if not w.islower()}
    names: set[str] = set()
    for line in nam_dict.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        name = line[3:29].strip()
        if not name or "+" in name or " " in name or len(name) < 2:
            continue
        name = unicodedata.normalize("NFC", name).casefold()
        if any(not (c.isalpha() or c in "-'") for c in name):
            continue
        names.add(name)
    if faker_dir is not None:
        names |= {n for n in faker_names(faker_dir) - names if n not in proper}
    out = [HEADER]
    for name in sorted(names):
        out.append(f"{name}=w\n" if name in words else f"{name}\n")
    sys.stdout.write("".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(
        main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)
    )
