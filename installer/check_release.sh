#!/usr/bin/env bash
# Check a built bundle the way a clerk's PC will use it, then compile the installer around it:
#   bash installer/check_release.sh build/release/dist/GiamSat
# 1. its contents by size (installer/bundle_sizes.py);
# 2. the smoke run from the bundle alone (installer/smoke_bundle.py), with the PostgreSQL
#    database named by GIAMSAT_SMOKE_POSTGRES_URL when there is one, and a data folder of an
#    older version made by the build environment's Python (installer/older_database.py);
# 3. installer/giamsat.nsi compiled by makensis with the bundle as its payload (stored, not
#    compressed: the point is that the script compiles), when makensis is installed.
# Every step but the older data runs with the system's Python, not the project's environment.
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=${1:?the bundle folder}
PYTHON=${PYTHON:-python3}
BUILD_PYTHON=${BUILD_PYTHON:-.venv/bin/python}

seconds() { date +%s; }

start=$(seconds)
"$PYTHON" installer/bundle_sizes.py "$BUNDLE"

older="$(dirname "$BUNDLE")/older-version"
rm -rf "$older" "$older-home"
GIAMSAT_HOME="$older-home" "$BUILD_PYTHON" installer/older_database.py "$older" >/dev/null

smoke=(installer/smoke_bundle.py "$BUNDLE" --older "$older")
[ -z "${GIAMSAT_SMOKE_POSTGRES_URL:-}" ] || smoke+=(--postgres "$GIAMSAT_SMOKE_POSTGRES_URL")
"$PYTHON" "${smoke[@]}"

if command -v makensis >/dev/null; then
  version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' giamsat_desktop/__init__.py)
  out="$(dirname "$BUNDLE")/GiamSatMTTQ-$version-setup.exe"
  makensis -V2 -WX -DVERSION="$version" -DBUNDLE="$(realpath "$BUNDLE")" \
    -DOUTFILE="$(realpath -m "$out")" -DCOMPRESSOR=none installer/giamsat.nsi
  echo "Installer script compiled: $out ($(du -m "$out" | cut -f1) MB, payload stored)"
else
  echo "makensis is not installed: the installer script was not compiled" >&2
  exit 1
fi
echo "Release check passed in $(( $(seconds) - start )) s"
