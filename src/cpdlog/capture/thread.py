"""Threads and hashtag discussions as plain data, and their rendering as evidence.

A :class:`Thread` is a list of :class:`Post` objects (already sanitised) plus what went short
(``notes``: "stopped after 5,000 posts", "the server asked cpdlog to wait"). Posts are shown
in time order; a reply names who it answers, and a reply to a post that is gone says
"[deleted post]". Nothing here recurses over replies, so a 10,000-deep chain costs no stack.

The evidence is one self-contained HTML page (no scripts, no remote loads: a Content Security
Policy forbids them) and a JSON file with the same posts for anyone who wants the data.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass, field

from cpdlog.domain.dates import long_date
from cpdlog.feeds.sanitize import html_to_text

DELETED = "[deleted post]"
MAX_POSTS = 5000


@dataclass(slots=True)
class Post:
    """One post. ``html`` is sanitised HTML; a deleted post has only its id."""

    id: str
    url: str = ""
    author_name: str = ""
    author_handle: str = ""
    created_at: dt.datetime | None = None
    html: str = ""
    content_warning: str = ""
    in_reply_to: str | None = None
    deleted: bool = False
    unavailable: str = ""  # e.g. "blocked": shown instead of the text
    media: list[str] = field(default_factory=list)  # descriptions (alt text) of attachments

    @property
    def text(self) -> str:
        return html_to_text(self.html)

    @property
    def author(self) -> str:
        if self.author_name and self.author_handle:
            return f"{self.author_name} ({self.author_handle})"
        return self.author_name or self.author_handle or "Someone"


@dataclass(slots=True)
class Thread:
    """A thread (``kind`` "thread") or a hashtag discussion over a window ("hashtag")."""

    kind: str
    platform: str  # "mastodon" or "bluesky"
    source_url: str
    host: str
    posts: list[Post] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    focus_id: str | None = None
    tag: str = ""
    window_start: dt.datetime | None = None
    window_end: dt.datetime | None = None

    @property
    def platform_name(self) -> str:
        return {"mastodon": "Mastodon", "bluesky": "Bluesky"}.get(self.platform, self.platform)

    def ordered(self) -> list[Post]:
        """Posts by time (posts without a time last), each id once."""
        seen: set[str] = set()
        unique: list[Post] = []
        for post in self.posts:
            if post.id not in seen:
                seen.add(post.id)
                unique.append(post)
        far = dt.datetime.max.replace(tzinfo=dt.UTC)
        return sorted(unique, key=lambda p: p.created_at or far)

    def live_posts(self) -> list[Post]:
        return [p for p in self.ordered() if not p.deleted and not p.unavailable]

    def participants(self) -> list[str]:
        """Everyone who posted, in order of their first post."""
        names = dict.fromkeys(p.author_handle or p.author_name for p in self.live_posts())
        return [n for n in names if n]

    @property
    def focus(self) -> Post | None:
        return next((p for p in self.posts if p.id == self.focus_id), None)

    def summary(self) -> str:
        """One sentence: what, where, when, how many posts by how many people."""
        count = len(self.live_posts())
        people = len(self.participants())
        tally = f"{_plural(count, 'post')} by {_plural(people, 'person', 'people')}"
        if self.kind == "hashtag":
            when = _window(self.window_start, self.window_end)
            return f"Hashtag discussion #{self.tag} on {self.host}, {when}: {tally}"
        focus = self.focus
        who = focus.author if focus is not None else "someone"
        day = f", {_day(focus.created_at)}" if focus is not None and focus.created_at else ""
        return f"{self.platform_name} thread started from a post by {who}{day}: {tally}"

    def title(self) -> str:
        if self.kind == "hashtag":
            when = _day(self.window_start) if self.window_start else ""
            return f"Hashtag discussion #{self.tag} on {self.host}" + (f", {when}" if when else "")
        focus = self.focus
        who = focus.author if focus is not None else "someone"
        words = focus.text.split() if focus is not None else []
        snippet = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
        if focus is not None and focus.content_warning:  # the warning, not what it hides
            snippet = f"(content warning: {focus.content_warning})"
        base = f"{self.platform_name} thread by {who}"
        return f"{base}: {snippet}" if snippet else base


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone()


def _day(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return long_date(_local(moment))


def _time(moment: dt.datetime | None) -> str:
    if moment is None:
        return "time unknown"
    local = _local(moment)
    return f"{long_date(local)}, {local:%H:%M}"


def _window(start: dt.datetime | None, end: dt.datetime | None) -> str:
    if start is None or end is None:
        return "all times"
    a, b = _local(start), _local(end)
    if a.date() == b.date():
        return f"{_day(a)} {a:%H:%M}–{b:%H:%M}"
    return f"{_day(a)} {a:%H:%M} – {_day(b)} {b:%H:%M}"


# --- rendering ---------------------------------------------------------------------------------

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
article{border-top:1px solid #ccc;padding:.6em 0}
.meta{color:#555;font-size:.9em}
.cw{background:#fff4d6;padding:.2em .4em}
.deleted,.unavailable{color:#777;font-style:italic}
.notes{background:#eef;padding:.4em .8em}
.focus{background:#f4f8ff}
"""


