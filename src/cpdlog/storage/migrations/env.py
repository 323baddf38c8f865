"""Alembic environment. cpdlog passes its live connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context

import cpdlog.storage.feeds_orm  # noqa: F401  (registers the feed tables on Base.metadata)
from cpdlog.storage import review_orm  # noqa: F401  (registers the review tables too)
from cpdlog.storage.orm import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
