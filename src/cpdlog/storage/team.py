"""A shared cpdlog on PostgreSQL: the team's roles, their grants and row-level security.

Who may see what is decided by the database, not by cpdlog's Python code: every table has
row-level security enabled *and forced*, so even the tables' owner goes through the policies
(only a superuser, the organisation's database administrator, is exempt).

Three group roles (NOLOGIN); each person logs in as their own role, a member of one group:

- ``cpdlog_practitioner``: reads and writes only rows whose ``owner`` is themselves; a row's
  ``owner`` defaults to ``current_user`` and may not be set to anyone else; the child rows of an
  entry (sections, standards, tags, topics, evidence links) may only hang off their own entries.
- ``cpdlog_supervisor``: reads only the entries shared with them (and those entries' sections,
  standards, tags, topics and evidence details), and writes only reviews (``review_comments``,
  ``signoffs``) of those entries; keeps their own file-review rows (:data:`REVIEW_FILE_TABLES`)
  and their own review signing key (the one setting they may have).
- ``cpdlog_lead``: no journal table at all; per-person figures (entries, hours, met or not, days
  left) through :data:`PROGRESS_FUNCTION`, a SECURITY DEFINER function that never returns text,
  titles or evidence; publishes the team's sources.

Everything here is PostgreSQL only, and idempotent: :func:`secure_database` drops and re-creates
cpdlog's policies and grants, so it may be run again after every upgrade.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from cpdlog.errors import NotFoundError, StorageError, ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

PRACTITIONER = "cpdlog_practitioner"
SUPERVISOR = "cpdlog_supervisor"
LEAD = "cpdlog_lead"
GROUPS = {"practitioner": PRACTITIONER, "supervisor": SUPERVISOR, "lead": LEAD}
PROGRESS_FUNCTION = "cpdlog_team_progress"

# Tables of one person's journal that hang off an entry (``entry_id``).
ENTRY_CHILDREN = (
    "entry_sections",
    "entry_standards",
    "entry_tags",
    "entry_topics",
    "entry_evidence",
)
# Made by the review and sign-off migration (0005_signoffs); secured when they exist.
REVIEW_TABLES = ("review_comments", "signoffs")
# Made by 0005_signoffs, given an ``owner`` by 0011_review_owner: the review packs a journal
# sent, the responses it imported and the reviewers' keys it trusts (file-based review).
# Each person's own rows, for a supervisor too (they open and answer packs on their account).
REVIEW_FILE_TABLES = ("review_packs", "review_responses", "reviewer_keys")
# The one setting a supervisor keeps on the server: the key they sign review responses with
# (``services.review.KEY_SETTING``), their own row only.
SUPERVISOR_SETTING = "owner = current_user AND key = 'review.signing_key'"
# Tables everyone in the team may read (and nothing personal is in them).
TEAM_TABLES = ("alembic_version", "team_sources")

_ROLE_NAME = re.compile(r"[a-z][a-z0-9_.-]{0,62}")
_RESERVED = ("pg_", "cpdlog_")
SHARED = (
    "EXISTS (SELECT 1 FROM shares s WHERE s.entry_id = {entry} "
    "AND s.supervisor = current_user AND s.withdrawn_at IS NULL)"
)
MINE = "EXISTS (SELECT 1 FROM entries e WHERE e.id = {entry} AND e.owner = current_user)"
# What a review row brought by a response file looks like (``response_id`` names the response)
_FROM_A_FILE = {
    "signoffs": "arrival = 'file' AND response_id IS NOT NULL",
    "review_comments": "response_id IS NOT NULL",
}


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def check_role_name(name: str) -> str:
    """A person's role name: lower-case letters, digits, ``_ . -``, starting with a letter."""
    if not _ROLE_NAME.fullmatch(name):
        raise ValidationError(
            tr(
                ERRORS,
                "'{name}' cannot be a user name: use lower-case letters, digits, "
                "'.', '_' or '-', starting with a letter (at most 63 characters).",
            ).format(name=name[:40])
        )
    if name.startswith(_RESERVED):
        raise ValidationError(
            tr(
                ERRORS,
                "'{name}' cannot be a user name: names starting pg_ or cpdlog_ "
                "are kept for PostgreSQL and cpdlog.",
            ).format(name=name)
        )
    return name


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """PostgreSQL's SCRAM-SHA-256 verifier for ``password``, made here so the password itself
    is never sent to the server (nor written to its log)."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


# -- the administrator's side ----------------------------------------------------------------


def require_superuser(connection: Connection) -> str:
    """The connected role's name; a :class:`StorageError` unless it is a superuser."""
    row = connection.execute(
        text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
    ).one()
    if not row[1]:
        raise StorageError(
            tr(
                ERRORS,
                "'{row}' is not a PostgreSQL superuser: `cpdlog server` must be "
                "run by the organisation's database administrator. Nothing was "
                "changed.",
            ).format(row=row[0])
        )
    return str(row[0])


