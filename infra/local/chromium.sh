#!/usr/bin/env bash
# Installs Debian's chromium when missing: the status page's browser test drives it headless
# (playwright-core, executablePath /usr/bin/chromium). Idempotent; needs apt (root or sudo).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "chromium.sh: /usr/bin/chromium is missing and apt-get is not available: install Chromium by hand" >&2
  exit 1
fi
sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
echo "setup: installing Debian's chromium (for the status page browser test)" >&2
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium >/dev/null
