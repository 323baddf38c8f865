"""The trained context scorer for names (issue 14): it loads, scores made-up sentences the right
way round, falls back to the rules when its weights file is missing or damaged, and the
training script reproduces the shipped weights."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog import resources
from cpdlog.domain.confidentiality import context_scorer, model, scan_text
from cpdlog.domain.confidentiality.scanner import ScanContext, _Scanner
from cpdlog.services.app import App
from cpdlog.services.confidentiality import ConfidentialityService

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / context_scorer.WEIGHTS_FILE

# Made up for these tests (no set's text): a name the rules flag that the sentence says is cited.
CITED = (
    "The research of Anna Baker on the guidance and the framework (2019) was the focus of the "
    "training."
)


@pytest.fixture(autouse=True)
def _fresh_weights() -> Iterator[None]:
    context_scorer.reset()
    yield
    context_scorer.reset()


def _probability(text: str, span: str) -> float:
    """P(private) the shipped weights give the candidate ``span`` in ``text``."""
    weights = context_scorer.current()
    assert weights is not None
    seen: list[context_scorer.Candidate] = []
    with (
        model.rules_only(),
        context_scorer.using(None),
        context_scorer.recording(lambda sc, found: seen.extend(found)),
    ):
        _Scanner(text, ScanContext(), False).run()
    (candidate,) = [c for c in seen if text[c.start : c.end] == span]
    return weights.probability(candidate.features)


def _names(text: str) -> list[str]:
    with model.rules_only():
        return [f.text for f in scan_text(text) if f.kind == "name"]


def test_the_shipped_weights_load_and_say_where_they_come_from() -> None:
    weights = context_scorer.current()
    assert weights is not None
    assert context_scorer.status() == ""
    assert 0.0 < weights.threshold < 1.0
    assert len(weights.weights) > 100
    content = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert set(content["trained_on"]) == {"natural_set", "natural_set_3", "eval_set", "heldout"}
    assert all(len(s["sha256"]) == 64 for s in content["trained_on"].values())


def test_no_name_is_a_feature_of_its_own() -> None:
    """Words beside a candidate are features only as ordinary words or as their class."""
    content = json.loads(SHIPPED.read_text(encoding="utf-8"))
    for feature in content["weights"]:
        prefix, _, value = feature.partition(":")
        if prefix in {"b1", "b2", "b3", "a1", "a2", "a3"}:
            assert value == value.lower() or value in {"CAP"}, feature


@pytest.mark.parametrize(
    ("private", "cited", "name"),
    [
        (
            "I visited Kyle at home today and he told me his mum had left.",
            "The guidance from Kyle Simpson and Morris describes the model of practice.",
            ("Kyle", "Kyle Simpson"),
        ),
        (
            "Tilly went missing again.",
            "The Tilly Lewis Review of children's rights was the focus of the training.",
            ("Tilly", "Tilly Lewis"),
        ),
        (
            "Kyle rang me on Tuesday, upset about his foster placement.",
            "We read Kyle Ferguson on the research into home visits.",
            ("Kyle", "Kyle Ferguson"),
        ),
    ],
)
def test_casework_scores_above_a_citation(private: str, cited: str, name: tuple[str, str]) -> None:
    high = _probability(private, name[0])
    low = _probability(cited, name[1])
    weights = context_scorer.current()
    assert weights is not None
    assert high >= weights.threshold > low
    assert high > 0.5 > low


def test_the_scorer_drops_a_cited_name_the_rules_flag() -> None:
    with context_scorer.using(None):
        assert _names(CITED) == ["Anna Baker"]
    assert _names(CITED) == []
    assert _names("I visited Kyle at home today and he told me his mum had left.") == ["Kyle"]


def test_tags_and_file_names_are_left_to_the_rules() -> None:
    for field in ("tags.0", "evidence.0"):
        with model.rules_only():
            with context_scorer.using(None):
                rules = scan_text("kyle_smith_report.pdf", field)
            assert scan_text("kyle_smith_report.pdf", field) == rules


_F = b'{"format": "cpdlog-context-scorer-1"}'


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff not text",
        b"{not json",
        b"[]",
        _F,
        b'{"format": "other", "bias": 0, "threshold": 0.5, "weights": {"a": 1}}',
        _F[:-1] + b', "bias": 0, "threshold": 1.5, "weights": {"a": 1}}',
        _F[:-1] + b', "bias": NaN, "threshold": 0.5, "weights": {"a": 1}}',
        _F[:-1] + b', "bias": 0, "threshold": 0.5, "weights": {"a": "x"}}',
        _F[:-1] + b', "bias": 0, "threshold": 0.5, "weights": {"a": true}}',
        _F[:-1] + b', "bias": 0, "threshold": 0.5, "weights": {}}',
        b"[" * 100_000,
    ],
)
def test_a_damaged_weights_file_falls_back_to_the_rules(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with model.rules_only(), context_scorer.using(None):
        rules = scan_text(CITED)
    (tmp_path / "confidentiality").mkdir()
    (tmp_path / context_scorer.WEIGHTS_FILE).write_bytes(content)
    monkeypatch.setattr(resources, "resource_path", lambda relative: tmp_path / relative)
    context_scorer.reset()
    assert context_scorer.current() is None
    assert context_scorer.status() == context_scorer.LIMITED_NOTE
    assert context_scorer.failure()
    with model.rules_only():
        assert scan_text(CITED) == rules  # the rules alone: "Anna Baker" is still flagged
    assert [f.text for f in rules] == ["Anna Baker"]


def test_a_missing_weights_file_falls_back_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "resource_path", lambda relative: tmp_path / relative)
    context_scorer.reset()
    assert context_scorer.status() == context_scorer.LIMITED_NOTE
    assert "FileNotFoundError" in context_scorer.failure()
    assert _names(CITED) == ["Anna Baker"]


def test_an_oversized_weights_file_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "confidentiality").mkdir()
    (tmp_path / context_scorer.WEIGHTS_FILE).write_bytes(b" " * (3 * 1024 * 1024))
    monkeypatch.setattr(resources, "resource_path", lambda relative: tmp_path / relative)
    context_scorer.reset()
    assert context_scorer.current() is None
    assert "too large" in context_scorer.failure()


def test_the_service_reports_the_missing_scorer(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = ConfidentialityService(app)
    assert context_scorer.LIMITED_NOTE not in service.model_note()
    monkeypatch.setattr(resources, "resource_path", lambda relative: tmp_path / "gone" / relative)
    context_scorer.reset()
    assert context_scorer.LIMITED_NOTE in service.model_note()
    assert "FileNotFoundError" in service.model_failure()


def test_parse_reads_what_it_is_given() -> None:
    weights = context_scorer.parse(
        json.dumps(
            {"format": context_scorer.FORMAT, "bias": -1.0, "threshold": 0.25, "weights": {"a": 2}}
        )
    )
    assert weights.score(["a", "b"]) == 1.0
    assert math.isclose(weights.probability(["a"]), 1 / (1 + math.exp(-1.0)))
    assert math.isclose(weights.cut, math.log(0.25 / 0.75))


def test_the_training_script_reproduces_the_shipped_weights() -> None:
    """Training is deterministic: the same sets give the same file, byte for byte."""
    pytest.importorskip("numpy")
    from tests.confidentiality import train_context_scorer

    content, _ = train_context_scorer.train(tuple(train_context_scorer.SETS))
    assert train_context_scorer.dump(content) == SHIPPED.read_text(encoding="utf-8")
