#!/usr/bin/env bash
# Puts a CJK font (Noto Sans SC, SIL Open Font License 1.1) and its licence into platform-print's resources, fetched as
# the npm package @expo-google-fonts/noto-sans-sc so that no build depends on fonts installed on the host. Runs once
# per build directory; the files stay in target/ and ship in the jar (the OFL allows bundling with software).
set -euo pipefail
out="$1/cn/studio/platform/print/fonts"
font="$out/NotoSansSC-Regular.ttf"
[ -s "$font" ] && [ -s "$out/OFL.txt" ] && exit 0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null \
  && tar xzf expo-google-fonts-noto-sans-sc-0.4.3.tgz package/400Regular/NotoSansSC_400Regular.ttf package/LICENSE_FONT)
mkdir -p "$out"
mv "$work/package/400Regular/NotoSansSC_400Regular.ttf" "$font"
mv "$work/package/LICENSE_FONT" "$out/OFL.txt"
