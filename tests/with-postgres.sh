#!/usr/bin/env bash
# Runs the command given with PATHWAY_TEST_DATABASE_URL naming an empty
# database in a throwaway PostgreSQL cluster: made with initdb in a
# temporary folder, listening on a free port on 127.0.0.1 only, and stopped
# and removed afterwards, whatever the command did. Nothing is left running.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: PostgreSQL is not installed (make test installs it)" >&2
  exit 1
fi

folder=$(mktemp -d -t pathway-postgres-XXXXXX)
# PostgreSQL will not run as root: the cluster is then the postgres user's.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$folder"
fi

stop() {
  as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_owner "$bin/initdb" -D "$folder/data" -U pathway --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
  || { cat "$folder/initdb.log" >&2; exit 1; }
# Durability is not wanted for a cluster thrown away after the tests.
as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
  -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null \
  || { cat "$folder/server.log" >&2; exit 1; }

export PATHWAY_TEST_DATABASE_URL="postgres://pathway@127.0.0.1:$port/postgres"
"$@"
