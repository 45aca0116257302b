#!/usr/bin/env bash
# Installs everything Consilium needs on a fresh machine: pnpm (the pinned version) and the
# workspace's dependencies from the lockfile. Safe to run again.
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