def _tables(connection: Connection) -> dict[str, set[str]]:
    """Every table in the public schema and its columns."""
    found: dict[str, set[str]] = {}
    rows = connection.execute(
        text(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c "
            "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
            "AND t.table_name = c.table_name "
            "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
        )
    )
    for table, column in rows:
        found.setdefault(str(table), set()).add(str(column))
    return found


def _create_groups(connection: Connection) -> None:
    for group in GROUPS.values():
        connection.execute(
            text(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                f"{quote_literal(group)}) THEN CREATE ROLE {quote_ident(group)} NOLOGIN; "
                "END IF; END $$"
            )
        )


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    table: str
    command: str  # ALL, SELECT, INSERT, UPDATE, DELETE
    role: str
    using: str | None
    check: str | None

    def sql(self) -> str:
        parts = [
            f"CREATE POLICY {quote_ident(self.name)} ON {quote_ident(self.table)}",
            f"AS PERMISSIVE FOR {self.command} TO {quote_ident(self.role)}",
        ]
        if self.using is not None:
            parts.append(f"USING ({self.using})")
        if self.check is not None:
            parts.append(f"WITH CHECK ({self.check})")
        return " ".join(parts)


def _practitioner_check(table: str, columns: set[str]) -> str:
    """What a practitioner's new or changed row must satisfy besides being their own."""
    rule = "owner = current_user"
    if table in ENTRY_CHILDREN or (table not in ("entries", "shares") and "entry_id" in columns):
        rule += " AND " + MINE.format(entry=f"{quote_ident(table)}.entry_id")
    if table == "shares":
        rule += " AND " + MINE.format(entry="shares.entry_id")
        rule += (
            " AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member"
            " JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = shares.supervisor"
            f" AND g.rolname = {quote_literal(SUPERVISOR)})"
        )
    if table in ("feed_items", "purged_items"):
        feed = f"{table}.feed_id"
        mine = f"EXISTS (SELECT 1 FROM feeds f WHERE f.id = {feed} AND f.owner = current_user)"
        rule += f" AND ({feed} IS NULL OR {mine})" if table == "feed_items" else f" AND {mine}"
    return rule


