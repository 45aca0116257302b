#!/usr/bin/env bash
# Installs everything Consilium needs on a fresh machine: pnpm (the pinned version), the
# workspace's dependencies from the lockfile, and Debian's Chromium for the browser tests
# (playwright-core drives it; no browser is downloaded). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION"
fi

# pnpm 12 ignores .npmrc's nodedir; without it node-gyp tries to download Node's headers to build
# better-sqlite3, which fails on machines without internet access. Use the local headers if present.
if [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

pnpm install --frozen-lockfile

# The browser tests drive Debian's Chromium; install it when missing and we may.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  else
    echo "note: install Debian's chromium (apt-get install chromium) to run the browser tests" >&2
  fi
fi
