#!/usr/bin/env bash
# Makes sure redis-server is installed (apt-get on Debian/Ubuntu when missing). With --start, also makes
# sure a Redis answers on 127.0.0.1:6379, starting one as `npm start` would (src/runtime/local-redis.ts):
# data under ./var/redis, the append-only file on with appendfsync everysec, maxmemory-policy noeviction.
# `npm start` needs only the install: it starts that Redis itself when none answers.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

redis_answers() {
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]
  else
    # No client installed: speak the protocol over bash's /dev/tcp.
    exec 3<>/dev/tcp/127.0.0.1/6379 2>/dev/null || return 1
    printf 'PING\r\n' >&3
    local reply=""
    read -r -t 2 reply <&3 || true
    exec 3>&- 3<&-
    [[ "$reply" == +PONG* ]]
  fi
}

if ! command -v redis-server >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "redis-server is missing and this is not a Debian/Ubuntu machine: install Redis 6.2 or newer (e.g. brew install redis)." >&2
    exit 1
  fi
  echo "ensure-redis: installing redis-server with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq redis-server >/dev/null
fi

if [ "${1:-}" = "--start" ] && ! redis_answers; then
  echo "ensure-redis: starting redis-server on 127.0.0.1:6379"
  mkdir -p "$ROOT/var/redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --dir "$ROOT/var/redis" \
    --logfile "$ROOT/var/redis/redis.log" --appendonly yes --appendfsync everysec --maxmemory-policy noeviction
  for _ in $(seq 1 50); do redis_answers && break; sleep 0.1; done
  redis_answers || { echo "ensure-redis: Redis did not come up" >&2; exit 1; }
fi
