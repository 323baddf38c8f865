"""The names model reads only the sentences where it can change the answer, and results do not
depend on the order of a set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cpdlog.domain.confidentiality import general, model, scan_text

ROOT = Path(__file__).resolve().parents[2]


def test_sentences_cover_the_text_with_their_offsets() -> None:
    text = "Dr. Kaur rang. We met at 10!\nThen his mate Bez died.  Fine"
    parts = model.sentences(text)
    assert "".join(s for _, s in parts) == text
    assert all(text[start : start + len(s)] == s for start, s in parts)
    assert [s.strip() for _, s in parts] == [
        "Dr. Kaur rang.",
        "We met at 10!",
        "Then his mate Bez died.",
        "Fine",
    ]


def test_only_sentences_with_an_unknown_capitalised_word_are_wanted() -> None:
    assert general.model_wanted("Then his mate Bez died.")
    assert general.model_wanted("Gwenllian was at the hearing.")
    assert not general.model_wanted("We talked about the policy and the risks.")
    assert not general.model_wanted("The Children Act sets out the duties.")
    assert not general.model_wanted("i saw kieran today.")  # lower case: the lists' job


def test_entities_of_wanted_sentences_keep_their_offsets_in_the_text() -> None:
    if not model.available():
        pytest.skip("the named-entity model is not installed")
    text = "We talked about the policy and the risks. Then his mate Bez died."
    (found,) = model.entities([text], wanted=general.model_wanted) or [[]]
    people = [text[e.start : e.end] for e in found if e.label == "PERSON"]
    assert people == ["Bez"]
    assert all(e.start >= text.index("Then") for e in found)
    # Asked again without loading, the answer comes from the per-sentence cache.
    assert model.entities([text], load=False, wanted=general.model_wanted) == [found]


def test_what_a_worker_reads_is_what_the_gui_thread_scan_uses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The editor has a worker call ``model.entities([text])``, then re-scans without waiting."""
    if not model.available():
        pytest.skip("the named-entity model is not installed")
    # The rule for people no list knows finds "Bez" too; without it only the model can.
    monkeypatch.setattr(general, "_unlisted_people", lambda sc, vetoes: None)
    text = "We talked about the policy. Then his mate Bez died (a reading 7)."
    with model.rules_only():
        assert "Bez" not in {f.text for f in scan_text(text, "reflection.learnt")}
    assert model.entities([text]) is not None
    assert model.entities([text], load=False) is not None  # the editor's "already read?" check
    found = scan_text(text, "reflection.learnt", wait_for_model=False)
    assert "Bez" in {f.text for f in found}


@pytest.mark.parametrize("seed", ["1", "3"])
def test_placeholder_role_does_not_depend_on_set_order(seed: str) -> None:
    # "young person" and "person" are both role words before "(CN)"; the first in the text wins.
    code = (
        "from cpdlog.domain.confidentiality import model, scan_text\n"
        "with model.rules_only():\n"
        "    f = scan_text('The young person (CN) told me.', 'reflection.learnt')\n"
        "print([(x.text, x.suggestion) for x in f])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "[('CN', '[child A]')]"
