#!/usr/bin/env python3
"""Measures Boavizta's CPU consumption profiles against the bundled RAPL sweeps (docs/power-model.md).

    python3 scripts/compare-boavizta-profiles.py BOAVIZTAPI

BOAVIZTAPI is a clone (or bare git directory) of github.com/Boavizta/boaviztapi. Prints the mean
absolute percentage error, per sweep and overall, of
  - Boavizta's per-model-range profile, P(x) = a ln(b (x + c)) + d W at x % load
    (boaviztapi/data/consumption_profile/cpu/cpu_profile.csv), for the measured CPUs whose range
    it has (Intel Xeon E3, Xeon E5; it has no AMD range), scaled by sockets;
  - the curve Boavizta fits when only the TDP is known: through the Teads ratios (12 % of TDP idle,
    32 % at 10 %, 75 % at 50 %, 102 % at 100 %; boaviztapi/models/consumption_profile), here
    interpolated linearly between them (Boavizta fits its logarithmic form through the same four
    points, so the two differ by a few per cent between them).
Nothing here is fitted on the sweeps: both are fully out of sample. Standard library only.
"""
import csv, io, math, subprocess, sys
from pathlib import Path

PROFILES = Path("energy-meter/src/main/resources/org/greenautoml/energy/model/rapl-load-profiles.csv")
TEADS = [(0, 0.12), (10, 0.32), (50, 0.75), (100, 1.02)]
RANGES = {"Intel Xeon E3-1240 v2": "Xeon E3", "Intel Xeon E5-2620 v3": "Xeon E5"}


def read(repo, path):
    repo = Path(repo)
    if (repo / path).exists():
        return (repo / path).read_text(encoding="utf-8")
    git_dir = repo if (repo / "HEAD").exists() else repo / ".git"
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{path}"],
                          check=True, capture_output=True, text=True).stdout


def teads(percent):
    for (x0, r0), (x1, r1) in zip(TEADS, TEADS[1:]):
        if percent <= x1:
            return r0 + (r1 - r0) * (percent - x0) / (x1 - x0)
    return TEADS[-1][1]


def report(name, errors):
    overall = [e for v in errors.values() for e in v]
    print(f"{name}: MAPE {100 * sum(overall) / len(overall):.1f} % over {len(overall)} steps")
    for profile, v in errors.items():
        print(f"  {profile:45s} {100 * sum(v) / len(v):6.1f} %")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    ranges = {r["model_range"]: r for r in csv.DictReader(io.StringIO(
        read(sys.argv[1], "boaviztapi/data/consumption_profile/cpu/cpu_profile.csv")))}
    rows = list(csv.DictReader(PROFILES.open()))
    by_range, by_tdp = {}, {}
    for r in rows:
        key = f"{r['cpu_model']} {r['sweep']}"
        watts, percent = float(r["rapl_watts"]), 100 * float(r["utilisation"])
        tdp = float(r["tdp_watts_per_package"]) * int(r["packages"])
        by_tdp.setdefault(key, []).append(abs(teads(percent) * tdp - watts) / watts)
        if r["cpu_model"] in RANGES:
            p = ranges[RANGES[r["cpu_model"]]]
            a, b, c, d = (float(p[k]) for k in "abcd")
            predicted = (a * math.log(b * (percent + c)) + d) * int(r["packages"])
            by_range.setdefault(key, []).append(abs(predicted - watts) / watts)
    report("Boavizta model-range profile (Xeon E3, Xeon E5)", by_range)
    report("Teads ratios x TDP (Boavizta's curve from TDP)", by_tdp)
