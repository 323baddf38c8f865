"""Reach the services that other parts of cpdlog provide, when they are installed.

The feed reader and the PDF portfolio live in their own service modules. The window asks
for them here so that a missing optional part hides its page instead of breaking start-up.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cpdlog.services.app import App


def _service(app: App, attribute: str, module: str, class_name: str) -> Any | None:
    try:
        found = getattr(app, attribute, None)
    except ImportError:
        found = None
    if found is not None:
        return found
    try:
        loaded = __import__(module, fromlist=[class_name])
    except ImportError:
        return None
    cls = getattr(loaded, class_name, None)
    return cls(app) if cls is not None else None


def _available(app: App, attribute: str, module: str) -> bool:
    """Whether a service exists, without importing it (keeps start-up quick)."""
    if attribute in type(app).__dict__:
        return True
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def feeds_available(app: App) -> bool:
    return _available(app, "feeds", "cpdlog.services.feeds")


def portfolio_available(app: App) -> bool:
    return _available(app, "portfolio", "cpdlog.services.portfolio")


def feed_service(app: App) -> Any | None:
    return _service(app, "feeds", "cpdlog.services.feeds", "FeedService")


def portfolio_service(app: App) -> Any | None:
    return _service(app, "portfolio", "cpdlog.services.portfolio", "PortfolioService")


def form_text_available() -> bool:
    try:
        return importlib.util.find_spec("cpdlog.export.form") is not None
    except (ImportError, ValueError):
        return False


def form_text_function() -> Any | None:
    """``swe_form_text(entry, ...)``: an entry laid out like the regulator's CPD form."""
    try:
        from cpdlog.export.form import swe_form_text
    except ImportError:
        return None
    return swe_form_text
