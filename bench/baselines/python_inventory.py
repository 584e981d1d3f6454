#!/usr/bin/env python3
"""Baseline for the inventory workload, standard library only (csv, re, datetime): decode every serial, check the
CSCur43050 window (2014 weeks 37-44), predict the MIC end (10 years after the week starts, for 2005-07-18..2017-06-30)
and write one CSV row per input row.

Usage: python3 bench/baselines/python_inventory.py INVENTORY.csv AS_OF(YYYY-MM-DD) OUTPUT.csv
"""
import csv
import datetime
import re
import sys

SERIAL = re.compile(r"^[A-Z]{3}(\d\d)(\d\d)[0-9A-HJ-NP-Z]{4}$")
ERA = (datetime.date(2005, 7, 18), datetime.date(2017, 6, 30))


def main():
    source, as_of, target = sys.argv[1], datetime.date.fromisoformat(sys.argv[2]), sys.argv[3]
    with open(source, newline="", encoding="utf-8-sig") as inp, open(target, "w", newline="", encoding="utf-8") as out:
        rows = csv.DictReader(inp)
        writer = csv.writer(out)
        writer.writerow(["serial", "name", "model", "year", "week", "window", "predicted_mic_expiry", "days_left", "error"])
        for row in rows:
            serial = row["Serial Number"].strip().strip('"').replace(" ", "").upper()
            match = SERIAL.match(serial)
            if not match or not 1 <= int(match.group(2)) <= 53:
                writer.writerow([serial, row["AP Name"], row["PID"], "", "", "", "", "", "malformed"])
                continue
            year, week = 1996 + int(match.group(1)), int(match.group(2))
            start = datetime.date(year, 1, 1) + datetime.timedelta(days=7 * (week - 1))
            window = year == 2014 and 37 <= week <= 44
            expiry = days = ""
            if start + datetime.timedelta(days=6) >= ERA[0] and start <= ERA[1]:
                end = start.replace(year=start.year + 10) if not (start.month == 2 and start.day == 29) else start.replace(year=start.year + 10, day=28)
                expiry, days = end.isoformat(), (end - as_of).days
            writer.writerow([serial, row["AP Name"], row["PID"], year, week, window, expiry, days, ""])


if __name__ == "__main__":
    main()
