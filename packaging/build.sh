#!/usr/bin/env bash
# Build the cpdlog desktop bundle with PyInstaller and smoke-test it.
#
#   bash packaging/build.sh               build dist/cpdlog/ (and on Linux the archive
#                                         dist/cpdlog-VERSION-linux-ARCH.tar.gz), then test it
#   bash packaging/build.sh --no-archive  build and test, but skip the archive (as CI does)
#   bash packaging/build.sh --test-only   only smoke-test an existing dist/cpdlog/
#
# The Python that runs PyInstaller (PYTHON, default python3) needs PyInstaller and cpdlog's
# dependencies, installed from the lock so the bundle carries exactly the tested versions:
# `pip install --require-hashes -r requirements.lock` (it includes PyInstaller), as .ci/run
# does; build.sh says so when the installed versions differ from the lock. cpdlog itself
# is taken from src/. The smoke test runs the bundled executable with an empty home folder,
# outside this checkout: it prints its version, lists the activity types in Welsh and starts
# the desktop app in Welsh (the bundled translations must load), records an entry, exports a
# PDF, does the same in an encrypted journal (SQLCipher, with a passphrase file), and starts
# the desktop app offscreen, which must quit by itself (CPDLOG_QUIT_AFTER_MS) with status 0.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
DIST=$ROOT/dist
WORK=$ROOT/build/pyinstaller
BUNDLE=$DIST/cpdlog
APP_ID=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' src/cpdlog/__init__.py)
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/cpdlog/__init__.py)
EXE=$BUNDLE/cpdlog
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) EXE=$BUNDLE/cpdlog.exe ;; esac

say() { printf '%s\n' "build.sh: $*"; }
fail() {
  printf '%s\n' "build.sh: FAILED: $*" >&2
  exit 1
}

check_lock() {
  # Every locked distribution installed at its locked version: a bundle built from other
  # versions is not the one CI tested. CPDLOG_ALLOW_UNLOCKED=1 builds anyway, with a warning.
  local drift
  drift=$("$PYTHON" - <<'PY'
import re
from importlib import metadata
from pathlib import Path

pin = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)(?:\s*;\s*(.*?))?\s*\\?$")
try:
    from packaging.markers import Marker
except ImportError:  # packaging is locked too; without it, markers are not evaluated
    Marker = None
for line in Path("requirements.lock").read_text(encoding="utf-8").splitlines():
    match = pin.match(line)
    if not match:
        continue
    name, version, marker = match.groups()
    if marker and Marker is not None and not Marker(marker).evaluate():
        continue
    try:
        have = metadata.version(name)
    except metadata.PackageNotFoundError:
        print(f"{name} (missing)")
        continue
    if have != version:
        print(f"{name} {have} (locked {version})")
PY
)
  if [ -n "$drift" ]; then
    say "the build environment differs from requirements.lock:"
    printf '%s\n' "$drift" | head -20 | sed 's/^/  /'
    if [ "${CPDLOG_ALLOW_UNLOCKED:-}" = 1 ]; then
      say "WARNING: building anyway (CPDLOG_ALLOW_UNLOCKED=1)"
    else
      fail "install from the lock (pip install --require-hashes -r packaging/pip.lock, then -r requirements.lock) or set CPDLOG_ALLOW_UNLOCKED=1"
    fi
  fi
}

build() {
  if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    fail "PyInstaller is not installed for $PYTHON (pip install --require-hashes -r requirements.lock)"
  fi
  check_lock
  say "building the bundle with $("$PYTHON" -m PyInstaller --version 2>/dev/null | tail -1) ..."
  local started=$SECONDS
  "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/pyinstaller/cpdlog.spec
  say "PyInstaller took $((SECONDS - started)) s"

  if [ "$(uname -s)" = Linux ]; then
    # Desktop integration travels with the bundle; install.sh puts it in place.
    install -D -m 644 "packaging/linux/$APP_ID.desktop" \
      "$BUNDLE/share/applications/$APP_ID.desktop"
    install -D -m 644 "packaging/linux/$APP_ID.metainfo.xml" \
      "$BUNDLE/share/metainfo/$APP_ID.metainfo.xml"
    mkdir -p "$BUNDLE/share/icons"
    cp -R packaging/linux/icons/hicolor "$BUNDLE/share/icons/"
    install -m 755 packaging/linux/install-bundle.sh "$BUNDLE/install.sh"
  fi
}

