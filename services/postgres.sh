# A private PostgreSQL cluster under var/, on a free loopback port. Source it.
# shellcheck shell=bash

PG_DIR="${PORTAL_PG_DIR:-$VAR/postgres}"   # override to run two clusters side by side
PG_PIDFILE="$PG_DIR.pid"
# PostgreSQL's default (128MB) is sized for tiny machines; a search over 100,000 documents
# reads far more than that, and a server this size would be given a quarter of its memory.
PG_SHARED_BUFFERS="${PORTAL_PG_SHARED_BUFFERS:-1GB}"

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

as_postgres() {
  # initdb and postgres refuse to run as root: drop to the postgres user when we are root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  [ -n "$(pg_bin)" ] || apt_install postgresql
  local bin port
  bin="$(pg_bin)" || die "PostgreSQL is not installed and could not be installed"
  port="$(free_port)"
  if [ ! -f "$PG_DIR/PG_VERSION" ]; then
    log "initdb $PG_DIR"
    rm -rf "$PG_DIR"
    mkdir -p "$PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
    as_postgres "$bin/initdb" -D "$PG_DIR" -U portal -A trust -E UTF8 --no-sync >"$VAR/postgres-initdb.log" 2>&1 \
      || die "initdb failed, see var/postgres-initdb.log"
  fi
  log "starting PostgreSQL on 127.0.0.1:$port"
  as_postgres "$bin/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 60 start -o \
    "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=$PG_SHARED_BUFFERS" \
    >/dev/null || die "PostgreSQL did not start, see var/postgres/server.log"
  head -1 "$PG_DIR/postmaster.pid" >"$PG_PIDFILE"
  export DATABASE_URL="postgres://portal@127.0.0.1:$port/portal"
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U portal portal 2>/dev/null || true
}

postgres_stop() {
  stop_pid PostgreSQL "$PG_PIDFILE"
}
