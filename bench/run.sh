#!/usr/bin/env bash
# Casebook build benchmark (SPEC §7): Casebook against Hugo on the same generated corpora, plus the floor
# (cmark-gfm alone, writing the files alone) and a one-case edit rebuild. Method: bench/README.md.
#
#   bash bench/run.sh            1,000 and 10,000 cases → bench/results/latest.md (and the terminal)
#   bash bench/run.sh --quick    1,000 cases, 2 runs → bench/out/quick.md (latest.md is left alone)
#
# Environment: BENCH_RUNS (runs per tool and size; default 5, 3 for ≥ 10,000, 2 with --quick),
# BENCH_SIZES ("1000 10000"), BENCH_SEED (1), BENCH_OUT (bench/out), BENCH_KEEP=1 (keep the built sites),
# BENCH_QUIET_BUSY (0.25: wait before a run while more than this share of the CPUs is busy elsewhere),
# BENCH_QUIET_WAIT (60, 10 with --quick: … but at most this many seconds), BENCH_BUILD_RETRIES (0: retries of a failed
# `swift build`, 120 s apart, for when the sources are being edited), BENCH_FORGET_WAIT (65, 0 with --quick: seconds to
# wait after deleting built sites, see forget_deleted), CASEBOOK_BIN (a casebook binary to time instead of building
# one), BENCH_REPORT (where the report goes instead of results/latest.md).
set -euo pipefail

usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
quick=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done

out="${BENCH_OUT:-$here/out}"
seed="${BENCH_SEED:-1}"
if [ "$quick" = 1 ]; then sizes="${BENCH_SIZES:-1000}"; else sizes="${BENCH_SIZES:-1000 10000}"; fi
quiet_busy="${BENCH_QUIET_BUSY:-0.25}"
if [ "$quick" = 1 ]; then quiet_wait="${BENCH_QUIET_WAIT:-10}"; else quiet_wait="${BENCH_QUIET_WAIT:-60}"; fi
retries="${BENCH_BUILD_RETRIES:-0}"
logs="$out/logs"
raw="$out/raw.tsv"
envfile="$out/env.tsv"

say() { printf '%s\n' "$*" >&2; }
trap 'echo "run.sh: line $LINENO: a command failed (exit status $?)" >&2' ERR
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }
runs_for() {
  if [ -n "${BENCH_RUNS:-}" ]; then echo "$BENCH_RUNS"
  elif [ "$quick" = 1 ]; then echo 2
  elif [ "$1" -ge 10000 ]; then echo 3
  else echo 5; fi
}
regions_for() { local r=$((20 + $1 / 50)); [ "$r" -le 222 ] || r=222; echo "$r"; }
largest=0
for n in $sizes; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "BENCH_SIZES must hold case counts, got '$n'"
  [ "$n" -le "$largest" ] || largest=$n
done

# ---------------------------------------------------------------------------------------------- tools
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]; }
need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
command -v gcc >/dev/null || need+=(gcc)
command -v python3 >/dev/null || need+=(python3)
installed libcmark-gfm-dev || need+=(libcmark-gfm-dev)
installed libcmark-gfm-extensions-dev || need+=(libcmark-gfm-extensions-dev)
cli_policy=$(apt-cache policy cmark-gfm 2>/dev/null || true)   # (no `| grep -q`: SIGPIPE under pipefail)
if ! command -v cmark-gfm >/dev/null && [[ "$cli_policy" == *"Candidate: "[0-9]* ]]; then
  need+=(cmark-gfm)