def render_html(thread: Thread, captured_at: dt.datetime) -> str:
    """The thread as one self-contained, sanitised HTML page."""
    esc = html.escape
    posts = thread.ordered()
    by_id = {p.id: p for p in posts}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        f"<title>{esc(thread.title())}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{esc(thread.title())}</h1>",
        f"<p>{esc(thread.summary())}.</p>",
        f'<p class="meta">Source: <a href="{esc(thread.source_url)}">'
        f"{esc(thread.source_url)}</a>. Captured by cpdlog on {esc(_time(captured_at))}.</p>",
    ]
    if thread.notes:
        parts.append('<div class="notes"><p>Not everything could be captured:</p><ul>')
        parts.extend(f"<li>{esc(note)}</li>" for note in thread.notes)
        parts.append("</ul></div>")
    for post in posts:
        classes = "focus" if post.id == thread.focus_id else ""
        parts.append(f'<article id="post-{esc(post.id)}" class="{classes}">')
        if post.deleted:
            parts.append(f'<p class="deleted">{DELETED}</p></article>')
            continue
        when = "time unknown"
        if post.created_at:
            stamp = esc(post.created_at.isoformat())
            when = f'<time datetime="{stamp}">{esc(_time(post.created_at))}</time>'

        link = f' · <a href="{esc(post.url)}">original</a>' if post.url else ""
        parts.append(f'<p class="meta"><strong>{esc(post.author)}</strong> · {when}{link}</p>')
        if post.in_reply_to:
            parent = by_id.get(post.in_reply_to)
            if parent is None:
                target = DELETED if thread.kind == "thread" else "a post outside this discussion"
            elif parent.deleted:
                target = DELETED
            else:
                target = f'<a href="#post-{esc(parent.id)}">{esc(parent.author)}</a>'
            parts.append(f'<p class="meta">Replying to {target}</p>')
        if post.unavailable:
            parts.append(f'<p class="unavailable">[{esc(post.unavailable)}]</p></article>')
            continue
        if post.content_warning:
            parts.append(
                f'<p class="cw"><strong>Content warning:</strong> {esc(post.content_warning)}</p>'
            )
        parts.append(f'<div class="content">{post.html}</div>')
        if post.media:
            parts.append("<ul>")
            parts.extend(f"<li>Attachment: {esc(m)}</li>" for m in post.media)
            parts.append("</ul>")
        parts.append("</article>")
    parts.append("</body></html>")
    return "\n".join(parts)


def to_json(thread: Thread, captured_at: dt.datetime) -> str:
    """The same posts as data (plain text, no markup)."""
    data = {
        "kind": thread.kind,
        "platform": thread.platform,
        "source_url": thread.source_url,
        "host": thread.host,
        "tag": thread.tag or None,
        "window_start": thread.window_start.isoformat() if thread.window_start else None,
        "window_end": thread.window_end.isoformat() if thread.window_end else None,
        "captured_at": captured_at.isoformat(),
        "summary": thread.summary(),
        "notes": list(thread.notes),
        "post_count": len(thread.live_posts()),
        "participants": thread.participants(),
        "posts": [
            {
                "id": p.id,
                "url": p.url or None,
                "author": p.author_name or None,
                "handle": p.author_handle or None,
                "created_at": p.created_at.isoformat() if p.created_at else None,
                "content_warning": p.content_warning or None,
                "text": p.text,
                "in_reply_to": p.in_reply_to,
                "deleted": p.deleted,
                "unavailable": p.unavailable or None,
                "media": list(p.media),
            }
            for p in thread.ordered()
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def plain_excerpt(thread: Thread, limit: int = 3000) -> str:
    """The first posts as plain text, for the entry's source notes (the evidence has all)."""
    lines: list[str] = []
    size = 0
    for post in thread.live_posts():
        text = " ".join(post.text.split())
        if post.content_warning:
            text = f"[Content warning: {post.content_warning}] {text}"
        line = f"{post.author_handle or post.author_name}, {_time(post.created_at)}: {text}"
        if size + len(line) > limit:
            lines.append("… (the evidence file has every post)")
            break
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)
