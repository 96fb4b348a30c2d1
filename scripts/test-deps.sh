#!/usr/bin/env bash
# Installs the Debian packages the end-to-end tests drive, when they are missing: Neovim (a third-party
# LSP client), Chromium (the rendered report, PDF, and the browser code-server runs in), strace (the proof
# that render --pdf, check and the server open no network socket), ripgrep and the build headers
# code-server's install may need. Runs before `npm test`, so that the README's test command
# works on a fresh machine; on a prepared machine it does nothing.
set -euo pipefail

missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
command -v strace >/dev/null 2>&1 || missing+=(strace)
for pkg in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

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
