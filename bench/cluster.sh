#!/usr/bin/env bash
# The local cluster (docs/performance.md): PostgreSQL, Redis and ElasticMQ (embedded) started once, the fake Bot API
# as Telegram (webhook deliveries with retries, one update per chat in flight), three Zalik instances in webhook mode
# and nginx in front, all on loopback. Stays up until Ctrl-C (or seconds=N). Needs nginx: apt-get install nginx.
#   bench/cluster.sh                 three instances behind nginx
#   bench/cluster.sh instances=2 unlimited=true seconds=600
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "cluster.sh: nginx is missing (apt-get install nginx)" >&2
  exit 1
fi
has_instances=false
for arg in "$@"; do [[ $arg == instances=* ]] && has_instances=true; done
$has_instances || set -- instances=3 "$@"
exec ./zalik bench cluster "$@"
