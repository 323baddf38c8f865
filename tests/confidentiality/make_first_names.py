"""Build ``resources/confidentiality/first_names.txt`` from its two public sources.

    python tests/confidentiality/make_first_names.py NAM_DICT WORDLIST \
        > resources/confidentiality/first_names.txt

NAM_DICT is ``gender_guesser/data/nam_dict.txt`` from the gender-guesser 0.4.0 wheel (Jörg
Michael's list of about 48,000 first names from 54 countries, GNU Free Documentation Licence
1.2 or later). WORDLIST is Debian's ``/usr/share/dict/british-english`` (package ``wbritish``,
SCOWL word lists, a permissive licence). A name that is also an ordinary lower-case English
word ("faith", "will", "grace") is marked ``=w`` so that the detector asks for more context
before calling it a name. Nothing from the evaluation sets is used.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

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
# Built by tests/confidentiality/make_first_names.py.
"""


def main(nam_dict: Path, wordlist: Path) -> int:
    words = {
        w.strip()
        for w in wordlist.read_text(encoding="utf-8").splitlines()
        if w.strip() and w.strip().islower()
    }
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
    out = [HEADER]
    for name in sorted(names):
        out.append(f"{name}=w\n" if name in words else f"{name}\n")
    sys.stdout.write("".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))
