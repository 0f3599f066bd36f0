#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster the tests run against (a ctest fixture).
# PostgreSQL refuses to run as root: under root the cluster belongs to the "postgres" user.
set -euo pipefail
# The server's messages in its own locale's language (C), whatever the desktop's: tests read some.
unset LANGUAGE
action=$1
dir=$2

bindir=${NIDO_PG_BINDIR:-$(pg_config --bindir 2>/dev/null || true)}
if [ ! -x "$bindir/initdb" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
as_server=()
if [ "$(id -u)" -eq 0 ]; then as_server=(runuser -u postgres --); fi

case $action in
start)
  "$0" stop "$dir" 2>/dev/null || true
  rm -rf "$dir"
  mkdir -p "$dir/sock"
  chmod 755 "$dir"
  [ ${#as_server[@]} -eq 0 ] || chown postgres "$dir" "$dir/sock"
  "${as_server[@]}" "$bindir/initdb" -D "$dir/data" -U nido --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  "$0" resume "$dir"
  ;;
resume)
  # The same cluster again, after a stop: what a parent sees when their server comes back.
  "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/sock/server.log" -w \
    -o "-k $dir/sock -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=256MB -c max_wal_size=8GB" start >/dev/null
  ;;
stop)
  [ -d "$dir/data" ] && "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
  ;;
esac
