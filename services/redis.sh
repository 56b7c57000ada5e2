# A private Redis (Debian's redis-server) under var/, on a free loopback port. Source it.
# shellcheck shell=bash

REDIS_DIR="${PORTAL_REDIS_DIR:-$VAR/redis}"   # override to run two side by side
REDIS_PIDFILE="$REDIS_DIR.pid"

redis_start() {
  [ -x /usr/bin/redis-server ] || apt_install redis-server
  local port
  port="$(free_port)"
  mkdir -p "$REDIS_DIR"
  rm -f "$REDIS_PIDFILE"   # left by a run that was killed
  log "starting Redis on 127.0.0.1:$port"
  # A cache only: nothing written to disk, never the system service's port or files.
  /usr/bin/redis-server --bind 127.0.0.1 --port "$port" --dir "$REDIS_DIR" \
    --save '' --appendonly no --daemonize yes --pidfile "$REDIS_PIDFILE" \
    --logfile "$REDIS_DIR/server.log" \
    || die "Redis did not start, see var/redis/server.log"
  for _ in $(seq 1 40); do
    [ -s "$REDIS_PIDFILE" ] && "$PY" -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' "$port" 2>/dev/null && break
    sleep 0.25
  done
  [ -s "$REDIS_PIDFILE" ] || die "Redis did not start, see var/redis/server.log"
  export CACHE_URL="redis://127.0.0.1:$port/0"
}

redis_stop() {
  stop_pid Redis "$REDIS_PIDFILE"
}
