#!/usr/bin/env bash
# On-demand Telegram benchmark: the grammY peer bot, then Tollgate, against the fake Bot API (fake-bot-api.mjs) at
# each latency, with the same burst of /start messages; prints the table. See README.md beside this script.
#
# Knobs (environment): BENCH_USERS (N: distinct users in the burst, 20000), BENCH_PER_USER (/start messages each, 1),
# BENCH_LATENCIES ("0 100", ms), BENCH_BOTS ("grammy tollgate"), BENCH_TIMEOUT (s a burst may take, 60),
# BENCH_WARMUP (users in the warm-up burst, 200), BENCH_POLL_LATENCY (ms for getUpdates answers only; unset: the
# run's latency), BENCH_RATE (updates/s sent at a steady rate instead of one burst; the timeout then counts from the
# end of sending), TOLLGATE_JAVA_OPTS (JVM options, none).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
users=${BENCH_USERS:-20000}
per_user=${BENCH_PER_USER:-1}
latencies=${BENCH_LATENCIES:-0 100}
bots=${BENCH_BOTS:-grammy tollgate}
timeout=${BENCH_TIMEOUT:-60}
warmup=${BENCH_WARMUP:-200}
jar="$root/bootstrap/target/tollgate.jar"

command -v node >/dev/null || { echo "Node.js 20+ is needed (node not found)" >&2; exit 1; }
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
    || { echo "Node.js 20+ is needed (found $(node --version))" >&2; exit 1; }

# npm ci when node_modules is missing or older than the lock file
if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
    (cd "$here" && npm ci --no-audit --no-fund)
fi

# build the app when the jar is missing or any source or POM is newer
if [[ " $bots " == *" tollgate "* ]]; then
    if [ ! -f "$jar" ] || [ -n "$(find "$root" -path "$root/benchmarks" -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]; then
        echo "building Tollgate (mvn package)" >&2
        (cd "$root" && mvn -B -ntp -q -DskipTests package)
    fi
fi

out="$here/target/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
results=()
for latency in $latencies; do
    for bot in $bots; do
        result="$out/$bot-$latency.json"
        case "$bot" in
            grammy)
                cmd=(sh -c 'BOT_TOKEN=$FAKE_BOT_TOKEN BOT_API_URL=$FAKE_BOT_API_URL PEER_DB=$0/peer.sqlite exec node "$1"' "$out/grammy-$latency" "$here/peer/bot.mjs")
                mkdir -p "$out/grammy-$latency"
                ;;
            tollgate)
                data="$out/tollgate-$latency"   # a fresh H2 database for each run; also the working directory
                mkdir -p "$data"
                cmd=(sh -c 'cd "$0" && TOLLGATE_BOT_TOKEN=$FAKE_BOT_TOKEN TOLLGATE_BOT_API_URL=$FAKE_BOT_API_URL \
                    TOLLGATE_HTTP_PORT=0 TOLLGATE_DB_URL="jdbc:h2:file:$0/data/tollgate;DB_CLOSE_ON_EXIT=FALSE" \
                    TOLLGATE_SECRET_KEY_FILE="$0/data/secret.key" exec java ${TOLLGATE_JAVA_OPTS:-} -jar "$1"' "$data" "$jar")
                ;;
            *) echo "unknown bot $bot (grammy or tollgate)" >&2; exit 2 ;;
        esac
        extra=()
        [ -n "${BENCH_POLL_LATENCY:-}" ] && extra=(--poll-latency "$BENCH_POLL_LATENCY")
        limit=$timeout
        if [ -n "${BENCH_RATE:-}" ]; then
            extra+=(--rate "$BENCH_RATE")
            limit=$(( timeout + (users * per_user + BENCH_RATE - 1) / BENCH_RATE ))
        fi
        node "$here/bench.mjs" --bot "$bot" --latency "$latency" "${extra[@]}" --users "$users" --per-user "$per_user" \
            --warmup "$warmup" --timeout "$limit" --log "$out/$bot-$latency.log" --out "$result" -- "${cmd[@]}" >/dev/null || true
        [ -f "$result" ] && results+=("$result")
    done
done
node "$here/report.mjs" "${results[@]}" | tee "$out/table.md"
echo "logs and JSON results: $out" >&2
