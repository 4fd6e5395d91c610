#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the store tests.
#
#   eval "$(bash .ci/pg.sh start)"   # exports ATTRIBUTION_TEST_PG_URL and ATTRIBUTION_PG_DIR
#   bash .ci/pg.sh stop              # stops it and deletes its folder
#
# Needs initdb, pg_ctl and postgres on PATH (PostgreSQL 15 here). PostgreSQL refuses to run
# as root, so as root the server runs as `nobody`. Only `export` lines go to stdout; all
# chatter goes to stderr, so the output is safe to eval.
set -euo pipefail

STATE="${TMPDIR:-/tmp}/attribution-pg.current"

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  for tool in initdb pg_ctl postgres; do
    command -v "$tool" >/dev/null || { echo "pg.sh: $tool not on PATH" >&2; exit 1; }
  done
  local dir port
  dir=$(mktemp -d "${TMPDIR:-/tmp}/attribution-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown nobody "$dir"
  port=$(free_port)
  as_owner initdb -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Durability off: a test database is thrown away, and fsync would only slow the suite down.
  as_owner pg_ctl -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }
  python3 - "$port" >&2 <<'EOF'
import sys, psycopg
with psycopg.connect(f"postgresql://postgres@127.0.0.1:{sys.argv[1]}/postgres", autocommit=True) as conn:
    conn.execute("CREATE DATABASE attribution_test")
EOF
  echo "$dir" >"$STATE"
  echo "export ATTRIBUTION_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$port/attribution_test"
  echo "export ATTRIBUTION_PG_DIR=$dir"
}

stop() {
  local dir="${ATTRIBUTION_PG_DIR:-}"
  [ -z "$dir" ] && [ -f "$STATE" ] && dir=$(cat "$STATE")
  [ -z "$dir" ] && { echo "pg.sh: no server recorded" >&2; return 0; }
  if [ -d "$dir/data" ]; then
    as_owner pg_ctl -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
  if [ -f "$STATE" ] && [ "$(cat "$STATE")" = "$dir" ]; then rm -f "$STATE"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
