"""PostgreSQL's own full-text search for entries (SQLite keeps its FTS5 index: nothing to do).

On PostgreSQL: two text search configurations, ``cpdlog_english`` (English stemming) and
``cpdlog_simple`` (every word as written, so the words the English stemmer drops as stop words,
"not", "and", "a", are still found), both folding accents with the ``unaccent`` extension when
the server lets cpdlog create it (as SQLite's ``remove_diacritics`` does); a function
``cpdlog_entry_vector(title, tags, source, body)`` that weights the four parts as SQLite's
ranking does (title, then tags, then source, then the reflection) and indexes as much of a
very long reflection as PostgreSQL's 1 MB limit on one vector allows; a ``search_vector`` column
on ``entries`` kept up to date by the repository on every save (``EntryRepository._index``,
the same code path that keeps the SQLite index), with a GIN index; existing entries filled in.

Revision ID: 0006_pg_search
Revises: 0005_signoffs
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006_pg_search"
down_revision = "0005_signoffs"
branch_labels = None
depends_on = None

CONFIGURATIONS = (
    ("cpdlog_english", "english", "english_stem"),
    ("cpdlog_simple", "simple", "simple"),
)
# the parser's token types that can hold letters with accents (ASCII-only ones need no folding)
ACCENTED_TOKENS = "word, hword, hword_part, numword, numhword"

# PostgreSQL refuses a tsvector over 1 MB ("string is too long for tsvector"), which a very long
# reflection can reach. The entry is always saved whole; only the part the index covers gets
# shorter: the text is halved until its vector fits (title, tags and source come first).
ENTRY_VECTOR = """
CREATE FUNCTION cpdlog_entry_vector(title text, tags text, source text, body text)
RETURNS tsvector LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  room integer := greatest(length(title), length(tags), length(source), length(body), 1);
BEGIN
  LOOP
    BEGIN
      RETURN setweight(to_tsvector('cpdlog_english', left(title, room))
                       || to_tsvector('cpdlog_simple', left(title, room)), 'A')
          || setweight(to_tsvector('cpdlog_english', left(tags, room))
                       || to_tsvector('cpdlog_simple', left(tags, room)), 'B')
          || setweight(to_tsvector('cpdlog_english', left(source, room))
                       || to_tsvector('cpdlog_simple', left(source, room)), 'C')
          || setweight(to_tsvector('cpdlog_english', left(body, room))
                       || to_tsvector('cpdlog_simple', left(body, room)), 'D');
    EXCEPTION WHEN program_limit_exceeded THEN
      IF room <= 1 THEN
        RETURN ''::tsvector;
      END IF;
      room := room / 2;
    END;
  END LOOP;
END
$$
"""

# the same four parts as ``EntryRepository._index`` builds them, for the entries already there
FILL = """
UPDATE entries AS e SET search_vector = cpdlog_entry_vector(
  e.title,
  coalesce((SELECT string_agg(t.tag, ' ' ORDER BY t.position)
            FROM entry_tags AS t WHERE t.entry_id = e.id), ''),
  concat_ws(' ', e.source_url, e.source_provider, e.source_author, e.source_publication),
  concat_ws(E'\\n', (SELECT string_agg(s.text, E'\\n' ORDER BY s.position)
                    FROM entry_sections AS s WHERE s.entry_id = e.id), e.peer_text))
"""


def _unaccent_available() -> bool:
    """Create ``unaccent`` if this role may (a trusted extension since PostgreSQL 13)."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except sa.exc.DBAPIError:
        return False
    return True


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    fold = _unaccent_available()
    for name, base, dictionary in CONFIGURATIONS:
        op.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})")
        if fold:
            op.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR {ACCENTED_TOKENS} WITH unaccent, {dictionary}"
            )
    op.execute(ENTRY_VECTOR)
    op.add_column("entries", sa.Column("search_vector", postgresql.TSVECTOR))
    op.execute(FILL)
    op.create_index(
        "ix_entries_search_vector", "entries", ["search_vector"], postgresql_using="gin"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_entries_search_vector", table_name="entries")
    op.drop_column("entries", "search_vector")
    op.execute("DROP FUNCTION cpdlog_entry_vector(text, text, text, text)")
    for name, _base, _dictionary in CONFIGURATIONS:
        op.execute(f"DROP TEXT SEARCH CONFIGURATION {name}")
    # ``unaccent`` stays: other software on the server may use it too