smoke_test() {
  [ -x "$EXE" ] || fail "no bundle at $EXE (build it first)"
  local scratch
  scratch=$(mktemp -d)
  # shellcheck disable=SC2064
  trap "rm -rf '$scratch'" EXIT
  mkdir -p "$scratch/home" "$scratch/cwd"
  # A fresh user: empty home and XDG folders, no Python settings, started away from src/.
  run() {
    (cd "$scratch/cwd" && env -u PYTHONPATH -u PYTHONHOME -u CPDLOG_HOME \
      -u CPDLOG_DATABASE_URL HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
      XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache" "$@")
  }

  local version
  version=$(run "$EXE" --version) || fail "$EXE --version failed"
  [ "$version" = "cpdlog $VERSION" ] || fail "--version printed '$version', not 'cpdlog $VERSION'"
  say "ok: $EXE --version prints '$version'"
  smoke_test_welsh "$scratch"

  local data=$scratch/data
  local id
  id=$(run "$EXE" --home "$data" entry add --title "Smoke test: workshop on reflective practice" \
    --type workshop --date 2026-03-13 --hours 3 \
    --section description="A workshop on reflective writing" \
    --section learnt="Gibbs' cycle in supervision notes" \
    --section impact="I now write a short reflection after each visit" \
    --standard swe:4.4 --tag smoke) || fail "entry add failed"
  [ "$id" = 1 ] || fail "entry add printed '$id', not the new id 1"
  # The confidentiality check with its names model: the name must be found, and without the
  # note the check prints (on stderr, captured here) when the model is not bundled or fails
  # to load ("The names check is limited: ..."; the rules alone now find "Bez" as well).
  run "$EXE" --home "$data" entry add --title "Smoke test: scan" --type reading \
    --date 2026-03-14 --hours 1 --section description="Then his mate Bez died." \
    >/dev/null || fail "entry add (scan) failed"
  local found
  found=$(run "$EXE" --home "$data" check 2 --json 2>&1) || true
  case $found in
    *'names check is limited'*)
      printf '%s\n' "$found" >&2; fail "check ran without the names model (is it bundled?)" ;;
    *'"Bez"'*) say "ok: check ran a scan with the names model" ;;
    *) printf '%s\n' "$found" >&2; fail "check did not find the name (is the names model bundled?)" ;;
  esac
  run "$EXE" --home "$data" export pdf -o "$scratch/portfolio.pdf" >/dev/null 2>&1 ||
    fail "export pdf failed"
  [ "$(head -c 5 "$scratch/portfolio.pdf")" = "%PDF-" ] || fail "export pdf wrote no PDF"
  say "ok: entry add and export pdf from a fresh home ($(wc -c <"$scratch/portfolio.pdf") bytes of PDF)"

  if run "$EXE" feeds --help >/dev/null 2>&1; then
    smoke_test_feeds "$scratch"
  fi
  smoke_test_encrypted "$scratch"

  local gui=$scratch/gui-data status=0
  run env QT_QPA_PLATFORM=offscreen CPDLOG_QUIT_AFTER_MS=3000 \
    timeout 60 "$EXE" --home "$gui" 2>"$scratch/gui.err" || status=$?
  if grep -q Traceback "$scratch/gui.err"; then
    cat "$scratch/gui.err" >&2
    fail "the desktop app raised an exception"
  fi
  [ -f "$gui/cpdlog.sqlite" ] || fail "the desktop app did not open a journal in $gui"
  case $status in
    0) say "ok: the desktop app started offscreen and quit cleanly" ;;
    124) fail "the desktop app started but did not quit within 60 s: it must close its window \
when CPDLOG_QUIT_AFTER_MS is set (cpdlog.ui.app.run)" ;;
    *) cat "$scratch/gui.err" >&2; fail "the desktop app exited with status $status" ;;
  esac
}

