"""The regulators' own Welsh wording of their standards: loaded from the data files with its
source, validated like the English fields, picked for the app's language with a fall-back to
the regulator's own words, and a note for the standards that stay in English."""

from __future__ import annotations

from typing import Any

import pytest

from cpdlog import reference_data
from cpdlog.domain.frameworks import ENGLISH, WELSH, Framework, english_note, in_language
from cpdlog.errors import ValidationError

SOURCE_CY = "https://gofalcymdeithasol.cymru/example"


def data(**extra: Any) -> dict[str, Any]:
    """A small framework published in Welsh, with one standard worded in Welsh and one not."""
    found: dict[str, Any] = {
        "id": "demo",
        "name": "Demo Code",
        "short_name": "Demo",
        "name_cy": "Cod Demo",
        "short_name_cy": "Demo (cy)",
        "source_cy": SOURCE_CY,
        "published_in": ["en", "cy"],
        "standards": [
            {"id": "1", "title": "Be kind", "title_cy": "Bod yn garedig", "source_cy": SOURCE_CY},
            {"id": "2", "title": "Be fair"},
        ],
    }
    found.update(extra)
    return found


def test_the_loader_keeps_the_welsh_wording_and_its_source() -> None:
    fw = Framework.from_dict(data())
    assert (fw.name_cy, fw.short_name_cy, fw.source_cy) == ("Cod Demo", "Demo (cy)", SOURCE_CY)
    assert fw.published_in == ("en", "cy")
    kind, fair = fw.standards
    assert (kind.title_cy, kind.source_cy) == ("Bod yn garedig", SOURCE_CY)
    assert (fair.title_cy, fair.source_cy) == ("", "")


def test_a_framework_without_welsh_fields_is_published_in_english() -> None:
    fw = Framework.from_dict({"id": "x", "name": "X", "standards": [{"id": "1", "title": "T"}]})
    assert fw.published_in == (ENGLISH,)
    assert fw.name_in(WELSH) == "X" and fw.standards[0].title_in(WELSH) == "T"


def test_the_pick_uses_welsh_in_welsh_and_the_regulators_words_otherwise() -> None:
    assert in_language(WELSH, "Own", "Cymraeg") == "Cymraeg"
    assert in_language(ENGLISH, "Own", "Cymraeg") == "Own"
    assert in_language(WELSH, "Own", "") == "Own"  # no published Welsh: the regulator's words
    fw = Framework.from_dict(data())
    kind, fair = fw.standards
    assert kind.title_in(WELSH) == "Bod yn garedig" and kind.title_in(ENGLISH) == "Be kind"
    assert fair.title_in(WELSH) == "Be fair"
    assert kind.display_in(WELSH) == "1 Bod yn garedig"
    assert (fw.name_in(WELSH), fw.short_name_in(WELSH)) == ("Cod Demo", "Demo (cy)")
    assert (fw.name_in(ENGLISH), fw.short_name_in(ENGLISH)) == ("Demo Code", "Demo")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"name_cy": ""}, "name_cy must be"),
        ({"name_cy": 3}, "name_cy must be"),
        ({"source_cy": ""}, "name_cy needs source_cy"),
        ({"source_cy": "gofalcymdeithasol.cymru"}, "name_cy needs source_cy"),
        ({"published_in": ["en", "fr"]}, "published_in must list"),
        ({"published_in": []}, "published_in must list"),
        ({"published_in": "cy"}, "published_in must list"),
    ],
)
def test_the_loader_refuses_a_bad_framework_field(change: dict[str, Any], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        Framework.from_dict(data(**change))


def test_the_loader_refuses_a_welsh_title_without_its_source() -> None:
    standards = [{"id": "1", "title": "Be kind", "title_cy": "Bod yn garedig"}]
    with pytest.raises(ValidationError, match="'demo:1': title_cy needs source_cy"):
        Framework.from_dict(data(standards=standards))
    standards = [{"id": "1", "title": "Be kind", "title_cy": "  ", "source_cy": SOURCE_CY}]
    with pytest.raises(ValidationError, match="'demo:1': title_cy must be"):
        Framework.from_dict(data(standards=standards))


def test_the_loader_refuses_welsh_titles_for_a_framework_not_published_in_welsh() -> None:
    with pytest.raises(ValidationError, match="published_in does not name Welsh"):
        Framework.from_dict(data(published_in=["en"]))


def test_the_note_names_each_framework_once_and_says_why_it_is_in_english() -> None:
    demo = Framework.from_dict(data())
    english = Framework.from_dict(
        {
            "id": "eng",
            "name": "English Code",
            "short_name": "Eng",
            "standards": [{"id": "1", "title": "T"}],
        }
    )
    assert english_note([demo, english, english], ENGLISH) == []
    first, second = english_note([demo, english, english], WELSH)
    assert first.startswith("Eng: ") and "as their regulator publishes them" in first
    assert second.startswith("Demo (cy): ") and "does not have their published Welsh" in second
    worded = Framework.from_dict(data(standards=data()["standards"][:1]))
    assert english_note([worded], WELSH) == []  # every standard shown has its Welsh wording


def test_the_shipped_social_care_wales_code_has_its_welsh_name_from_social_care_wales() -> None:
    scw = reference_data.catalogue().framework("scw")
    assert scw is not None
    assert scw.name_in(WELSH) == "Cod Ymarfer Proffesiynol ar gyfer Gofal Cymdeithasol"
    assert scw.source_cy.startswith("https://gofalcymdeithasol.cymru/")
    assert WELSH in scw.published_in
    # Its sections' Welsh wording was not found: they stay in the regulator's English, and
    # the note says so rather than passing them off as Welsh.
    assert all(s.title_in(WELSH) == s.title for s in scw.standards)
    assert english_note([scw], WELSH) == [
        "Cod Ymarfer Proffesiynol ar gyfer Gofal Cymdeithasol: these standards are in English, "
        "because cpdlog does not have their published Welsh wording yet."
    ]


def test_the_other_shipped_frameworks_have_no_welsh_wording() -> None:
    for fw in reference_data.catalogue().frameworks:
        if fw.id != "scw":
            assert fw.published_in == (ENGLISH,) and not fw.name_cy, fw.id
            assert not any(s.title_cy for s in fw.standards), fw.id