fi
if [ ${#need[@]} -gt 0 ]; then
  say "Installing ${need[*]} (Debian packages the benchmark needs)…"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  mkdir -p "$out/logs"
  { "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      && "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"; } \
    >"$out/logs/apt.log" 2>&1 || { cat "$out/logs/apt.log" >&2; die "installing ${need[*]} failed"; }
fi
command -v swift >/dev/null || die "no swift on PATH: the benchmark builds Casebook with the Swift 6 toolchain"
have_cli=0
command -v cmark-gfm >/dev/null && have_cli=1

mkdir -p "$out/bin" "$logs" "$out/runs"
: >"$raw"

# -------------------------------------------------------------------------------------- build the tools
if [ -n "${CASEBOOK_BIN:-}" ]; then
  casebook="$CASEBOOK_BIN"
  say "Timing $casebook (CASEBOOK_BIN; not built here)"
else
  say "Building Casebook (release, --scratch-path .build-bench)…"
  attempt=0
  until (cd "$root" && swift build -c release --product casebook --scratch-path .build-bench) >"$logs/swift-build.log" 2>&1; do
    if [ "$attempt" -ge "$retries" ]; then
      cat "$logs/swift-build.log" >&2
      die "the Casebook release build failed (output above)"
    fi
    attempt=$((attempt + 1))
    say "  the build failed; retrying in 120 s ($attempt of $retries)"
    sleep 120
  done
  casebook="$root/.build-bench/release/casebook"
fi
[ -x "$casebook" ] || die "no binary at $casebook after the build"

for tool in cmark_floor write_floor; do
  if [ ! -x "$out/bin/$tool" ] || [ "$here/floor/$tool.c" -nt "$out/bin/$tool" ]; then
    libs=()
    [ "$tool" = cmark_floor ] && libs=(-lcmark-gfm-extensions -lcmark-gfm)
    gcc -O2 -o "$out/bin/$tool" "$here/floor/$tool.c" "${libs[@]}" 2>"$logs/$tool.gcc.log" \
      || { cat "$logs/$tool.gcc.log" >&2; die "compiling bench/floor/$tool.c failed"; }
  fi
done

# ---------------------------------------------------------------------------------------- measuring
# The share of all CPUs (‰) busy over one second, from /proc/stat.
cpu_busy_permille() {
  local a b idle_a idle_b total_a=0 total_b=0 v
  read -r -a a < /proc/stat
  sleep 1
  read -r -a b < /proc/stat
  for v in "${a[@]:1}"; do total_a=$((total_a + v)); done
  for v in "${b[@]:1}"; do total_b=$((total_b + v)); done
  idle_a=$((a[4] + a[5])); idle_b=$((b[4] + b[5]))
  local total=$((total_b - total_a))
  [ "$total" -gt 0 ] || { echo 0; return; }
  echo $((1000 - 1000 * (idle_b - idle_a) / total))
}

# Flushes dirty pages, then waits (up to BENCH_QUIET_WAIT s) until the machine is quiet; sets BUSY (0–1).
BUSY=0
settle() {
  sync
  local limit waited=0 permille noted=0
  limit=$(awk -v b="$quiet_busy" 'BEGIN { printf "%d", b * 1000 }')
  while :; do
    permille=$(cpu_busy_permille)
    if [ "$permille" -le "$limit" ] || [ "$waited" -ge "$quiet_wait" ]; then break; fi
    if [ "$noted" = 0 ]; then say "  waiting for a quieter machine (other work uses $((permille / 10)) % of the CPUs)…"; noted=1; fi
    sleep 4
    waited=$((waited + 5))
  done
  BUSY=$(awk -v p="$permille" 'BEGIN { printf "%.3f", p / 1000 }')
}

# measure NAME cmd… — runs the command under /usr/bin/time; sets M_RC M_WALL M_USER M_SYS M_RSS.
# Its stdout goes to $logs/NAME.out, its stderr to $logs/NAME.err.
measure() {
  local name=$1 start end
  shift
  start=$EPOCHREALTIME
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$logs/$name.time" "$@" >"$logs/$name.out" 2>"$logs/$name.err"
  M_RC=$?
  set -e
  end=$EPOCHREALTIME
  M_WALL=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }')
  read -r _ M_USER M_SYS M_RSS < <(tail -n 1 "$logs/$name.time")
}

fail_with() {  # NAME WHAT
  say "--- stderr of $2 ---"
  cat "$logs/$1.err" >&2
  say "--- stdout of $2 (last 40 lines) ---"
  tail -n 40 "$logs/$1.out" >&2
  die "$2 failed (exit status $M_RC)"
}

count_output() {  # DIR → "files bytes"
  find "$1" -type f -printf '%s\n' | awk '{ n++; s += $1 } END { printf "%d %d\n", n, s }'
}

build_cmd() {  # TOOL SIZE DEST → sets CMD
  case "$1" in
    casebook | casebook-warm) CMD=("$casebook" build --source "$out/corpus-$2" --output "$3" --quiet) ;;
    hugo) CMD=(hugo --source "$out/hugo-$2" --destination "$3" --quiet) ;;
  esac
}

