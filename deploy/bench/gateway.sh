#!/usr/bin/env bash
# Benchmark (not a test): the gateway as a reverse proxy, beside nginx proxying to the same service in the same run.
#
# Needs a running local stack (./start-local.sh). Installs the Debian packages wrk and nginx-light if missing (root).
# For each endpoint — the public GET /api/v1/public/campaigns and the authenticated GET /api/v1/applications (Bearer
# token from Keycloak) — it runs wrk against the service directly, nginx → service and gateway → service, three
# ways in turn, for a number of rounds, and prints req/s, p50, p99 and the CPU time per request of the processes
# listening on the target's port (from /proc: the service, nginx's workers, the gateway) of each run, the medians, the
# ratio gateway/nginx and the p50 each proxy adds over the direct call. On a machine shared with other work, CPU per
# request varies less than req/s.
#
#   deploy/bench/gateway.sh                          # the local stack's gateway on 8080
#   STUDIO_GATEWAY_PORT=18080 deploy/bench/gateway.sh   # another build of the gateway, started by hand
#
# Settings (env, local-stack defaults): STUDIO_GATEWAY_PORT=8080, STUDIO_APPLICATION_PORT=8081,
# STUDIO_KEYCLOAK_PORT=8180, BENCH_USER=applicant1 (password = user name), BENCH_NGINX_PORT (a free port),
# BENCH_ROUNDS=3, BENCH_DURATION=10s, BENCH_WARMUP=5s, BENCH_THREADS=1, BENCH_CONNECTIONS=16,
# BENCH_ENDPOINTS="public auth", BENCH_PUBLIC_PATH=/api/v1/public/campaigns, BENCH_AUTH_PATH=/api/v1/applications,
# BENCH_NGINX_WORKERS=auto, BENCH_TIMEOUT=30s (wrk's per-request timeout), BENCH_MAX_BYTES=1000000 (a bigger answer
# is not benchmarked: 16 connections on a 6.7 MB list ran application-service out of heap), BENCH_MORE_TARGETS="name=http://127.0.0.1:port ..." (more proxies, same rounds).
#
# Benchmarks on this machine share its two cores with each other: the script holds /tmp/studio-bench.lock while it
# runs (unless an enclosing `flock /tmp/studio-bench.lock …` already holds it).
set -euo pipefail

