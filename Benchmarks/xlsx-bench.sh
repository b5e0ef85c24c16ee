#!/usr/bin/env bash
# xlsx benchmark: writes the same ROWS-row workbook (see
# Benchmarks/xlsx/libxlsxwriter_bench.c for the workload) with libxlsxwriter
# in constant-memory mode and with our Swift writer (.build/release/xlsx-bench),
# in this order, and prints for each the wall seconds, peak RSS and output
# size, then ours/libxlsxwriter against the targets (time ratio <= 1.0, our
# peak RSS <= 64 MB). Every output is checked: a valid zip whose worksheet is
# well-formed XML with ROWS+1 rows.
# A benchmark, not a test: a missed target never fails it, but a writer that
# crashes or writes an invalid file makes it exit non-zero.
#
# env: ROWS (default 1000000), REPEAT (runs per writer, best time reported;
# default 1), BENCH_DIR (default /tmp/fazhi-xlsx-bench), SWIFT_BENCH (default
# .build/release/xlsx-bench; relative paths are from the repo root).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
REPEAT=${REPEAT:-1}
BENCH_DIR=${BENCH_DIR:-/tmp/fazhi-xlsx-bench}
SWIFT_BENCH=${SWIFT_BENCH:-.build/release/xlsx-bench}
SOURCE=Benchmarks/xlsx/libxlsxwriter_bench.c
LIBXLSX=.build/xlsx-bench/libxlsxwriter_bench
RSS_TARGET=64

[[ $ROWS =~ ^[0-9]+$ ]] && [ "$ROWS" -le 1048575 ] || { echo "ROWS must be 0..1048575, got '$ROWS'" >&2; exit 2; }
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || { echo "REPEAT must be a positive integer, got '$REPEAT'" >&2; exit 2; }

missing=""
dpkg -s libxlsxwriter-dev >/dev/null 2>&1 || missing="$missing libxlsxwriter-dev"
[ -x /usr/bin/time ] || missing="$missing time"
command -v gcc >/dev/null || missing="$missing gcc"
command -v unzip >/dev/null || missing="$missing unzip"
if [ -n "$missing" ]; then
  echo "installing:$missing"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi

if [ ! -x "$LIBXLSX" ] || [ "$SOURCE" -nt "$LIBXLSX" ]; then
  mkdir -p "$(dirname "$LIBXLSX")"
  flags=$(pkg-config --cflags --libs xlsxwriter 2>/dev/null || echo -lxlsxwriter)
  # shellcheck disable=SC2086
  gcc -O2 -o "$LIBXLSX" "$SOURCE" $flags
fi

mkdir -p "$BENCH_DIR"
failed=0

# check FILE: a valid zip (unzip -tq, every CRC) holding a workbook whose
# first worksheet is well-formed XML with ROWS+1 <row> elements. Prints
# "zip OK, N rows" or why not, and returns non-zero when invalid.
check() {
  local file=$1 log
  if ! log=$(unzip -tq "$file" 2>&1); then
    echo "INVALID zip (unzip -tq: $(echo "$log" | grep -v '^\[' | head -1 | sed 's/^ *//'))"
    return 1
  fi
  python3 - "$file" "$ROWS" <<'PY'
import re, sys, zipfile, xml.parsers.expat
path, rows = sys.argv[1], int(sys.argv[2])
try:
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for need in ("[Content_Types].xml", "xl/workbook.xml"):
            if need not in names:
                raise ValueError(f"no {need}")
        sheets = sorted(n for n in names if re.fullmatch(r"xl/worksheets/[^/]+\.xml", n))
        if not sheets:
            raise ValueError("no xl/worksheets/*.xml")
        count = 0
        def start(name, attrs):
            global count
            if name == "row":
                count += 1
        parser = xml.parsers.expat.ParserCreate()
        parser.StartElementHandler = start
        with z.open(sheets[0]) as sheet:
            while chunk := sheet.read(1 << 20):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
except Exception as error:
    print(f"INVALID: {error}")
    sys.exit(1)
if count != rows + 1:
    print(f"INVALID: {sheets[0]} has {count} rows, expected {rows + 1}")
    sys.exit(1)
print(f"zip OK, {count} rows")
PY
}

