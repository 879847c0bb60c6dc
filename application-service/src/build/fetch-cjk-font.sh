#!/usr/bin/env bash
# Puts a CJK font (Noto Sans SC, SIL Open Font License) where the printable form finds it, fetched as an npm package
# so that the build never depends on fonts installed on the host. Runs once; the file stays in target/.
set -euo pipefail
out="$1"
font="$out/fonts/NotoSansSC-Regular.ttf"
[ -s "$font" ] && exit 0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null \
  && tar xzf expo-google-fonts-noto-sans-sc-0.4.3.tgz package/400Regular/NotoSansSC_400Regular.ttf)
mkdir -p "$out/fonts"
mv "$work/package/400Regular/NotoSansSC_400Regular.ttf" "$font"