LOCK=/tmp/studio-bench.lock
if [ -z "${STUDIO_BENCH_LOCK_HELD:-}" ]; then
  for fd in /proc/$$/fd/*; do
    if [ "$(readlink "$fd" 2>/dev/null)" = "$LOCK" ]; then export STUDIO_BENCH_LOCK_HELD=1; fi
  done
  if [ -z "${STUDIO_BENCH_LOCK_HELD:-}" ]; then
    echo "waiting for $LOCK ..." >&2
    exec env STUDIO_BENCH_LOCK_HELD=1 flock "$LOCK" "$0" "$@"
  fi
fi

GATEWAY_PORT=${STUDIO_GATEWAY_PORT:-8080}
SERVICE_PORT=${STUDIO_APPLICATION_PORT:-8081}
KEYCLOAK_PORT=${STUDIO_KEYCLOAK_PORT:-8180}
USER_NAME=${BENCH_USER:-applicant1}
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-5s}
THREADS=${BENCH_THREADS:-1}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
ENDPOINTS=${BENCH_ENDPOINTS:-public auth}
NGINX_WORKERS=${BENCH_NGINX_WORKERS:-auto}
TIMEOUT=${BENCH_TIMEOUT:-30s}
MAX_BYTES=${BENCH_MAX_BYTES:-1000000}

install_missing() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; }
  fi
}
install_missing
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
NGINX_PORT=${BENCH_NGINX_PORT:-$(free_port)}

WORK=$(mktemp -d /tmp/gateway-bench.XXXXXX)
NGINX_PID=
cleanup() {
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$NGINX_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# nginx: a keep-alive upstream to the service, the way one would front it in production (access log buffered), with
# the fastest buffering of those tried here (default buffers spill big answers to a temp file; no buffering is slower).
mkdir -p "$WORK/logs" "$WORK/tmp"
cat >"$WORK/nginx.conf" <<EOF
worker_processes $NGINX_WORKERS;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log $WORK/logs/access.log combined buffer=64k flush=1s;
    client_body_temp_path $WORK/tmp/body;
    proxy_temp_path $WORK/tmp/proxy;
    fastcgi_temp_path $WORK/tmp/fastcgi;
    uwsgi_temp_path $WORK/tmp/uwsgi;
    scgi_temp_path $WORK/tmp/scgi;
    upstream service {
        server 127.0.0.1:$SERVICE_PORT;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://service;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_buffers 64 16k;
            proxy_busy_buffers_size 64k;
            proxy_max_temp_file_size 0;
        }
    }
}
EOF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/logs/error.log"
for _ in $(seq 1 50); do [ -s "$WORK/nginx.pid" ] && break; sleep 0.1; done
NGINX_PID=$(cat "$WORK/nginx.pid")

# wrk prints one machine-readable line at the end: requests, duration (µs), p50 and p99 (µs), non-2xx/3xx, errors.
cat >"$WORK/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %.0f %.0f %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
end
EOF

token() {
  curl -sf "http://127.0.0.1:$KEYCLOAK_PORT/realms/studio/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=studio-spa -d "username=$USER_NAME" -d "password=$USER_NAME" \
    | python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])'
}

declare -A BASE=([direct]="http://127.0.0.1:$SERVICE_PORT" [nginx]="http://127.0.0.1:$NGINX_PORT"
                 [gateway]="http://127.0.0.1:$GATEWAY_PORT")
TARGETS=(direct nginx gateway)
for extra in ${BENCH_MORE_TARGETS:-}; do   # "name=http://host:port ..." — more proxies in the same rounds
  BASE[${extra%%=*}]=${extra#*=}; TARGETS+=("${extra%%=*}")
done

# the processes listening on a target's port (a proxy's workers, the service) and their CPU time (user + system ticks)
CLK_TCK=$(getconf CLK_TCK)
declare -A PIDS=()
pids_of() { # base url → pids
  local port=${1#*//}; port=${port#*:}; port=${port%%/*}
  ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u | tr '\n' ' '
}
cpu_ticks() { # pids → ticks
  local total=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] && total=$((total + $(sed 's/.*) //' "/proc/$p/stat" | awk '{ print $12 + $13 }')))
  done
  echo $total
}

# one wrk run → "req/s p50_ms p99_ms requests cpu_us_per_request" (and a warning on stderr when anything but 2xx came back)
run_wrk() { # target url duration [header]
  local target=$1 url=$2 duration=$3 header=${4:-} out before after
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout "$TIMEOUT" -s "$WORK/report.lua")
  [ -n "$header" ] && args+=(-H "$header")
  # shellcheck disable=SC2086
  before=$(cpu_ticks ${PIDS[$target]})
  out=$(wrk "${args[@]}" "$url" | grep '^RESULT')
  # shellcheck disable=SC2086
  after=$(cpu_ticks ${PIDS[$target]})
  read -r _ requests duration_us p50 p99 bad errors <<<"$out"
  if [ "$bad" -gt 0 ] || [ "$errors" -gt 0 ]; then
    echo "  warning: $url answered $bad non-2xx and had $errors socket errors" >&2
  fi
  if [ "$requests" -eq 0 ]; then
    echo "  warning: no request to $url completed within $duration (answers slower than the run)" >&2
  fi
  awk -v n="$requests" -v d="$duration_us" -v a="$p50" -v b="$p99" -v c=$((after - before)) -v hz="$CLK_TCK" \
    'BEGIN { printf "%.0f %.2f %.2f %d %.1f\n", n / (d / 1e6), a / 1000, b / 1000, n, (n > 0 ? c / hz * 1e6 / n : 0) }'
}

for t in "${TARGETS[@]}"; do PIDS[$t]=$(pids_of "${BASE[$t]}"); done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

check() { # url header → fails unless all three answer 200
  local path=$1 header=${2:-} t code args=()
  [ -n "$header" ] && args+=(-H "$header")
  for t in "${TARGETS[@]}"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "${args[@]}" "${BASE[$t]}$path")
    if [ "$code" != 200 ]; then echo "$t ${BASE[$t]}$path answered $code, not 200" >&2; exit 1; fi
  done
}

echo "gateway benchmark: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds, each after a ${WARMUP} warm-up;" \
     "service :$SERVICE_PORT, nginx :$NGINX_PORT ($("$NGINX" -v 2>&1 | sed 's/.*\///'), $NGINX_WORKERS workers), gateway :$GATEWAY_PORT"
