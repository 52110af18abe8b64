#!/usr/bin/env bash
# The one test command (README, CI): typecheck, unit tests, build, then browser tests against
# the built extension in Debian's Chromium. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }
step typecheck;      npx tsc --noEmit
step lint;           npx eslint .
step unit tests;     npx vitest run
step build chrome;   npx wxt build
step build firefox;  npx wxt build -b firefox
step firefox lint;   npx web-ext lint --source-dir .output/firefox-mv2 --output text 2>&1 | tail -n 5
step browser tests;  npx vitest run --config vitest.browser.config.ts
