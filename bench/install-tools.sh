#!/usr/bin/env bash
# Installs what the benchmark's PDF figures compare against: poppler-utils (pdftotext, pdfunite).
# Idempotent: returns at once when pdftotext and pdfunite are there. Needs root (or sudo) for apt;
# without them the PDF peer figures are reported as not measured and the rest of the run goes on.
set -euo pipefail
command -v pdftotext >/dev/null && command -v pdfunite >/dev/null && exit 0
sudo=()
if [[ "$(id -u)" != 0 ]]; then
  command -v sudo >/dev/null || { echo "bench: not root and no sudo: poppler-utils not installed (PDF peer figures skipped)" >&2; exit 0; }
  sudo=(sudo -n)
fi
echo "bench: installing poppler-utils"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends poppler-utils
