"""argparse's own words ("usage:", "options", "the following arguments are required: …") in the
language chosen.

argparse looks its words up through its module-level ``_`` (``gettext.gettext``) and
``ngettext``, in Python's own gettext domain, which has no Welsh. :func:`in_language` points
those two names at ``cpdlog.i18n`` for as long as the command line runs (and puts them back
afterwards, so a program that imports cpdlog keeps its own argparse). The words are listed
here, under one context, because argparse's source is not ours to extract from:
``packaging/translations.py`` reads :data:`WORDS` and :data:`PLURALS` (as literals) and
files them in the catalogue. Only argparse's messages that a user can see are listed (those
about a mistake in cpdlog's own parser definitions are for developers); a message not listed,
or one a newer Python words differently, stays English.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from cpdlog import i18n

CONTEXT = "cpdlog.argparse"

# Python 3.11-3.13's wording, character for character (argparse formats them with %).
WORDS: tuple[str, ...] = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s",
    "not allowed with argument %s",
    "ignored explicit argument %r",
    "the following arguments are required: %s",
    "one of the arguments %s is required",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "ambiguous option: %(option)s could match %(matches)s",
    "unexpected option string: %s",
    "invalid %(type)s value: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
    "can't open '%(filename)s': %(error)s",
)
# (singular, plural): argparse's ngettext calls a user can meet
PLURALS: tuple[tuple[str, str], ...] = (("expected %s argument", "expected %s arguments"),)

_KNOWN = frozenset(WORDS)
_KNOWN_PLURALS = frozenset(PLURALS)


def gettext(message: str | None) -> str | None:
    """argparse's ``_``: a listed message in the current language, anything else unchanged
    (argparse also passes ``None`` and titles given by the program)."""
    if message is None or message not in _KNOWN:
        return message
    return i18n.tr(CONTEXT, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: the form for ``n`` (which argparse then formats with %)."""
    if (singular, plural) not in _KNOWN_PLURALS:
        return singular if n == 1 else plural
    return i18n.plural(CONTEXT, n, singular, plural)


@contextmanager
def in_language() -> Iterator[None]:
    """argparse speaks the language of ``cpdlog.i18n`` inside the ``with`` block."""
    module = vars(argparse)
    saved: dict[str, Callable[..., object]] = {"_": module["_"], "ngettext": module["ngettext"]}
    module["_"], module["ngettext"] = gettext, ngettext
    try:
        yield
    finally:
        module.update(saved)
