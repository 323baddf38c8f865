"""A PostgreSQL search's extract is made in cpdlog (``cpdlog.storage.fts.Highlighter``) rather
than by ``ts_headline`` (docs/team-server.md, "Speed"): it must highlight the very words the
server's ``ts_headline`` over ``cpdlog_simple`` highlights for the same query."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from cpdlog.domain.search import HIGHLIGHT_END, HIGHLIGHT_START
from cpdlog.services.app import App
from cpdlog.storage.fts import Highlighter, pg_word_queries, search_tokens, tsquery_lexemes
from tests.conftest import FIXED_NOW

MARKED = re.compile(re.escape(HIGHLIGHT_START) + "(.*?)" + re.escape(HIGHLIGHT_END))


@pytest.fixture
def pg_app(home: Path, pg_database: str) -> Iterator[App]:
    application = App.open(home, database_url=pg_database, clock=lambda: FIXED_NOW)
    yield application
    application.close()


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Assessments under the Care Act, reassessed carefully", "assessment care"),
        ("Café supervision and the ŵyr", "cafe wyr"),
        ("Whether or not to share", "not whether"),
        ("Self-neglect and hoarding: a self-assessment", "self neglect"),
        ("O'Brien on happiness and being happy", "happy brien"),
        ("Working with families, family group conferences", "families"),
        ("Deprivation of Liberty Safeguards (DoLS) 2014", "dols 2014 liberty"),
    ],
)
def test_the_same_words_are_highlighted_as_by_ts_headline(
    pg_app: App, text: str, query: str
) -> None:
    words, params = pg_word_queries(search_tokens(query))
    with pg_app.db.engine.connect() as conn:
        lexemes = [
            conn.execute(sa.text(f"SELECT CAST({w} AS text)"), params).scalar_one() for w in words
        ]
        headline = conn.execute(
            sa.text(f"SELECT ts_headline('cpdlog_simple', :text, {' && '.join(words)}, :options)"),
            {
                **params,
                "text": text,
                "options": f'StartSel="{HIGHLIGHT_START}", StopSel="{HIGHLIGHT_END}", '
                "HighlightAll=true",
            },
        ).scalar_one()
    ours = Highlighter([tsquery_lexemes(x) for x in lexemes]).extract(text)
    assert MARKED.findall(ours) == MARKED.findall(headline), (ours, headline)
    assert MARKED.sub(r"\1", ours) == text  # the whole (short) text, nothing lost
