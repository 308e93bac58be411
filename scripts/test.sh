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

# Each stage's wall time, printed as it ends and again together at the end; the vitest stages also write a JSON
# report with each test's duration into test-results/ (vitest-<project>.json), to see where the time goes.
mkdir -p test-results
times=()
started=$SECONDS
stage() {
  local name=$1 t0=$SECONDS
  shift
  "$@"
  times+=("$(printf '%5ds  %s' $((SECONDS - t0)) "$name")")
  echo "npm test: ${name} took $((SECONDS - t0)) s"
}
vitest_project() {
  npx vitest run --project "$1" --reporter=default --reporter=json --outputFile.json="test-results/vitest-$1.json"
}
prettier_check() {
  npx prettier --check . >/dev/null || { echo "npm test: files are not formatted (run npm run format)" >&2; return 1; }
}

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  stage 'npm ci' npm ci --no-audit --no-fund
fi

# The static checks read the sources only and each keeps one core busy: they run side by side, each one's output
# printed whole when it ends, and the step fails if any of them failed.
together() {
  local dir pids=() names=() failed=0 i
  dir=$(mktemp -d)
  for i in "$@"; do
    names+=("$i")
    (
      t0=$SECONDS
      rc=0
      "$i" >"$dir/$i.log" 2>&1 || rc=$?
      echo "npm test: $i took $((SECONDS - t0)) s" >>"$dir/$i.log"
      exit $rc
    ) &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || { failed=1; echo "npm test: ${names[$i]} FAILED" >>"$dir/${names[$i]}.log"; }
    cat "$dir/${names[$i]}.log"
  done
  rm -rf "$dir"
  return $failed
}
check_stories() { npm run check:stories; }
schema() { npm run schema -- --check; }
typecheck() { npm run check; }
lint() { npm run lint; }
static_checks() { together check_stories schema typecheck lint prettier_check; }
# The unit tests never read dist/, and each stage alone leaves a core idle part of the time: they run beside the build.
unit_tests() { vitest_project unit; }
build_site() { npx vite build && npx tsx scripts/build-embed.ts; }

stage geodata npm run geodata
stage 'static checks' static_checks
stage 'unit tests and build' together unit_tests build_site
stage 'built-site tests' vitest_project built
stage 'browser tests' vitest_project browser
stage 'fault matrix' vitest_project faults

echo "npm test: stage times"
printf '  %s\n' "${times[@]}"
echo "npm test: all in $((SECONDS - started)) s"
