"""Key → JSON value settings kept in the database (they travel with the data)."""

from __future__ import annotations

import json
from typing import Any

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
