#!/usr/bin/env python3
"""Writes testdata/sample-fleet/: the sample fleet the README runs and the golden reports cover.

Each file exercises an input variant of issue 2: comma CSV (UTF-8, LF, quoted fields, an extra column, a
formula-like cell), semicolon CSV (UTF-8 BOM, CRLF, Excel 'sep=' line), Excel "Unicode text" (UTF-16 LE BOM, tab,
CRLF), and a plain serial list (comments, blank lines, spaced and quoted serials). The certificates in certs/ are
written by testdata/certs/make_certs.py. Rows are chosen so that every
rule fires at every confidence level and several rows are malformed; the comment after each row says why it is there.

Run:  python3 testdata/make_sample_fleet.py          (rewrites the files)
      python3 testdata/make_sample_fleet.py --check  (exits 1 if the committed files differ)
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent / "sample-fleet"

# (row, why) — the golden reports are judged at --as-of 2026-11-21.
INVENTORY = [
    ("AP Name,Serial Number,PID,Ethernet MAC,Site,Asset Tag", "header: names vary, Asset Tag is carried through"),
    ("HQ-LOBBY-01,FOC1837X1Y2,AIR-CAP2602I-E-K9,00:11:22:33:44:01,HQ,A-1001", "CSCur43050 window, listed family; MIC expired; FN-72524"),
    ("HQ-LOBBY-02,FCW1841A2B3,AIR-CAP3702I-E-K9,0011.2233.4402,HQ,A-1002", "window, 3700; Cisco dotted MAC"),
    ("HQ-FLOOR2-01,fgl1844k9p7,AIR-CAP1702I-E-K9,00-11-22-33-44-03,HQ,A-1003", "lower-case serial is normalised; last window week"),
    ("HQ-FLOOR2-02,FOC1838B4C5,AIR-LAP1142N-E-K9,001122334404,HQ,A-1004", "window, 1140 is not a listed family: lower confidence"),
    ("HQ-FLOOR3-01,FOC1839C5D6,AIR-CAP702I-E-K9,00:11:22:33:44:05,HQ,A-1005", "window, but the 700 series is excluded"),
    ("HQ-FLOOR3-02,FOC1840D6E7,,00:11:22:33:44:06,HQ,A-1006", "window, no model: lower confidence"),
    ("HQ-FLOOR3-03,FOC1842E7F8,Cisco Aironet AP (refurb),00:11:22:33:44:07,HQ,A-1007", "window, unrecognised model"),
    ("HQ-WLC-01,FCW1843G8H9,AIR-CT5508-K9,00:11:22:33:44:08,HQ,A-1008", "window, but a controller: no CSCur43050 finding"),
    ("WH-01,FOC1833H9J1,AIR-CAP1602I-E-K9,00:11:22:33:44:09,Warehouse,A-1009", "FN-63916 wider window, listed family"),
    ("WH-02,FOC1835J1K2,AIR-CAP2702I-E-K9,00:11:22:33:44:10,Warehouse,A-1010", "FN-63916 wider window, listed family"),
    ("WH-03,FOC1834K2L3,,00:11:22:33:44:11,Warehouse,A-1011", "FN-63916 wider window, no model: low"),
    ("WH-04,FOC1836L3M4,AIR-AP2802I-E-K9,00:11:22:33:44:12,Warehouse,A-1012", "wider window, 2800 not listed: no finding"),
    ("BR-01,FCW2104M4N5,AIR-AP1832I-E-K9,00:11:22:33:44:13,Branch,A-1013", "MIC ends within 90 days: high"),
    ("BR-02,FCW2120N5P6,AIR-AP1852I-E-K9,00:11:22:33:44:14,Branch,A-1014", "MIC ends within 365 days: medium"),
    ("BR-03,FGL2131A3JS,AIR-AP2802E-E-K9,00:AA:BB:CC:DD:01,Branch,A-1015", "after the ten-year MIC era; its SUDI (certs/) joins by serial: ok"),
    ("BR-04,FJC2347Q1R2,C9120AXI-E,00:11:22:33:44:16,Branch,A-1016", "Catalyst 9120: ok"),
    ("BR-05,KWC2452R2S3,C9130AXI-E,00:11:22:33:44:17,Branch,A-1017", "Catalyst 9130: ok"),
    ("BR-06,FCW2103C1D2,AIR-AP1832I-E-K9,94D4.69F8.2DE8,Branch,A-1031", "its MIC (certs/ap1g4-mic.der) joins by MAC"),
    ("HQ-LOBBY-03,FOC1838Q7R8,AIR-CAP2602I-E-K9,f4:4e:05:a1:b2:c3,HQ,A-1032", "its two MICs (certs/c2600-both-mics.pem) join by MAC, its console capture (captures/) by serial: CSCur43050 confirmed"),
    ("LAB-01,FTX1246S3T4,AIR-LAP1142N-E-K9,00:11:22:33:44:18,Lab,A-1018", "2008: MIC long expired; FN-72524"),
    ("LAB-02,JAE0921T4U5,AIR-LAP1131AG-E-K9,00:11:22:33:44:19,Lab,A-1019", "2005 week 21: before the MIC era, no prediction"),
    ("LAB-03,FOC1853U5V6,AIR-CAP3602I-E-K9,00:11:22:33:44:20,Lab,A-1020", "week 53: undocumented"),
    ("LAB-04,9DSJVQZ7O6I,AIR-CTVM-K9,,Lab,A-1021", "virtual controller: not date-coded"),
    ("\"=cmd|' /C calc'!A0\",FOC1720V6W7,AIR-CAP3502I-E-K9,00:11:22:33:44:21,Lab,A-1022", "a formula in the name must not run in Excel"),
    ("\"HQ-QUOTED, \"\"east\"\"\",FOC1841Z9Y8,AIR-CAP2602I-E-K9,00:11:22:33:44,HQ,A-1025", "quoted name; MAC too short: kept with a note"),
    ("HQ-LOBBY-01-DUP,FOC1837X1Y2,AIR-CAP2602I-E-K9,00:11:22:33:44:01,HQ,A-1001", "duplicate serial"),
    ("HQ-SPARE,,AIR-CAP2602I-E-K9,,HQ,A-1023", "empty serial: input error"),
    ("HQ-SPARE2,N/A,AIR-CAP2602I-E-K9,,HQ,A-1024", "placeholder: input error"),
    ("HQ-BAD-WEEK,FOC1800A1B2,AIR-CAP2602I-E-K9,,HQ,A-1026", "week 00: input error"),
    ("HQ-BAD-WEEK2,FOC1861A1B2,AIR-CAP2602I-E-K9,,HQ,A-1027", "week 61: input error"),
    ("HQ-SHORT,FOC1837X1Y,AIR-CAP2602I-E-K9,,HQ,A-1028", "ten characters: input error"),
    ("HQ-JUNK,FOC18#7X1Y2,AIR-CAP2602I-E-K9,,HQ,A-1029", "junk character: input error"),
    ("HQ-TYPO,FOC1837X1YO,AIR-CAP2602I-E-K9,,HQ,A-1030", "letter O in the base-34 part: input error"),
    (",,,,,", "a blank row, skipped like a blank line"),
]

BRANCH = [
    ("sep=;", "Excel's separator hint"),
    ("serial_number;Product ID;Hostname;Base MAC;Location;Notes", "header"),
    ("FDO1845A1B2;AIR-CAP2602I-E-K9;BR2-AP01;aabb.cc00.0101;Branch 2;\"ceiling; row 3\"", "week 45: after the window; quoted separator"),
    (" foc1837x1y2 ;AIR-CAP2602I-E-K9;BR2-AP02;aabb.cc00.0102;Branch 2;", "the HQ unit again, spaced and lower case: duplicate"),
    ("FDO1845B2\"C3;AIR-CAP2602I-E-K9;BR2-AP03;aabb.cc00.0103;Branch 2;", "stray quote: the row is not valid CSV"),
    ("SAD1919C3D4;AIR-AP1815I-E-K9;BR2-AP04;aabb.cc00.0104;Branch 2;wall plate", "2015: MIC expired; AP-COS, no FN-72524"),
    ("PSZ2001D4E5;AIR-AP3802I-E-K9;BR2-AP05;aabb.cc00.0105;Branch 2;", "2016 week 01: MIC expired this year"),
]

WAREHOUSE = [
    ("Serial No.\tModel\tLocation\tQty", "Excel 'Unicode text': UTF-16 LE with BOM, tab-separated"),
    ("FCZ1837E5F6\tAIR-CAP1532I-E-K9\tYard\t1", "window, 1530 outdoor AP"),
    ("FCZ1910F6G7\tAIR-AP1562E-E-K9\tYard\t1", "2015: MIC expired"),
    ("\"FCZ1911G7H8\"\tAIR-AP1562E-E-K9\tYard\t1", "quoted field"),
    ("\t\t\t", "blank row, skipped"),
    ("XYZ\tAIR-AP1562E-E-K9\tYard\t1", "three characters: input error"),
]

SPARES = [
    ("# Spare APs in the cage, counted 2026-11-02", "comment"),
    ("FOC1843H8J9", "window, no model"),
    ("  fcw1837j9k1   # lower case, indented", "normalised; inline comment"),
    ("\"FGL1928K1L2\"", "quoted; 2015 week 28"),
    ("FOC 1844 L2M3", "inner spaces removed; window"),
    ("", "blank"),
    ("# returned units", "comment"),
    ("FOC1837X1Y2", "the HQ unit a third time"),
    ("ABC", "too short: input error"),
    ("FAA12345678X", "Flextronics FAA: not date-coded"),
    ("123456", "six-digit Cerent serial: not date-coded"),
]

FILES = {
    "inventory.csv": (INVENTORY, "\n", "utf-8"),
    "branch-semicolon.csv": (BRANCH, "\r\n", "utf-8-sig"),
    "warehouse-unicode.txt": (WAREHOUSE, "\r\n", "utf-16"),  # Python's utf-16 writes a little-endian BOM here
    "spares.txt": (SPARES, "\n", "utf-8"),
}


def render(rows, newline, encoding):
    text = "".join(row + newline for row, _ in rows)
    data = text.encode(encoding)
    if encoding == "utf-16" and not data.startswith(b"\xff\xfe"):
        data = b"\xff\xfe" + text.encode("utf-16-le")
    return data


def main():
    check = "--check" in sys.argv[1:]
    HERE.mkdir(parents=True, exist_ok=True)
    stale = []
    for name, (rows, newline, encoding) in FILES.items():
        data = render(rows, newline, encoding)
        path = HERE / name
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
        else:
            path.write_bytes(data)
    if stale:
        print("stale fixtures (run python3 testdata/make_sample_fleet.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
