#!/usr/bin/env bash
# Builds Tollgate and starts it on the embedded H2 database (./data), reading tollgate.yml and TOLLGATE_* variables.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests package
exec java -jar bootstrap/target/tollgate.jar
