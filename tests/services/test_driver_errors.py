"""Database driver errors reach the front ends as plain sentences, through the services."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import OperationalError

from cpdlog.errors import StorageError
from cpdlog.services.app import explain_driver_error


def test_a_driver_error_becomes_a_storage_error_with_a_plain_sentence() -> None:
    exc = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
    explained = explain_driver_error(exc)
    assert isinstance(explained, StorageError)
    assert explained.exit_code == 1
    assert str(explained) == "the database is busy in another program; try again in a moment."


def test_anything_else_is_not_explained() -> None:
    assert explain_driver_error(ValueError("not a driver error")) is None
    assert explain_driver_error(sqlite3.OperationalError("locked")) is None
