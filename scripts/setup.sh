#!/usr/bin/env bash
# Sets up a fresh machine for newsflow, idempotently: Node 24 (from the npm registry), the npm
# workspaces, promtool (Go module proxy), and the local Kafka / store (FerretDB 2 + DocumentDB) / Redis (installed when missing, then started).
# Source it (`. scripts/setup.sh`) so that Node 24 stays first on PATH for what follows.
set -euo pipefail
NEWSFLOW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$NEWSFLOW_ROOT/scripts/node24.sh"
cd "$NEWSFLOW_ROOT"
# Reinstall only when package-lock.json changed since the last `npm ci` (its hash is kept beside).
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat node_modules/.newsflow-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.newsflow-lock-hash
fi
bash infra/local/chromium.sh  # Debian's chromium for the status page's browser test
bash infra/local/promtool.sh install >/dev/null  # Prometheus's promtool, for the alert rules' tests
bash infra/local/infra.sh up
