#!/usr/bin/env bash
# Runs every test of every module: installs and starts what the tests need (PostgreSQL, the v2ray core, Chromium) first.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/test-services.sh
exec mvn -B -ntp verify "$@"
