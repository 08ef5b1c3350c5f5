#!/usr/bin/env bash
# Debian packages the test suite needs: LibreOffice (recalculates and prints
# the output workbooks), Chromium (the task pane tests), poppler-utils
# (pdftotext, pdftoppm) and CJK fonts (Chinese forms in PDFs). `npm test`
# runs this first: it installs only what is missing, as root or with
# password-less sudo, and otherwise stops at once with one line saying what
# to run.
set -euo pipefail
packages=(libreoffice-calc-nogui chromium poppler-utils fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo"
else
  echo "The tests need Debian packages that are missing (${missing[*]}): run 'sudo bash scripts/install-system-deps.sh' once, then npm test again." >&2
  exit 1
fi
echo "Installing the Debian packages the tests need: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
