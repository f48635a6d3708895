#!/usr/bin/env bash
# Runs GreenAutoML's comparison suite (org.greenautoml.bench.suite.BenchmarkSuite).
#   scripts/bench.sh --smoke                      one small dataset, one seed, 0.01 g CO2e
#   scripts/bench.sh --budget-g 0.05 --seeds 1,2,3 --out target/bench
# Options: scripts/bench.sh --help. Builds the reactor offline first (never installs).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B -pl benchmarks -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath -Dmdep.outputFile="$PWD/benchmarks/target/classpath.txt" >&2
exec java -Xmx6g -Dgreenautoml.shared="$PWD/../shared" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  org.greenautoml.bench.cli.BenchmarkSuiteMain "$@"
