#!/usr/bin/env bash
# The one test command: installs and starts every service the tests need (PostgreSQL/PostGIS,
# Redis, Chromium), builds, checks formatting, runs every test project against them and ends
# with one line "N passed, N failed". Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

bash tests/services.sh || { echo "0 passed, 1 failed"; exit 1; }
export OPENCITY_TEST_POSTGRES="${OPENCITY_TEST_POSTGRES:-Host=127.0.0.1;Port=${OPENCITY_PG_PORT:-5432};Username=opencity;Password=opencity;Database=postgres}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

if ! dotnet build OpenCity.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# Style is part of the build's contract (.editorconfig); a drift counts as one failure.
extra_failed=0
if ! dotnet format OpenCity.sln --verify-no-changes --no-restore -v q; then
  echo "dotnet format found style drift: run 'dotnet format OpenCity.sln'"
  extra_failed=1
fi

dotnet test OpenCity.sln -c Release --no-build -nologo --logger "trx" --logger "console;verbosity=normal" --results-directory "$results"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
failed=$((failed + extra_failed))
# Name every failed test just above the summary, where a CI log's tail shows it.
grep -ho '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$results"/*.trx 2>/dev/null \
  | sed -n 's/.*testName="\([^"]*\)".*/FAILED: \1/p'

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the runner failed without recording a failed test (a crash, a missing result file)
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
