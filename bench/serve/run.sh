#!/usr/bin/env bash
# A bounded load test of `casebook serve` on loopback: wrk, 2 threads, 16 connections, 10 s per
# address, against a temporary copy of the sample showcase served under /showcase/; then the time
# from a save of a case on disk to the page open in headless Chromium showing it, on the sample and
# on the generated 10,000-case corpus (bench/gen_corpus.py), with the server's phases per save.
# Writes requests per second, latency, error counts and the save latencies to bench/serve/results.md
# and exits 1 when any request failed or was answered with anything but 2xx/3xx. Not part of `make test`.
#
#   bash bench/serve/run.sh                       # builds casebook (release) when missing
#   CASEBOOK_BIN=path/to/casebook bash bench/serve/run.sh
#   DURATION=5s CONNECTIONS=8 bash bench/serve/run.sh
#   CASES=0 bash bench/serve/run.sh               # the sample only, no generated corpus
#   CASES=1000 SAVES=5 CORPUS=/tmp/c bash bench/serve/run.sh   # another size; keep the corpus in /tmp/c
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$(pwd)
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
CASES=${CASES:-10000}
SAVES=${SAVES:-7}
RESULTS="$REPO/bench/serve/results.md"
bash scripts/install-deps.sh e2e   # headless Chromium and its driver, as the browser tests use them
python3 -m pip install --quiet --disable-pip-version-check selenium 2>&1 | grep -v "WARNING: Running pip as the 'root' user" || true

if ! command -v wrk >/dev/null; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get install -y -qq wrk >/dev/null 2>&1 \
        || { "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq wrk; }
fi
BIN=${CASEBOOK_BIN:-$REPO/.build/release/casebook}
if [ ! -x "$BIN" ]; then
    swift build -c release --product casebook
fi

WORK=$(mktemp -d /tmp/casebook-serve-bench.XXXXXX)
SERVER=""
stop_server() {
    if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
        kill -INT "$SERVER"
        wait "$SERVER" || true
    fi
    SERVER=""
}
cleanup() {
    stop_server
    rm -rf "$WORK"
}
trap cleanup EXIT

# Serves the site folder $1 under $2 on a free port with --timings, logging to $3; sets PORT and SERVER.
start_server() {
    PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # The sample says `language: zh-CN`; the lines read below are the English ones.
    "$BIN" serve --source "$1" --port "$PORT" --base-path "$2" --timings --lang en >"$3" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 6000); do
        if grep -q '^Serving ' "$3"; then return; fi
        kill -0 "$SERVER" 2>/dev/null || { cat "$3" >&2; exit 2; }
        sleep 0.1
    done
    echo "casebook serve did not start within 600 s" >&2
    exit 2
}

mkdir -p "$WORK/site"
cp -r content site.yaml "$WORK/site/"
[ -d themes ] && cp -r themes "$WORK/site/"
start_server "$WORK/site" /showcase/ "$WORK/serve.log"
BASE="http://127.0.0.1:$PORT/showcase"
CSS=$(curl -s "$BASE/" | grep -o 'assets/[^"]*\.css' | head -1)

declare -a ROWS
FAILED=0
for path in "/" "/cases/hunan-chemical-grading/" "/$CSS" "/data/cases.json"; do
    OUT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path")
    RPS=$(awk '/^Requests\/sec:/ {print $2}' <<<"$OUT")
    AVG=$(awk '/^ +Latency/ {print $2; exit}' <<<"$OUT")
    P99=$(awk '/^ +99%/ {print $2}' <<<"$OUT")
    TOTAL=$(awk '/requests in/ {print $1}' <<<"$OUT")
    NON2XX=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$OUT")
    SOCKET=$(awk -F'[ ,]+' '/Socket errors:/ {print $4 + $6 + $8 + $10}' <<<"$OUT")
    NON2XX=${NON2XX:-0}
    SOCKET=${SOCKET:-0}
    [ "$NON2XX" = 0 ] && [ "$SOCKET" = 0 ] || FAILED=1
    ROWS+=("| \`/showcase$path\` | $RPS | $AVG | $P99 | $TOTAL | $NON2XX | $SOCKET |")
    echo "$path: $RPS req/s, avg $AVG, p99 $P99, $TOTAL requests, $NON2XX non-2xx/3xx, $SOCKET socket errors"
