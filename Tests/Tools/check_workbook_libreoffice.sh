#!/usr/bin/env bash
# Converts every sheet of OUTPUT_FOLDER/report.xlsx to CSV with LibreOffice
# headless, and checks the panel sheet's values against panel.csv.
# usage: check_workbook_libreoffice.sh OUTPUT_FOLDER PANEL_SHEET_NAME
set -euo pipefail
folder=$1
panel=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$folder/report.xlsx" "$work/"
# Filter options: comma, double quote, UTF-8, from line 1, …; the last token (-1) writes every sheet.
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
  --outdir "$work" "$work/report.xlsx" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
sheets=$(ls "$work"/report-*.csv | wc -l)
[ "$sheets" -eq 8 ] || { echo "LibreOffice wrote $sheets sheets, not 8"; cat "$work/log"; exit 1; }
python3 - "$folder/panel.csv" "$work/report-$panel.csv" <<'PY'
import csv, sys
expected = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
actual = list(csv.reader(open(sys.argv[2], encoding="utf-8")))
def value(text):
    # Percent cells come out as shown ("100%") or as the fraction; panel.csv has the percentage.
    if text.endswith("%"):
        return round(float(text[:-1]), 6)
    try:
        return round(float(text), 6)
    except ValueError:
        return text
bad = 0
if len(expected) != len(actual):
    print(f"{len(actual)} rows in LibreOffice's panel, {len(expected)} in panel.csv"); bad += 1
for number, (want, got) in enumerate(zip(expected, actual), start=1):
    want, got = [value(c) for c in want], [value(c) for c in got]
    got += [""] * (len(want) - len(got))
    for column, (w, g) in enumerate(zip(want, got)):
        if w != g and not (isinstance(w, float) and isinstance(g, float) and abs(w - g * 100) < 1e-6):
            print(f"row {number} column {column + 1}: LibreOffice {g!r}, panel.csv {w!r}"); bad += 1
print(f"LibreOffice converted {len(expected) - 1} panel rows: {bad} differences")
sys.exit(1 if bad else 0)
PY
