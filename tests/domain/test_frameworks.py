"""The shipped professional standards: complete, sourced, dated and with stable ids."""

from __future__ import annotations

import datetime as dt
import re
import tomllib

import pytest

from cpdlog import reference_data
from cpdlog.domain.frameworks import Catalogue, Framework
from cpdlog.errors import ValidationError
from cpdlog.resources import resource_path

FRAMEWORK_FILES = sorted(resource_path("frameworks").glob("*.toml"))

# Sub-standards per SWE group, as published (see the notes in swe.toml for which
# wording is confirmed).
SWE_GROUP_SIZES = {"1": 7, "2": 7, "3": 16, "4": 8, "5": 6, "6": 7}

# Ids that existed before the frameworks were completed. Journals store these, so
# they must never disappear or change meaning.
EXISTING_IDS = (
    [f"swe:{n}" for n in range(1, 7)]
    + [f"swe:1.{n}" for n in range(1, 8)]
    + [f"swe:4.{n}" for n in range(1, 9)]
    + ["swe:6.6"]
    + [f"pcf:{n}" for n in range(1, 10)]
    + [f"hcpc:{n}" for n in range(1, 6)]
)

NEW_FRAMEWORKS = {"sssc-workers", "sssc-employers", "scw", "niscc"}


def test_every_framework_file_loads_into_the_catalogue() -> None:
    ids_in_files = {tomllib.loads(p.read_text("utf-8"))["id"] for p in FRAMEWORK_FILES}
    assert ids_in_files == {p.stem for p in FRAMEWORK_FILES}
    catalogue = reference_data.catalogue()
    assert {f.id for f in catalogue.frameworks} == ids_in_files
    assert ids_in_files >= {"swe", "pcf", "hcpc"} | NEW_FRAMEWORKS
    assert [f.id for f in catalogue.frameworks][:3] == ["swe", "pcf", "hcpc"]


@pytest.mark.parametrize("framework", reference_data.catalogue().frameworks, ids=lambda f: f.id)
def test_each_framework_names_its_sources_and_retrieval_date(framework: Framework) -> None:
    assert framework.sources, f"{framework.id} names no source"
    assert all(re.match(r"https?://\S+$", url) for url in framework.sources)
    retrieved = dt.date.fromisoformat(framework.retrieved)
    assert dt.date(2019, 1, 1) <= retrieved <= dt.date(2026, 12, 1)
    assert framework.notes.strip()
    assert framework.standards
    for std in framework.standards:
        assert std.title.strip(), std.id
        assert re.match(r"https?://\S+$", std.source), f"{std.id} has no source URL"


@pytest.mark.parametrize("framework", reference_data.catalogue().frameworks, ids=lambda f: f.id)
def test_unconfirmed_wording_says_why_in_the_data_file(framework: Framework) -> None:
    for std in framework.standards:
        if not std.confirmed:
            assert len(std.note) > 20, f"{std.id} is unconfirmed but has no note"


def test_standard_ids_are_unique_and_parents_exist() -> None:
    catalogue = reference_data.catalogue()
    all_ids = [s.id for s in catalogue.all_standards()]
    assert len(all_ids) == len(set(all_ids))
    for std in catalogue.all_standards():
        assert std.id == f"{std.framework_id}:{std.local_id}"
        if std.parent is not None:
            parent = catalogue.standard(std.parent)
            assert parent is not None and parent.framework_id == std.framework_id


def test_ids_journals_already_use_are_kept() -> None:
    catalogue = reference_data.catalogue()
    assert catalogue.check(EXISTING_IDS) == EXISTING_IDS
    assert catalogue.standard("swe:4.3") is not None
    assert catalogue.standard("swe:4.3").title.startswith("Keep my practice up to date")  # type: ignore[union-attr]


