#!/usr/bin/env bash
# Runs every check and test on a fresh machine: set-up, lint, typecheck, the enrichment gold-set
# report (fails when a quality bar is missed), and the whole suite (unit, integration against the
# real Kafka/FerretDB/Redis, end to end).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
npm run --silent lint
npm run --silent typecheck
npm run --silent eval:enrich
# Last, so the test runner's summary closes the output.
npm test