for endpoint in $ENDPOINTS; do
  case $endpoint in
    public) path=${BENCH_PUBLIC_PATH:-/api/v1/public/campaigns}; auth=no ;;
    auth) path=${BENCH_AUTH_PATH:-/api/v1/applications}; auth=yes ;;
    *) echo "unknown endpoint $endpoint (public, auth)" >&2; exit 2 ;;
  esac
  header=
  [ $auth = yes ] && header="Authorization: Bearer $(token)"
  curl_args=(); [ -n "$header" ] && curl_args=(-H "$header")
  size=$(curl -s -o /dev/null -w '%{size_download}' "${curl_args[@]}" "${BASE[direct]}$path")
  echo
  echo "GET $path$([ $auth = yes ] && echo " (Bearer token of $USER_NAME)"), $size bytes"
  if [ "$size" -gt "$MAX_BYTES" ]; then
    echo "  skipped: the answer is over BENCH_MAX_BYTES=$MAX_BYTES; $CONNECTIONS connections on it measure the service's"
    echo "  heap, not the proxies (raise BENCH_MAX_BYTES, or lower BENCH_CONNECTIONS, to run it anyway)"
    continue
  fi
  check "$path" "$header"
  for t in "${TARGETS[@]}"; do run_wrk "$t" "${BASE[$t]}$path" "$WARMUP" "$header" >/dev/null; done
  declare -A RPS=() P50=() P99=() CPU=()
  printf '  %-6s %-10s %9s %9s %9s %9s %11s\n' round target req/s p50-ms p99-ms requests cpu-us/req
  for round in $(seq 1 "$ROUNDS"); do
    [ $auth = yes ] && header="Authorization: Bearer $(token)"   # tokens live minutes; a fresh one per round
    for t in "${TARGETS[@]}"; do
      read -r rps p50 p99 n cpu < <(run_wrk "$t" "${BASE[$t]}$path" "$DURATION" "$header")
      RPS[$t]+="$rps "; P50[$t]+="$p50 "; P99[$t]+="$p99 "; CPU[$t]+="$cpu "
      printf '  %-6s %-10s %9s %9s %9s %9s %11s\n' "$round" "$t" "$rps" "$p50" "$p99" "$n" "$cpu"
    done
  done
  declare -A M_RPS=() M_P50=()
  for t in "${TARGETS[@]}"; do
    M_RPS[$t]=$(tr ' ' '\n' <<<"${RPS[$t]}" | grep . | median)
    M_P50[$t]=$(tr ' ' '\n' <<<"${P50[$t]}" | grep . | median)
    printf '  %-6s %-10s %9.0f %9.2f %9.2f %9s %11.1f\n' median "$t" "${M_RPS[$t]}" "${M_P50[$t]}" \
      "$(tr ' ' '\n' <<<"${P99[$t]}" | grep . | median)" "" "$(tr ' ' '\n' <<<"${CPU[$t]}" | grep . | median)"
  done
  for t in "${TARGETS[@]}"; do
    [ "$t" = direct ] || [ "$t" = nginx ] && continue
    per_round=$(paste -d' ' <(tr ' ' '\n' <<<"${RPS[$t]}" | grep .) <(tr ' ' '\n' <<<"${RPS[nginx]}" | grep .) \
      | awk '{ printf "%s%s", (NR > 1 ? " " : ""), ($2 > 0 ? sprintf("%.2f", $1 / $2) : "n/a") }')
    awk -v g="${M_RPS[$t]}" -v n="${M_RPS[nginx]}" -v t="$t" -v pr="$per_round" \
      'BEGIN { printf "  %s/nginx req/s: %s (per round: %s)\n", t, (n > 0 ? sprintf("%.2fx", g / n) : "n/a"), pr }'
  done
  added=
  for t in "${TARGETS[@]}"; do
    [ "$t" = direct ] && continue
    added+=$(awk -v d="${M_P50[direct]}" -v p="${M_P50[$t]}" -v t="$t" 'BEGIN { printf "%s%s %+.2f ms", ", ", t, p - d }')
  done
  echo "  added p50 over direct: ${added#, }"
  unset RPS P50 P99 CPU M_RPS M_P50
done
