#!/usr/bin/env bash
# Re-extract every tr() string of the desktop app into the translation sources,
# resources/translations/cpdlog_<lang>.ts (committed, the source of truth), keeping the
# translations already made. New strings appear "unfinished" for a translator to fill in
# (with Qt Linguist: pyside6-linguist resources/translations/cpdlog_cy.ts); strings no longer
# in the code are dropped. File locations are not recorded, so moving code does not churn
# the file. Run it after merging UI changes; tests/ui/test_translations.py fails until it has.
#
#   bash packaging/update-translations.sh        # with the Python on PATH (cpdlog's venv)
#   PYTHON=/path/to/venv/bin/python bash packaging/update-translations.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
cd "$ROOT"
for ts in resources/translations/cpdlog_*.ts; do
    lang="$(basename "$ts" .ts)"
    "$PYTHON" packaging/translations.py "$ts" --language "${lang#cpdlog_}_GB"
done
