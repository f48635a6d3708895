#!/usr/bin/env bash
# Writes the comparison suite's train/test CSV files (org.greenautoml.bench.suite.SplitFiles):
# bench-out/splits/<dataset>/seed-<seed>/{train,test}.csv, the rows every method and peer gets.
#   scripts/split.sh                                  the suite's eight datasets, seed 0
#   scripts/split.sh --datasets credit-g --seeds 0,1,2 --out bench-out/splits
# Options: scripts/split.sh --help. Builds the reactor offline first (never installs).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B -pl benchmarks -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
  -Dmdep.outputFile="$PWD/benchmarks/target/classpath.txt" >&2
exec java -Xmx2g -Dgreenautoml.shared="$PWD/../shared" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  org.greenautoml.bench.cli.SplitFilesMain "$@"
