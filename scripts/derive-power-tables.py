#!/usr/bin/env python3
"""Derives the power-model tables of energy-meter from public data (see model/NOTICE.md).

One command, from the repository root, after fetching the two public repositories:

    python3 scripts/derive-power-tables.py CODECARBON BOAVIZTAPI

CODECARBON is a clone (or bare git directory) of github.com/mlco2/codecarbon, BOAVIZTAPI one of
github.com/Boavizta/boaviztapi. Writes, under energy-meter/src/main/resources/org/greenautoml/energy/
model/ (the first two) and attribution/ (the last):
  rapl-load-profiles.csv  RAPL-measured CPU package power of four CPUs at 0-100 % load (two sweeps
                          each) with CodeCarbon's own estimate on the same rows, and each CPU's
                          cores and base clock (the accuracy test measures scales other than TDP)
  cpu-generations.csv     TDP per hardware thread by vendor and generation (CPUID family/model),
                          for a CPU whose name gives no TDP (a VM that says only "AMD EPYC")
  cloud-instances.csv     AWS instance type -> its host's CPU, sockets and vCPUs (EC2 writes the
                          instance type into the DMI product name, so a VM can be matched offline)
  embodied-server.csv     the manufacturing footprint of one rack server and its lifetime
Standard library only; values are converted (kWh over the step -> W), never edited.
"""
import csv, io, subprocess, sys
from pathlib import Path

OUT = Path("energy-meter/src/main/resources/org/greenautoml/energy/model")
ATTRIBUTION = Path("energy-meter/src/main/resources/org/greenautoml/energy/attribution")
PROFILES = "codecarbon/data/hardware/cpu_load_profiling"
# The sweeps used. Topology and base clock are not in the files: from the vendors' data sheets
# (packages from the thread count the sweep loaded: 24 threads of a 12-thread E5-2620 v3 are two
# sockets; base clocks: AMD product pages, Intel ARK; Intel's also in the CPU name, "@ 2.40GHz").
CPUS = {
    "AMD_EPYC_8024P_8C": ("AMD EPYC 8024P", "AMD", 1, 8, 16, 2.4),
    "AMD_Threadripper": ("AMD Ryzen Threadripper 1950X", "AMD", 1, 16, 32, 3.4),
    "E3-1240": ("Intel Xeon E3-1240 v2", "Intel", 1, 4, 8, 3.4),
    "E5-2620": ("Intel Xeon E5-2620 v3", "Intel", 2, 12, 24, 2.4),
}
# Left out, with the reason (printed, and listed in NOTICE.md).
EXCLUDED = {
    "E5-1240": "directory named E5-1240 but its rows name an E3-1240 V2, already measured in "
               "E3-1240; its full-load power (93-97 W) is 1.4x that CPU's 69 W TDP, so which CPU "
               "it measured is in doubt",
}


def read(repo, path):
    repo = Path(repo)
    if (repo / path).exists():
        return (repo / path).read_text(encoding="utf-8")
    git_dir = repo if (repo / "HEAD").exists() else repo / ".git"
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{path}"],
                          check=True, capture_output=True, text=True).stdout


def listing(repo, folder):
    repo = Path(repo)
    if (repo / folder).exists():
        return sorted(str(p.relative_to(repo)) for p in (repo / folder).rglob("*.csv"))
    git_dir = repo if (repo / "HEAD").exists() else repo / ".git"
    out = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", "HEAD", folder],
                         check=True, capture_output=True, text=True).stdout
    return sorted(line for line in out.splitlines() if line.endswith(".csv"))


def tdp_table(codecarbon):
    rows = csv.DictReader(io.StringIO(read(codecarbon, "codecarbon/data/hardware/cpu_power.csv")))
    return {r["Name"].strip().lower(): float(r["TDP"]) for r in rows if r["TDP"].replace(".", "", 1).isdigit()}


