#!/usr/bin/env bash
# Starts the whole suite on this machine with real servers (no Docker), building first whatever is missing.
#   ./start-local.sh               all servers and the five applications
#   ./start-local.sh --build       rebuild the applications first (after changing code)
#   ./start-local.sh --servers-only   PostgreSQL, Kafka, object store, Keycloak, SMTP and SMS sinks only
# Data stays in .local-stack/ between runs; Ctrl-C stops everything that was started.
set -euo pipefail
cd "$(dirname "$0")"
build=false
args=()
for a in "$@"; do
  if [ "$a" = "--build" ]; then build=true; else args+=("$a"); fi
done
needed=(deploy/local-stack/target/local-stack.jar deploy/servers/target/kafka/libs deploy/servers/target/s3proxy/s3proxy.jar
        application-service/target/quarkus-app/quarkus-run.jar review-service/target/quarkus-app/quarkus-run.jar
        lifecycle-service/target/quarkus-app/quarkus-run.jar notification-service/target/quarkus-app/quarkus-run.jar
        gateway/target/quarkus-app/quarkus-run.jar)
for f in "${needed[@]}"; do [ -e "$f" ] || build=true; done
if $build; then
  echo "building the suite (./mvnw package, tests not run here; ./mvnw verify runs them) ..."
  ./mvnw -B -q -DskipTests package
fi
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "deploy/local-stack/target/local-stack.jar:deploy/local-stack/target/lib/*" \
  cn.studio.stack.LocalStackMain ${args[@]+"${args[@]}"}
