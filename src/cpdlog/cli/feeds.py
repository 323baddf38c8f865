"""``cpdlog feeds ...`` and ``cpdlog items ...``, and the page capture behind
``cpdlog entry add --from-url``.

Only the standard library is imported at the top, so building the parser stays quick; the
feed engine (httpx, feedparser, nh3) loads when a command needs it.

Exit codes follow the rest of the command line: 0 success, 1 an operation failed, 2 bad usage
or bad input. ``feeds refresh`` exits 0 when some feeds failed (each failure is on its own
line) and 1 only when every feed it tried failed, which usually means no connection.

JSON shapes (stable):

* ``feeds list --json``: a list of ``{"id", "url", "title", "feed_title", "custom_title",
  "site_url", "category", "enabled", "unread", "items", "status", "discover_from",
  "last_checked_at", "last_success_at", "last_error", "warning", "consecutive_failures",
  "next_fetch_after", "full_text"}``; ``status`` is ``ok``, ``failing``, ``disabled``,
  ``new`` (never fetched) or ``to-discover`` (a home page whose feed is found at the next refresh).
* ``feeds refresh --json``: ``{"feeds": [{"id", "title", "url", "outcome", "new_items",
  "updated_items", "error", "warning", "moved_to", "disabled"}], "failed", "total",
  "new_items", "purged", "full_texts"}``; ``outcome`` is ``new-content``,
  ``not-modified``, ``unchanged``, ``failed``, ``cooling-down`` or ``cancelled``.
* ``items list --json`` and ``items show --json``: ``{"id", "feed", "feed_title", "title",
  "link", "author", "published", "updated", "summary", "content_html", "read", "starred",
  "logged_entry_id", "enclosure", "tags"}``; ``feed`` is the feed id, ``published`` an ISO
  8601 date-time or null, ``content_html`` sanitised HTML, ``enclosure`` null or
  ``{"url", "type", "length"}``. Titles, authors and summaries are plain text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdlog.cli.common import bounded_int, limit, numeric_id, positive_int, print_json, shorten
from cpdlog.i18n import plural, tr

CLI_CONTEXT = "cpdlog.cli"  # the command line's own wording (cpdlog.i18n; --language)

if TYPE_CHECKING:
    from cpdlog.domain.entry import Entry
    from cpdlog.domain.feed import Feed, FeedItem
    from cpdlog.services.app import App
    from cpdlog.services.refresh_start import EarlyRefresh


feed_id = numeric_id("a feed")
item_id = numeric_id("an item")


def register(commands: Any) -> None:
    feeds = commands.add_parser(
        "feeds", help=tr(CLI_CONTEXT, "follow blogs, news, podcasts and hashtags; refresh them")
    )
    sub = feeds.add_subparsers(dest="feeds_command", metavar="<action>", required=True)

    lst = sub.add_parser("list", help=tr(CLI_CONTEXT, "list the feeds you follow"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_feeds_list)

    add = sub.add_parser(
        "add", help=tr(CLI_CONTEXT, "follow a feed, or the feed a web page links to")
    )
    add.add_argument("url", metavar="URL")
    add.add_argument(
        "--category", default="", help=tr(CLI_CONTEXT, "folder, e.g. 'News and practice/Adults'")
    )
    add.add_argument("--title", default="", help=tr(CLI_CONTEXT, "your own name for the feed"))
    add.set_defaults(handler=cmd_feeds_add)

    tag = sub.add_parser(
        "add-hashtag", help=tr(CLI_CONTEXT, "follow a Mastodon hashtag, e.g. socialwork")
    )
    tag.add_argument("tag", metavar="TAG")
    tag.add_argument(
        "--instance",
        default="mastodon.social",
        metavar="HOST",
        help=tr(CLI_CONTEXT, "Mastodon server"),
    )
    tag.add_argument(
        "--category", default="Social media and hashtags", help=tr(CLI_CONTEXT, "folder")
    )
    tag.set_defaults(handler=cmd_feeds_add_hashtag)

    remove = sub.add_parser(
        "remove", help=tr(CLI_CONTEXT, "stop following a feed (logged items stay)")
    )
    remove.add_argument("id", type=feed_id, metavar="ID")
    remove.set_defaults(handler=cmd_feeds_remove)

    rename = sub.add_parser(
        "rename", help=tr(CLI_CONTEXT, "give a feed your own name ('' to undo)")
    )
    rename.add_argument("id", type=feed_id, metavar="ID")
    rename.add_argument("title", metavar="TITLE")
    rename.set_defaults(handler=cmd_feeds_rename)

    category = sub.add_parser(
        "category", help=tr(CLI_CONTEXT, "move a feed to a folder ('' for none)")
    )
    category.add_argument("id", type=feed_id, metavar="ID")
    category.add_argument("category", metavar="CATEGORY")
    category.set_defaults(handler=cmd_feeds_category)

    enable = sub.add_parser("enable", help=tr(CLI_CONTEXT, "include a feed in refreshes again"))
    enable.add_argument("id", type=feed_id, metavar="ID")
    enable.set_defaults(handler=cmd_feeds_enable, enabled=True)
    disable = sub.add_parser("disable", help=tr(CLI_CONTEXT, "leave a feed out of refreshes"))
    disable.add_argument("id", type=feed_id, metavar="ID")
    disable.set_defaults(handler=cmd_feeds_enable, enabled=False)

    fset = sub.add_parser(
        "set", help=tr(CLI_CONTEXT, "change a feed's settings (full text of new items)")
    )
    fset.add_argument("id", type=feed_id, metavar="ID")
    fset.add_argument(
        "--full-text",
        choices=["on", "off"],
        required=True,
        help=tr(
            CLI_CONTEXT,
            "after each refresh, fetch new items' pages and keep their text for offline reading",
        ),
    )
    fset.set_defaults(handler=cmd_feeds_set)

    imp = sub.add_parser("import", help=tr(CLI_CONTEXT, "follow the feeds in an OPML file"))
    imp.add_argument("file", metavar="FILE.opml")
    imp.set_defaults(handler=cmd_feeds_import)

    exp = sub.add_parser(
        "export", help=tr(CLI_CONTEXT, "write the feeds you follow to an OPML file")
    )
    exp.add_argument("file", metavar="FILE.opml")
    exp.set_defaults(handler=cmd_feeds_export)

    refresh = sub.add_parser("refresh", help=tr(CLI_CONTEXT, "fetch new items; one line per feed"))
    refresh.add_argument(
        "ids", nargs="*", type=feed_id, metavar="ID", help=tr(CLI_CONTEXT, "only these feeds")
    )
    refresh.add_argument(
        "--due",
        action="store_true",
        help=tr(
            CLI_CONTEXT,
            "only feeds whose polite waiting time has passed (as automatic refresh does)",
        ),
    )
    refresh.add_argument("--json", action="store_true")
    # no_app: the command opens the journal itself, after its first requests are out
    refresh.set_defaults(handler=cmd_feeds_refresh, no_app=True)

    prefs = sub.add_parser(
        "settings", help=tr(CLI_CONTEXT, "automatic refresh and how long items are kept")
    )
    prefs.add_argument(
        "--auto-refresh",
        choices=["on", "off"],
        help=tr(CLI_CONTEXT, "refresh in the background while the desktop app is open"),
    )
    prefs.add_argument(
        "--interval",
        type=positive_int,
        metavar="MINUTES",
        help=tr(CLI_CONTEXT, "how often automatic refresh looks for due feeds"),
    )
    prefs.add_argument(
        "--keep-days",
        type=bounded_int(1, 36500),
        metavar="DAYS",
        help=tr(CLI_CONTEXT, "clear unstarred, unlogged items older than this (default 180)"),
    )
    prefs.add_argument("--json", action="store_true")
    prefs.set_defaults(handler=cmd_feeds_settings)

    curated = sub.add_parser(
        "curated", help=tr(CLI_CONTEXT, "list or follow cpdlog's curated social-work sources")
    )
    curated.add_argument(
        "--subscribe",
        action="append",
        default=[],
        metavar="CATEGORY",
        help=tr(CLI_CONTEXT, "follow the sources in this category (repeatable)"),
    )
    curated.add_argument(
        "--all", action="store_true", help=tr(CLI_CONTEXT, "follow every curated source")
    )
    curated.add_argument(
        "--decline", action="store_true", help=tr(CLI_CONTEXT, "do not offer the list again")
    )
    curated.add_argument("--json", action="store_true")
    curated.set_defaults(handler=cmd_feeds_curated)

    items = commands.add_parser(
        "items", help=tr(CLI_CONTEXT, "read feed items and log them as CPD")
    )
    isub = items.add_subparsers(dest="items_command", metavar="<action>", required=True)

    ilist = isub.add_parser("list", help=tr(CLI_CONTEXT, "list items, newest first"))
    ilist.add_argument("--feed", type=feed_id, metavar="ID")
    ilist.add_argument(
        "--category", metavar="C", help=tr(CLI_CONTEXT, "a folder (its sub-folders too)")
    )
    ilist.add_argument("--unread", action="store_true")
    ilist.add_argument("--starred", action="store_true")
    ilist.add_argument(
        "--search", metavar="Q", help=tr(CLI_CONTEXT, "words in the title, text or author")
    )
    ilist.add_argument(
        "--limit", type=limit, metavar="N", help=tr(CLI_CONTEXT, "at most N items (up to 10,000)")
    )
    ilist.add_argument(
        "--offset", type=positive_int, default=0, metavar="N", help=tr(CLI_CONTEXT, "skip N items")
    )
    ilist.add_argument("--json", action="store_true")
    ilist.set_defaults(handler=cmd_items_list)

    show = isub.add_parser("show", help=tr(CLI_CONTEXT, "show one item as text"))
    show.add_argument("id", type=item_id, metavar="ITEM_ID")
    show.add_argument("--json", action="store_true")
    show.add_argument(
        "--full-text",
        action="store_true",
        help=tr(
            CLI_CONTEXT, "show the item's whole article, fetched from its page once and then kept"
        ),
    )
    show.set_defaults(handler=cmd_items_show)

    log = isub.add_parser(
        "log", help=tr(CLI_CONTEXT, "create a draft CPD entry from an item; prints its id")
    )
    log.add_argument("id", type=item_id, metavar="ITEM_ID")
    log.add_argument(
        "--json", action="store_true", help=tr(CLI_CONTEXT, "print the draft entry as JSON")
    )
    log.add_argument(
        "--snapshot",
        action="store_true",
        help=tr(
            CLI_CONTEXT, "fetch the item's page and keep a readable snapshot of it as evidence"
        ),
    )
    log.set_defaults(handler=cmd_items_log)

    read = isub.add_parser("read", help=tr(CLI_CONTEXT, "mark items as read"))
    read.add_argument("ids", nargs="+", type=item_id, metavar="ITEM_ID")
    read.add_argument(
        "--unread", action="store_true", help=tr(CLI_CONTEXT, "mark them unread instead")
    )
    read.set_defaults(handler=cmd_items_read)

    star = isub.add_parser(
        "star", help=tr(CLI_CONTEXT, "star an item (starred items are never cleared)")
    )
    star.add_argument("id", type=item_id, metavar="ITEM_ID")
    star.add_argument("--off", action="store_true", help=tr(CLI_CONTEXT, "remove the star"))
    star.set_defaults(handler=cmd_items_star)


# --- entry add --from-url ----------------------------------------------------------------------


def entry_from_url(app: App, url: str) -> Entry:
    """A draft entry (not saved) captured from a web page, for ``entry add --from-url``."""
    from cpdlog.capture.mastodon import NotMastodon
    from cpdlog.services.social import SocialService, is_social_post_url

    if is_social_post_url(url):  # a Mastodon or Bluesky post: the whole thread as evidence
        social = SocialService(app)
        try:
            return social.draft_from_post_url(url)
        except NotMastodon:
            pass  # only looked like a Mastodon address: capture it as a web page
        finally:
            social.close()
    try:
        entry, note = app.feeds.capture_url_with_note(url)
        if note:
            print(f"cpdlog: {note}", file=sys.stderr)
        return entry
    finally:
        app.feeds.close()


# --- feeds -------------------------------------------------------------------------------------


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _status(feed: Feed) -> str:
    if feed.discover_from:
        return "to-discover"
    if not feed.enabled:
        return "disabled"
    if feed.has_error:
        return "failing"
    if feed.last_success_at is None:
        return "new"
    return "ok"


def feed_to_dict(feed: Feed, unread: int, items: int) -> dict[str, Any]:
    return {
        "id": feed.id,
        "url": feed.url,
        "title": feed.display_title,
        "feed_title": feed.title,
        "custom_title": feed.custom_title,
        "site_url": feed.site_url,
        "category": feed.category,
        "enabled": feed.enabled,
        "unread": unread,
        "items": items,
        "status": _status(feed),
        "discover_from": feed.discover_from,
        "last_checked_at": _iso(feed.last_checked_at),
        "last_success_at": _iso(feed.last_success_at),
        "last_error": feed.last_error,
        "warning": feed.degraded,
        "consecutive_failures": feed.consecutive_failures,
        "next_fetch_after": _iso(feed.next_fetch_after),
        "full_text": feed.full_text,
    }


def cmd_feeds_list(args: argparse.Namespace, app: App) -> int:
    feeds = app.feeds.list_feeds()
    unread = app.feeds.unread_counts()
    counts = app.feeds.item_counts()
    if args.json:
        print_json(
            [feed_to_dict(f, unread.get(f.id or 0, 0), counts.get(f.id or 0, 0)) for f in feeds]
        )
        return 0
    if not feeds:
        print(
            tr(
                CLI_CONTEXT,
                "You do not follow any feeds yet. Try `cpdlog feeds curated`, "
                "`cpdlog feeds add URL` or `cpdlog feeds add-hashtag socialwork`.",
            )
        )
        return 0
    print(tr(CLI_CONTEXT, "  ID  UNREAD  STATUS       FEED"))  # one string: it stays aligned
    for feed in feeds:
        where = f"{feed.category} / " if feed.category else ""
        print(
            f"{feed.id:>4}  {unread.get(feed.id or 0, 0):>6}  {_status(feed):11}  "
            f"{shorten(where + feed.display_title, 80)}"
        )
        if feed.has_error:
            print(f"{'':25}{shorten(feed.last_error, 90)}")
    return 0


def cmd_feeds_add(args: argparse.Namespace, app: App) -> int:
    try:
        feed = app.feeds.subscribe(args.url, category=args.category, title=args.title)
    finally:
        app.feeds.close()
    count = app.feeds.item_counts().get(feed.id or 0, 0)
    print(
        plural(
            CLI_CONTEXT,
            count,
            "Following {title} (feed {id}, %n item).",
            "Following {title} (feed {id}, %n items).",
        ).format(title=feed.display_title, id=feed.id)
    )
    return 0


def cmd_feeds_add_hashtag(args: argparse.Namespace, app: App) -> int:
    feed = app.feeds.add_hashtag(args.tag, args.instance, args.category)
    print(
        tr(
            CLI_CONTEXT, "Following {title} (feed {id}). `cpdlog feeds refresh` fetches its posts."
        ).format(title=feed.display_title, id=feed.id)
    )
    return 0


def cmd_feeds_remove(args: argparse.Namespace, app: App) -> int:
    removed = app.feeds.remove(args.id)
    kept = removed.kept_logged_items
    note = (
        " "
        + plural(
            CLI_CONTEXT,
            kept,
            "%n item you logged as CPD stays with its entry.",
            "%n items you logged as CPD stay with their entries.",
        )
        if kept
        else ""
    )
    print(
        tr(CLI_CONTEXT, "Stopped following {title}.").format(title=removed.feed.display_title)
        + note
    )
    return 0


def cmd_feeds_rename(args: argparse.Namespace, app: App) -> int:
    feed = app.feeds.rename(args.id, args.title)
    print(
        tr(CLI_CONTEXT, "Feed {id} is now called {title}.").format(
            id=feed.id, title=feed.display_title
        )
    )
    return 0


def cmd_feeds_category(args: argparse.Namespace, app: App) -> int:
    feed = app.feeds.set_category(args.id, args.category)
    said = (
        tr(CLI_CONTEXT, "{title} is now in {folder}.")
        if feed.category
        else tr(CLI_CONTEXT, "{title} is now in no folder.")
    )
    print(said.format(title=feed.display_title, folder=feed.category))
    return 0


def cmd_feeds_enable(args: argparse.Namespace, app: App) -> int:
    feed = app.feeds.set_enabled(args.id, args.enabled)
    said = (
        tr(CLI_CONTEXT, "{title} is included in refreshes.")
        if feed.enabled
        else tr(CLI_CONTEXT, "{title} is left out of refreshes.")
    )
    print(said.format(title=feed.display_title))
    return 0


def cmd_feeds_set(args: argparse.Namespace, app: App) -> int:
    feed = app.feeds.set_full_text(args.id, args.full_text == "on")
    if feed.full_text:
        said = tr(
            CLI_CONTEXT,
            "The full text of new items from {title} is fetched after each refresh and kept for "
            "reading offline.",
        )
    else:
        said = tr(CLI_CONTEXT, "{title}: items show the feed's own text (no full text fetched).")
    print(said.format(title=feed.display_title))
    return 0


def cmd_feeds_import(args: argparse.Namespace, app: App) -> int:
    report = app.feeds.import_opml(Path(args.file))
    added = len(report.added)
    parts = [plural(CLI_CONTEXT, added, "Added %n feed", "Added %n feeds")]
    if report.already_followed:
        parts.append(
            tr(CLI_CONTEXT, "{count} you already follow").format(count=report.already_followed)
        )
    if report.skipped:
        parts.append(
            tr(CLI_CONTEXT, "{count} skipped (no usable address)").format(count=report.skipped)
        )
    print(", ".join(parts) + tr(CLI_CONTEXT, ". `cpdlog feeds refresh` fetches them."))
    return 0


def cmd_feeds_export(args: argparse.Namespace, app: App) -> int:
    count = app.feeds.export_opml(Path(args.file))
    print(
        plural(CLI_CONTEXT, count, "Wrote %n feed to {path}.", "Wrote %n feeds to {path}.").format(
            path=args.file
        )
    )
    return 0


def cmd_feeds_settings(args: argparse.Namespace, app: App) -> int:
    from dataclasses import replace

    from cpdlog.errors import ValidationError

    if args.interval is not None and not 15 <= args.interval <= 24 * 60:
        raise ValidationError(
            tr(CLI_CONTEXT, "The refresh interval must be between 15 and 1440 minutes.")
        )
    if args.keep_days is not None and args.keep_days < 1:
        raise ValidationError(tr(CLI_CONTEXT, "Items must be kept for at least 1 day."))
    prefs = app.feeds.preferences()
    if args.auto_refresh is not None:
        prefs = replace(prefs, auto_refresh=args.auto_refresh == "on")
    if args.interval is not None:
        prefs = replace(prefs, interval_minutes=args.interval)
    if args.keep_days is not None:
        prefs = replace(prefs, retention_days=args.keep_days)
    if any(v is not None for v in (args.auto_refresh, args.interval, args.keep_days)):
        prefs = app.feeds.save_preferences(prefs)
    if args.json:
        print_json(prefs.to_dict())
        return 0
    state = tr(CLI_CONTEXT, "on") if prefs.auto_refresh else tr(CLI_CONTEXT, "off")
    print(
        tr(CLI_CONTEXT, "Automatic refresh: {state}, every {minutes} minutes").format(
            state=state, minutes=prefs.interval_minutes
        )
    )
    print(
        tr(CLI_CONTEXT, "Items kept for:    {days} days (starred and logged items always)").format(
            days=prefs.retention_days
        )
    )
    return 0


def cmd_feeds_refresh(args: argparse.Namespace, app: App | None) -> int:
    """``app`` None (the command line): the refresh starts before the journal is opened
    (:mod:`cpdlog.services.refresh_start`), which is opened meanwhile and closed at the end."""
    if app is not None:
        return _feeds_refresh(args, app, None)
    from cpdlog.cli import open_app
    from cpdlog.cli.common import database_url
    from cpdlog.feeds import trace
    from cpdlog.paths import resolve_paths
    from cpdlog.services.refresh_start import start_refresh

    early = start_refresh(
        resolve_paths(args.home).home,
        args.ids or None,
        explicit=not args.due,
        database_url=database_url(args),
    )
    trace.event("open-start")
    try:
        app = open_app(args)
    except BaseException:
        if early is not None:
            early.abandon()
        raise
    trace.event("open-end")
    try:
        for notice in app.notices:  # e.g. evidence records set aside at start-up
            print(f"cpdlog: {notice}", file=sys.stderr)
        if early is not None and app.read_only:
            early.abandon()  # the usual way says the journal cannot be changed
            early = None
        return _feeds_refresh(args, app, early)
    finally:
        app.close()
        trace.event("closed")


def _feeds_refresh(args: argparse.Namespace, app: App, early: EarlyRefresh | None) -> int:
    def progress(done: int, total: int) -> None:
        said = tr(CLI_CONTEXT, "Refreshing {done}/{total}…").format(done=done, total=total)
        print(f"\r{said}", end="", file=sys.stderr, flush=True)

    show_progress = sys.stderr.isatty() and not args.json
    try:
        report = app.feeds.refresh(
            args.ids or None,
            progress=progress if show_progress else None,
            explicit=not args.due,
            early=early,
        )
    finally:
        if show_progress:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
        app.feeds.close()
    if args.json:
        print_json(
            {
                "feeds": [
                    {
                        "id": line.feed_id,
                        "title": line.title,
                        "url": line.url,
                        "outcome": line.outcome.value,
                        "new_items": line.new_items,
                        "updated_items": line.updated_items,
                        "error": line.error,
                        "warning": line.warning,
                        "moved_to": line.moved_to,
                        "disabled": line.disabled,
                    }
                    for line in report.feeds
                ],
                "failed": len(report.failed),
                "total": len(report.feeds),
                "new_items": report.new_items,
                "purged": report.purged,
                "full_texts": report.full_texts,
            }
        )
    elif not report.feeds:
        print(
            tr(CLI_CONTEXT, "No feeds to refresh.")
            if not args.due
            else tr(CLI_CONTEXT, "No feeds are due for a refresh.")
        )
    else:
        for line in report.feeds:
            print(
                tr(CLI_CONTEXT, "{title} (feed {id}): {outcome}").format(
                    title=line.title, id=line.feed_id, outcome=line.describe()
                )
            )
        failed = len(report.failed)
        summary = (
            tr(CLI_CONTEXT, "Refreshed {feeds}: {items}").format(
                feeds=plural(CLI_CONTEXT, len(report.feeds), "%n feed", "%n feeds"),
                items=plural(CLI_CONTEXT, report.new_items, "%n new item", "%n new items"),
            )
            + (tr(CLI_CONTEXT, ", {count} failed").format(count=failed) if failed else "")
            + (
                tr(CLI_CONTEXT, ", full text kept for {count}").format(count=report.full_texts)
                if report.full_texts
                else ""
            )
            + "."
        )
        print(summary, file=sys.stderr)
    return 1 if report.all_failed else 0


def cmd_feeds_curated(args: argparse.Namespace, app: App) -> int:
    service = app.feeds
    if args.decline:
        service.decline_curated()
        print(
            tr(
                CLI_CONTEXT,
                "The curated list will not be offered again (`cpdlog feeds curated` still shows "
                "it).",
            )
        )
        return 0
    if args.subscribe or args.all:
        report = service.subscribe_curated(None if args.all else args.subscribe)
        added = len(report.added)
        extra = (
            " ("
            + tr(CLI_CONTEXT, "{count} you already follow").format(count=report.already_followed)
            + ")"
            if report.already_followed
            else ""
        )
        print(
            plural(CLI_CONTEXT, added, "Added %n curated source", "Added %n curated sources")
            + extra
            + tr(CLI_CONTEXT, ". Nothing has been fetched yet: `cpdlog feeds refresh` does that.")
        )
        return 0
    categories = service.curated_categories()
    if args.json:
        print_json(
            [{"name": c.name, "sources": c.sources, "subscribed": c.subscribed} for c in categories]
        )
        return 0
    print(tr(CLI_CONTEXT, "Curated social-work sources, by category:"))
    for c in categories:
        counts = plural(CLI_CONTEXT, c.sources, "%n source", "%n sources")
        if c.subscribed:
            counts += tr(CLI_CONTEXT, ", {count} followed").format(count=c.subscribed)
        print(f"  {c.name} ({counts})")
    print(
        tr(
            CLI_CONTEXT,
            'Follow some with `cpdlog feeds curated --subscribe "CATEGORY"`, or all with --all.',
        )
    )
    return 0


# --- items -------------------------------------------------------------------------------------


def item_to_dict(item: FeedItem, feed_title: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "feed": item.feed_id or None,
        "feed_title": feed_title,
        "title": item.title,
        "link": item.link,
        "author": item.author,
        "published": _iso(item.published),
        "updated": _iso(item.updated),
        "summary": item.summary,
        "content_html": item.content_html,
        "read": item.read,
        "starred": item.starred,
        "logged_entry_id": item.logged_entry_id,
        "enclosure": (
            {
                "url": item.enclosure.url,
                "type": item.enclosure.media_type,
                "length": item.enclosure.length,
            }
            if item.enclosure
            else None
        ),
        "tags": list(item.tags),
    }


def _feed_titles(app: App) -> dict[int, str]:
    return {f.id or 0: f.display_title for f in app.feeds.list_feeds()}


def cmd_items_list(args: argparse.Namespace, app: App) -> int:
    from cpdlog.services.feeds import ItemQuery

    if args.feed is not None:
        app.feeds.get_feed(args.feed)  # an unknown id is an error, not an empty list
    query = ItemQuery(
        feed_id=args.feed,
        category=args.category,
        unread=args.unread,
        starred=args.starred,
        search=args.search or "",
        offset=args.offset,
        limit=args.limit,
    )
    items = app.feeds.list_items(query, with_content=args.json)
    titles = _feed_titles(app)
    if args.json:
        print_json([item_to_dict(i, titles.get(i.feed_id, "")) for i in items])
        return 0
    if not items:
        print(
            tr(CLI_CONTEXT, "No items.") if not args.search else tr(CLI_CONTEXT, "Nothing found.")
        )
        return 0
    # the column headings are one string, so that a translation can keep them aligned
    print(tr(CLI_CONTEXT, "    ID  DATE        FLAGS  FEED                  TITLE"))
    for item in items:
        flags = (
            ("N" if not item.read else "-")
            + ("S" if item.starred else "-")
            + ("L" if item.is_logged else "-")
        )
        day = item.published or item.fetched_at
        print(
            f"{item.id:>6}  {day.date().isoformat() if day else '':10}  {flags:5}  "
            f"{shorten(titles.get(item.feed_id, ''), 20):20}  "
            f"{shorten(item.title or item.summary or item.link, 70)}"
        )
    print(tr(CLI_CONTEXT, "FLAGS: N unread, S starred, L logged as CPD."), file=sys.stderr)
    return 0


def cmd_items_show(args: argparse.Namespace, app: App) -> int:
    item = app.feeds.get_item(args.id)
    titles = _feed_titles(app)
    full_text = ""
    if args.full_text:
        try:
            full_text = app.feeds.fetch_full_text(args.id).text
        finally:
            app.feeds.close()
    if args.json:
        shown = item_to_dict(item, titles.get(item.feed_id, ""))
        if args.full_text:
            shown["full_text"] = full_text
        print_json(shown)
        return 0
    from cpdlog.feeds.sanitize import html_to_text

    title = item.title or tr(CLI_CONTEXT, "(no title)")
    lines = [title, "=" * min(len(title), 78)]
    fields = (
        (tr(CLI_CONTEXT, "Feed:"), titles.get(item.feed_id, "")),
        (tr(CLI_CONTEXT, "Author:"), item.author),
        (tr(CLI_CONTEXT, "Published:"), _iso(item.published) or ""),
        (tr(CLI_CONTEXT, "Link:"), item.openable_link),
        (
            tr(CLI_CONTEXT, "Logged:"),
            tr(CLI_CONTEXT, "entry {id}").format(id=item.logged_entry_id) if item.is_logged else "",
        ),
    )
    width = max(11, *(len(label) + 1 for label, _ in fields))
    for label, value in fields:
        if value:
            lines.append(f"{label:<{width}}{value}")
    body = html_to_text(item.content_html) if item.content_html else item.summary
    body = full_text or body
    if body:
        lines += ["", body]
    print("\n".join(lines))
    return 0


def cmd_items_log(args: argparse.Namespace, app: App) -> int:
    before = app.feeds.get_item(args.id).logged_entry_id
    try:
        entry, note = app.feeds.log_item_with_note(args.id, snapshot=bool(args.snapshot))
    finally:
        app.feeds.close()
    if note:
        print(f"cpdlog: {note}", file=sys.stderr)
    if entry.hours_suggestion is not None and entry.id != before and not args.json:
        print(
            "cpdlog: "
            + tr(
                CLI_CONTEXT,
                "{suggestion}: {hours} (change it with `cpdlog entry edit {id} --hours H`).",
            ).format(
                suggestion=entry.hours_suggestion.describe(),
                hours=plural(CLI_CONTEXT, entry.hours, "%n hour", "%n hours"),
                id=entry.id,
            ),
            file=sys.stderr,
        )
    if before is not None and entry.id == before:
        print(
            "cpdlog: "
            + tr(CLI_CONTEXT, "item {item} is already logged as entry {id}.").format(
                item=args.id, id=entry.id
            ),
            file=sys.stderr,
        )
    if args.json:
        from cpdlog.domain.serialise import entry_to_dict

        print_json(entry_to_dict(entry))
    else:
        print(entry.id)
    return 0


def cmd_items_read(args: argparse.Namespace, app: App) -> int:
    changed = app.feeds.mark_read(args.ids, read=not args.unread)
    if args.unread:
        said = plural(
            CLI_CONTEXT, changed, "Marked %n item as unread.", "Marked %n items as unread."
        )
    else:
        said = plural(CLI_CONTEXT, changed, "Marked %n item as read.", "Marked %n items as read.")
    print(said)
    return 0


def cmd_items_star(args: argparse.Namespace, app: App) -> int:
    item = app.feeds.set_starred(args.id, not args.off)
    said = (
        tr(CLI_CONTEXT, "Starred item {id}.")
        if item.starred
        else tr(CLI_CONTEXT, "Unstarred item {id}.")
    )
    print(said.format(id=item.id))
    return 0