def policies(tables: dict[str, set[str]]) -> list[Policy]:
    """Every policy cpdlog wants on a database with these tables (and columns)."""
    found: list[Policy] = []
    for table in sorted(tables):
        columns = tables[table]
        if table in TEAM_TABLES:
            for role in GROUPS.values():
                found.append(Policy(f"{table}_read_{role}", table, "SELECT", role, "true", None))
            if table == "team_sources":
                mine = "published_by = current_user"
                found.append(Policy("team_sources_lead_add", table, "INSERT", LEAD, None, mine))
                found.append(
                    Policy("team_sources_lead_change", table, "UPDATE", LEAD, "true", mine)
                )
                found.append(
                    Policy("team_sources_lead_remove", table, "DELETE", LEAD, "true", None)
                )
            continue
        if table in REVIEW_TABLES:
            if "entry_id" not in columns:
                continue  # not the shape we know: no policy, so nobody but the admin sees it
            shared = SHARED.format(entry=f"{table}.entry_id")
            mine = MINE.format(entry=f"{table}.entry_id")
            found += [
                Policy(f"{table}_practitioner_read", table, "SELECT", PRACTITIONER, mine, None),
                Policy(f"{table}_supervisor_read", table, "SELECT", SUPERVISOR, shared, None),
                Policy(f"{table}_supervisor_add", table, "INSERT", SUPERVISOR, None, shared),
                Policy(f"{table}_supervisor_change", table, "UPDATE", SUPERVISOR, shared, shared),
                # a review that came in a response file the practitioner imports (its signature
                # and pack were checked by cpdlog), only ever on their own entry; a review on
                # the server itself comes only from the supervisor
                Policy(
                    f"{table}_practitioner_add",
                    table,
                    "INSERT",
                    PRACTITIONER,
                    None,
                    f"{_FROM_A_FILE[table]} AND {mine}",
                ),
            ]
            continue
        if "owner" not in columns:
            continue  # unknown and not per person: no policy, nobody but the admin sees it
        if table in REVIEW_FILE_TABLES:
            mine = "owner = current_user"
            found.append(Policy(f"{table}_own", table, "ALL", PRACTITIONER, mine, mine))
            found.append(Policy(f"{table}_supervisor_own", table, "ALL", SUPERVISOR, mine, mine))
            continue
        found.append(
            Policy(
                f"{table}_own",
                table,
                "ALL",
                PRACTITIONER,
                "owner = current_user",
                _practitioner_check(table, columns),
            )
        )
        if table == "entries":
            found.append(
                Policy(
                    "entries_supervisor_read",
                    table,
                    "SELECT",
                    SUPERVISOR,
                    "deleted_at IS NULL AND " + SHARED.format(entry="entries.id"),
                    None,
                )
            )
        elif table in ENTRY_CHILDREN:
            # visible when the entry is (the query on entries is itself under its policies:
            # shared with me now, and not in the trash)
            found.append(
                Policy(
                    f"{table}_supervisor_read",
                    table,
                    "SELECT",
                    SUPERVISOR,
                    f"EXISTS (SELECT 1 FROM entries e WHERE e.id = {table}.entry_id)",
                    None,
                )
            )
        elif table == "evidence_files":
            found.append(
                Policy(
                    "evidence_files_supervisor_read",
                    table,
                    "SELECT",
                    SUPERVISOR,
                    # attached to an entry I may see (entry_evidence is under its policies)
                    "EXISTS (SELECT 1 FROM entry_evidence ee WHERE ee.owner = evidence_files.owner"
                    " AND ee.sha256 = evidence_files.sha256)",
                    None,
                )
            )
        elif table == "settings":
            # a supervisor answers review packs on their own account: their signing key only
            found.append(
                Policy(
                    "settings_supervisor_signing_key",
                    table,
                    "ALL",
                    SUPERVISOR,
                    SUPERVISOR_SETTING,
                    SUPERVISOR_SETTING,
                )
            )
        elif table == "shares":
            found.append(
                Policy(
                    "shares_supervisor_read",
                    table,
                    "SELECT",
                    SUPERVISOR,
                    "supervisor = current_user AND withdrawn_at IS NULL",
                    None,
                )
            )
    return found


