#!/usr/bin/env bash
# Benchmark (not a test): notification-service at campaign scale on a stack of its own, two instances, each figure
# beside a baseline of the same run: event → e-mail latency vs raw Kafka at a fixed rate, and one campaign.opened to N
# directory users vs a plain SMTP client sending N e-mails to the same server.
#   deploy/bench/notification-latency.sh [events=1000] [rate=200] [fan-out recipients=5000]
# Builds what is missing first (./mvnw package); does not need or disturb a running local stack.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -e deploy/bench/target/bench.jar ] && [ -e notification-service/target/quarkus-app/quarkus-run.jar ] \
  || ./mvnw -B -q -DskipTests package -pl deploy/bench,notification-service -am
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "deploy/bench/target/bench.jar:deploy/bench/target/lib/*" cn.studio.bench.NotificationBench "$@"
