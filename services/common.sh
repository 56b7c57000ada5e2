# Shared helpers for services/run and services/test. Source it; do not run it.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VAR="$ROOT/var"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
mkdir -p "$VAR/static"

log() { printf '\033[1m[portal]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[portal] error:\033[0m %s\n' "$*" >&2; exit 1; }

apt_install() {
  # apt_install PACKAGE...: install Debian packages, updating the lists once per run.
  [ "$(id -u)" = 0 ] || die "need root to install $* (or install it yourself)"
  if [ -z "${PORTAL_APT_UPDATED:-}" ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || die "apt-get update failed"
    PORTAL_APT_UPDATED=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || die "apt-get install $* failed"
}

ensure_venv() {
  # Create .venv with Python 3.11 when missing and install requirements.lock when it changed.
  if [ ! -x "$PY" ]; then
    local python
    python="$(command -v python3.11 || command -v python3)"
    "$python" -c 'import sys; assert sys.version_info[:2] == (3, 11)' \
      || die "Python 3.11 is required (found $("$python" --version))"
    log "creating $VENV"
    "$python" -m venv "$VENV"
  fi
  local want have
  want="$(sha256sum "$ROOT/requirements.lock" | cut -d' ' -f1)"
  have="$(cat "$VENV/.lock-sha256" 2>/dev/null || true)"
  if [ "$want" != "$have" ]; then
    log "installing requirements.lock"
    "$PY" -m pip install -q --disable-pip-version-check -r "$ROOT/requirements.lock" \
      || die "pip install -r requirements.lock failed"
    echo "$want" >"$VENV/.lock-sha256"
  fi
}

free_port() {
  "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

stop_pid() {
  # stop_pid NAME PIDFILE: TERM the process, then KILL it if it lingers.
  local name="$1" pidfile="$2" pid
  [ -f "$pidfile" ] || return 0
  pid="$(head -1 "$pidfile")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}
