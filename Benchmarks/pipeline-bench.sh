#!/usr/bin/env bash
# make bench: times fazhi on a 10,000-report corpus grown from data/reports by
# ../shared/tools/make_corpus.py: a cold run, a rerun with nothing changed,
# and a rerun after 100 reports changed. Prints documents/s, MB/s and peak
# RSS against the targets. A benchmark, not a test: it never fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
BENCH_DIR=${BENCH_DIR:-/tmp/fazhi-bench}
DOCS=${DOCS:-10000}
FAZHI=.build/release/fazhi

python3 -c "import opencc" 2>/dev/null || python3 -m pip install --quiet opencc
[ -x /usr/bin/time ] || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -qq time >/dev/null; }

corpus="$BENCH_DIR/reports"
if [ "$(find "$corpus" -type f 2>/dev/null | wc -l)" -ne "$DOCS" ]; then
  rm -rf "$corpus"
  python3 "$SHARED/tools/make_corpus.py" data/reports --out "$corpus" --docs "$DOCS"
fi
megabytes=$(du -sm "$corpus" | cut -f1)
out="$BENCH_DIR/out"

# timed NAME TARGET_SECONDS: runs fazhi, prints seconds, docs/s, MB/s, peak RSS.
timed() {
  local name=$1 target=$2 log="$BENCH_DIR/$1.time"
  /usr/bin/time -v "$FAZHI" run --input "$corpus" --out "$out" --quiet 2>"$log" >/dev/null || true
  local seconds rss
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
  awk -v n="$name" -v s="$seconds" -v d="$DOCS" -v m="$megabytes" -v r="$rss" -v t="$target" 'BEGIN {
    printf "%-12s %7.2f s  %8.0f docs/s  %6.1f MB/s  peak RSS %4d MB  (target <= %s s, <= 300 MB: %s)\n",
      n, s, d / s, m / s, r, t, (s <= t && r <= 300) ? "met" : "NOT met" }'
}

echo "corpus: $DOCS reports, $megabytes MB, $corpus; $(nproc) cores"
rm -rf "$out"
timed cold 2
timed no-change 0.3
python3 - "$corpus" <<'PY'
import os, sys
folder = sys.argv[1]
for name in sorted(os.listdir(folder))[:100]:
    path = os.path.join(folder, name)
    data = open(path, "rb").read()
    tail = "\n".encode("utf-16-le") if data.startswith(b"\xff\xfe") else b"\n"
    open(path, "wb").write(data + tail)
PY
timed 100-changed 0.5