# ext4 without a journal (as on these VMs) skips inodes freed in the last 60 s (300 s while unsynced) when it
# allocates new ones, so a build right after deleting a built site spends seconds of kernel time scanning: the
# timed runs keep their outputs until all runs of a size are done, and every deletion is followed by a sync and a wait.
forget_wait="${BENCH_FORGET_WAIT:-$([ "$quick" = 1 ] && echo 0 || echo 65)}"
forget_deleted() {
  sync
  if [ "$forget_wait" -gt 0 ]; then say "  (waiting ${forget_wait} s after deleting built sites, so that fresh inodes are cheap again)"; sleep "$forget_wait"; fi
}

edited_file=""
edited_backup="$out/edit-backup.md"
restore_edit() { if [ -n "$edited_file" ] && [ -f "$edited_backup" ]; then cp "$edited_backup" "$edited_file"; fi; }
cleanup() {
  restore_edit
  [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$out/runs"
}
trap cleanup EXIT

# ------------------------------------------------------------------------------------------- sizes
gen_hash=$( (cat "$here/gen_corpus.py"; find "$here/hugo" -type f -print0 | sort -z | xargs -0 cat) | sha256sum | cut -c1-16)
for n in $sizes; do
  runs=$(runs_for "$n")
  regions=$(regions_for "$n")
  corpus="$out/corpus-$n"
  hugo_site="$out/hugo-$n"
  label=$(printf "%'d" "$n" 2>/dev/null || echo "$n")
  stamp="seed=$seed cases=$n regions=$regions generator=$gen_hash"
  if [ ! -f "$corpus/site.yaml" ] || [ "$(cat "$out/corpus-$n.stamp" 2>/dev/null)" != "$stamp" ]; then
    say "$label cases: generating the corpus ($regions regions)…"
    rm -f "$out/corpus-$n.stamp"
    python3 "$here/gen_corpus.py" --cases "$n" --regions "$regions" --seed "$seed" --out "$corpus" --hugo "$hugo_site" 2>"$logs/gen-$n.log" \
      || { cat "$logs/gen-$n.log" >&2; die "generating the $n-case corpus failed"; }
    # every body, front matter removed, one after another: the input of the cmark-gfm CLI floor
    python3 - "$corpus/content" "$out/bodies-$n.md" <<'PY'
import os, sys
paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(sys.argv[1]) for f in fs if f.endswith(".md"))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in paths:
        text = open(path, encoding="utf-8").read()
        if text.startswith("---\n") and "\n---\n" in text[4:]:
            text = text[text.index("\n---\n", 4) + 5:]
        out.write(text.rstrip("\n") + "\n\n")
