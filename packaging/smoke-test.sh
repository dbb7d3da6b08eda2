#!/usr/bin/env bash
# Smoke test of a built bundle (make package runs it): the bundled binary, offscreen, in a throwaway
# workspace and settings folder. It checks what a bundle can lose that the source tree has: the window
# and a training through the engine's child process (--self-test), the Chinese font and Font Awesome
# (a word cloud), the built-in synthesiser (a MIDI render), PyAV (the highlights of that render), the
# command line's training and the ONNX export (onnxscript and onnxruntime inside the bundle).
#
#   bash packaging/smoke-test.sh [dist/generative-studio]
set -euo pipefail

dist=${1:-dist/generative-studio}
windowed=0
case "$(uname -s)" in
  Darwin) exe="$dist/../Generative Studio.app/Contents/MacOS/studio" ;;
  # A windowed program on Windows (no console at a double-click): it prints nothing, its exit code speaks.
  MINGW*|MSYS*|CYGWIN*) exe="$dist/studio.exe"; windowed=1 ;;
  *) exe="$dist/studio" ;;
esac
[ -x "$exe" ] || { echo "smoke-test: no bundled binary at $exe; build it with 'make package'." >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/studio-smoke-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen STUDIO_WORKSPACE="$tmp/workspace" STUDIO_CONFIG_DIR="$tmp/config"

step() {  # step "what" command...: runs it, says how long it took, stops at the first failure
  local what=$1; shift
  local t0=$SECONDS
  if ! "$@" > "$tmp/out.txt" 2>&1; then
    echo "smoke-test: FAILED: $what" >&2
    tail -n 20 "$tmp/out.txt" >&2
    exit 1
  fi
  echo "smoke-test: ok ($((SECONDS - t0)) s): $what"
}
expect_file() {
  [ -s "$1" ] || { echo "smoke-test: FAILED: $2 did not write $1" >&2; exit 1; }
}

step "studio --version" "$exe" --version
step "studio --self-test (window, fonts, icons, a VAE trained for an epoch)" "$exe" --self-test
[ "$windowed" = 1 ] || grep -h "Self-test passed" "$tmp/out.txt"

# Chinese words with the bundle's own CJK font (not the system's), shaped as a Font Awesome icon.
step "studio wordcloud (Chinese text, built-in CJK font, Font Awesome mask)" \
  "$exe" wordcloud --text "生成 模型 训练 学习 数据 图像 音乐 声音 文字 云 生成 训练 模型 生成" \
  --font_path "Noto Sans SC (built in)" --icon_name music --size 300 --output_name "$tmp/cloud.png"
expect_file "$tmp/cloud.png" "studio wordcloud"

# Three notes (C, E, G) as a one-track Standard MIDI File, rendered with the built-in synthesiser.
printf 'MThd\x00\x00\x00\x06\x00\x00\x00\x01\x00\x60MTrk\x00\x00\x00\x1c'\
'\x00\x90\x3c\x64\x60\x80\x3c\x40\x00\x90\x40\x64\x60\x80\x40\x40\x00\x90\x43\x64\x60\x80\x43\x40\x00\xff\x2f\x00' \
  > "$tmp/chord.mid"
step "studio music render (built-in synthesiser)" "$exe" music render "$tmp/chord.mid" -o "$tmp/chord.wav" --synth builtin
expect_file "$tmp/chord.wav" "studio music render"

# PyAV (the highlights' decoder; its libraries are stripped in the bundle) reads the rendered sound.
step "studio highlights --segments-only (PyAV decodes the rendered sound)" \
  "$exe" highlights "$tmp/chord.wav" --segments-only -o "$tmp/segments.csv" --min-length 0.1 --quiet
expect_file "$tmp/segments.csv" "studio highlights"

step "studio train (a tiny VAE, one epoch, on the command line)" \
  "$exe" train --model vae --epochs 1 --set hidden=32 --set latent_dim=2 --device cpu
step "studio export --onnx (the VAE's decoder, checked with onnxruntime)" \
  "$exe" export vae --onnx "$tmp/decoder.onnx"
expect_file "$tmp/decoder.onnx" "studio export"

if command -v du >/dev/null; then
  echo "smoke-test: all passed; $dist is $(du -sh "$dist" | cut -f1) in $(find "$dist" -type f | wc -l) files"
else
  echo "smoke-test: all passed"
fi
