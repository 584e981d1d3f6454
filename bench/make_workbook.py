#!/usr/bin/env python3
"""Writes a synthetic AP inventory workbook (.xlsx) for benchmarks, and the small workbook writer the test fixtures
use too (testdata/inventories/make_inventories.py).

The rows are make_inventory.py's (same seed, same rows), laid out as Excel saves an export: a title row and a blank
row above the header, text in the shared-strings table, an "Installed" date column (a number with a date style) and
an "Asset" column of numbers. Only the standard library: the zip and the SpreadsheetML parts (ECMA-376 Part 1,
§18) are written here, each sheet streamed into the zip, with a fixed timestamp so every run writes the same bytes.

Usage: python3 bench/make_workbook.py ROWS OUTPUT.xlsx
"""
import datetime
import random
import sys
import zipfile
from xml.sax.saxutils import escape

import make_inventory

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
EPOCH_1900 = datetime.date(1899, 12, 30)

# Cell styles (cellXfs): 0 General, 1 built-in date format 14, 2 a custom date format, 3 bold, 4 a fill (no value).
STYLE_DATE, STYLE_CUSTOM_DATE, STYLE_BOLD, STYLE_FILL = 1, 2, 3, 4
STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>'
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


class Inline(str):
    """A string written in the cell itself (t="inlineStr"), as many exporters do, not in the shared-strings table."""


class Formula:
    """A formula cell with the text Excel computed for it (t="str")."""

    def __init__(self, formula, text):
        self.formula, self.text = formula, text


class Styled:
    """A cell with a style and no value: Excel keeps one per formatted empty cell."""

    def __init__(self, style):
        self.style = style


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


class WorkbookWriter:
    """Writes sheets one at a time, each streamed; the shared strings, workbook and package parts at close()."""

    def __init__(self, path):
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
        self.sheets = []
        self.strings = {}

    def _part(self, name, text):
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, text)

    def _string(self, text):
        return self.strings.setdefault(text, len(self.strings))

    def _cell(self, ref, value):
        if value is None:
            return ""
        if isinstance(value, Styled):
            return f'<c r="{ref}" s="{value.style}"/>'
        if isinstance(value, Formula):
            return f'<c r="{ref}" t="str"><f>{escape(value.formula)}</f><v>{escape(value.text)}</v></c>'
        if isinstance(value, Inline):
            return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, datetime.date):
            return f'<c r="{ref}" s="{STYLE_DATE}"><v>{(value - EPOCH_1900).days}</v></c>'
        if isinstance(value, tuple):  # (style, number)
            return f'<c r="{ref}" s="{value[0]}"><v>{value[1]}</v></c>'
        if isinstance(value, (int, float)):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="s"><v>{self._string(value)}</v></c>'

    def sheet(self, name, rows, merge=None):
        """rows: (row number, [cell values]) in order; a value is None, str, Inline, Formula, int, float, bool, date,
        (style, number) or Styled."""
        number = len(self.sheets) + 1
        self.sheets.append(name)
        info = zipfile.ZipInfo(f"xl/worksheets/sheet{number}.xml", date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with self.zip.open(info, "w", force_zip64=True) as out:
            out.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
                      '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>'.encode())
            buffer = []
            for row_number, cells in rows:
                body = "".join(self._cell(f"{column_name(i)}{row_number}", v) for i, v in enumerate(cells))
                buffer.append(f'<row r="{row_number}">{body}</row>')
                if len(buffer) >= 1000:
                    out.write("".join(buffer).encode())
                    buffer.clear()
            out.write("".join(buffer).encode())
            out.write(b"</sheetData>")
            if merge:
                out.write(f'<mergeCells count="1"><mergeCell ref="{merge}"/></mergeCells>'.encode())
            out.write(b"</worksheet>")

    def close(self):
        sst = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in self.strings)
        self._part("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
                   f'count="{len(self.strings)}" uniqueCount="{len(self.strings)}">{sst}</sst>')
        self._part("xl/styles.xml", STYLES)
        sheets = "".join(f'<sheet name="{escape(n, {chr(34): "&quot;"})}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(self.sheets))
        self._part("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" '
                   f'xmlns:r="{REL}"><sheets>{sheets}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(self.sheets)))
        n = len(self.sheets)
        rels += f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        rels += f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="styles.xml"/>'
        self._part("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">{rels}</Relationships>')
        self._part("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
        self._part("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   f'{overrides}</Types>')
        self.zip.close()


def inventory_rows(count):
    """make_inventory.py's rows (same seed), with an install date and an asset number, below a title row."""
    rng = random.Random(20261121)
    yield 1, [("Wireless inventory, exported 2026-11-02")]
    yield 3, ["AP Name", "Serial Number", "PID", "Ethernet MAC", "Site", "Installed", "Asset"]
    for i in range(count):
        s = rng.choice(make_inventory.MALFORMED) if rng.random() < 0.005 else make_inventory.serial(rng)
        mac = ":".join(f"{b:02x}" for b in i.to_bytes(6, "big"))
        pid, site = rng.choice(make_inventory.PIDS), rng.choice(make_inventory.SITES)
        installed = datetime.date(2015, 1, 1) + datetime.timedelta(days=i % 3650)
        yield i + 4, [f"AP-{i:07d}", s or None, pid, mac, site, installed, 100000 + i]


def main():
    rows, path = int(sys.argv[1]), sys.argv[2]
    book = WorkbookWriter(path)
    book.sheet("Inventory", inventory_rows(rows), merge="A1:G1")
    book.close()


if __name__ == "__main__":
    main()
