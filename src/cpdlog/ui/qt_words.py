"""Welsh for the words Qt itself puts on screen.

Qt ships no Welsh catalogue (there is no ``qtbase_cy.qm``), so without these a Welsh app's
standard buttons (OK, Cancel, Save, Yes, No… in ``QDialogButtonBox`` and ``QMessageBox``), the
right-click menu of every text field (Undo, Cut, Copy, Paste…), the spin boxes' and date
edits' menu, the progress dialogs' Cancel and Qt's own file dialog stay in English. Qt looks
these words up with ``QCoreApplication.translate`` under its own class names as contexts;
the contexts and source texts below were read off a running Qt 6 (a translator that records
every lookup), not guessed. Listing them with ``QT_TRANSLATE_NOOP`` puts them in
``cpdlog_cy.ts`` (``pyside6-lupdate`` extracts it), and cpdlog's own translator, installed
for the whole application, then answers Qt's lookups too.

Qt looks a few words up with a disambiguation as well (the file dialog's "Type" column and the
"Folder" it shows as a folder's type). ``pyside6-lupdate`` does not extract
``QT_TRANSLATE_NOOP3`` from Python, but it does extract a ``QCoreApplication.translate(context,
source, disambiguation)`` call, with the disambiguation as the message's ``<comment>`` (tried
with pyside6-lupdate 6.12.0): :func:`disambiguated_words` makes those calls, and
``QT_DISAMBIGUATED`` lists the same words as data. On Linux, Qt 6.12.0's non-native file dialog
was seen (by a recording translator) to ask for ``("QFileSystemModel", "Type", "All other
platforms")`` and ``("QAbstractFileIconProvider", "Folder", "All other platforms")``. Qt's source
asks for "Kind" ("Match OS X Finder") on macOS and "File Folder" ("Match Windows Explorer") on
Windows instead; those two could not be recorded here and are listed from Qt's source text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (Qt's context, Qt's source text), in the order Qt shows them.
_LISTED: tuple[tuple[str, object], ...] = (  # QT_TRANSLATE_NOOP is typed as returning object
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")),
    ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All")),
    ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up")),
    ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down")),
    ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")),
    ("QProgressDialog", QT_TRANSLATE_NOOP("QProgressDialog", "Cancel")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "File &name:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Open")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Save")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Back")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Forward")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go back")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go forward")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List View")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Detail View")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Sidebar")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Rename")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Delete")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Name")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Size")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Computer")),
)

QT_WORDS: tuple[tuple[str, str], ...] = tuple((context, str(source)) for context, source in _LISTED)

# (Qt's context, Qt's source text, Qt's disambiguation): the words Qt looks up with one.
QT_DISAMBIGUATED: tuple[tuple[str, str, str], ...] = (
    ("QFileSystemModel", "Type", "All other platforms"),  # recorded, Qt 6.12.0 on Linux
    ("QAbstractFileIconProvider", "Folder", "All other platforms"),  # recorded, likewise
    ("QFileSystemModel", "Kind", "Match OS X Finder"),  # macOS, from Qt's source
    ("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),  # Windows, likewise
)


def disambiguated_words() -> tuple[str, ...]:
    """``QT_DISAMBIGUATED``'s words in the app's language, as Qt shows them. The calls are
    written out word for word so that ``pyside6-lupdate`` puts each in the catalogue with its
    disambiguation; keep them in step with ``QT_DISAMBIGUATED`` (a test checks)."""
    return (
        QCoreApplication.translate("QFileSystemModel", "Type", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QFileSystemModel", "Kind", "Match OS X Finder"),
        QCoreApplication.translate(
            "QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"
        ),
    )
