#!/usr/bin/env bash
# The one test command (README, CI): typecheck, lint, unit tests (the parser fuzz test with its
# fixed seed among them), both builds, web-ext lint, the store zips, then browser and release tests
# against the built extension in Debian's Chromium (sync faults, hostile corpus, network, a11y,
# upgrade, packaging), then the Firefox tests with the Firefox build in Debian's firefox-esr (the
# core checks shared with Chromium, no IndexedDB in private browsing, the options page's
# permission request). Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }
step typecheck;      npx tsc --noEmit
step lint;           npx eslint .
step format;         npx prettier --check . --log-level warn
# Copy-paste report (.jscpd.json): the figures are printed, not held to a threshold.
step duplicates;     npx jscpd --no-colors | tail -n 4
step unit tests;     npx vitest run
step build chrome;   npx wxt build
step build firefox;  npx wxt build -b firefox
step firefox lint;   npx web-ext lint --source-dir .output/firefox-mv2 --output text 2>&1 | tail -n 5
# Store packages: the zips (and Firefox's sources zip) are checked by tests/release/packaging.test.ts.
step zip;            npx wxt zip && npx wxt zip -b firefox
step browser tests;  npx vitest run --config vitest.browser.config.ts
step firefox tests;  npx vitest run --config vitest.firefox.config.ts
