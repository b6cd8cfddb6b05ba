#!/usr/bin/env bash
# Installs (from Debian's packages, where absent) and starts the services the tests talk to:
# PostgreSQL 15 + PostGIS 3, Redis 7, Chromium, and npm for the build. Idempotent: safe to run again.
set -euo pipefail

PG_PORT="${OPENCITY_PG_PORT:-5432}"
REDIS_PORT="${OPENCITY_REDIS_PORT:-6379}"
PG_VERSION=15

need=()
[ -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ] || need+=("postgresql-$PG_VERSION")
[ -f "/usr/share/postgresql/$PG_VERSION/extension/postgis.control" ] || need+=("postgresql-$PG_VERSION-postgis-3")
command -v redis-server >/dev/null || need+=(redis-server)
command -v chromium >/dev/null || need+=(chromium)
command -v npm >/dev/null || need+=(nodejs npm) # the build installs Banana Cake Pop with npm
[ -f /usr/share/i18n/locales/en_US ] || need+=(locales) # en_US.UTF-8 below
if [ "${#need[@]}" -gt 0 ]; then
  echo "services: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# en_US.UTF-8: the parity tests also run on a database with that locale. PostgreSQL takes a
# database's locale from the OS when the database is created, so it is needed even when the
# cluster exists already; compiled into a directory of its own (not the archive, which a running
# server has already looked into), so a server started before sees it without a restart.
if ! locale -a 2>/dev/null | grep -qix 'en_US.utf-\?8'; then
  localedef --no-archive -i en_US -c -f UTF-8 en_US.UTF-8
fi

# PostgreSQL: a private cluster owned by the postgres user, so nothing depends on systemd.
PGDATA="${OPENCITY_PGDATA:-/var/tmp/opencity-pg}"
PGBIN="/usr/lib/postgresql/$PG_VERSION/bin"
if ! su postgres -c "$PGBIN/pg_isready -q -h 127.0.0.1 -p $PG_PORT" 2>/dev/null; then
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA"
    su postgres -c "$PGBIN/initdb -D $PGDATA -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  fi
  mkdir -p /var/run/postgresql && chown postgres:postgres /var/run/postgresql
  su postgres -c "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -w -o '-p $PG_PORT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off' start" >/dev/null
fi
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname='opencity'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE ROLE opencity LOGIN SUPERUSER PASSWORD 'opencity'"

# Redis: a throw-away instance on loopback, without persistence.
if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi

echo "services: PostgreSQL/PostGIS on 127.0.0.1:$PG_PORT, Redis on 127.0.0.1:$REDIS_PORT, $(chromium --version 2>/dev/null | head -1)"
