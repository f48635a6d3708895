#!/usr/bin/env bash
# The cluster backend's benchmarks (docs/benchmarks.md, "Trials on a cluster"):
#   1. trials per second and idle member time with 1, 2 and 3 member processes on this machine
#      (real trials on credit-g, loopback only);
#   2. the driver's overhead with 1, 8 and 64 simulated members (no training).
#   scripts/cluster-bench.sh [TRIALS]      (default 60 trials per search)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B -pl benchmarks -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.outputFile="$PWD/benchmarks/target/classpath.txt" >&2
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
echo "== member processes"
java -cp "$CP" org.greenautoml.bench.cluster.ClusterThroughput \
  ../shared/datasets/credit-g.csv class "${1:-60}" 2>/dev/null
echo "== simulated members (20 ms trials)"
java -cp "$CP" org.greenautoml.cluster.ClusterSchedulingSimulation 64 20
