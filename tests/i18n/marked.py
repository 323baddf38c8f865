"""A Welsh catalogue for tests whose strings are new: every translation is the English marked
"CY:", so a test can tell a looked-up string from one printed as written."""

from __future__ import annotations

from xml.sax.saxutils import escape

MARK = "CY:"


def marked_context(name: str, strings: dict[str, bool]) -> str:
    """One .ts context: each source (True when it is a plural) translated as MARK + source."""
    messages = []
    for source, numerus in strings.items():
        text = escape(MARK + source)
        if numerus:
            forms = "".join(f"<numerusform>{text}</numerusform>" for _ in range(5))
            messages.append(
                f'<message numerus="yes"><source>{escape(source)}</source>'
                f"<translation>{forms}</translation></message>"
            )
        else:
            messages.append(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{text}</translation></message>"
            )
    return f"<context><name>{name}</name>{''.join(messages)}</context>"


def marked_catalogue(contexts: dict[str, dict[str, bool]]) -> str:
    """A whole .ts file of marked contexts."""
    body = "".join(marked_context(name, strings) for name, strings in contexts.items())
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="cy_GB">{body}</TS>\n'
    )
