#!/usr/bin/env bash
# Runs the Python peers of the comparison suite (scripts/peers.py: Optuna NSGA-II, Optuna TPE with
# the Hyperband pruner, scikit-learn HalvingRandomSearchCV and GridSearchCV over XGBoost, logistic
# regression and random forest), one thread and one process per peer, on the suite's train/test
# files (scripts/split.sh writes them when missing), appending one row per dataset, seed and peer
# to bench-out/peers/peers.csv. Rows already there are not run again, so a cut run resumes.
#   scripts/peers.sh                                           8 datasets, seed 0, no CPU limit
#   scripts/peers.sh --datasets credit-g,phoneme --seeds 0,1,2 --cpu-limit-s 300
#   scripts/peers.sh --peers greenautoml --budget-g 5      the engine's default fit (./greenautoml) on the same files
# Installs Debian's python3-optuna, python3-sklearn and python3-xgboost with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
DATASETS=credit-g,phoneme,kr-vs-kp,electricity,magic-telescope,adult,bank-marketing,letter
SEEDS=0
PEERS=nsga2,tpe-hyperband,halving-random,grid
OUT=bench-out/peers/peers.csv
SPLITS=bench-out/splits
LIMIT=()
TRIALS=102
ENGINE=()
while [ $# -gt 0 ]; do
  case "$1" in
    --datasets) DATASETS="$2"; shift 2 ;;
    --seeds) SEEDS="$2"; shift 2 ;;
    --peers) PEERS="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --splits) SPLITS="$2"; shift 2 ;;
    --trials) TRIALS="$2"; shift 2 ;;
    --cpu-limit-s) LIMIT=(--cpu-limit-s "$2"); shift 2 ;;
    --budget-g) ENGINE=(--budget-g "$2"); shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "peers.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
PY=/usr/bin/python3   # Debian's interpreter, which sees Debian's packages
if ! "$PY" -c 'import optuna, sklearn, xgboost' 2>/dev/null; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    python3-optuna python3-sklearn python3-xgboost
fi
mkdir -p "$(dirname "$OUT")" bench-out/peers/engine
if [[ ",$PEERS," == *",greenautoml,"* ]]; then   # the engine's jar and the portfolio learner, offline
  mvn -o -q -B -pl benchmarks -am package -DskipTests \
    org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
    -Dmdep.outputFile="$PWD/benchmarks/target/classpath.txt" >&2
  # the launcher records its class-data-sharing archive on its first run after a build (a user pays
  # that once, not per search): record it on a short search of the bundled demo data, unmeasured
  if [ ! -f automl-core/target/greenautoml.jsa ] \
      || [ automl-core/target/greenautoml.jsa -ot automl-core/target/greenautoml.jar ]; then
    warm="$(mktemp -d)"
    ./greenautoml fit --max-trials 60 --out "$warm/run" >/dev/null 2>&1 || true
    rm -rf "$warm"
  fi
fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
for dataset in ${DATASETS//,/ }; do
  for seed in ${SEEDS//,/ }; do
    folder="$SPLITS/$dataset/seed-$seed"
    if [ ! -f "$folder/test.csv" ]; then
      scripts/split.sh --datasets "$dataset" --seeds "$seed" --out "$SPLITS"
    fi
    for peer in ${PEERS//,/ }; do
      if [ -f "$OUT" ] && grep -q "^$dataset,$seed,$peer," "$OUT"; then
        echo "peers.sh: $dataset seed $seed $peer already in $OUT" >&2
        continue
      fi
      if [ "$peer" = greenautoml ]; then   # honesty: the portfolio the engine uses never saw $dataset
        mkdir -p bench-out/portfolios
        java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
          org.greenautoml.bench.cli.PortfolioLearnerMain --from-matrix --held-out "$dataset" \
          --matrix benchmarks/src/main/resources/org/greenautoml/bench/portfolio/performance-matrix.json \
          --portfolio "bench-out/portfolios/$dataset.json" >&2
        PORTFOLIO=(--portfolio "bench-out/portfolios/$dataset.json")
      else
        PORTFOLIO=()
      fi
      "$PY" scripts/peers.py --peer "$peer" --dataset "$dataset" --seed "$seed" \
        --train "$folder/train.csv" --test "$folder/test.csv" --target class \
        --trials "$TRIALS" ${LIMIT[@]+"${LIMIT[@]}"} ${ENGINE[@]+"${ENGINE[@]}"} ${PORTFOLIO[@]+"${PORTFOLIO[@]}"} --out "$OUT" \
        || echo "peers.sh: $dataset seed $seed $peer exited with $?" >&2
    done
  done
done