done

# Save to reloaded page: a paragraph added to a case on disk, until the open tab shows it.
python3 bench/serve/edit_latency.py "$WORK/site" "$BASE/" --edits "$SAVES" --browser --log "$WORK/serve.log" >"$WORK/sample.txt"
read -r SAMPLE_MEDIAN SAMPLE_MIN SAMPLE_MAX _ <"$WORK/sample.txt"
echo "sample: save to reloaded page, median ${SAMPLE_MEDIAN} s (${SAMPLE_MIN}–${SAMPLE_MAX} s) over $SAVES saves"
stop_server

if [ "$CASES" -gt 0 ]; then
    CORPUS=${CORPUS:-$WORK/corpus}
    REGIONS=$((20 + CASES / 50))
    [ "$REGIONS" -le 220 ] || REGIONS=220
    [ -f "$CORPUS/site.yaml" ] || python3 bench/gen_corpus.py --cases "$CASES" --regions "$REGIONS" --out "$CORPUS" >/dev/null
    start_server "$CORPUS" / "$WORK/corpus.log"
    FIRST_BUILD=$(grep -o 'Built [0-9]* pages in [0-9.]* s' "$WORK/corpus.log")
    EDITED=$(cd "$CORPUS" && find content/cases -name '*.md' | sort | sed -n 1p)
    python3 bench/serve/edit_latency.py "$CORPUS" "http://127.0.0.1:$PORT/" --case "$EDITED" --edits "$SAVES" --browser \
        --log "$WORK/corpus.log" >"$WORK/corpus.txt"
    read -r CORPUS_MEDIAN CORPUS_MIN CORPUS_MAX _ <"$WORK/corpus.txt"
    echo "$CASES cases: save to reloaded page, median ${CORPUS_MEDIAN} s (${CORPUS_MIN}–${CORPUS_MAX} s) over $SAVES saves"
    stop_server
fi

{
    echo "# casebook serve — load test on loopback"
    echo
    echo "\`bash bench/serve/run.sh\`: wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), $THREADS threads, $CONNECTIONS connections,"
    echo "$DURATION per address, against the sample showcase served from memory under \`/showcase/\`,"
    echo "by a \`$(basename "$(dirname "$BIN")")\` build of casebook. Machine: $(nproc) cores, $(uname -m), $(uname -sr)."
    echo "Server and load generator share the machine's cores, so the figures are a floor, not a ceiling."
    echo
    echo "| address | requests/s | mean latency | p99 latency | requests | non-2xx/3xx | socket errors |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "## Save to reloaded page"
    echo
    echo "\`bench/serve/edit_latency.py --browser\`: a new paragraph saved into a case's body, until the page open in"
    echo "headless Chromium has reloaded and shows it; $SAVES saves, median (range). The kernel tells the server of the save"
    echo "(inotify, read every 20 ms) and it waits 50 ms for the files to settle; the tables give the server's side."
    echo
    echo "Sample showcase: median **${SAMPLE_MEDIAN} s** (${SAMPLE_MIN}–${SAMPLE_MAX} s)."
    echo
    tail -n +2 "$WORK/sample.txt"
    if [ "$CASES" -gt 0 ]; then
        echo
        echo "$CASES generated cases (\`bench/gen_corpus.py\`, first build: $FIRST_BUILD): median **${CORPUS_MEDIAN} s**"
        echo "(${CORPUS_MIN}–${CORPUS_MAX} s), edited: \`$EDITED\`."
        echo
        tail -n +2 "$WORK/corpus.txt"
    fi
    echo
    echo "Run on $(date -u +%Y-%m-%d)."
} >"$RESULTS"
echo "Wrote $RESULTS"
exit $FAILED
