#!/usr/bin/env python3
"""The Python peers of GreenAutoML's comparison suite (issue 18), one peer per process.

Runs one of four hyperparameter searches over XGBoost, logistic regression and random forest on a
train/test pair written by ``scripts/split.sh`` (the suite's stratified 80/20 split), refits the
best configuration on all training rows, scores it once on the test rows and appends one row to a
CSV file. One thread everywhere (OMP_NUM_THREADS=1, n_jobs=1, XGBoost nthread=1).

Peers:
  nsga2           Optuna NSGA-II on (holdout accuracy, fit CPU seconds), ``--trials`` trials on a
                  stratified 80/20 holdout of the training rows; the most accurate trial is refitted.
  tpe-hyperband   Optuna TPE with the Hyperband pruner, holdout accuracy reported after each of
                  ``STAGES`` training stages (boosting rounds, trees, solver iterations).
  halving-random  scikit-learn HalvingRandomSearchCV (factor 3, resource n_samples, 3-fold CV),
                  ``--trials`` candidates.
  grid            scikit-learn GridSearchCV (3-fold CV) over a fixed 102-point grid.
  greenautoml     the engine itself, as a user runs it: ``./greenautoml fit --data train.csv
                  --target class --test test.csv --budget-g B --seed S`` (the launcher, with its
                  JVM options and class-data-sharing archive) in a child process; the test
                  accuracy of the model it calls most accurate (by validation), read from its
                  output; CPU is the child's alone (RUSAGE_CHILDREN: the launcher's shell and its
                  JVM), JVM start included. scripts/peers.sh hands it the portfolio learned
                  without the dataset. ``--launcher "java -jar automl-core/target/greenautoml.jar"``
                  runs the bare jar instead.

With ``--cpu-limit-s C`` a peer is bounded by process CPU seconds: the Optuna peers start no trial
after C (the best trial so far is refitted; status "capped"), and every peer gets the CPU rlimit
C (soft, SIGXCPU) so a scikit-learn search still running at C is stopped and recorded with no
accuracy (status "cpu-limit"). Without it every peer runs all its configurations (status "ok").

CPU: process CPU seconds, user + system, of this process and its children
(resource.getrusage RUSAGE_SELF + RUSAGE_CHILDREN) at the end, interpreter start and imports
included, as /usr/bin/time would report them. Run it through scripts/peers.sh.
"""
import argparse
import csv
import json
import math
import os
import re
import resource
import signal
import subprocess
import sys
import time
import warnings

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import optuna  # noqa: E402
import sklearn  # noqa: E402
import xgboost  # noqa: E402
from scipy.stats import loguniform, randint, uniform  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.ensemble import RandomForestClassifier  # noqa: E402
from sklearn.experimental import enable_halving_search_cv  # noqa: E402,F401
from sklearn.impute import SimpleImputer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import (  # noqa: E402
    GridSearchCV, HalvingRandomSearchCV, StratifiedKFold, train_test_split)
from sklearn.pipeline import Pipeline  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

MISSING = {"", "?", "NA"}  # the engine's missing-cell tokens (datasets: MissingTokens)
FAMILIES = ("xgboost", "logistic", "random-forest")
STAGES = 4  # training stages of a TPE + Hyperband trial
CV_FOLDS = 3
PEERS = ("nsga2", "tpe-hyperband", "halving-random", "grid", "greenautoml")
FIELDS = ("dataset", "seed", "peer", "status", "test_accuracy", "cpu_seconds", "wall_seconds",
          "configurations", "best_family", "best_validation_accuracy", "best_configuration",
          "versions")


def read_csv(path, target):
    with open(path, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.reader(f) if r]
    header, body = rows[0], rows[1:]
    t = header.index(target)
    return [c for i, c in enumerate(header) if i != t], \
        [[c for i, c in enumerate(r) if i != t] for r in body], [r[t].strip() for r in body]


def is_number(cell):
    try:
        float(cell)
        return True
    except ValueError:
        return False


def load(train_path, test_path, target):
    """Feature matrices (object columns) with the numeric and categorical column indices."""
    names, train_rows, y_train = read_csv(train_path, target)
    _, test_rows, y_test = read_csv(test_path, target)
    numeric = [j for j in range(len(names))
               if all(r[j].strip() in MISSING or is_number(r[j]) for r in train_rows + test_rows)]
    categorical = [j for j in range(len(names)) if j not in numeric]

    def matrix(rows):
        x = np.empty((len(rows), len(names)), dtype=object)
        for i, r in enumerate(rows):
            for j, cell in enumerate(r):
                cell = cell.strip()
                if j in numeric:
                    x[i, j] = np.nan if cell in MISSING else float(cell)
                else:
                    x[i, j] = "__missing__" if cell in MISSING else cell
        return x

    classes = sorted(set(y_train) | set(y_test))
    index = {c: k for k, c in enumerate(classes)}
    return (matrix(train_rows), np.array([index[c] for c in y_train]), matrix(test_rows),
            np.array([index[c] for c in y_test]), numeric, categorical)


