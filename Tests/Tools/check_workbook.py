#!/usr/bin/env python3
"""Opens report.xlsx with a real reader (openpyxl) and checks it against the
CSV files beside it: sheet names, headers, number types and formats, panel
values and their evidence comments, Chinese text, frozen header rows and
autofilters, charts. Prints one line per failed check; exit status 1 if any.

usage: check_workbook.py OUTPUT_FOLDER [zh|en]
"""
import csv
import os
import sys

import openpyxl

SHEETS = {
    "zh": ["说明", "面板", "多年比较", "指标值", "证据", "合规", "问题", "指标说明"],
    "en": ["Summary", "Panel", "Comparison", "Values", "Evidence", "Compliance", "Problems", "Indicators"],
}
CSV_OF_SHEET = {1: "panel.csv", 2: "comparison.csv", 3: "indicator_values.csv", 4: "evidence.csv",
                5: "compliance.csv", 6: "problems.csv"}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def read_csv(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def main():
    folder = sys.argv[1]
    language = sys.argv[2] if len(sys.argv) > 2 else "zh"
    book = openpyxl.load_workbook(os.path.join(folder, "report.xlsx"))
    names = SHEETS[language]
    check(book.sheetnames == names, f"sheet names {book.sheetnames} != {names}")
    for index, sheet in enumerate(book.worksheets):
        check(sheet.freeze_panes == "A2", f"{sheet.title}: header row not frozen ({sheet.freeze_panes})")
        check(bool(sheet.auto_filter.ref), f"{sheet.title}: no autofilter")
        check(all(cell.font.b for cell in sheet[1] if cell.value is not None), f"{sheet.title}: header not bold")
        if index in CSV_OF_SHEET:
            table = read_csv(folder, CSV_OF_SHEET[index])
            header = [cell.value for cell in sheet[1]]
            check(header == table[0], f"{sheet.title}: header {header} != {CSV_OF_SHEET[index]} {table[0]}")
            last_column = openpyxl.utils.get_column_letter(len(table[0]))
            expected_filter = f"A1:{last_column}{len(table)}"
            check(sheet.auto_filter.ref == expected_filter, f"{sheet.title}: autofilter {sheet.auto_filter.ref} != {expected_filter}")
    check_panel(book.worksheets[1], read_csv(folder, "panel.csv"), percent_ids(book.worksheets[7]))
    check_values(book.worksheets[3], read_csv(folder, "indicator_values.csv"))
    for index in (4, 5, 6):
        check_text_columns(book.worksheets[index], read_csv(folder, CSV_OF_SHEET[index]))
    comparison = book.worksheets[2]
    check(len(comparison._charts) > 0, "comparison sheet has no chart")
    check(len(comparison.conditional_formatting) == 2, "comparison sheet: change columns not colour-formatted")
    for line in failures:
        print(line)
    print(f"checked {len(book.sheetnames)} sheets: {len(failures)} problems")
    return 1 if failures else 0


def percent_ids(dictionary):
    rows = list(dictionary.iter_rows(min_row=2, values_only=True))
    return {row[0] for row in rows if row[3] == "percent"}


def check_panel(sheet, table, percents):
    header = table[0]
    comments = 0
    for row_index, row in enumerate(table[1:], start=2):
        for column, text in enumerate(row, start=1):
            cell = sheet.cell(row=row_index, column=column)
            if column <= 3:
                expected = int(text) if column == 3 else (text or None)
                check(cell.value == expected, f"panel {cell.coordinate}: {cell.value!r} != {text!r}")
                continue
            if text == "":
                check(cell.value is None, f"panel {cell.coordinate}: {cell.value!r} where panel.csv is empty")
                continue
            check(isinstance(cell.value, (int, float)), f"panel {cell.coordinate}: {cell.value!r} is not a number")
            percent = header[column - 1] in percents
            value = cell.value * 100 if percent and isinstance(cell.value, (int, float)) else cell.value
            check(isinstance(value, (int, float)) and abs(value - float(text)) < 1e-9, f"panel {cell.coordinate}: {value!r} != {text}")
            if percent:
                check("%" in cell.number_format, f"panel {cell.coordinate}: percentage without percent format")
            note = cell.comment.text if cell.comment else ""
            check(note.count("\n") >= 1 and note.split("\n")[-1].split("：")[-1].split(": ")[-1] != "", f"panel {cell.coordinate}: no evidence note")
            comments += 1 if note else 0
    check(comments > 0, "panel: no value carries a comment")


def check_values(sheet, table):
    for row_index, row in enumerate(table[1:], start=2):
        cells = [cell.value for cell in sheet[row_index]]
        check(cells[0] == row[0] and cells[1] == (row[1] or None), f"values row {row_index}: {cells[:2]} != {row[:2]}")
        check(cells[11] == (row[11] or None), f"values row {row_index}: evidence {cells[11]!r} != {row[11]!r}")
        value = cells[7] * 100 if row[8] == "%" else cells[7]
        check(abs(value - float(row[7])) < 1e-9, f"values row {row_index}: {value} != {row[7]}")


def check_text_columns(sheet, table):
    """Every text cell equals the CSV's; numeric columns hold numbers."""
    for row_index, row in enumerate(table[1:], start=2):
        cells = [cell.value for cell in sheet[row_index]]
        for column, text in enumerate(row):
            got = cells[column] if column < len(cells) else None
            if text == "":
                check(got is None, f"{sheet.title} {row_index}/{column + 1}: {got!r} where the CSV is empty")
            elif number(text) is not None and not isinstance(got, str):
                check(isinstance(got, (int, float)), f"{sheet.title} {row_index}/{column + 1}: {got!r} is not a number")
            else:
                check(got == text.lstrip("'"), f"{sheet.title} {row_index}/{column + 1}: {got!r} != {text!r}")


if __name__ == "__main__":
    sys.exit(main())
