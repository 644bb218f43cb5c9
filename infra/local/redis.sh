#!/usr/bin/env bash
# Redis from Debian's redis-server package, run as our own process on loopback (not the system service).
# redis.sh install|up|down|status
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PORT="${NEWSFLOW_REDIS_PORT:-6379}"
DIR="$NF_DATA/redis"

redis_bin() { command -v redis-server || { [ -x /usr/bin/redis-server ] && echo /usr/bin/redis-server; }; }

install() {
  [ -n "$(redis_bin)" ] && return 0
  need_tool apt-get "redis-server is missing and this is not a Debian-like system: install Redis 6.2+"
  log "installing Debian's redis-server"
  apt_get update -qq >/dev/null
  apt_get install -y -qq --no-install-recommends redis-server >/dev/null
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # The package starts a system service on 6379; we run our own process instead.
  $sudo systemctl disable --now redis-server >/dev/null 2>&1 || $sudo service redis-server stop >/dev/null 2>&1 || true
  [ -n "$(redis_bin)" ] || die "redis-server did not install"
}

up() {
  running_pid redis >/dev/null && { log "redis already running (pid $(running_pid redis), port $PORT)"; return 0; }
  install
  mkdir -p "$DIR"
  # Durable: Redis holds state nothing else has (the fetch queue and its job schedulers, the
  # frontier's seen-set, retry jobs whose Kafka offsets are already committed; README "Where
  # state lives"). Every write is appended and fsynced each second, so a crash loses at most the
  # last second; the data dir ($DIR, appendonlydir/) is kept across down/up. `noeviction` is
  # what BullMQ requires: a full Redis refuses writes rather than dropping jobs.
  start_daemon redis "$PORT" "$DIR/redis.log" \
    "$(redis_bin)" --bind "$NF_HOST" --port "$PORT" --dir "$DIR" --save "" \
    --appendonly yes --appendfsync everysec --maxmemory-policy noeviction --daemonize no
}

case "${1:-}" in
  install) install ;;
  up) up ;;
  down) stop_daemon redis ;;
  status) status_daemon redis "$PORT" ;;
  *) die "usage: redis.sh install|up|down|status" ;;
esac
