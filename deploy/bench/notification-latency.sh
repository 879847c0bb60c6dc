#!/usr/bin/env bash
# Benchmark (not a test): event → e-mail accepted latency at a fixed rate, beside raw Kafka produce → consume on the
# same broker, in the same run. Needs a running local stack (./start-local.sh).  Usage: notification-latency.sh [events] [rate]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "deploy/bench/target/bench.jar:deploy/bench/target/lib/*" cn.studio.bench.NotificationLatency "$@"
