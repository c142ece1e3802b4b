#!/usr/bin/env bash
# Installs `nats-server` (the NATS transport tests start their own on a free loopback port)
# when it is not on PATH: apt-get, non-interactive, with sudo only when not root.
set -euo pipefail

if command -v nats-server >/dev/null 2>&1; then
  echo "nats-server present: $(nats-server --version)"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
else
  sudo=(sudo -n)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends nats-server
# The package may install a system service; the tests run their own servers.
command -v nats-server >/dev/null 2>&1 || { echo "nats-server still missing after apt-get" >&2; exit 1; }
echo "installed: $(nats-server --version)"
