#!/usr/bin/env bash
# Turns the production jar into its fast-starting form (docs/decisions/008-cold-start.md). The production build
# already holds Spring's AOT form of the context (process-aot: bean definitions as code, repositories generated),
# switched on by -Dspring.aot.enabled=true; this script adds Java's AOT cache:
#   1. Spring Boot extracts the jar to a plain class path (target/aot/claimtrace.jar + target/aot/lib/);
#   2. one training run of it records Java 25's AOT cache (JEP 483/514/515: classes loaded and linked,
#      method profiles) in target/aot/claimtrace.aot. The run starts the app with an empty data folder
#      (database migrated, administrator and seeds made, models loaded), answers its first requests and
#      exits; the JVM writes the cache as it exits.
# Usage (after ./mvnw -Pproduction -DskipTests package):
#   bash scripts/aot-jar.sh [path/to/claimtrace-*.jar]
#   java -XX:AOTCache=target/aot/claimtrace.aot -XX:+UseCompactObjectHeaders -XX:+UseTransparentHugePages -Dspring.aot.enabled=true -jar target/aot/claimtrace.jar
# (-XX:+UseTransparentHugePages is a run-time choice, not recorded in the cache: 2 MB heap pages, fewer page faults.)
# The cache fits only the jar and the JDK it was made with: run this again after every build.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java="$JAVA_HOME/bin/java"
jar=${1:-$(ls target/claimtrace-*.jar 2>/dev/null | head -n1)}
[ -f "$jar" ] || { echo "aot-jar: no jar; build it first: ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }
out=target/aot
rm -rf "$out"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out" --application-filename claimtrace.jar >/dev/null

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
started=$(date +%s)
# The training run (claimtrace.aot-training, base.AotTraining) starts the app, waits for its background models,
# asks itself for its health and the login page, and closes by itself, so the JVM exits normally and writes the
# cache; a run stopped by a signal writes none.
CLAIMTRACE_DATA_DIR="$data" CLAIMTRACE_ADMIN_PASSWORD=aot-training PORT=0 \
  "$java" -XX:AOTCacheOutput="$out/claimtrace.aot" -XX:+UseCompactObjectHeaders -Dclaimtrace.aot-training=true -Dspring.aot.enabled=true -jar "$out/claimtrace.jar" \
  >"$out/training.log" 2>&1 || true
[ -s "$out/claimtrace.aot" ] || { echo "aot-jar: the training run wrote no AOT cache; see $out/training.log" >&2; exit 1; }
echo "aot-jar: $out/claimtrace.jar with $out/claimtrace.aot ($(du -h "$out/claimtrace.aot" | cut -f1), training $(( $(date +%s) - started )) s)"
