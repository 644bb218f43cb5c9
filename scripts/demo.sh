#!/usr/bin/env bash
# Sets up a fresh machine and runs the pipeline on the demo news site; prints where the articles are.
# `bash scripts/demo.sh --once` stops the pipeline after the articles arrived.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec node scripts/demo.ts "$@"
