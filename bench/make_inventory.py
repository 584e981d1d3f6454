#!/usr/bin/env python3
"""Writes a synthetic AP inventory CSV for benchmarks: name, serial, PID, MAC, site.

Fixed seed, so every run writes the same bytes. About 2% of serials fall in 2014 weeks 32-44 (the CSCur43050 and
FN-63916 windows) and about 0.5% of rows are malformed (empty, placeholder, bad week, wrong length, junk character).

Usage: python3 bench/make_inventory.py ROWS OUTPUT.csv
"""
import random
import sys

BASE34 = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
FACTORIES = ["FOC", "FCW", "FGL", "FCZ", "FJC", "FTX", "KWC", "JAE", "FDO", "SAD", "PSZ"]
PIDS = ["AIR-CAP2602I-E-K9", "AIR-CAP3702I-E-K9", "AIR-CAP1702I-E-K9", "AIR-LAP1142N-E-K9", "AIR-CAP702I-E-K9",
        "AIR-AP1832I-E-K9", "AIR-AP2802I-E-K9", "AIR-AP3802I-E-K9", "C9120AXI-E", "C9130AXI-E", "AIR-CAP1532I-E-K9"]
SITES = [f"SITE-{i:03d}" for i in range(200)]
MALFORMED = ["", "N/A", "FOC1800A1B2", "FOC1837X1Y", "FOC18#7X1Y2", "TBD"]


def serial(rng):
    if rng.random() < 0.02:
        year, week = 18, rng.randint(32, 44)
    else:
        year, week = rng.randint(5, 24), rng.randint(1, 52)
    return f"{rng.choice(FACTORIES)}{year:02d}{week:02d}" + "".join(rng.choice(BASE34) for _ in range(4))


def main():
    rows, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20261121)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("AP Name,Serial Number,PID,Ethernet MAC,Site\n")
        for i in range(rows):
            s = rng.choice(MALFORMED) if rng.random() < 0.005 else serial(rng)
            mac = ":".join(f"{b:02x}" for b in i.to_bytes(6, "big"))
            out.write(f"AP-{i:07d},{s},{rng.choice(PIDS)},{mac},{rng.choice(SITES)}\n")


if __name__ == "__main__":
    main()
