#!/usr/bin/env bash
# promtool (Prometheus's rule checker and rule unit-test runner), built from the Go module proxy
# into .cache/, idempotently. Its version is the one of the Prometheus image in
# docker-compose.yml (prom/prometheus:v3.5.0 = module v0.305.0), so the rules are tested by the
# engine that loads them.
# promtool.sh install   → builds once, prints the binary's path
# promtool.sh ARGS…     → runs promtool ARGS… (installing first when needed)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PROMTOOL_VERSION=v0.305.0
BIN="$NF_CACHE/promtool-$PROMTOOL_VERSION/promtool"

install() {
  [ -x "$BIN" ] && return 0
  need_tool go "promtool is built from the Go module proxy (install Go 1.23+)"
  log "building promtool (prometheus $PROMTOOL_VERSION) from the Go module proxy; a few minutes the first time"
  # `go install …/cmd/promtool@version` refuses the module (its go.mod has replace directives),
  # so build inside the downloaded module, with its own go.mod.
  local src
  src="$(go mod download -json "github.com/prometheus/prometheus@$PROMTOOL_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')"
  [ -d "$src" ] || die "go mod download of prometheus $PROMTOOL_VERSION failed"
  mkdir -p "$(dirname "$BIN")"
  (cd "$src" && go build -trimpath -o "$BIN.partial" ./cmd/promtool) || die "building promtool failed"
  mv "$BIN.partial" "$BIN"
}

case "${1:-}" in
  install) install; echo "$BIN" ;;
  "") die "usage: promtool.sh install | promtool.sh ARGS…" ;;
  *) install; exec "$BIN" "$@" ;;
esac
