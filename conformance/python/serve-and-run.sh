#!/usr/bin/env bash
# Starts `neorun serve --kv` on a free loopback port, runs the Python conformance peer against
# it and stops the server, whatever happens.
#
# Usage: conformance/python/serve-and-run.sh [PATH-TO-NEORUN]
# (default: the debug build in $CARGO_TARGET_DIR or target/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
neorun="${1:-${CARGO_TARGET_DIR:-$root/target}/debug/neorun}"
python="${PYTHON:-python3}"

out="$(mktemp)"
log="$(mktemp)"
server=""
cleanup() {
  status=$?
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ] && [ -s "$log" ]; then
    echo "--- neorun serve stderr ---" >&2
    cat "$log" >&2
  fi
  rm -f "$out" "$log"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Port 0: the server picks a free port and prints `listening on ENDPOINT` when it is ready.
"$neorun" serve --kv --listen 127.0.0.1:0 >"$out" 2>"$log" &
server=$!
endpoint=""
for _ in $(seq 1 300); do
  endpoint="$(sed -n 's/^listening on //p' "$out")"
  [ -n "$endpoint" ] && break
  kill -0 "$server" 2>/dev/null || { echo "neorun serve exited before it was ready" >&2; exit 1; }
  sleep 0.1
done
[ -n "$endpoint" ] || { echo "neorun serve did not report readiness within 30 s" >&2; exit 1; }
echo "neorun serve --kv is listening on $endpoint"

"$python" -B "$here/run.py" "${endpoint#tcp://}"