# The translations are in the bundle and load. The command line in Welsh: cpdlog.i18n reads the
# bundled cpdlog_cy.ts (the activity types' names are translated there). The desktop app in
# Welsh (the data folder's saved setting, as File > Language keeps it) must load the bundled
# cpdlog_cy.qm: with --verbose it says which file it loaded, and had the .qm been missing it
# would have compiled one into the data folder's cache (or stayed English, with a warning).
smoke_test_welsh() {
  local scratch=$1 out gui=$1/welsh-gui-data status=0
  out=$(run "$EXE" --home "$scratch/welsh-data" --language cy types) ||
    fail "types (in Welsh) failed"
  case $out in
    *"Course or training"* | *"Supervision"*)
      printf '%s\n' "$out" >&2; fail "types printed English with --language cy (is cpdlog_cy.ts bundled?)" ;;
    *"Cwrs neu hyfforddiant"*) ;;
    *) printf '%s\n' "$out" >&2; fail "types did not print the Welsh activity types" ;;
  esac
  [ -n "$(find "$BUNDLE" -name cpdlog_cy.qm -path '*translations*' -print -quit)" ] ||
    fail "the bundle has no cpdlog_cy.qm"
  mkdir -p "$gui"
  printf '[ui]\nlanguage=cy\n' >"$gui/window.ini"
  run env QT_QPA_PLATFORM=offscreen CPDLOG_QUIT_AFTER_MS=3000 \
    timeout 60 "$EXE" --verbose --home "$gui" 2>"$scratch/welsh-gui.err" || status=$?
  if [ "$status" != 0 ] || grep -q Traceback "$scratch/welsh-gui.err"; then
    tail -30 "$scratch/welsh-gui.err" >&2
    fail "the desktop app in Welsh exited with status $status"
  fi
  if ! grep -q 'The cy translation is loaded from the packaged .qm file' "$scratch/welsh-gui.err" ||
    [ -e "$gui/cache/translations/cpdlog_cy.qm" ]; then
    grep -i translation "$scratch/welsh-gui.err" >&2 || true
    fail "the desktop app in Welsh did not load the bundled cpdlog_cy.qm"
  fi
  say "ok: the command line and the desktop app speak Welsh (the bundled cpdlog_cy.ts and .qm)"
}

