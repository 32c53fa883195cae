#!/usr/bin/env bash
# Installs what the editor tests need on a bare Debian machine: Debian's chromium (driven by
# playwright-core, which downloads no browser) and code-server (VS Code's workbench served to a
# browser, the only real VS Code reachable offline). See ../shared/docs/VSCODE-TESTING.md.
# Idempotent: every step is skipped when its result already exists, so `npm test` can call it
# on every run and pay the ~60-120 s only once per machine.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3   # VS Code 1.100.3: the newest code-server that runs on Node 20
APT_PACKAGES=(libkrb5-dev pkg-config build-essential python3 ripgrep chromium)

log() { printf '[install-code-server] %s\n' "$*"; }

# --- Debian packages --------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  # dpkg-query reports "install ok installed" only for fully installed packages
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    log "missing packages ${missing[*]} and no apt-get: install them by hand"; exit 1
  fi
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  log "apt packages already installed"
fi

# --- code-server --------------------------------------------------------------------------
if [[ -x .code-server/node_modules/.bin/code-server ]]; then
  log "code-server already installed in .code-server/"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here. It looks in
# a cache folder first, so put Debian's rg there under the archive name it expects.
RG_CACHE="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-1.15.11"
RG_TAR="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [[ ! -s "$RG_TAR" ]]; then
  mkdir -p "$RG_CACHE"
  tmp=$(mktemp -d); cp "$(command -v rg)" "$tmp/rg"
  tar -czf "$RG_TAR" -C "$tmp" rg
  rm -rf "$tmp"
fi

export npm_config_yes=true          # node-pty's postinstall runs `npx node-gyp` and must not prompt
export npm_config_unsafe_perm=true  # as root, code-server's postinstall refuses to run without it
export npm_config_nodedir=/usr      # node-gyp builds against the installed Node headers (no download)
[[ -f /usr/include/node/node.h ]] || unset npm_config_nodedir   # non-Debian Node: let node-gyp fetch headers

# Keep code-server (~300 MB with native builds) out of the extension's own package.json and
# lockfile: it lives in its own ignored folder with a throwaway manifest.
mkdir -p .code-server
echo '{"private":true}' > .code-server/package.json
log "npm install code-server@$CODE_SERVER_VERSION (takes a minute or two)"
start=$SECONDS
( cd .code-server && npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" )
if [[ ! -x .code-server/node_modules/.bin/code-server ]]; then
  log "code-server binary missing after install"; exit 1
fi
log "code-server installed in $((SECONDS - start)) s"
