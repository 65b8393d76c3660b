#!/usr/bin/env bash
# Installs the real editors used by the editor-level tests:
#   - Debian packages: chromium (headless browser for the workbench),
#     fonts-wqy-microhei (CJK glyphs in screenshots), neovim (built-in LSP
#     client), libkrb5-dev + ripgrep (needed by code-server's native modules);
#   - code-server (VS Code in a browser, with a real Node extension host) into
#     <repo>/.cache/code-server/ (git-ignored).
#
# Idempotent: when everything is already present it does nothing and returns in
# well under a second. Safe in CI (no prompts, no stdin). Needs root for apt.
#
# Only the npm registry and Debian's archive are reachable here, so code-server's
# own post-install (which downloads a ripgrep binary) cannot run as is: this
# script performs the same steps by hand, with Debian's rg in place of the
# downloaded one, and rebuilds the native modules from source.
#
# Environment:
#   CODE_SERVER_VERSION  version to install (default 4.100.3 = VS Code 1.100.3)
#   GKNB_EDITORS_SKIP_APT=1  do not touch Debian packages
#   GKNB_EDITORS_FORCE=1     reinstall code-server even if the stamp is present
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
APT_PACKAGES=(chromium fonts-wqy-microhei neovim libkrb5-dev ripgrep)

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
CACHE_DIR="$REPO_ROOT/.cache"
CS_DIR="$CACHE_DIR/code-server"
STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION"

