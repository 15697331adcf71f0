#!/usr/bin/env bash
# Installs (if missing) and starts a PostgreSQL server on 127.0.0.1 for the server-scale tests,
# creates the role and database `akit`, and prints the connection string. Idempotent.
# Usage:  export AKIT_POSTGRES="$(sudo eng/start-postgres.sh)"      (needs root: apt-get, pg_ctlcluster)
# Debian 12: PostgreSQL 15 from Debian's own packages.
set -euo pipefail
log() { echo "start-postgres: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  log "creating cluster $version/main"
  pg_createcluster "$version" main >&2
fi
conf="/etc/postgresql/$version/main/postgresql.conf"
# Listen on loopback only; the test data is synthetic but the server is still a server.
if ! grep -q "^listen_addresses = '127.0.0.1'" "$conf"; then
  echo "listen_addresses = '127.0.0.1'" >> "$conf"
fi
if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
  log "starting cluster $version/main"
  pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  runuser -u postgres -- pg_isready -h 127.0.0.1 -q && break
  sleep 1
done
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

psql_admin() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'akit'")" != "1" ]; then
  # CREATEDB: test fixtures create and drop their own databases so parallel test classes never share state.
  psql_admin -c "CREATE ROLE akit LOGIN PASSWORD 'akit' CREATEDB" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'akit'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE akit OWNER akit" >&2
fi
log "PostgreSQL $version ready on 127.0.0.1:$port"
echo "Host=127.0.0.1;Port=$port;Database=akit;Username=akit;Password=akit"
