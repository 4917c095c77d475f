#!/usr/bin/env python3
"""Writes legacy binary copies (.xls, BIFF8) of the corpus's 自评表 workbooks, so the .xls reader is tested against
workbooks whose content is known: every cell value, number format and merged range of corpus/docx/NAME.xlsx goes
into this folder as NAME.xls. Needs Debian's python3-openpyxl and python3-xlwt (run with /usr/bin/python3).

usage: /usr/bin/python3 tests/PerfEvalIngest.Tests/Ingest/Legacy/make-xls.py
"""
import glob, os
import openpyxl, xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "..", "corpus")
SOURCES = sorted(glob.glob(os.path.join(CORPUS, "docx", "*.xlsx")))[:2]

for source in SOURCES:
    book = openpyxl.load_workbook(source)
    out = xlwt.Workbook(encoding="utf-8")
    for sheet in book.worksheets:
        target = out.add_sheet(sheet.title)
        merged = {}
        for rng in sheet.merged_cells.ranges:
            merged[(rng.min_row, rng.min_col)] = (rng.max_row, rng.max_col)
        covered = {(r, c) for (r0, c0), (r1, c1) in merged.items()
                   for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if (r, c) != (r0, c0)}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None or (cell.row, cell.column) in covered:
                    continue
                style = xlwt.XFStyle()
                if isinstance(cell.value, (int, float)) and cell.number_format and cell.number_format != "General":
                    style.num_format_str = cell.number_format
                key = (cell.row, cell.column)
                if key in merged:
                    r1, c1 = merged[key]
                    target.write_merge(cell.row - 1, r1 - 1, cell.column - 1, c1 - 1, cell.value, style)
                else:
                    target.write(cell.row - 1, cell.column - 1, cell.value, style)
        # Merged ranges whose top-left cell is empty still merge.
        for (r0, c0), (r1, c1) in merged.items():
            if sheet.cell(r0, c0).value is None:
                target.merge(r0 - 1, r1 - 1, c0 - 1, c1 - 1)
    name = os.path.splitext(os.path.basename(source))[0] + ".xls"
    out.save(os.path.join(HERE, name))
    print("wrote", name)
