#!/usr/bin/env bash
# Runs GreenAutoML's JMH hot-path benchmarks, each with its baseline in the same run:
# Pareto sort, hypervolume, meter start/stop, nested subsample, CSV parse, scheduler next/report,
# batch prediction per row. Short settings (1 fork, 3 x 1 s warmup, 5 x 1 s) for a shared machine.
#   scripts/jmh.sh                      every hot-path benchmark
#   scripts/jmh.sh CsvParseBenchmark    one of them (any JMH regex; further JMH options may follow)
set -euo pipefail
cd "$(dirname "$0")/.."
ALL='NonDominatedSortBenchmark|HypervolumeBenchmark|EnergyMeasurementBenchmark|NestedSubsampleBenchmark|CsvParseBenchmark|SchedulerOverheadBenchmark|BatchPredictionBenchmark'
PATTERN="${1:-$ALL}"
shift || true
mvn -o -q -B -pl benchmarks -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath -Dmdep.outputFile="$PWD/benchmarks/target/classpath.txt" >&2
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  org.openjdk.jmh.Main "$PATTERN" -f 1 -wi 3 -w 1 -i 5 -r 1 "$@"
