#!/usr/bin/env bash
# Installs and starts what the test suite needs: a PostgreSQL server with a test database, the V2Ray core, and
# Debian's headless Chromium with its chromedriver for the subscription page's browser test, and the DejaVu fonts
# for the back office's charts.
# Safe to run again: it only installs what is missing and only starts what is not running.
set -euo pipefail

PG_PORT="${TOLLGATE_TEST_PG_PORT:-5432}"
PG_DB="${TOLLGATE_TEST_PG_DB:-tollgate_test}"
PG_USER="${TOLLGATE_TEST_PG_USER:-tollgate}"
PG_PASSWORD="${TOLLGATE_TEST_PG_PASSWORD:-tollgate}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
command -v v2ray >/dev/null 2>&1 || missing+=(v2ray)
compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
# The back office draws its sales chart with JFreeChart in headless mode; its text needs a font (DejaVu).
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "test-services: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  # policy-rc.d keeps the packages from starting their own services; this script starts what it needs.
  as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "test-services: $(v2ray -version | sed -n 1p)"
echo "test-services: $(chromium --version 2>/dev/null | sed -n 1p), $(chromedriver --version | sed -n 1p)"

PG_VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^${PG_VERSION} main$"; then
  as_root pg_createcluster "${PG_VERSION}" main -p "${PG_PORT}" >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="${PG_VERSION}" '$1==v && $2=="main" {print $4}' | grep -q online; then
  as_root pg_ctlcluster "${PG_VERSION}" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "${PG_PORT}" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "${PG_PORT}"

psql_admin() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- psql -p "${PG_PORT}" -qtAX "$@"; else sudo -u postgres psql -p "${PG_PORT}" -qtAX "$@"; fi
}
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname='${PG_USER}'")" != "1" ]; then
  psql_admin -c "CREATE ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}'"
fi
# A fresh database for every run, so tests never see an earlier run's rows.
psql_admin -c "DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)"
psql_admin -c "CREATE DATABASE ${PG_DB} OWNER ${PG_USER}"
echo "test-services: PostgreSQL ${PG_VERSION} on 127.0.0.1:${PG_PORT}, database ${PG_DB} ready"
