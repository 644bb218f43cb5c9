#!/usr/bin/env bash
# Installs Debian's chromium when missing: the status page's browser test drives it headless
# (playwright-core, executablePath /usr/bin/chromium). Idempotent; needs apt (root or sudo).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
if [ -x /usr/bin/chromium ]; then exit 0; fi
need_tool apt-get "/usr/bin/chromium is missing and apt-get is not available: install Chromium by hand"
log "installing Debian's chromium (for the status page browser test)"
apt_get update -qq >/dev/null
apt_get install -y -qq --no-install-recommends chromium >/dev/null
