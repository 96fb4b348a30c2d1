#!/usr/bin/env bash
# Installs what the end-to-end tests drive, when it is missing: the Debian packages Neovim (a third-party
# LSP client), Chromium (the rendered report, PDF, and the browser code-server runs in), poppler-utils
# (what the PDF test reads the printed report with), strace (the proof that render --pdf, check and the
# server open no network socket), ripgrep and the build headers code-server's install may need; then VS
# Code itself (scripts/install-vscode.mjs). Runs before `npm test`, so that the README's test command
# works on a fresh machine and the tests fetch nothing themselves; on a prepared machine it does nothing.
set -euo pipefail

missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
# Poppler's pdfinfo, pdftotext, pdftohtml and pdftoppm read the printed PDF's tags, outline and pages.
command -v pdfinfo >/dev/null 2>&1 && command -v pdftohtml >/dev/null 2>&1 || missing+=(poppler-utils)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
command -v strace >/dev/null 2>&1 || missing+=(strace)
for pkg in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
install_vscode() {
  # VS Code for the extension's end-to-end tests (downloaded, or code-server from the npm registry), so
  # that the tests themselves fetch nothing.
  node "$(dirname "$0")/install-vscode.mjs"
}
if [ ${#missing[@]} -eq 0 ]; then
  install_vscode
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "regbrev: testerna behöver Debian-paketen ${missing[*]}; installera dem (apt-get install ${missing[*]})." >&2
    echo "regbrev: the tests need the Debian packages ${missing[*]}; install them (apt-get install ${missing[*]})." >&2
    exit 1
  fi
fi
echo "regbrev: installerar / installing ${missing[*]} (apt-get)" >&2
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
install_vscode