def profiles(codecarbon):
    tdps = tdp_table(codecarbon)
    out = []
    for path in listing(codecarbon, PROFILES):
        if path.endswith("-tasks.csv"):
            continue
        folder = path.split("/")[-2]
        if folder in EXCLUDED:
            print(f"excluded {path}: {EXCLUDED[folder]}", file=sys.stderr)
            continue
        model, vendor, packages, cores, threads, base_ghz = CPUS[folder]
        tdp = tdps[model.lower()]
        for step, r in enumerate(csv.DictReader(io.StringIO(read(codecarbon, path)))):
            seconds = float(r["duration"])
            # rapl_power / estimated_power are CodeCarbon's mean of its samples and lag one step in
            # these files; energy over the step's duration is the figure that belongs to the step.
            out.append([model, vendor, packages, cores, threads, base_ghz, tdp, r["load_type"], step,
                        round(float(r["cpu_load"]) / 100, 4),
                        round(float(r["rapl_energy"]) * 3.6e6 / seconds, 3),
                        round(float(r["estimated_energy"]) * 3.6e6 / seconds, 3),
                        round(seconds, 2), path.split("/")[-1]])
    return out


def embodied(boavizta):
    factors = read(boavizta, "boaviztapi/data/factors.yml")
    # the SERVER entry of factors.yml: "SERVER": { "gwp": { "impact": 3.66e+03, "source": "..." }
    import re
    found = re.search(r'"SERVER":\s*\{\s*"gwp":\s*\{\s*"impact":\s*([0-9.e+]+),\s*"source":\s*"([^"]+)"', factors)
    server = {"impact": found.group(1), "source": found.group(2)}
    archetypes = list(csv.DictReader(io.StringIO(read(boavizta, "boaviztapi/data/archetypes/server.csv"))))
    medium = next(a for a in archetypes if a["id"] == "platform_compute_medium")
    cpus = int(medium["CPU.units"].split(";")[0])
    cores = int(medium["CPU.core_units"].split(";")[0])
    hours = float(medium["USAGE.hours_life_time"].split(";")[0])
    return [["rack-server", float(server["impact"]), hours, cpus * cores * 2,
             f"Boavizta boaviztapi factors.yml SERVER gwp ({server['source']}); lifetime and "
             f"{cpus}x{cores} cores (2 threads each) of archetype platform_compute_medium", 2024]]


# CPUID family/model ranges of server CPU generations (AMD: Processor Programming Reference of each
# family; Intel: Software Developer's Manual vol. 4, table 2-1), with what selects their rows in
# CodeCarbon's scraped vendor tables: AMD by the "Series" column, Intel Xeon by launch years.
GENERATIONS = [
    ("AMD", 23, 0x00, 0x0F, "EPYC 7001 (Naples, Zen)", "EPYC 7001 Series"),
    ("AMD", 23, 0x30, 0x3F, "EPYC 7002 (Rome, Zen 2)", "EPYC 7002 Series"),
    ("AMD", 25, 0x00, 0x0F, "EPYC 7003 (Milan, Zen 3)", "EPYC 7003 Series"),
    ("AMD", 25, 0x10, 0x1F, "EPYC 9004 (Genoa, Zen 4)", "EPYC 9004 Series"),
    ("AMD", 25, 0xA0, 0xAF, "EPYC 8004 (Siena, Zen 4c)", "EPYC 8004 Series"),
    ("AMD", 26, 0x00, 0x1F, "EPYC 9005 (Turin, Zen 5)", "EPYC 9005 Series"),
    ("AMD", -1, 0, 0, "AMD EPYC, any generation", "EPYC"),
    ("Intel", 6, 0x2D, 0x2D, "Xeon Sandy Bridge-EP", (2012, 2012)),
    ("Intel", 6, 0x3E, 0x3E, "Xeon Ivy Bridge-EP", (2013, 2014)),
    ("Intel", 6, 0x3F, 0x3F, "Xeon Haswell-EP", (2014, 2015)),
    ("Intel", 6, 0x4F, 0x4F, "Xeon Broadwell-EP", (2016, 2016)),
    ("Intel", 6, 0x55, 0x55, "Xeon Skylake/Cascade Lake-SP", (2017, 2020)),
    ("Intel", 6, 0x6A, 0x6A, "Xeon Ice Lake-SP", (2021, 2021)),
    ("Intel", 6, 0x8F, 0x8F, "Xeon Sapphire Rapids", (2023, 2023)),
    ("Intel", 6, 0xCF, 0xCF, "Xeon Emerald Rapids", (2023, 2024)),
    ("Intel", 6, 0xAD, 0xAF, "Xeon Granite Rapids / Sierra Forest", (2024, 2025)),
    ("Intel", -1, 0, 0, "Intel Xeon, any generation", (2010, 2030)),
]