T0=$(date +%s)
say() { printf '[install-editors +%ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
die() { printf '[install-editors] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- apt packages
missing_apt_packages() {
  local p status
  for p in "${APT_PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || printf '%s\n' "$p"
  done
}

install_apt() {
  if [[ "${GKNB_EDITORS_SKIP_APT:-}" == 1 ]]; then
    say "apt: skipped (GKNB_EDITORS_SKIP_APT=1)"
    return
  fi
  local missing
  mapfile -t missing < <(missing_apt_packages)
  if [[ ${#missing[@]} -eq 0 ]]; then
    say "apt: all present (${APT_PACKAGES[*]})"
    return
  fi
  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || die "not root and no sudo: cannot install ${missing[*]}"
    sudo=(sudo -n)
  fi
  say "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq </dev/null >/dev/null
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Use-Pty=0 "${missing[@]}" </dev/null >/dev/null
  mapfile -t missing < <(missing_apt_packages)
  [[ ${#missing[@]} -eq 0 ]] || die "apt: still missing after install: ${missing[*]}"
  say "apt: done"
}

# ----------------------------------------------------------------- code-server
code_server_ok() {
  [[ -f "$STAMP" ]] || return 1
  [[ -x "$CS_DIR/node_modules/code-server/out/node/entry.js" || -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]] || return 1
  [[ -x "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]] || return 1
  return 0
}

install_code_server() {
  if [[ "${GKNB_EDITORS_FORCE:-}" != 1 ]] && code_server_ok; then
    say "code-server $CODE_SERVER_VERSION: present in ${CS_DIR#"$REPO_ROOT"/}"
    return
  fi
  command -v node >/dev/null || die "node is not on PATH"
  command -v npm >/dev/null || die "npm is not on PATH"
  local node_major
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  [[ "$node_major" == 20 ]] || die "code-server $CODE_SERVER_VERSION needs Node 20, found $(node -v)"
  local rg_bin
  rg_bin="$(command -v rg || true)"
  [[ -n "$rg_bin" ]] || die "ripgrep (rg) is not installed"

  # Native addons are compiled against the local Node headers (no download).
  if [[ -z "${npm_config_nodedir:-}" && -f /usr/include/node/node.h ]]; then
    export npm_config_nodedir=/usr
  fi
  export npm_config_unsafe_perm=true npm_config_audit=false npm_config_fund=false \
         npm_config_update_notifier=false npm_config_progress=false \
         npm_config_loglevel=error npm_config_yes=true
  local npm_quiet=(--no-audit --no-fund --loglevel=error)

  # Build in a staging folder and move it into place at the end, so that an
  # interrupted run never leaves a half-installed tree behind the stamp.
  mkdir -p "$CACHE_DIR"
  local stage="$CACHE_DIR/code-server.partial"
  rm -rf "$stage"
  mkdir -p "$stage"
  printf '{\n  "name": "gknb-editor-cache",\n  "private": true\n}\n' > "$stage/package.json"

  say "code-server $CODE_SERVER_VERSION: npm install (scripts off)"
  (cd "$stage" && npm install "${npm_quiet[@]}" --omit=dev --ignore-scripts \
      "code-server@$CODE_SERVER_VERSION" </dev/null >/dev/null)

  local pkg="$stage/node_modules/code-server"
  local vsc="$pkg/lib/vscode"
  [[ -f "$vsc/package.json" ]] || die "unexpected code-server layout: no lib/vscode/package.json"

  say "code-server: installing lib/vscode dependencies (scripts off)"
  (cd "$vsc" && npm install "${npm_quiet[@]}" --omit=dev --ignore-scripts </dev/null >/dev/null)

  say "code-server: ripgrep from Debian ($rg_bin)"
  mkdir -p "$vsc/node_modules/@vscode/ripgrep/bin"
  cp "$rg_bin" "$vsc/node_modules/@vscode/ripgrep/bin/rg"
  chmod 755 "$vsc/node_modules/@vscode/ripgrep/bin/rg"

  say "code-server: building native modules (kerberos, node-pty, spdlog, ...)"
  local natives=(kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid)
  local present=() m
  for m in "${natives[@]}"; do
    [[ -d "$vsc/node_modules/$m" ]] && present+=("$m")
  done
  (cd "$vsc" && npm rebuild "${npm_quiet[@]}" "${present[@]}" </dev/null >"$stage/rebuild-vscode.log" 2>&1) \
    || { tail -n 40 "$stage/rebuild-vscode.log" >&2; die "npm rebuild failed in lib/vscode"; }
  say "code-server: building argon2"
  (cd "$stage" && npm rebuild "${npm_quiet[@]}" argon2 </dev/null >"$stage/rebuild-top.log" 2>&1) \
    || { tail -n 40 "$stage/rebuild-top.log" >&2; die "npm rebuild argon2 failed"; }

  # The links code-server's postinstall.sh would make.
  say "code-server: post-install links"
  ln -sfn node_modules "$vsc/node_modules.asar"
  ln -sfn code-linux.sh "$vsc/bin/remote-cli/code-server"
  ln -sfn browser-linux.sh "$vsc/bin/helpers/browser.sh"

  # The built-in extensions share one dependency (typescript); its own
  # post-install only trims files and needs no network.
  say "code-server: built-in extensions' shared dependencies"
  (cd "$vsc/extensions" && npm install "${npm_quiet[@]}" --omit=dev </dev/null >/dev/null)

  # Sanity checks: every native module loads, and the server reports its version.
  say "code-server: checking native modules load"
  (cd "$vsc" && node --input-type=module -e '
    import { createRequire } from "node:module";
    const require = createRequire(process.cwd() + "/");
    for (const m of ["kerberos", "node-pty", "@parcel/watcher", "@vscode/spdlog", "native-watchdog", "@vscode/deviceid"]) {
      try { require(m); } catch (e) { console.error("cannot load " + m + ": " + e.message); process.exit(1); }
    }') || die "a native module does not load"
  (cd "$stage" && node -e 'require("argon2")') || die "argon2 does not load"
  local v
  : > "$stage/check-config.yaml"   # an empty config: --version must not write ~/.config
  v="$(node "$pkg/out/node/entry.js" --config "$stage/check-config.yaml" --version 2>/dev/null | tail -n1)"
  rm -f "$stage/check-config.yaml"
  [[ "$v" == "$CODE_SERVER_VERSION"* ]] || die "code-server --version printed '$v'"

  touch "$stage/.installed-$CODE_SERVER_VERSION"
  rm -rf "$CS_DIR"
  mv "$stage" "$CS_DIR"
  say "code-server: installed ($v)"
}

main() {
  # One install at a time (two CI jobs or a developer and a test run).
  mkdir -p "$CACHE_DIR"
  if command -v flock >/dev/null; then
    exec 9>"$CACHE_DIR/.install-editors.lock"
    flock 9
  fi
  install_apt
  install_code_server
  say "done: code-server at ${CS_DIR#"$REPO_ROOT"/}/node_modules/.bin/code-server, chromium at $(command -v chromium || echo '?')"
}

main "$@"
