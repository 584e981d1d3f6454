#!/usr/bin/env python3
"""Writes testdata/inventories/: an Excel inventory and its CSV twin (issue 27, point 6).

fleet-two-sheets.xlsx is laid out as a Prime or Catalyst Center export edited by hand: a sheet "HQ" with two title
rows and a blank row above its header, a sheet "Branch" with its header on row 1 and its columns in another order,
and a sheet "Read me" with no serial column (not an inventory: skipped). Its cells are of every kind a workbook
keeps: shared strings, inline strings, a formula's text, a serial stored as a number, dates under the built-in date
format and under a custom one, numbers, a row of styled empty cells (skipped), a stack's two serials in one cell, a
placeholder serial and an empty one (input errors). fleet-two-sheets.csv holds the same rows, as Excel would save
the sheets one below the other under one header: both must give the same devices, findings and input errors
(tests/CertInspect.Cli.Tests/XlsxInventoryTests.cs); testdata/inventories/README.md. Serials, names and MACs are
invented.

Run:  python3 testdata/inventories/make_inventories.py          (rewrites the files)
      python3 testdata/inventories/make_inventories.py --check  (exits 1 if the committed files differ)
"""
import csv
import datetime
import io
import pathlib
import sys
import tempfile
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "bench"))
from make_workbook import STYLE_CUSTOM_DATE, STYLE_FILL, Formula, Inline, Styled, WorkbookWriter  # noqa: E402

TITLE = ["Cisco Prime Infrastructure - Access Point Inventory", "Generated 2026-11-02 08:15 by admin"]
HEADER = ["AP Name", "Serial Number", "PID", "Ethernet MAC", "Site", "Installed", "Asset"]
BRANCH_ORDER = ["Serial Number", "AP Name", "Site", "PID", "Ethernet MAC", "Installed", "Asset"]
D = datetime.date

# (cells in HEADER order, why). A cell is what the workbook stores; csv_text() says what Excel shows for it.
HQ = [
    (["HQ-AP-01", "FOC1838A1B2", "AIR-CAP2602I-E-K9", "00:1a:2b:3c:4d:01", "HQ", D(2014, 11, 3), 2001], "CSCur43050 window; shared strings; built-in date format"),
    (["HQ-AP-02", Inline("FCW1841C2D3"), "AIR-CAP3702I-E-K9", "001a.2b3c.4d02", "HQ", (STYLE_CUSTOM_DATE, 42049), 2002], "inline string; custom date format dd/mm/yyyy (2015-02-14)"),
    ([Formula('CONCAT("HQ-AP-","03")', "HQ-AP-03"), "FGL1844K9Q8", "AIR-CAP1702I-E-K9", "00-1a-2b-3c-4d-03", "HQ", D(2015, 3, 1), 2003], "a name computed by a formula"),
    ([Styled(STYLE_FILL)] * 7, "a row of styled empty cells: skipped"),
    (["HQ-AP-04", "N/A", "AIR-CAP2602I-E-K9", "00:1a:2b:3c:4d:04", "HQ", None, 2004], "placeholder serial: an input error"),
    (["HQ-SW-01", "FOC1837E4F5 / FOC1837E4F6", "WS-C3850-48P", "00:1a:2b:3c:4d:05", "HQ", D(2014, 10, 20), 2005], "a stack's two serials in one cell"),
    (["HQ-ONS-01", 123456, "15454-M6", None, "HQ", None, 2006], "a six-digit serial stored as a number"),
]
BRANCH = [
    (["BR-AP-01", "FCW2104G5H6", "AIR-AP1832I-E-K9", "00:1a:2b:3c:4e:01", "Branch", D(2021, 1, 25), 3001], "MIC ends within 90 days"),
    (["BR-AP-02", "fjc2347g7h8", "C9120AXI-E", "00:1a:2b:3c:4e:02", "Branch", D(2023, 11, 30), 3002], "lower-case serial, normalised"),
    (["BR-AP-03", "FOC1838A1B2", "AIR-CAP2602I-E-K9", "00:1a:2b:3c:4d:01", "Branch", None, 3003], "the same AP as HQ-AP-01: one device, serial.duplicate"),
    (["BR-AP-04", None, "AIR-AP2802I-E-K9", "00:1a:2b:3c:4e:04", "Branch", None, 3004], "no serial: an input error"),
    (["LAB-AP-01", "FTX1246J8K9", "AIR-LAP1142N-E-K9", "00:1a:2b:3c:4e:05", "Lab", D(2012, 6, 1), 3005], "2008: MIC long expired"),
]
README_ROWS = [["About this export"], ["Rows with N/A are awaiting a site survey."], ["Ask the NOC for the controller list."]]


def csv_text(value):
    """What Excel shows for a stored cell, in ISO form: the CSV twin's field."""
    if value is None or isinstance(value, Styled):
        return ""
    if isinstance(value, Formula):
        return value.text
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return (datetime.date(1899, 12, 30) + datetime.timedelta(days=value[1])).isoformat()
    return str(value)


def branch_cells(cells):
    by_name = dict(zip(HEADER, cells))
    return [by_name[name] for name in BRANCH_ORDER]


def write_workbook(path):
    book = WorkbookWriter(str(path))
    hq = [(1, [TITLE[0]]), (2, [TITLE[1]]), (4, HEADER)] + [(5 + i, cells) for i, (cells, _) in enumerate(HQ)]
    book.sheet("HQ", hq, merge="A1:G1")
    branch = [(1, BRANCH_ORDER)] + [(2 + i, branch_cells(cells)) for i, (cells, _) in enumerate(BRANCH)]
    book.sheet("Branch", branch)
    book.sheet("Read me", [(1 + i, row) for i, row in enumerate(README_ROWS)])
    book.close()


def write_csv(path):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(f"{TITLE[0]}\n{TITLE[1]}\n\n")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        for cells, _ in HQ + BRANCH:
            writer.writerow([csv_text(c) for c in cells])


def parts(path):
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def main():
    check = "--check" in sys.argv[1:]
    xlsx, twin = HERE / "fleet-two-sheets.xlsx", HERE / "fleet-two-sheets.csv"
    if not check:
        write_workbook(xlsx)
        write_csv(twin)
        return
    with tempfile.TemporaryDirectory() as tmp:
        fresh_xlsx, fresh_csv = pathlib.Path(tmp) / xlsx.name, pathlib.Path(tmp) / twin.name
        write_workbook(fresh_xlsx)
        write_csv(fresh_csv)
        # The zip's bytes depend on the zlib build; its parts do not.
        same = parts(fresh_xlsx) == parts(xlsx) and fresh_csv.read_bytes() == twin.read_bytes()
    if not same:
        print("testdata/inventories differs from make_inventories.py: run it and commit the result", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
