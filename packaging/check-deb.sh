#!/usr/bin/env bash
# Installs Nido's .deb into a clean Debian 12 root and starts its window there, so that the
# package's Depends are proven complete: `nido --version` answers, and the window stays up under
# Xvfb with no QML module missing. Needs root, debootstrap and Debian's mirror.
# Usage: bash packaging/check-deb.sh [build-dir]
set -euo pipefail
build=${1:-build}
root=$(mktemp -d /tmp/nido-debroot.XXXXXX)
chmod 755 "$root" # the root of the new system: every user walks through it
trap 'umount "$root/proc" 2>/dev/null || true; rm -rf "$root"' EXIT

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/nido*.deb | head -n 1)
[ -f "$deb" ] || { echo "no .deb in $build" >&2; exit 1; }

debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
cp "$deb" "$root/tmp/nido.deb"
mount -t proc proc "$root/proc"
chroot "$root" /bin/sh -c 'apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/nido.deb xvfb xauth >/dev/null'
chroot "$root" nido --version
# The window, on a database the package's own PostgreSQL serves (the embedded server, as a
# parent's first run), for 20 s: it must still be running then, with no QML module missing.
set +e
chroot "$root" /bin/sh -c 'cd /tmp && timeout 20 xvfb-run -a nido >/tmp/window.log 2>&1'
status=$?
set -e
if grep -E "is not installed|module .* not found|failed to load component" "$root/tmp/window.log"; then
  echo "the installed window is missing a QML module" >&2
  exit 1
fi
[ $status -eq 124 ] || { cat "$root/tmp/window.log" >&2; echo "the installed window exited ($status)" >&2; exit 1; }
echo "nido installs on a clean Debian 12 and its window starts"