def _grants(tables: dict[str, set[str]]) -> list[str]:
    statements: list[str] = []
    readers = {"entries", "shares", "evidence_files", *ENTRY_CHILDREN}
    for table, columns in sorted(tables.items()):
        name = quote_ident(table)
        statements.append(f"REVOKE ALL ON {name} FROM PUBLIC")
        for group in GROUPS.values():
            statements.append(f"REVOKE ALL ON {name} FROM {quote_ident(group)}")
        if table in TEAM_TABLES:
            statements.append(f"GRANT SELECT ON {name} TO {PRACTITIONER}, {SUPERVISOR}, {LEAD}")
            if table == "team_sources":
                statements.append(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {LEAD}")
        elif table in REVIEW_TABLES:
            statements.append(f"GRANT SELECT, INSERT ON {name} TO {PRACTITIONER}")
            statements.append(f"GRANT SELECT, INSERT, UPDATE ON {name} TO {SUPERVISOR}")
        elif "owner" in columns:
            statements.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {PRACTITIONER}")
            if table in readers:
                statements.append(f"GRANT SELECT ON {name} TO {SUPERVISOR}")
            elif table in REVIEW_FILE_TABLES:
                statements.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {SUPERVISOR}")
            elif table == "settings":
                statements.append(f"GRANT SELECT, INSERT, UPDATE ON {name} TO {SUPERVISOR}")
    return statements


def _progress_function() -> str:
    return f"""
CREATE OR REPLACE FUNCTION public.{PROGRESS_FUNCTION}()
RETURNS TABLE (person text, entries bigint, complete_entries bigint, hours numeric,
               regulator_id text, period_end date, met boolean, days_left integer,
               figures_at timestamp)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $fn$
  WITH people AS (
    SELECT r.rolname::text AS person FROM pg_roles r
      JOIN pg_auth_members m ON m.member = r.oid
      JOIN pg_roles g ON g.oid = m.roleid
     WHERE g.rolname = '{PRACTITIONER}' AND r.rolcanlogin
  ), figures AS (
    SELECT DISTINCT ON (f.owner) f.owner, f.regulator_id, f.period_start, f.period_end, f.met,
           f.computed_at
      FROM public.progress_figures f ORDER BY f.owner, f.computed_at DESC, f.id DESC
  ), counted AS (
    SELECT p.person, e.status, e.quarter_hours FROM people p
      LEFT JOIN figures f ON f.owner = p.person
      JOIN public.entries e ON e.owner = p.person AND e.deleted_at IS NULL AND NOT e.inbox
       AND (f.owner IS NULL OR e.start_date BETWEEN f.period_start AND f.period_end)
  )
  SELECT p.person,
         (SELECT count(*) FROM counted c WHERE c.person = p.person),
         (SELECT count(*) FROM counted c WHERE c.person = p.person AND c.status = 'complete'),
         (SELECT coalesce(sum(c.quarter_hours), 0) / 4.0 FROM counted c
           WHERE c.person = p.person AND c.status = 'complete'),
         f.regulator_id::text, f.period_end, f.met, (f.period_end - current_date)::integer,
         f.computed_at
    FROM people p LEFT JOIN figures f ON f.owner = p.person
   ORDER BY p.person
$fn$"""


def secure_database(connection: Connection) -> list[Policy]:
    """Create the groups, grants, policies and the lead's function (idempotent); row-level
    security is enabled and forced on every table. Returns the policies now in force."""
    require_superuser(connection)
    _create_groups(connection)
    tables = _tables(connection)
    connection.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    connection.execute(
        text(f"GRANT USAGE ON SCHEMA public TO {PRACTITIONER}, {SUPERVISOR}, {LEAD}")
    )
    for table in tables:
        name = quote_ident(table)
        connection.execute(text(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"))
        connection.execute(text(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY"))
    existing = connection.execute(
        text("SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public'")
    ).all()
    for policy_name, table in existing:
        connection.execute(text(f"DROP POLICY {quote_ident(policy_name)} ON {quote_ident(table)}"))
    wanted = policies(tables)
    for policy in wanted:
        connection.execute(text(policy.sql()))
    for statement in _grants(tables):
        connection.execute(text(statement))
    connection.execute(
        text(
            f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {PRACTITIONER}, {SUPERVISOR}, {LEAD}"
        )
    )
    connection.execute(text(_progress_function()))
    function = f"public.{PROGRESS_FUNCTION}()"
    connection.execute(text(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION {function} TO {LEAD}"))
    # fresh planner figures: after an upgrade or a bulk load (an import, a migration from
    # one-person journals) a stale estimate makes PostgreSQL scan whole tables
    connection.execute(text("ANALYZE"))
    return wanted


def rows_owned_by_me(connection: Connection) -> int:
    """How many journal rows the connected role owns (in ``entries``)."""
    if "entries" not in _tables(connection):
        return 0
    return int(
        connection.execute(
            text("SELECT count(*) FROM entries WHERE owner = current_user")
        ).scalar_one()
    )


def hand_over_existing_rows(connection: Connection, name: str) -> int:
    """Give ``name`` the rows the connected administrator owns: the rows of a one-person
    database written before ``owner`` existed (the upgrade gave them to whoever ran it), in
    every per-person table. How many entries changed hands."""
    require_superuser(connection)
    check_role_name(name)
    exists, _can_login, groups = _membership(connection, name)
    if not exists or PRACTITIONER not in groups:
        raise NotFoundError(
            tr(
                ERRORS,
                "'{name}' is not a practitioner on this server: add them first "
                "with `cpdlog server add-user {name} --role practitioner`.",
            ).format(name=name)
        )
    changed = 0
    # evidence_files first: its (owner, sha256) key carries the evidence links along
    tables = sorted(_tables(connection).items(), key=lambda t: (t[0] != "evidence_files", t[0]))
    for table, columns in tables:
        if "owner" in columns:
            result = connection.execute(
                text(f"UPDATE {quote_ident(table)} SET owner = :name WHERE owner = current_user"),
                {"name": name},
            )
            if table == "entries":
                changed = int(result.rowcount or 0)
            if result.rowcount:
                # the owners' figures the planner uses have changed (a whole journal moved)
                connection.execute(text(f"ANALYZE {quote_ident(table)}"))
    return changed


def _membership(connection: Connection, name: str) -> tuple[bool, bool, list[str]]:
    """Whether role ``name`` exists, may log in, and the cpdlog groups it is in."""
    row = connection.execute(
        text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :name"), {"name": name}
    ).first()
    if row is None:
        return False, False, []
    groups = connection.execute(
        text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
            "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = :name "
            "AND g.rolname = ANY(:groups)"
        ),
        {"name": name, "groups": list(GROUPS.values())},
    ).scalars()
    return True, bool(row[0]), sorted(str(g) for g in groups)


def add_user(connection: Connection, name: str, role: str, verifier: str | None) -> None:
    """A LOGIN role ``name`` in the group for ``role``; ``verifier`` None: no password (the
    organisation's own authentication, set up in its ``pg_hba.conf``)."""
    require_superuser(connection)
    check_role_name(name)
    group = GROUPS.get(role)
    if group is None:
        raise ValidationError(
            tr(ERRORS, "'{role}' is not a role: use practitioner, supervisor or lead.").format(
                role=role
            )
        )
    exists, _can_login, _groups = _membership(connection, name)
    if exists:
        raise ValidationError(
            tr(
                ERRORS,
                "There is already a PostgreSQL role called '{name}' (a removed "
                "user's name is kept so that nobody else is given their journal); "
                "choose another name.",
            ).format(name=name)
        )
    password = "PASSWORD NULL" if verifier is None else f"PASSWORD {quote_literal(verifier)}"
    # the verifier holds ':' which text() would take for a parameter
    connection.exec_driver_sql(
        f"CREATE ROLE {quote_ident(name)} LOGIN INHERIT {password} IN ROLE {group}"
    )


@dataclass(frozen=True, slots=True)
class RemovedUser:
    name: str
    groups: list[str]
    shares_withdrawn: int


def remove_user(connection: Connection, name: str, now: dt.datetime) -> RemovedUser:
    """Stop ``name`` logging in and take them out of cpdlog's groups. Their rows stay, owned
    by them, seen by nobody but the administrator; what they shared, and what was shared with
    them, is withdrawn. The role itself is kept (NOLOGIN) so its name cannot be given to
    someone else, who would then see the journal."""
    require_superuser(connection)
    check_role_name(name)
    exists, _can_login, groups = _membership(connection, name)
    if not exists or not groups:  # never a role cpdlog did not make (nor one already removed)
        raise NotFoundError(
            tr(ERRORS, "There is no cpdlog user called '{name}' on this server.").format(name=name)
        )
    for group in groups:
        connection.execute(text(f"REVOKE {quote_ident(group)} FROM {quote_ident(name)}"))
    connection.execute(text(f"ALTER ROLE {quote_ident(name)} NOLOGIN PASSWORD NULL"))
    withdrawn = 0
    if "shares" in _tables(connection):
        result = connection.execute(
            text(
                "UPDATE shares SET withdrawn_at = :now WHERE withdrawn_at IS NULL "
                "AND (owner = :name OR supervisor = :name)"
            ),
            {"now": now.astimezone(dt.UTC).replace(tzinfo=None), "name": name},
        )
        withdrawn = int(result.rowcount or 0)
    return RemovedUser(name, groups, withdrawn)


# -- the team members' side (their own connection; the policies decide what they get) --------


def current_user(session: Session) -> str:
    return str(session.execute(text("SELECT current_user")).scalar_one())


def is_supervisor(session: Session, name: str) -> bool:
    return bool(
        session.execute(
            text(
                "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = :name "
                "AND g.rolname = :group AND r.rolcanlogin"
            ),
            {"name": name, "group": SUPERVISOR},
        ).first()
    )


def is_practitioner(session: Session) -> bool:
    """Whether the connected role is in the practitioner group."""
    return bool(
        session.execute(
            text("SELECT pg_has_role(current_user, :group, 'MEMBER')"), {"group": PRACTITIONER}
        ).scalar_one()
    )


def _naive_utc(when: dt.datetime) -> dt.datetime:
    return when.astimezone(dt.UTC).replace(tzinfo=None)


def _aware(when: dt.datetime | None) -> dt.datetime | None:
    return None if when is None else when.replace(tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class ShareRecord:
    entry_id: int
    owner: str
    supervisor: str
    shared_at: dt.datetime
    withdrawn_at: dt.datetime | None


def share_entry(session: Session, entry_id: int, supervisor: str, now: dt.datetime) -> bool:
    """Share one of the user's own entries; False if it already was shared with them."""
    found = session.execute(
        text("SELECT 1 FROM entries WHERE id = :id AND deleted_at IS NULL"), {"id": entry_id}
    ).first()
    if found is None:
        raise NotFoundError(
            tr(ERRORS, "There is no entry {entry_id} in your journal.").format(entry_id=entry_id)
        )
    if not is_supervisor(session, supervisor):
        raise NotFoundError(
            tr(ERRORS, "'{supervisor}' is not a supervisor on this cpdlog server.").format(
                supervisor=supervisor
            )
        )
    already = session.execute(
        text(
            "SELECT 1 FROM shares WHERE entry_id = :id AND supervisor = :who "
            "AND withdrawn_at IS NULL"
        ),
        {"id": entry_id, "who": supervisor},
    ).first()
    if already is not None:
        return False
    session.execute(
        text("INSERT INTO shares (entry_id, supervisor, shared_at) VALUES (:id, :who, :now)"),
        {"id": entry_id, "who": supervisor, "now": _naive_utc(now)},
    )
    return True


def unshare_entry(session: Session, entry_id: int, supervisor: str | None, now: dt.datetime) -> int:
    """Withdraw the user's shares of an entry (with one supervisor, or all); how many."""
    sql = "UPDATE shares SET withdrawn_at = :now WHERE entry_id = :id AND withdrawn_at IS NULL"
    params: dict[str, object] = {"id": entry_id, "now": _naive_utc(now)}
    if supervisor is not None:
        sql += " AND supervisor = :who"
        params["who"] = supervisor
    return int(session.execute(text(sql), params).rowcount or 0)  # type: ignore[attr-defined]


def shares(session: Session, entry_id: int | None = None) -> list[ShareRecord]:
    """The shares the user can see: their own (a practitioner), or those made to them (a
    supervisor), newest first."""
    sql = "SELECT entry_id, owner, supervisor, shared_at, withdrawn_at FROM shares"
    params: dict[str, object] = {}
    if entry_id is not None:
        sql += " WHERE entry_id = :id"
        params["id"] = entry_id
    rows = session.execute(text(sql + " ORDER BY shared_at DESC, id DESC"), params)
    return [
        ShareRecord(int(r[0]), str(r[1]), str(r[2]), _aware(r[3]) or r[3], _aware(r[4]))
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class SharedEntryRow:
    entry_id: int
    owner: str
    title: str
    start_date: dt.date
    quarter_hours: int
    status: str
    shared_at: dt.datetime


def shared_with_me(session: Session) -> list[SharedEntryRow]:
    rows = session.execute(
        text(
            "SELECT e.id, e.owner, e.title, e.start_date, e.quarter_hours, e.status, "
            "max(s.shared_at) FROM shares s JOIN entries e ON e.id = s.entry_id "
            "WHERE s.supervisor = current_user AND s.withdrawn_at IS NULL "
            "GROUP BY e.id, e.owner, e.title, e.start_date, e.quarter_hours, e.status "
            "ORDER BY max(s.shared_at) DESC, e.id DESC"
        )
    )
    return [
        SharedEntryRow(
            int(r[0]), str(r[1]), str(r[2]), r[3], int(r[4]), str(r[5]), _aware(r[6]) or r[6]
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class TeamSourceRecord:
    id: int
    title: str
    url: str
    folder: str
    published_by: str
    published_at: dt.datetime


def team_sources(session: Session) -> list[TeamSourceRecord]:
    rows = session.execute(
        text(
            "SELECT id, title, url, folder, published_by, published_at FROM team_sources "
            "ORDER BY folder, title, id"
        )
    )
    return [
        TeamSourceRecord(
            int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), _aware(r[5]) or r[5]
        )
        for r in rows
    ]


def team_source(session: Session, source_id: int) -> TeamSourceRecord:
    for source in team_sources(session):
        if source.id == source_id:
            return source
    raise NotFoundError(
        tr(ERRORS, "There is no team source {source_id}.").format(source_id=source_id)
    )


def publish_source(
    session: Session, title: str, url: str, folder: str, now: dt.datetime
) -> TeamSourceRecord:
    """Add a source to the team's list (or change the title and folder of one listed)."""
    session.execute(
        text(
            "INSERT INTO team_sources (title, url, folder, published_at) "
            "VALUES (:title, :url, :folder, :now) ON CONFLICT (url) DO UPDATE SET "
            "title = EXCLUDED.title, folder = EXCLUDED.folder, "
            "published_by = current_user, published_at = EXCLUDED.published_at"
        ),
        {"title": title, "url": url, "folder": folder, "now": _naive_utc(now)},
    )
    source_id = session.execute(
        text("SELECT id FROM team_sources WHERE url = :url"), {"url": url}
    ).scalar_one()
    return team_source(session, int(source_id))


def withdraw_source(session: Session, source_id: int) -> None:
    result = session.execute(text("DELETE FROM team_sources WHERE id = :id"), {"id": source_id})
    if not result.rowcount:  # type: ignore[attr-defined]
        raise NotFoundError(
            tr(ERRORS, "There is no team source {source_id}.").format(source_id=source_id)
        )


def publish_progress(
    session: Session,
    figures: Sequence[tuple[str, dt.date, dt.date, bool]],
    now: dt.datetime,
) -> None:
    """The user's own outcome per regulator (regulator id, period start, end, met), for the
    lead's figures; replaces what they published before."""
    session.execute(text("DELETE FROM progress_figures WHERE owner = current_user"))
    for regulator_id, start, end, met in figures:
        session.execute(
            text(
                "INSERT INTO progress_figures "
                "(regulator_id, period_start, period_end, met, computed_at) "
                "VALUES (:regulator, :start, :end, :met, :now)"
            ),
            {
                "regulator": regulator_id,
                "start": start,
                "end": end,
                "met": met,
                "now": _naive_utc(now),
            },
        )


@dataclass(frozen=True, slots=True)
class PersonFigures:
    person: str
    entries: int
    complete_entries: int
    hours: float
    regulator_id: str | None
    period_end: dt.date | None
    met: bool | None
    days_left: int | None
    figures_at: dt.datetime | None


def team_progress(session: Session) -> list[PersonFigures]:
    rows = session.execute(text(f"SELECT * FROM public.{PROGRESS_FUNCTION}()"))
    return [
        PersonFigures(
            str(r[0]),
            int(r[1]),
            int(r[2]),
            float(r[3]),
            None if r[4] is None else str(r[4]),
            r[5],
            None if r[6] is None else bool(r[6]),
            None if r[7] is None else int(r[7]),
            _aware(r[8]),
        )
        for r in rows
    ]
