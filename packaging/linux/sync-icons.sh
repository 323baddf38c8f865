#!/usr/bin/env bash
# Copy the application icon (SVG master and PNG renders in resources/icons/) into the
# freedesktop "hicolor" layout under packaging/linux/icons/, named by the application id.
# With --check, change nothing and fail if the copies differ from resources/icons/.
set -euo pipefail
cd "$(dirname "$0")/../.."
APP_ID=org.cpdlog.CPDLog
SRC=resources/icons
DEST=packaging/linux/icons/hicolor
check=false
[ "${1:-}" = "--check" ] && check=true

pairs=("$SRC/$APP_ID.svg:$DEST/scalable/apps/$APP_ID.svg")
for png in "$SRC/$APP_ID"-*.png; do
  size=${png##*-}
  size=${size%.png}
  pairs+=("$png:$DEST/${size}x${size}/apps/$APP_ID.png")
done

stale=0
for pair in "${pairs[@]}"; do
  from=${pair%%:*}
  to=${pair#*:}
  if cmp -s "$from" "$to"; then
    continue
  fi
  if $check; then
    echo "stale icon: $to differs from $from (run packaging/linux/sync-icons.sh)" >&2
    stale=1
  else
    install -D -m 644 "$from" "$to"
    echo "updated $to"
  fi
done
exit $stale
