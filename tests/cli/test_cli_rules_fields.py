"""``entry add/edit`` options for delivery, approval number, topics and certificates."""

import json
from pathlib import Path

from tests.conftest import run_cli


def ok(*args: str, home: Path) -> str:
    result = run_cli(*args, home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_add_edit_show_and_list_carry_the_new_fields(tmp_path: Path):
    home = tmp_path / "h"
    cert = tmp_path / "certificate.pdf"
    cert.write_bytes(b"%PDF-1.4 certificate")
    entry_id = ok(
        "entry", "add", "--title", "Boundaries in practice", "--type", "course",
        "--date", "2026-05-01", "--hours", "3", "--delivery", "live",
        "--provider-approval", "NYSED 0450", "--topic", "professional-boundaries",
        "--topic", "ethics", "--certificate", str(cert), home=home,
    ).strip()  # fmt: skip
    shown = json.loads(ok("entry", "show", entry_id, "--json", home=home))
    assert shown["delivery"] == "live"
    assert shown["provider_approval"] == "NYSED 0450"
    assert shown["topics"] == ["professional-boundaries", "ethics"]
    assert [(ev["filename"], ev["kind"]) for ev in shown["evidence"]] == [
        ("certificate.pdf", "certificate")
    ]
    text = ok("entry", "show", entry_id, home=home)
    assert "Professional boundaries" in text and "[certificate]" in text
    ok("entry", "edit", entry_id, "--delivery", "self-study", "--topic", "ethics", home=home)
    (listed,) = json.loads(ok("entry", "list", "--json", home=home))
    assert (listed["delivery"], listed["topics"]) == ("self-study", ["ethics"])
    ok("entry", "edit", entry_id, "--delivery", "", home=home)
    assert json.loads(ok("entry", "show", entry_id, "--json", home=home))["delivery"] is None
    topics = json.loads(ok("topics", "--json", home=home))
    assert {"id": "medical-errors", "label": "Prevention of medical errors"} in topics


def test_unknown_topic_or_delivery_is_one_line_and_exit_2(tmp_path: Path):
    home = tmp_path / "h"
    base = ("entry", "add", "--title", "T", "--type", "reading", "--date", "2026-05-01")
    for extra, message in (
        (("--topic", "astrology"), "Unknown topic 'astrology'"),
        (("--delivery", "by-post"), "Unknown delivery 'by-post'"),
    ):
        result = run_cli(*base, *extra, home=home)
        assert result.returncode == 2
        assert message in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert json.loads(ok("entry", "list", "--json", home=home)) == []
