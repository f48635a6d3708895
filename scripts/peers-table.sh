#!/usr/bin/env bash
# Puts the engine's default fit beside the Python peers (org.greenautoml.bench.suite.PeerComparison)
# from the CSV that scripts/peers.sh writes, with the goal lines of issue 18:
#   scripts/peers-table.sh                        reads bench-out/peers/peers.csv, writes
#                                                 bench-out/peers/peers-table.{md,csv}
#   scripts/peers-table.sh --peers FILE --out DIR
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B -pl benchmarks -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
  -Dmdep.outputFile="$PWD/benchmarks/target/classpath.txt" >&2
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  org.greenautoml.bench.cli.PeerComparisonMain "$@"
