#!/usr/bin/env bash
# FerretDB 1.24 (MongoDB wire protocol) with its embedded SQLite backend, built from the Go module proxy.
# ferretdb.sh install|up|down|status
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
FERRETDB_VERSION=v1.24.2
PORT="${NEWSFLOW_FERRETDB_PORT:-27017}"
BIN="$NF_CACHE/ferretdb-$FERRETDB_VERSION/ferretdb"
DIR="$NF_DATA/ferretdb"

install() {
  [ -x "$BIN" ] && return 0
  need_tool go "FerretDB is built from the Go module proxy (install Go 1.22+)"
  log "building FerretDB $FERRETDB_VERSION from the Go module proxy"
  # `go install …/cmd/ferretdb@v1.24.2` builds a binary that panics at start: FerretDB's
  # build/version needs a generated version.txt, absent from the module zip. So build a copy
  # of the module with that one file written.
  local src tmp
  src="$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')"
  [ -d "$src" ] || die "go mod download of FerretDB $FERRETDB_VERSION failed"
  tmp="$(mktemp -d)"
  cp -r "$src/." "$tmp/" && chmod -R u+w "$tmp"
  echo "$FERRETDB_VERSION" > "$tmp/build/version/version.txt"
  mkdir -p "$(dirname "$BIN")"
  (cd "$tmp" && go build -trimpath -o "$BIN.partial" ./cmd/ferretdb) || { rm -rf "$tmp"; die "building FerretDB failed"; }
  mv "$BIN.partial" "$BIN"
  rm -rf "$tmp"
}

up() {
  running_pid ferretdb >/dev/null && { log "ferretdb already running (pid $(running_pid ferretdb), port $PORT)"; return 0; }
  install
  mkdir -p "$DIR/sqlite" "$DIR/state"
  start_daemon ferretdb "$PORT" "$DIR/ferretdb.log" \
    "$BIN" --handler=sqlite --sqlite-url="file:$DIR/sqlite/" --state-dir="$DIR/state" \
    --listen-addr="$NF_HOST:$PORT" --debug-addr=- --telemetry=disable --log-level=WARN --log-format=json
}

case "${1:-}" in
  install) install ;;
  up) up ;;
  down) stop_daemon ferretdb ;;
  status) status_daemon ferretdb "$PORT" ;;
  *) die "usage: ferretdb.sh install|up|down|status" ;;
esac
