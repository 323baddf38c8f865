"""Every view stays usable at 1000×700, at 100% and at 200% scale.

Each run renders the views of a populated journal offscreen in its own process (the scale
must be set before Qt starts), saves a screenshot of each under pytest's tmp_path and reports
measurements; see ``layout_probe.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from tests.conftest import SRC

ROOT = SRC.parent
VIEWS = ("journal", "reader", "progress", "trash", "window", "editor")
EDITOR_TABS = ("editor_1", "editor_2", "editor_3", "editor_4")  # Reflection, …, Evidence
DIALOGS = ("reminders", "server", "about")


def run_probe(
    out: Path,
    scale: int,
    contrast: str = "normal",
    language: str = "",
    size: str = "1000x700",
    text: int = 1,
) -> dict[str, Any]:
    environment = {
        **os.environ,
        "CPDLOG_PROBE_TEXT": str(text),
        "CPDLOG_PROBE_SIZE": size,
        "CPDLOG_PROBE_CONTRAST": contrast,
        "CPDLOG_PROBE_LANGUAGE": language,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": str(scale),
        "PYTHONPATH": os.pathsep.join([str(SRC), str(ROOT)]),
    }
    environment.pop("CPDLOG_HOME", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_probe", str(out)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("scale", [1, 2])
def test_every_view_is_usable_at_1000_by_700(tmp_path: Path, scale: int) -> None:
    found = run_probe(tmp_path, scale)
    assert found["ratio"] == scale
    assert found["window"]["size"] == [1000, 700]
    # nothing forces the window wider or taller than the screen
    assert found["window"]["minimum"][0] <= 1000 and found["window"]["minimum"][1] <= 700
    for view in VIEWS:
        assert found["fits"][view], view
        width, height = found["shots"][view]
        image = QImage(str(tmp_path / f"{view}.png"))
        assert not image.isNull() and (image.width(), image.height()) == (width, height)
    assert found["shots"]["window"] == [1000 * scale, 700 * scale]

    columns = found["journal_columns"]
    title = columns.pop("TITLE")
    assert title >= max(columns.values()), columns

    toolbar = found["toolbar"]
    assert toolbar["hidden_actions"] == [] and not toolbar["overflow_shown"]
    assert toolbar["undo_text"] == "Undo"
    assert found["undo_tooltip"].startswith("Undo: Move “")  # what it undoes, in the tooltip

    assert found["reader_feed_list"] >= 180
    assert found["chart_labels_fit"]
    assert found["trash_rows"] == 1
    assert found["editor_minimum"][0] <= 1000 and found["editor_minimum"][1] <= 700


@pytest.mark.parametrize(("scale", "contrast"), [(2, "normal"), (1, "high")])
def test_no_words_are_cut_off_at_200_percent_or_in_high_contrast(
    tmp_path: Path, scale: int, contrast: str
) -> None:
    """Screenshots of each view (left in ``tmp_path``), and no label or button too narrow for
    its words."""
    found = run_probe(tmp_path, scale, contrast)
    for view in VIEWS:
        assert (tmp_path / f"{view}.png").exists(), view
        assert found["clipped"][view] == [], view


@pytest.mark.parametrize("scale", [1, 2])
def test_no_words_are_cut_off_in_welsh(tmp_path: Path, scale: int) -> None:
    """The same checks with the Welsh catalogue loaded: its words are longer ("Unrhyw statws"
    was cut to "Unrhyw statw" in the journal's Status box), and every view, the toolbar and
    the journal's dates must still show them whole at 1000×700."""
    found = run_probe(tmp_path, scale, language="cy")
    assert found["toolbar"]["undo_text"] == "Dadwneud", "the Welsh catalogue was not loaded"
    for view in (*VIEWS, "export"):
        assert (tmp_path / f"{view}.png").exists(), view
        assert found["fits"][view], view
        assert found["clipped"][view] == [], view
    assert found["window"]["minimum"][0] <= 1000 and found["window"]["minimum"][1] <= 700
    toolbar = found["toolbar"]
    assert toolbar["hidden_actions"] == [] and not toolbar["overflow_shown"]
    assert found["date_cells_cut"] == []


def test_welsh_headings_are_whole_at_1400_by_900(tmp_path: Path) -> None:
    """The journal's "Myfyrio gyda chymheiriad" heading was cut even at 1400×900: with room
    to spare a column is as wide as its heading, or shows it on two lines (in a narrower
    window it is elided, and its tooltip shows it whole)."""
    found = run_probe(tmp_path, 1, language="cy", size="1400x900")
    assert found["toolbar"]["undo_text"] == "Dadwneud", "the Welsh catalogue was not loaded"
    assert found["window"]["size"] == [1400, 900]
    for view in (*VIEWS, "export"):
        assert found["headings_cut"][view] == [], view
        assert found["clipped"][view] == [], view


@pytest.mark.parametrize(
    ("language", "size"),
    [
        ("", "1000x700"),
        ("", "1400x900"),
        ("cy", "1000x700"),
        ("cy", "1400x900"),
    ],
)
def test_no_words_are_cut_off_with_text_twice_as_large(
    tmp_path: Path, language: str, size: str
) -> None:
    """Large text (WCAG 1.4.4; the desktop's text scaling at 200%): the application font is
    twice its size in a window of the same size, so, unlike ``QT_SCALE_FACTOR=2``, the layout
    has to make room. Every view, every tab of the editor and the main dialogs keep their
    words whole, the window is not forced wider or taller than asked, and every toolbar action
    stays on the toolbar (its words under its icon, or in its tooltip when only icons fit)."""
    found = run_probe(tmp_path, 1, language=language, size=size, text=2)
    if language:
        assert found["toolbar"]["undo_text"] == "Dadwneud", "the Welsh catalogue was not loaded"
    assert found["ratio"] == 1 and found["font"] >= 16  # the font doubled, not the window
    width, height = (int(n) for n in size.split("x"))
    assert found["window"]["size"] == [width, height]
    assert found["window"]["minimum"][0] <= width and found["window"]["minimum"][1] <= height
    for view in (*VIEWS, "export", *EDITOR_TABS, *DIALOGS):
        assert (tmp_path / f"{view}.png").exists(), view
        assert found["fits"][view], view
        assert found["clipped"][view] == [], (view, found["clipped"][view])
    assert found["navigation_cut"] == []
    toolbar = found["toolbar"]
    assert toolbar["hidden_actions"] == [] and not toolbar["overflow_shown"]
    assert found["date_cells_cut"] == []
    assert found["chart_labels_fit"]
    # the title stays the widest column (it was 51 px beside a 170 px date), and no heading
    # is shortened: when the columns cannot all fit the table scrolls sideways instead
    columns = found["journal_columns"]
    title = columns.pop("TITLE")
    assert title >= max(columns.values()), columns
    assert found["headings_cut"]["journal"] == []


@pytest.mark.parametrize(
    ("language", "text", "contrast"),
    [("cy", 1, "normal"), ("cy", 2, "high"), ("", 2, "high")],
)
def test_nothing_is_cut_off_or_scrolls_sideways_in_welsh_or_with_large_text(
    tmp_path: Path, language: str, text: int, contrast: str
) -> None:
    """Welsh at 1000×700, and high contrast with text twice as large: no check box or radio
    button is narrower than its words, no control reaches past the edge of the pane it is in,
    and no form or page scrolls sideways. (Before: the Export page scrolled sideways in Welsh,
    its long check boxes and radio buttons keeping to one line; with large text the Progress
    page's panes and cards, side by side, and the editor's Details tab did too, and the
    Reader's fixed 280-pixel pane cut "Cofnodi fel DPP" off.)"""
    found = run_probe(tmp_path, 1, contrast, language=language, text=text)
    if language:
        assert found["toolbar"]["undo_text"] == "Dadwneud", "the Welsh catalogue was not loaded"
    for view in (*VIEWS, "export", *EDITOR_TABS, *DIALOGS):
        assert (tmp_path / f"{view}.png").exists(), view
        assert found["overflow"][view] == [], (view, found["overflow"][view])
        assert found["clipped"][view] == [], (view, found["clipped"][view])
        assert found["fits"][view], view
