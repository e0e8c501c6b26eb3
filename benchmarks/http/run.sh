#!/usr/bin/env bash
# On-demand benchmark of GET /sub/<token> (never part of the test suite): builds the app, generates a 10,000-user H2
# database, starts the app on it, copies the exact bytes it serves for 2,000 users' tokens into an nginx document root,
# then runs the same wrk load against both for each format and prints the ratios. Also reports start-up time to a
# ready /health/ready on an empty database and the app's RSS. Installs nginx and wrk with apt-get when missing.
#   BENCH_USERS (10000) BENCH_TOKENS (2000) BENCH_DURATION (15s) BENCH_CONNECTIONS (50) BENCH_THREADS (2)
#   BENCH_HEAP (256m) BENCH_WORK (/tmp/tollgate-bench-http) BENCH_CACHE_TTL (PT30S; PT0S measures without the feed cache)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
HERE="$ROOT/benchmarks/http"
WORK="${BENCH_WORK:-/tmp/tollgate-bench-http}"
USERS="${BENCH_USERS:-10000}"
TOKENS="${BENCH_TOKENS:-2000}"
DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS="${BENCH_CONNECTIONS:-50}"
THREADS="${BENCH_THREADS:-2}"
HEAP="${BENCH_HEAP:-256m}"
CACHE_TTL="${BENCH_CACHE_TTL:-PT30S}"
APP_PORT=18480
NGINX_PORT=18481

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "bench: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

echo "bench: building the app"
mvn -B -ntp -q -DskipTests package -pl bootstrap -am
JAR="$ROOT/bootstrap/target/tollgate.jar"
H2_JAR="$(ls "$ROOT"/bootstrap/target/lib/h2-*.jar)"

rm -rf "$WORK"
mkdir -p "$WORK/www" "$WORK/nginx"
KEY="$(head -c 32 /dev/urandom | base64)"
APP_PID=""
NGINX_PID_FILE="$WORK/nginx/nginx.pid"
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$NGINX_PID_FILE" ] && kill "$(cat "$NGINX_PID_FILE")" 2>/dev/null || true
}
trap cleanup EXIT

app_env() {
  env TOLLGATE_SECRET_KEY="$KEY" TOLLGATE_DB_URL="jdbc:h2:file:$1;DB_CLOSE_ON_EXIT=FALSE" \
    TOLLGATE_HTTP_PORT="$APP_PORT" TOLLGATE_HTTP_SUB_REQUESTS_PER_MINUTE=0 TOLLGATE_LOG_LEVEL=WARN TOLLGATE_HTTP_FEED_CACHE_TTL="$CACHE_TTL" \
    TOLLGATE_HTTP_SHOP_NAME="Bench Shop" TOLLGATE_PUBLIC_URL="http://127.0.0.1:$APP_PORT" \
    TOLLGATE_SERVERS_0_ID=de-1 TOLLGATE_SERVERS_0_KIND=xray TOLLGATE_SERVERS_0_PROTOCOL=vless \
    TOLLGATE_SERVERS_0_ADDRESS=127.0.0.1:1 TOLLGATE_SERVERS_0_INBOUND=vless-in \
    TOLLGATE_SERVERS_0_PUBLIC_HOST=de1.example.com TOLLGATE_SERVERS_0_PUBLIC_PORT=443 \
    TOLLGATE_SERVERS_0_LINK_SECURITY=reality TOLLGATE_SERVERS_0_LINK_SNI=www.example.com \
    TOLLGATE_SERVERS_0_LINK_PBK=Z84J2IelR9ch3k8VtlVhhs5ycBUlXA7wHBWcBrjqnAw TOLLGATE_SERVERS_0_LINK_SID=6ba85179e30d4fc2 \
    TOLLGATE_SERVERS_0_LINK_FP=chrome TOLLGATE_SERVERS_0_LINK_FLOW=xtls-rprx-vision \
    TOLLGATE_SERVERS_1_ID=nl-1 TOLLGATE_SERVERS_1_KIND=xray TOLLGATE_SERVERS_1_PROTOCOL=trojan \
    TOLLGATE_SERVERS_1_ADDRESS=127.0.0.1:2 TOLLGATE_SERVERS_1_INBOUND=trojan-in \
    TOLLGATE_SERVERS_1_PUBLIC_HOST=nl1.example.com TOLLGATE_SERVERS_1_PUBLIC_PORT=8443 \
    TOLLGATE_SERVERS_1_LINK_SECURITY=tls TOLLGATE_SERVERS_1_LINK_SNI=nl1.example.com \
    TOLLGATE_SERVERS_1_LINK_TYPE=ws TOLLGATE_SERVERS_1_LINK_PATH=/ws \
    java "-Xmx$HEAP" -XX:+UseSerialGC -jar "$JAR" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
}

