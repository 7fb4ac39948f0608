#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the store's test suite and benchmark, and prints the line
# to evaluate:   eval "$(bash scripts/start-test-postgres.sh)"
# Idempotent: a server already answering on the port is reused. Installs Debian's `postgresql` when
# its binaries are missing. Everything but the final `export` line goes to standard error.
set -euo pipefail

PORT="${MNPLAN_PG_PORT:-54329}"
DATA="${MNPLAN_PG_DATA:-/tmp/mnplan-test-postgres}"
DB=mnplan_test
ROLE=mnplan
URL="postgres://${ROLE}@127.0.0.1:${PORT}/${DB}"

log() { echo "start-test-postgres: $*" >&2; }

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

BIN="$(find_bin || true)"
if [ -z "$BIN" ]; then
  log "installing postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql >&2
  BIN="$(find_bin)"
fi

# initdb and postgres refuse to run as root: run them as the `postgres` OS user when we are root.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

if ! as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  if [ ! -f "$DATA/PG_VERSION" ]; then
    log "initdb into $DATA"
    mkdir -p "$DATA"
    [ "$(id -u)" = 0 ] && chown postgres: "$DATA"
    chmod 700 "$DATA"
    as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
  fi
  log "starting on 127.0.0.1:$PORT"
  # fsync stays on (the default): the suite checks durability, not a shortcut around it.
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c fsync=on -c unix_socket_directories=$DATA -c max_connections=200" >&2
fi

for _ in $(seq 1 60); do
  as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
  sleep 0.5
done
as_pg "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" >&2

psql_admin() { as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -d postgres -c "select 1 from pg_roles where rolname = '$ROLE'")" != 1 ]; then
  psql_admin -d postgres -c "create role $ROLE login createdb" >&2
fi
if [ "$(psql_admin -d postgres -c "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
  psql_admin -d postgres -c "create database $DB owner $ROLE encoding 'UTF8' template template0" >&2
fi

log "ready: $URL"
echo "export TEST_DATABASE_URL=$URL"
