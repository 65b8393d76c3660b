#!/usr/bin/env bash
# Installs what `npm run corpus` needs to render Word documents the way agencies publish them:
#   libreoffice-writer-nogui (docx → pdf/html/txt), poppler-utils (pdftotext), chromium (a browser's copy
#   of the web page), fonts-noto-cjk + fonts-wqy-microhei (CJK glyphs in the PDFs), pandoc and python3-html2text
#   (the HTML→Markdown converters of lib/converters.mjs; turndown is an npm devDependency), w3m, lynx, elinks and
#   links (text dumps), python3-bs4 (BeautifulSoup's get_text(), the scrapers' idiom),
#   python3-fitz (PyMuPDF), python3-pdfminer (pdfminer.six) and mupdf-tools (mutool): the PDF text tools of
#   lib/pdftools.mjs (pdf-parse is an npm devDependency).
#   python3-docx and docx2txt (the .docx readers of lib/wordtools.mjs; mammoth is an npm devDependency).
# Idempotent: when everything is present it does nothing. Needs root (or sudo) for apt.
# GKNB_CORPUS_SKIP_APT=1 skips it (tools installed some other way).
set -euo pipefail

PACKAGES=(libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-wqy-microhei chromium pandoc python3-html2text w3m lynx elinks links python3-bs4 python3-fitz python3-pdfminer mupdf-tools python3-docx docx2txt)

[[ "${GKNB_CORPUS_SKIP_APT:-}" == 1 ]] && exit 0

missing=()
for p in "${PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
# A LibreOffice installed another way (e.g. the full suite) is enough.
if [[ " ${missing[*]} " == *" libreoffice-writer-nogui "* ]] && command -v soffice >/dev/null; then
  missing=("${missing[@]/libreoffice-writer-nogui}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
if [[ "$(id -u)" != 0 ]]; then
  command -v sudo >/dev/null || { echo "corpus: not root and no sudo: cannot install ${missing[*]}" >&2; exit 1; }
  sudo=(sudo -n)
fi
echo "corpus: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