PY
    echo "$stamp" >"$out/corpus-$n.stamp"
  fi
  md_bytes=$(find "$corpus/content/cases" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }')
  printf 'corpus\t%s\t%s\t%s\t%s\n' "$n" "$n" "$regions" "$md_bytes" >>"$raw"

  # Warm-up (untimed): fills the page cache, and shows content problems and private-data leaks early.
  say "$label cases: warm-up builds…"
  for tool in casebook hugo; do
    dest="$out/runs/warm-$tool-$n"
    rm -rf "$dest"; mkdir -p "$dest"
    build_cmd "$tool" "$n" "$dest"
    [ "$tool" = hugo ] || CMD=("${CMD[@]:0:${#CMD[@]}-1}")   # Casebook without --quiet, to see warnings
    measure "warm-$tool-$n" "${CMD[@]}"
    [ "$M_RC" = 0 ] || fail_with "warm-$tool-$n" "$tool build of the $n-case corpus"
    if grep -q 'warning' "$logs/warm-$tool-$n.out" "$logs/warm-$tool-$n.err"; then
      say "  note: $tool reports warnings on the generated corpus (see $logs/warm-$tool-$n.*):"
      grep -h 'warning' "$logs/warm-$tool-$n.out" "$logs/warm-$tool-$n.err" | awk 'NR <= 5' >&2
    fi
    if grep -rqF -e '@example.cn' -e '010-5555-' "$dest"; then
      say "  WARNING: $tool's output contains private contact data (grep -rF @example.cn $dest)"
    fi
  done
  rm -rf "$out/runs"
  forget_deleted

  # Timed builds, alternating the tools (and which goes first), each into a fresh empty folder. Casebook twice:
  # cold (its build cache, .casebook/ in the site folder, removed first) and then warm (the cache the cold run left).
  for i in $(seq 1 "$runs"); do
    order="casebook casebook-warm hugo"
    [ $((i % 2)) = 1 ] || order="hugo casebook casebook-warm"
    for tool in $order; do
      dest="$out/runs/$tool-$n-$i"
      rm -rf "$dest"; mkdir -p "$dest"
      [ "$tool" != casebook ] || rm -rf "$corpus/.casebook"
      build_cmd "$tool" "$n" "$dest"
      settle
      measure "$tool-$n-$i" "${CMD[@]}"
      [ "$M_RC" = 0 ] || fail_with "$tool-$n-$i" "$tool build of the $n-case corpus"
      read -r files bytes < <(count_output "$dest")
      printf 'build\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$i" "$M_WALL" "$M_USER" "$M_SYS" "$M_RSS" "$BUSY" "$files" "$bytes" >>"$raw"
      say "$label cases: $tool run $i/$runs: $(printf '%.2f' "$M_WALL") s wall, $(awk -v u="$M_USER" -v s="$M_SYS" 'BEGIN { printf "%.2f", u + s }') s CPU, $((M_RSS / 1024)) MiB"
      if [ "$tool" = casebook ] && [ "$i" = 1 ]; then   # the shape of Casebook's output, for the writing floor
        (cd "$dest" && find . -mindepth 1 -type d -printf 'D\t%P\n' && find . -type f -printf '%s\t%P\n') >"$out/manifest-$n.tsv"
      fi
    done
  done
  rm -rf "$out/runs"
  forget_deleted

  # The floor.
  say "$label cases: the floor (cmark-gfm, writing the files)…"
  out_files=$(grep -vc '^D' "$out/manifest-$n.tsv")
  out_bytes=$(awk -F '\t' '$1 != "D" { s += $1 } END { print s }' "$out/manifest-$n.tsv")
  for i in $(seq 1 "$runs"); do
    if [ "$have_cli" = 1 ]; then
      settle
      measure "cmark-cli-$n-$i" cmark-gfm --to html -e footnotes -e table -e strikethrough -e autolink -e tagfilter -e tasklist \
        --strikethrough-double-tilde --table-prefer-style-attributes "$out/bodies-$n.md"
      [ "$M_RC" = 0 ] || fail_with "cmark-cli-$n-$i" "cmark-gfm"
      printf 'floor\t%s\tcmark-cli\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$i" "$M_WALL" \
        "$(awk -v u="$M_USER" -v s="$M_SYS" 'BEGIN { print u + s }')" "$M_RSS" "$BUSY" "one document" >>"$raw"
      rm -f "$logs/cmark-cli-$n-$i.out"
    fi
    settle
    measure "cmark-lib-$n-$i" "$out/bin/cmark_floor" "$corpus/content"
    [ "$M_RC" = 0 ] || fail_with "cmark-lib-$n-$i" "cmark_floor"
    read -r docs _ _ self_wall self_cpu <"$logs/cmark-lib-$n-$i.out"
    printf 'floor\t%s\tcmark-lib\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$i" "$self_wall" "$self_cpu" "$M_RSS" "$BUSY" "$docs documents" >>"$raw"

    dest="$out/runs/write-$n-$i"
    rm -rf "$dest"; mkdir -p "$out/runs"
    settle
    measure "write-$n-$i" "$out/bin/write_floor" "$out/manifest-$n.tsv" "$dest"
    [ "$M_RC" = 0 ] || fail_with "write-$n-$i" "write_floor"
    read -r _ _ self_wall self_cpu <"$logs/write-$n-$i.out"
    printf 'floor\t%s\twrite\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$i" "$self_wall" "$self_cpu" "$M_RSS" "$BUSY" \
      "files=$out_files bytes=$out_bytes" >>"$raw"
  done
  rm -rf "$out/runs"
  forget_deleted

  # One-case edit rebuild, on the largest corpus: full build, then change one title and build again into the
  # same folder: an incremental rebuild (only changed pages are rendered, only changed files move into place).
  if [ "$n" = "$largest" ]; then
    say "$label cases: one-case edit rebuilds…"
    dest="$out/runs/edit-$n"
    rm -rf "$dest"; mkdir -p "$dest"
    build_cmd casebook "$n" "$dest"
    measure "edit-full-$n" "${CMD[@]}"
    [ "$M_RC" = 0 ] || fail_with "edit-full-$n" "casebook build of the $n-case corpus"
    edited_file=$(find "$corpus/content/cases" -name '*.md' | LC_ALL=C sort | awk 'NR == 1')
    slug=$(basename "$edited_file" .md)
    cp "$edited_file" "$edited_backup"
    for i in $(seq 1 "$runs"); do
      python3 - "$edited_file" "$edited_backup" "$i" <<'PY'
