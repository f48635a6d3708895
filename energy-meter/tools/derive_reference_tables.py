#!/usr/bin/env python3
"""Derives the bundled energy-meter resource tables from ../shared/reference (see the NOTICE files).

Run from the worktree root:  python3 energy-meter/tools/derive_reference_tables.py ../shared/reference
Only columns the meter reads are kept; source columns are kept verbatim; values are not changed.
"""
import csv, json, sys
from pathlib import Path

ref = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
res = Path("energy-meter/src/main/resources/org/greenautoml/energy")
(res / "model").mkdir(parents=True, exist_ok=True)
(res / "carbon").mkdir(parents=True, exist_ok=True)

def rows(path, skip_index_row=False):
    with open(path, newline="", encoding="utf-8-sig") as f:
        r = list(csv.reader(f))
    return r[1:] if skip_index_row else r

# CPU TDP: Green Algorithms TDP_cpu.csv (index row and die columns dropped) and CodeCarbon cpu_power.csv (as is)
ga = rows(ref / "green-algorithms-tdp-cpu.csv", skip_index_row=True)
head = ga[0]
keep = ["model", "TDP", "n_cores", "TDP_per_core", "source"]
with open(res / "model/cpu-tdp-green-algorithms.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(keep)
    for row in ga[1:]:
        d = dict(zip(head, row))
        w.writerow([d[c] for c in keep])
def positive_number(text):
    try:
        return float(text) > 0
    except ValueError:
        return False

with open(res / "model/cpu-tdp-codecarbon.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    cc = rows(ref / "cpu-tdp.csv")
    w.writerow(cc[0])
    for line, row in enumerate(cc[1:], start=2):
        if positive_number(row[1]):
            w.writerow(row)
        else:  # listed in model/NOTICE.md: a TDP that is not a positive number is dropped, not guessed
            print(f"dropped cpu-tdp.csv line {line}: {row}", file=sys.stderr)

# Country intensity: OWID energy mix (per ISO alpha-3)
owid = json.loads((ref / "owid-country-energy-mix-2022.json").read_text())
with open(res / "carbon/owid-country-intensity.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["iso_code", "country_name", "carbon_intensity", "year"])
    for k in sorted(owid):
        v = owid[k]
        w.writerow([v["iso_code"], v["country_name"], v["carbon_intensity"], v["year"]])

# Green Algorithms CI_aggregated (drop the index row and continentName)
ga = rows(ref / "green-algorithms-ci-aggregated.csv", skip_index_row=True)
head = ga[0]
keep = ["location", "countryName", "regionName", "carbonIntensity", "Type", "source", "comments"]
with open(res / "carbon/green-algorithms-ci.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(keep)
    for row in ga[1:]:
        d = dict(zip(head, row))
        w.writerow([d[c] for c in keep])

# Cloud regions: CodeCarbon impact.csv
cl = rows(ref / "cloud-region-intensity.csv")
head = cl[0]
keep = ["provider", "providerName", "region", "countryIsoCode", "impact", "source"]
with open(res / "carbon/cloud-region-intensity.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(keep)
    for row in cl[1:]:
        d = dict(zip(head, row))
        w.writerow([d[c] for c in keep])

# Default PUE (Green Algorithms defaults_PUE.csv, index row dropped)
pue = rows(ref / "green-algorithms-default-pue.csv", skip_index_row=True)
with open(res / "carbon/default-pue.csv", "w", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows(pue)
