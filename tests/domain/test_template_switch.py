"""Switching reflection template carries every word across, never twice."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from cpdlog import reference_data
from cpdlog.domain.entry import Reflection
from cpdlog.domain.templates import CARRIED_OVER_KEY, CARRIED_OVER_PROMPT, Template, switch_template
from cpdlog.errors import ValidationError
from cpdlog.export.form import swe_form_fields
from cpdlog.services.app import App
from cpdlog.services.portfolio import PortfolioRequest, PortfolioService
from tests.conftest import make_entry
from tests.export.pdf_support import body_text, squash

TEMPLATES = reference_data.templates()

SWE = {
    "description": "A podcast on contextual safeguarding.",
    "learnt": "Harm outside the home needs a community response.",
    "impact": "I now map peer groups with my team.",
}


def _switch(sections: dict[str, str], source: str, target: str) -> dict[str, str]:
    return switch_template(sections, TEMPLATES[source], TEMPLATES[target], TEMPLATES.values())


def _once_each(sections: dict[str, str], pieces: list[str]) -> None:
    everything = "\n".join(sections.values())
    for piece in pieces:
        assert everything.count(piece) == 1, piece


def test_sections_that_mean_the_same_move_across() -> None:
    gibbs = _switch(SWE, "swe", "gibbs")
    assert gibbs == {
        "description": SWE["description"],
        "conclusion": SWE["learnt"],
        "action-plan": SWE["impact"],
    }
    assert _switch(gibbs, "gibbs", "swe") == SWE


def test_text_without_a_counterpart_goes_to_a_labelled_section_and_comes_back() -> None:
    gibbs = {
        "description": "A hard visit.",
        "feelings": "I felt anxious.",
        "analysis": "Power shaped the meeting.",
        "conclusion": "Prepare the family beforehand.",
    }
    swe = _switch(gibbs, "gibbs", "swe")
    assert swe["description"] == "A hard visit."
    assert swe["learnt"] == "Prepare the family beforehand."
    carried = swe[CARRIED_OVER_KEY]
    assert carried.startswith(TEMPLATES["gibbs"].prompt_for("feelings") + "\nI felt anxious.")
    assert TEMPLATES["gibbs"].prompt_for("analysis") + "\nPower shaped the meeting." in carried
    assert TEMPLATES["swe"].prompt_for(CARRIED_OVER_KEY) == CARRIED_OVER_PROMPT
    assert _switch(swe, "swe", "gibbs") == gibbs


def test_free_text_receives_everything_under_the_old_headings() -> None:
    free = _switch(SWE, "swe", "free")
    assert list(free) == ["reflection"]
    swe = TEMPLATES["swe"]
    assert free["reflection"] == "\n\n".join(
        f"{swe.prompt_for(k)}\n{text}" for k, text in SWE.items()
    )
    assert _switch(free, "free", "swe") == SWE


def test_own_free_text_stays_first_and_unheaded() -> None:
    free = {"reflection": "My own words.\n\nMore of them."}
    swe = _switch(free, "free", "swe")
    assert swe == {CARRIED_OVER_KEY: "Reflection\nMy own words.\n\nMore of them."}
    assert _switch(swe, "swe", "free") == free


@pytest.mark.parametrize("route", list(itertools.permutations(sorted(TEMPLATES), 3)))
def test_any_route_keeps_every_piece_exactly_once(route: tuple[str, ...]) -> None:
    start = route[0]
    template = TEMPLATES[start]
    sections = {
        s.key: f"Words typed for {start} {s.key}.\nLine two of {s.key}." for s in template.sections
    }
    pieces = [t for text in sections.values() for t in text.split("\n")]
    current, here = sections, start
    for target in [*route[1:], start]:
        current = _switch(current, here, target)
        here = target
        _once_each(current, pieces)
        TEMPLATES[target].check_sections(current)  # the service accepts it as it is
    assert current == sections  # back where it started: every section restored


def test_the_carried_over_key_is_reserved() -> None:
    data = {
        "id": "mine",
        "name": "Mine",
        "sections": [{"key": CARRIED_OVER_KEY, "prompt": "Anything"}],
    }
    with pytest.raises(ValidationError, match="keeps for text carried over"):
        Template.from_dict(data, user_defined=True)


def test_carried_over_text_is_saved_shown_in_the_form_and_in_the_pdf(
    app: App, tmp_path: Path
) -> None:
    swe = _switch({"feelings": "I felt anxious.", "conclusion": "Plan ahead."}, "gibbs", "swe")
    visit = make_entry("Hard visit")
    visit.reflection = Reflection("swe", swe)
    stored = app.entries.add(visit)
    again = app.entries.get(stored.id)
    assert again.reflection.sections == {
        "learnt": "Plan ahead.",
        CARRIED_OVER_KEY: swe[CARRIED_OVER_KEY],
    }
    fields = dict(swe_form_fields(again, TEMPLATES["swe"], reference_data.catalogue()))
    learnt = fields["What you learnt from doing the activity"]
    assert learnt.startswith("Plan ahead.\n\nFrom your previous template\nFeelings")
    assert "I felt anxious." in learnt
    out = tmp_path / "p.pdf"
    # Only "learnt" has text, so the entry is a draft (see domain/completion.py): exported as one.
    assert again.is_draft
    PortfolioService(app).export(PortfolioRequest(out, entry_ids=(again.id,), include_drafts=True))
    body = body_text(out)
    assert squash("From your previous template") in body
    assert squash("I felt anxious.") in body
