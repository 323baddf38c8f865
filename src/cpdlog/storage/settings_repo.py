"""Key → JSON value settings kept in the database (they travel with the data)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdlog.storage.orm import SettingRow


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_setting(session: Session, key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=encoded))
    else:
        row.value = encoded


def get_settings(session: Session, keys: list[str], default: Any = None) -> dict[str, Any]:
    """``get_setting`` for many keys in few queries (an export's check reads one per entry)."""
    found: dict[str, Any] = {}
    for first in range(0, len(keys), 500):  # SQLite's limit on bound parameters is far above
        chunk = keys[first : first + 500]
        for row in session.scalars(select(SettingRow).where(SettingRow.key.in_(chunk))):
            try:
                found[row.key] = json.loads(row.value)
            except ValueError:
                found[row.key] = default
    return {key: found.get(key, default) for key in keys}
