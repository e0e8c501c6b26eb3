#!/usr/bin/env bash
# Builds Tollgate and starts it on the embedded H2 database (./data), reading tollgate.yml and TOLLGATE_* variables.
# JVM options come from TOLLGATE_JAVA_OPTS (default: a 256 MB heap, serial GC); set it to override them.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests package
# shellcheck disable=SC2086 # the options are meant to be split into words
exec java ${TOLLGATE_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -jar bootstrap/target/tollgate.jar