import sys
path, backup, k = sys.argv[1:4]
lines = open(backup, encoding="utf-8").read().split("\n")
n = next(i for i, line in enumerate(lines) if line.startswith("title: "))
lines[n] += f"（修订 {k}）"
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
      settle
      measure "edit-$n-$i" "${CMD[@]}"
      [ "$M_RC" = 0 ] || fail_with "edit-$n-$i" "casebook rebuild after a one-case edit"
      if ! grep -rqF "（修订 $i）" "$dest/cases/$slug/" 2>/dev/null; then
        say "  note: the rebuilt page cases/$slug/ does not show the edited title"
      fi
      printf 'edit\t%s\tcasebook\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$i" "$M_WALL" "$M_USER" "$M_SYS" "$M_RSS" "$BUSY" >>"$raw"
      say "$label cases: one-case edit rebuild $i/$runs: $(printf '%.2f' "$M_WALL") s"
    done
    restore_edit
    edited_file=""
    rm -rf "$dest"
  fi
done

# ------------------------------------------------------------------------------------------ report
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$root" status --porcelain -- Sources Package.swift Plugins themes 2>/dev/null)" ]; then
  commit="$commit + uncommitted changes"
fi
{
  printf 'Date (UTC)\t%s\n' "$(date -u '+%Y-%m-%d %H:%M')"
  printf 'Machine\t%s, %s CPUs, %s GiB RAM\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
    "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
  printf 'System\t%s, Linux %s\n' "$(. /etc/os-release && echo "$PRETTY_NAME")" "$(uname -r)"
  printf 'Casebook\t%s (release, commit %s)\n' "$("$casebook" --version 2>/dev/null || echo '?')" "$commit"
  printf 'Swift\t%s\n' "$(swift --version 2>/dev/null | awk 'NR == 1')"
  printf 'Hugo\t%s\n' "$(hugo version | cut -d' ' -f2)"
  printf 'Hugo site\tbench/hugo: taxonomies units, industries, types, tags; paginate 20; sitemap; robots.txt; 404; relative URLs; fingerprinted CSS; one JSON search index; RSS for the home page only\n'
  printf 'cmark-gfm\t%s\n' "$(dpkg-query -W -f='${Version}' libcmark-gfm-dev 2>/dev/null || echo '?')"
  runs_text=""
  for n in $sizes; do runs_text+="$n cases: $(runs_for "$n") runs per tool; "; done
  printf 'Runs\t%scorpus seed %s\n' "$runs_text" "$seed"
} >"$envfile"

if [ "$quick" = 1 ]; then report="$out/quick.md"; else report="${BENCH_REPORT:-$here/results/latest.md}"; mkdir -p "$(dirname "$report")"; fi
python3 "$here/report.py" "$raw" "$envfile" "$report.tmp"
mv "$report.tmp" "$report"
say ""
say "Written to ${report#"$root"/}"
