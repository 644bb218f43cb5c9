#!/usr/bin/env bash
# `node ARGS…` under the repository's Node 24, whatever `node` the shell has (the machines here
# have Node 20, which cannot run the project's TypeScript). Every `npm run` script that runs
# Node goes through it: `bash scripts/node24-run.sh scripts/demo.ts`, or from a workspace
# `bash ../../scripts/node24-run.sh bench/crawl-bench.ts`. Node 24 is fetched once into .cache/
# by scripts/node24.sh when missing.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/node24.sh"
exec node "$@"
