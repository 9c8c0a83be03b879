#!/usr/bin/env bash
# A bounded load test of `casebook serve` on loopback: wrk, 2 threads, 16 connections, 10 s per
# address, against a temporary copy of the sample showcase served under /showcase/; then the time
# from a case edit on disk to the served page showing it. Writes requests per second, latency,
# error counts and the edit latency to bench/serve/results.md and exits 1 when any request failed
# or was answered with anything but 2xx/3xx. Not part of `make test`.
#
#   bash bench/serve/run.sh                       # builds casebook (release) when missing
#   CASEBOOK_BIN=path/to/casebook bash bench/serve/run.sh
#   DURATION=5s CONNECTIONS=8 bash bench/serve/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$(pwd)
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
RESULTS="$REPO/bench/serve/results.md"

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
cleanup() {
    if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
        kill -INT "$SERVER"
        wait "$SERVER" || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/site"
cp -r content site.yaml "$WORK/site/"
[ -d themes ] && cp -r themes "$WORK/site/"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --source "$WORK/site" --port "$PORT" --base-path /showcase/ >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
    sleep 0.1
done
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

# Edit to served: a case title rewritten on disk, until the page shows it.
read -r EDIT_MEDIAN EDIT_MAX < <(python3 bench/serve/edit_latency.py "$WORK/site" "$BASE/" 10)
echo "edit to served: median ${EDIT_MEDIAN} s, max ${EDIT_MAX} s over 10 edits"

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
    echo "Edit to served (\`bench/serve/edit_latency.py\`: a case title rewritten on disk until the served page"
    echo "shows it, 10 edits, sample showcase): median **${EDIT_MEDIAN} s**, max **${EDIT_MAX} s**. The watcher looks every"
    echo "200 ms and waits 150 ms for the files to settle, so about 0.1–0.35 s of that is the watch, the rest the rebuild."
    echo
    echo "Run on $(date -u +%Y-%m-%d)."
} >"$RESULTS"
echo "Wrote $RESULTS"
exit $FAILED
