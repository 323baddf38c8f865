"""The throwaway PostgreSQL server the team-server tests run against."""

from __future__ import annotations

import sqlalchemy as sa

from tests.pgserver import PostgresServer


def test_fresh_database_is_empty_and_usable(pg_database: str) -> None:
    engine = sa.create_engine(pg_database)
    try:
        with engine.begin() as connection:
            tables = connection.execute(
                sa.text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar_one()
            assert tables == 0
            connection.execute(sa.text("CREATE TABLE t (x integer)"))
            connection.execute(sa.text("INSERT INTO t VALUES (1)"))
            assert connection.execute(sa.text("SELECT sum(x) FROM t")).scalar_one() == 1
    finally:
        engine.dispose()


def test_a_role_needs_its_password(pg_server: PostgresServer, pg_database: str) -> None:
    pg_server.admin_execute("CREATE ROLE fixture_probe LOGIN PASSWORD 'right'")
    name = pg_database.rsplit("/", 1)[1]
    try:
        good = sa.create_engine(pg_server.url(name, "fixture_probe", "right"))
        with good.connect() as connection:
            who = connection.execute(sa.text("SELECT current_user")).scalar_one()
            assert who == "fixture_probe"
        good.dispose()
        bad = sa.create_engine(pg_server.url(name, "fixture_probe", "wrong"))
        try:
            with bad.connect():
                raise AssertionError("a wrong password was accepted")
        except sa.exc.OperationalError as error:
            assert "password authentication failed" in str(error)
        finally:
            bad.dispose()
    finally:
        pg_server.admin_execute("DROP ROLE fixture_probe")