def generations(codecarbon):
    builder = "codecarbon/data/hardware/cpu_dataset_builder/"
    amd = list(csv.DictReader(io.StringIO(read(codecarbon, builder + "amd_cpu_server_dataset.csv").lstrip("\ufeff"))))
    intel = list(csv.DictReader(io.StringIO(read(codecarbon, builder + "intel_cpu_ark_dataset.csv"))))
    out = []
    for vendor, family, lo, hi, name, select in GENERATIONS:
        per_thread = []
        if vendor == "AMD":
            for r in amd:
                try:
                    tdp, threads = float(r["Default TDP"].rstrip("W")), int(r["# of Threads"])
                except ValueError:
                    continue
                if r["Series"].startswith(select):
                    per_thread.append(tdp / threads)
            source = f"CodeCarbon amd_cpu_server_dataset.csv, Series '{select}*': Default TDP / # of Threads"
        else:
            for r in intel:
                try:
                    tdp, cores = float(r["tdp"]), int(r["total_cores"])
                    year = 2000 + int(r["launch_date"][-2:])
                except ValueError:
                    continue
                if "xeon" in r["cpu_name"].lower() and select[0] <= year <= select[1]:
                    per_thread.append(tdp / (2 * cores))
            source = (f"CodeCarbon intel_cpu_ark_dataset.csv, Xeon launched {select[0]}-{select[1]}: "
                      "tdp / (2 x total_cores), two threads a core assumed")
        per_thread.sort()
        q = lambda f: per_thread[min(len(per_thread) - 1, int(f * (len(per_thread) - 1) + 0.5))]
        out.append([vendor, family, lo, hi, name, round(q(0.5), 3), round(q(0.1), 3), round(q(0.9), 3),
                    len(per_thread), source])
    return out


def cloud_instances(boavizta):
    instances = list(csv.DictReader(io.StringIO(read(boavizta, "boaviztapi/data/archetypes/cloud/aws.csv"))))
    servers = {r["id"]: r for r in csv.DictReader(io.StringIO(read(boavizta, "boaviztapi/data/archetypes/server.csv")))}
    vcpus = {r["id"]: r["vcpu"] for r in instances}
    out = []
    for r in instances:
        host = servers.get(r["platform"])
        if host is None or not host["CPU.name"] or r["platform"] not in vcpus:
            continue
        out.append(["aws", r["id"], int(r["vcpu"]), int(vcpus[r["platform"]]),
                    int(host["CPU.units"].split(";")[0]), host["CPU.name"]])
    return out


def write(name, header, rows, folder=OUT):
    with open(folder / name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"wrote {folder / name}: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    write("rapl-load-profiles.csv",
          ["cpu_model", "vendor", "packages", "cores", "threads", "base_ghz", "tdp_watts_per_package", "sweep",
           "step", "utilisation", "rapl_watts", "codecarbon_watts", "duration_s", "source_file"],
          profiles(sys.argv[1]))
    write("cpu-generations.csv",
          ["vendor", "family", "model_from", "model_to", "generation", "watts_per_thread_median",
           "watts_per_thread_q10", "watts_per_thread_q90", "cpus", "source"], generations(sys.argv[1]))
    write("cloud-instances.csv",
          ["provider", "instance_type", "vcpus", "host_vcpus", "host_sockets", "host_cpu"],
          cloud_instances(sys.argv[2]))
    write("embodied-server.csv",
          ["key", "kg_co2e", "lifetime_hours", "host_threads", "source", "year"], embodied(sys.argv[2]),
          ATTRIBUTION)
