#!/usr/bin/env bash
# Refresh requirements.lock: the exact versions and hashes that CI, the desktop bundle and a
# reproducible developer install use (the ranges stay in pyproject.toml).
#
#   bash packaging/update-lock.sh            re-resolve everything to the newest versions that
#                                            pyproject.toml's ranges allow
#   bash packaging/update-lock.sh --check    exit 1 if requirements.lock no longer matches
#                                            pyproject.toml (a range changed, a dependency was
#                                            added or removed) — nothing is written
#   bash packaging/update-lock.sh -P NAME    upgrade one package only (uv's --upgrade-package)
#
# Meant to run on a schedule (say weekly) and by hand after editing pyproject.toml's
# dependencies; the result goes through CI like any change. The lock is universal: one file
# for Linux, Windows and macOS and every Python from 3.11, with the hashes of every wheel.
# uv does the resolving; it is installed into a throw-away environment if it is not on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

UV=${UV:-}
if [ -z "$UV" ]; then
  if command -v uv >/dev/null 2>&1; then
    UV=uv
  else
    tools=$(mktemp -d)
    # shellcheck disable=SC2064
    trap "rm -rf '$tools'" EXIT
    python3 -m venv "$tools/venv"
    "$tools/venv/bin/pip" install -q 'uv>=0.5'
    UV=$tools/venv/bin/uv
  fi
fi

compile() {
  # The test and postgres extras are included: CI and the bundle build install from this one
  # file, and the bundle carries the team server's driver.
  "$UV" pip compile pyproject.toml --extra test --extra postgres --universal --python-version 3.11 \
    --generate-hashes --custom-compile-command "bash packaging/update-lock.sh" --quiet "$@"
}

# The installer itself, pinned with hashes in packaging/pip.lock: .ci/run installs it first.
# The pip that ships with Python 3.11 (23.2) cannot install this lock in hash-checking mode: for
# a dependency's extra (weasel's smart-open[http]) it fetches the newest release instead of the
# locked one and stops with "all requirements must have their versions pinned" as soon as a
# newer release is published. Newer pips resolve the extra to the locked version.
PIP_VERSION=26.3
compile_pip() {
  echo "pip==$PIP_VERSION" | "$UV" pip compile - --universal --python-version 3.11 \
    --generate-hashes --custom-compile-command "bash packaging/update-lock.sh" --quiet "$@"
}

case "${1:-}" in
  --check)
    fresh=$(mktemp)
    # shellcheck disable=SC2064
    trap "rm -f '$fresh'" EXIT
    # Resolve again, preferring the locked versions: if nothing in pyproject.toml changed, the
    # result is the lock itself.
    cp requirements.lock "$fresh"
    compile -o "$fresh"
    if ! diff -q requirements.lock "$fresh" >/dev/null; then
      echo "update-lock.sh: requirements.lock is out of date with pyproject.toml; run bash packaging/update-lock.sh" >&2
      diff -u requirements.lock "$fresh" | head -40 >&2
      exit 1
    fi
    compile_pip -o "$fresh"
    if ! diff -q packaging/pip.lock "$fresh" >/dev/null; then
      echo "update-lock.sh: packaging/pip.lock is out of date (pip $PIP_VERSION); run bash packaging/update-lock.sh" >&2
      exit 1
    fi
    echo "update-lock.sh: requirements.lock matches pyproject.toml"
    ;;
  -P | --upgrade-package)
    compile -o requirements.lock --upgrade-package "$2"
    echo "update-lock.sh: upgraded $2 in requirements.lock"
    ;;
  "")
    compile -o requirements.lock --upgrade
    compile_pip -o packaging/pip.lock
    echo "update-lock.sh: requirements.lock refreshed; run .ci/run before committing it"
    ;;
  *)
    echo "usage: bash packaging/update-lock.sh [--check | -P PACKAGE]" >&2
    exit 2
    ;;
esac
