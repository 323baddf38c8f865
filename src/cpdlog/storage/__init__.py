"""Storage: SQLAlchemy engine and sessions, ORM tables, repositories and migrations."""
