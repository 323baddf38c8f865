"""The Flatpak manifest lets the sandboxed app reach what reminders and screen readers need:
the notification service (the app and the check at login), the tray icon's watcher and the
accessibility bus. Read as text (no build, no YAML library)."""

from __future__ import annotations

from pathlib import Path

from cpdlog.notify import BUS_NAME

MANIFEST = Path(__file__).parents[2] / "packaging" / "flatpak" / "org.cpdlog.CPDLog.yml"


def finish_args(text: str) -> list[str]:
    """The items of the top-level ``finish-args:`` list (comments skipped)."""
    args: list[str] = []
    inside = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not line[0].isspace():  # a top-level key
            inside = stripped == "finish-args:"
            continue
        if inside and stripped.startswith("- "):
            args.append(stripped[2:].split(" #", 1)[0].strip().strip("'\""))
    return args


def test_finish_args_are_read_from_the_list_only():
    text = "id: x\nfinish-args:\n  # a note\n  - --share=ipc\n  - '--socket=x11'\nmodules:\n  - m\n"
    assert finish_args(text) == ["--share=ipc", "--socket=x11"]


def test_the_sandbox_can_notify_show_the_tray_icon_and_talk_to_screen_readers():
    args = finish_args(MANIFEST.read_text(encoding="utf-8"))
    talk = {a.removeprefix("--talk-name=") for a in args if a.startswith("--talk-name=")}
    assert BUS_NAME == "org.freedesktop.Notifications"  # the name cpdlog.notify calls
    assert {BUS_NAME, "org.kde.StatusNotifierWatcher", "org.a11y.Bus"} <= talk
    assert "--share=network" in args  # the feed reader
    assert not [a for a in args if a.startswith("--filesystem")]  # files go through portals