def preprocessor(family, numeric, categorical):
    """One-hot categoricals; numerics imputed (not for XGBoost) and standardised (logistic)."""
    if family == "xgboost":
        num = "passthrough"
    elif family == "logistic":
        num = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
    else:
        num = SimpleImputer(strategy="median")
    parts = [("num", num, numeric)] if numeric else []
    if categorical:
        parts.append(("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                      categorical))
    return ColumnTransformer(parts, sparse_threshold=0.0)


def estimator(family, params, seed):
    if family == "xgboost":
        return xgboost.XGBClassifier(tree_method="hist", n_jobs=1, nthread=1, random_state=seed,
                                     **params)
    if family == "logistic":
        return LogisticRegression(max_iter=1000, random_state=seed, **params)
    return RandomForestClassifier(n_jobs=1, random_state=seed, **params)


def pipeline(family, params, seed, numeric, categorical):
    return Pipeline([("pre", preprocessor(family, numeric, categorical)),
                     ("clf", estimator(family, params, seed))])


def suggest(trial):
    """The shared space, as Optuna suggestions; the returned dict holds estimator arguments."""
    family = trial.suggest_categorical("family", FAMILIES)
    if family == "xgboost":
        return family, {
            "n_estimators": trial.suggest_int("xgb_n_estimators", 50, 500, log=True),
            "max_depth": trial.suggest_int("xgb_max_depth", 2, 10),
            "learning_rate": trial.suggest_float("xgb_learning_rate", 0.01, 0.3, log=True),
            "subsample": trial.suggest_float("xgb_subsample", 0.5, 1.0),
            "colsample_bytree": trial.suggest_float("xgb_colsample_bytree", 0.3, 1.0),
            "min_child_weight": trial.suggest_float("xgb_min_child_weight", 0.5, 10, log=True),
            "reg_lambda": trial.suggest_float("xgb_reg_lambda", 1e-3, 10, log=True)}
    if family == "logistic":
        return family, {"C": trial.suggest_float("lr_C", 1e-4, 1e4, log=True)}
    return family, {
        "n_estimators": trial.suggest_int("rf_n_estimators", 50, 300, log=True),
        "max_features": trial.suggest_float("rf_max_features", 0.05, 1.0),
        "min_samples_leaf": trial.suggest_int("rf_min_samples_leaf", 1, 10),
        "criterion": trial.suggest_categorical("rf_criterion", ["gini", "entropy"])}


def random_space():
    """The same space as scipy distributions, one dict per family (for HalvingRandomSearchCV)."""
    return {
        "xgboost": {"clf__n_estimators": randint(50, 501), "clf__max_depth": randint(2, 11),
                    "clf__learning_rate": loguniform(0.01, 0.3), "clf__subsample": uniform(0.5, 0.5),
                    "clf__colsample_bytree": uniform(0.3, 0.7),
                    "clf__min_child_weight": loguniform(0.5, 10),
                    "clf__reg_lambda": loguniform(1e-3, 10)},
        "logistic": {"clf__C": loguniform(1e-4, 1e4)},
        "random-forest": {"clf__n_estimators": randint(50, 301),
                          "clf__max_features": uniform(0.05, 0.95),
                          "clf__min_samples_leaf": randint(1, 11),
                          "clf__criterion": ["gini", "entropy"]}}


def grid_space():
    """102 points: XGBoost 36, random forest 36, logistic regression 30."""
    return {
        "xgboost": {"clf__max_depth": [3, 6, 9], "clf__learning_rate": [0.03, 0.1, 0.3],
                    "clf__n_estimators": [100, 300], "clf__subsample": [0.8, 1.0]},
        "random-forest": {"clf__n_estimators": [100, 300],
                          "clf__max_features": ["sqrt", 0.3, 0.6],
                          "clf__min_samples_leaf": [1, 3, 5], "clf__criterion": ["gini", "entropy"]},
        "logistic": {"clf__C": list(np.logspace(-3, 3, 15)),
                     "clf__class_weight": [None, "balanced"]}}


def holdout(x, y, seed):
    return train_test_split(x, y, test_size=0.2, stratify=y, random_state=seed)


def optuna_search(peer, x, y, numeric, categorical, seed, trials, cpu_limit):
    x_fit, x_val, y_fit, y_val = holdout(x, y, seed)
    if peer == "nsga2":
        study = optuna.create_study(directions=["maximize", "minimize"],
                                    sampler=optuna.samplers.NSGAIISampler(seed=seed))

        def objective(trial):
            family, params = suggest(trial)
            started = time.process_time()
            model = pipeline(family, params, seed, numeric, categorical).fit(x_fit, y_fit)
            accuracy = float((model.predict(x_val) == y_val).mean())
            return accuracy, time.process_time() - started
    else:
        study = optuna.create_study(
            direction="maximize", sampler=optuna.samplers.TPESampler(seed=seed),
            pruner=optuna.pruners.HyperbandPruner(min_resource=1, max_resource=STAGES,
                                                  reduction_factor=3))

        def objective(trial):
            family, params = suggest(trial)
            return staged_fit(trial, family, params, seed, numeric, categorical,
                              x_fit, y_fit, x_val, y_val)
    def cap(study, trial):
        if cpu_limit is not None and cpu_seconds() > cpu_limit:
            study.stop()
    study.optimize(objective, n_trials=trials, callbacks=[cap])
    done = [t for t in study.trials if t.state == optuna.trial.TrialState.COMPLETE]
    best = max(done, key=lambda t: (t.values[0], -t.values[1]) if peer == "nsga2"
               else (t.value, 0))
    family, params = suggest(optuna.trial.FixedTrial(best.params))
    accuracy = best.values[0] if peer == "nsga2" else best.value
    return family, params, accuracy, len(study.trials)


def staged_fit(trial, family, params, seed, numeric, categorical, x_fit, y_fit, x_val, y_val):
    """Trains in STAGES parts, reporting holdout accuracy after each so Hyperband can prune."""
    pre = preprocessor(family, numeric, categorical).fit(x_fit)
    a, b = pre.transform(x_fit), pre.transform(x_val)
    total = params.get("n_estimators", 1000 if family == "logistic" else 0)
    model = None
    accuracy = 0.0
    for stage in range(1, STAGES + 1):
        upto = max(1, round(total * stage / STAGES))
        if family == "xgboost":
            chunk = upto - (0 if model is None else model.get_booster().num_boosted_rounds())
            nxt = estimator(family, {**params, "n_estimators": max(1, chunk)}, seed)
            nxt.fit(a, y_fit, xgb_model=None if model is None else model.get_booster())
            model = nxt
        elif family == "logistic":
            model = model or LogisticRegression(random_state=seed, warm_start=True, **params)
            model.set_params(max_iter=max(1, total // STAGES))  # warm start: more iterations
            model.fit(a, y_fit)
        else:
            model = model or RandomForestClassifier(n_jobs=1, random_state=seed, warm_start=True,
                                                    **params)
            model.set_params(n_estimators=upto)
            model.fit(a, y_fit)
        accuracy = float((model.predict(b) == y_val).mean())
        trial.report(accuracy, stage)
        if trial.should_prune():
            raise optuna.TrialPruned()
    return accuracy


def sklearn_search(peer, x, y, numeric, categorical, seed, trials):
    base = Pipeline([("pre", preprocessor("random-forest", numeric, categorical)),
                     ("clf", estimator("random-forest", {}, seed))])
    spaces = random_space() if peer == "halving-random" else grid_space()
    grid = [{"pre": [preprocessor(f, numeric, categorical)], "clf": [estimator(f, {}, seed)],
             **space} for f, space in spaces.items()]
    folds = StratifiedKFold(n_splits=CV_FOLDS, shuffle=True, random_state=seed)
    if peer == "halving-random":
        search = HalvingRandomSearchCV(base, grid, n_candidates=trials, factor=3, cv=folds,
                                       random_state=seed, n_jobs=1, refit=True)
    else:
        search = GridSearchCV(base, grid, cv=folds, n_jobs=1, refit=True)
    search.fit(x, y)
    clf = search.best_estimator_.named_steps["clf"]
    family = {"XGBClassifier": "xgboost", "LogisticRegression": "logistic"}.get(
        type(clf).__name__, "random-forest")
    params = {k[len("clf__"):]: v for k, v in search.best_params_.items() if k.startswith("clf__")}
    count = search.n_candidates_[0] if peer == "halving-random" else len(search.cv_results_["params"])
    return family, params, float(search.best_score_), int(count), search.best_estimator_


def cpu_seconds():
    own, children = resource.getrusage(resource.RUSAGE_SELF), \
        resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def plain(value):
    return value.item() if isinstance(value, np.generic) else value


def main():
    wall = time.monotonic()
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--peer", choices=PEERS, required=True)
    p.add_argument("--train", required=True)
    p.add_argument("--test", required=True)
    p.add_argument("--target", default="class")
    p.add_argument("--dataset", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--trials", type=int, default=102)
    p.add_argument("--cpu-limit-s", type=float, default=None,
                   help="bound on the process CPU seconds (see the module docstring)")
    p.add_argument("--out", required=True, help="CSV file to append one row to")
    p.add_argument("--launcher", default="./greenautoml",
                   help="the command that runs the engine's command line, split on spaces"
                        " (peer greenautoml)")
    p.add_argument("--budget-g", type=float, default=5.0,
                   help="the engine's carbon budget in g CO2e (peer greenautoml)")
    p.add_argument("--portfolio", default=None,
                   help="the warm-start portfolio JSON the engine uses, learned without this"
                        " dataset (peer greenautoml; scripts/peers.sh writes it)")
    p.add_argument("--engine-out", default="bench-out/peers/engine",
                   help="folder of the engine's run directories and logs (peer greenautoml)")
    a = p.parse_args()
    warnings.filterwarnings("ignore")
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    if a.peer == "greenautoml":
        return engine(a, wall)
    if a.cpu_limit_s is not None:
        # the Optuna peers stop themselves at the limit; the rlimit leaves their refit room
        limit = int(math.ceil(a.cpu_limit_s)) * (3 if a.peer in ("nsga2", "tpe-hyperband") else 1)
        signal.signal(signal.SIGXCPU, lambda *_: stopped_at_limit(a, wall))
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 120))
    x, y, x_test, y_test, numeric, categorical = load(a.train, a.test, a.target)
    status = "ok"
    if a.peer in ("nsga2", "tpe-hyperband"):
        family, params, validation, count = optuna_search(
            a.peer, x, y, numeric, categorical, a.seed, a.trials, a.cpu_limit_s)
        status = "ok" if count >= a.trials else "capped"
        model = pipeline(family, params, a.seed, numeric, categorical).fit(x, y)
    else:
        family, params, validation, count, model = sklearn_search(
            a.peer, x, y, numeric, categorical, a.seed, a.trials)
    test_accuracy = float((model.predict(x_test) == y_test).mean())
    append(a, wall, status, f"{test_accuracy:.6f}", count, family, f"{validation:.6f}",
           json.dumps({k: plain(v) for k, v in params.items()}, sort_keys=True))
    print(f"{a.dataset} seed {a.seed} {a.peer}: {status}, test {100 * test_accuracy:.2f} %, "
          f"{cpu_seconds():.2f} CPU s, {count} configurations, best {family}")


def engine(a, wall):
    """Runs the engine's fit command as a child process and records what it calls most accurate."""
    out = os.path.join(a.engine_out, f"{a.dataset}-seed-{a.seed}")
    command = a.launcher.split() + ["fit", "--data", a.train, "--target", a.target, "--test",
               a.test, "--budget-g", str(a.budget_g), "--seed", str(a.seed), "--out", out]
    if a.portfolio:
        command += ["--portfolio", a.portfolio]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    with open(out + ".log", "w", encoding="utf-8") as log:
        log.write(" ".join(command) + "\n" + run.stdout + run.stderr)
    best = re.search(r"most accurate: trial (\d+) \(([^)]+)\), validation accuracy ([0-9.]+)%",
                     run.stdout)
    test = best and re.search(r"^\s*" + best.group(1) + r"\s+\S+\s+[0-9.]+%\s+([0-9.]+)%",
                              run.stdout, re.MULTILINE)
    status = "ok" if run.returncode == 0 and test else f"failed (exit {run.returncode})"
    append(a, wall, status, f"{float(test.group(1)) / 100:.6f}" if test else "", "",
           best.group(2) if best else "", f"{float(best.group(3)) / 100:.6f}" if best else "",
           "", cpu=cpu)
    print(f"{a.dataset} seed {a.seed} greenautoml: {status}, "
          f"test {test.group(1) if test else '-'} %, {cpu:.2f} CPU s (log {out}.log)")


def stopped_at_limit(a, wall):
    """SIGXCPU: the search used its CPU limit; record that it has no model and exit."""
    append(a, wall, "cpu-limit", "", "", "", "", "")
    print(f"{a.dataset} seed {a.seed} {a.peer}: stopped at {a.cpu_limit_s} CPU s", flush=True)
    os._exit(3)


def append(a, wall, status, test_accuracy, count, family, validation, configuration, cpu=None):
    row = {"dataset": a.dataset, "seed": a.seed, "peer": a.peer, "status": status,
           "test_accuracy": test_accuracy,
           "cpu_seconds": f"{cpu_seconds() if cpu is None else cpu:.2f}",
           "wall_seconds": f"{time.monotonic() - wall:.2f}", "configurations": count,
           "best_family": family, "best_validation_accuracy": validation,
           "best_configuration": configuration,
           "versions": f"sklearn {sklearn.__version__}; optuna {optuna.__version__}; "
                       f"xgboost {xgboost.__version__}; python {sys.version.split()[0]}"}
    new = not os.path.exists(a.out) or os.path.getsize(a.out) == 0
    with open(a.out, "a", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        if new:
            w.writeheader()
        w.writerow(row)


if __name__ == "__main__":
    main()
