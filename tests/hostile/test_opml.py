"""Hostile OPML for `feeds import`: entity bombs, external entities aimed at a victim file,
deep nesting, huge attributes, script and file addresses. Nothing is fetched by an import, so
these never touch the network (and every address in them is loopback or not a web address)."""

from __future__ import annotations

import json

import pytest

from tests.hostile.conftest import Sandbox
from tests.hostile.harness import (
    assert_clean_exit,
    assert_journal_unchanged,
    assert_ok,
    assert_outside_unchanged,
    forbidden_needles,
    run_checked,
)

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
FEED = 'xmlUrl="http://127.0.0.1:9/feed.xml"'


def _opml(body: str, doctype: str = "") -> str:
    head = '<opml version="2.0"><head><title>t</title></head>'
    return f"{HEAD}{doctype}{head}<body>{body}</body></opml>"


LAUGHS = (
    '<!DOCTYPE opml [<!ENTITY a "lollollollollollollollollollol">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + "]>"
)

CASES: dict[str, str] = {
    "billion-laughs": _opml(f'<outline text="&j;" {FEED}/>', LAUGHS),
    "quadratic-blowup": _opml(
        f'<outline text="{"&x;" * 50_000}" {FEED}/>',
        f'<!DOCTYPE opml [<!ENTITY x "{"X" * 50_000}">]>',
    ),
    "external-entity": _opml(
        f'<outline text="&leak;" {FEED}/>',
        '<!DOCTYPE opml [<!ENTITY leak SYSTEM "file://VICTIM">]>',
    ),
    "external-dtd": _opml(f'<outline text="x" {FEED}/>', '<!DOCTYPE opml SYSTEM "file://VICTIM">'),
    "parameter-entity": _opml(
        f'<outline text="x" {FEED}/>',
        '<!DOCTYPE opml [<!ENTITY % p SYSTEM "file://VICTIM"> %p;]>',
    ),
    "xinclude": _opml(
        '<outline xmlns:xi="http://www.w3.org/2001/XInclude" text="x" '
        f'{FEED}><xi:include href="file://VICTIM" parse="text"/></outline>'
    ),
    "nested-100k": _opml('<outline text="f">' * 100_000 + "</outline>" * 100_000),
    "title-10mb": _opml(f'<outline text="{"T" * 10_000_000}" {FEED}/>'),
    "1000-feeds": _opml(
        "".join(f'<outline text="f{i}" xmlUrl="http://127.0.0.1:9/{i}.xml"/>' for i in range(1_000))
    ),
    "script-and-file-addresses": _opml(
        '<outline text="js" xmlUrl="javascript:alert(1)"/>'
        '<outline text="file" xmlUrl="file://VICTIM"/>'
        '<outline text="data" xmlUrl="data:text/xml,&lt;rss/&gt;"/>'
        '<outline text="html" htmlUrl="javascript:alert(1)"/>'
    ),
    "not-xml": "this is not OPML at all <<<",
    "unclosed": _opml('<outline text="x"'),
    "wrong-root": f"{HEAD}<rss><channel/></rss>",
    "invalid-utf8": (HEAD + _opml(f'<outline text="caf\udcff" {FEED}/>')[len(HEAD) :]),
    "nul-bytes": _opml(f'<outline text="a\x00b" {FEED}/>'),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_opml(sandbox: Sandbox, name: str) -> None:
    text = CASES[name].replace("VICTIM", str(sandbox.victim))
    path = sandbox.root / f"{name}.opml"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    sandbox.before = sandbox.snapshot()

    checked, follow = run_checked(
        ["feeds", "import", str(path)],
        home=sandbox.home,
        before=sandbox.known,
        then=[["feeds", "list", "--json"]],
        timeout=60,
    )

    assert_clean_exit(checked.result)
    (listed,) = follow
    assert_journal_unchanged(checked.before, checked.after_journal())
    assert_outside_unchanged(sandbox.before, sandbox.snapshot())
    assert_ok(listed)
    shown = listed.stdout.encode("utf-8")
    assert not any(n in shown for n in forbidden_needles(sandbox.secret)), "the victim was read"
    assert len(shown) < 50 * 1024 * 1024
    for feed in json.loads(listed.stdout):
        assert feed["url"].startswith(("http://", "https://")) or not feed["url"], feed
        assert "lollol" * 100 not in (feed["title"] or ""), "an entity bomb was expanded"
