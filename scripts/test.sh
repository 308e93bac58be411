#!/usr/bin/env bash
# `npm test`: every test, on a fresh machine too. Installs Debian's chromium and fonts-noto-cjk when run as root
# (or says what to install), npm packages with `npm ci`, then checks, builds and tests.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "npm test: installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "npm test: the browser tests need Debian packages: ${missing[*]}" >&2
    echo "  install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

npm run geodata
npm run check:stories
npm run schema -- --check
npm run check
npm run lint
npx prettier --check . >/dev/null || { echo "npm test: files are not formatted (run npm run format)" >&2; exit 1; }
npx vitest run --project unit
npx vite build
npx tsx scripts/build-embed.ts
npx vitest run --project browser