# Milliseconds from the JVM's start to a 200 from /health/ready.
wait_ready() {
  local started=$1
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/health/ready" 2>/dev/null; then
      echo $(( $(date +%s%3N) - started ))
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "bench: the app died, see $WORK/app.log" >&2; tail -n 30 "$WORK/app.log" >&2; exit 1; }
    sleep 0.02
  done
  echo "bench: the app did not become ready" >&2
  exit 1
}

stop_app() {
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

echo "bench: start-up on an empty H2 database (3 runs)"
STARTUPS=()
for run in 1 2 3; do
  rm -rf "$WORK/empty"
  t0=$(date +%s%3N)
  app_env "$WORK/empty/tollgate"
  STARTUPS+=("$(wait_ready "$t0")")
  stop_app
done
echo "bench: start-up to ready: ${STARTUPS[*]} ms"

echo "bench: migrating and filling a $USERS-user database"
t0=$(date +%s%3N)
app_env "$WORK/db/tollgate"
wait_ready "$t0" >/dev/null
stop_app
python3 "$HERE/generate.py" data "$USERS" >"$WORK/data.sql"
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/db/tollgate" -user sa -script "$WORK/data.sql"

t0=$(date +%s%3N)
app_env "$WORK/db/tollgate"
echo "bench: start-up to ready on the $USERS-user database: $(wait_ready "$t0") ms"

python3 "$HERE/generate.py" tokens "$USERS" "$TOKENS" "$KEY" >"$WORK/tokens.txt"
python3 "$HERE/generate.py" copy "$WORK/tokens.txt" "http://127.0.0.1:$APP_PORT" "$WORK/www"

cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $NGINX_PID_FILE;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  open_file_cache max=10000 inactive=60s;
  tcp_nodelay on;
  keepalive_requests 1000000;
  default_type text/plain;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
CONF
"$NGINX" -c "$WORK/nginx/nginx.conf"

run_wrk() { # url-prefix paths-file
  PATHS_FILE="$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/paths.lua" "$1" 2>&1
}
rps() { awk '/Requests\/sec/ {print $2}'; }
p99() { awk '$1=="99%" {print $2}'; }

printf '\nbench: wrk -t%s -c%s -d%s, %s tokens of a %s-user database, heap -Xmx%s, feed cache %s, load average %s\n' \
  "$THREADS" "$CONNECTIONS" "$DURATION" "$TOKENS" "$USERS" "$HEAP" "$CACHE_TTL" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %12s %10s %12s %10s %8s\n' format app_req/s app_p99 nginx_req/s nginx_p99 ratio
for format in base64 clash singbox; do
  sed "s|^|/sub/|; s|\$|?format=$format|" "$WORK/tokens.txt" >"$WORK/app-$format.paths"
  sed "s|^|/$format/|" "$WORK/tokens.txt" >"$WORK/nginx-$format.paths"
  run_wrk "http://127.0.0.1:$APP_PORT" "$WORK/app-$format.paths" >/dev/null   # warm-up (JIT, caches)
  app_out="$(run_wrk "http://127.0.0.1:$APP_PORT" "$WORK/app-$format.paths")"
  nginx_out="$(run_wrk "http://127.0.0.1:$NGINX_PORT" "$WORK/nginx-$format.paths")"
  echo "$app_out" >"$WORK/wrk-app-$format.txt"
  echo "$nginx_out" >"$WORK/wrk-nginx-$format.txt"
  a=$(echo "$app_out" | rps); n=$(echo "$nginx_out" | rps)
  printf '%-8s %12s %10s %12s %10s %8s\n' "$format" "$a" "$(echo "$app_out" | p99)" "$n" "$(echo "$nginx_out" | p99)" \
    "$(python3 -c "print(f'{$a/$n:.2f}x')")"
done
echo "bench: app RSS after the load: $(( $(ps -o rss= -p "$APP_PID") / 1024 )) MB (heap -Xmx$HEAP)"
echo "bench: raw wrk outputs in $WORK"
