#!/usr/bin/env bash
# Validate the Linux desktop integration files: the .desktop entry (desktop-file-validate),
# the AppStream metainfo (appstreamcli validate), that both, the icons and the Flatpak
# manifest use the one application id, that the manifest parses and lists every Python
# dependency, and that the packaged icons match resources/icons/. Installs desktop-file-utils,
# appstream and flatpak-builder with apt-get when missing and running as root.
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' src/cpdlog/__init__.py)
LINUX=packaging/linux
DESKTOP=$LINUX/$APP_ID.desktop
METAINFO=$LINUX/$APP_ID.metainfo.xml
MANIFEST=packaging/flatpak/$APP_ID.yml

need=()
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
command -v flatpak-builder >/dev/null 2>&1 || need+=(flatpak-builder)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "check-desktop-files: please install ${need[*]} (Debian/Ubuntu package names)" >&2
    exit 2
  fi
fi

fail() {
  echo "check-desktop-files: $*" >&2
  exit 1
}

[ -n "$APP_ID" ] || fail "APP_ID not found in src/cpdlog/__init__.py"
for file in "$DESKTOP" "$METAINFO" "$MANIFEST"; do
  [ -f "$file" ] || fail "missing $file (named after the application id $APP_ID)"
done

desktop-file-validate "$DESKTOP"
# --no-net: screenshot URLs point at the published repository, which CI need not reach.
appstreamcli validate --no-net "$METAINFO"

# One id everywhere.
grep -qx "Icon=$APP_ID" "$DESKTOP" || fail "$DESKTOP: Icon is not $APP_ID"
grep -q "<id>$APP_ID</id>" "$METAINFO" || fail "$METAINFO: <id> is not $APP_ID"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$METAINFO" ||
  fail "$METAINFO: launchable is not $APP_ID.desktop"
grep -qx "\(app-\)\?id: $APP_ID" "$MANIFEST" || fail "$MANIFEST: id is not $APP_ID"
[ -f packaging/flatpak/python3-cpdlog-deps.json ] || fail "missing the manifest's Python module"
# The manifest parses (with the module file it includes) ...
flatpak-builder --show-manifest "$MANIFEST" >/dev/null || fail "$MANIFEST does not parse"
# ... and its Python module installs every runtime dependency in pyproject.toml.
python3 - <<'EOF' || fail "regenerate it: python packaging/flatpak/generate-python-deps.py"
import json, re, sys, tomllib

def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()

deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
wanted = {norm(re.match(r"[A-Za-z0-9._-]+", d).group(0)) for d in deps}
module = json.load(open("packaging/flatpak/python3-cpdlog-deps.json"))
commands = " ".join(c for m in module["modules"] for c in m["build-commands"])
installed = {norm(word) for word in commands.split()}
missing = sorted(wanted - installed)
if missing:
    print(f"check-desktop-files: the Flatpak module lacks {', '.join(missing)}", file=sys.stderr)
    sys.exit(1)
EOF
[ -f "$LINUX/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "no scalable icon $APP_ID.svg"

# The release list follows the package version.
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/cpdlog/__init__.py)
grep -q "<release version=\"$version\"" "$METAINFO" ||
  fail "$METAINFO has no <release> for version $version"

# Screenshots are published from docs/screenshots/ in the repository.
prefix="https://raw.githubusercontent.com/cpdlog/cpdlog/main/"
while read -r url; do
  case $url in
    "$prefix"*) [ -f "${url#"$prefix"}" ] || fail "$METAINFO: screenshot ${url#"$prefix"} does not exist" ;;
    *) fail "$METAINFO: screenshot $url is not under $prefix" ;;
  esac
done < <(sed -n 's|.*<image[^>]*>\(.*\)</image>.*|\1|p' "$METAINFO")

bash "$LINUX/sync-icons.sh" --check
echo "check-desktop-files: $DESKTOP and $METAINFO are valid; id $APP_ID is consistent"
