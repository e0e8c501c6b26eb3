#!/usr/bin/env bash
# On-demand benchmark of the usage sync (never part of the test suite): app CPU time of one sync of
# BENCH_CLIENTS (10000) clients on one core, beside the per-client baseline, over BENCH_ROUNDS (5) rounds.
# Prints the report and leaves it in adapters-xray/target/benchmark/usage-sync.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q ${BENCH_OFFLINE:--o} verify -pl adapters-xray -am -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=UsageSyncBenchmark -Dxray.excludedGroups=none \
  -Dbenchmark.clients="${BENCH_CLIENTS:-10000}" -Dbenchmark.rounds="${BENCH_ROUNDS:-5}" >/dev/null
cat adapters-xray/target/benchmark/usage-sync.txt
