#!/usr/bin/env bash
# Run one benchmark on a fresh, migrated PostgreSQL database with database search:
#   bash bench/run.sh bench/translation_report.py
#   bash bench/run.sh --with-search-node bench/search.py   # also a search node
# Starts a private cluster under var/bench-postgres (its own directory, so it never collides
# with the cluster of services/test), recreates the database, migrates, runs the script and
# stops the server by PID however the run ends.
set -euo pipefail
source "$(dirname "$0")/../services/common.sh"
source "$ROOT/services/postgres.sh"
source "$ROOT/services/searchnode.sh"
PG_DIR="$VAR/bench-postgres"
PG_PIDFILE="$VAR/bench-postgres.pid"
# The node's own data and PID file, apart from those of services/test.
SEARCH_DIR="$VAR/bench-searchnode/data"
SEARCH_PIDFILE="$VAR/bench-searchnode.pid"

with_node=""
if [ "${1:-}" = "--with-search-node" ]; then
  with_node=1
  shift
fi
[ $# -ge 1 ] || die "usage: bash bench/run.sh [--with-search-node] bench/<benchmark>.py [arguments]"
script="$(realpath "$1")"
shift
name="$(basename "$script" .py)"

cleanup() {
  [ -z "$with_node" ] || searchnode_stop
  postgres_stop
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

unset ELASTICSEARCH_URL
if [ -n "$with_node" ]; then
  # VAR for the call only, so that the node's log goes to var/bench-searchnode/searchnode.log.
  VAR="$VAR/bench-searchnode" searchnode_start
  export SEARCH_INDEX_PREFIX=portal-bench
fi
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-portal.settings.test}"
postgres_start
database="bench_${name}"
"$(pg_bin)/psql" "$DATABASE_URL" -q -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
export DATABASE_URL="${DATABASE_URL%/*}/$database"

cd "$ROOT"
log "migrating $database"
"$PY" manage.py migrate --no-input -v 0
"$PY" "$script" "$@"
