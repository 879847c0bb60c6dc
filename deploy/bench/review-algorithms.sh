#!/usr/bin/env bash
# Benchmark (not a test): review-service's pure algorithms, warm, in one JVM, each figure beside a baseline of the same
# run on the same input — automatic assignment (200 cases × 30 reviewers, k = 3, loads ≤ 25, random conflicts and
# expertise; min-cost flow vs a greedy round-robin) and ranking (1,000 cases × 5 reviewers, each method vs a plain
# per-case mean). Prints median and p99 of the timed runs, their ratios, and the plans' quality.
#   deploy/bench/review-algorithms.sh [runs=200] [seed=2026]
#
# The bench main lives in review-service's test tree (cn.studio.review.bench.ReviewAlgorithmsBench), not in the
# deploy/bench module: that module would otherwise depend on a Quarkus application, and every `-pl deploy/bench -am`
# build of the other benchmarks would build review-service too. This script compiles review-service's tests and runs
# the main on its test classpath; it needs no running stack.
#
# Settings (env): MVN (default `./mvnw -B`; on a machine whose builds are serialised, e.g. MVN=mvnl),
# BENCH_MAVEN_ARGS (extra Maven arguments, e.g. -o), BENCH_JAVA_OPTS (default -Xms256m -Xmx1g).
# Holds /tmp/studio-bench.lock while it runs, like the other benchmarks (the machine's cores are shared).
set -euo pipefail
cd "$(dirname "$0")/../.."

LOCK=/tmp/studio-bench.lock
if [ -z "${STUDIO_BENCH_LOCK_HELD:-}" ]; then
  echo "waiting for $LOCK ..." >&2
  exec env STUDIO_BENCH_LOCK_HELD=1 flock "$LOCK" "$0" "$@"
fi

MVN=${MVN:-./mvnw -B}
CLASSPATH_FILE=review-service/target/bench.classpath
# shellcheck disable=SC2086
$MVN -q ${BENCH_MAVEN_ARGS:-} -pl review-service test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$CLASSPATH_FILE"
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xms256m -Xmx1g} \
  -cp "review-service/target/test-classes:review-service/target/classes:$(cat "$CLASSPATH_FILE")" \
  cn.studio.review.bench.ReviewAlgorithmsBench "$@"
