"""The curated social-work sources shipped in ``resources/feeds/curated.opml``."""

from __future__ import annotations

from pathlib import Path

from cpdlog.errors import StorageError
from cpdlog.feeds.opml import OpmlDocument, OpmlFeed, parse_opml
from cpdlog.resources import resource_path

CURATED_NAME = "curated.opml"


def curated_path() -> Path | None:
    """Where the curated list is: inside the installed package, else the source checkout."""
    try:
        path = resource_path(f"feeds/{CURATED_NAME}")
    except StorageError:
        return None
    return path if path.is_file() else None


def load_curated() -> OpmlDocument:
    """The curated list; an empty document if the file is missing from this installation."""
    path = curated_path()
    if path is None:
        return OpmlDocument(title="cpdlog curated social-work sources")
    return parse_opml(path.read_bytes())


def curated_categories() -> list[str]:
    return load_curated().categories


def curated_feeds(categories: list[str] | None = None) -> list[OpmlFeed]:
    """The curated sources, optionally only those in the chosen top-level categories."""
    feeds = load_curated().feeds
    if not categories:
        return feeds
    wanted = {c.strip().lower() for c in categories}
    return [f for f in feeds if f.category.split("/", 1)[0].strip().lower() in wanted]
