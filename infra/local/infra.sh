#!/usr/bin/env bash
# One entry point for the local infra without Docker: Kafka (KRaft), the MongoDB-protocol
# store (FerretDB 2 on PostgreSQL + DocumentDB, see documentdb.sh), Redis on loopback.
#   infra.sh up       install what is missing, start what is not running, wait until each port answers
#   infra.sh down     stop exactly the processes `up` started (pid files under .data/pids)
#   infra.sh status   one line per component
#   infra.sh install  only download/build (for CI caches)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
components=(redis documentdb kafka)
cmd="${1:-status}"
case "$cmd" in
  up | install)
    # Downloads and builds run in parallel; they are the slow part on a fresh machine.
    pids=()
    for c in "${components[@]}"; do bash "$here/$c.sh" install & pids+=($!); done
    for p in "${pids[@]}"; do wait "$p" || exit 1; done
    if [ "$cmd" = up ]; then for c in "${components[@]}"; do bash "$here/$c.sh" up; done; fi ;;
  down) for c in kafka documentdb redis; do bash "$here/$c.sh" down; done ;;
  status) for c in "${components[@]}"; do bash "$here/$c.sh" status; done ;;
  *) echo "usage: infra.sh up|down|status|install" >&2; exit 2 ;;
esac