# An encrypted journal with the bundled SQLCipher driver: encrypt a new journal with a
# passphrase file, add an entry, search it, make a PDF; the database must not be plain SQLite
# and a missing passphrase must be exit 2 with one line.
smoke_test_encrypted() {
  local scratch=$1
  local data=$scratch/encrypted-data pass=$scratch/passphrase.txt out status=0
  printf '%s\n' 'smoke test passphrase, not a secret' >"$pass"
  run "$EXE" --home "$data" entry add --title "Smoke test: encrypted Quokkaword" --type reading \
    --date 2026-03-15 --hours 1 --section learnt="Zebrafishword in supervision" \
    >/dev/null || fail "entry add (before encrypting) failed"
  out=$(run "$EXE" --home "$data" encrypt --passphrase-file "$pass" 2>/dev/null) ||
    fail "encrypt --passphrase-file failed"
  [ -n "$out" ] || fail "encrypt printed no recovery key"
  [ "$(head -c 15 "$data/cpdlog.sqlite")" != "SQLite format 3" ] ||
    fail "encrypt left cpdlog.sqlite as plain SQLite"
  if grep -rqa Zebrafishword "$data"; then fail "an encrypted journal's folder holds entry text"; fi
  run "$EXE" --home "$data" --passphrase-file "$pass" entry add --title "Smoke test: after" \
    --type reading --date 2026-03-16 --hours 1 >/dev/null || fail "entry add (encrypted) failed"
  out=$(run env CPDLOG_PASSPHRASE_FILE="$pass" "$EXE" --home "$data" search quokkaword) ||
    fail "search (encrypted) failed"
  case $out in
    *Quokkaword*) ;;
    *) printf '%s\n' "$out" >&2; fail "search in the encrypted journal found nothing" ;;
  esac
  run "$EXE" --home "$data" --passphrase-file "$pass" export pdf -o "$scratch/encrypted.pdf" \
    >/dev/null 2>&1 || fail "export pdf (encrypted) failed"
  [ "$(head -c 5 "$scratch/encrypted.pdf")" = "%PDF-" ] || fail "export pdf (encrypted) wrote no PDF"
  run "$EXE" --home "$data" search quokkaword </dev/null >/dev/null 2>"$scratch/locked.err" ||
    status=$?
  [ "$status" = 2 ] && [ "$(wc -l <"$scratch/locked.err")" = 1 ] ||
    fail "without its passphrase an encrypted journal gave status $status, not 2 and one line"
  say "ok: encrypted journal: encrypt, entry add, search and export pdf with a passphrase file"
}

# Twelve feeds from a local web server: enough for the refresh to parse in worker processes,
# which in a frozen app start the bundled executable again (launcher.py's freeze_support).
smoke_test_feeds() {
  local scratch=$1 site=$1/site port server count
  mkdir -p "$site"
  printf '%s\n' '<?xml version="1.0"?>' '<opml version="2.0"><head><title>smoke</title></head><body>' \
    >"$site/feeds.opml"
  port=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  for i in $(seq 1 12); do
    cat >"$site/feed$i.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Smoke feed $i</title><link>http://127.0.0.1/</link>
<description>Smoke test</description><item><title>Item $i</title><link>http://127.0.0.1/$i</link>
<guid>item-$i</guid><pubDate>Fri, 13 Mar 2026 10:00:00 GMT</pubDate>
<description>Notes on supervision</description></item></channel></rss>
EOF
    echo "<outline type=\"rss\" text=\"Smoke $i\" xmlUrl=\"http://127.0.0.1:$port/feed$i.xml\"/>" \
      >>"$site/feeds.opml"
  done
  echo '</body></opml>' >>"$site/feeds.opml"
  "$PYTHON" -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
  server=$!
  local data=$scratch/feeds-data ok=true
  sleep 1
  run "$EXE" --home "$data" feeds import "$site/feeds.opml" >/dev/null &&
    run "$EXE" --home "$data" feeds refresh >/dev/null 2>&1 || ok=false
  count=$(run "$EXE" --home "$data" items list --json | grep -c '"title": "Item ' || true)
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  $ok || fail "feeds import/refresh failed"
  [ "$count" = 12 ] || fail "feeds refresh stored $count items, not 12"
  say "ok: feeds import and refresh of 12 local feeds (parsed in worker processes)"
}

report() {
  say "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1), $(find "$BUNDLE" -type f | wc -l) files)"
  if [ "$(uname -s)" = Linux ] && [ "${1:-}" != --no-archive ]; then
    local archive
    archive=$DIST/cpdlog-$VERSION-linux-$(uname -m).tar.gz
    tar -C "$DIST" -czf "$archive" cpdlog
    say "archive: $archive ($(du -h "$archive" | cut -f1))"
  fi
}

started=$SECONDS
case "${1:-}" in
  --test-only) smoke_test ;;
  "" | --no-archive)
    # One call per line: `set -e` does not apply inside a function called from an && list.
    build
    smoke_test
    report "${1:-}"
    ;;
  *) fail "unknown option ${1} (use --no-archive, --test-only or nothing)" ;;
esac
say "done in $((SECONDS - started)) s"
