#!/usr/bin/env bash
# Debian packages the test suite needs: LibreOffice (recalculates and prints
# the output workbooks), Chromium (the task pane tests), poppler-utils
# (pdftotext) and CJK fonts (Chinese forms in PDFs). Installs only what is
# missing; needs root (or sudo) and Debian's package mirror.
set -euo pipefail
packages=(libreoffice-calc-nogui chromium poppler-utils fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages present: ${packages[*]}"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
