#!/usr/bin/env bash
# Sets up a fresh machine for newsflow, idempotently: Node 24 (from the npm registry), the npm
# workspaces, and the local Kafka / FerretDB / Redis (installed when missing, then started).
# Source it (`. scripts/setup.sh`) so that Node 24 stays first on PATH for what follows.
set -euo pipefail
NEWSFLOW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$NEWSFLOW_ROOT/scripts/node24.sh"
cd "$NEWSFLOW_ROOT"
# Reinstall only when the lock file changed since the last install.
if ! cmp -s package-lock.json node_modules/.package-lock.json 2>/dev/null || [ ! -d node_modules/@newsflow ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
bash infra/local/infra.sh up
