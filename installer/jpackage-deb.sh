#!/bin/sh
# Runs jpackage for the .deb only where it can work. jpackage needs dpkg-deb and fakeroot on the
# PATH; a machine without them still gets its app-image, with a warning instead of a failed build.
# Usage: jpackage-deb.sh JPACKAGE [jpackage options...]
set -eu
jpackage=$1
shift
for tool in dpkg-deb fakeroot; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "[WARNING] No .deb built: jpackage needs $tool, which is not on the PATH" \
      "(Debian/Ubuntu: apt-get install dpkg fakeroot). The app-image is built all the same." >&2
    exit 0
  fi
done
exec "$jpackage" "$@"
