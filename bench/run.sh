#!/usr/bin/env bash
# Run one benchmark on a fresh, migrated PostgreSQL database with database search:
#   bash bench/run.sh bench/translation_report.py
#   bash bench/run.sh --with-search-node bench/search.py   # also a search node
#   bash bench/run.sh --smoke [--with-search-node] bench/<benchmark>.py   # small scale
#   bash bench/run.sh --smoke --with-search-node all      # search, article page, translation report, small scale
# Creates .venv from requirements.lock on a fresh clone (as services/test does; a .venv that
# is a symlink belongs to another checkout and is left alone). Starts a private cluster under
# var/bench-postgres (its own directory, so it never collides with the cluster of
# services/test), recreates the database, migrates, runs the script and stops the server
# (and the node) by PID however the run ends.
set -euo pipefail
source "$(dirname "$0")/../services/common.sh"
source "$ROOT/services/postgres.sh"
source "$ROOT/services/searchnode.sh"
PG_DIR="$VAR/bench-postgres"
PG_PIDFILE="$VAR/bench-postgres.pid"
# The node's own data, PID file and logs, apart from those of services/test.
NODE_VAR="$VAR/bench-searchnode"
SEARCH_DIR="$NODE_VAR/data"
SEARCH_PIDFILE="$VAR/bench-searchnode.pid"

with_node=""
while [ $# -gt 0 ]; do
  case "$1" in
    --with-search-node) with_node=1; shift ;;
    --smoke) export BENCH_SMOKE=1; shift ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || die "usage: bash bench/run.sh [--smoke] [--with-search-node] bench/<benchmark>.py|all [arguments]"
if [ "$1" = all ]; then
  shift
  scripts=("$ROOT/bench/search.py" "$ROOT/bench/article_page.py" "$ROOT/bench/translation_report.py")
else
  scripts=("$(realpath "$1")")
  shift
fi

cleanup() {
  [ -z "$with_node" ] || searchnode_stop
  postgres_stop
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[ -L "$VENV" ] || ensure_venv
cd "$ROOT"
# The catalogues' .mo files are not in git: compile them, or a fresh clone serves English.
if command -v msgfmt >/dev/null; then
  "$PY" manage.py compilemessages -v 0 >/dev/null
else
  log "msgfmt is missing (Debian's gettext): pages are measured without compiled catalogues"
fi
unset ELASTICSEARCH_URL
if [ -n "$with_node" ]; then
  mkdir -p "$NODE_VAR"
  # VAR for the call only, so that the node's logs go to var/bench-searchnode/.
  VAR="$NODE_VAR" searchnode_start
  export SEARCH_INDEX_PREFIX=portal-bench
fi
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-bench.settings}"
# The production search timeout (2 s) would turn a slow moment of a shared machine into a
# failed run; the benchmarks measure latency, not the timeout.
export SEARCH_TIMEOUT_SECONDS="${SEARCH_TIMEOUT_SECONDS:-10}"
postgres_start
server_url="$DATABASE_URL"
for script in "${scripts[@]}"; do
  name="$(basename "$script" .py)"
  database="bench_${name}"
  "$(pg_bin)/psql" "$server_url" -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
  export DATABASE_URL="${server_url%/*}/$database"
  log "migrating $database"
  "$PY" manage.py migrate --no-input -v 0
  log "running $name${BENCH_SMOKE:+ (smoke scale)}"
  "$PY" "$script" "$@"
done
