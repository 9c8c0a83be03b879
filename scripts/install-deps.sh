#!/usr/bin/env bash
# Installs the Debian packages a stage needs, only when something is missing.
#   install-deps.sh build   cmark-gfm headers and pkg-config (needed to compile)
#   install-deps.sh e2e     Chromium and its driver, Firefox ESR (second engine), CJK fonts with an
#                           emoji face and one for the rare CJK-extension characters (the book
#                           prints them), nginx, Java for the Nu HTML Checker, LibreOffice Calc to
#                           open exported spreadsheets, Writer to convert 申报书, poppler-utils to
#                           read the book's PDF
set -euo pipefail
stage=${1:-build}
packages=()
case "$stage" in
  build) packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config) ;;
  e2e) packages=(chromium chromium-driver firefox-esr fonts-noto-cjk fonts-noto-color-emoji fonts-hanazono nginx python3-pip
                 libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils)
       command -v java >/dev/null 2>&1 || packages+=(default-jre-headless) ;;
  *) echo "install-deps.sh: unknown stage '$stage'" >&2; exit 2 ;;
esac
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} (Debian packages needed for the '$stage' stage)…"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
