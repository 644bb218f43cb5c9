#!/usr/bin/env bash
# Runs every check and test on a fresh machine: set-up, lint, typecheck, the whole suite
# (unit, integration against the real Kafka/FerretDB/Redis, end to end), and the enrichment
# gold-set report, which fails when a quality bar is missed.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
npm run --silent lint
npm run --silent typecheck
npm test
npm run --silent eval:enrich
