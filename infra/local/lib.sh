# Shared helpers for the local (Docker-free) infra scripts. Sourced, not run.
# Everything lives under the repository: downloads in .cache/, data, logs and pid files in .data/.
NF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NF_CACHE="${NEWSFLOW_CACHE_DIR:-$NF_ROOT/.cache}"
NF_DATA="${NEWSFLOW_DATA_DIR:-$NF_ROOT/.data}"
NF_PIDS="$NF_DATA/pids"
NF_HOST=127.0.0.1
mkdir -p "$NF_CACHE" "$NF_PIDS"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] error: %s\n' "$*" >&2; exit 1; }

need_tool() { # need_tool CMD "what it is for / how to get it"
  command -v "$1" >/dev/null 2>&1 || die "missing tool '$1': $2"
}

# apt_get ARGS...: apt-get as root, one at a time. infra.sh installs components in parallel and
# apt-get update takes the lists lock without waiting (DPkg::Lock::Timeout covers only dpkg's
# lock), so concurrent installs would fail; flock queues them instead.
apt_get() {
  need_tool flock "flock (util-linux) serialises apt-get runs"
  local root=(); [ "$(id -u)" -eq 0 ] || root=(sudo)
  DEBIAN_FRONTEND=noninteractive flock "$NF_CACHE/apt.lock" "${root[@]}" apt-get -o DPkg::Lock::Timeout=300 "$@"
}

port_open() { (exec 3<>"/dev/tcp/$NF_HOST/$1") 2>/dev/null; }

# The pid recorded for NAME, if that process is still alive.
running_pid() {
  local file="$NF_PIDS/$1.pid" pid
  [ -f "$file" ] || return 1
  pid="$(cat "$file")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; return 0; fi
  rm -f "$file"
  return 1
}

# wait_port NAME PORT SECONDS LOGFILE: until the port answers, or fail showing the log's tail.
wait_port() {
  local name="$1" port="$2" limit="$3" logfile="$4" waited=0
  while ! port_open "$port"; do
    if ! running_pid "$name" >/dev/null; then
      tail -n 30 "$logfile" >&2 2>/dev/null
      die "$name exited before port $port answered (log: $logfile)"
    fi
    [ "$waited" -ge "$((limit * 5))" ] && { tail -n 30 "$logfile" >&2; die "$name: port $port did not answer within ${limit}s (log: $logfile)"; }
    sleep 0.2; waited=$((waited + 1))
  done
}

# start_daemon NAME PORT LOGFILE CMD...: starts CMD in the background with its pid recorded,
# unless ours is already running (idempotent); refuses a port held by a process we did not start.
start_daemon() {
  local name="$1" port="$2" logfile="$3"; shift 3
  local pid
  if pid="$(running_pid "$name")"; then
    log "$name already running (pid $pid, port $port)"
    return 0
  fi
  port_open "$port" && die "port $port is already in use by a process this script did not start; stop it or set NEWSFLOW_${name^^}_PORT"
  mkdir -p "$(dirname "$logfile")"
  setsid nohup "$@" >>"$logfile" 2>&1 < /dev/null &
  echo $! > "$NF_PIDS/$name.pid"
  wait_port "$name" "$port" 120 "$logfile"
  log "$name up on $NF_HOST:$port (pid $(cat "$NF_PIDS/$name.pid"))"
}

# stop_daemon NAME: stops exactly the process recorded in NAME's pid file, nothing else.
stop_daemon() {
  local name="$1" pid i
  if ! pid="$(running_pid "$name")"; then log "$name not running"; return 0; fi
  kill -TERM "$pid" 2>/dev/null
  for i in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && { log "$name did not stop in 30s, killing"; kill -KILL "$pid" 2>/dev/null; }
  rm -f "$NF_PIDS/$name.pid"
  log "$name stopped"
}

status_daemon() { # status_daemon NAME PORT
  local pid
  if pid="$(running_pid "$1")"; then
    if port_open "$2"; then echo "$1: up (pid $pid, $NF_HOST:$2)"; else echo "$1: starting (pid $pid, port $2 not answering)"; fi
  else
    echo "$1: down"
  fi
}
