#!/usr/bin/env bash
# Learns the warm-start portfolio (org.greenautoml.bench.portfolio.PortfolioLearner): scores each
# family's default and Sobol configurations on the shared datasets (subsampled, one holdout, one
# thread), writes the performance matrix to benchmarks/src/main/resources/.../performance-matrix.json
# and the greedy portfolio learned from every dataset to automl-core/src/main/resources/
# org/greenautoml/family/portfolio.json.
#   scripts/portfolio.sh                       measure and select (tens of minutes on 2 cores)
#   scripts/portfolio.sh --from-matrix         reselect from the stored matrix (seconds)
#   scripts/portfolio.sh --from-matrix --held-out credit-g --portfolio bench-out/portfolios/credit-g.json
#                                              the leave-one-out portfolio a benchmark on credit-g uses
# Options: scripts/portfolio.sh --help. Builds the reactor offline first (never installs).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B -pl benchmarks -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
  -Dmdep.outputFile="$PWD/benchmarks/target/classpath.txt" >&2
exec java -Xmx3g -XX:ActiveProcessorCount=1 -Dgreenautoml.shared="$PWD/../shared" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  org.greenautoml.bench.cli.PortfolioLearnerMain "$@"