def test_swe_has_every_numbered_sub_standard_under_its_group() -> None:
    swe = reference_data.catalogue().framework("swe")
    assert swe is not None
    groups = [s for s in swe.standards if s.parent is None]
    assert [g.local_id for g in groups] == list(SWE_GROUP_SIZES)
    for group, size in SWE_GROUP_SIZES.items():
        children = [s.local_id for s in swe.standards if s.parent == f"swe:{group}"]
        assert children == [f"{group}.{n}" for n in range(1, size + 1)]
    assert len(swe.standards) == 6 + sum(SWE_GROUP_SIZES.values())
    three_one = reference_data.catalogue().standard("swe:3.1")
    assert three_one is not None and "legal and ethical frameworks" in three_one.title


def test_pcf_has_nine_domains_each_with_a_description() -> None:
    pcf = reference_data.catalogue().framework("pcf")
    assert pcf is not None
    assert [s.local_id for s in pcf.standards] == [str(n) for n in range(1, 10)]
    for domain in pcf.standards:
        assert domain.parent is None
        assert len(domain.description) > 30, f"PCF domain {domain.local_id} has no description"


def test_hcpc_has_its_five_cpd_standards() -> None:
    hcpc = reference_data.catalogue().framework("hcpc")
    assert hcpc is not None
    assert [s.local_id for s in hcpc.standards] == ["1", "2", "3", "4", "5"]


def test_the_codes_for_scotland_wales_and_northern_ireland_are_offered() -> None:
    catalogue = reference_data.catalogue()
    expected = {
        "sssc-workers": ("Social Service Workers", 6),
        "sssc-employers": ("Employers of Social Service Workers", 5),
        "scw": ("Social Care Wales", 7),
        "niscc": ("NISCC", 6),
    }
    for fid, (in_name, count) in expected.items():
        framework = catalogue.framework(fid)
        assert framework is not None, fid
        assert in_name in framework.name
        assert len(framework.standards) == count
    sssc = catalogue.framework("sssc-workers")
    assert sssc is not None
    assert "knowledge and skills" in sssc.standards[-1].title


def test_every_regulator_profile_names_frameworks_that_exist() -> None:
    catalogue = reference_data.catalogue()
    for profile in reference_data.profiles().values():
        for fid in profile.frameworks:
            assert catalogue.framework(fid) is not None, (profile.id, fid)
    assert reference_data.profile("niscc").frameworks == ("niscc",)
    assert reference_data.profile("swe").frameworks[0] == "swe"


def test_prioritised_puts_the_regulators_frameworks_first_and_keeps_the_rest() -> None:
    catalogue = reference_data.catalogue()
    order = [f.id for f in catalogue.frameworks]
    first = catalogue.prioritised(["niscc", "nonsense", "niscc", "pcf"])
    assert [f.id for f in first.frameworks] == ["niscc", "pcf"] + [
        fid for fid in order if fid not in {"niscc", "pcf"}
    ]
    assert first.standard("niscc:C1") is not None and first.standard("swe:3.1") is not None
    assert [f.id for f in catalogue.prioritised([]).frameworks] == order


def _framework(standards: list[dict[str, str]]) -> dict[str, object]:
    return {"id": "x", "name": "X", "standards": standards}


def test_loader_refuses_a_repeated_id() -> None:
    data = _framework([{"id": "1", "title": "One"}, {"id": "1", "title": "Again"}])
    with pytest.raises(ValidationError, match="twice"):
        Framework.from_dict(data)


def test_loader_refuses_a_parent_that_is_not_listed_first() -> None:
    data = _framework([{"id": "1.1", "title": "Child", "parent": "1"}, {"id": "1", "title": "One"}])
    with pytest.raises(ValidationError, match="parent"):
        Framework.from_dict(data)


def test_loader_keeps_notes_sources_and_dates() -> None:
    data = {
        "id": "x",
        "name": "X",
        "retrieved": "2026-12-01",
        "sources": ["https://example.org/x"],
        "standards": [
            {
                "id": "1",
                "title": "One",
                "confirmed": False,
                "note": "Paraphrased because the page was cut off.",
                "source": "https://example.org/x",
            }
        ],
    }
    framework = Framework.from_dict(data)
    assert framework.retrieved == "2026-12-01"
    (std,) = framework.standards
    assert (std.confirmed, std.note, std.source) == (
        False,
        "Paraphrased because the page was cut off.",
        "https://example.org/x",
    )
    assert Catalogue((framework,)).standard("x:1") is std