# timed NAME BINARY: runs BINARY ROWS FILE REPEAT times under /usr/bin/time -v,
# prints the best wall seconds (and that run's user+sys CPU seconds), the peak
# RSS over all runs, the output size and the check of the output, and sets
# SECONDS_<NAME> and RSS_<NAME>.
timed() {
  local name=$1 binary=$2 file="$BENCH_DIR/$1.xlsx" log="$BENCH_DIR/$1.time"
  local best="" best_cpu="" peak=0 run rc start end seconds cpu rss verdict
  for ((run = 1; run <= REPEAT; run++)); do
    rm -f "$file"
    rc=0
    start=${EPOCHREALTIME:-}
    /usr/bin/time -v "$binary" "$ROWS" "$file" >"$BENCH_DIR/$name.out" 2>"$log" || rc=$?
    end=${EPOCHREALTIME:-}
    if [ "$rc" -ne 0 ]; then
      printf '%-14s FAILED (exit %d, run %d); last lines of %s:\n' "$name" "$rc" "$run" "$log"
      grep -v '^\s' "$log" | tail -5 | sed 's/^/    /' || true
      failed=1
      return 0
    fi
    if [ -n "$start" ]; then  # bash 5: to the millisecond rather than time's 10 ms
      seconds=$(awk -v a="${start/,/.}" -v b="${end/,/.}" 'BEGIN { printf "%.3f", b - a }')
    else
      seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    fi
    cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
    if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$seconds best_cpu=$cpu; fi
    if [ "$rss" -gt "$peak" ]; then peak=$rss; fi
  done
  verdict=$(check "$file") || failed=1
  local bytes
  bytes=$(stat -c %s "$file" 2>/dev/null || echo 0)
  awk -v n="$name" -v s="$best" -v c="$best_cpu" -v r="$peak" -v b="$bytes" -v k="$REPEAT" -v v="$verdict" 'BEGIN {
    printf "%-14s %8.3f s%s  (cpu %.2f s)  peak RSS %5d MB  output %8.2f MB  %s\n",
      n, s, (k > 1 ? " (best of " k ")" : ""), c, r, b / 1048576, v }'
  printf -v "SECONDS_${name//-/_}" '%s' "$best"
  printf -v "RSS_${name//-/_}" '%s' "$peak"
}

echo "xlsx: $ROWS rows, $REPEAT run(s) per writer, $(nproc) cores," \
  "libxlsxwriter $(dpkg-query -W -f='${Version}' libxlsxwriter-dev 2>/dev/null || echo '?'), outputs in $BENCH_DIR"
timed libxlsxwriter "$LIBXLSX"
if [ ! -x "$SWIFT_BENCH" ]; then
  echo "ours           skipped: $SWIFT_BENCH not found (build it: swift build -c release --product xlsx-bench)"
  exit "$failed"
fi
timed ours "$SWIFT_BENCH"

if [ "$failed" -eq 0 ]; then
  awk -v o="$SECONDS_ours" -v l="$SECONDS_libxlsxwriter" -v r="$RSS_ours" -v t="$RSS_TARGET" 'BEGIN {
    if (l > 0) { ratio = o / l; shown = sprintf("%.2f", ratio) } else { ratio = (o > 0) ? 1e9 : 1; shown = "n/a (libxlsxwriter took 0.00 s)" }
    printf "ours/libxlsxwriter time %s  ours peak RSS %d MB  (targets: ratio <= 1.0 %s, RSS <= %d MB %s: %s)\n",
      shown, r, (ratio <= 1.0 ? "met" : "NOT met"), t, (r <= t ? "met" : "NOT met"),
      (ratio <= 1.0 && r <= t) ? "all met" : "NOT all met" }'
fi
exit "$failed"
