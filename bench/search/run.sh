#!/usr/bin/env bash
# Search benchmark (not part of `make test`): builds generated corpora of 1,000 and 10,000 cases with a
# release casebook, times the index build (`casebook build --timings`), runs Pagefind on the same built sites,
# then measures bytes per query, recall and latency in headless Chromium. Writes bench/search/results.md.
#
#   bash bench/search/run.sh                 # both corpora
#   CASES="1000" bash bench/search/run.sh    # one size
#   WORK=/tmp/x bash bench/search/run.sh     # where corpora and built sites go (default: a temp folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f bench/gen_corpus.py ]; then
  echo "bench/gen_corpus.py is missing: it generates the corpora this benchmark builds." >&2
  exit 2
fi
bash scripts/install-deps.sh build
bash scripts/install-deps.sh e2e   # headless Chromium, its driver and CJK fonts, as the browser tests use them
if [ ! -x /usr/bin/time ]; then   # the build's peak memory is read from /usr/bin/time
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq time
fi
swift build -c release --product casebook
python3 -m pip install --quiet --disable-pip-version-check 'pagefind[extended]' selenium 2>&1 | grep -v "WARNING: Running pip as the 'root' user" || true
exec python3 bench/search/bench.py --casebook .build/release/casebook --cases "${CASES:-1000 10000}" \
  --work "${WORK:-$(mktemp -d /tmp/casebook-search-bench-XXXXXX)}" --out bench/search/results.md
